"""Which of a part's hits report that part: a heading naming several parts hands each its content.

A heading may name all the parts of an item ("1. Tổng kết, phát động và đăng ký thi đua"); the
Checker then takes the first content sentence under it as the report of each part it names. A
sentence that names one of the other parts itself ("Ngày 10/01, tổ chức hội nghị tổng kết năm 2022
và phát động thi đua năm 2023") reports those parts, not the one the heading named beside them.
How a heading hands its concept on is the Checker's (context.py); the item's status is items.py's.
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.rules import ItemRule, Part
from tdkt.pipeline.segment import Sentence


def own_hits(checker: Checker, rule: ItemRule, part: Part, hits: list[Sentence]) -> list[Sentence]:
    """`hits` without the sentences found only through a heading or lead-in naming the part that
    name another part of the item themselves (and not this one)."""
    others = [p.concept for p in rule.parts if p is not part and p.concept is not None]
    return [h for h in hits
            if checker.matches(part.concept, h) or not any(checker.matches(c, h) for c in others)]
