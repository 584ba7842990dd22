"""The lines metadata reading works on: a Document's blocks flattened, with side and zone.

Each line knows where it came from (for evidence), which column it sits in (left/right, from an
extractor region or a table cell) and which zone (header/closing) the extractor marked. Also the
two patterns every part of the form reading shares. What the lines mean is left to the
header, date, title and closing modules.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from tdkt.pipeline.normalize import normalize_text as _normalize
from tdkt.pipeline.record import Evidence


@dataclass
class _Line:
    text: str
    where: str
    side: str | None  # "left" | "right" | None (unknown)
    zone: str | None  # "header" | "closing" | None, from the extractor's region
    block: int

# Patterns on folded text (lower case, no tone marks, same length as the original).
_RULE_LINE = re.compile(r"^[\s\-–—_=.*~]+$")
_BODY_START = re.compile(r"^\s*(?:[ivx]+\s*[.)]|\d+\s*[.)]|[a-d]\s*\)|phan\s+thu|can\s+cu|thuc\s+hien|kinh\s+gui)")


def _lines(document) -> list[_Line]:
    out: list[_Line] = []
    for i, block in enumerate(document.blocks):
        zone = side = None
        if block.region in ("header-left", "header-right", "closing-left", "closing-right"):
            zone, side = block.region.split("-")
        if block.kind == "table" and block.rows:
            for r, row in enumerate(block.rows, start=1):
                seen: list[str] = []
                where = dataclasses.replace(block.where, row=r).label()
                ncols = len(row)
                for c, cell in enumerate(row):
                    if cell in seen:  # python-docx repeats merged cells
                        continue
                    seen.append(cell)
                    cell_side = side or ("left" if c == 0 and ncols > 1 else "right" if ncols > 1 else None)
                    for part in _normalize(cell or "").split("\n"):
                        if part.strip():
                            out.append(_Line(part.strip(), where, cell_side, zone, i))
            continue
        where = block.where.label()
        for part in _normalize(block.full_text or "").split("\n"):
            if part.strip():
                out.append(_Line(part.strip(), where, side, zone, i))
    return out


def _evidence(line: _Line, text: str | None = None) -> list[Evidence]:
    return [Evidence((text or line.text)[:300], line.where)]
