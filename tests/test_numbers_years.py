""""năm" is five, the year, or the unit of years: after a number it is the unit ("3 năm phong
trào", "hai năm thực hiện"), and a number word before "năm"/"tháng"/"ngày" is a length of time,
never a count of recipients."""

import pytest

from tdkt.pipeline.numbers import find_numbers


def _read(text):
    return [(n.kind, n.value, text[n.start:n.end]) for n in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("tổng kết 4 năm thực hiện phong trào", [("duration", 4, "4")]),
    ("sau ba năm triển khai mô hình", [("duration", 3, "ba")]),
    ("trong hai tháng cao điểm", [("duration", 2, "hai")]),
    ("khen thưởng năm tập thể và bảy cá nhân", [("count", 5, "năm"), ("count", 7, "bảy")]),
    ("tặng Giấy khen cho hai tập thể, năm cá nhân", [("count", 2, "hai"), ("count", 5, "năm")]),
    ("năm 2023 có năm cá nhân được khen", [("year", 2023, "2023"), ("count", 5, "năm")]),
])
def test_years_and_fives(text, expected):
    assert _read(text) == expected
