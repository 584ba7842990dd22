"""A small "a/b" with no year is a day and month only when a date word or a bracket stands before
it; a part of its whole after a noun ("lãnh đạo 1/3;") is a fraction, and the ratios read it."""

import pytest
from figure_helpers import figures_ruleset, values

from tdkt.pipeline.numbers import find_numbers


def _kinds(text):
    return [(n.kind, n.value, n.denominator) for n in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("người làm công tác quản lý 1/3; còn lại", [("fraction", 1, 3)]),
    ("viên chức đạt 5/6.", [("fraction", 5, 6)]),
    ("họp ngày 3/5 đã thống nhất", [("date", 0, None)]),
    ("từ 1/3 đến 15/5;", [("date", 0, None), ("date", 0, None)]),
    ("kiểm tra (12/4).", [("date", 0, None)]),
    ("hạn chót 25/6.", [("date", 0, None)]),      # more than its whole: a day and month
    ("đạt 7/40 người", [("fraction", 7, 40)]),
])
def test_fraction_or_date(text, expected):
    assert _kinds(text) == expected


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("fraction-or-date")


def test_ratios_given_as_small_fractions_at_clause_ends(rules):
    v = values(rules,
               "3. Tỷ lệ khen thưởng",
               "Trong tổng số cá nhân được khen thưởng: người lao động trực tiếp 2/3; cán bộ lãnh đạo, quản lý 1/3.")
    assert v["ty_le_lao_dong_truc_tiep"] == pytest.approx(66.7)
    assert v["ty_le_lanh_dao_quan_ly"] == pytest.approx(33.3)
