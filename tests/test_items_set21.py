"""Item classes blind sets 21 and 22 (147-158) showed at first contact, in other words than the samples'.

- A point answered with an explicit negative ("Kết quả: Không có.", "Chưa thực hiện (...)", "đơn vị
  chưa thống kê tách riêng") has no result: the movement is missing, and the sentences after the
  answer in its paragraph only say why (their numbers describe the place, not a result). A deed
  reported after the negative still counts; "không có trường hợp vi phạm" is a result, no answer.
- The remaining movements lumped in one closing sentence ("Các phong trào khác (...; phòng, chống dịch
  Covid-19) Phòng tiếp tục tuyên truyền, hưởng ứng theo chức năng, nhiệm vụ") report nothing, however
  long the list (a ";" inside it cuts the sentence into clauses); with a deed and a number they do.
- Numbers written out in words ("gần bốn trăm đoàn viên", "bảy mươi phần trăm kế hoạch") are
  quantities: the political tasks' results in words report P2.
- An enterprise's own code of conduct and corporate culture ("Bộ Quy tắc ứng xử của Tổng công ty",
  "văn hóa doanh nghiệp") is the company's programme, not the district's office-culture movement for
  its cán bộ, công chức, viên chức (M4); name cards and uniforms, or the civil servants' code, still are.
- Another body's goal named as whose criterion the unit worked on ("hoàn thiện tiêu chí văn hóa của
  xã An Hòa phấn đấu đạt chuẩn nông thôn mới kiểu mẫu") is no plan of the unit: the work done reports
  M1. The unit's own striving is still a plan.
- A numbered line that restates the directive's long point as the unit's own title ("3. Tỷ lệ cá nhân
  là người lao động trực tiếp ... được tặng ... (tính đến 30/6/2023)"), too long to be read as a
  heading, reports nothing: its outline number is no count and its words no answer; the lines under
  it are judged by themselves. A numbered line with a figure of its own still reports. The ratio
  said not to be compiled ("chưa thống kê tỷ lệ người lao động trực tiếp được khen") is no report
  of K4, not even in words.
"""

from tdkt.pipeline.check import has_quantity

from item_helpers import judge_default

