"""The table stage: a Document's table blocks resolved once into tables with headers, totals and units.

Readers give a table as rows of cell text (DOCX and ruled PDF tables; OCR gives flattened lines,
which stay text and are not read here). This stage says what each row and column is:
  - header rows: the leading rows without numbers (at most three), the cells of a heading that
    spans columns repeated over the empty cells it covers ("Giấy khen" over "Tập thể | Cá nhân"),
    a wrapped heading's tail row joined to it; each column's label is its header cells joined;
  - body rows by kind: "total" ("Tổng cộng", "Cộng", "Tổng số", "Toàn ..." in the first cells),
    "breakdown" (a "Trong đó" row and the "- ..." rows right under it: parts of the row above,
    never to be added again), "data" otherwise; a section row ("b) Khen thưởng đột xuất 2023",
    its first cell alone, or "IV | KHEN THƯỞNG", Roman-numbered with its title cell alone) is no
    header row: the rows under it carry its words (`Row.section`); a row numbered under a "TT"
    heading or opening with a numbered item ("1. Chỉ đạo, triển khai") is a body row even with
    no count in it;
  - each column's unit when its heading says it: collectives, individuals, a "tập thể / cá nhân"
    pair, percent, money;
  - a table cut by a page break (consecutive table blocks of the same width whose second part has
    no header, or repeats the first part's header) is joined into one;
  - another body's column groups and rows (table_groups.py): a heading spanning columns "Toàn
    Công ty ... (để tham khảo)" beside the unit's own group, a "Toàn ngành" total row under the
    unit's own total row, set aside by their words (`ResolvedTable.own()`), not by position.
What it leaves to others: which figure a column or row holds (pipeline/figures/tables.py), and
tables flattened into text lines (pipeline/figures/tables.py, flattened_*).
The words here are table vocabulary, not the directive's: the rules may add their own total words.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from tdkt.pipeline.normalize import normalize_text
from tdkt.pipeline.numbers import find_numbers, fold
from tdkt.pipeline.table_groups import mark_other_bodies

# First cell of a total row (folded, tone marks off: OCR drops them; "cộng" alone is kept by
# requiring it to open the cell and be followed by nothing or a qualifier).
# "Cộng Cụm", "Cộng cả Khối": the bloc's own total column beside its members' columns.
_TOTAL_CELL = re.compile(r"^(?:tong\s*cong|tong\s*so|tong|cong(?:\s+toan\b.*|\s+chung\b.*|\s+(?:ca\s+)?(?:cum|khoi)\b.*"
                         r"|\s*:?\s*$)"
                         r"|toan\s+(?:cum|khoi|huyen|xa|don\s*vi|nganh)\b|chung\s+ca\b)")
# A body's name opening with "Tổng" ("Tổng LĐLĐ Việt Nam", "Tổng cục Thuế", "Tổng công ty ...")
# heads a row of that awarding body, not a total.
_NAMED_TONG = re.compile(r"^tong\s+(?:ldld|lien\s*doan|cuc|cong\s*ty|giam\s*doc|bi\s*thu|thu\s*ky|tham\s*muu"
                         r"|bo\s*tham\s*muu)\b")
_BREAKDOWN_CELL = re.compile(r"^\s*(?:trong\s*do|bao\s*gom)\b")
_SUB_ROW = re.compile(r"^\s*[-–+•]\s*")
_PAIR_HEAD = re.compile(r"tap\s*the\s*/\s*ca\s*nhan|\btt\s*/\s*cn\b")
_PAIR_CELL = re.compile(r"^\s*(\d+|[-–—])?\s*/\s*(\d+|[-–—])?\s*$")
_COLLECTIVE_HEAD = re.compile(r"\btap\s*the\b|\(\s*tt\s*\)|\btt\s*$")
_INDIVIDUAL_HEAD = re.compile(r"\bca\s*nhan\b|\(\s*cn\s*\)|\bcn\s*$|\bnguoi\b")
_PERCENT_HEAD = re.compile(r"\bt[yi]\s*le\b|%|phan\s*tram")
_MONEY_HEAD = re.compile(r"\bdong\b|trieu|\bty\b|kinh\s*phi|so\s*tien")
_STT = re.compile(r"^\s*(\d{1,3})\s*[.)]?\s*$")


@dataclass
class Column:
    label: str  # header cells of the column joined, top to bottom
    unit: str | None = None  # "col" | "ind" | "pair" | "percent" | "money" | None
    group: str | None = None  # the heading spanning this column and its neighbours, if any
    other_body: bool = False  # under another body's group beside the unit's own (table_groups.py)


@dataclass
class Row:
    cells: list[str]
    kind: str  # "data" | "total" | "breakdown"
    where: object  # pipeline.document.Where of the row (its own block, 1-based row)
    other_body: bool = False  # another body's row beside the unit's own total (table_groups.py)
    section: str = ""  # the section row above it in the table ("b) Khen thưởng đột xuất 2023"), if any


@dataclass
class ResolvedTable:
    blocks: list  # the table blocks it was read from (more than one when a page break cut it)
    header: list[list[str]]  # header rows, spans repeated
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)  # body rows, in order

    @property
    def labels(self) -> list[str]:
        return [c.label for c in self.columns]

    @property
    def width(self) -> int:
        return len(self.columns)

    def body(self, kinds=("data", "total")) -> list[Row]:
        return [r for r in self.rows if r.kind in kinds]

    def own(self) -> "ResolvedTable":
        """The table without another body's columns and rows: the unit's own figures only."""
        keep = [c for c, col in enumerate(self.columns) if not col.other_body]
        rows = [r for r in self.rows if not r.other_body]
        if len(keep) == len(self.columns) and len(rows) == len(self.rows):
            return self
        return dataclasses.replace(self, rows=rows).with_columns(keep)

    def with_columns(self, keep: list[int]) -> "ResolvedTable":
        """The table with only the columns `keep` (indexes, in order) in its header, columns and rows."""
        def pick(cells):
            return [cells[c] for c in keep if c < len(cells)]

        return dataclasses.replace(self, header=[pick(h) for h in self.header], columns=[self.columns[c] for c in keep],
                                   rows=[dataclasses.replace(r, cells=pick(r.cells)) for r in self.rows])


def cell_value(cell: str) -> int | float | None:
    """The first count, percent or decimal of a cell ("05", "72,5%"), None for "-" or text."""
    if len(cell) <= 3 and cell.isascii() and cell.isdigit():
        return int(cell)  # "5", "05", "128": a count (what find_numbers reads in every such cell)
    if not any(map(str.isalnum, cell)):
        return None  # "", "-", "x"-less marks: no digit and no word, no number
    nums = [n for n in find_numbers(cell) if n.kind in ("count", "percent", "decimal")]
    return nums[0].value if nums else None


def _has_data(row: list[str]) -> bool:
    # "3 / 6" (collectives / individuals) reads as a date to find_numbers, yet is data
    return any(cell_value(c) is not None or (_PAIR_CELL.match(c) and any(ch.isdigit() for ch in c))
               for c in row[1:])


def is_total_cell(cell: str, extra: re.Pattern | None = None) -> bool:
    low = cell.lower().strip(" .:*")
    if names_a_body(low):
        return False
    return bool(_TOTAL_CELL.match(fold(low)) or (extra and extra.match(low)))


def names_a_body(cell: str) -> bool:
    """A first cell naming an awarding body that opens with "Tổng" (not a total's word)."""
    return bool(_NAMED_TONG.match(fold(cell.lower().strip(" .:*"))))


def _is_section_row(row: list[str]) -> bool:
    """A row that only names what the rows below are ("a) Khen thưởng tổng kết năm 2022", "b) Khen
    thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023"): its first cell alone, in a table of three
    columns or more. Under the column headings it is no heading of theirs but of the rows."""
    return len(row) >= 3 and bool(row[0].strip()) and not any(c.strip() for c in row[1:])


# A row number under a "TT" / "STT" heading: "1", "2.", "IV", "b)".
_ROW_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[IVX]{1,5}|[A-Za-zĐđ])\s*[.)]?\s*$")
# The heading of a row-number column ("STT", "Số TT", "Số thứ tự"), folded: figures/ uses it too.
NUMBER_HEAD = re.compile(r"^\s*(?:s?tt|so\s*tt|so\s*thu\s*tu)\s*\.?\s*$")
# A part's number over the rows below it: Roman ("IV") or a capital letter ("A", "B": parts above
# the Roman ones in appendix tables).
_ROMAN = re.compile(r"^\s*(?:[IVX]{1,5}|[A-H])\s*[.)]?\s*$")


