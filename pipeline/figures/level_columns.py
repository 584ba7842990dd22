"""Award levels as columns: a row's count is its row-total cell, else its levels' cells added (tables.py's helper).

A commendation table may give one column per awarding level with no unit of its own, "TT | Danh
hiệu, hình thức | Cấp tỉnh | Cấp huyện | Cấp cơ sở | Cộng": each level cell counts the row's title at
that level, the "Cộng" ("Tổng số") column their sum. A row's figure, a title's row or a section's
total row ("Cộng B"), is its row-total cell; with no such column its level cells add up. The first
level's cell alone is never the figure. Level headings are table vocabulary ("cấp ...", "trung
ương", "UBND ..."); column groups of levels over "Tập thể | Cá nhân" are tables.py's `_level_groups`.
What it leaves to others: which figure a row holds (tables.py, section_totals.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import fold

# "Cấp tỉnh", "Cấp Bộ, tỉnh", "Cấp cơ sở", "Trung ương", "UBND huyện", "Chủ tịch UBND tỉnh": folded
_LEVEL = re.compile(r"^(?:cap\s+\w+|trung\s*uong|(?:chu\s*tich\s+)?ubnd\s+\w+)\b")


def level_columns(labels: list[str], col_unit: list) -> list[int]:
    """The columns headed by an awarding level with no unit of their own; [] unless two or more."""
    cols = [c for c, label in enumerate(labels) if col_unit[c] is None and _LEVEL.match(fold(label.lower()).strip())]
    return cols if len(cols) >= 2 else []


def level_row_value(row: list[str], levels: list[int], total_cols: list[int], cell_count) -> int | None:
    """A row's count over level columns: its row-total cell, else its level cells added; None
    when the table has no level columns or the row no count in them."""
    if not levels:
        return None
    for c in total_cols:
        if c < len(row) and c not in levels:
            v = cell_count(row[c])
            if v is not None:
                return int(v)
    vals = [cell_count(row[c]) for c in levels if c < len(row)]
    vals = [v for v in vals if v is not None]
    return int(sum(vals)) if vals else None
