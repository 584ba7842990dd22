"""A sector report's sentence naming the office as a holder counts as the office's own, whatever
word follows the office's kind word; another body named after the same word does not.

The holder test once took any accented lower-case letter after "Phòng" ("công chức Phòng được
...") for the capital of another body's name ("Phòng Khám ..."), and dropped the office's award.
"""

import pytest
from figure_helpers import figures_ruleset, values


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("sector-holder")


_HEAD = ["UBND HUYỆN PHÙ CÁT", "PHÒNG TƯ PHÁP", "Số: 19/BC-PTP", "BÁO CÁO",
         "Sơ kết công tác thi đua, khen thưởng ngành Tư pháp 6 tháng đầu năm 2023"]
_BODY = [
    "II. CÔNG TÁC KHEN THƯỞNG",
    "Kết quả bình xét năm 2022 của các đơn vị trong ngành: 41 cá nhân đạt danh hiệu “Lao động tiên tiến”.",
    "Riêng Phòng Tư pháp: 05/05 công chức đạt danh hiệu “Lao động tiên tiến”.",
]


@pytest.mark.parametrize("sentence", [
    "Ngoài ra, 01 công chức Phòng được Chủ tịch UBND huyện tặng Giấy khen năm 2022.",
    "Ngoài ra, 01 công chức Phòng đã được Chủ tịch UBND huyện tặng Giấy khen năm 2022.",
    "Ngoài ra, 01 công chức Phòng vinh dự được Chủ tịch UBND huyện tặng Giấy khen năm 2022.",
])
def test_the_office_as_holder_before_any_lower_case_word_is_the_office(rules, sentence):
    got = values(rules, *_HEAD, *_BODY, sentence)
    assert got.get("lao_dong_tien_tien") == 5
    assert got.get("giay_khen") == 1


def test_another_body_named_after_the_kind_word_is_not_the_office(rules):
    sentence = "Chủ tịch UBND huyện tặng Giấy khen năm 2022 cho 02 viên chức của Phòng Công chứng số 1."
    got = values(rules, *_HEAD, *_BODY, sentence)
    assert got.get("lao_dong_tien_tien") == 5
    assert "giay_khen" not in got
