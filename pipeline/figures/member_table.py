"""Counts a cluster gives member by member in a table with no total row: reported, yet no figure.

"Xã | LĐTT | CSTĐCS | Giấy khen" over one row per member commune and no total row: the report
gives each title's counts, per member, and states none for itself (the checklist takes a
cluster's figure as its stated total over members, never a sum the checker makes; tables.py
adds no rows of members). The titles are still reported: the items' check may count such a
column as the title's part (K2 "Danh hiệu, Giấy khen năm 2022" names every title) without a
figure. tables.py marks each such column with a Candidate carrying MEMBER_NOTE; extract.py takes
the marks out of the candidates (`PerMember.take`) into FiguresResult.per_member.
What it leaves to others: which rows are members (tables.py, `member_row` / `member_heading`),
the statuses (pipeline/check/items.py).
"""

from __future__ import annotations

import dataclasses

from tdkt.pipeline.figures.mentions import Candidate
from tdkt.pipeline.record import Evidence
from tdkt.pipeline.table_stage import cell_value

MEMBER_NOTE = "per-member"


def member_marks(table, plain, fig_cols, col_fig, labels, rules, order) -> list[Candidate]:
    """One mark per count figure whose column holds a number in a member's row."""
    out = []
    where = dataclasses.replace(table.rows[0].where, row=None).label() if table.rows else ""
    for fig in dict.fromkeys(col_fig[c] for c in fig_cols):
        if rules.specs[fig].kind != "count":
            continue
        cols = [c for c in fig_cols if col_fig[c] == fig]
        if any(c < len(row) and cell_value(row[c]) is not None for _, row in plain for c in cols):
            out.append(Candidate(fig, 0, -99, order, Evidence(f"{labels[cols[0]]} (theo từng đơn vị thành viên)",
                                                               where), MEMBER_NOTE))
    return out


class PerMember:
    """Collects the marks out of a table's candidates, first evidence per figure kept."""

    def __init__(self):
        self.evidence: dict[str, Evidence] = {}

    def take(self, candidates: list[Candidate]) -> list[Candidate]:
        kept = []
        for cand in candidates:
            if cand.note == MEMBER_NOTE:
                self.evidence.setdefault(cand.figure, cand.evidence)
            else:
                kept.append(cand)
        return kept
