"""A Giấy khen given for a deed the report dates to its own half year is the period's ad-hoc or
thematic award (prose.py's helper for the rules' absorption).

A title of two meanings (Giấy khen: the year before's annual award of K2, or an award of the half
year for a campaign or a deed, which the K3 figure `absorbs`) is told apart by the report's words
"chuyên đề", "đột xuất" or the half year opening the clause (`absorb_when`). A commune telling its
conference as a ceremony uses none of them: "... đồng thời trao Giấy khen của Chủ tịch UBND xã cho 03
tập thể, 07 cá nhân có thành tích xuất sắc trong phong trào ra quân làm thủy lợi ... năm 2023". The
deed said after the title (the rules' `context.deed`: "có thành tích", "về thành tích", ...), up to
the clause's end, names the report's own period (a `context.current_period` word with a digit:
"2023", "6 tháng") and not last year (`context.past_period`): the award is of this half year's work,
not last year's annual Giấy khen ("có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2022" keeps
it). Proposals of the same kind are ad_hoc_proposals.py's.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.rules import Rules

_CLAUSE_END = re.compile(r";|\.(?:\s|$)")


def deed_of_period(text: str, start: int, rules: Rules) -> bool:
    """The deed said after `start` (a title's mention), within its clause, is dated to this period."""
    deed, now, past = rules.ctx.get("deed"), rules.ctx.get("current_period"), rules.ctx.get("past_period")
    if deed is None or now is None:
        return False
    low = text[start:].lower()
    end = _CLAUSE_END.search(low)
    stretch = low[:end.start()] if end else low
    said = deed.search(stretch)
    if said is None:
        return False
    stretch = stretch[said.start():]
    if past is not None and past.search(stretch):
        return False
    return any(any(ch.isdigit() for ch in m.group(0)) for m in now.finditer(stretch))
