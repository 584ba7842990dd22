"""Item classes blind set 23 (159-164) showed at first contact, in other words than the samples'.

- The district's form filled in ("TT | Nội dung công việc | Kết quả đạt được | Ghi chú"): the
  question column is the district's wording of each point, the answer column the unit's. A row
  answered "-" / "—" or left blank, or only pointing at another row ("Đã báo cáo tại mục 2.1"),
  reports nothing, however well its question names the movement or the ratio; an answered row
  still reports, a pointer with something of its own too, and a tick ("x") is an answer.
The documents are real DOCX files written with python-docx and read back by tdkt's reader, then
judged by the whole pipeline (figures included).
"""

from figure_helpers import table_docx
from item_helpers import default_rules

from tdkt.pipeline.check.form_answers import form_columns, is_unanswered

HEADER = ["TT", "Nội dung công việc", "Kết quả đạt được", "Ghi chú"]


def _judge(tmp_path, rows):
    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster

    document = table_docx(tmp_path, [
        "PHÒNG VĂN HÓA VÀ THÔNG TIN",
        "BÁO CÁO",
        "Kết quả công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
        "Phòng Văn hóa và Thông tin báo cáo theo biểu mẫu hướng dẫn như sau:",
        ([HEADER, *rows], 1),
        "Trên đây là báo cáo của Phòng./.",
    ])
    return judge(document, default_rules(), load_roster(None), file="bc.docx", sha256="x").items


MOVEMENT_ROWS = [
    ["II", "KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", "", ""],
    ["2.1", "Phong trào chung sức xây dựng nông thôn mới", "Vận động 14 hộ hiến 1.250 m2 đất mở rộng đường "
     "liên thôn; tuyên truyền 26 buổi trên loa phát thanh", ""],
]


def test_form_rows_answered_with_a_dash_or_left_blank_report_nothing(tmp_path):
    items = _judge(tmp_path, [
        *MOVEMENT_ROWS,
        ["2.2", 'Phong trào "Doanh nghiệp Việt Nam hội nhập và phát triển"', "—", ""],
        ["2.3", "Xây dựng huyện đạt chuẩn đô thị loại IV vào năm 2024", "", ""],
        ["2.4", "Phong trào thi đua phòng, chống và chiến thắng đại dịch Covid-19", "-", "Không phát sinh"],
    ])
    for item in ("M3", "M7", "M8"):
        assert items[item].status == "missing", (item, items[item].note)
    assert "ô kết quả để trống" in items["M3"].note
    assert items["M1"].status == "present", items["M1"].note


def test_the_same_rows_answered_report(tmp_path):
    items = _judge(tmp_path, [
        *MOVEMENT_ROWS,
        ["2.2", 'Phong trào "Doanh nghiệp Việt Nam hội nhập và phát triển"', "Phối hợp tổ chức 01 lớp tập huấn "
         "về thương mại điện tử cho 35 hộ kinh doanh", ""],
        ["2.3", "Xây dựng huyện đạt chuẩn đô thị loại IV vào năm 2024", "Chỉnh trang 12 bảng quảng cáo trên "
         "tuyến đường trung tâm thị trấn; ra quân dọn vệ sinh 04 đợt", ""],
    ])
    assert items["M3"].status == "present", items["M3"].note
    assert items["M7"].status == "present", items["M7"].note


def test_a_row_only_pointing_at_another_row_reports_nothing_of_its_own(tmp_path):
    items = _judge(tmp_path, [
        *MOVEMENT_ROWS,
        ["2.5", "Xây dựng huyện Tây Sơn đạt chuẩn nông thôn mới năm 2023", "Đã báo cáo tại mục 2.1", ""],
    ])
    assert items["M6"].status == "missing", items["M6"].note


def test_a_pointer_with_a_deed_of_its_own_reports(tmp_path):
    items = _judge(tmp_path, [
        *MOVEMENT_ROWS,
        ["2.5", "Xây dựng huyện Tây Sơn đạt chuẩn nông thôn mới năm 2023", "Như mục 2.1; ngoài ra hoàn thiện "
         "hồ sơ minh chứng tiêu chí số 16 về văn hóa gửi Văn phòng điều phối huyện", ""],
    ])
    assert items["M6"].status == "present", items["M6"].note


