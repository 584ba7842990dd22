"""Classes seen on B&W stamped scans (seed g of samples/make_scans.py), each shown here in other
words: at 300 dpi a stamp's solid ring joined to the name's letters inflates their boxes, so
the name row's re-reads were shrunk below a readable size and a voted name's box came out as
tall as a picture's (then dropped); the page's own line height now caps the row's. A faint
day read a digit off ("23" for "22") in one reading while the others disagree at that digit
("S2", "S3", "22") is left unread, and so is a name row whose readings disagree on a mark
("Cong" as read, "Công" once) when the vote settles nothing. One small OCR case (real
Tesseract, one drawn row)."""

from __future__ import annotations

import time

import pytest
from ocr_data_helpers import FONT, DrawnPage
from ocr_data_helpers import rows_data as _data
from tdkt.extractors import ocr_reader


def test_a_day_whose_digit_the_readings_dispute_is_doubtful():
    # seed g, 150 dpi, 12: one reading "23", five "S3", five "S2", the page's own "22"
    assert ocr_reader._day_digit_disputed("23", ["23", *["S3"] * 5, *["S2"] * 5, "22"])
    assert ocr_reader._day_digit_disputed("22", ["22", "22", "23", "23"])
    # a clear majority at every digit, a wrong reading or two beside it: kept
    assert not ocr_reader._day_digit_disputed("22", ["22"] * 6 + ["23", "S2"])
    assert not ocr_reader._day_digit_disputed("15", ["15", "15", "15", "l5", "16"])
    # seed "", 150 dpi, 02: "2" six times at the first place, "3" three times: a 2-to-1 majority
    assert not ocr_reader._day_digit_disputed("21", ["31", "21", "21", "2T", "3T", "2E", "2E", "3T", "2L"])
    # seed "", 200 dpi, 12: "32" six times beside "22" three times: no day starts with 3-and-2
    assert not ocr_reader._day_digit_disputed("22", ["32", "33", "22", "22", "32", "23", "32", "22", "32", "32", "32"])
    # tokens of another length say nothing about a digit's place ("2" beside "22" is the
    # lost-digit rule's case)
    assert not ocr_reader._day_digit_disputed("22", ["22", "22", "2", "202"])


def test_a_name_row_whose_readings_disagree_on_a_mark_is_doubtful():
    # seed h, 150 dpi, 08: a light stamp; the page read "Trương Cong Minh", eleven of twelve
    # re-reads too, one "Công": "Cong" is no name, so the vote settled nothing
    readings = [["Trương", "Cong", "Minh"]] * 11 + [["Trương", "Công", "Minh"]]
    assert ocr_reader._readings_dispute_a_mark(["Trương", "Cong", "Minh"], readings)
    # every word a known name as read, or no reading giving a known twin: nothing to doubt
    assert not ocr_reader._readings_dispute_a_mark(["Trương", "Công", "Minh"], readings)
    assert not ocr_reader._readings_dispute_a_mark(["Nguyễn", "Văn", "Tình"], [["Nguyễn", "Văn", "Tình"]] * 4)
    # a rank or a speck in small letters before the name is not a name word
    assert not ocr_reader._readings_dispute_a_mark(["Thượng", "ta", "Lê", "Minh", "Tuấn"],
                                                   [["Thượng", "tá", "Lê", "Minh", "Tuấn"]])



def test_the_pages_line_height_caps_a_rows_inflated_boxes():
    data = _data([(["chữ"] * 10, 100, 40), (["khác"] * 10, 160, 44), (["Nguyễn", "Văn", "An"], 400, 120)])
    assert ocr_reader._line_height_cap(data) == pytest.approx(1.25 * 44)
    assert ocr_reader._line_height_cap(_data([(["ít"] * 5, 100, 40)])) == float("inf")  # too few to tell


@pytest.mark.skipif(not FONT.exists(), reason="setup font missing")
def test_a_name_row_with_inflated_boxes_is_voted_and_kept_as_a_line_of_text():
    """Twenty body words of 30 px, then "Lê Thị Thu Hà" whose boxes the page's pass made 110 px
    tall (a ring joined to its letters): the vote reads it at a readable size and the name's
    new boxes stay within the page's lines, so _page_lines keeps it as text."""
    page = DrawnPage()
    page.body_lines()
    data = page.data
    x, row = 760, []
    for text in ("Lê", "Thị", "Thu", "Hà"):
        row.append(len(data["text"]))
        x = page.word(text, x, 480, inflate=38)
    assert ocr_reader._vote_name_row([page.image], data, row, time.monotonic() + 120)
    voted = [i for i, t in enumerate(data["text"]) if t and i >= len(row) + 22]
    assert " ".join(data["text"][i] for i in voted) == "Lê Thị Thu Hà"
    body = sorted(h for i, h in enumerate(data["height"]) if i < 22)
    assert all(data["height"][i] <= 2.2 * body[len(body) // 2] for i in voted)
    texts = page.lines_text(ocr_reader)
    assert any("Lê Thị Thu Hà" in text for text in texts)
