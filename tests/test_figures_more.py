"""More ways figures are stated, found by the blind samples 25-30, on synthetic documents.

The parts of a figure in one statement or one table add up (thematic + ad-hoc awards), a
table's own total row wins over its rows, a "Cộng" column is the row total, a table cut by a
page break keeps its header, and a ratio's clause after ";" counts against the total the
sentence opened with. Each test has its own wording and its own trap.
"""


import pytest

from figure_helpers import figures_ruleset, values


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("more")


# --- parts of one figure in one sentence ---------------------------------------------------------

def test_thematic_and_adhoc_awards_in_one_sentence_add_up(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Trong 6 tháng, Ban Giám đốc khen thưởng theo chuyên đề 03 tập thể, 05 cá nhân về phòng chống "
                 "thiên tai và khen thưởng đột xuất 02 cá nhân bắt giữ đối tượng trộm cắp.")
    assert got["khen_chuyen_de_dot_xuat"] == 10


def test_a_breakdown_of_a_stated_total_is_not_added(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Khen chuyên đề, đột xuất cho 9 cá nhân, trong đó khen thưởng đột xuất 2 cá nhân.")
    assert got["khen_chuyen_de_dot_xuat"] == 9


def test_a_stated_total_beside_its_parts_wins(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Khen thưởng chuyên đề, đột xuất 8 cá nhân: khen chuyên đề 5 cá nhân, khen đột xuất 3 cá nhân.")
    assert got["khen_chuyen_de_dot_xuat"] == 8


def test_other_figures_are_never_added_within_a_sentence(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Tặng Giấy khen cho 04 tập thể năm 2022, chuyển Giấy khen của 02 cá nhân về cơ sở.")
    assert got["giay_khen"] == 4


# --- tables ---------------------------------------------------------------------------------------

HEADER = ["STT", "Nội dung khen", "Tập thể", "Cá nhân", "Cộng"]


def test_table_total_row_beats_its_rows_and_cong_column_is_the_row_total(rules):
    got = values(rules, "3. Công tác khen thưởng", [
        HEADER,
        ["1", "Giấy khen của Giám đốc năm 2022", "6", "17", "23"],
        ["2", "Khen thưởng theo chuyên đề phòng chống dịch", "2", "7", "9"],
        ["3", "Khen thưởng đột xuất", "0", "4", "4"],
        ["", "Cộng khen chuyên đề, đột xuất", "2", "11", "13"],
    ])
    assert got["giay_khen"] == 23
    assert got["khen_chuyen_de_dot_xuat"] == 13


def test_table_rows_of_the_parts_add_up_without_a_total_row(rules):
    got = values(rules, "3. Công tác khen thưởng", [
        ["TT", "Hình thức", "Số lượng"],
        ["1", "Khen thưởng chuyên đề", "6"],
        ["2", "Khen thưởng đột xuất", "5"],
    ])
    assert got["khen_chuyen_de_dot_xuat"] == 11


def test_table_cut_by_a_page_break_keeps_its_header(rules):
    got = values(rules, "3. Công tác khen thưởng", [
        HEADER,
        ["1", "Lao động tiên tiến năm 2022", "-", "12", "12"],
        ["2", "Tập thể lao động tiên tiến", "2", "-", "2"],
    ], [
        ["", "(năm 2022)", "", "", ""],
        ["3", "Giấy khen của Ban Thường vụ năm 2022", "5", "9", "14"],
    ])
    # Read with the first part's columns: collectives + individuals, not the first number.
    assert got["giay_khen"] == 14
    assert got["lao_dong_tien_tien"] == 12


def test_table_after_a_page_break_with_its_own_header_is_left_alone(rules):
    got = values(rules, "3. Công tác khen thưởng", [
        HEADER,
        ["1", "Lao động tiên tiến năm 2022", "-", "12", "12"],
    ], [
        ["TT", "Danh hiệu", "Cá nhân", "Tập thể", "Tổng"],
        ["1", "Giấy khen năm 2022", "9", "5", "14"],
    ])
    assert got["giay_khen"] == 14
    assert got["lao_dong_tien_tien"] == 12


# --- a ratio's clause after ";" ---------------------------------------------------------------------

def test_ratio_clause_after_semicolon_uses_the_sentence_total(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Trong tổng số 50 cá nhân được tặng danh hiệu, có 35 cá nhân là người lao động trực tiếp, "
                 "chiếm 70%; 10 cá nhân là cán bộ lãnh đạo, quản lý.")
    assert got["ty_le_lao_dong_truc_tiep"] == 70
    assert got["ty_le_lanh_dao_quan_ly"] == 20.0


def test_ratio_words_after_semicolon_give_no_figure(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Trong tổng số 50 cá nhân được khen, người lao động trực tiếp chiếm 70%; số còn lại, chừng một "
                 "phần năm, là cán bộ lãnh đạo, quản lý.")
    assert "ty_le_lanh_dao_quan_ly" not in got
