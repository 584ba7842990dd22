"""Figures from tables: the classes blind set 14 (samples 103-110) showed, each in other words,
units and numbers than the samples. Tables are written as DOCX with python-docx (merged group
headings, as Word writes them) and read back by tdkt's reader; one case also through LibreOffice's
PDF (another producer).

Classes: pledge and proposal columns beside the awards ("Đăng ký 2023 | LĐTT", "Đề nghị CSTĐCS");
a row-name column headed by the unit's own parts ("Thôn") whose names look like member bodies;
section rows inside a table ("a) ... năm 2022", "b) ... chuyên đề, đột xuất 2023") with award
levels as column groups ("Cấp huyện | Cấp xã" over "Tập thể | Cá nhân") and a row naming a
collective and an individual title together; one table per member of a bloc (no single one is the
bloc's figure), or per own part (added).
"""

import shutil
import subprocess

import pytest
from figure_helpers import doc, figures_ruleset, table_docx

from tdkt.extractors import extract
from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set14-tables")


def _figures(tmp_path, rules, items, name="bc.docx"):
    return extract_figures(table_docx(tmp_path, items, name=name), rules)


# --- pledges and proposals as columns -------------------------------------------------------------

PLEDGE_TABLE = (
    [["Bộ phận", "Số người", "Đăng ký thi đua năm 2023", "Đăng ký thi đua năm 2023",
      "Kết quả bình xét năm 2022", "Kết quả bình xét năm 2022", "Kết quả bình xét năm 2022"],
     ["Bộ phận", "Số người", "LĐTT", "CSTĐCS", "LĐTT", "CSTĐCS", "Tập thể LĐTT"],
     ["Kế toán", "05", "05", "01", "04", "0", "x"],
     ["Kinh doanh", "12", "12", "02", "09", "01", "x"],
     ["Kỹ thuật", "09", "08", "01", "06", "01", "-"],
     ["Tổng cộng", "26", "25", "04", "19", "02", "02"]],
    2)


def test_pledge_columns_are_no_awards(tmp_path, rules):
    """The registrations for the coming year stand first; the awarded titles are the other group."""
    v = _figures(tmp_path, rules, ["Kết quả đăng ký và bình xét thi đua của các bộ phận:", PLEDGE_TABLE]).values
    assert v["lao_dong_tien_tien"] == 19
    assert v["chien_si_thi_dua_co_so"] == 2
    assert v["tap_the_lao_dong_tien_tien"] == 2


def test_a_later_table_of_proposals_does_not_replace_the_awards(tmp_path, rules):
    """A second appendix of proposals for the next round, its total row scored like the first:
    the awards of the first stand; proposals alone are only a fallback (and marked as proposals)."""
    proposals = ([["Bộ phận", "Đề nghị LĐTT", "Đề nghị CSTĐCS", "Sáng kiến đã được công nhận"],
                  ["Kế toán", "05", "01", "01"],
                  ["Kinh doanh", "11", "02", "02"],
                  ["Cộng", "16", "03", "03"]], 1)
    got = _figures(tmp_path, rules, ["Phụ lục 1:", PLEDGE_TABLE, "Phụ lục 2:", proposals])
    assert got.values["lao_dong_tien_tien"] == 19
    assert got.values["chien_si_thi_dua_co_so"] == 2
    assert got.values["sang_kien"] == 3  # recognised, not proposed
    # a table of proposals alone (no granted column beside them): a fallback, marked as such
    alone = ([row[:3] for row in proposals[0]], 1)
    only = _figures(tmp_path, rules, ["Phụ lục 2:", alone], name="de-nghi.docx")
    assert only.values["lao_dong_tien_tien"] == 16
    assert "đề nghị" in only.notes["K2"]


# --- the row-name column's heading says what the rows are -----------------------------------------

def test_rows_headed_as_own_parts_add_even_when_a_name_looks_like_a_member(tmp_path, rules):
    """"Khu phố" rows with no total: the ward's own parts, added — one of them is called "Trường
    Thọ", which alone would read as a school (a member reporting on its own)."""
    table = ([["Khu phố", "Giấy khen năm 2022", "Giấy khen năm 2022", "Khen đột xuất năm 2023"],
              ["Khu phố", "Tập thể", "Cá nhân", "Khen đột xuất năm 2023"],
              ["Phú Hòa", "01", "02", "-"],
              ["Trường Thọ", "-", "03", "02"],
              ["Đông Lâm", "01", "01", "01"]], 2)
    got = _figures(tmp_path, rules, ["Chủ tịch UBND phường tặng Giấy khen, cụ thể từng khu phố:", table])
    assert got.values["giay_khen"] == 8
    assert got.values["khen_chuyen_de_dot_xuat"] == 3
    assert len(got.parts["giay_khen"]) == 3


def test_rows_of_member_bodies_still_add_nothing(tmp_path, rules):
    """The same table headed "Đơn vị" with schools as rows: members, no sum (unchanged)."""
    table = ([["Đơn vị", "Giấy khen năm 2022", "Giấy khen năm 2022"],
              ["Đơn vị", "Tập thể", "Cá nhân"],
              ["Trường Mầm non Hoa Sen", "01", "02"],
              ["Trường Tiểu học số 2", "-", "03"]], 2)
    got = _figures(tmp_path, rules, ["Kết quả của các đơn vị:", table])
    assert "giay_khen" not in got.values


# --- section rows and award levels ----------------------------------------------------------------

