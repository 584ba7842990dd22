"""A later ";" clause of a sentence whose earlier clause says it is about other bodies (extract.py's helper).

The office that handles the district's award dossiers tells in one sentence whose dossiers they
were and what it did with them: "Bộ phận ... tiếp nhận 214 bộ hồ sơ đề nghị khen thưởng của các cơ
quan, đơn vị, địa phương ...; Văn phòng ... trình Chủ tịch UBND huyện ký ban hành 58 quyết định khen
thưởng và 03 quyết định công nhận sáng kiến với 47 sáng kiến". walk.py reads each ";" clause
apart, so the scope said by the first (`context.others_scope`, scope.py) is lost to the later ones:
it holds for them, as pipeline/check/others_scope.py has it for the items, until a clause turns to
the unit's own ("riêng cơ quan ...": `context.own_scope`). Only within the sentence: the next
sentence of the paragraph may well be the unit's own.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.figures.scope import about_others

# The end of a sentence inside a paragraph: a stop before a capital (walk.py's _SENTENCE).
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ])")


def scope_said_before(rules: Rules, sent) -> bool:
    """An earlier ";" clause of the sentence says another scope, and no clause since says the unit's own."""
    if not sent.before or not sent.paragraph or "others_scope" not in rules.ctx:
        return False
    at = sent.paragraph.find(sent.text)
    if at <= 0:
        return False
    head = sent.paragraph[:at]
    if ";" not in head:
        return False  # not a later clause of its sentence
    ends = list(_SENTENCE_END.finditer(head))
    head = head[ends[-1].end():] if ends else head
    own = rules.ctx.get("own_scope")
    clauses = [c.strip().lower() for c in head.split(";")]
    if own is not None and own.search(sent.text.lower()):
        return False
    for clause in reversed([c for c in clauses if c]):
        if own is not None and own.search(clause):
            return False  # "...; riêng cơ quan ...": the unit's own again
        if about_others(rules, clause):
            return True
    return False
