"""Another body's column groups and rows in a resolved table, told by their headings' words.

Reports set the unit's own figures beside a wider body's for comparison: a two-row header whose
column groups are "Điện lực X | Toàn Công ty ... (để tham khảo)", "Phòng | Toàn ngành", "Trường
| Toàn huyện"; or, under the unit's own total row, a "Toàn Tổng công ty ..." / "Cả khối" row. Those
columns and rows are marked `other_body`, whichever comes first, so that the figures read the
unit's own only (ResolvedTable.own()). A wider body's heading alone is never set aside: with no
group or total row of the unit's own beside it, a "Toàn huyện" table may be the office's own
report (a district office speaking for the district), and a cluster's "Toàn cụm" row its total.
Leaves to others: what each column and row holds (table_stage.py), which figure a cell is
(pipeline/figures/tables.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import fold

# A body wider than the reporting unit, after "Toàn" / "Cả" ("Toàn Công ty", "Cả khối", "Toàn
# ngành"). Not "xã", "đơn vị", "cơ quan": a commune's "Toàn xã" is its own total.
_WIDER = r"(?:tong\s*cong\s*ty|cong\s*ty|tap\s*doan|nganh|huyen|tinh|khoi|cum|toan\s*quoc|he\s*thong)"
_WIDER_HEAD = re.compile(rf"^(?:so\s*lieu\s+|cong\s+|tong\s*(?:cong|so)\s+)?(?:toan|ca|chung\s+(?:ca|toan))\s+{_WIDER}\b")
# "(để tham khảo)": figures given for comparison, never the unit's own, wherever they stand.
_FOR_REFERENCE = re.compile(r"\btham\s*khao\b")
_STT = re.compile(r"^\s*\d{1,3}\s*[.)]?\s*$")
# A total row of the unit's own, as offices name it: "Cộng", "Cộng của Trạm ...", "Tổng số".
_TOTAL_NAME = re.compile(r"^(?:tong\s*cong|tong\s*so|tong|cong)\b")
# A member's name that folds like "Cộng": "Công an huyện", "Công ty ...", "Công đoàn ..." (tones kept).
_NAMED_CONG = re.compile(r"^công\s+(?:an|ty|đoàn)\b")


def is_other_body_heading(text: str) -> bool:
    """A heading or row name of a wider body's figures ("Toàn ngành", "Cả khối", "... (để tham
    khảo)")."""
    f = fold(text.lower()).strip(" -–+•*:.()")
    return bool(_FOR_REFERENCE.search(f) or _WIDER_HEAD.match(f))


def column_groups(header: list[list[str]], width: int) -> list[tuple[str, list[int]]]:
    """(heading, columns) of each heading of the top header row that spans two or more columns
    the rows below subdivide (spans are repeated over their columns by the table stage)."""
    if len(header) < 2 or width < 3:
        return []
    top, below = header[0], header[-1]
    groups: list[tuple[str, list[int]]] = []
    c = 1
    while c < width:
        run = [c]
        while c + len(run) < width and top[c + len(run)].strip() and \
                fold(top[c + len(run)]) == fold(top[c]):
            run.append(c + len(run))
        if top[c].strip() and len(run) >= 2 and len({fold(below[d]) for d in run}) == len(run):
            groups.append((top[c], run))
        c += len(run)
    return groups


def _row_name(cells: list[str]) -> str:
    first = cells[0] if cells else ""
    if (not first.strip() or _STT.match(first)) and len(cells) > 1:
        return cells[1]
    return first


def mark_other_bodies(table) -> None:
    """Mark a ResolvedTable's columns and rows of another body (`other_body`), in place."""
    groups = column_groups(table.header, table.width)
    for heading, cols in groups:
        table.columns[cols[0]].group = heading
        for c in cols:
            table.columns[c].group = heading
    other = [cols for heading, cols in groups if is_other_body_heading(heading)]
    if other and len(other) < len(groups):  # the unit's own group stands beside them
        for cols in other:
            for c in cols:
                table.columns[c].other_body = True
    own_totals = 0
    for row in table.rows:
        name = _row_name(row.cells)
        if _FOR_REFERENCE.search(fold(name.lower())):
            row.other_body = True
        elif is_other_body_heading(name):
            # Under exactly one total row of the unit's own, a wider body's row is not a part of
            # it; after several sub-totals, a "Toàn cụm" row is their grand total.
            row.other_body = own_totals == 1
        elif row.kind == "total" or (_TOTAL_NAME.match(fold(name.lower()).strip(" -–+•*:."))
                                     and not _NAMED_CONG.match(name.lower().strip(" -–+•*:."))):
            own_totals += 1
