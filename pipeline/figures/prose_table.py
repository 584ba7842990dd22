"""A figure given partly in a lead-in paragraph and partly in the table it introduces, added.

"Thủ trưởng đơn vị tặng Giấy khen đột xuất: cho văn phòng, 02 tập thể và 05 cá nhân; cho các
trạm, cụ thể từng trạm như sau:" over a table whose columns "Khen đột xuất | Tập thể | Cá nhân"
give the rest per sub-unit: the paragraph's own count and the table's column total are two parts
of one figure, and the report clearly means their sum. Only when all of these hold:
  - the paragraph ends with ":" right before the table and announces the detail that follows
    ("cụ thể", "chi tiết", "như sau") in a clause after its last count;
  - the paragraph states counts of a figure whose parts add (`parts_add`), no proposal, no plan;
  - the table (the unit's own columns, pipeline/table_groups.py) has columns headed by that
    same figure, with counts in them.
The table part is its total row when it has one, else its data rows added. The candidate keeps
both parts (for the note and the review) and scores one above the paragraph's own statement and
the table's part alone, so a stated total in prose still wins (stated totals score four more).
Leaves to others: the paragraph's counts (prose.py), the table's headers (table_stage.py).
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.figures.mentions import Candidate, find_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import find_numbers, fold
from tdkt.pipeline.record import Evidence
from tdkt.pipeline.table_stage import cell_value

# The words that announce per-unit detail below: "cụ thể từng đơn vị như sau:", "chi tiết theo biểu".
_ANNOUNCES = re.compile(r"\b(?:cu\s*the|chi\s*tiet|nhu\s*sau)\b")


class LeadIn:
    """The paragraph read just before a table, and what its sentences stated."""

    def __init__(self) -> None:
        self.paragraph = ""
        self.found: list[Candidate] = []
        self.where = ""

    def see_sentence(self, sent, found: list[Candidate]) -> None:
        if sent.paragraph != self.paragraph:
            self.paragraph, self.found, self.where = sent.paragraph, [], sent.where
        self.found += found

    def see_table(self) -> None:
        self.paragraph, self.found = "", []

    def candidates(self, table, rules: Rules, order: int, from_table: list[Candidate]) -> list[Candidate]:
        """The figures the paragraph and the table just below it state together; `from_table`
        are the table's own candidates (its part alone, which the sum outranks)."""
        text = self.paragraph.rstrip()
        if not text.endswith(":") or table is None:
            return []
        out = []
        for figure in dict.fromkeys(c.figure for c in self.found):
            spec = rules.specs[figure]
            said = [c for c in self.found if c.figure == figure]
            if not spec.parts_add or spec.kind != "count" or len(said) != 1 or said[0].proposal:
                continue
            if not _announced_after_counts(text):
                continue
            part = _column_total(table.own(), figure, spec.unit, rules)
            if part is None:
                continue
            value, said_by = part
            prose = said[0]
            parts = [(prose.value, prose.evidence), (value, said_by)]
            score = max([prose.score] + [c.score for c in from_table if c.figure == figure]) + 1
            out.append(dataclasses.replace(prose, value=prose.value + value, score=score, order=order, parts=parts))
        return out


def _announced_after_counts(text: str) -> bool:
    """The announcing words stand in the paragraph's last clause, after its last count."""
    counts = [n for n in find_numbers(text) if n.kind == "count"]
    tail = text[counts[-1].end:] if counts else text
    last_clause = re.split(r"[;.]", tail)[-1]
    return bool(_ANNOUNCES.search(fold(last_clause.lower())))


def _column_total(table, figure: str, unit: str, rules: Rules) -> tuple[int, Evidence] | None:
    """The count the columns headed by `figure` hold: their total row, else their rows added."""
    wanted = {"individuals": ("ind",), "collectives": ("col",)}.get(unit, ("ind", "col"))
    cols = []
    for c, col in enumerate(table.columns):
        ms = find_mentions(col.label, fold(col.label), rules)
        if ms and ms[0].figure == figure and col.unit in wanted:
            cols.append(c)
    if not cols:
        return None
    totals = [r for r in table.rows if r.kind == "total"]
    rows = totals[-1:] or [r for r in table.rows if r.kind == "data"]
    values = [v for r in rows for c in cols if c < len(r.cells) for v in [cell_value(r.cells[c])] if v is not None]
    if not values:
        return None
    where = dataclasses.replace(table.rows[0].where, row=None).label() if table.rows else ""
    groups = {table.columns[c].group for c in cols}
    group = groups.pop() if len(groups) == 1 else None
    heads = ", ".join(dict.fromkeys(table.header[-1][c] if group and table.header else table.columns[c].label
                                    for c in cols))
    how = "dòng tổng" if totals else f"cộng {len(rows)} dòng"
    said = f"bảng: {group} ({heads}; {how})" if group else f"bảng: {heads} ({how})"
    return int(sum(values)), Evidence(said[:300], where)
