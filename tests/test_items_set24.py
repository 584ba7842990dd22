"""Item classes blind set 24 (165-170) showed at first contact, in other words than the samples'.

- A share told as a rough fraction with digits ("chiếm chưa tới 1/4", "khoảng 1/3") only bounds or
  rounds it, as words do ("khoảng hai phần ba"): a ratio item that needs a figure is `partial`. A
  fraction stated as the share ("chiếm 1/4") or a count over the total ("07/29 cá nhân") is a figure.
"""

from item_helpers import judge_default

AWARDS = ("III. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1})


# --- a rough fraction ------------------------------------------------------------------------------

def test_a_leaders_share_bounded_by_a_fraction_is_words_not_a_figure():
    results = judge_default(
        AWARDS,
        "Trong 41 cá nhân được Chủ tịch UBND huyện tặng Giấy khen, có 30 người lao động trực tiếp, chiếm "
        "73,2%; số cán bộ lãnh đạo, quản lý được khen chiếm chưa tới 1/4.")
    assert results["K5"].status == "partial", results["K5"].note
    assert results["K4"].status == "present", results["K4"].note


def test_a_leaders_share_rounded_to_a_fraction_is_words_not_a_figure():
    results = judge_default(
        AWARDS,
        "Cán bộ lãnh đạo, quản lý được khen thưởng trong 6 tháng chiếm khoảng 1/3 tổng số cá nhân.")
    assert results["K5"].status == "partial", results["K5"].note


def test_a_leaders_share_stated_as_a_fraction_or_a_count_is_a_figure():
    stated = judge_default(
        AWARDS, "Cán bộ lãnh đạo, quản lý được khen thưởng trong 6 tháng chiếm 1/4 tổng số cá nhân.")
    assert stated["K5"].status == "present", stated["K5"].note
    counted = judge_default(
        AWARDS, "Cán bộ lãnh đạo, quản lý được khen thưởng: 07/29 cá nhân, chưa đến một phần tư.")
    assert counted["K5"].status == "present", counted["K5"].note
