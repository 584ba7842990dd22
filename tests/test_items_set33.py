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


RESULTS = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
           "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")


# --- P3: "chủ động, sáng tạo" says how some work was done; it is no creative-labour field ---

def test_creative_as_a_manner_is_no_creative_labour_field():
    from item_helpers import judge_default
    items = judge_default(*RESULTS,
                          "Cấp 1.240 suất học bổng, hỗ trợ 38 hộ nghèo sửa chữa nhà ở.",
                          "Các chi đoàn năng động, sáng tạo trong tổ chức hoạt động hè; nhiều chi hội linh hoạt, "
                          "sáng tạo khi vận động hội viên.")
    assert items["P3"].status == "partial", items["P3"].note
    assert "lao động sáng tạo" in items["P3"].note.split("Chưa nêu")[-1]


def test_creative_labour_itself_still_reports_the_field():
    # contrast: the field's own deeds
    from item_helpers import judge_default
    items = judge_default(*RESULTS,
                          "Cấp 1.240 suất học bổng, hỗ trợ 38 hộ nghèo sửa chữa nhà ở.",
                          "Phong trào lao động sáng tạo: đoàn viên đề xuất 06 giải pháp cải tiến quy trình tiếp dân.")
    assert items["P3"].status == "present", items["P3"].note


# --- P5: outstanding collectives and people found or praised, counted, with "tiêu biểu" ---

def test_outstanding_members_found_and_praised_report_examples():
    assert _status("P5", *RESULTS,
                   "Qua phong trào, Hội đã phát hiện, tuyên dương 04 chi hội và 09 hội viên tiêu biểu, giới "
                   "thiệu trên trang tin của huyện.") == "present"


def test_praise_at_the_year_end_review_held_in_this_half_reports_examples():
    assert _status("P5", *RESULTS,
                   "Tại Hội nghị tổng kết năm 2022, Đoàn xã biểu dương 02 chi đoàn và 06 đoàn viên tiêu biểu.") == "present"


def test_outstanding_examples_of_an_earlier_year_report_nothing_now():
    # contrast: the examples are of 2022
    assert _status("P5", *RESULTS,
                   "Chi bộ biểu dương 02 tổ và 04 cá nhân tiêu biểu trong học tập và làm theo gương Bác năm "
                   "2022.") == "missing"


def test_outstanding_collectives_awarded_are_no_examples_found():
    # contrast: an award, not an example found or praised
    assert _status("P5", *RESULTS,
                   "Chủ tịch UBND xã khen thưởng 03 tập thể tiêu biểu trong phong trào nông thôn mới.") == "missing"


# --- L1: direction given without a document named is generic (partial), not missing ---

def test_emulation_worked_into_the_programme_is_generic_direction():
    items = __import__("item_helpers").judge_default(
        "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023", "I. TÌNH HÌNH CHUNG",
        "Ngay từ đầu năm, Ban Chấp hành Hội đưa nội dung thi đua vào kế hoạch hoạt động năm 2023 và hướng dẫn "
        "các chi hội tổ chức thi đua theo từng đợt.")
    assert items["L1"].status == "partial", items["L1"].note


def test_the_districts_guidance_followed_is_no_direction_of_the_unit():
    # contrast: the opening that names the district's guidance the report answers
    assert _status("L1", "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
                   "Thực hiện hướng dẫn của UBND huyện về tổ chức thi đua và sơ kết 6 tháng đầu năm 2023, Hội "
                   "báo cáo như sau:") == "missing"


# --- L1: the unit's own plan named after a long list of the district's documents it drafted ---

DRAFTED = ["- Kế hoạch số 21/KH-UBND ngày 12/01/2023 của UBND huyện về công tác thi đua năm 2023;",
           "- Chỉ thị số 02/CT-UBND ngày 02/02/2023 của Chủ tịch UBND huyện về phát động thi đua;",
           "- Kế hoạch số 44/KH-UBND ngày 01/3/2023 của UBND huyện về thi đua chuyển đổi số;",
           "- Kế hoạch số 90/KH-UBND ngày 10/4/2023 của UBND huyện về nhân rộng điển hình;",
           "- Quyết định số 377/QĐ-UBND ngày 06/02/2023 của UBND huyện về chia khối thi đua;",
           "- Công văn số 610/UBND-NV ngày 15/5/2023 của UBND huyện hướng dẫn sơ kết thi đua."]


def _office_report(*own_part):
    return __import__("item_helpers").judge_default(
        "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
        "PHẦN I. CÔNG TÁC THAM MƯU TRÊN ĐỊA BÀN HUYỆN",
        "1. Tham mưu ban hành văn bản chỉ đạo",
        "Phòng đã tham mưu UBND huyện ban hành các văn bản sau:", *DRAFTED,
        "PHẦN II. KẾT QUẢ TẠI CƠ QUAN",
        "1. Tổ chức phong trào thi đua tại cơ quan", *own_part)


def test_the_units_own_plan_after_the_districts_documents_it_drafted_is_named():
    items = _office_report("Phòng Tài chính - Kế hoạch ban hành Kế hoạch số 03/KH-TCKH ngày 09/02/2023 về "
                           "tổ chức phong trào thi đua tại cơ quan.")
    assert items["L1"].status == "present", items["L1"].note


def test_without_a_plan_of_its_own_the_drafted_documents_stay_generic():
    # contrast: only the district's documents, cited with their issuer
    items = _office_report("Phòng tổ chức cho công chức đăng ký danh hiệu thi đua năm 2023.")
    assert items["L1"].status == "partial", items["L1"].note


# --- D3: "6 TH" is the telegraphic "6 tháng" ---

def test_a_plan_heading_with_the_half_shortened_reports_the_tasks():
    assert _status("D3", "BÁO CÁO", "Sơ kết công tác TĐKT 6 tháng đầu năm 2023",
                   "I. KẾT QUẢ", "- Thu NS: 3,1 tỷ/5,2 tỷ dự toán.",
                   ("III. NHIỆM VỤ 06 TH CUỐI NĂM", {"kind": "heading"}),
                   "- Bình xét TĐKT năm 2023 đúng quy định.") == "present"


def test_a_thing_shortened_th_elsewhere_is_no_half_year():
    # contrast: "6 thôn" is no half year
    assert _status("D3", "BÁO CÁO", "Sơ kết công tác TĐKT 6 tháng đầu năm 2023",
                   "I. KẾT QUẢ", "- Hỗ trợ 6 thôn làm đường bê tông cuối năm.") == "missing"
