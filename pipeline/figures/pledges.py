"""Counts in a parenthesis of pledges: registrations, not titles (extract.py's helper).

"100% cán bộ, công chức đăng ký danh hiệu thi đua năm 2023 (trong đó: đăng ký Lao động tiên tiến
19 cá nhân, Chiến sĩ thi đua cơ sở 03 cá nhân)": every item of the parenthesis is a pledge, the
second one too, though no plan word stands right before it. A parenthesis whose content opens
with a plan word (`context.plan`), or that follows a clause holding one, lists pledges: its
(figure, count) pairs are none of the unit's results. Reading the counts is left to prose.py.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import find_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import find_numbers, fold

_PAREN = re.compile(r"\(([^()]*)\)")
_OPENER = re.compile(r"^\s*(?:trong\s+đó|bao\s+gồm|gồm|cụ\s+thể)\s*:?\s*", re.IGNORECASE)
_ITEM_END = re.compile(r"[,;]")


def pledged_counts(text: str, rules: Rules) -> set[tuple[str, int]]:
    """(figure, count) pairs stated inside a parenthesis of pledges in `text`."""
    plan = rules.ctx.get("plan")
    if plan is None or "(" not in text:
        return set()
    out: set[tuple[str, int]] = set()
    for paren in _PAREN.finditer(text):
        content = paren.group(1)
        opened = _OPENER.sub("", content.lower(), count=1)
        clause = re.split(r"[,;(]", text[:paren.start()])[-1].lower()
        if not (plan.match(opened) or plan.search(clause)):
            continue
        for mention in find_mentions(content, fold(content), rules):
            end = _ITEM_END.search(content, mention.end)
            item_end = end.start() if end else len(content)
            start = max(content.rfind(",", 0, mention.start), content.rfind(";", 0, mention.start), 0)
            after = [n for n in find_numbers(content[mention.end:item_end]) if n.kind == "count"]
            before = [n for n in find_numbers(content[start:mention.start]) if n.kind == "count"]
            for n in after[:1] or before[-1:]:
                out.add((mention.figure, int(n.value)))
    return out
