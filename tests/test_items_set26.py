"""Item classes blind set 26 (177-182) showed at first contact, in other words than the samples'.

- A report that follows the directive heading by heading and fills a result line with the plan's
  or directive's wording ("Tiếp tục đẩy mạnh ...", "Tiếp tục quan tâm chỉ đạo thực hiện tốt ...",
  "Quan tâm chỉ đạo, phối hợp ...", "Gắn các phong trào thi đua với thực hiện Chỉ thị ...") has no
  result there: no number but a document's, no deed done (rules: language.plan_wording). The same
  opening with a figure, with "đã", or as a label answered after its ":" still reports.
"""

from item_helpers import judge_default

RESULTS = ("2. Kết quả thực hiện các phong trào thi đua", {"kind": "heading", "heading_level": 2})


def test_result_lines_holding_only_plan_wording_report_nothing():
    results = judge_default(
        RESULTS,
        "- Phong trào \"Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau\": Tiếp tục quan tâm "
        "chỉ đạo thực hiện tốt chương trình giảm nghèo, chăm lo cho hộ nghèo, hộ cận nghèo trên địa bàn thị trấn.",
        "- Phong trào thi đua thực hiện văn hóa công sở: Tiếp tục quán triệt công chức, người lao động chấp "
        "hành giờ giấc làm việc, đeo thẻ, ứng xử văn minh nơi công sở.",
        "- Phong trào phòng, chống dịch Covid-19: Tiếp tục đẩy mạnh công tác phòng, chống dịch bệnh Covid-19 "
        "theo hướng dẫn của ngành y tế.",
        "Gắn các phong trào thi đua với việc thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; "
        "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
        "Quan tâm chỉ đạo thực hiện các chế độ chính sách đối với người có công, gia đình chính sách.",
        "- Phong trào cải cách hành chính: Bộ phận một cửa thị trấn tiếp nhận 964 hồ sơ, trả đúng hạn 951 hồ sơ.")
    for item in ("M2", "M4", "M8", "P4"):
        assert results[item].status == "missing", (item, results[item].note)
    assert "lời văn chỉ đạo" in results["M4"].note
    assert results["M5"].status == "present", results["M5"].note
    # the social-security line is plan wording: administrative reform is the only field reported
    assert results["P3"].status == "partial", results["P3"].note
    assert "chính sách an sinh xã hội" in results["P3"].note.split("Chưa nêu")[1]


def test_the_same_openings_with_a_figure_a_deed_done_or_an_answer_after_a_label_report():
    results = judge_default(
        RESULTS,
        "- Phong trào \"Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau\": Tiếp tục quan tâm chỉ đạo "
        "công tác giảm nghèo, vận động được 48 triệu đồng hỗ trợ 03 hộ nghèo sửa chữa nhà ở.",
        "- Phong trào thi đua thực hiện văn hóa công sở: Tiếp tục quán triệt công chức thực hiện quy chế văn hóa "
        "công sở; đã kiểm tra đột xuất việc đeo thẻ công chức, không có trường hợp vi phạm.",
        "- Gắn với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị: không có công chức vi phạm đạo đức công vụ.",
        "Phong trào phòng, chống dịch Covid-19: tiếp tục đẩy mạnh tiêm vắc xin, trạm y tế tiêm mũi nhắc lại cho 417 người.")
    for item in ("M2", "M4", "M8", "P4"):
        assert results[item].status == "present", (item, results[item].note)


def test_following_uncle_ho_reports_directive_05():
    results = judge_default(
        RESULTS,
        "Gắn phong trào thi đua với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị; 100% đảng viên chi bộ "
        "đăng ký việc làm cụ thể làm theo Bác.")
    assert results["P4"].status == "present", results["P4"].note


# --- a closing line listing the remaining movements, two district goals under one head -----------
# "Các phong trào A, xây dựng huyện ... đạt chuẩn nông thôn mới năm 2023 và đạt chuẩn đô thị loại IV năm
# 2024: ... tiếp tục lồng ghép ...": the second "đạt chuẩn" belongs to the shared name, no result.

