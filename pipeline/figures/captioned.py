"""Appendix tables whose caption names the one figure they hold, with no count of it written
(tables.py's helper).

Long reports end with appendices, each a table under a caption naming what it lists:
  - a list, one row per item, with no count column: "DANH MỤC SÁNG KIẾN ĐƯỢC CÔNG NHẬN ..." over
    "TT | Tên sáng kiến | Tác giả | Quyết định", "DANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU ..." over
    names and posts. A clerk counts the rows (`list_rows`);
  - one row per sub-unit (đội, trạm, xã) with "Tập thể | Cá nhân" counts and no total row: "KHEN
    THƯỞNG GIẤY KHEN CỦA ... NĂM 2022" over the units. The caption says the table is the whole of
    that award, so its rows add up (`sub_unit_rows`), each row a part shown in the note.
Only a caption naming exactly one count figure counts (mentions.lead_figure); a list must open
with "Danh sách" / "Danh mục"; a caption of proposals ("đề nghị") marks the figure as proposed.
A stated total anywhere wins: these candidates score as a table's data row, under a total row.
What it leaves to others: tables with a total row or with titles as columns or rows (tables.py),
lists with an award-kind column (name_lists.py), choosing among candidates (extract.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import Candidate, lead_figure
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import Evidence
from tdkt.pipeline.table_stage import NUMBER_HEAD, cell_value

_LIST_CAPTION = re.compile(r"^\W*(?:\d+\s*[.)]\s*)?danh\s+(?:sach|muc)\b")
_LIST_SCORE = 3  # under a stated total row (6-7), over a sentence's bare mention
_SUM_SCORE = 2  # as a table's data row


def _caption(lead: str) -> str:
    """The table's own caption: the last filled part of its lead (walk.py: heading | lead-in)."""
    return next((p.strip() for p in reversed(lead.split("|")) if p.strip()), "")


def _name_column(table) -> int:
    return 1 if table.labels and NUMBER_HEAD.match(fold(table.labels[0].lower())) and table.width > 1 else 0


def _proposed(caption: str, rules: Rules) -> bool:
    proposal, award = rules.ctx.get("proposal"), rules.ctx.get("award")
    return bool(proposal and proposal.search(caption) and not (award and award.search(caption)))


def list_rows(table, lead: str, rules: Rules, order: int) -> list[Candidate]:
    """A "Danh sách / Danh mục <figure>" table with no count column: its rows are the count."""
    caption = _caption(lead)
    if not _LIST_CAPTION.match(fold(caption)):
        return []
    fig = lead_figure(caption, rules)
    if fig is None or rules.specs[fig].kind != "count":
        return []
    name_c = _name_column(table)
    rows = [r for r in table.rows if r.kind == "data" and name_c < len(r.cells) and r.cells[name_c].strip()]
    counted = [c for c in range(table.width) if c != name_c and not NUMBER_HEAD.match(fold(table.labels[c].lower()))
               and sum(1 for r in rows if c < len(r.cells) and _bare_count(r.cells[c])) * 2 >= max(len(rows), 1)]
    if not rows or counted or any(r.kind == "total" for r in table.rows):
        return []
    spec = rules.specs[fig]
    where = rows[0].where.label().split(",")[0]
    note = f"{spec.label}: đếm {len(rows)} dòng của bảng «{caption[:80]}» ({where})."
    proposed = _proposed(caption, rules)
    names = ", ".join(r.cells[name_c].strip() for r in rows[:3]) + (", …" if len(rows) > 3 else "")
    return [Candidate(fig, len(rows), -1 if proposed else _LIST_SCORE, order, Evidence(names[:300], where), note,
                      proposed)]


def _bare_count(cell: str) -> bool:
    """A cell that is a number alone ("12", "05"): a count column's, not a name or a date."""
    return bool(re.fullmatch(r"\s*\d{1,4}\s*", cell))


def sub_unit_rows(table, lead: str, col_unit: list, rules: Rules, order: int, pick) -> list[Candidate]:
    """Rows of sub-units under a caption naming one figure, counts under "Tập thể | Cá nhân" and no
    total row: the figure is their sum, each row a part. `pick(spec, [(unit, value)])` is the row's
    value for the figure (tables.py _pick_table_value)."""
    fig = lead_figure(_caption(lead), rules)
    if fig is None or rules.specs[fig].kind != "count" or any(r.kind != "data" for r in table.rows):
        return []
    name_c = _name_column(table)
    kinds = [c for c, u in enumerate(col_unit) if u in ("col", "ind") and c != name_c
             and not NUMBER_HEAD.match(fold(table.labels[c].lower()))]  # "TT" is the row number, not tập thể
    if not kinds or len(table.rows) < 2:
        return []
    spec = rules.specs[fig]
    parts = []
    for row in table.rows:
        if name_c >= len(row.cells) or not row.cells[name_c].strip():
            return []  # a row with no name: no plain list of sub-units
        vals = [(col_unit[c], cell_value(row.cells[c])) for c in kinds if c < len(row.cells)]
        value = pick(spec, [(u, v) for u, v in vals if v is not None])
        if value:
            parts.append((value, Evidence(" | ".join(row.cells)[:300], row.where.label())))
    if len(parts) < 2:
        return []
    total = sum(v for v, _ in parts)
    proposed = _proposed(_caption(lead), rules)
    return [Candidate(fig, total, -1 if proposed else _SUM_SCORE, order, parts[0][1], None, proposed, parts)]
