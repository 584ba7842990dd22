"""Figures classes found by blind set 26 (samples 177-182), each in other words, units and numbers
than the samples.

Class 1 (181): an award table typed as plain text in a .doc, its columns kept apart by tabs or
runs of spaces ("STT   Danh hiệu   Tập thể   Cá nhân" / "2   Lao động tiên tiến   -   17"). The
readers give each line as a paragraph (spacing normalised away); pipeline/plain_tables.py reads
the run of aligned lines under the heading line back as one table block, so the table stage and
the figures see cells. Its part rows ("II  Khen thưởng 6 tháng đầu năm 2023") are section rows,
and rows named by the kind of award alone ("Đột xuất ...", "Chuyên đề ...") under such a part are
the ad-hoc awards' rows (figures/tables.py _kind_row).
"""

import pytest
from extract_fixtures import soffice_convert
from figure_helpers import doc, figures_ruleset, table_docx

from tdkt.extractors import extract
from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.plain_tables import with_plain_tables


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set26")


_SPACED = [
    "STT   Danh hiệu, hình thức khen thưởng          Tập thể     Cá nhân",
    "I     Danh hiệu năm 2022",
    "1     Tập thể lao động tiên tiến                  02          -",
    "2     Lao động tiên tiến                           -          17",
    "3     Giấy khen của Giám đốc Trung tâm             01          05",
    "II    Khen thưởng 6 tháng đầu năm 2023",
    "1     Đột xuất (phòng chống cháy rừng)             -           04",
    "2     Chuyên đề an toàn giao thông                 02          -",
]
_TABBED = [line.replace("     ", "\t").replace("    ", "\t") for line in _SPACED]


def _plain_doc(tmp_path, lines, name):
    """A DOCX of paragraphs written with python-docx (tabs as Word's tab characters), converted to
    .doc by LibreOffice and read back by tdkt's .doc path."""
    import docx

    d = docx.Document()
    d.add_paragraph("3. Công tác khen thưởng")
    d.add_paragraph("Kết quả khen thưởng của Trạm như sau:")
    for line in lines:
        d.add_paragraph(line)
    d.add_paragraph("- Các danh hiệu trên được Giám đốc Trung tâm công nhận tại Quyết định số 45/QĐ-TTYT.")
    src = tmp_path / f"{name}.docx"
    d.save(src)
    out = tmp_path / "doc"
    out.mkdir()
    return extract(soffice_convert(src, out, "doc"))