def test_two_district_goals_under_one_head_in_a_closing_list_report_nothing():
    results = judge_default(
        RESULTS,
        "- Phong trào thi đua thực hiện chuyển đổi số: thị trấn cấp 1.240 tài khoản định danh điện tử mức 2.",
        "- Các phong trào \"Doanh nghiệp Việt Nam hội nhập và phát triển\", xây dựng huyện Tây Sơn đạt chuẩn "
        "nông thôn mới vào năm 2023 và đạt chuẩn đô thị loại IV vào năm 2024: thị trấn tiếp tục lồng ghép "
        "thực hiện với công tác chuyên môn.")
    for item in ("M3", "M6", "M7"):
        assert results[item].status == "missing", (item, results[item].note)
    assert results["M9"].status == "present", results["M9"].note


def test_the_town_reaching_urban_grade_iv_is_still_a_result():
    results = judge_default(
        RESULTS,
        "- Xây dựng huyện đạt chuẩn đô thị loại IV năm 2024: thị trấn chỉnh trang 2,4 km vỉa hè, lắp 96 bóng "
        "đèn chiếu sáng trên tuyến phố văn minh.")
    assert results["M7"].status == "present", results["M7"].note


# --- epidemics of animals and crops are not Covid-19 -------------------------------------------------

VET = ("3. Công tác thú y, phòng chống dịch bệnh", {"kind": "heading", "heading_level": 2})


def test_livestock_vaccination_under_an_epidemics_heading_is_not_the_covid_movement():
    results = judge_default(
        VET,
        "Tiêm phòng đợt 1 năm 2023: tụ huyết trùng trâu, bò 9.350 liều (78,2%).",
        "Bệnh dại chó: 2.140 liều; phun tiêu độc khử trùng chuồng trại 3 đợt với 4.100 lít hóa chất.",
        "Dịch tả lợn châu Phi xảy ra ở 01 thôn, tiêu hủy 12 con.")
    assert results["M8"].status == "missing", results["M8"].note


def test_covid_vaccination_under_an_epidemics_heading_still_reports():
    results = judge_default(
        VET,
        "Trạm y tế tiêm vắc xin phòng Covid-19 mũi nhắc lại cho 640 người, đạt 91% kế hoạch.")
    assert results["M8"].status == "present", results["M8"].note


# --- a fault the verdict turns to ("Tuy nhiên, ... chưa ...") is a shortcoming ------------------------

def test_advanced_examples_named_only_in_a_however_clause_are_not_reported():
    results = judge_default(
        ("II. ĐÁNH GIÁ CHUNG", {"kind": "heading", "heading_level": 1}),
        "Phong trào thi đua của cơ quan được duy trì thường xuyên, gắn với nhiệm vụ chuyên môn.",
        "Song, công tác bồi dưỡng, nhân rộng các điển hình tiên tiến còn chưa được chú trọng.")
    assert results["P5"].status == "missing", results["P5"].note
    assert "hạn chế" in results["P5"].note


def test_a_however_clause_with_examples_counted_still_reports():
    results = judge_default(
        RESULTS,
        "Tuy nhiên, đơn vị đã phát hiện 03 điển hình tiên tiến trong sản xuất để nhân rộng.")
    assert results["P5"].status == "present", results["P5"].note


# --- a central document the work followed is none the unit issued (L1) ------------------------------

LEAD = ("1. Công tác lãnh đạo, chỉ đạo", {"kind": "heading", "heading_level": 2})


def test_a_prime_ministers_decision_followed_leaves_the_units_direction_generic():
    results = judge_default(
        LEAD,
        "Phòng đã xây dựng kế hoạch và phát động thi đua năm 2023 trong cán bộ, công chức.",
        "Phòng tham mưu UBND huyện đánh giá các tiêu chí theo Quyết định số 1540/QĐ-TTg của Thủ tướng Chính phủ.")
    assert results["L1"].status == "partial", results["L1"].note


def test_a_plan_the_unit_issued_is_still_named():
    results = judge_default(
        LEAD,
        "Phòng ban hành Kế hoạch số 07/KH-TCKH ngày 10/02/2023 về tổ chức phong trào thi đua năm 2023.")
    assert results["L1"].status == "present", results["L1"].note
