"""A table part's own row carrying counts: the subtotal of the item rows under it (tables.py's helper).

Appendix tables number their parts with Roman numerals and their items with Arabic ones ("I |
Khen thưởng thành tích năm 2022", "II | Khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023 | 04 |
07 | 11", then "1 | Giấy khen ... (chuyên đề) | 01 | 01 | 02", "2 | ..."). A part's row that holds
counts states the sum of its items: it is that figure's stated total, never one more part beside
its items (which would count them twice). A part's row without counts is a section row (the table
stage), and one with no numbered item under it is a row like any other.
What it leaves to others: which figure a row names, and reading its cells (tables.py).
"""

from __future__ import annotations

import re

_PART = re.compile(r"^\s*[IVX]{1,5}\s*[.)]?\s*$")  # "II", "IV."
_ITEM = re.compile(r"^\s*\d{1,3}(?:\.\d{1,2})?\s*[.)]?\s*$")  # "1", "2.", "1.2"


def part_subtotal_rows(data, cell_count) -> set[int]:
    """Indices of `data` rows numbered as a part (Roman), holding a count in a cell after its
    title, with at least one Arabic-numbered item row under it before the next part."""
    out: set[int] = set()
    for i, row in enumerate(data):
        if len(row) < 3 or not _PART.match(row[0] or "") or not any(cell_count(c) is not None for c in row[2:]):
            continue
        for below in data[i + 1:]:
            first = below[0] if below else ""
            if _PART.match(first or ""):
                break
            if _ITEM.match(first or ""):
                out.add(i)
                break
    return out
