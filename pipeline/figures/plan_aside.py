"""A plan word only inside a parenthesis beside a recognition: no plan (prose.py's helper).

"Hội đồng đã xét, công nhận 04 sáng kiến cấp cơ sở (đăng ký từ năm 2022)": the parenthesis says when
the recognised initiatives were registered; the clause itself recognises them. A plan or pledge
word (`context.plan`: "đăng ký") that stands only inside a parenthesis, in a clause whose own
words (outside the parenthesis) hold a word of awarding (`context.award`: "công nhận", "tặng"),
does not make the clause a plan. A clause with a plan word of its own ("đăng ký 05 sáng kiến"), or
with no word of awarding, stays what prose.py judges it. Counts stated inside a parenthesis of
pledges are pledges.py's.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.rules import Rules

_PAREN = re.compile(r"\([^()]*\)")


def plan_only_in_aside(region: str, rules: Rules) -> bool:
    """Is every plan word of `region` inside a parenthesis, and a word of awarding outside one?"""
    plan, award = rules.ctx.get("plan"), rules.ctx.get("award")
    if plan is None or award is None or "(" not in region:
        return False
    own = _PAREN.sub(" ", region.lower())
    return not plan.search(own) and bool(award.search(own))
