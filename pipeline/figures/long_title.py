"""A numbered line quoting the directive's long point is a title for the figures too (walk.py's helper).

Offices that answer the directive point by point copy its long points as their own numbered titles
("d) Tỷ lệ cá nhân là người lao động trực tiếp, là cán bộ lãnh đạo, quản lý được tặng danh hiệu
..., Giấy khen tính đến ngày 30/6/2023"). Longer than the walk's heading bounds, such a line was
read as one more paragraph of the heading before it, so the ratio's "Tổng số 19 lượt ..." under it
summed up the ad-hoc awards' passage above. It is told by its form, as pipeline/check/
numbered_title.py tells it for the items: an outline number (typed, or Word's list label), one
sentence with no stop at its end, no label and colon opening content, and nothing counted (dates,
years and periods only). Which lines are numbered is left to the caller.
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import find_numbers

_STOP = re.compile(r"[.;!?:…]\s*[\"”’')]*\s*$")
_SENTENCE = re.compile(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ])")
_LABEL = re.compile(r":\s*\S")  # "Khen đột xuất: Chủ tịch ... tặng ...": a label and its content
_QUANTITIES = frozenset({"count", "decimal", "percent", "fraction"})

LONGEST = 400  # longer than any point of a directive: a paragraph, whatever its form


def is_long_title(text: str) -> bool:
    """Is `text` (the outline number removed) worded as a title: one sentence, no stop at its end,
    no "label: content", no quantity?"""
    text = text.strip()
    if not text or len(text) > LONGEST or _STOP.search(text) or _SENTENCE.search(text) or _LABEL.search(text):
        return False
    return not any(n.kind in _QUANTITIES for n in find_numbers(text))
