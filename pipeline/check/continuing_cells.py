"""Rows of a movement table whose result cell says only that the movement goes on or follows the plan.

Offices report the movements in a two-column table "Nội dung phong trào | Kết quả đạt được" and answer a
movement they did nothing of with a stock line: "Triển khai thực hiện theo kế hoạch của huyện", "Tiếp
tục thực hiện, đạt kết quả khá". In prose, after the movement's label and its colon, the rules'
`continuing` list tells such an answer ("...: tiếp tục thực hiện"). segment.py joins a row's cells into
one sentence with no colon between them, so the list, which reads an answer at the start of a sentence
or after a colon, never sees the cell on its own. Here each answer cell is read by that list by itself:
a row whose filled answer cells all only go on is no evidence for an item excluding `continuing` (the
movements). A cell with a figure or a deed of its own is not matched by the list and keeps the row.

What it leaves to others: which words only go on (the ruleset's `continuing` list), the form's columns
(form_answers.form_tables), a cell answering negatively (form_none.py), dropping the rows (set_aside.py).
"""

from __future__ import annotations

from tdkt.pipeline.check.form_answers import rows_answered_by

LIST = "continuing"


def continuing_rows(checker) -> frozenset[int]:
    """Indices of the sentences read from form rows every filled answer cell of which only goes on;
    found once per report (kept on the checker)."""
    found = getattr(checker, "_continuing_rows", None)
    if found is None:
        found = checker._continuing_rows = frozenset(_rows(checker))
    return found


def _rows(checker) -> set[int]:
    return rows_answered_by(checker, getattr(checker, "document", None), checker.seg, checker.lang.lists.get(LIST))


def in_continuing_row(checker, rule, s) -> bool:
    """The sentence is read from such a row (a SET_ASIDE test)."""
    return s.index in continuing_rows(checker)