LEVEL_TABLE = (
    [["Nội dung khen thưởng", "Cấp huyện", "Cấp huyện", "Cấp xã", "Cấp xã"],
     ["Nội dung khen thưởng", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân"],
     ["I. Bình xét thi đua năm 2022", "", "", "", ""],
     ["Lao động tiên tiến", "", "", "", "12"],
     ["Tập thể lao động tiên tiến, Lao động tiên tiến (trạm y tế)", "", "", "01", "03"],
     ["Giấy khen", "02", "01", "03", "06"],
     ["II. Khen thưởng đột xuất năm 2023", "", "", "", ""],
     ["Giấy khen phòng chống lụt bão", "", "", "01", "04"],
     ["Giấy khen bắt giữ đối tượng trộm cắp", "", "02", "", ""],
     ["Tổng cộng", "02", "03", "05", "25"]],
    2)


def test_section_rows_and_award_levels(tmp_path, rules):
    """Rows under a section row read in its words ("đột xuất" makes its Giấy khen rows ad-hoc
    awards, added); a row's cells over the award levels add up; a collective and an individual
    title on one row each take their own unit's cells; the total row mixes both periods."""
    got = _figures(tmp_path, rules, ["Kết quả khen thưởng của xã như sau:", LEVEL_TABLE])
    v = got.values
    assert v["giay_khen"] == 12  # 02 + 01 + 03 + 06, the 2022 section only
    assert v["khen_chuyen_de_dot_xuat"] == 7  # 01 + 04 + 02 under section II
    assert v["lao_dong_tien_tien"] == 15  # 12 + 03
    assert v["tap_the_lao_dong_tien_tien"] == 1
    assert len(got.parts["khen_chuyen_de_dot_xuat"]) == 2


def test_section_rows_and_award_levels_through_libreoffice_pdf(tmp_path, rules):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.fail("LibreOffice is part of the project's install (scripts/setup.sh)")
    table_docx(tmp_path, ["Kết quả khen thưởng của xã như sau:", LEVEL_TABLE], name="kq.docx")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "kq.docx")],
                   check=True, capture_output=True, timeout=180)
    v = extract_figures(extract(tmp_path / "kq.pdf"), rules).values
    assert v.get("giay_khen") == 12
    assert v.get("khen_chuyen_de_dot_xuat") == 7


def test_a_section_row_cut_in_two_by_a_pdf_keeps_its_words(rules):
    """Some PDF producers cut a long section cell into two table rows ("II. Khen thưởng ... theo
    chuyên" / "đề (...)"): the lower-case tail still belongs to the section, the words across the
    cut ("chuyên đề") included."""
    rows = [list(r) for r in LEVEL_TABLE[0]]
    rows[6:7] = [["II. Khen thưởng trao trong năm nay theo chuyên", "", "", "", ""],
                 ["đề (phòng chống thiên tai, giữ gìn an ninh trật tự)", "", "", "", ""]]
    v = extract_figures(doc("Kết quả khen thưởng của xã như sau:", rows), rules).values
    assert v["khen_chuyen_de_dot_xuat"] == 7
    assert v["giay_khen"] == 12


def test_award_levels_add_up_without_section_rows(tmp_path, rules):
    """Two header rows and no section row: the levels are still column groups, their cells added."""
    table = ([["Hình thức", "Cấp huyện", "Cấp huyện", "Cấp xã", "Cấp xã"],
              ["Hình thức", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân"],
              ["Giấy khen", "01", "02", "-", "04"]], 2)
    assert _figures(tmp_path, rules, ["Khen thưởng năm 2022:", table]).values["giay_khen"] == 7


# --- one table per member, or per own part --------------------------------------------------------

def _member_table(ldtt: str, gk_tt: str, gk_cn: str):
    return ([["Hình thức", "Tập thể", "Cá nhân"],
             ["Lao động tiên tiến", "-", ldtt],
             ["Giấy khen của Chủ tịch UBND huyện", gk_tt, gk_cn]], 1)


def test_one_table_per_member_is_no_figure_of_the_cluster(tmp_path, rules):
    """A cluster gives each member's table under the member's name: none of them is the cluster's
    figure; the total it states in prose is."""
    items = ["III. Kết quả khen thưởng của các thành viên",
             "1. Chi cục Thống kê", _member_table("07", "01", "01"),
             "2. Kho bạc Nhà nước", _member_table("11", "-", "02"),
             "3. Bảo hiểm xã hội", _member_table("14", "01", "03"),
             "Toàn Cụm có 32 cá nhân đạt danh hiệu Lao động tiên tiến."]
    v = _figures(tmp_path, rules, items).values
    assert v["lao_dong_tien_tien"] == 32
    assert "giay_khen" not in v  # no total stated for the cluster


def test_one_table_per_own_part_adds_up(tmp_path, rules):
    """The unit's own teams, one table each under "Tổ ...": their counts add up, each a part."""
    items = ["II. Kết quả khen thưởng năm 2022",
             "1. Tổ Hành chính", _member_table("04", "-", "01"),
             "2. Tổ Kỹ thuật", _member_table("06", "01", "02"),
             "3. Tổ Dịch vụ", _member_table("05", "-", "-")]
    got = _figures(tmp_path, rules, items)
    assert got.values["lao_dong_tien_tien"] == 15
    assert got.values["giay_khen"] == 4
    assert len(got.parts["lao_dong_tien_tien"]) == 3


def test_two_tables_of_one_shape_under_periods_are_no_series(tmp_path, rules):
    """Same columns under "1. Năm 2022" and "2. Sáu tháng đầu năm 2023": periods, not members."""
    items = ["1. Khen thưởng năm 2022", _member_table("09", "01", "02"),
             "2. Khen thưởng đột xuất 6 tháng đầu năm 2023", _member_table("-", "01", "01")]
    v = _figures(tmp_path, rules, items).values
    assert v["lao_dong_tien_tien"] == 9
    assert v["giay_khen"] == 3
