"""Figures classes found by blind set 17 (samples 123, 124), each in other words, units and numbers
than the samples; DOCX files written with python-docx and read back by tdkt's reader.

Classes: a table's caption, the short paragraph set apart right above it (bold or centred, no
colon at its end: "Phụ lục: Số liệu khen thưởng toàn huyện ..."), is the table's lead-in, so the
others-scope words in it set the table aside as another body's figures; one title's counts given
per sub-period of the half year in one statement ("02 ... trong tháng 2, 01 ... trong tháng 5")
add up, never a quarter of another year nor a count in parentheses; the unit itself as the
subject of an ad-hoc or thematic award ("tập thể Trạm được Giám đốc Sở tặng Bằng khen đột xuất")
is one collective of that figure, its grantor between "được" and "tặng"; a report in parts whose
one part is another scope's (its heading or title line says so, or the opening says "Phần I ...
số liệu toàn huyện") gives no figure from any section under that part.
"""

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from figure_helpers import figures_ruleset, values

from tdkt.extractors import extract
from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set17a")


def _write(tmp_path, items, name="bc.docx"):
    """Items: str (a paragraph), ("bold", str), ("center", str), or a list of rows (a table)."""
    d = docx.Document()
    for item in items:
        if isinstance(item, list):
            table = d.add_table(rows=len(item), cols=len(item[0]))
            table.style = "Table Grid"
            for r, row in enumerate(item):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            continue
        look, text = item if isinstance(item, tuple) else ("", item)
        p = d.add_paragraph()
        run = p.add_run(text)
        if look == "bold":
            run.bold = True
        if look == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    path = tmp_path / name
    d.save(path)
    return extract(path)


# --- a table's caption right above it is its lead-in: scope words there set it aside -----------

OWN_PART = [
    "III. KHEN THƯỞNG CỦA PHÒNG",
    "Năm 2022, 07 công chức của Phòng đạt danh hiệu Lao động tiên tiến; 01 công chức đạt danh hiệu "
    "Chiến sĩ thi đua cơ sở; Chủ tịch UBND huyện tặng Giấy khen cho 03 cá nhân.",
    "Trên đây là báo cáo của Phòng Văn hóa và Thông tin huyện./.",
]

DISTRICT_TABLE = [
    ["Danh hiệu, hình thức", "Tập thể", "Cá nhân"],
    ["Lao động tiên tiến năm 2022", "", "1.742"],
    ["Chiến sĩ thi đua cơ sở năm 2022", "", "205"],
    ["Giấy khen Chủ tịch UBND huyện", "83", "264"],
]


@pytest.mark.parametrize("look", ["bold", "center"])
def test_caption_naming_the_district_sets_its_table_aside(rules, tmp_path, look):
    d = _write(tmp_path, OWN_PART + [(look, "Phụ lục: Số liệu khen thưởng năm 2022 toàn huyện (để tham khảo)"),
                                     DISTRICT_TABLE])
    v = extract_figures(d, rules, "department").values
    assert v["lao_dong_tien_tien"] == 7
    assert v["chien_si_thi_dua_co_so"] == 1
    assert v["giay_khen"] == 3


def test_caption_of_the_units_own_table_keeps_its_figures(rules, tmp_path):
    d = _write(tmp_path, ["III. CÔNG TÁC KHEN THƯỞNG",
                          ("bold", "Biểu tổng hợp kết quả khen thưởng năm 2022 của Phòng"),
                          [["Danh hiệu, hình thức", "Tập thể", "Cá nhân"],
                           ["Lao động tiên tiến", "", "11"],
                           ["Giấy khen Chủ tịch UBND huyện", "1", "4"]]])
    v = extract_figures(d, rules, "department").values
    assert v["lao_dong_tien_tien"] == 11
    assert v["giay_khen"] == 5


def test_a_plain_statement_above_a_table_is_no_caption(rules, tmp_path):
    # a sentence ending with its full stop is read for itself, not as the table's label
    d = _write(tmp_path, ["III. CÔNG TÁC KHEN THƯỞNG",
                          "Số liệu toàn huyện đã được Phòng Nội vụ tổng hợp riêng.",
                          [["Danh hiệu, hình thức", "Tập thể", "Cá nhân"],
                           ["Lao động tiên tiến", "", "16"]]])
    assert extract_figures(d, rules, "department").values["lao_dong_tien_tien"] == 16


# --- one title's counts per sub-period of the half year, in one statement, add up ---------------

def test_counts_per_quarter_add_up(rules):
    v = values(rules, "4. Khen thưởng",
               "Trạm Y tế có 02 sáng kiến được công nhận trong quý 1, 03 sáng kiến được công nhận trong quý 2 "
               "(cả năm 2022 có 06 sáng kiến).")
    assert v["sang_kien"] == 5


