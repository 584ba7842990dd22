"""A sentence dated to the end of a past year, telling "the year": last year's results left in.

Offices draft the half-year report over last year's and leave sentences of it: "Phong trào ...:
trong năm, Ban Chỉ đạo xã tổ chức 09 đợt tiêm ...; tính đến ngày 31/12/2022, tỷ lệ ... đạt 91,3%".
The clause with the deed says only "trong năm" (the year, in a report of half a year); the clause
beside it dates the results to the past year's end. The rules' `language: past_year_end` matches
such a whole sentence (its ";" clauses joined: segment.py cuts long sentences), and no clause may
mark this period (`language: current_period`, names blanked). A year-end figure alone ("đến
31/12/2022 còn 71 hộ nghèo", the latest count) is no such sentence: the list needs both. Which
items drop these sentences as history is the rules' (`history` in `exclude_contexts`); dropping
them is items.py's, beside period.py's past paragraphs.
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.period import marks_current_period
from tdkt.pipeline.segment import Sentence

LIST = "past_year_end"


def _clauses(checker: Checker, s: Sentence) -> list[Sentence]:
    sentences = checker.seg.sentences
    head = s.first_clause if s.first_clause is not None else s.index
    out = [sentences[head]]
    for t in sentences[head + 1:]:
        if t.first_clause != head:
            break
        out.append(t)
    return out


def in_past_year_sentence(checker: Checker, s: Sentence) -> bool:
    """`s` is a clause of a sentence that dates its results to a past year's end and tells
    "the year", with nothing of this period in any of its clauses."""
    past = checker.lang.lists.get(LIST)
    current = checker.lang.lists.get("current_period")
    if past is None or current is None or s.is_heading:
        return False
    # The answer is the whole sentence's: kept on its first clause, asked once for all its clauses.
    head = s.first_clause if s.first_clause is not None else s.index
    return checker.per_sentence(_past_year_clauses, checker.seg.sentences[head])


def _past_year_clauses(checker: Checker, head: Sentence) -> bool:
    clauses = _clauses(checker, head)
    text = " ".join(t.canon for t in clauses)
    if not checker.lang.lists[LIST].contains(text):
        return False
    return not any(checker.per_sentence(marks_current_period, t) for t in clauses)
