"""An item's full form reported after the first sentences that name it.

The evidence of an item is gathered in report order and stops after a few sentences
(context.Checker.evidence_for: twice MAX_EVIDENCE), which is all a verdict of present or partial
needs. An item with a `full` form (L1: a document the unit issued, not only documents named) is
then judged on those first sentences alone. Offices that drafted the district's documents list
them first ("Phòng đã tham mưu UBND huyện ban hành: - Kế hoạch số ../KH-UBND ...; - Chỉ thị số
..."), six lines or more, and name their own plan only in a later part ("Phòng ban hành Kế hoạch
số 05/KH-... về tổ chức phong trào thi đua tại cơ quan"): the full form was never read. When the
first sentences hold no full form and the cap was reached, the later sentences that report the
item are read for it as well.

What it leaves to others: which sentences report the item and the cap (context.py), the period,
answers and full tests themselves (items.py, passed in as `judge_full`).
"""

from __future__ import annotations

from tdkt.pipeline.check.context import MAX_EVIDENCE


def later_full_sentences(checker, rule, found, judge_full) -> list:
    """Sentences after the capped evidence that meet the item's full form (`judge_full` over them)."""
    if rule.concept is None or len(found) < MAX_EVIDENCE * 2:
        return []  # every reporting sentence was read already
    seen = {s.index for s in found}
    later = [s for s in checker.matching(rule.concept)
             if s.index not in seen and checker.reports(s, rule, rule.concept)]
    return judge_full(later) if later else []
