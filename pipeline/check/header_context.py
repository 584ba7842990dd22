"""A table row that names the item, its numbers under column headings that say what they are.

Offices set a ratio or a count out as a small table: "Cơ cấu | Số lượt | Tỷ lệ" over the rows
"Người lao động trực tiếp | 194 | 80,5%" and "Cán bộ lãnh đạo, quản lý | 47 | 19,5%". segment.py
reads each row as one line of joined cells, so the row holds the item's words and its numbers but
not the context word (tỷ lệ, cơ cấu, khen ...) that the heading above the numbers carries: the row
looked like the item named without a result. Such a row reports the item when the heading of one
of its number cells (not the cell naming the item) carries the item's context.

What it leaves to others: the table's header and rows (table_stage.resolve_tables, through the
Document), the item's concept, exclusions and context (context.Checker, rules.py), adding the rows
to an item's evidence and judging their figures (items.py).
"""

from __future__ import annotations

from tdkt.pipeline.check.form_answers import row_key
from tdkt.pipeline.segment import Sentence
from tdkt.pipeline.table_stage import cell_value


def _rows_by_place(checker) -> dict:
    """row_key place -> (table, row) of the document's resolved tables, made once per report."""
    rows = getattr(checker, "_header_rows", None)
    if rows is None:
        rows = {}
        document = getattr(checker, "document", None)
        if document is not None and any(b.kind == "table" for b in document.blocks):
            for table in document.resolved_tables().values():
                if table is not None:
                    for row in table.rows:
                        rows[row_key(row.where)] = (table, row)
        checker._header_rows = rows
    return rows


def _number_headings(checker, rule, table, row) -> str:
    """Canonical text of the headings over the row's number cells, the cells naming the item left out."""
    headings = []
    for c, cell in enumerate(row.cells):
        if c >= len(table.columns) or cell_value(cell) is None:
            continue
        if rule.concept.contains(checker.canon.text(cell)):
            continue  # the item's own cell ("Cán bộ lãnh đạo (05 người)") says nothing of the number
        label = table.columns[c].label
        if label and label not in headings:
            headings.append(label)
    return checker.canon.text(" ".join(headings))


def header_rows(checker, rule, found: list[Sentence]) -> list[Sentence]:
    """Table rows naming the item whose number cells sit under a heading carrying its context; not
    for a movement (quoted_needs_result: its results are told in words) nor an item of parts."""
    if rule.context is None or rule.concept is None or rule.parts or rule.quoted_needs_result:
        return []
    candidates = [s for s in checker.matching(rule.concept)
                  if s.where.row is not None and not s.is_heading and s not in found]
    if not candidates:
        return []
    rows = _rows_by_place(checker)
    out = []
    for s in candidates:
        hit = rows.get(row_key(s.where))
        if hit is None or checker.excluded(s, rule):
            continue
        text = _number_headings(checker, rule, *hit)
        if text and rule.context.contains(text):
            out.append(s)
            checker.found_how.setdefault(s.index, "follower")  # the heading above tells what it is
    return out
