"""The speed-only shortcuts of the judging engine give the same answers as the plain forms.

- check/language.py: the lookahead gates in front of `_NOT_QUANTITY` and `_SPELLED` must let
  through every character an alternative can start with (derived here from the patterns' own
  parse, so an alternative added later with a new first letter fails this test, not the
  clerk's verdicts); and `has_quantity` answers as the ungated patterns do on real sentences.
- numbers.fold: the code-point string table folds every character as the dict table does.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P

import pytest

from tdkt.pipeline.check import language
from tdkt.pipeline.numbers import _FOLD_TABLE, fold


def _first_items(items) -> list:
    """The (op, av) items that can come first in a parsed subpattern (zero-width asserts skipped)."""
    out = []
    for op, av in items:
        if op is C.AT:
            continue  # \b, ^: zero width, the next item is the first character
        if op is C.SUBPATTERN:
            out += _first_items(av[-1])
        elif op is C.BRANCH:
            for branch in av[1]:
                out += _first_items(branch)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, _high, body = av
            assert low >= 1, "an optional first item: list what follows it too"
            out += _first_items(body)
        else:
            out.append((op, av))
        return out
    return out


def _witnesses(op, av) -> list[str]:
    """Characters that the first item matches (each case variant comes from IGNORECASE)."""
    if op is C.LITERAL:
        return [chr(av)]
    if op is C.IN:
        chars = []
        for sub_op, sub_av in av:
            if sub_op is C.LITERAL:
                chars.append(chr(sub_av))
            elif sub_op is C.RANGE:
                chars += [chr(sub_av[0]), chr(sub_av[1])]
            elif sub_op is C.CATEGORY and sub_av is C.CATEGORY_DIGIT:
                chars += ["0", "9", "٣"]
            else:
                raise AssertionError(f"unhandled class item {sub_op} {sub_av}")
        return chars
    raise AssertionError(f"unhandled first item {op} {av}: teach this test, then check the gate")


@pytest.mark.parametrize("pattern, starts", [
    (language._NOT_QUANTITY, language._NOT_QUANTITY_STARTS),
    (language._SPELLED, language._SPELLED_STARTS),
])
def test_every_alternative_starts_inside_its_gate(pattern, starts):
    gate = re.compile(starts, pattern.flags)
    parsed = P.parse(pattern.pattern, pattern.flags)
    firsts = _first_items(list(parsed))
    assert len(firsts) >= 3  # the parse was walked, not skipped
    for op, av in firsts:
        for ch in _witnesses(op, av):
            for variant in {ch, ch.upper(), ch.lower()}:
                assert gate.match(variant), f"{variant!r} starts an alternative of the pattern but not its gate"


SENTENCES = [
    "Khen thưởng cho 12 cá nhân",
    "đạt 85%",
    "khen đột xuất cho hai cá nhân",
    "Kế hoạch số 15/KH-UBND ngày 19/01/2023",
    "Chỉ thị 05-CT/TW, giai đoạn 2021 - 2025, phòng chống Covid-19 trong 6 tháng đầu năm 2023",
    "chào mừng 48 năm Ngày giải phóng miền Nam 30/4",
    "kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh",
    "có 9/12 cá nhân là công nhân trực tiếp sản xuất",
    "SÁU THÁNG ĐẦU NĂM, BA CÁ NHÂN được tặng Giấy khen",
    "Trường đạt chuẩn quốc gia mức độ 2; xã loại I; Điều 15 Luật Thi đua, khen thưởng",
    "Ngày Quốc tế Phụ nữ 8/3, Hội tặng 12 suất quà; năm học 2022-2023 có bốn lớp",
    "UBND xã tặng Giấy khen cho mười hộ gia đình; nhiệm kỳ 2020 - 2025",
    "Ủy ban nhân dân xã đã phát động phong trào thi đua yêu nước",
]


def _plain_has_quantity(raw: str) -> bool:
    stripped = language._NOT_QUANTITY.sub(" ", raw)
    return bool(language._QUANTITY.search(stripped) or language._SPELLED.search(stripped))


@pytest.mark.parametrize("text", SENTENCES)
def test_has_quantity_same_as_the_ungated_patterns(text):
    assert language._NOT_QUANTITY_FAST.sub(" ", text) == language._NOT_QUANTITY.sub(" ", text)
    assert language.has_quantity(text) == _plain_has_quantity(text)


def test_has_quantity_answers_both_ways():
    answers = {language.has_quantity(t) for t in SENTENCES}
    assert answers == {True, False}


def test_fold_string_table_same_as_dict_table():
    every = "".join(chr(cp) for cp in range(0x20, 0x2100) if not 0xD800 <= cp < 0xE000) + "😀𝔸“”"
    assert fold(every) == every.translate(_FOLD_TABLE)
    assert fold("Ủy BAN Nhân dân HUYỆN Tây Sơn, Đắk Lắk") == "uy ban nhan dan huyen tay son, dak lak"
