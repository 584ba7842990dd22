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