MOVEMENTS = ("II. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


def _heading(text: str, level: int = 2):
    return (text, {"kind": "heading", "heading_level": level})


# --- a point answered with a negative -------------------------------------------------------------

def test_a_movement_answered_none_with_its_reason_is_missing():
    results = judge_default(
        MOVEMENTS,
        _heading('3. Phong trào "Doanh nghiệp Việt Nam hội nhập và phát triển"'),
        "Kết quả: Không có. Thị trấn hiện có 05 doanh nghiệp tư nhân và 37 hộ kinh doanh; Phòng chưa tổ "
        "chức triển khai phong trào này trong năm.")
    assert results["M3"].status == "missing", results["M3"].note


def test_a_movement_answered_not_carried_out_is_missing():
    results = judge_default(
        MOVEMENTS,
        _heading("7. Phong trào xây dựng huyện đạt chuẩn đô thị loại IV vào năm 2024"),
        "Kết quả: Chưa thực hiện (Hội không được phân công nhiệm vụ trong Đề án phát triển đô thị).")
    assert results["M7"].status == "missing", results["M7"].note


def test_a_deed_after_the_negative_answer_still_reports():
    results = judge_default(
        MOVEMENTS,
        _heading('3. Phong trào "Doanh nghiệp Việt Nam hội nhập và phát triển"'),
        "Kết quả: Không có. Tuy vậy, Phòng đã phối hợp hỗ trợ 06 hộ kinh doanh hoàn thiện hồ sơ thành lập "
        "doanh nghiệp.")
    assert results["M3"].status == "present", results["M3"].note


def test_no_violation_is_a_result_not_a_negative_answer():
    results = judge_default(
        MOVEMENTS,
        _heading("4. Phong trào thi đua thực hiện văn hóa công sở"),
        "Không có trường hợp công chức vi phạm giờ giấc làm việc; 18/18 công chức đeo thẻ khi làm nhiệm vụ.")
    assert results["M4"].status == "present", results["M4"].note


def test_a_ratio_not_compiled_is_no_figure():
    results = judge_default(
        ("III. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1}),
        "- Cán bộ lãnh đạo, quản lý: 05/27 cá nhân được khen, chiếm 18,5%.",
        "- Người lao động trực tiếp: Phòng chưa thống kê tách riêng (cá nhân được khen chủ yếu là chuyên "
        "viên và nhân viên hợp đồng).")
    assert results["K4"].status == "missing", results["K4"].note


# --- the remaining movements lumped together, "tiếp tục ... theo chức năng, nhiệm vụ" ---------------

def test_remaining_movements_continued_by_function_report_nothing():
    results = judge_default(
        MOVEMENTS,
        "Những phong trào khác (Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau; xây dựng đô thị "
        "văn minh; phòng, chống dịch Covid-19 ...) Phòng tiếp tục tuyên truyền, hưởng ứng theo chức năng, "
        "nhiệm vụ được giao.")
    assert results["M8"].status == "missing", results["M8"].note


def test_a_movement_continued_by_function_with_a_deed_reports():
    results = judge_default(
        MOVEMENTS,
        "Về phòng, chống dịch Covid-19, Phòng tiếp tục hưởng ứng theo chức năng, nhiệm vụ, đã hỗ trợ 12 bộ "
        "sinh phẩm xét nghiệm cho Trạm Y tế thị trấn.")
    assert results["M8"].status == "present", results["M8"].note


# --- numbers written out in words -----------------------------------------------------------------

def test_numbers_written_in_words_are_quantities():
    assert has_quantity("kết nạp gần bốn trăm đoàn viên mới")
    assert has_quantity("đạt bảy mươi phần trăm kế hoạch năm")
    assert has_quantity("quỹ tăng thêm hai tỷ đồng")
    assert not has_quantity("Đại hội lần thứ hai của Hội")
    assert not has_quantity("sáu tháng đầu năm 2023")


def test_political_tasks_reported_in_words_are_present():
    results = judge_default(
        ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", {"kind": "heading", "heading_level": 1}),
        "Về các chỉ tiêu công tác Đoàn, sáu tháng qua kết nạp được gần bốn trăm đoàn viên mới, đạt khoảng "
        "bảy mươi phần trăm chỉ tiêu cả năm.")
    assert results["P2"].status == "present", results["P2"].note


# --- an enterprise's own code of conduct is not the office-culture movement ------------------------

def test_a_companys_own_code_of_conduct_is_not_office_culture():
    results = judge_default(
        MOVEMENTS,
        "- Về văn hóa: Chi nhánh thực hiện Bộ Quy tắc ứng xử của Tổng công ty và văn hóa doanh nghiệp "
        "\"Tận tâm - Minh bạch\"; tổ chức 02 buổi trao đổi kỹ năng giao tiếp cho nhân viên giao dịch.")
    assert results["M4"].status == "missing", results["M4"].note


def test_the_civil_servants_code_of_conduct_is_office_culture():
    results = judge_default(
        MOVEMENTS,
        "Phòng tổ chức cho 100% công chức ký cam kết thực hiện Quy tắc ứng xử của cán bộ, công chức; 6 "
        "tháng không có trường hợp vi phạm.")
    assert results["M4"].status == "present", results["M4"].note


# --- another body's goal is no plan of the unit -----------------------------------------------------

def test_work_on_a_communes_criterion_toward_its_goal_reports():
    results = judge_default(
        MOVEMENTS,
        "Phòng phối hợp UBND các xã Bình Hòa, Tây An hoàn thiện tiêu chí văn hóa theo Bộ tiêu chí xã nông "
        "thôn mới nâng cao, tiêu chí văn hóa của xã An Hòa phấn đấu đạt chuẩn nông thôn mới kiểu mẫu.")
    assert results["M1"].status == "present", results["M1"].note


def test_the_units_own_striving_is_still_a_plan():
    results = judge_default(
        MOVEMENTS,
        "Phòng phấn đấu phối hợp các xã hoàn thiện tiêu chí văn hóa theo Bộ tiêu chí xã nông thôn mới nâng "
        "cao trong quý III.")
    assert results["M1"].status == "missing", results["M1"].note


# --- a numbered line restating the point; a ratio not compiled ---------------------------------------

POINT = ("3. Tỷ lệ cá nhân là người lao động trực tiếp, là cán bộ lãnh đạo, quản lý được tặng danh hiệu "
         "\"Lao động tiên tiến\", \"Chiến sĩ thi đua cơ sở\", Giấy khen trong 6 tháng đầu năm (tính đến ngày "
         "30/6/2023)")


def test_a_restated_point_answered_not_compiled_reports_no_ratio():
    results = judge_default(
        ("II. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1}),
        POINT,
        "- Lãnh đạo, quản lý: 04/31 cá nhân, chiếm 12,9%.",
        "- Người lao động trực tiếp: Hội chưa thống kê tách riêng.")
    assert results["K4"].status == "missing", results["K4"].note
    assert results["K5"].status == "present", results["K5"].note


def test_a_numbered_line_with_its_own_figure_still_reports():
    results = judge_default(
        ("II. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1}),
        "3. Tỷ lệ cá nhân là người lao động trực tiếp được tặng danh hiệu \"Lao động tiên tiến\", Giấy khen "
        "trong tổng số cá nhân được khen thưởng của cơ quan năm 2022 đạt 71,4% (25/35 cá nhân)",
        "- Lãnh đạo, quản lý: 10/35 cá nhân.")
    assert results["K4"].status == "present", results["K4"].note


def test_a_ratio_said_not_compiled_is_no_report():
    results = judge_default(
        ("III. ĐÁNH GIÁ CHUNG", {"kind": "heading", "heading_level": 1}),
        ("2. Hạn chế", {"kind": "heading", "heading_level": 2}),
        "- Hồ sơ thi đua lưu trữ chưa đầy đủ; chưa thống kê tỷ lệ người lao động trực tiếp được khen thưởng.")
    assert results["K4"].status == "missing", results["K4"].note
