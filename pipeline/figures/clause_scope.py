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


def scope_said_before(rules: Rules, sent, verdicts: dict[str, str] | None = None) -> bool:
    """An earlier ";" clause of the sentence says another scope, and no clause since says the unit's own.

    `verdicts`: a report's memo, clause -> "own", "others" or "": each later clause of a paragraph
    asks about all the clauses before it again (speed only; the verdict is the clause's alone)."""
    if not sent.before or not sent.paragraph or "others_scope" not in rules.ctx:
        return False
    paragraph = sent.paragraph
    at = paragraph.find(sent.text)
    if at <= 0:
        return False
    if paragraph.rfind(";", 0, at) < 0:
        return False  # not a later clause of its sentence (asked before cutting the head out: a third of the calls)
    k = at - 1
    while k >= 0 and paragraph[k].isspace():
        k -= 1
    if paragraph[k] in ".!?":
        # a stop right before it ("...; Giấy khen cho 74 tập thể. Tại Phòng: ...") opens a new sentence,
        # which _SENTENCE_END (wanting the capital after it) cannot see
        return False
    # the last sentence end before the clause; endpos reads as the cut paragraph[:at] would
    start = 0
    for end in _SENTENCE_END.finditer(paragraph, 0, at):
        start = end.end()
    head = paragraph[start:at]
    own = rules.ctx.get("own_scope")
    if verdicts is None:
        verdicts = {}
    for clause in reversed([c for c in (c.strip() for c in head.split(";")) if c]):
        verdict = verdicts.get(clause)
        if verdict is None:
            verdict = verdicts[clause] = _verdict(rules, own, clause.lower())
        if verdict == "own":
            return False  # "...; riêng cơ quan ...": the unit's own again
        if verdict == "others":
            # the clause itself saying the unit's own wins; asked last, as few clauses get here
            return own is None or own.search(sent.text.lower()) is None
    return False


def _verdict(rules: Rules, own, clause: str) -> str:
    if own is not None and own.search(clause):
        return "own"
    return "others" if about_others(rules, clause) else ""