@pytest.mark.parametrize("lines", [_SPACED, _TABBED], ids=["spaces", "tabs"])
def test_plain_text_table_in_a_doc_read_as_cells(tmp_path, rules, lines):
    read = _plain_doc(tmp_path, lines, "tram-y-te")
    assert read.format == "doc"
    assert not any(b.kind == "table" for b in read.blocks)  # the reader gives lines, not a table
    document = with_plain_tables(read)
    tables = [b for b in document.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows[0] == ["STT", "Danh hiệu, hình thức khen thưởng", "Tập thể", "Cá nhân"]
    assert tables[0].rows[3] == ["2", "Lao động tiên tiến", "-", "17"]
    got = extract_figures(document, rules).values
    assert got.get("tap_the_lao_dong_tien_tien") == 2
    assert got.get("lao_dong_tien_tien") == 17
    assert got.get("giay_khen") == 6
    assert got.get("khen_chuyen_de_dot_xuat") == 6
    # the sentence after the table stays a paragraph
    assert any(b.kind == "paragraph" and b.text.startswith("- Các danh hiệu") for b in document.blocks)


def test_lines_without_a_heading_line_or_with_one_row_stay_text():
    lines = ["Kết quả thực hiện các chỉ tiêu:", "1 Số hộ được hỗ trợ 12 15",
             "2 Số lượt khám bệnh 340 410"]  # no count-column heading above: no award table
    assert with_plain_tables(doc(*lines)).blocks == doc(*lines).blocks
    one = ["TT Hình thức Tập thể Cá nhân", "1 Giấy khen 02 03", "Các tập thể, cá nhân được khen đều xứng đáng."]
    assert all(b.kind == "paragraph" for b in with_plain_tables(doc(*one)).blocks)


def test_kind_rows_need_an_award_part_above(rules):
    # "Đột xuất" rows under a part that is no award part ("Kết quả phòng chống dịch") are no awards
    table = [["TT", "Nội dung", "Tập thể", "Cá nhân"],
             ["I", "Kết quả phòng chống dịch", "", ""],
             ["1", "Đột xuất kiểm tra cơ sở", "03", "05"],
             ["2", "Chuyên đề tiêm chủng", "02", "04"]]
    assert extract_figures(doc("Kết quả:", table), rules).values.get("khen_chuyen_de_dot_xuat") is None


# Class 2 (182): the half year's awards from higher levels in one sentence opened by the period.
_YEAR_END = ("Kết quả bình xét năm 2022: Trạm đạt danh hiệu Tập thể lao động tiên tiến; 09 viên chức đạt "
             "danh hiệu Lao động tiên tiến.")


def test_a_sentence_opened_by_the_half_year_sums_its_awards(rules):
    text = (f"{_YEAR_END} Từ đầu năm, Trạm tham gia các đợt ra quân. Trong 6 tháng đầu năm 2023, 02 viên chức của Trạm "
            "được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích phòng, chống dịch sốt xuất huyết; 01 tập thể và "
            "03 cá nhân được Giám đốc Sở Y tế tặng Giấy khen vì có thành tích trong chiến dịch tiêm chủng đợt 2 năm 2023.")
    got = extract_figures(doc("III. Công tác khen thưởng", text), rules)
    assert got.values.get("khen_chuyen_de_dot_xuat") == 6  # 2 + (1 + 3)
    assert [v for v, _ in got.parts["khen_chuyen_de_dot_xuat"]] == [2, 4]
    assert got.values.get("lao_dong_tien_tien") == 9
    assert got.values.get("giay_khen") is None  # the Giấy khen of the half year is no 2022 title


def test_a_period_sentence_with_a_stated_total_keeps_it(rules):
    # the stated total wins; the parts are not added to it
    text = ("Trong 6 tháng đầu năm 2023, Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể; Giám đốc Sở tặng Giấy "
            "khen cho 03 cá nhân, nâng tổng số khen thưởng chuyên đề, đột xuất lên 05 lượt tập thể, cá nhân.")
    assert extract_figures(doc("III. Công tác khen thưởng", text), rules).values.get("khen_chuyen_de_dot_xuat") == 5


# Class 3 (179): a bloc's report with its members as columns and the bloc's own total column.
_MEMBERS_TABLE = [
    ["Chỉ tiêu", "Xã Tây An", "Xã Tây Bình", "Xã Tây Xuân", "Toàn Cụm"],
    ["Tổng số cán bộ, công chức", "21", "19", "23", "63"],
    ["Lao động tiên tiến", "17", "15", "19", "51"],
    ["Tập thể lao động tiên tiến", "02", "03", "02", "07"],
    ["Chiến sĩ thi đua cơ sở", "03", "02", "04", "09"],
    ["Giấy khen (tập thể)", "01", "0", "02", "03"],
    ["Giấy khen (cá nhân)", "04", "05", "03", "12"],
    ["Tỷ lệ cán bộ lãnh đạo, quản lý được khen (%)", "28,6", "31,6", "17,4", "25,4"],
]


def test_members_as_columns_read_the_blocs_total_column(tmp_path, rules):
    read = table_docx(tmp_path, ["II. Công tác khen thưởng",
                                 "Kết quả khen thưởng năm 2022 của các xã trong Cụm như sau:", (_MEMBERS_TABLE, 1)])
    got = extract_figures(read, rules).values
    assert got.get("lao_dong_tien_tien") == 51
    assert got.get("tap_the_lao_dong_tien_tien") == 7
    assert got.get("chien_si_thi_dua_co_so") == 9
    assert got.get("giay_khen") == 15  # 03 collectives + 12 individuals, each from the total column
    assert got.get("ty_le_lanh_dao_quan_ly") == 25.4  # the bloc's ratio, neither a member's nor a sum


# Class 4 (177): a passage of the half year's awards closed by "Cộng ... có N lượt ..." (no colon):
# the stated total wins over the sum of the items above it.
def test_a_closing_cong_line_with_a_verb_is_the_stated_total(rules):
    got = extract_figures(doc(
        "2. Khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023",
        "- Sơ kết 3 năm phong trào \"Nông dân thi đua sản xuất giỏi\", Hội Nông dân tỉnh tặng Bằng khen cho 01 tập thể, 02 cá nhân.",
        "- Đợt ra quân làm thủy lợi mùa khô, Ban Thường vụ Hội Nông dân huyện tặng Giấy khen cho 04 tập thể, 05 cá nhân.",
        "Cộng 6 tháng đầu năm có 13 lượt tập thể, cá nhân được khen thưởng chuyên đề, đột xuất."), rules)
    assert got.values.get("khen_chuyen_de_dot_xuat") == 13
    assert any("13" in w and "12" in w for w in got.warnings)  # the parts add to 12: the office is told


def test_cong_tac_vien_opens_no_total(rules):
    got = extract_figures(doc(
        "2. Khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023",
        "- Hội Nông dân tỉnh tặng Bằng khen cho 01 tập thể, 02 cá nhân.",
        "- Ban Thường vụ Hội Nông dân huyện tặng Giấy khen cho 04 tập thể, 05 cá nhân.",
        "Cộng tác viên có 40 người tham gia tuyên truyền."), rules)
    assert got.values.get("khen_chuyen_de_dot_xuat") != 40


# Class 5 (177): ratios given only as counts, both groups named, the direct workers' count too far
# from their title to attach to it: the leaders' share gives the other group's as its complement.
def test_both_groups_named_the_ratios_come_from_the_counts(rules):
    text = ("Trong 40 cá nhân được tặng danh hiệu \"Lao động tiên tiến\" và Giấy khen năm 2022, có 30 cá nhân là "
            "xã viên, tổ trưởng tổ hợp tác, công nhân trực tiếp sản xuất và 10 cá nhân là cán bộ lãnh đạo, quản lý "
            "của Hợp tác xã.")
    got = extract_figures(doc("3. Cơ cấu cá nhân được khen", text), rules).values
    assert got.get("ty_le_lanh_dao_quan_ly") == 25.0
    assert got.get("ty_le_lao_dong_truc_tiep") == 75.0
