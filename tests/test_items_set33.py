"""Item classes blind set 33 (219-224) showed at first contact, in other words than the samples'.

Form tables are real DOCX files written with python-docx and read back by tdkt's reader, then
judged by the whole pipeline (figures included); lines of prose go through item_helpers.
"""

from figure_helpers import table_docx
from item_helpers import default_rules

HEADER = ["Nội dung theo hướng dẫn", "Kết quả đạt được"]


def _judge_form(tmp_path, rows):
    """Rows (number, question, answer): the form numbers its questions in their own cell ("3. ...")."""
    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster

    document = table_docx(tmp_path, [
        "TRẠM Y TẾ XÃ BÌNH THÀNH",
        "BÁO CÁO",
        "Sơ kết thi đua, khen thưởng 6 tháng đầu năm 2023",
        "Trạm Y tế báo cáo theo các nội dung hướng dẫn như sau:",
        "I. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA",
        ([HEADER, *([f"{n}. {question}", answer] for n, question, answer in rows)], 1),
        "Trên đây là báo cáo của Trạm./.",
    ])
    return judge(document, default_rules(), load_roster(None), file="bc.docx", sha256="x").items


def _status(item_id, *lines):
    from item_helpers import judge_default
    return judge_default(*lines)[item_id].status


# --- a form row answered "Không phát sinh" / "Không thuộc đối tượng": nothing happened ---

def test_form_rows_answered_that_nothing_arose_report_nothing(tmp_path):
    items = _judge_form(tmp_path, [
        ["1", "Phong trào thi đua phòng, chống và chiến thắng đại dịch Covid-19", "Không phát sinh"],
        ["2", 'Phong trào "Doanh nghiệp Việt Nam hội nhập và phát triển"', "Đơn vị không thuộc đối tượng thực hiện"],
        ["3", "Chuyển đổi số giai đoạn 2023 - 2025", "Không có."],
        ["4", "Thi đua thực hiện văn hóa công sở giai đoạn 2019 - 2025", "Không áp dụng"],
        ["5", "Chung sức xây dựng nông thôn mới", "Nhân viên trạm tham gia 03 đợt ra quân vệ sinh môi trường "
         "tại thôn Hòa Hiệp, thu gom 2 tấn rác"],
    ])
    for item in ("M8", "M3", "M9", "M4"):
        assert items[item].status == "missing", (item, items[item].note)
        assert "trả lời là không có" in items[item].note, items[item].note
    assert items["M1"].status == "present", items["M1"].note


def test_the_same_rows_answered_with_deeds_report(tmp_path):
    # contrast: the same questions, answered with what was done
    items = _judge_form(tmp_path, [
        ["1", "Phong trào thi đua phòng, chống và chiến thắng đại dịch Covid-19", "Tiêm bổ sung vắc xin Covid-19 "
         "cho 214 người cao tuổi"],
        ["2", 'Phong trào "Doanh nghiệp Việt Nam hội nhập và phát triển"', "Hướng dẫn 05 cơ sở kinh doanh "
         "thuốc đăng ký kinh doanh, hỗ trợ doanh nghiệp kê khai giá thuốc"],
        ["3", "Chuyển đổi số giai đoạn 2023 - 2025", "Triển khai hồ sơ sức khỏe điện tử cho 3.480 người dân"],
    ])
    for item in ("M8", "M3", "M9"):
        assert items[item].status == "present", (item, items[item].note)


def test_nothing_late_arising_is_a_result_not_a_negative_answer(tmp_path):
    # contrast: "Không phát sinh hồ sơ trễ hạn" says how well the work went
    items = _judge_form(tmp_path, [
        ["1", "Thi đua đẩy mạnh cải cách hành chính", "Không phát sinh hồ sơ trễ hạn; tiếp nhận, giải quyết "
         "126 hồ sơ đúng hạn"],
    ])
    assert items["M5"].status == "present", items["M5"].note


def test_a_prose_point_answered_that_it_does_not_concern_the_unit_reports_nothing():
    # a guard: the same answer after the point's colon (the rules' negative_answer pattern)
    assert _status("M7", "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
                   "I. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA",
                   "- Xây dựng huyện đạt chuẩn đô thị loại IV năm 2024: Không thuộc phạm vi của đơn vị.") == "missing"
