"""How many lines a text wraps to in a spreadsheet column: row heights for the printed sheets.

Neither Excel nor LibreOffice re-fits the height of a wrapped row written by a program, so the
writer must set it, and a guess from the character count cuts text with wide letters (capitals,
digits) and wastes paper with narrow ones. Here words are measured with the metrics of Arial
(Liberation Sans on Linux has the same advance widths; Pillow reads either font file) and wrapped
the way a spreadsheet wraps: at spaces, a word longer than the column broken across lines.
Without a font file, ~6 pt a character is assumed. Column width units -> points was measured on
LibreOffice's PDF of a workbook written by XlsxWriter: 6.3 pt per unit + 4.2 pt.
Pure apart from reading the font once; what the cells say is the writers' business.
"""

from __future__ import annotations

from functools import lru_cache

FONT_FILES = ("arial.ttf", "Arial.ttf", "LiberationSans-Regular.ttf", "DejaVuSans.ttf")
PT_PER_WIDTH, PT_EXTRA = 6.3, 4.2  # column width in points = 6.3 * units + 4.2
PADDING = 4.0  # points of the cell's inner margins (left + right)
SLACK = 0.93  # renderers lay text out at screen resolution, a few % wider than the font's advances
FALLBACK_EM = 0.6  # average advance of a character, in em, when no font file is found


@lru_cache(maxsize=1)
def _font():
    try:
        from PIL import ImageFont
    except ImportError:
        return None
    for name in FONT_FILES:
        try:
            return ImageFont.truetype(name, 100)  # Pillow searches the system's font folders
        except OSError:
            continue
    return None


def load_font() -> None:
    """Read the font now (Pillow's import and the font file: ≈ 20-40 ms), e.g. while the reports
    are still being read, rather than at the first row height."""
    _font()


@lru_cache(maxsize=4096)
def _char_em(ch: str) -> float:
    font = _font()
    if font is None:
        return FALLBACK_EM
    return font.getlength(ch) / 100.0


def text_width(text: str, size: float = 10.0) -> float:
    """Width of `text` in points at `size` pt (advance widths; kerning ignored)."""
    return size * sum(_char_em(c) for c in text)


def column_points(width_units: float) -> float:
    """The space for text in a column of `width_units` (Excel's width), in points at 100 %."""
    return max(1.0, SLACK * (PT_PER_WIDTH * width_units + PT_EXTRA) - PADDING)


def wrapped_lines(text: str, width_units: float, size: float = 10.0) -> int:
    """Lines `text` takes in the column when wrapped at spaces (explicit line breaks kept)."""
    room = column_points(width_units)
    space = text_width(" ", size)
    total = 0
    for part in text.split("\n"):
        used, lines = 0.0, 1
        for word in part.split(" "):
            w = text_width(word, size)
            if used and used + space + w > room:
                lines += 1
                used = 0.0
            if w > room:  # a word wider than the column is broken across lines
                extra = int(w // room)
                lines += extra
                w -= extra * room
            used = w if not used else used + space + w
        total += lines
    return total
