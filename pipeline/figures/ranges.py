"""A ratio given as a range is no figure of the unit (extract.py's helper).

"Tỷ lệ cá nhân là cán bộ lãnh đạo, quản lý ở các đơn vị dao động từ 18% (xã A) đến 23% (xã B)",
"... ở các thôn từ 55% đến 70%": the lowest and the highest of several bodies (members, villages,
schools) or of several times, not the unit's own ratio; the checklist takes a figure as stated and
never one the checker picks or averages. A percentage that is one end of "từ X% ... đến / tới Y%"
(a parenthesis naming whose it is may stand after X) gives no ratio; a single ratio stated beside
the range in the same sentence ("bình quân toàn Khối đạt 61,8%; ... từ 18% đến 23%") is read as
usual. A change, "tăng từ X% lên Y%", is no range (the verb before "từ", or "lên" for "đến").
These are words of the language, not of a directive (as in changed_counts.py).
What it leaves to others: which ratio a percentage is (prose.py), counts (changed_counts.py).
"""

from __future__ import annotations

import re

# folded, lower case: "tu 18,2% (thi tran a) den 22,7%", "tu 55 % toi 70 %"
_RANGE = re.compile(r"(?<!\w)(?<!tang )(?<!giam )tu\s+(\d{1,3}(?:[.,]\d+)?)\s*%\s*(?:\([^()]{0,80}\)\s*)?"
                    r"(?:den|toi)\s+(\d{1,3}(?:[.,]\d+)?)\s*%")


def without_ranges(folded: str, found: list, rules) -> list:
    """`found` (one sentence's candidates) without the percentages that are an end of a stated range."""
    if "%" not in folded or "tu " not in folded:
        return found
    ends = {float(x.replace(",", ".")) for m in _RANGE.finditer(folded) for x in m.groups()}
    if not ends:
        return found
    return [c for c in found if rules.specs[c.figure].kind != "percent" or c.parts or float(c.value) not in ends]
