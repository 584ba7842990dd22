"""A ratio's group answered empty after its label: "<group>: Không có (...)" is a stated 0 %.

A report that answers the directive's points one line each may give a ratio's group as a label
and answer it with a bare negation: "- Cá nhân là người lao động trực tiếp: Không có (đơn vị
không có vị trí này)." That states the group empty, as "không có cá nhân là người lao động trực
tiếp" does (checks.py's _NONE_OF_GROUP, the negation before the title); it is not a ratio left
unsaid. Only a negation alone is an answer: "không có số liệu", "chưa thống kê" say the ratio is
not known, and words after the negation keep the line from being read as a zero. The negation
words are the rules' `context.negation`. Reading the ratio otherwise is left to checks.py.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.rules import Rules

# The label's colon, right after the title or after a few words qualifying the group ("... được khen
# thưởng: Không").
_COLON = re.compile(r"[\"”’»]?(?:\s+[^\s\d:;,.()\-–]+){0,6}\s*[:\-–]\s*")
# After the negation: the line's end, or an aside giving the reason ("(Phòng không có vị trí ...)").
_ANSWER_END = re.compile(r"\s*(?:[.;(]|$)")


def answered_empty(text: str, end: int, rules: Rules) -> bool:
    """Whether the ratio title ending at `end` in `text` is a label answered by a bare negation."""
    neg = rules.ctx.get("negation")
    colon = _COLON.match(text, end)
    if neg is None or colon is None:
        return False
    low = text.lower()
    m = neg.match(low, colon.end())
    return m is not None and _ANSWER_END.match(low, m.end()) is not None
