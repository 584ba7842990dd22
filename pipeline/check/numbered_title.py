"""A numbered line that restates the directive's point is a title, not a report of it.

Offices that answer point by point copy the directive's long points as their own numbered titles:
"4. Tỷ lệ cá nhân là người lao động trực tiếp, là cán bộ lãnh đạo, quản lý được tặng danh hiệu
..., Giấy khen (tính đến 30/6/2023)", then answer in the lines under it. Too long for segment.py's
heading bounds, such a line is read as content, and its words ("tỷ lệ", "được tặng") and its
outline number ("4.") look like a report. It is told by its form: an outline number, a line of its
own (its paragraph holds no other sentence), no sentence stop at its end, and no quantity besides
the outline number. What lies under it is judged by itself (a negative answer there reports
nothing). Dropping such lines from an item's evidence is items.py's job.
"""

from __future__ import annotations

import re

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.language import has_quantity
from tdkt.pipeline.segment import Sentence

# "4. Tỷ lệ ...", "2.3. Kết quả ...", "5.1 Phong trào ...": the outline number, then a capital letter
_OUTLINE = re.compile(r"^\s*\d{1,2}(?:\s*\.\s*\d{1,2})*\s*\.?\s+(?=[^\W\d_])")
_STOP = re.compile(r"[.;!?:…]\s*[\"”’']?\s*$")


def is_numbered_title(checker: Checker, s: Sentence) -> bool:
    if s.is_heading or s.first_clause is not None:
        return False
    m = _OUTLINE.match(s.text)
    if m is None or not s.text[m.end():m.end() + 1].isupper() or _STOP.search(s.text):
        return False
    sentences = checker.seg.sentences
    alone = (s.index == 0 or sentences[s.index - 1].block != s.block) and (
        s.index + 1 >= len(sentences) or sentences[s.index + 1].block != s.block)
    return alone and not has_quantity(s.text[m.end():])
