"""Tables typed as plain text: aligned lines read back as a table block, before the table stage.

Some offices type a table without Word's table tool: a heading line, then one line per row with
the columns kept apart by tabs or runs of spaces ("TT    Hình thức khen thưởng      Tập thể   Cá
nhân" / "2     Lao động tiên tiến               -           28"). The readers give each line as a
paragraph and normalise its spacing away (pipeline/normalize.py), so the columns are told here by
what the lines hold, not by where they stand:
  - a heading line: short, no counts, ending with two or more count-column headings ("Tập thể",
    "Cá nhân", "Số lượng", "Số lượt", "Tổng số"), optionally opening with "TT"/"STT";
  - row lines under it: an optional row number ("1", "II", "a)"), a title, then exactly as many
    cells as the heading has count columns, each a count or an empty mark ("-", "x" is kept);
  - a part's line ("I  Thành tích năm 2022"): a row number (Roman or a capital) and a title with
    no cells: a section row of the table (table_stage reads it as such);
  - the table ends at the first other line (a "- ..." bullet, a sentence, a heading).
At least two row lines make a table. The lines are replaced by one "table" block whose rows are
the cells, placed at the first line's paragraph, so that the table stage, the figures and the item
checks all see cells. Why here and not in extractors/: the readers' job is the file format; these
lines are ordinary paragraphs in every format (DOCX, .doc, a text PDF's lines, OCR lines), and
the DOCX reader's spacing is gone once normalised, so one reading over the Document serves them all.
What it leaves to others: headers, sections and totals (table_stage.py), which figure a cell is
(pipeline/figures/tables.py).
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.numbers import fold

# Count-column headings a plain-text award table ends its heading line with (folded).
_COUNT_HEAD = r"(?:tap\s+the|ca\s+nhan|so\s+luong|so\s+luot|tong\s+so|tong\s+cong)"
_HEAD_LINE = re.compile(rf"^(?P<lead>.*?)(?P<cols>(?:\b{_COUNT_HEAD}\s*){{2,}})$")
_HEAD_COL = re.compile(_COUNT_HEAD)
_NUMBER_HEAD = re.compile(r"^\s*(?:s?tt|so\s+tt)\b\s*")
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[IVX]{1,5}|[A-H]|[a-zđ])[.)]?$")
_PART_NUMBER = re.compile(r"^(?:[IVX]{1,5}|[A-H])[.)]?$")
_CELL = re.compile(r"^(?:\d{1,3}(?:\.\d{3})*|\d{1,5}|[-–—x])$")
_MAX_LINE = 150


def _heading(text: str) -> tuple[str, str, int] | None:
    """(the row-number column's heading or "", the title column's heading, count columns) of a
    heading line."""
    if len(text) > 120 or any(map(str.isdigit, text)):  # map: no generator frame per character
        return None
    folded = fold(text.lower()).strip(" :")
    m = _HEAD_LINE.match(folded)
    if not m:
        return None
    n_cols = len(_HEAD_COL.findall(m.group("cols")))
    lead = m.group("lead").strip()
    number = _NUMBER_HEAD.match(lead)
    words = text.split()
    n_number = len(number.group(0).split()) if number else 0
    return " ".join(words[:n_number]), " ".join(words[n_number:len(lead.split())]), n_cols


def _row(text: str, n_cols: int) -> tuple[str, str, list[str]] | None:
    """(row number, title, cells) of a row line, cells empty for a part's line; None otherwise."""
    if len(text) > _MAX_LINE or text.lstrip().startswith(("-", "+", "•", "*")):
        return None
    words = text.split()
    number = words[0] if words and _ROW_NUMBER.match(words[0]) else ""
    rest = words[1:] if number else words
    cells: list[str] = []
    while rest and len(cells) < n_cols and _CELL.match(rest[-1]):
        cells.insert(0, rest.pop())
    if not rest or not any(ch.isalpha() for ch in " ".join(rest)):
        return None
    if len(cells) == n_cols:
        return number, " ".join(rest), cells
    if _PART_NUMBER.match(number) and all(c[0].isdigit() for c in cells) \
            and not text.rstrip().endswith((".", ";", ":")):
        return number, " ".join(rest + cells), []  # "II  Khen thưởng năm 2023": its year is no cell
    return None


def with_plain_tables(document):
    """The document with each run of aligned plain-text lines under a heading line made one table
    block; the document itself when it has none."""
    blocks = document.blocks
    out: list = []
    i, changed = 0, False
    while i < len(blocks):
        block = blocks[i]
        head = _heading(block.full_text or "") if block.kind == "paragraph" else None
        if head is None:
            out.append(block)
            i += 1
            continue
        numbered, title, n_cols = head
        rows, j = [], i + 1
        while j < len(blocks) and blocks[j].kind == "paragraph":
            row = _row(blocks[j].full_text or "", n_cols)
            if row is None:
                break
            rows.append(row)
            j += 1
        while rows and not rows[-1][2]:  # a part's line closing the run belongs to the text below
            rows.pop()
            j -= 1
        if sum(1 for r in rows if r[2]) < 2:
            out.append(block)
            i += 1
            continue
        lead = [numbered] if numbered else []
        header = lead + [title] + _column_headings(block.full_text or "", n_cols)
        cells = [([r[0]] if numbered else []) + [r[1] if numbered or not r[0] else f"{r[0]} {r[1]}"]
                 + (r[2] or [""] * n_cols) for r in rows]
        out.append(dataclasses.replace(block, kind="table", text="", rows=[header] + cells,
                                       list_label=None, heading_level=None))
        i, changed = j, True
    return dataclasses.replace(document, blocks=out) if changed else document


def _column_headings(text: str, n_cols: int) -> list[str]:
    """The last `n_cols` count-column headings of a heading line, as written ("Tập thể", "Cá nhân")."""
    words = text.split()
    folded = [fold(w.lower()) for w in words]
    heads: list[str] = []
    k = len(words)
    while k > 0 and len(heads) < n_cols:
        for size in (2, 1):
            if k - size >= 0 and _HEAD_COL.fullmatch(" ".join(folded[k - size:k])):
                heads.insert(0, " ".join(words[k - size:k]))
                k -= size
                break
        else:
            break
    return heads if len(heads) == n_cols else [f"Cột {c + 1}" for c in range(n_cols)]
