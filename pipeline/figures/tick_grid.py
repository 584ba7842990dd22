"""A self-assessment grid ticked row by row: "TT | Nội dung | Có | Không | Ghi chú", an "x" under
"Có" or under "Không" on each point of the directive.

The tick is a yes or a no, never a count: "x" under "Không" on "Có sáng kiến được công nhận" says
the unit has none (a stated zero), an "x" under "Có" claims without a count, and the note cell
says what was done ("Chưa có; 01 giải pháp đang hoàn thiện", "9/9 người đăng ký"). Each data row
is read as the sentence "<name>: Không" (a no) or "<name>: <note>" (a yes with a note), like an
answer table's rows (answer_table.py), so the sentence readers give what it states; a yes with no
note states nothing. A "no" whose note is a count ("Không | 01 giải pháp đang hoàn thiện") stays
a no: the note explains it.
What it leaves to others: what a sentence states (prose.py and the other sentence readers),
header and section rows (pipeline/table_stage.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.walk import _SPLIT, Sentence
from tdkt.pipeline.numbering import NUMBERING
from tdkt.pipeline.numbers import fold

_YES = re.compile(r"^\s*(?:co|dat|da\s*thuc\s*hien)\s*$")
_NO = re.compile(r"^\s*(?:khong|chua|khong\s*dat|chua\s*thuc\s*hien)\s*$")
_NOTE = re.compile(r"^\s*(?:ghi\s*chu|ket\s*qua|minh\s*chung|dien\s*giai|thuyet\s*minh)\b")
_ASKS = re.compile(r"^có\s", re.IGNORECASE)  # a point asked as "Có ...?" ("Có sáng kiến được ...")
_TICK = re.compile(r"^\s*[xX✓✔☑vV+]\s*$")


def grid_columns(table) -> tuple[int, int, int, int | None] | None:
    """(name, yes, no, note or None) columns of a tick grid, or None."""
    labels = [fold(label.lower()) for label in table.labels]
    yes = next((c for c, label in enumerate(labels) if _YES.match(label)), None)
    no = next((c for c, label in enumerate(labels) if _NO.match(label)), None)
    if yes is None or no is None or min(yes, no) == 0:
        return None
    names = [c for c in range(min(yes, no)) if labels[c].strip() and len(labels[c]) > 3]
    if not names:
        return None
    note = next((c for c, label in enumerate(labels) if c > max(yes, no) and _NOTE.match(label)), None)
    ticks = [r for r in table.rows if r.kind == "data" and max(yes, no) < len(r.cells)
             and (_TICK.match(r.cells[yes]) or _TICK.match(r.cells[no]))]
    if len(ticks) < 3:
        return None
    return names[-1], yes, no, note


def grid_sentences(table, lead: str, section_re) -> list[Sentence] | None:
    """The sentences a tick grid's rows state, in order; None when `table` is no tick grid."""
    columns = grid_columns(table)
    if columns is None:
        return None
    name_col, yes_col, no_col, note_col = columns
    heading = lead.split("|")[0].strip()
    out: list[Sentence] = []
    for row in table.rows:
        if row.kind != "data" or max(yes_col, no_col) >= len(row.cells):
            continue
        name = row.cells[name_col].strip().rstrip(" :.")
        said_no = bool(_TICK.match(row.cells[no_col])) and not _TICK.match(row.cells[yes_col])
        note = row.cells[note_col].strip() if note_col is not None and note_col < len(row.cells) else ""
        if not name or (not said_no and not note) or not _TICK.match(row.cells[yes_col]) and not said_no:
            continue
        text = f"{name}: {note}"
        if said_no:  # "Có sáng kiến được công nhận" ticked no: "Không có sáng kiến được công nhận"
            text = f"Không có {name[3:]}" if _ASKS.match(name) else f"{name}: Không"
        row_lead = f"{heading} | {row.section}".lower()
        section = bool(section_re and (section_re.search(row.section.lower()) or section_re.search(heading.lower())))
        before = ""
        for part in _SPLIT.split(text):
            part = NUMBERING.sub("", part).strip()
            if part:
                out.append(Sentence(part, row.where.label(), row_lead, section, before, text))
                before = part
    return out
