"""A percentage stated as a bound is no ratio of the unit (extract.py's helper).

"Các đơn vị đều bảo đảm tỷ lệ cán bộ lãnh đạo, quản lý được khen không vượt quá 30% theo hướng
dẫn", "tỷ lệ ... tối đa 25%": the limit a rule or a guideline sets, which the unit says it kept
within, not the ratio it reached; the checklist takes a ratio as stated, never a ceiling (nor a
floor, "không dưới 60%") in its place. A percentage right after a bound word (the rules'
`context.bound`, maybe "mức" between) gives no ratio; a ratio stated beside it in the same
sentence ("... đạt 18,5%, không vượt quá 30% theo quy định") is read as usual.
What it leaves to others: which ratio a percentage is (prose.py), ranges (ranges.py).
"""

from __future__ import annotations

import re

# after a bound word: "30%", "mức 30 %", "là 25,5%"
_PERCENT_AFTER = re.compile(r"\s*(?:mức\s+|là\s+)?(\d{1,3}(?:[.,]\d+)?)\s*%")


def without_bounds(text: str, found: list, rules) -> list:
    """`found` (one sentence's candidates) without the percentages that a bound word introduces."""
    bound = rules.ctx.get("bound")
    if bound is None or "%" not in text or not any(rules.specs[c.figure].kind == "percent" for c in found):
        return found
    low = text.lower()
    bounds = set()
    for m in bound.finditer(low):
        pct = _PERCENT_AFTER.match(low, m.end())
        if pct:
            bounds.add(float(pct.group(1).replace(",", ".")))
    if not bounds:
        return found
    return [c for c in found if rules.specs[c.figure].kind != "percent" or c.parts or float(c.value) not in bounds]
