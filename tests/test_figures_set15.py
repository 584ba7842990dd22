"""Figures classes found by blind set 15 (samples 111-116), each in other words, units and numbers
than the samples.

Classes: numbers written in words with their digits in parentheses after them ("mười bốn (14) cá
nhân"), and a counted recipient named after "là" ("01 cá nhân là bà ...") in a passage of ad-hoc
awards.
"""

import pytest
from figure_helpers import figures_ruleset, values

from tdkt.pipeline.numbers import find_numbers


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set15")


# --- numbers in words with the digits after them ------------------------------------------------

def test_words_and_their_digits_are_one_number():
    nums = [(n.value, n.kind, n.text) for n in find_numbers("khen cho bốn (04) tổ và hai mươi mốt (21) hội viên")]
    assert nums == [(4, "count", "bốn (04)"), (21, "count", "hai mươi mốt (21)")]


def test_words_and_different_digits_stay_two_numbers():
    assert [n.value for n in find_numbers("bảy (08) người")] == [7, 8]


def test_certificates_in_words_with_digits_add_collectives_and_individuals(rules):
    v = values(rules,
               "2. Khen thưởng",
               "Năm 2022, Chủ tịch UBND thị trấn tặng Giấy khen cho bốn (04) tổ dân phố và hai mươi mốt (21) "
               "cá nhân có thành tích xuất sắc; công nhận danh hiệu Lao động tiên tiến cho mười bốn (14) cá nhân.")
    assert v["giay_khen"] == 25
    assert v["lao_dong_tien_tien"] == 14


def test_ad_hoc_awards_in_words_with_digits_add_up(rules):
    v = values(rules,
               "3. Khen thưởng đột xuất, chuyên đề 6 tháng đầu năm 2023:",
               "- Khen thưởng chuyên đề về phòng cháy, chữa cháy cho một (01) tổ dân phố và bốn (04) cá nhân;",
               "- Khen thưởng đột xuất hai (02) cá nhân có thành tích bắt giữ đối tượng trộm cắp tài sản.")
    assert v["khen_chuyen_de_dot_xuat"] == 7


# --- a counted recipient named after "là" -------------------------------------------------------

def test_recipient_named_after_la_is_the_one_counted(rules):
    v = values(rules,
               "c) Khen thưởng đột xuất",
               "Chủ tịch UBND xã khen thưởng đột xuất 01 cá nhân là bà Phan Thị Ngọc, tổ dân phố 3, đã kịp thời "
               "dập tắt đám cháy cứu 04 hộ dân;",
               "Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể có thành tích trong đợt ra quân làm sạch môi trường.")
    assert v["khen_chuyen_de_dot_xuat"] == 3  # 1 + 2: bà Ngọc is the one counted, not one more
