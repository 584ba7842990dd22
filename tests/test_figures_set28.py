"""Figures classes found by blind set 28 (samples 189-194), each in other words, units and numbers
than the samples.

Class 1 (190): a unit with no direct workers says so right before the ratio's title ("không có
cá nhân nào là người lao động trực tiếp") among its awards: a stated 0 %, not a missing ratio.
"""

import pytest
from figure_helpers import figures_ruleset, values


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
