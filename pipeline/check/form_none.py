"""Rows of a filled-in form whose answer cell says the point did not arise or does not concern the unit.

A form answered row by row ("Nội dung yêu cầu | Kết quả thực hiện") gives its negative answers in
the answer cell alone: "Không thuộc đối tượng", "Không phát sinh", "Không có". segment.py joins a
row's cells into one sentence, so the question's words (a movement's name) come first and the
rules' `language: negative_answer` patterns, which read an answer at the start of a sentence or
after a colon, never see the answer on its own. Here each answer cell is read by those patterns by
itself: a row whose filled answer cells all answer negatively is no evidence for an item that
excludes negative answers (the movements, the fields, the ratios). Items that take a stated none
as a report (a count of zero: K3, P5's `negative_ok`) do not exclude them and keep the row.

What it leaves to others: which words answer negatively (the ruleset's `negative_answer` list),
the form's columns and blank or pointing rows (form_answers.py), dropping the rows (items.py).
"""

from __future__ import annotations

from tdkt.pipeline.check.form_answers import rows_answered_by
from tdkt.pipeline.check.negative_answer import LIST


def negative_row_sentences(checker, document, seg) -> set[int]:
    """Indices of the sentences read from form rows every filled answer cell of which answers negatively."""
    return rows_answered_by(checker, document, seg, checker.lang.lists.get(LIST))
