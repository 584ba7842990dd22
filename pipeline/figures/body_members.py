"""A body's make-up counted after its name: "Hội đồng ... gồm 07 thành viên" is no title's count.

Offices name their councils after what they judge ("Hội đồng xét, công nhận sáng kiến", "Hội
đồng Thi đua - Khen thưởng") and give their make-up in the same breath ("... được kiện toàn gồm 05
thành viên"). The count then belongs to the body's members, never to the title its name carries
(5 members are no 5 initiatives). The span from the composition word (`context.composition`:
"gồm", "bao gồm") through its count and member word (`context.composition_unit`: "thành viên",
"ủy viên") is cut before the figures are read; the rest of the sentence is read as written.
What it leaves to others: reading the figures (prose.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.cut_spans import without_spans
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.figures.sentence_facts import lower_text, may_search

_COUNT = re.compile(r"\s*(?:\d+|[^\W\d_]+)\s+")  # "05 ", "năm " (a written-out count)


def without_body_members(sent, rules: Rules):
    """`sent` without its "gồm NN thành viên" spans (a body's make-up)."""
    lead, unit = rules.ctx.get("composition"), rules.ctx.get("composition_unit")
    if lead is None or unit is None:
        return sent
    low = lower_text(sent)
    if not may_search(unit, low) or unit.search(low) is None:
        return sent
    cuts = []
    for m in lead.finditer(low):
        count = _COUNT.match(low, m.end())
        if count is None:
            continue
        member = unit.match(low, count.end())
        if member is not None:
            cuts.append((m.start(), member.end()))
    return without_spans(sent, cuts)
