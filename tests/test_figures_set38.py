"""Figures classes found by blind set 38 (samples 249-254), each in other words, units and numbers
than the samples.

Class 1 (251): a table of titles as rows, in blocks opened by section rows that name their own
kind ("I | Danh hiệu năm 2022", "II | Khen thưởng đột xuất, chuyên đề năm 2023"), under a lead-in
naming both kinds together: each row is read in its section's words, not the lead-in's (the
lead-in's kind words neither exclude the year-end titles nor absorb the block's Giấy khen into
the ad-hoc figure).

Class 2 (251): award levels as columns beside a row-total column ("Cấp tỉnh | Cấp huyện | Cấp cơ
sở | Cộng"): the total row closing a section ("Cộng II") states the section's figure in its
row-total cell, not in its first level's.

Class 3 (254): a cluster's sentence naming an award of its members and giving its counts only
member by member after "trong đó" ("..., trong đó trường X 05 tập thể, 17 cá nhân; trường Y ..."):
those are the members' counts, no figure of the cluster (figures/member_clause.py opens a member's
clause after the rules' `breakdown` words too); a stated cluster total before "trong đó" stays.
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set38")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: section rows naming their own kind under a lead-in naming both -----------------------

_BLOCKS = [
    ["STT", "Loại hình khen thưởng", "Cấp Bộ, tỉnh", "Cấp huyện", "Cấp trường", "Tổng số"],
    ["I", "Danh hiệu thi đua, khen thưởng năm 2022", "", "", "", ""],
    ["1", "Tập thể lao động tiên tiến", "", "03", "", "03"],
    ["2", "Lao động tiên tiến", "", "", "41", "41"],
    ["3", "Chiến sĩ thi đua cơ sở", "", "05", "", "05"],
    ["4", "Giấy khen (tập thể, cá nhân)", "01", "06", "09", "16"],
    ["", "Cộng I", "01", "14", "50", "65"],
    ["II", "Khen thưởng đột xuất, chuyên đề năm 2023", "", "", "", ""],
    ["1", "Giấy khen chuyên đề phòng chống đuối nước (cá nhân)", "", "04", "", "04"],
    ["2", "Bằng khen đột xuất của Chủ tịch UBND tỉnh", "01", "", "", "01"],
    ["", "Cộng II", "01", "04", "", "05"],
    ["", "Tổng cộng", "02", "18", "50", "70"],
]

_BOTH_KINDS = ("Danh hiệu thi đua, hình thức khen thưởng tổng kết năm 2022 và khen thưởng đột xuất, chuyên đề "
               "trong 6 tháng đầu năm 2023 của nhà trường được tổng hợp như sau:")


def test_rows_under_a_year_end_section_are_the_year_end_titles(rules):
    got = _values(rules, "2. Kết quả khen thưởng", _BOTH_KINDS, _BLOCKS)
    assert got["tap_the_lao_dong_tien_tien"] == 3
    assert got["lao_dong_tien_tien"] == 41
    assert got["chien_si_thi_dua_co_so"] == 5
    assert got["giay_khen"] == 16  # the year-end block's row, not absorbed into the ad-hoc figure


def test_under_a_lead_in_of_ad_hoc_awards_alone_sections_by_level_stay_ad_hoc(rules):
    # the sections name no kind of their own: the lead-in's kind is every row's
    got = _values(
        rules,
        "Khen thưởng đột xuất, chuyên đề trong 6 tháng đầu năm 2023 như sau:",
        [["STT", "Hình thức", "Tập thể", "Cá nhân"],
         ["I", "Cấp huyện", "", ""],
         ["1", "Giấy khen của Chủ tịch UBND huyện", "01", "02"],
         ["II", "Cấp xã", "", ""],
         ["1", "Giấy khen của Chủ tịch UBND xã", "02", "03"]],
    )
    assert got.get("giay_khen") is None
    assert got["khen_chuyen_de_dot_xuat"] == 8


# --- class 2: a section's total row read in the row-total column beside level columns ---------------

def test_a_sections_total_row_states_its_figure_in_the_row_total_column(rules):
    got = _values(rules, "2. Kết quả khen thưởng", _BOTH_KINDS, _BLOCKS)
    assert got["khen_chuyen_de_dot_xuat"] == 5  # "Cộng II": 01 + 04 by level, 05 in "Tổng số"


def test_without_a_row_total_column_the_levels_cells_add_up(rules):
    rows = [r[:5] for r in _BLOCKS]  # the same table without its "Tổng số" column
    got = _values(rules, "2. Kết quả khen thưởng", _BOTH_KINDS, rows)
    assert got["khen_chuyen_de_dot_xuat"] == 5


# --- class 3: a cluster's counts given member by member after "trong đó" ----------------------------

def test_a_clusters_counts_given_only_per_member_after_trong_do_are_no_figure(rules):
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "Hiệu trưởng các trường đã tặng Giấy khen năm học 2021 - 2022 và năm 2022 cho tập thể, cá nhân có thành tích, "
        "trong đó Trường THCS Lê Lợi 05 tập thể, 17 cá nhân; Trường Tiểu học Kim Đồng 03 tập thể, 12 cá nhân.",
        "Hội đồng sáng kiến ngành đã công nhận sáng kiến cho giáo viên của các trường, trong đó trường Mầm non Hoa "
        "Sen có 03 sáng kiến về đổi mới phương pháp dạy học.",
        unit_type="cluster",
    )
    assert got.get("giay_khen") is None
    assert got.get("sang_kien") is None


def test_a_clusters_stated_total_before_trong_do_stays(rules):
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "Toàn Cụm có 12 sáng kiến được công nhận, trong đó Trường THCS Lê Lợi có 05 sáng kiến.",
        unit_type="cluster",
    )
    assert got["sang_kien"] == 12


def test_a_single_units_breakdown_after_trong_do_is_not_cut(rules):
    # not a cluster: "trong đó xã ..." names the recipients of the unit's own awards
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "Phòng đã tặng Giấy khen cho 06 tập thể, trong đó xã Bình An 02 tập thể.",
        unit_type="department",
    )
    assert got["giay_khen"] == 6


# --- class 4: a ratio given as a range is no figure ----------------------------------------------

def test_a_ratio_given_as_a_range_across_members_is_no_figure(rules):
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "Tỷ lệ người lao động trực tiếp được khen thưởng bình quân toàn Khối đạt 64,5%; tỷ lệ cán bộ lãnh đạo, "
        "quản lý được khen ở các trường trong Khối từ 12,5% (Trường THCS Lê Lợi) tới 25% (Trường Tiểu học Kim Đồng).",
        unit_type="cluster",
    )
    assert got["ty_le_lao_dong_truc_tiep"] == 64.5
    assert got.get("ty_le_lanh_dao_quan_ly") is None


def test_a_ratio_given_as_a_range_over_the_units_parts_is_no_figure(rules):
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "Tỷ lệ cá nhân là người lao động trực tiếp được tặng danh hiệu, Giấy khen ở các thôn dao động từ 55% đến 70%.",
    )
    assert got.get("ty_le_lao_dong_truc_tiep") is None


def test_a_single_ratio_with_a_parenthesis_is_read_as_before(rules):
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng chiếm 70% (tăng 5% so với năm 2022).",
    )
    assert got["ty_le_lao_dong_truc_tiep"] == 70
