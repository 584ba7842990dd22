"""A share set out as a table column: the heading names it, the figures stand in the rows below.

A cluster or a department that reports per member writes one row per member and one column per
figure: "Xã | LĐTT | ... | Tỷ lệ người lao động trực tiếp (%) | Tỷ lệ lãnh đạo, quản lý (%)" over
"Xã A | 31 | ... | 74,2 | 25,8". segment.py reads each row as one line of joined cells, so the
heading row holds the item's words with no number, and each body row holds numbers without the
item's words: the item looked named in words only (`partial`). The column's own figures are the
figure the directive asks for ("a percentage, or numbers from which it follows") when the column
is a share (tỷ lệ, %) and at least one body row gives a number under it.

What it leaves to others: the table's header, columns and rows (table_stage.resolve_tables,
through the Document), the item's concept, context and exclusions (context.Checker), the status
(items.py), reading the figure's value (pipeline.figures: a per-member column has no total).
"""

from __future__ import annotations

from tdkt.pipeline.matching import PhraseSet
from tdkt.pipeline.segment import Sentence
from tdkt.pipeline.table_stage import cell_value


def _place(where) -> tuple:
    return (where.page, where.paragraph, where.table)


def _tables_by_place(checker) -> dict:
    """(page, paragraph, table) of each block -> its resolved table, made once per report."""
    tables = getattr(checker, "_column_share_tables", None)
    if tables is None:
        tables = {}
        document = getattr(checker, "document", None)
        if document is not None and any(b.kind == "table" for b in document.blocks):
            for table in document.resolved_tables().values():
                if table is not None:
                    for block in table.blocks:
                        tables.setdefault(_place(block.where), table)
        checker._column_share_tables = tables
    return tables


def column_figure(checker, s: Sentence, concept: PhraseSet) -> bool:
    """`s` is a heading row of a table, and a share column it names (its label holds the concept and
    says tỷ lệ / %) has a number in at least one of the unit's own body rows."""
    if s.where.row is None:
        return False
    table = _tables_by_place(checker).get(_place(s.where))
    if table is None or s.where.row > len(table.header):
        return False
    table = table.own()
    for c, column in enumerate(table.columns):
        if column.unit != "percent" or not concept.contains(checker.canon.text(column.label)):
            continue
        if any(c < len(row.cells) and cell_value(row.cells[c]) is not None for row in table.body()):
            return True
    return False