# A first cell opening with an item's number and its text: "1. Chỉ đạo, triển khai", "II. Khen thưởng".
_NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,3}|[IVX]{1,5})\s*[.)]\s+\w")


def _is_numbered_row(first: list[str], row: list[str]) -> bool:
    """A row numbered under the first row's "TT" heading ("I | CHỈ ĐẠO, TRIỂN KHAI | |", "1 | Kế
    hoạch ... | KH số 07/KH-VP ngày ..."), or whose first cell is a numbered item ("1. Chỉ đạo,
    triển khai | Ban Thường vụ ban hành ..."): a body row, even with no count in it, not a heading."""
    if not row or not first:
        return False
    return bool((NUMBER_HEAD.match(fold(first[0].lower())) and _ROW_NUMBER.match(row[0]))
                or _NUMBERED_ITEM.match(row[0]))


def _is_numbered_section_row(row: list[str]) -> bool:
    """"IV | KHEN THƯỞNG | |" ("B | Khen thưởng đột xuất | |"): a row numbered as a part whose title
    cell alone is filled, in a table of three columns or more, names the part of the table below it
    as a section row does."""
    return (len(row) >= 3 and bool(_ROMAN.match(row[0])) and bool(row[1].strip())
            and not any(c.strip() for c in row[2:]))


