"""Vietnamese number parsing: digits, separators, written-out words, and what is not a count."""

import pytest

from tdkt.pipeline.numbers import find_numbers, fold, parse_decimal, parse_words


@pytest.mark.parametrize("token,value", [
    ("1.234", 1234), ("12.345.678", 12345678), ("1.5", 1.5), ("1,5", 1.5), ("72,5", 72.5),
    ("1.234,5", 1234.5), ("05", 5), ("0", 0), ("100.000", 100000), ("12.50", 12.5),
])
def test_parse_decimal(token, value):
    assert parse_decimal(token) == value
    assert type(parse_decimal(token)) is type(value)


@pytest.mark.parametrize("bad", ["", "abc", "1..2", ".5", "5."])
def test_parse_decimal_rejects(bad):
    assert parse_decimal(bad) is None


@pytest.mark.parametrize("words,value", [
    ("năm", 5), ("mười", 10), ("mười hai", 12), ("mười lăm", 15), ("mười một", 11), ("hai mươi", 20),
    ("hai mươi mốt", 21), ("hai mươi tư", 24), ("ba mươi lăm", 35), ("tám mươi lăm", 85),
    ("một trăm", 100), ("một trăm linh năm", 105), ("hai trăm lẻ một", 201), ("ba trăm hai mươi", 320),
    ("một nghìn hai trăm", 1200), ("Mười Hai", 12),
])
def test_parse_words(words, value):
    assert parse_words(words) == value


@pytest.mark.parametrize("bad", ["mươi", "hai mốt mươi", "tư", "cá nhân", "mười năm", "một mươi"])
def test_parse_words_rejects(bad):
    assert parse_words(bad) is None


def kinds(text):
    return [(n.value, n.kind) for n in find_numbers(text)]


def test_counts_in_text():
    assert kinds("05 cá nhân") == [(5, "count")]
    assert kinds("1.234 hội viên") == [(1234, "count")]
    assert kinds("01 tập thể và 02 cá nhân") == [(1, "count"), (2, "count")]
    assert kinds("năm cá nhân") == [(5, "count")]
    assert kinds("hai mươi mốt đồng chí") == [(21, "count")]


def test_percentages():
    assert kinds("đạt 72,5%") == [(72.5, "percent")]
    assert kinds("chiếm 72.5 %") == [(72.5, "percent")]
    assert kinds("tám mươi lăm phần trăm") == [(85, "percent")]
    assert kinds("bảy mươi hai phẩy năm phần trăm") == [(72.5, "percent")]


def test_fraction_of_people():
    (n,) = find_numbers("18/24 cá nhân")
    assert (n.value, n.denominator, n.kind) == (18, 24, "fraction")


@pytest.mark.parametrize("text", [
    "Kế hoạch số 15/KH-UBND", "ngày 19/01/2023", "Chỉ thị 05-CT/TW", "năm học 2022-2023",
    "ngày 30 tháng 6", "Quyết định số 123",
])
def test_dates_codes_and_ranges_are_not_counts(text):
    assert [n for n in find_numbers(text) if n.kind == "count"] == []


def test_years_and_durations_are_not_counts():
    assert kinds("năm 2022") == [(2022, "year")]
    assert kinds("6 tháng đầu năm 2023") == [(6, "duration"), (2023, "year")]
    # "năm" before a year is the word "year", not five
    assert [n for n in find_numbers("năm 2023 có năm cá nhân") if n.kind == "count"][0].value == 5
    assert len([n for n in find_numbers("trong năm 2023") if n.kind == "count"]) == 0


def test_single_common_words_are_weak():
    (n,) = find_numbers("ba công khai")
    assert n.weak
    (m,) = find_numbers("hai mươi cá nhân")
    assert not m.weak


def test_tong_so_is_a_count_not_an_identifier():
    assert kinds("tổng số 24 cá nhân") == [(24, "count")]


def test_fold_keeps_length():
    text = "Ủy ban nhân dân xã Tây Vinh, ngày 20 tháng 6"
    assert fold(text) == "uy ban nhan dan xa tay vinh, ngay 20 thang 6"
    assert len(fold(text)) == len(text)
