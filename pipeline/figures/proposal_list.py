"""The ";" clauses of a list a proposal governs are proposals too (extract.py's helper).

"Căn cứ kết quả bình xét, Trạm đã đề nghị Giám đốc Sở: công nhận danh hiệu ... cho 09 viên chức;
công nhận danh hiệu "Chiến sĩ thi đua cơ sở" cho 01 viên chức; tặng Giấy khen cho 02 tập thể":
the verb of proposing stands once, before the colon, and each ";" clause after it names one award
asked for. walk.py reads each ";" clause apart, so the later ones, with only their verb of
awarding ("công nhận", "tặng"), read as awards made. A clause is a proposal when, in its own
sentence, an earlier stretch holds a proposal word (the rules' `context.proposal`) and then the
colon the list opens with, no stop between (an award made "theo đề nghị của ..." is guarded in
the rules). Only within the sentence: the next sentence ("Kết quả: Giám đốc Sở đã công nhận ...")
says what was decided. Such a clause's candidates are marked as proposals, scored as a proposal
naming its award is (prose._context_score); whether a proposal may stand in for a figure is
extract.py's and pending_titles.py's business.
"""

from __future__ import annotations

import dataclasses
import re

# The end of a sentence inside a paragraph: a stop before a capital (walk.py's _SENTENCE).
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ])")


def proposed_by_list(rules, sent) -> bool:
    """An earlier stretch of the sentence proposes, then opens its list with a colon."""
    proposal = rules.ctx.get("proposal")
    if proposal is None or not sent.before or not sent.paragraph:
        return False
    at = sent.paragraph.find(sent.text)
    if at <= 0:
        return False
    head = sent.paragraph[:at]
    if head.rstrip().endswith((".", "!", "?")):
        return False  # a stop right before it opens a new sentence (_SENTENCE_END wants the capital after it)
    ends = list(_SENTENCE_END.finditer(head))
    head = head[ends[-1].end():] if ends else head
    colon = head.rfind(":")
    if colon < 0 or ";" not in head[colon:]:
        return False  # not a later ";" clause of a list opened by a colon
    return bool(proposal.search(head[:colon].lower()))


def as_proposals(found: list) -> list:
    """The candidates of a proposed clause, marked and scored as proposals naming their award."""
    return [c if c.proposal else dataclasses.replace(c, proposal=True, score=c.score - 1) for c in found]