def _is_wrapped_tail(row: list[str]) -> bool:
    """A row cut by a page break or a wrapped heading: first cell empty, few cells, no counts
    ("(năm 2022)" is the end of a title cell, not data)."""
    filled = [c for c in row if c.strip()]
    return bool(filled) and not row[0].strip() and 2 * len(filled) <= len(row) and not _has_data(row)


def _column_unit(label: str) -> str | None:
    f = fold(label)
    if _PAIR_HEAD.search(f):
        return "pair"
    if _PERCENT_HEAD.search(f):
        return "percent"
    if _COLLECTIVE_HEAD.search(f):
        return "col"
    if _INDIVIDUAL_HEAD.search(f):
        return "ind"
    if _MONEY_HEAD.search(f):
        return "money"
    return None


def resolve_rows(rows: list[list[str]], where, blocks=None, total_re: re.Pattern | None = None,
                 places: list | None = None) -> ResolvedTable:
    """One table from its rows (cell text). Row i is at `places[i]` when given, else at `where`
    with row number i + 1."""
    rows = [[normalize_text(c or "") for c in row] for row in rows]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    n_header = 0
    while n_header < len(rows) and not _has_data(rows[n_header]) and \
            not (n_header and (_is_section_row(rows[n_header]) or _is_numbered_row(rows[0], rows[n_header]))):
        n_header += 1
    n_header = max(1, min(n_header, 3)) if n_header < len(rows) else min(1, len(rows))
    header = [list(r) for r in rows[:n_header]]
    if n_header > 1:
        # A heading cell spanning columns is read into its first column only: it heads the
        # empty cells to its right that the row below subdivides.
        last = header[-1]
        for r in header[:-1]:
            for c in range(1, width):
                if not r[c].strip() and r[c - 1].strip() and last[c].strip():
                    r[c] = r[c - 1]
    columns = []
    for c in range(width):
        parts: list[str] = []
        for r in header:
            if r[c] and r[c] not in parts:
                parts.append(r[c])
        label = " ".join(parts)
        columns.append(Column(label, _column_unit(label)))
    body: list[Row] = []
    in_breakdown = False
    section = ""
    after_section = False
    for i, row in enumerate(rows[n_header:], start=n_header):
        if _is_section_row(row):
            # a section row a PDF cut in two ("b) Khen thưởng chuyên đề, đột" / "xuất 6 tháng ..."):
            # its lower-case tail goes on with it
            tail = after_section and row[0].lstrip()[:1].islower()
            section = f"{section} {row[0]}" if tail else row[0]
        elif _is_numbered_section_row(row):
            section = f"{row[0].strip()} {row[1].strip()}"
        after_section = _is_section_row(row)
        first = row[0] if row[0].strip() or width < 2 else row[1]
        if is_total_cell(row[0], total_re) or is_total_cell(first, total_re):
            kind, in_breakdown = "total", False
        elif _BREAKDOWN_CELL.match(fold(first.lower())):
            kind, in_breakdown = "breakdown", True
        elif in_breakdown and _SUB_ROW.match(first):
            kind = "breakdown"
        else:
            kind, in_breakdown = "data", False
        place = places[i] if places and i < len(places) else dataclasses.replace(where, row=i + 1)
        body.append(Row(row, kind, place, section=section))
    table = ResolvedTable(list(blocks or []), header, columns, body)
    mark_other_bodies(table)
    return table


