"""A members' table's total row whose collectives' column counts titles in words (tables.py's helper).

A cluster or bloc lists its members with the collective title each registered and achieved, in
words ("Tập thể đạt năm 2022 | TTLĐXS"), and closes with a total row that counts them per title
in one cell: "04 TTLĐXS, 03 TTLĐTT". Each count standing right before a collective figure's title
is that figure's total. Read only in a column whose heading names collectives ("tập thể") that
were achieved, not registered or planned (the rules' `plan` words: "Tập thể đăng ký năm 2022"
lists pledges), and which no figure's title heads. Titles that are no figure (TTLĐXS) are skipped.
What it leaves to others: a "Danh hiệu ..." column with one count (title_cells.py), the number
columns and the choice (tables.py, extract.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import find_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import find_numbers, fold

# "Tập thể đạt năm 2022", "Danh hiệu tập thể đạt được": the collectives that achieved a title
_ACHIEVED_COLLECTIVES = re.compile(r"\btap\s*the\b.*\bdat\b")


def total_row_title_pairs(table, row, col_fig: list, lead: str, rules: Rules) -> list[tuple[str, int, int]]:
    """(figure, count, column) for each "<count> <collective title>" in an achieved collectives'
    column of a total row."""
    out = []
    plan = rules.ctx.get("plan")
    for c, label in enumerate(table.labels):
        if c >= len(row) or col_fig[c] is not None:
            continue
        low = label.lower()
        if not _ACHIEVED_COLLECTIVES.search(fold(low)) or (plan and plan.search(low)):
            continue
        cell = row[c]
        mentions = find_mentions(cell, fold(cell), rules)
        found: dict[str, int] = {}
        for n in find_numbers(cell):
            if n.kind != "count":
                continue
            m = next((m for m in mentions if m.start >= n.end), None)
            if m is None or cell[n.end:m.start].strip():
                continue  # "04 TTLĐXS": a title that is no figure stands after the count
            spec = rules.specs[m.figure]
            if spec.kind != "count" or spec.unit != "collectives" or (spec.exclude and spec.exclude.search(lead)):
                continue
            if m.figure in found:
                found[m.figure] = -1  # the same title counted twice in one cell: no single total
                continue
            found[m.figure] = int(n.value)
        out += [(fig, v, c) for fig, v in found.items() if v >= 0]
    return out


def pledged_table_totals(data, body, is_total, col_fig: list, table, lead: str, rules: Rules, order: int, ev,
                         n_header: int) -> list:
    """Candidates of a table whose title columns are all pledges ("LĐTT (đăng ký/đạt)"): only its
    last total row's achieved collectives' column ("04 TTLĐXS, 03 TTLĐTT") states a figure."""
    from tdkt.pipeline.figures.mentions import Candidate

    total_rows = [(i, r) for i, r in enumerate(data) if is_total(body[i])]
    out = []
    for i, row in total_rows[-1:]:
        for fig, v, _ in total_row_title_pairs(table, row, col_fig, lead, rules):
            out.append(Candidate(fig, v, 7, order, ev(n_header + i, row)))
    return out
