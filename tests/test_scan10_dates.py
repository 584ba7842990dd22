"""Tenth round of B&W stamped scans, the faint date line: its dots joined on the image side
(ocr_stroke_join) give readings that count in the day's vote only for values the ordinary
readings give too; a day the voted month lacks ("31" in June) is no candidate; a one-digit day
as many readings show with a second glyph, or the page's own reading shows longer, is left
unread; a voted number keeps the surest confidence that gave it (else the line loses it)."""

from __future__ import annotations

import time
from collections import Counter

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from tdkt.extractors import ocr_reader, ocr_stroke_join

ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"  # installed by scripts/setup.sh


def _dotted_line(text: str) -> Image.Image:
    """`text` drawn in italic with every third pixel row blanked: vertical strokes become dots."""
    image = Image.new("L", (420, 44), 255)
    ImageDraw.Draw(image).text((10, 8), text, font=ImageFont.truetype(ITALIC, 22), fill=0)
    pixels = np.asarray(image).copy()
    pixels[::3, :] = 255
    return Image.fromarray(pixels)


def test_the_closing_joins_a_stroke_broken_into_dots():
    column = np.full((30, 9), 255, np.uint8)
    column[2:28:2, 4] = 0  # a one-pixel stroke, one dot every other row
    closed = np.asarray(ocr_stroke_join.joined_views(Image.fromarray(column))[0])
    # at the 3x size the stroke runs unbroken from its first dot to its last
    assert (closed[2 * 3 + 3:26 * 3, 12:15].min(axis=1) < 128).all()


@pytest.mark.skipif(not ocr_reader.Path(ITALIC).exists(), reason="setup font missing")
def test_a_dotted_date_line_reads_as_a_date_only_once_joined():
    broken = _dotted_line("ngày 21 tháng 6 năm 2023")

    def words(image):
        data = ocr_reader._tesseract(image, time.monotonic() + 60, psm=7)
        return [t for t in data["text"] if (t or "").strip()]

    plain = broken.resize((broken.width * 3, broken.height * 3), Image.LANCZOS)
    assert len(ocr_reader._date_fields(words(plain))) < 3
    assert len(ocr_reader._date_fields(words(ocr_stroke_join.joined_views(broken)[0]))) == 3


def test_a_day_the_month_lacks_is_no_candidate():
    assert ocr_reader._last_day(Counter({"6": 7})) == 30
    assert ocr_reader._last_day(Counter({"2": 5, "3": 1})) == 29
    assert ocr_reader._last_day(Counter({"6": 2, "8": 2})) == 31  # the month unsettled: no day ruled out
    tokens = ["21"] * 6 + ["31"] * 5
    assert ocr_reader._day_digit_disputed("21", tokens)  # in a month of 31 days: a coin toss
    assert not ocr_reader._day_digit_disputed("21", tokens, last_day=30)


def test_a_one_digit_day_read_as_often_with_a_second_glyph_is_doubtful():
    # seed c, 150 dpi, 05 ("ngày 16"): "6" four times (two of them joined views), the rest two glyphs
    assert ocr_reader._day_shorter_than_read("6", ["6", "E6", "[6", "6", "f6", "16", "6", "6"])
    assert ocr_reader._day_lost_a_digit("6", ["6", "16"])  # the page's own reading "16"
    assert not ocr_reader._day_lost_a_digit("6", ["6", None])


def _date_page(first: str):
    """A 900 x 200 page and its data: one right-column row "ngày <first> tháng 6 năm 2023"."""
    data = {key: [] for key in ("text", "conf", "left", "top", "width", "height", "par_num", "block_num")}
    for k, word in enumerate(["ngày", first, "tháng", "6", "năm", "2023"]):
        for key, value in (("text", word), ("conf", 80.0), ("left", 400 + 70 * k), ("top", 80), ("width", 60),
                           ("height", 24), ("par_num", 1), ("block_num", 1)):
            data[key].append(value)
    return Image.new("L", (900, 200), 255), data


def _read(day_by_call: list[str], monkeypatch) -> list[str]:
    """The date row as reread_date_rows writes it when its readings (the ordinary ones, then the
    two joined views) give these days."""
    calls = iter(day_by_call)

    def canned(image, deadline, psm=3):
        day = next(calls)
        words = ["ngày", day, "tháng", "6", "năm", "2023"]
        return {"text": words, "conf": [90.0] * 6, "left": [10 + 60 * k for k in range(6)], "top": [5] * 6,
                "width": [50] * 6, "height": [30] * 6, "par_num": [1] * 6, "block_num": [1] * 6}

    monkeypatch.setattr(ocr_reader, "_tesseract", canned)
    grey, data = _date_page("TE")
    ocr_reader.reread_date_rows(grey, data, time.monotonic() + 60)
    assert next(calls, None) is None  # every reading was made
    return [t for t in data["text"] if t]


def test_joined_views_never_give_a_day_alone(monkeypatch):
    ordinary = len(ocr_reader._DATE_READINGS)
    # only the joined views read "21": the day stays unread
    assert "21" not in _read(["?E"] * ordinary + ["21", "21"], monkeypatch)
    # two ordinary readings give it, the joined views back it up: read
    assert "21" in _read(["21", "21"] + ["?E"] * (ordinary - 2) + ["21", "21"], monkeypatch)


def test_a_day_read_twenty_one_and_thirty_one_in_june_is_twenty_one(monkeypatch):
    ordinary = len(ocr_reader._DATE_READINGS)
    half = ordinary // 2
    assert _read(["21"] * half + ["31"] * (ordinary - half) + ["?E", "?E"], monkeypatch)[1] == "21"


def test_a_voted_name_row_split_in_two_by_a_speck_is_written_once(monkeypatch):
    """seed g, 200 dpi, 02: a ring inflated "Thị Thu" to 62 px, a speck "-" sat between them
    and "Lê … Hà" (30 px), so the name made two rows; each was read again and the page came
    out "Lê Lê Thị Thị Thu Thu Hà Hà" (no signer). The rest of a voted row is not read again."""
    from ocr_data_helpers import rows_data

    data = rows_data([(["công"] * 11, 100, 30)])
    for text, left, top, height in (("Thị", 1110, 300, 62), ("Thu", 1180, 300, 62), ("-", 980, 330, 3),
                                    ("Lê", 1050, 319, 29), ("Hà", 1250, 319, 29)):
        for key, value in (("text", text), ("conf", 90.0), ("left", left), ("top", top), ("width", 60),
                           ("height", height), ("par_num", 1), ("block_num", 2)):
            data[key].append(value)
    assert len(ocr_reader._rows_of(data, list(range(11, 16)))) == 2

    def vote(pages, data, row, deadline, **_):  # the name as a vote writes it: the row's words replaced
        for i in row:
            data["text"][i] = ""
        for k, word in enumerate(["Lê", "Thị", "Thu", "Hà"]):
            for key, value in (("text", word), ("conf", 90.0), ("left", 1050 + 70 * k), ("top", 315),
                               ("width", 60), ("height", 32), ("par_num", 1), ("block_num", 3)):
                data[key].append(value)
        return True

    monkeypatch.setattr(ocr_reader, "_vote_name_row", vote)
    ocr_reader.reread_stamped_rows([Image.new("L", (1400, 700), 255)], data, [(1000, 300, 150)],
                                   time.monotonic() + 60)
    assert [t for t in data["text"] if t in ("Lê", "Thị", "Thu", "Hà")] == ["Lê", "Thị", "Thu", "Hà"]