def test_a_blank_ratio_cell_and_a_blank_title_cell(tmp_path):
    items = _judge(tmp_path, [
        ["III", "CÔNG TÁC KHEN THƯỞNG", "", ""],
        ["3.1", "Danh hiệu Lao động tiên tiến năm 2022", "11 cá nhân", ""],
        ["3.2", "Danh hiệu Tập thể lao động tiên tiến năm 2022", "…", ""],
        ["3.3", "Danh hiệu Chiến sĩ thi đua cơ sở năm 2022", "01 cá nhân", ""],
        ["3.4", "Giấy khen năm 2022", "Giám đốc Trung tâm tặng 02 tập thể, 05 cá nhân", ""],
        ["3.5", "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng", "41,2%", ""],
        ["3.6", "Tỷ lệ cá nhân là cán bộ lãnh đạo, quản lý được khen thưởng", "", ""],
    ])
    assert items["K4"].status == "present", items["K4"].note
    assert items["K5"].status == "missing", items["K5"].note
    assert items["K2"].status == "partial", items["K2"].note
    assert "Tập thể lao động tiên tiến" in items["K2"].note.split("Chưa nêu")[-1]


def test_form_columns_and_answers():
    assert form_columns(HEADER) == (1, [2])
    assert form_columns(["STT", "Tiêu chí", "Tình hình thực hiện", "Ghi chú"]) == (1, [2])
    assert form_columns(["STT", "Đơn vị", "Tập thể", "Cá nhân"]) is None  # an awards table, no form
    assert form_columns(["STT", "Nội dung", "Ghi chú"]) is None  # no answer column
    row = ["5", "Phong trào văn hóa công sở", "x", ""]
    assert not is_unanswered(row, 1, [2])  # a tick is an answer
    assert not is_unanswered(["5", "Phong trào văn hóa công sở", "Không", ""], 1, [2])
    assert is_unanswered(["5", "Phong trào văn hóa công sở", "Lồng ghép với mục 4.2", ""], 1, [2])
    assert is_unanswered(["5", "Phong trào văn hóa công sở", "Xem nội dung 3", ""], 1, [2])
    assert not is_unanswered(["", "", "", ""], 1, [2])  # no question: nothing asked
    # a self-scoring table: the score answers the criterion even with no evidence written beside it
    score = ["Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Minh chứng", "Ghi chú"]
    assert form_columns(score) == (0, [2, 3])
    assert not is_unanswered(["3. Tham gia phong trào của huyện", "20", "18,5", "", ""], 0, [2, 3])
    assert is_unanswered(["3. Tham gia phong trào của huyện", "20", "", "", "Chưa chấm"], 0, [2, 3])


# --- the cultural title of a residential area is not the class-IV urban movement ----------------

