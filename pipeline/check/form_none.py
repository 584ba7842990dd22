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

from tdkt.pipeline.check.form_answers import _BLANK, form_tables, row_key, sentences_in_rows
from tdkt.pipeline.check.negative_answer import LIST


def negative_row_sentences(checker, document, seg) -> set[int]:
    """Indices of the sentences read from form rows every filled answer cell of which answers negatively."""
    answers = checker.lang.lists.get(LIST)
    if answers is None or document is None:
        return set()
    rows = set()
    for table, (question, columns) in form_tables(document):
        for row in table.rows:
            cells = row.cells
            if question >= len(cells) or _BLANK.match(cells[question] or ""):
                continue
            filled = [cells[c] for c in columns if c < len(cells) and not _BLANK.match(cells[c] or "")]
            if filled and all(answers.hits(*checker.canon.text_words(cell)) for cell in filled):
                rows.add(row_key(row.where))
    return sentences_in_rows(seg, rows)
