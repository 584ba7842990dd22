"""A sub-unit table's column of titles in words: rows counted per title (tables.py's helper).

A table of the unit's own parts ("Đội ... | Số CBCC | LĐTT | CSTĐCS | Danh hiệu tập thể") gives
counts per part in its number columns, and in one column the title each part earned as a
collective, in words ("Tập thể LĐTT", "Tập thể lao động xuất sắc", "Hoàn thành nhiệm vụ"). A
clerk counts the parts whose cell names a title: that title's count, a sum of one per row (kept
with its parts). Only a column with no number in its cells and a heading of titles ("Danh hiệu
...", "Hình thức ...") is read so, only for titles a collective earns (the rows are collectives),
and a cell naming two titles counts for none (a row's own "LĐTT, CSTĐCS" lists its people's).
A cluster's member table ends with its stated total row, whose cell in that column counts the
collective title in words ("15 TTLĐTT/Đơn vị tiên tiến"): one count before the title (or its
rank's equivalents, one figure) is that figure's total (`total_row_title_cells`).
What it leaves to others: the number columns (tables.py `_sub_unit_sums`), the choice (extract.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import Candidate, find_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import find_numbers, fold

_TITLES_HEAD = re.compile(r"\b(?:danh\s*hieu|hinh\s*thuc)\b")


def title_cell_counts(table, plain, col_fig: list, lead: str, rules: Rules, order: int, ev,
                      n_header: int) -> list[Candidate]:
    """Per collective title named in a titles column's cells of the sub-units' rows, the count of
    those rows, as a sum of ones."""
    out = []
    rows = [(i, row) for i, row in plain if table.rows[i].kind == "data"]
    for c, label in enumerate(table.labels):
        if col_fig[c] is not None or not _TITLES_HEAD.search(fold(label.lower())):
            continue
        cells = [row[c] for _, row in rows if c < len(row)]
        if any(re.search(r"\d", cell) for cell in cells):
            continue
        found: dict[str, list] = {}
        for i, row in rows:
            cell = row[c] if c < len(row) else ""
            figures = {m.figure for m in find_mentions(cell, fold(cell), rules)}
            if len(figures) != 1:
                continue
            fig = figures.pop()
            spec = rules.specs[fig]
            if spec.kind != "count" or spec.unit == "individuals" or (spec.exclude and spec.exclude.search(lead)):
                continue
            found.setdefault(fig, []).append((1, ev(n_header + i, row)))
        for fig, parts in found.items():
            if len(parts) >= 2:
                first = parts[0][1]
                out.append(Candidate(fig, len(parts), 2, order, first, None, False, parts))
    return out


def total_row_title_cells(table, row, col_fig: list, lead: str, rules: Rules) -> list[tuple[str, int, int]]:
    """(figure, count, column) of the titles columns of a total row whose cell is "<count> <title>",
    the title a collective one and the only figure the cell names."""
    out = []
    for c, label in enumerate(table.labels):
        if c >= len(row) or col_fig[c] is not None or not _TITLES_HEAD.search(fold(label.lower())):
            continue
        cell = row[c]
        mentions = find_mentions(cell, fold(cell), rules)
        figures = {m.figure for m in mentions}
        counts = [n for n in find_numbers(cell) if n.kind == "count"]
        if len(figures) != 1 or len(counts) != 1 or counts[0].end > mentions[0].start:
            continue
        fig = figures.pop()
        spec = rules.specs[fig]
        if spec.kind != "count" or spec.unit != "collectives" or (spec.exclude and spec.exclude.search(lead)):
            continue
        if cell[counts[0].end:mentions[0].start].strip():
            continue  # "15 đơn vị, trong đó ... TTLĐTT": the count is not the title's
        out.append((fig, int(counts[0].value), c))
    return out
