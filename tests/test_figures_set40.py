"""Figures classes found by blind set 40 (samples 261-266), each in other words, units and numbers
than the samples.

Class 1 (261): a body named after a title ("Hội đồng sáng kiến ...") with its make-up in the same
sentence ("... gồm 07 thành viên"): the members are no count of the title (figures/body_members.py,
the rules' `context.composition` and `context.composition_unit`).

Class 2 (265): an appendix table numbering its parts in Roman numerals and its items in Arabic ones,
the part's row carrying the counts of its items ("II | Khen thưởng đột xuất ... | 3 | 6 | 9" over "1 |
..." rows): the part's row is the figure's stated total, not one more part added to its items
(figures/part_subtotals.py).

Class 3 (263): a table of titles under one column per year ("Năm 2021 | Năm 2022", a report built
on last year's template): last year's column (the rules' `context.past_period`) gives the titles,
the earlier year's is a comparison, the total row mixes kinds (figures/year_columns.py).

Class 4 (266): a bloc giving last year's titles one group of members at a time, under lettered
headings ("a) Các ... trong Khối" over a table with a total row, "b) ..." over a passage member by
member), then a total for the whole ("toàn Khối có ..."): the groups' counts are parts, never the
bloc's figure; a title with no whole total has none (figures/member_group.py, the rules'
`context.member_group`).
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set40")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: a council's make-up is no count of the title in its name ----------------------------

def test_a_councils_members_are_not_initiatives(rules):
    got = _values(rules, "2. Công tác khen thưởng",
                  "Hội đồng Khoa học, sáng kiến của Trường được thành lập mới, bao gồm 07 thành viên do Hiệu trưởng "
                  "làm Chủ tịch.")
    assert got.get("sang_kien") is None


def test_a_councils_members_leave_the_initiatives_it_recognised(rules):
    got = _values(rules, "2. Công tác khen thưởng",
                  "Hội đồng sáng kiến cơ quan gồm 07 thành viên đã họp, công nhận 04 sáng kiến cấp cơ sở.")
    assert got.get("sang_kien") == 4


def test_initiatives_counted_with_gom_stay(rules):
    # contrast: "gồm" before a count of the title itself is a breakdown, not a body's make-up
    got = _values(rules, "2. Công tác khen thưởng",
                  "Đã công nhận 03 sáng kiến, gồm 02 sáng kiến về quản lý và 01 sáng kiến về chuyên môn.")
    assert got.get("sang_kien") == 3


# --- class 2: a table part's row with counts is the subtotal of its items -------------------------

_HEAD = ["STT", "Nội dung khen thưởng", "Tập thể", "Cá nhân", "Tổng", "Ghi chú"]


def _appendix(*rows):
    return [_HEAD, ["A", "Danh hiệu thi đua năm 2022", "", "", "", ""],
            ["1", "Danh hiệu Lao động tiên tiến", "-", "27", "27", ""],
            *rows,
            ["", "Tổng cộng (A + B)", "5", "33", "38", ""]]


def test_a_parts_row_with_counts_is_the_total_of_its_items(rules):
    got = _values(rules, "PHỤ LỤC", _appendix(
        ["B", "Khen thưởng chuyên đề, đột xuất năm 2023", "", "", "", ""],
        ["III", "Khen thưởng đột xuất, chuyên đề trong kỳ", "02", "04", "06", ""],
        ["1", "Giấy khen Giám đốc Sở (đột xuất)", "01", "01", "02", "Phòng chống bão"],
        ["2", "Giấy khen Chủ tịch UBND huyện (chuyên đề)", "01", "03", "04", "Chuyển đổi số"]))
    assert got.get("khen_chuyen_de_dot_xuat") == 6


def test_items_without_a_parts_total_still_add_up(rules):
    # contrast: the part's row holds no counts (a section row): its items are the parts
    got = _values(rules, "PHỤ LỤC", _appendix(
        ["III", "Khen thưởng đột xuất, chuyên đề trong kỳ", "", "", "", ""],
        ["1", "Giấy khen Giám đốc Sở (đột xuất)", "01", "01", "02", "Phòng chống bão"],
        ["2", "Giấy khen Chủ tịch UBND huyện (chuyên đề)", "01", "03", "04", "Chuyển đổi số"]))
    assert got.get("khen_chuyen_de_dot_xuat") == 6


# --- class 3: titles under one column per year: last year's column --------------------------------

_LAST = {"ldtt": "31", "cstd": "04", "gk": "07 (02 tập thể, 05 cá nhân)", "sum": "42"}
_EARLIER = {"ldtt": "28", "cstd": "03", "gk": "05", "sum": "36"}


def _by_year(first_head, first, second_head, second):
    return [["Hình thức", first_head, second_head],
            ["Danh hiệu Lao động tiên tiến", first["ldtt"], second["ldtt"]],
            ["Danh hiệu Chiến sĩ thi đua cơ sở", first["cstd"], second["cstd"]],
            ["Giấy khen", first["gk"], second["gk"]],
            ["Cộng", first["sum"], second["sum"]]]


def test_last_years_column_gives_the_titles(rules):
    got = _values(rules, "b) Kết quả khen thưởng năm 2022 so với năm trước:", _by_year("Năm 2021", _EARLIER, "Năm 2022", _LAST))
    assert (got.get("lao_dong_tien_tien"), got.get("chien_si_thi_dua_co_so"), got.get("giay_khen")) == (31, 4, 7)


def test_last_years_column_first_gives_the_titles(rules):
    # the columns in the other order: still last year's, not the first one
    got = _values(rules, "b) Kết quả khen thưởng năm 2022 so với năm trước:", _by_year("Năm 2022", _LAST, "Năm 2020", _EARLIER))
    assert (got.get("lao_dong_tien_tien"), got.get("chien_si_thi_dua_co_so"), got.get("giay_khen")) == (31, 4, 7)


# --- class 4: a bloc's titles group by group: only the whole's stated total -----------------------

_GROUP_TABLE = [["Đơn vị", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Giấy khen (cá nhân)"],
                ["Xã Đông Hà", "31", "2", "6"],
                ["Xã Tây Hà", "25", "1", "4"],
                ["Cộng", "56", "3", "10"]]


def _bloc(first_heading):
    return ["II. KẾT QUẢ BÌNH XÉT THI ĐUA NĂM 2022", first_heading, _GROUP_TABLE,
            "b) Các đơn vị sự nghiệp",
            "- Trung tâm Dịch vụ nông nghiệp có 12 viên chức đạt danh hiệu Lao động tiên tiến, 02 viên chức đạt "
            "danh hiệu Chiến sĩ thi đua cơ sở.",
            "Tổng cộng toàn Cụm có 05 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2022.",
            "III. PHƯƠNG HƯỚNG"]


def test_a_groups_total_row_is_not_the_blocs(rules):
    got = _values(rules, *_bloc("a) Các xã thuộc Cụm"), unit_type="cluster")
    assert got.get("chien_si_thi_dua_co_so") == 5
    assert got.get("lao_dong_tien_tien") is None  # no whole total stated: 56 and 12 are groups'
    assert got.get("giay_khen") is None


def test_a_table_under_a_plain_heading_keeps_its_total_row(rules):
    # contrast: the heading names no group of members: the table's total row is the figure
    got = _values(rules, "II. KẾT QUẢ BÌNH XÉT THI ĐUA NĂM 2022", "a) Kết quả bình xét danh hiệu", _GROUP_TABLE,
                  unit_type="cluster")
    assert got.get("lao_dong_tien_tien") == 56
