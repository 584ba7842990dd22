"""A paragraph opened as last year's work: its later sentences are of that year too.

Offices draft a report over last year's and leave whole paragraphs of it: "Trong năm 2022, UBND xã
đã khen thưởng ... 47 tập thể, 128 cá nhân ... . Trong tổng số cá nhân được khen thưởng, cán bộ lãnh
đạo, quản lý chiếm 18,2%, ...". The opening sentence dates what was done during a past year (the
rules' `language: past_openers`: "Trong năm 2022, ..." with nothing of this year); the next ones
are not dated, but belong to it. "Năm 2022, X được công nhận danh hiệu ..." is no such opener: it
names the year of a title given in this period. A sentence that marks this
period itself (`language: current_period`: "2023", "6 tháng đầu năm", "cùng kỳ" ...; the year inside
an official name does not count) breaks the chain. Without both lists nothing is carried. Which
items exclude history is the rules'; dropping the sentences is items.py's.
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.segment import Sentence


def marks_current_period(checker: Checker, t: Sentence) -> bool:
    """`t` states this period's own work (`current_period`, names blanked: "... nông thôn mới năm
    2023" is a name); asked through checker.per_sentence, once per sentence however many walks
    pass it (past_year_end.py asks it too)."""
    return checker.lang.lists["current_period"].contains(checker.context_text(t, False))


def _opens_past(checker: Checker, t: Sentence) -> bool:
    return checker.lang.lists["past_openers"].hits(t.canon, t.words)


def in_past_paragraph(checker: Checker, s: Sentence) -> bool:
    """`s` follows, in its own paragraph, a sentence opened as a past year's work, with no mark of
    this period in `s`, in the opener or in the sentences between."""
    current = checker.lang.lists.get("current_period")
    openers = checker.lang.lists.get("past_openers")
    if current is None or openers is None or s.is_heading:
        return False
    sentences = checker.seg.sentences
    kept = checker.per_sentence  # each sentence's tests once: the walks of a paragraph's sentences overlap
    i = s.index
    while True:
        t = sentences[i]
        if kept(marks_current_period, t):
            return False  # this period's own statement (names blanked: "... nông thôn mới năm 2023")
        if t is not s and kept(_opens_past, t):
            return True
        if i == 0:
            return False
        prev = sentences[i - 1]
        if prev.block != s.block or prev.section is not s.section or prev.is_heading:
            return False  # the paragraph's first sentence reached, no past opener
        i -= 1
