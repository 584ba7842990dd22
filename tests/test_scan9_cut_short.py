"""Seed i of samples/make_scans.py (B&W stamped scans), its two wrong values closed by class:
a faint day voted as one digit ("2") while most readings show two glyphs there ("2>", "S2",
"2Ð": a faint "22") would be written "02", a first digit no reading gave, so it is left
unread; a signer's name row with a word the page's lines drop ("Mi" of "Trương Công Minh",
its box three lines tall where the signature's ink joined it) would be written short
("Trương Công"), whether the vote settled nothing or settled on the words read exactly, so
it is left unread. One drawn row read by real Tesseract."""

from __future__ import annotations

import time

import pytest
from ocr_data_helpers import FONT, DrawnPage
from ocr_data_helpers import rows_data as _data
from tdkt.extractors import ocr_reader


def test_a_one_digit_day_most_readings_show_two_glyphs_for_is_doubtful():
    # seed i, 200 dpi, 12 ("ngày 22"): one reading "2", the others two glyphs, the page "2”"
    assert ocr_reader._day_shorter_than_read("2", ["2”", "2", ">>", "2Ð", "2>", "S2", "2”"])
    # a one-digit day most readings give as it is, a trailing speck or two beside: kept
    assert not ocr_reader._day_shorter_than_read("5", ["5", "5.", "5", "5”", "S"])
    # a two-digit day is the other rules' case
    assert not ocr_reader._day_shorter_than_read("22", ["2>", "S2", "22"])



def test_a_name_row_the_page_would_write_short_is_doubtful():
    # seed i, 300 dpi, 08: "Mi" 97 px tall on a page of 40 px lines, conf 44: _page_lines drops it
    data = _data([(["chữ"] * 10, 100, 40, 95.0), (["Trương", "Công"], 400, 45, 95.0), (["Mi"], 400, 97, 44.0)])
    row = [10, 11, 12]
    readings = [["Trương", "Công", "MiŠX"], ["Trương", "Công", "N", "MijN"], ["Trương", "Công", "Ọ", "MijN"], []]
    assert ocr_reader._row_drops_a_word(data, row, readings)
    # most readings see no third word: the dropped box was a speck beside the name
    assert not ocr_reader._row_drops_a_word(data, row, [["Trương", "Công", "N"]] * 3 + [readings[0]])
    # every word of the row kept: nothing is cut
    whole = _data([(["chữ"] * 10, 100, 40, 95.0), (["Trương", "Công", "Minh"], 400, 45, 95.0)])
    assert not ocr_reader._row_drops_a_word(whole, row, readings)


def test_a_voted_name_shorter_than_the_row_is_cut_short():
    assert ocr_reader._vote_cut_short(["Trương", "Công"], ["Trương", "Công", "Mi"])
    assert not ocr_reader._vote_cut_short(["Trương", "Công", "Minh"], ["Trương", "Công", "Mi"])
    # a stamp's capitals before the name are not the name's
    assert not ocr_reader._vote_cut_short(["Lê", "Minh", "Tuấn"], ["NX", "Lê", "Minh", "Tuấn"])
    assert not ocr_reader._vote_cut_short(["Lê", "Văn", "Thành"], ["Lê", "Văn", "Thành", "~"])


@pytest.mark.skipif(not FONT.exists(), reason="setup font missing")
def test_a_name_whose_last_word_a_signature_broke_is_not_written_short():
    """"Trương Công Minh" with a signature's strokes joined to "Minh": the page read its
    last word "Mi", three lines tall. The readings give "Trương Công" and a broken or lost
    last word; whatever the vote makes of them, the name comes out whole or not at all."""
    page = DrawnPage()
    page.body_lines()
    x, row = 760, []
    for text in ("Trương", "Công"):
        row.append(len(page.data["text"]))
        x = page.word(text, x, 480)
    page.draw.text((x, 480), "Minh", font=page.font, fill=0)
    left, top, right, bottom = page.draw.textbbox((x, 480), "Minh", font=page.font)
    page.draw.line([(left + 2 * (right - left) // 3, top + 4), (right + 30, bottom + 60)], fill=0, width=7)
    page.draw.line([(right + 4, top), (right + 40, top + 10), (right + 10, bottom + 70)], fill=0, width=7)
    row.append(len(page.data["text"]))
    page.word("Mi", x, 480, conf=44.0, grow=75, ink=False)  # the page's box, down the signature
    unsettled: list[str] = []
    ocr_reader._vote_name_row([page.image], page.data, row, time.monotonic() + 120, unsettled=unsettled)
    written = next(text for text in page.lines_text(ocr_reader) if "Trương" in text)
    assert written == "Trương Công Minh" or any("Trương Công" in text for text in unsettled), (written, unsettled)
