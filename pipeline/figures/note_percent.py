"""A ratio row's percentage written in a cell of its own beside the counts (tables.py's helper).

Appendix tables of awards often end with a ratio part whose rows give the people counted under
"Cá nhân | Cộng" and the percentage in the last cell, under a heading that says nothing of a
ratio ("Ghi chú"): "Trong đó: người lao động trực tiếp | - | 27 | 27 | 60,0%". The "Cộng" cell is
the row's count, not the ratio; the percentage is stated, so it is the figure. Only a cell that
is a percentage alone ("60,0%", "60,0 %") counts, and only when the row has exactly one and its
total-column cells carry none: a row of several percentages (per member, per quarter) and a total
cell stating its own ("Toàn Khối | 68,5%") are left to tables.py's other readings.
What it leaves to others: which row is a ratio's (tables.py, mentions.py), a percent heading's
column and a total column's cell (tables.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import find_numbers

_PERCENT_ALONE = re.compile(r"^\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*$")


def percent_aside(row: list[str], total_cells: list[int]) -> float | None:
    """The one percentage-alone cell of `row` when its total-column cells (`total_cells`, the
    "Cộng" / "Tổng số" columns) hold bare counts; None otherwise (no such column, a total cell
    carrying its own percentage, no or several percentage cells)."""
    if not total_cells or any("%" in row[c] for c in total_cells if c < len(row)):
        return None
    cells = [c for c in range(1, len(row)) if c not in total_cells and _PERCENT_ALONE.match(row[c])]
    if len(cells) != 1:
        return None
    nums = [n.value for n in find_numbers(row[cells[0]]) if n.kind == "percent"]
    return nums[0] if nums else None
