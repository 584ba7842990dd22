"""Item classes blind set 19 (135-140) showed at first contact, in other words than the samples'.

- A sentence that only points to a table sent with the report ("Kết quả ... được tổng hợp tại phụ
  lục số 03 kèm theo"), with no number of its own, reports nothing when the table is not attached:
  the movement (M2) and the ratios (K4, K5) are missing, not present or partial. A sentence with its
  own figure and a pointer beside it ("(danh sách kèm theo)") still reports.
- The awards under a heading of the half's thematic and ad-hoc awards ("b) Khen thưởng theo đợt, đột
  xuất"), and the rows of a school's own year-end review of the school year ("Bình xét thi đua năm học
  2022 - 2023": proposals), are not the 2022 titles (K2). A heading naming the 2022 review keeps them.
- A field of emulation that is only the subject of the unit's inspection of another body ("Kiểm tra
  chuyên đề việc thực hiện chính sách bảo hiểm xã hội tại 03 doanh nghiệp") is no result of the unit
  in that field (P3).
"""

from item_helpers import default_rules, judge_default

from tdkt.pipeline.check import check_items
from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.segment import segment

MOVEMENTS = ("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})
AWARDS = ("III. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1})
H2 = {"kind": "heading", "heading_level": 2}


# --- a pointer to a table not attached ------------------------------------------------------------

def test_a_movement_only_pointed_to_an_annex_is_missing():
    results = judge_default(
        MOVEMENTS,
        "Kết quả công tác giảm nghèo, hỗ trợ hộ nghèo xây nhà ở được tổng hợp tại phụ lục số 03 kèm theo.")
    assert results["M2"].status == "missing", results["M2"].note
    assert "gửi kèm" in results["M2"].note


def test_a_movements_own_figure_beside_a_pointer_still_reports():
    results = judge_default(
        MOVEMENTS,
        "Hội đã hỗ trợ 12 hộ nghèo sửa chữa nhà ở, tổng kinh phí 240 triệu đồng (danh sách kèm theo).")
    assert results["M2"].status == "present", results["M2"].note


def test_ratios_only_pointed_to_a_table_are_missing_not_partial():
    results = judge_default(
        AWARDS,
        "Tỷ lệ cá nhân trực tiếp lao động sản xuất và cán bộ quản lý được khen thưởng được thể hiện trong "
        "bảng thống kê đính kèm.")
    for item in ("K4", "K5"):
        assert results[item].status == "missing", (item, results[item].note)


def test_a_stated_ratio_with_a_pointer_beside_it_is_present():
    results = judge_default(
        AWARDS,
        "Trong số cá nhân được khen thưởng, người trực tiếp lao động sản xuất chiếm 70,4% "
        "(chi tiết tại biểu số 2 kèm theo).")
    assert results["K4"].status == "present", results["K4"].note


# --- awards that are not the 2022 titles ----------------------------------------------------------

def test_giay_khen_under_an_ad_hoc_heading_is_no_2022_title():
    results = judge_default(
        AWARDS,
        ("b) Khen thưởng theo đợt, đột xuất", H2),
        "- Giám đốc Sở Lao động - Thương binh và Xã hội tặng Giấy khen cho 03 cá nhân có thành tích trong "
        "Tháng hành động vì trẻ em.")
    assert results["K2"].status == "missing", results["K2"].note


def test_giay_khen_under_the_2022_review_heading_is_a_2022_title():
    results = judge_default(
        AWARDS,
        ("a) Khen thưởng tổng kết năm 2022", H2),
        "- Chủ tịch UBND huyện tặng Giấy khen cho 04 tập thể và 09 cá nhân.")
    assert results["K2"].status in ("present", "partial"), results["K2"].note
    assert "Giấy khen" in results["K2"].note.split("Chưa nêu")[0]


def _school_review(title: str) -> Document:
    lines = [AWARDS, (title, H2), "Hội đồng Thi đua - Khen thưởng nhà trường họp xét, thống nhất như sau:"]
    blocks = []
    for i, line in enumerate(lines, start=1):
        text, extra = (line, {}) if isinstance(line, str) else (line[0], dict(line[1]))
        blocks.append(Block(kind=extra.pop("kind", "paragraph"), text=text, where=Where(paragraph=i), **extra))
    rows = [["Đối tượng", "Danh hiệu", "Số lượng", "Ghi chú"],
            ["Giáo viên, nhân viên", "Lao động tiên tiến", "31", "Trình Chủ tịch UBND huyện"],
            ["Giáo viên", "Chiến sĩ thi đua cơ sở", "04", "Trình Chủ tịch UBND huyện"],
            ["Tổ Tự nhiên", "Tập thể lao động tiên tiến", "01", "Trình Chủ tịch UBND huyện"],
            ["Giáo viên", "Giấy khen của Chủ tịch UBND huyện", "03", ""]]
    blocks.append(Block(kind="table", text="", rows=rows, where=Where(paragraph=len(lines) + 1, table=1)))
    return Document(blocks=blocks, format="docx")


def test_a_schools_review_of_the_school_year_is_no_2022_title():
    rules = default_rules()
    results = check_items(segment(_school_review("2. Bình xét thi đua năm học 2022 - 2023"), rules), rules, None)
    assert results["K2"].status == "missing", results["K2"].note


def test_the_same_table_under_a_2022_titles_heading_reports_them():
    rules = default_rules()
    results = check_items(segment(_school_review("2. Danh hiệu thi đua năm 2022"), rules), rules, None)
    assert results["K2"].status == "present", results["K2"].note


# --- a field that is only the subject of an inspection --------------------------------------------

def test_a_field_only_inspected_at_another_body_is_no_field_result():
    results = judge_default(
        MOVEMENTS,
        "- Kiểm tra chuyên đề việc thực hiện chính sách bảo hiểm xã hội, trợ cấp thất nghiệp tại 03 doanh "
        "nghiệp trên địa bàn: đã ban hành kết luận.",
        "- Thanh tra việc giải quyết thủ tục hành chính tại UBND 02 xã, kiến nghị chấn chỉnh 05 hồ sơ trễ hạn.")
    assert results["P3"].status == "missing", results["P3"].note


def test_the_units_own_work_in_the_fields_reports_them():
    results = judge_default(
        MOVEMENTS,
        "- Phối hợp chi trả trợ cấp hằng tháng cho 215 người có công, thăm hỏi 40 gia đình chính sách.",
        "- Giải quyết 1.204 hồ sơ thủ tục hành chính, đạt 98,6% đúng hạn.")
    assert results["P3"].status == "present", results["P3"].note
