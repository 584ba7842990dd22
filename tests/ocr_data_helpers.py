"""Shared by the scan tests: Tesseract's `image_to_data` dictionaries made by hand, so a voting or
line-building rule of ocr_reader can be tried on a known page without running Tesseract.

`rows_data` gives rows of same-size word boxes (no image); `DrawnPage` draws each word on a white
page and records its box the way Tesseract would report it, with the distortions the scan
classes need (a box grown down a signature, inflated by a ring, a word not inked at all)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")  # installed by scripts/setup.sh
KEYS = ("text", "conf", "left", "top", "width", "height", "par_num", "block_num")
BODY_WORDS = ("công", "tác", "thi", "đua", "khen", "thưởng", "năm", "2023", "đạt", "kết", "quả")


def empty_data() -> dict:
    return {key: [] for key in KEYS}


def rows_data(rows) -> dict:
    """Rows of (words, top, height[, conf]): boxes 100 px wide, 120 px apart, from x = 100."""
    data = empty_data()
    for words, top, height, *conf in rows:
        for k, word in enumerate(words):
            for key, value in (("text", word), ("conf", conf[0] if conf else 95.0), ("left", 100 + 120 * k),
                               ("top", top), ("width", 100), ("height", height), ("par_num", 1), ("block_num", 1)):
                data[key].append(value)
    return data


class DrawnPage:
    """A grey page (1400 x 700 unless told) with its hand-made Tesseract data; fonts are DejaVu
    Serif Bold; `gap` px between words."""

    def __init__(self, size: int = 34, small: int = 26, width: int = 1400, height: int = 700, gap: int = 14):
        self.font = ImageFont.truetype(str(FONT), size)
        self.small = ImageFont.truetype(str(FONT), small)
        self.gap = gap
        self.image = Image.new("L", (width, height), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.data = empty_data()

    def word(self, text: str, x: int, y: int, font=None, conf: float = 92.0, grow: int = 0, inflate: int = 0,
             ink: bool = True) -> int:
        """Draw `text` at (x, y) (unless ink is False) and record its box, `inflate` px taller at
        both ends and `grow` px longer downwards; returns the next word's x."""
        font = font or self.font
        if ink:
            self.draw.text((x, y), text, font=font, fill=0)
        left, top, right, bottom = self.draw.textbbox((x, y), text, font=font)
        for key, value in (("text", text), ("conf", conf), ("left", left), ("top", top - inflate),
                           ("width", right - left), ("height", bottom - top + 2 * inflate + grow), ("par_num", 1),
                           ("block_num", 1)):
            self.data[key].append(value)
        return right + self.gap

    def body_lines(self, lines: int = 2) -> None:
        """Ordinary body text above the closing, so the page has a line height to compare with."""
        for line in range(lines):
            x = 60
            for text in BODY_WORDS:
                x = self.word(text, x, 60 + 50 * line, self.small)

    def lines_text(self, ocr_reader) -> list[str]:
        """The page's lines as `_page_lines` writes them."""
        page = ocr_reader._page_lines(self.data, 1, self.image.width)
        return [" ".join(w.text for w in line.words) for row_lines in page.rows for line in row_lines]
