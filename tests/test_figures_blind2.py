"""Figures written the ways the blind samples 31-36 found (our own wording throughout):
counts in a ratio table, a parenthesis after the unit word, the unit itself as subject,
"TT"/"CN"/"đ/c" as unit words."""


import pytest

from figure_helpers import figures_ruleset, values


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("blind2")


# --- ratios from a table of counts ----------------------------------------------------------------

def test_ratio_table_of_counts_is_computed_against_the_total_column(rules):
    v = values(rules, "3. Công tác khen thưởng",
               "Thành phần cá nhân được khen thưởng:",
               [["Tổng số", "Lao động trực tiếp", "Lãnh đạo, quản lý"], ["50", "35", "06"]])
    assert v["ty_le_lao_dong_truc_tiep"] == 70.0
    assert v["ty_le_lanh_dao_quan_ly"] == 12.0


def test_ratio_table_with_percent_cells_is_taken_as_stated(rules):
    v = values(rules, "3. Công tác khen thưởng",
               [["Tổng số cá nhân", "Tỷ lệ lao động trực tiếp", "Tỷ lệ lãnh đạo, quản lý"], ["50", "71,5%", "11%"]])
    assert v["ty_le_lao_dong_truc_tiep"] == 71.5
    assert v["ty_le_lanh_dao_quan_ly"] == 11


# --- counts in sentences -------------------------------------------------------------------------

def test_parenthesis_after_the_unit_word_keeps_the_count(rules):
    v = values(rules, "Năm 2022 có 05 tập thể (trạm, tổ) được công nhận danh hiệu Tập thể lao động tiên tiến.")
    assert v["tap_the_lao_dong_tien_tien"] == 5


def test_the_department_itself_as_subject_is_one_collective(rules):
    v = values(rules, "Năm 2022: 11 cá nhân đạt Lao động tiên tiến; Phòng được công nhận Tập thể lao động tiên tiến.")
    assert v["tap_the_lao_dong_tien_tien"] == 1
    assert v["lao_dong_tien_tien"] == 11


def test_abbreviated_unit_words_add_collectives_and_individuals(rules):
    v = values(rules, "- Giấy khen của Chủ tịch UBND: 03 TT, 07 CN",
               "- LĐTT: 16 đ/c")
    assert v["giay_khen"] == 10
    assert v["lao_dong_tien_tien"] == 16


# --- a table without a number column cut by a page break ---------------------------------------

def test_page_cut_table_whose_rows_start_with_their_titles_keeps_the_header(rules):
    got = values(rules, "3. Công tác khen thưởng", [
        ["Danh hiệu, hình thức", "Tập thể", "Cá nhân", "Ghi chú"],
        ["Sáng kiến cấp cơ sở", "-", "01", ""],
    ], [
        ["Chiến sĩ thi đua cơ sở năm 2022", "-", "02", ""],
        ["Giấy khen của Chủ tịch UBND năm 2022", "06", "13", ""],
    ])
    assert got["giay_khen"] == 19
    assert got["chien_si_thi_dua_co_so"] == 2
