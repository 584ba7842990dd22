"""Contents handed off to another body's report: named, pointed elsewhere, not reported here.

A unit that belongs to a bloc or cluster sometimes leaves its movements to the bloc's report:
"Các phong trào thi đua do huyện phát động (văn hóa công sở, cải cách hành chính, chuyển đổi
số...): thực hiện theo Kế hoạch của Khối; nội dung cụ thể đã báo cáo tại Báo cáo số 04/BC-KNC của
Khối." The rules' `referral` list recognises the pointer clause itself (an item naming it in
`exclude_contexts` never counts that clause); segment.py cuts the sentence at ";", so the clause
before it, which names the movements, was judged alone and read as their report. Such a clause,
in the same paragraph as the pointer, with no deed of its own (no quantity, no "đã", no strong
result), names the contents only to hand them off: it reports none of them.

What it leaves to others: the pointer's words (the rules' `referral` list), which items drop such
sentences (the list named in their `exclude_contexts`; items.py drops them), a pointer to a table
sent with the report (the rules' `pointer` list).
"""

from __future__ import annotations

import re

from tdkt.pipeline.check.language import has_quantity
from tdkt.pipeline.numbering import LABEL_NUMBER_OR_BULLET
from tdkt.pipeline.segment import Sentence

REFERRAL = "referral"
_DONE = re.compile(r"\bđã\b")


def _refers(checker, t: Sentence) -> bool:
    cues = checker.lang.lists[REFERRAL]
    return bool(cues.hits(checker.unprotected(t), t.words))


def _refers_text(checker, raw: str) -> bool:
    text, words = checker.canon.text_words(raw)
    return bool(checker.lang.lists[REFERRAL].hits(text, words))


def _reports_a_deed(checker, raw: str) -> bool:
    """A quantity (not the point's own numbering), "đã" or a strong result in the raw text."""
    # a point's own numbering ("3.", "2.1.", "b)", "-") is no quantity of the clause
    if has_quantity(LABEL_NUMBER_OR_BULLET.sub("", raw, count=1)):
        return True
    text, words = checker.canon.text_words(raw)
    if _DONE.search(text):
        return True
    regex = checker.lang.strong.narrowed(text, words)
    return any(not checker.negated(text, m.start()) for m in (regex.finditer(text) if regex is not None else ()))


def _own_pointer(checker, s: Sentence) -> str | None:
    """The text before a pointer that a later ";" piece of the sentence itself opens (a sentence
    short enough to stay whole), else None."""
    pieces = s.text.split(";")
    for k in range(1, len(pieces)):
        if _refers_text(checker, pieces[k]):
            return ";".join(pieces[:k])
    return None


def _handed_off(checker, s: Sentence) -> bool:
    if _refers(checker, s):
        return True  # the pointer itself
    before = _own_pointer(checker, s)
    if before is not None:
        return not _reports_a_deed(checker, before)
    sentences = checker.seg.sentences
    same = [t for t in sentences[max(0, s.index - 6):s.index + 7]
            if t is not s and t.block == s.block and t.section is s.section and not t.is_heading]
    if not any(checker.per_sentence(_refers, t) for t in same):
        return False
    return not _reports_a_deed(checker, s.text)


def handed_off(checker, s: Sentence) -> bool:
    """`s` names contents that its paragraph hands off to another body's report, and reports no
    deed of its own."""
    if REFERRAL not in checker.lang.lists or s.is_heading:
        return False
    return _handed_off(checker, s)
