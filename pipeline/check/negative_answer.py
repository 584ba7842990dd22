"""A point answered with an explicit negative: the rest of its paragraph explains it.

Offices that answer the directive point by point write "Kết quả: Không có. Trên địa bàn chỉ có 03
doanh nghiệp nhỏ; đơn vị chưa tổ chức triển khai phong trào này." The opening sentence is the
answer (the rules' `language: negative_answer`, named in an item's `exclude_contexts`, keeps it
from counting); the sentences after it in the same paragraph say why nothing was done, and their
numbers (the businesses there are) are no result of the point. A later sentence that reports a
deed (a `strong_result` cue, not negated: "Tuy vậy, đã hỗ trợ 02 hộ ...") breaks the chain.
Which items drop such sentences is the rules' (the list in `exclude_contexts`); dropping them is
items.py's, as for period.py's past paragraphs.
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.point_label import opens_a_point
from tdkt.pipeline.segment import Sentence

LIST = "negative_answer"


def _reports_a_deed(checker: Checker, s: Sentence) -> bool:
    text = checker.context_text(s, False)
    regex = checker.lang.strong.narrowed(text)
    return any(not checker.negated(text, m.start()) for m in (regex.finditer(text) if regex is not None else ()))


def _answers_negatively(checker: Checker, t: Sentence) -> bool:
    return checker.lang.lists[LIST].hits(checker.unprotected(t), t.words)


def _negative_before(checker: Checker, s: Sentence) -> bool:
    """The walk of after_negative_answer without its deed test: a negative answer before `s` in its
    paragraph, before the walk stops at a point's own label. The full walk can find one only where
    this one does (it stops at every place this one stops, and at deeds too), and the negative-answer
    test is one `hits`, while a deed is a strong-result search per sentence: most paragraphs have no
    negative answer, so their deeds are never read."""
    sentences = checker.seg.sentences
    kept = checker.per_sentence
    i = s.index
    while i > 0:
        if opens_a_point(sentences[i].text):
            return False
        prev = sentences[i - 1]
        if prev.block != s.block or prev.section is not s.section or prev.is_heading:
            return False
        if kept(_answers_negatively, prev):
            return True
        i -= 1
    return False


def after_negative_answer(checker: Checker, s: Sentence) -> bool:
    """`s` follows, in its own paragraph, a sentence that answers its point with a negative, and
    neither `s` nor a sentence between them reports a deed."""
    answers = checker.lang.lists.get(LIST)
    if answers is None or s.is_heading:
        return False
    sentences = checker.seg.sentences
    kept = checker.per_sentence  # each sentence's tests once: the walks of a paragraph's sentences overlap
    if not _negative_before(checker, s):
        return False  # no negative answer to reach: the deeds on the way need not be read
    i = s.index
    while i > 0:
        t = sentences[i]
        if kept(_reports_a_deed, t):
            return False
        if opens_a_point(t.text):
            return False  # a labelled point of its own ("Cải tiến lề lối làm việc: ..."), not an explanation
        prev = sentences[i - 1]
        if prev.block != s.block or prev.section is not s.section or prev.is_heading:
            return False  # the paragraph's first sentence reached, no negative answer before `s`
        if t.where.row is not None and prev.where.row != t.where.row:
            return False  # a table's row is a point of its own, not the explanation of the row above
        if kept(_answers_negatively, prev):
            return True
        i -= 1
    return False