def _rows_of(block) -> list[list[str]]:
    return [[normalize_text(c or "") for c in row] for row in (block.rows or [])]


def _continues(prev_rows: list[list[str]], rows: list[list[str]]) -> str | None:
    """How `rows` continue the table `prev_rows` across a break: "repeat" (its first row repeats
    the header), "tail" (its first row finishes the previous part's last row), "data", or None."""
    if not rows or not prev_rows:
        return None
    width = max(len(r) for r in rows)
    if width != max(len(r) for r in prev_rows) or width < 3:
        return None
    if _has_data(prev_rows[0]):
        return None  # the part before had no header: two tables side by side, not one cut
    first = rows[0]
    if [fold(c) for c in first] == [fold(c) for c in prev_rows[0]]:
        return "repeat"
    if _is_wrapped_tail(first):
        return "tail"
    if not _has_data(first):
        return None  # column headings of its own: another table
    stt = _STT.match(first[0])
    if stt:
        # a numbered first row continues only the numbering of the part before
        before = next((_STT.match(r[0]) for r in reversed(prev_rows) if _STT.match(r[0])), None)
        return "data" if before and int(before.group(1)) + 1 == int(stt.group(1)) else None
    return "data"


# "PHỤ LỤC II (tiếp theo)", "Bảng 3 (tiếp)": the line a writer puts over the rest of a table cut by
# a page break. It belongs to the cut, not to a new table.
_CONTINUED = re.compile(r"\(\s*tiep(?:\s+theo)?\s*\)\W*$")


def _is_page_furniture(block) -> bool:
    if block.kind in ("header", "footer", "note"):
        return True
    text = (block.full_text or "").strip(" -–—")
    low = fold(text.lower())
    return not text or text.isdigit() or low.startswith("trang ") or (len(text) <= 80 and bool(_CONTINUED.search(low)))


def resolve_tables(document, total_re: re.Pattern | None = None) -> dict[int, ResolvedTable | None]:
    """id(table block) -> its resolved table; a block that continues the table before it maps
    to None (it was read into that table)."""
    out: dict[int, ResolvedTable | None] = {}
    group: list = []  # table blocks of the table being built
    rows: list[list[str]] = []
    places: list = []  # each row's own place: a joined table's rows keep their page

    def close():
        if group:
            out[id(group[0])] = resolve_rows(rows, group[0].where, group, total_re, places)
            for b in group[1:]:
                out[id(b)] = None

    for block in document.blocks:
        if block.kind != "table" or not block.rows:
            if group and not _is_page_furniture(block):
                close()
                group, rows, places = [], [], []
            continue
        new_rows = _rows_of(block)
        new_places = [dataclasses.replace(block.where, row=j + 1) for j in range(len(new_rows))]
        how = _continues(rows, new_rows) if group else None
        if how is None:
            close()
            group, rows, places = [block], new_rows, new_places
            continue
        group.append(block)
        if how == "repeat":
            new_rows, new_places = new_rows[1:], new_places[1:]
        elif how == "tail":
            cut = new_rows.pop(0)
            new_places.pop(0)
            rows[-1] = [f"{a} {b}".strip() if b else a for a, b in zip(rows[-1], cut)]
        rows += new_rows
        places += new_places
    close()
    return out
