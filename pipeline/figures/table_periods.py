"""A table with titles as rows and periods as column groups (tables.py's helper).

"Cấp khen thưởng | Thành tích năm 2022 (Tập thể | Cá nhân) | Chuyên đề, đột xuất 2023 (Tập thể |
Cá nhân)": each row is an award level or title ("Danh hiệu Lao động tiên tiến", "Giấy khen Chủ
tịch UBND huyện", "Bằng khen Chủ tịch UBND tỉnh"), and only one column group names a figure of
its own (the parts-adding thematic and ad-hoc awards). Then a row naming a title gives that
title from the unnamed columns (the annual titles' period), by its unit; the named group's
cells of every row, whatever the award level, are that figure's parts and add up. A total row
("Cộng") adds levels of different titles and gives nothing. Reading other table shapes is left
to tables.py.
"""

from __future__ import annotations

from tdkt.pipeline.figures.mentions import Candidate, find_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import fold


def period_candidates(data, body, col_fig, col_unit, rules: Rules, order: int, ev, n_header, is_total,
                      cell_count, pick) -> list[Candidate] | None:
    """Candidates of such a table, or None when the table has another shape."""
    named = {f for f in col_fig if f}
    if len(named) != 1:
        return None
    group_fig = named.pop()
    if not rules.specs[group_fig].parts_add:
        return None
    plain_cols = [c for c in range(1, len(col_fig)) if col_fig[c] is None]
    group_cols = [c for c in range(1, len(col_fig)) if col_fig[c] == group_fig]
    if not plain_cols:
        return None
    titled = []
    for i, row in enumerate(data):
        if is_total(body[i]) or not row or not row[0].strip():
            continue
        ms = find_mentions(row[0], fold(row[0]), rules)
        if ms and ms[-1].figure != group_fig:
            titled.append((i, ms[-1]))
    if len(titled) < 2:
        return None
    out: list[Candidate] = []
    for i, m in titled:
        row = data[i]
        spec = rules.specs[m.figure]
        if spec.kind != "count":
            continue
        vals = [(col_unit[c], v) for c in plain_cols if c < len(row) and (v := cell_count(row[c])) is not None]
        value = _units_added(spec.unit, vals) if spec.unit == "both" else pick(spec, vals)
        if value is not None:
            out.append(Candidate(m.figure, int(value), 2, order, ev(n_header + i, row), m.note))
    parts = []
    for i, row in enumerate(data):
        if is_total(body[i]):
            continue
        vals = [v for c in group_cols if c < len(row) and (v := cell_count(row[c])) is not None]
        if vals and sum(vals):
            parts.append((int(sum(vals)), ev(n_header + i, row)))
    if parts:
        first = parts[0][1]
        out.append(Candidate(group_fig, sum(v for v, _ in parts), 3, order, first, None, False,
                             parts if len(parts) > 1 else None))
    return out


def _units_added(unit: str, vals) -> int | None:
    """A title counting both collectives and individuals: the cells of the period added."""
    return int(sum(v for _, v in vals)) if vals else None
