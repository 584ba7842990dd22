"""A table's header naming a movement over a column of ticks reports no result of it.

A bloc or cluster sums its members up in one wide table, a column per movement or title:
"TT | Đơn vị | ... | Văn hóa công sở | CCHC, chuyển đổi số | Gương điển hình ... | LĐTT năm 2022 ...",
its cells "x" ("x: đơn vị có thực hiện") or counts, a "Tổng cộng" row of "10/13" or sums. segment.py
reads the header row as one line: it names every movement of the table (and "được công nhận",
"được biểu dương" carry a result's words), so it looked like a report of each. A tick says only
that the member took part, no result of the movement (the checklist asks for results); a column
of numbers (workdays, money, examples counted) is a result. So the header row is set aside for a
movement whose every column in the table, by its heading, holds only ticks or blanks below (and,
in total rows, the count of the ticks: "10/13", "12"); the body rows, which do not name the
movement, are judged as before.

What it leaves to others: the table's header and body rows (table_stage.resolve_tables, through the
Document), the item's concept (context.Checker), a movement's other sentences (items.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.check.form_answers import row_key

_TICK = re.compile(r"^\s*[xX✓✔☑✗]\s*$")
_TICK_COUNT = re.compile(r"^\s*\d{1,3}\s*(?:/\s*\d{1,3})?\s*$")  # a total row's "10/13" or "12"


def _headers_by_place(checker) -> dict:
    """row_key place of each header row -> its resolved table, made once per report."""
    held = getattr(checker, "_tick_headers", None)
    if held is None:
        held = {}
        document = getattr(checker, "document", None)
        if document is not None and any(b.kind == "table" for b in document.blocks):
            for table in document.resolved_tables().values():
                if table is None or not table.header or not table.blocks:
                    continue
                where = table.blocks[0].where
                for r in range(1, len(table.header) + 1):
                    held[(where.page, where.paragraph, where.table, r)] = table
        checker._tick_headers = held
    return held


def _ticks_only(table, c: int) -> bool:
    """The column holds ticks or blanks in its data rows (at least one tick), tick counts in its totals."""
    ticks = 0
    for row in table.body(("data", "total")):
        cell = row.cells[c].strip() if c < len(row.cells) else ""
        if not cell:
            continue
        if _TICK.match(cell):
            ticks += 1
        elif not (row.kind == "total" and _TICK_COUNT.match(cell)):
            return False
    return ticks > 0


def tick_header(checker, rule, s) -> bool:
    """The sentence is a table's header row, and the columns it names the movement over hold only ticks."""
    if s.where.row is None or rule.concept is None:
        return False
    table = _headers_by_place(checker).get(row_key(s.where))
    if table is None:
        return False
    named = [c for c, label in enumerate(table.labels)
             if label and rule.concept.contains(checker.canon.text(label))]
    return bool(named) and all(_ticks_only(table, c) for c in named)
