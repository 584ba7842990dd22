"""Figures classes found by blind set 34 (samples 225-230), each in other words, units and numbers
than the samples.

Class 1 (230): a report that corrects or replaces an earlier one opens with a table of the figures
as first sent beside the corrected ones ("Số liệu cũ | Sau điều chỉnh"): only the corrected column
is the unit's figure (figures/corrections.py). A table of one such column alone is read as it is.

Class 2 (230): one table row names both ratios with a slash and one cell gives both percentages
the same way ("Tỷ lệ lãnh đạo, quản lý / người lao động trực tiếp | 25% / 75%"): each ratio takes
the percentage in its own place (figures/ratio_pairs.py), not the first one for the last title.
"""

import pytest
from figure_helpers import doc, figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set34")


def _correction_table(old="Số liệu cũ (BC số 41)", new="Sau điều chỉnh"):
    return [
        ["TT", "Chỉ tiêu", old, new, "Lý do"],
        ["1", "Số cá nhân đạt Lao động tiên tiến năm 2022", "41", "38", "Trùng 03 người"],
        ["2", "Chiến sĩ thi đua cơ sở", "06", "05", "01 người chưa có quyết định"],
        ["3", "Giấy khen Giám đốc Trung tâm", "02 tập thể, 09 cá nhân", "02 tập thể, 07 cá nhân", ""],
        ["4", "Khen thưởng đột xuất 6 tháng đầu năm 2023", "05", "02", "03 trường hợp còn chờ quyết định"],
    ]


def test_a_correction_table_gives_the_corrected_column(rules):
    got = extract_figures(doc(
        "Báo cáo này đính chính số liệu tại Báo cáo số 41/BC-TTYT ngày 09/6/2023 như sau:",
        _correction_table(),
    ), rules).values
    assert got["lao_dong_tien_tien"] == 38
    assert got["chien_si_thi_dua_co_so"] == 5
    assert got["giay_khen"] == 9
    assert got["khen_chuyen_de_dot_xuat"] == 2


@pytest.mark.parametrize("old,new", [
    ("Đã báo cáo", "Số liệu đúng"),
    ("Trước khi điều chỉnh", "Đã sửa lại"),
    ("Số liệu ghi sai", "Đính chính"),
])
def test_other_words_for_the_old_and_the_corrected_columns(rules, old, new):
    got = extract_figures(doc("Các số liệu sửa lại:", _correction_table(old, new)), rules).values
    assert got["lao_dong_tien_tien"] == 38
    assert got["khen_chuyen_de_dot_xuat"] == 2


def test_an_old_column_without_a_corrected_one_is_read_as_it_is(rules):
    # "Đã báo cáo" alone (a table of what was reported) is no correction: its figures stand
    table = [
        ["TT", "Danh hiệu", "Đã báo cáo", "Ghi chú"],
        ["1", "Lao động tiên tiến", "17", ""],
        ["2", "Chiến sĩ thi đua cơ sở", "02", ""],
    ]
    got = extract_figures(doc("Kết quả khen thưởng năm 2022:", table), rules).values
    assert got["lao_dong_tien_tien"] == 17
    assert got["chien_si_thi_dua_co_so"] == 2


def test_a_correction_table_read_from_a_real_docx(tmp_path, rules):
    document = table_docx(tmp_path, [
        "Thay thế Báo cáo số 41/BC-TTYT do nhầm số liệu. Số liệu điều chỉnh như sau:",
        (_correction_table("Số liệu tại BC số 41 (đã báo cáo)", "Số liệu điều chỉnh"), 1),
    ])
    got = extract_figures(document, rules).values
    assert got["lao_dong_tien_tien"] == 38
    assert got["giay_khen"] == 9


def test_a_slash_row_gives_each_ratio_its_own_percentage(rules):
    got = extract_figures(doc(
        "Kết quả khen thưởng năm 2022:",
        [["Nội dung", "Kết quả", "Ghi chú"],
         ["Lao động tiên tiến", "20 cá nhân", ""],
         ["Tỷ lệ lãnh đạo, quản lý / người lao động trực tiếp được khen", "25% / 75%", "trên 20 cá nhân"]],
    ), rules).values
    assert got["ty_le_lanh_dao_quan_ly"] == 25
    assert got["ty_le_lao_dong_truc_tiep"] == 75


def test_a_fraction_in_a_ratio_row_is_no_pair_of_percentages(rules):
    got = extract_figures(doc(
        "Kết quả khen thưởng năm 2022:",
        [["Nội dung", "Kết quả"],
         ["Tỷ lệ cán bộ lãnh đạo, quản lý được khen", "30%"],
         ["Người lao động trực tiếp / tổng số được khen", "14/20"]],
    ), rules).values
    assert got["ty_le_lanh_dao_quan_ly"] == 30
