"""DOCX tables after the walk: layout tables vs data tables, and frame tables.

The walk (docx_reader) leaves every table as a `PendingTable`: a grid of cells holding their
blocks. Once the whole body is read, `expand` decides what each becomes:
- a frame table - one cell per row, e.g. a 1x1 box around the whole page - is a container,
  not data: its content is read as if it stood in the body (blocks keep Where.table/row/col);
- a layout table - the two-column header (issuer + "Số: ..." | motto + "..., ngày ... tháng
  ... năm ...") or the signature block ("Nơi nhận:" | "TM. ..." + signer) - is dissolved:
  its cell blocks are emitted as they are, with Block.region "header-left"/"header-right"/
  "closing-left"/"closing-right" (first grid column -> left, any other -> right; a row
  merged across the full width, such as a title placed in the table, gets no region).
  A table is a layout table when it has 2-3 grid columns and at most 4 rows, and either one
  of its cell lines is a header cue ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "Độc lập - Tự do", "Số:",
  "... ngày .. tháng .. năm ..") or a closing cue ("Nơi nhận", "TM.", "KT.", "TL.", "Q.",
  "CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG ..."), or it has no visible borders, stands at the top (at
  most one text block before it) or the bottom (at most two after) and has a cell of
  several lines; never when its first row opens with a row-number column ("TT", "STT": a
  list of people with their posts is data). Header vs closing: cue counts plus position; ties
  go by position;
- any other table becomes one block of kind "table" whose `rows` is the grid (one entry per
  grid column; covered and continuation cells ""); a cell's text is its blocks' full text
  joined by "\\n", nested tables rendered as "a | b" lines.
Only top-level body content is tested for layout; header/footer parts and nested tables
are not. What it leaves to others: reading the grid, spans and merges (docx_reader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from tdkt.pipeline.document import Block, Where

# Cell lines that mark the two layout tables (matched on normalised, case-folded lines).
_HEADER_CUE = re.compile(
    r"^(?:cộng h(?:òa|oà) xã hội chủ nghĩa|độc lập\s*[-–—]\s*tự do|số\s*:|số\s+\S*/)"
    r"|ngày\s+\S{1,6}\s+tháng\s+\S{1,6}\s+năm\s+\S{0,6}\s*$"
)
_CLOSING_CUE = re.compile(
    r"^(?:nơi nhận|t/?m\s*[.:]|k/?t\s*[.:]|tl\s*[.:]|tuq\s*[.:]|q\s*\.|lưu\s*:|người (?:ký|lập|báo cáo)\b)"
    r"|^(?:phó\s+)?(?:chủ tịch|giám đốc|trưởng\s+\S+|hiệu trưởng|bí thư|chánh văn phòng|thủ trưởng)\b"
)


@dataclass
class PendingTable:
    """A table read but not yet classified (layout vs data needs the whole body)."""

    number: int
    first_para: int | None
    grid: list[list[tuple[int, int, list]]]  # rows of (grid col, span, cell items)
    ncols: int
    borders: bool | None


def flatten(items: list) -> Iterator[Block]:
    """Every block of items in document order, descending into table cells."""
    for item in items:
        if isinstance(item, PendingTable):
            for row in item.grid:
                for _, _, cell_items in row:
                    yield from flatten(cell_items)
        else:
            yield item


def _unwrap(items: list) -> Iterator:
    """Frame tables (one cell per row) are containers, not data: their content is read
    as if it stood in the body, so a header table nested in a page frame is still found."""
    for item in items:
        if isinstance(item, PendingTable) and all(len(row) <= 1 for row in item.grid):
            for row in item.grid:
                for _, _, cell_items in row:
                    yield from _unwrap(cell_items)
        else:
            yield item


def expand(items: list, top_level: bool) -> list[Block]:
    """Blocks for walked items: tables become table blocks, or - at top level - frames are
    unwrapped and layout tables dissolved into region-tagged blocks."""
    out: list[Block] = []
    if top_level:
        items = list(_unwrap(items))
        text_before = []
        n = 0
        for item in items:
            text_before.append(n)
            n += 1 if (isinstance(item, PendingTable) or item.text) else 0
        total = n
    for index, item in enumerate(items):
        if not isinstance(item, PendingTable):
            out.append(item)
            continue
        before = text_before[index] if top_level else None
        after = total - before - 1 if top_level else None
        region = _layout_region(item, before, after) if top_level else None
        if region is not None:
            out.extend(_layout_blocks(item, region))
        else:
            out.append(table_block(item))
    return out


def _layout_region(t: PendingTable, before: int | None, after: int | None) -> str | None:
    if not (2 <= t.ncols <= 3 and len(t.grid) <= 4) or _numbered_header(t):
        return None
    header = closing = 0
    multiline = False
    for row in t.grid:
        for _, _, cell_items in row:
            lines = [b.text for b in flatten(cell_items) if b.text]
            multiline = multiline or len(lines) >= 2
            for text in lines:
                for line in text.split("\n"):
                    line = line.strip().casefold()
                    header += bool(_HEADER_CUE.search(line))
                    closing += bool(_CLOSING_CUE.search(line))
    top = before is not None and before <= 1
    bottom = after is not None and after <= 2
    if header == 0 and closing == 0:
        if not (t.borders is not True and multiline and (top or bottom)):
            return None
    h_score, c_score = header + top, closing + bottom
    if h_score == c_score:
        return "header" if (before or 0) <= (after or 0) else "closing"
    return "header" if h_score > c_score else "closing"


_ROW_NUMBER_HEAD = re.compile(r"^(?:s[ốo]\s*)?tt\.?$|^stt\.?$")


def _numbered_header(t: PendingTable) -> bool:
    """A data table's header row opens with its row-number column ("TT | Họ và tên | Chức vụ"): a
    list of people with their posts ("Trưởng phòng") is data, not a signature block."""
    first = t.grid[0] if t.grid else []
    if not first:
        return False
    lines = [b.text for b in flatten(first[0][2]) if b.text]
    return len(lines) == 1 and bool(_ROW_NUMBER_HEAD.match(lines[0].strip().casefold()))


def _layout_blocks(t: PendingTable, region: str) -> list[Block]:
    out: list[Block] = []
    for row in t.grid:
        for col, span, cell_items in row:
            # a row merged across the whole width (e.g. the title under the header) is body
            side = None if span >= t.ncols else f"{region}-left" if col == 0 else f"{region}-right"
            for item in cell_items:
                if isinstance(item, PendingTable):
                    # a table nested in a layout cell takes the side of that cell
                    for block in _layout_blocks(item, region):
                        block.region = side
                        out.append(block)
                else:
                    item.region = side
                    out.append(item)
    return out


def table_block(t: PendingTable) -> Block:
    rows: list[list[str]] = []
    for row in t.grid:
        cells = [""] * t.ncols
        for col, _, cell_items in row:
            if col < len(cells):
                cells[col] = _cell_text(cell_items)
        rows.append(cells)
    return Block(kind="table", text="", rows=rows, where=Where(paragraph=t.first_para, table=t.number))


def _cell_text(items: list) -> str:
    lines: list[str] = []
    for item in items:
        if isinstance(item, PendingTable):
            nested = table_block(item)
            lines.extend(" | ".join(c for c in row) for row in nested.rows or [])
        elif item.full_text:
            lines.append(item.full_text)
    return "\n".join(lines)
