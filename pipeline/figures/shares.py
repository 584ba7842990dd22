"""A column counting a share of each row's individuals, beside rows of titles (tables.py's helper).

Appendix tables of award kinds often add a column "Trong đó cá nhân là CB lãnh đạo, quản lý"
after "Tập thể | Cá nhân": each row's count of leaders among its individuals, and on the
"Cộng cá nhân" row the leaders among all individuals awarded. Its heading names the leaders'
ratio figure, yet the column holds counts, not a ratio, and the table's titles are its rows:
the column is set aside from the titles-as-columns reading (`share_columns`), and the ratio is
its total row's count over the individuals' count on that row (`share_ratios`, noted as
computed from the counts). A heading with a ratio's words ("Tỷ lệ", "%") is a ratio column and
stays tables.py's; a table with no total row states no denominator and gives no ratio.
What it leaves to others: every other cell of the table (tables.py), the choice (extract.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import Candidate, find_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import Evidence

_RATIO_WORDS = re.compile(r"\bt[yi]\s*le\b|%|phan\s*tram")
_BREAKDOWN_HEAD = re.compile(r"^\s*(?:trong\s*do|trong\s*so|so\s*ca\s*nhan\s*la|so\s*nguoi\s*la)\b")


def share_columns(table, col_fig: list, rules: Rules) -> dict[int, str]:
    """Columns heading a ratio figure's people as a count ("Trong đó ... lãnh đạo, quản lý") in a
    table whose rows name count titles, with that figure; empty when the table is no such table."""
    shares = {}
    for c, fig in enumerate(col_fig):
        if fig is None or rules.specs[fig].kind != "percent":
            continue
        label = fold(table.columns[c].label.lower())
        if _RATIO_WORDS.search(label) or not _BREAKDOWN_HEAD.match(label):
            continue
        if _individuals_column(table, c) is not None:
            shares[c] = fig
    if not shares:
        return shares
    titled = 0
    for row in table.rows:
        head = " ".join(row.cells[:2])
        if any(rules.specs[m.figure].kind == "count" for m in find_mentions(head, fold(head), rules)):
            titled += 1
    return shares if titled >= 2 else {}


def _individuals_column(table, c: int) -> int | None:
    """The individuals' column the share column breaks down: the nearest one before it."""
    for d in range(c - 1, -1, -1):
        if table.columns[d].unit == "ind":
            return d
    return None


def share_ratios(table, shares: dict[int, str], is_total, cell_count, order: int) -> list[Candidate]:
    """Per share column, its count over the individuals' count on the first total row stating both."""
    out = []
    for c in sorted(shares):
        d = _individuals_column(table, c)
        for row in table.rows:
            if not is_total(row) or max(c, d) >= len(row.cells):
                continue
            part, whole = cell_count(row.cells[c]), cell_count(row.cells[d])
            if part is None or not whole or part > whole:
                continue
            evidence = Evidence(" | ".join(row.cells)[:300], row.where.label())
            out.append(Candidate(shares[c], round(100 * part / whole, 1), 2, order, evidence, "from-counts"))
            break
    return out