def test_counts_per_month_add_up_in_a_docx(rules, tmp_path):
    d = _write(tmp_path, ["II. CÔNG TÁC KHEN THƯỞNG",
                          "Tháng 3: 04 hội viên được công nhận danh hiệu Lao động tiên tiến; tháng 5: 07 hội viên "
                          "được công nhận danh hiệu Lao động tiên tiến."])
    result = extract_figures(d, rules, "mass_org")
    assert result.values["lao_dong_tien_tien"] == 11
    assert [v for v, _ in result.parts["lao_dong_tien_tien"]] == [4, 7]


def test_a_quarter_of_another_year_is_not_a_part(rules):
    v = values(rules, "4. Khen thưởng",
               "Đơn vị có 02 sáng kiến được công nhận trong quý IV/2022, 03 sáng kiến được công nhận trong quý II.")
    assert v["sang_kien"] != 5


def test_a_stated_cumulative_is_left_to_its_own_words(rules):
    v = values(rules, "4. Khen thưởng",
               "Quý I có 01 sáng kiến, quý II có 02 sáng kiến được công nhận, lũy kế 6 tháng 03 sáng kiến.")
    assert v["sang_kien"] != 6


# --- the unit itself given an ad-hoc or thematic award is one of that figure --------------------

def test_the_unit_itself_given_an_ad_hoc_award_counts_one(rules, tmp_path):
    d = _write(tmp_path, ["IV. KHEN THƯỞNG CỦA ĐƠN VỊ",
                          "3. Khen thưởng đột xuất 6 tháng đầu năm 2023: tập thể Trạm được Giám đốc Sở Y tế tặng "
                          "Bằng khen đột xuất vì thành tích dập dịch sốt xuất huyết tại xã Bình Tường.",
                          "Chưa có cá nhân được khen đột xuất."])
    assert extract_figures(d, rules, "department").values["khen_chuyen_de_dot_xuat"] == 1


def test_a_counted_subject_keeps_its_count(rules):
    v = values(rules, "4. Khen thưởng",
               "Khen thưởng chuyên đề: 04 tập thể được Chủ tịch UBND huyện tặng Giấy khen chuyên đề về "
               "phòng chống thiên tai.")
    assert v["khen_chuyen_de_dot_xuat"] == 4


# --- a part of the report that is another scope's: nothing under it is the unit's ---------------

def test_part_heading_naming_the_district_covers_its_sections(rules):
    v = values(rules,
               "PHẦN I. KẾT QUẢ THI ĐUA, KHEN THƯỞNG TOÀN HUYỆN",
               "1. Sáng kiến",
               "Hội đồng sáng kiến huyện công nhận 63 sáng kiến cấp cơ sở năm 2022.",
               "2. Khen thưởng năm 2022",
               "Chủ tịch UBND huyện công nhận 1.905 cá nhân đạt danh hiệu Lao động tiên tiến.",
               "PHẦN II. KẾT QUẢ TẠI CƠ QUAN",
               "1. Khen thưởng",
               "Năm 2022, cơ quan có 06 công chức đạt danh hiệu Lao động tiên tiến.")
    assert "sang_kien" not in v
    assert v["lao_dong_tien_tien"] == 6


def test_opening_that_gives_a_part_the_districts_scope(rules, tmp_path):
    d = _write(tmp_path, [
        "Báo cáo có hai phần: Phần I nêu số liệu chung toàn huyện do Phòng tổng hợp; Phần II là kết quả "
        "của riêng cơ quan.",
        "PHẦN I",
        "TỔNG HỢP CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
        "1. Khen thưởng năm 2022",
        "Chủ tịch UBND huyện tặng Giấy khen cho 71 tập thể và 240 cá nhân; 188 cá nhân đạt danh hiệu Chiến sĩ "
        "thi đua cơ sở.",
        "PHẦN II",
        "KẾT QUẢ CỦA CƠ QUAN",
        "1. Khen thưởng năm 2022",
        "Cơ quan có 02 cá nhân được Chủ tịch UBND huyện tặng Giấy khen."])
    v = extract_figures(d, rules, "department").values
    assert v["giay_khen"] == 2
    assert "chien_si_thi_dua_co_so" not in v


def test_parts_of_the_units_own_keep_their_figures(rules):
    v = values(rules,
               "PHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
               "1. Khen thưởng",
               "Năm 2022, Trung tâm có 14 viên chức đạt danh hiệu Lao động tiên tiến.",
               "PHẦN II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM",
               "Phấn đấu 100% viên chức hoàn thành tốt nhiệm vụ.")
    assert v["lao_dong_tien_tien"] == 14
