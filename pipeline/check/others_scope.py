"""A sentence about the whole district's results, in a unit's report: not the unit's own.

The office that keeps the district's emulation records (its office of home affairs) reports the
district-wide work it handled beside its own: "Tỷ lệ cá nhân được khen thưởng là người lao động
trực tiếp ... trên toàn huyện đạt 46,8%; tỷ lệ cá nhân là cán bộ lãnh đạo, quản lý chiếm 28,3%", or
the same ratio under "5. Công tác khen thưởng (toàn huyện)". Such a ratio is the district's, and
an item asking for the unit's own (K4, K5: `exclude_contexts: [others_scope]`) is not reported by
it. The scope is said by the sentence, by the first clause of the sentence it continues (";"), or
by any heading above it — a part's or a section's title holds for everything under it, not only
for its own lines (context.py asks the nearest heading only). Which words mark the scope is the
ruleset's `language.others_scope` list (the figures' `context.others_scope` says the same for
figures, pipeline/figures/scope.py). Said by a sentence, the scope holds for the rest of its
paragraph, until a sentence says the unit's own (`language.own_scope`: "Riêng cơ quan ...").

What it leaves to others: the sentence-level test of the list for any item (context.py), dropping
the sentences from an item's evidence (items.py).
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.segment import Sentence

NAME = "others_scope"
OWN = "own_scope"


def _said(checker: Checker, cues, s: Sentence) -> bool:
    """The sentence, or the first clause of the sentence it continues, says the scope."""
    own = [s] if s.first_clause is None else [checker.seg.sentences[s.first_clause], s]
    return any(cues.hits(checker.unprotected(t), t.words) for t in own)


def in_others_scope(checker: Checker, s: Sentence) -> bool:
    cues = checker.lang.lists.get(NAME)
    if not cues:
        return False
    sentences = checker.seg.sentences
    own_cues = checker.lang.lists.get(OWN)

    def own(t: Sentence) -> bool:
        return bool(own_cues) and own_cues.hits(checker.unprotected(t), t.words)

    if _said(checker, cues, s):
        return True
    if own(s):
        return False
    # The scope said once holds for the rest of its paragraph ("... trên toàn huyện đạt 46,8%. Tỷ lệ
    # khen người lao động trực tiếp tăng 4,1% so với cùng kỳ"), until a sentence turns to the unit's
    # own (`own_scope`: "Riêng cơ quan Phòng, ..."); a heading's scope holds for all under it but that.
    i = s.index
    while i > 0 and sentences[i - 1].block == s.block and not sentences[i - 1].is_heading:
        i -= 1
        if _said(checker, cues, sentences[i]):
            return True
        if own(sentences[i]):
            return False
    section = s.section
    while section is not None:
        if section.heading_sentence is not None:
            head = sentences[section.heading_sentence]
            if head is not s and cues.hits(checker.unprotected(head), head.words):
                return True
        section = section.parent
    return False
