"""A collective title conferred on the unit itself, told without a count.

A department lists the decisions that gave its 2022 titles: "Quyết định số 187/QĐ-UBND ngày ...
công nhận danh hiệu “Tập thể lao động tiên tiến” năm 2022 cho Phòng ...". The recipient is the
unit itself, so the count is one, though no digit says it; an item whose context needs a number
(`require_number`) would drop the sentence, or keep it only when an unrelated count happens to share
its paragraph (a PDF's page break then changes the verdict). The rules' `unit_itself` list says how
the unit names itself as the recipient; a sentence naming the part, not excluded, whose words hit
it reports the part. Which part a sentence names is the Checker's (context.py); the item's status
is items.py's.
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.segment import Sentence

CUES = "unit_itself"  # the rules' words of a title conferred on the unit itself


def unit_itself_sentences(checker: Checker, rule, part, hits: list[Sentence]) -> list[Sentence]:
    """Sentences naming the part, not in `hits`, that confer it on the unit itself."""
    cues = checker.lang.lists.get(CUES)
    if cues is None or part.concept is None or not rule.require_number:
        return []
    out: list[Sentence] = []
    for s in checker.matching(part.concept):
        if s.is_heading or s in hits or checker.excluded(s, rule):
            continue
        if cues.hits(checker.unprotected(s), s.words):
            out.append(s)
    return out
