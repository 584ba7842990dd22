"""The closing block (and the header) of an OCR'd page read as two columns before its lines
are made.

A scan's closing holds the recipients list ("Nơi nhận: ...", left) beside the signature column
(the authority, the signature, the signer's name, right). Their lines do not sit on the same
baselines, and a slight tilt or a taller word moves a right-column word's box by half a line:
grouping the page's words into rows by vertical position alone then puts "Chinh" on the row of
"- Lưu: VT, SGDĐT." and leaves "Lê Trung" on a row of its own. Here the rows from the
"Nơi nhận" row down are looked at as long as one vertical gutter (an x-range no word of theirs
crosses, in the middle band of the page) separates them; their words are cut at that gutter and
each column is grouped into rows on its own (pdf_layout.group_rows), then rows of the two
columns at the same height are put back side by side as pieces of one row. Page 1's header
(issuer and number left, motto and date line right) is read the same way from the top row
down: a faint date line's "ngày" sits lower than the number beside it ("Số: 45/BC-UBND").
What it leaves to others: grouping words into rows (pdf_layout.group_rows), deciding what the
closing's lines say (pipeline.metadata.closing). Text PDFs are not touched: their characters
sit on exact baselines.
"""

from __future__ import annotations

from tdkt.extractors import pdf_layout

# The gutter between the closing's columns lies in this band of the page width: the recipients
# list starts at the left margin, the signature column is centred in the right half.
_GUTTER_BAND = (0.3, 0.7)
_MIN_GUTTER_EM = 1.5  # the gutter is at least this many letter heights wide (a word space is ~0.3)


def split_columns(rows: list[list[pdf_layout.Line]], page: int, width: float) -> list[list[pdf_layout.Line]]:
    """`rows` (pdf_layout.group_rows of a page's OCR words) with the two columns of the
    header (page 1's top rows: the issuer and number beside the motto and the date line) and
    of the closing (from the "Nơi nhận" row down) regrouped apart."""
    rows = split_closing_columns(rows, page, width)
    if page == 1 and rows:
        rows = _split_run(rows, 0, page, width, cue_first=False)
    return rows


def split_closing_columns(rows: list[list[pdf_layout.Line]], page: int, width: float) -> list[list[pdf_layout.Line]]:
    """`rows` with the closing's two columns regrouped apart; unchanged when the page has no
    "Nơi nhận" row or no gutter below it."""
    start = next((k for k in range(len(rows) - 1, -1, -1)
                  if any(pdf_layout._CLOSING_CUE.match(piece.text) for piece in rows[k])), None)
    if start is None:
        return rows
    return _split_run(rows, start, page, width, cue_first=True)


def _split_run(rows: list[list[pdf_layout.Line]], start: int, page: int, width: float,
               cue_first: bool) -> list[list[pdf_layout.Line]]:
    """The rows from `start` down that one gutter separates, regrouped per column."""
    heights = sorted(w.bottom - w.top for row in rows[start:] for piece in row for w in piece.words)
    min_gutter = _MIN_GUTTER_EM * heights[len(heights) // 2]
    gutter = (_GUTTER_BAND[0] * width, _GUTTER_BAND[1] * width)
    end = start
    for row in rows[start:]:
        narrowed = _narrowed(gutter, row, min_gutter, cue_first=cue_first and end == start)
        if narrowed is None:
            break
        gutter, end = narrowed, end + 1
    run = rows[start:end]
    if sum(len(row) >= 2 for row in run) < 1 or len(run) < 2:
        return rows  # nothing side by side: no second column to set apart
    middle = (gutter[0] + gutter[1]) / 2
    words = [w for row in run for piece in row for w in piece.words]
    left = pdf_layout.group_rows([w for w in words if (w.x0 + w.x1) / 2 < middle], page)
    right = pdf_layout.group_rows([w for w in words if (w.x0 + w.x1) / 2 >= middle], page)
    return rows[:start] + _side_by_side(left, right) + rows[end:]


def _narrowed(gutter: tuple[float, float], row: list[pdf_layout.Line], min_gutter: float,
              cue_first: bool) -> tuple[float, float] | None:
    """The part of `gutter` no piece of `row` crosses, at the row's best cut between its pieces
    (the widest such part), or None when no cut leaves `min_gutter` of it. On the cue row the
    "Nơi nhận" piece stays left of the cut."""
    pieces = sorted(row, key=lambda p: p.x0)
    first = 0
    if cue_first:
        first = 1 + next(k for k, p in enumerate(pieces) if pdf_layout._CLOSING_CUE.match(p.text))
    best = None
    for cut in range(first, len(pieces) + 1):
        lo = max(gutter[0], pieces[cut - 1].x1 if cut else gutter[0])
        hi = min(gutter[1], pieces[cut].x0 if cut < len(pieces) else gutter[1])
        if hi - lo >= min_gutter and (best is None or hi - lo > best[1] - best[0]):
            best = (lo, hi)
    return best


def _centre(row: list[pdf_layout.Line]) -> float:
    middles = sorted((w.top + w.bottom) / 2 for piece in row for w in piece.words)
    return middles[len(middles) // 2]


def _height(row: list[pdf_layout.Line]) -> float:
    heights = sorted(w.bottom - w.top for piece in row for w in piece.words)
    return heights[len(heights) // 2]


def _side_by_side(left: list[list[pdf_layout.Line]], right: list[list[pdf_layout.Line]]) -> list[list[pdf_layout.Line]]:
    """The two columns' rows in one top-down list; a right row whose middle is within half a
    line of a left row's joins it as its right piece."""
    merged = [list(row) for row in left]
    for row in right:
        near = [k for k, other in enumerate(merged)
                if all(p.x1 < row[0].x0 for p in other)
                and abs(_centre(other) - _centre(row)) < 0.5 * max(_height(other), _height(row))]
        if near:
            k = min(near, key=lambda k: abs(_centre(merged[k]) - _centre(row)))
            merged[k].extend(row)
        else:
            merged.append(list(row))
    merged.sort(key=lambda r: min(p.top for p in r))
    return merged