def test_a_civilised_quarter_title_is_not_the_class_iv_urban_movement():
    from item_helpers import judge_default

    results = judge_default(
        ("II. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1}),
        ("3. Xây dựng thôn, khu dân cư văn hóa, đô thị văn minh", {"kind": "heading", "heading_level": 2}),
        "Đã có 2.410/2.655 hộ đạt gia đình văn hóa năm 2022; 07/09 khu phố được công nhận danh hiệu khu phố "
        "văn minh đô thị; Hội tổ chức 04 buổi ra quân dọn vệ sinh khu dân cư.")
    assert results["M7"].status == "missing", results["M7"].note


def test_civilised_streets_and_the_class_iv_standard_still_report():
    from item_helpers import judge_default

    results = judge_default(
        ("II. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1}),
        ("3. Xây dựng đô thị văn minh", {"kind": "heading", "heading_level": 2}),
        "Thị trấn duy trì 06/10 tuyến phố văn minh đô thị, lắp mới 1,8 km đèn chiếu sáng trên trục đường chính.")
    assert results["M7"].status == "present", results["M7"].note


# --- a results section is no plan because someone "tiếp tục" did something ------------------------

def _association_report(*economy_lines):
    from item_helpers import judge_default

    return judge_default(
        ("II. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1}),
        ("1. Xây dựng cơ quan Hội", {"kind": "heading", "heading_level": 2}),
        "Cơ quan Hội cải tiến lề lối làm việc: giấy mời, tài liệu gửi qua phần mềm, giảm 30% số cuộc họp.",
        ("2. Đồng hành cùng hội viên làm kinh tế", {"kind": "heading", "heading_level": 2}),
        *economy_lines)


def test_a_result_that_goes_on_and_one_target_do_not_make_a_plan_section():
    results = _association_report(
        "Hội tiếp tục phối hợp Quỹ tín dụng nhân dân quản lý 12 tổ vay vốn, dư nợ 18,4 tỷ đồng với 512 hộ vay.",
        "Mở 03 lớp tập huấn chuyển giao tiến bộ khoa học kỹ thuật về nuôi dê cho 140 hội viên.",
        "Phấn đấu đến cuối năm có thêm 02 tổ hợp tác chăn nuôi.")
    assert results["P3"].status == "present", results["P3"].note
    assert "khoa học" in results["P3"].note.split("Chưa nêu")[0]


def test_a_section_of_tasks_opening_with_tiep_tuc_is_still_a_plan():
    results = _association_report(
        "Tiếp tục phối hợp Quỹ tín dụng nhân dân quản lý các tổ vay vốn.",
        "Tiếp tục mở lớp tập huấn chuyển giao tiến bộ khoa học kỹ thuật về nuôi dê cho hội viên.",
        "Phấn đấu đến cuối năm có thêm 02 tổ hợp tác chăn nuôi.")
    assert results["P3"].status == "partial", results["P3"].note


# --- the whole district's ratio, reported by the office that keeps its records -----------------

KHEN = ("II. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1})


def test_a_ratio_under_a_district_wide_heading_is_not_the_units():
    from item_helpers import judge_default

    results = judge_default(
        KHEN,
        ("1. Thẩm định hồ sơ khen thưởng (toàn huyện)", {"kind": "heading", "heading_level": 2}),
        "Trong số các cá nhân được Chủ tịch UBND huyện khen thưởng 6 tháng, người lao động trực tiếp chiếm "
        "55,1%; cán bộ lãnh đạo, quản lý chiếm 21,4%.")
    assert results["K4"].status == "missing", results["K4"].note
    assert results["K5"].status == "missing", results["K5"].note
    assert "toàn huyện" in results["K4"].note


def test_a_district_wide_ratio_holds_for_the_rest_of_its_paragraph_until_the_unit_turns_to_its_own():
    from item_helpers import judge_default

    district = ("Trên toàn huyện, tỷ lệ cá nhân là người lao động trực tiếp được khen đạt 52,7%. "
                "Tỷ lệ khen người lao động trực tiếp tăng 3,2% so với cùng kỳ.")
    results = judge_default(KHEN, district)
    assert results["K4"].status == "missing", results["K4"].note
    results = judge_default(KHEN, district + " Riêng cơ quan Phòng, người lao động trực tiếp chiếm 37,5% số cá "
                                             "nhân được khen.")
    assert results["K4"].status == "present", results["K4"].note


def test_the_units_own_ratio_beside_the_district_wide_one_reports():
    from item_helpers import judge_default

    results = judge_default(
        KHEN,
        ("1. Thẩm định hồ sơ khen thưởng (toàn huyện)", {"kind": "heading", "heading_level": 2}),
        "Trong số các cá nhân được khen, người lao động trực tiếp chiếm 55,1%.",
        ("2. Khen thưởng tại cơ quan", {"kind": "heading", "heading_level": 2}),
        "Cơ quan có 08 lượt cá nhân được khen, trong đó người lao động trực tiếp 03 lượt, chiếm 37,5%; "
        "lãnh đạo, quản lý 02 lượt, chiếm 25%.")
    assert results["K4"].status == "present", results["K4"].note
    assert results["K5"].status == "present", results["K5"].note


# --- a ratio in words needs a share word; naming the workers is not one -------------------------

def test_awards_said_to_favour_direct_workers_without_a_share_do_not_report_the_ratio():
    from item_helpers import judge_default

    results = judge_default(
        ("III. ĐÁNH GIÁ CHUNG", {"kind": "heading", "heading_level": 1}),
        "Việc xét khen năm nay đã hướng nhiều hơn tới công nhân trực tiếp sản xuất và người lao động trực tiếp "
        "ở cơ sở.")
    assert results["K4"].status == "missing", results["K4"].note


def test_a_share_in_words_is_still_partial():
    from item_helpers import judge_default

    results = judge_default(
        KHEN,
        "Trong số cá nhân được tặng danh hiệu Lao động tiên tiến, phần lớn là người lao động trực tiếp ở các tổ "
        "sản xuất; cán bộ lãnh đạo, quản lý chiếm tỷ lệ nhỏ.")
    assert results["K4"].status == "partial", results["K4"].note
    assert results["K5"].status == "partial", results["K5"].note
