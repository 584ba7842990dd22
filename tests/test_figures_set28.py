"""Figures classes found by blind set 28 (samples 189-194), each in other words, units and numbers
than the samples.

Class 1 (190): a unit with no direct workers says so right before the ratio's title ("không có
cá nhân nào là người lao động trực tiếp") among its awards: a stated 0 %, not a missing ratio.

Class 2 (191): a bloc's member table, one column per member and the bloc's own total column
headed "Cộng Cụm" / "Cộng cả Khối": that column is the total (table_stage.is_total_cell), so a
ratio row's stated bloc value ("52,2 (BQ)", an average) wins over the first member's cell.

Class 3 (191): a row whose unit column says "TT/CN" gives each count cell as "collectives /
individuals" ("3/12" = 3 collectives and 12 individuals), no fraction.
"""

import pytest
from figure_helpers import doc, figures_ruleset, values

from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.table_stage import is_total_cell


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set28")


@pytest.mark.parametrize("sentence", [
    "Trong 12 lượt cá nhân được khen năm 2022, 03 lượt là cán bộ quản lý, chiếm 25%. "
    "Ban là đơn vị hành chính, không có người lao động trực tiếp.",
    "Tỷ lệ khen thưởng: lãnh đạo, quản lý 03/12 lượt, chiếm 25%; không có cá nhân nào là "
    "người lao động trực tiếp được khen.",
])
def test_a_group_stated_empty_is_a_stated_zero_ratio(rules, sentence):
    got = values(rules, "3. Công tác khen thưởng", sentence)
    assert got.get("ty_le_lao_dong_truc_tiep") == 0
    assert got.get("ty_le_lanh_dao_quan_ly") == 25


def test_a_ratio_with_its_counts_is_not_taken_for_a_zero(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Trong 20 lượt cá nhân được khen, không kể lãnh đạo, có 15 lượt là người lao động trực tiếp, "
                 "chiếm 75%.")
    assert got.get("ty_le_lao_dong_truc_tiep") == 75


def test_a_negation_far_from_the_ratio_title_states_nothing(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Không có đơn vị nào vi phạm quy định về khen thưởng; đã khen 04 cá nhân là lao động trực tiếp.")
    assert got.get("ty_le_lao_dong_truc_tiep") != 0


def _member_table(total_head):
    return [["STT", "Chỉ tiêu", "ĐVT", "Phường Đông", "Phường Tây", "Phường Nam", total_head],
            ["1", "Số hộ đạt gia đình văn hóa", "hộ", "812", "640", "701", "2.153"],
            ["2", "Danh hiệu Lao động tiên tiến năm 2022", "người", "15", "11", "9", "35"],
            ["3", "Giấy khen của Chủ tịch UBND phường năm 2022", "TT/CN", "1/4", "2/3", "0/5", "3/12"],
            ["4", "Tỷ lệ cá nhân là người lao động trực tiếp được khen", "%", "44,0", "57,5", "55,1", "52,2 (BQ)"]]


@pytest.mark.parametrize("total_head", ["Cộng Khối", "Cộng cả Cụm", "Tổng cộng"])
def test_the_blocs_total_column_gives_its_stated_ratio(rules, total_head):
    got = extract_figures(doc("Kết quả của các phường tại bảng tổng hợp dưới đây:", _member_table(total_head)),
                          rules).values
    assert got.get("ty_le_lao_dong_truc_tiep") == 52.2
    assert got.get("lao_dong_tien_tien") == 35


@pytest.mark.parametrize("cell, total", [("Cộng Cụm", True), ("Cộng cả khối", True), ("Cộng", True),
                                         ("Cộng đồng dân cư", False), ("Cộng tác viên", False)])
def test_a_blocs_total_heading(cell, total):
    assert is_total_cell(cell) is total


def test_a_collectives_individuals_unit_row_adds_the_pair(rules):
    got = extract_figures(doc("Kết quả của các phường tại bảng tổng hợp dưới đây:", _member_table("Cộng Khối")),
                          rules).values
    assert got.get("giay_khen") == 15


def test_a_pair_in_a_row_of_another_unit_is_no_pair(rules):
    table = _member_table("Cộng Khối")
    table[3][2] = "lượt"
    got = extract_figures(doc("Kết quả của các phường tại bảng tổng hợp dưới đây:", table), rules).values
    assert got.get("giay_khen") != 15
