"""Twelfth round of B&W stamped scans, the faint date line: when the Vietnamese readings'
vote leaves the day unread, the line read as digits only (English model, digit whitelist:
ocr_date_digits) gives the day, only what is left before the voted month and year, only when
most views give it whole and none gives a longer day holding it."""

from __future__ import annotations

import time

from PIL import Image
from tdkt.extractors import ocr_date_digits, ocr_reader


def test_the_day_is_what_stands_before_the_voted_month_and_year():
    assert ocr_date_digits.day_of("1972024", "7", "2024") == "19"
    assert ocr_date_digits.day_of("19 7 2024", "07", "2024") == "19"
    assert ocr_date_digits.day_of("972024", "7", "2024") == "9"
    assert ocr_date_digits.day_of("72024", "7", "2024") is None  # a line with no day
    assert ocr_date_digits.day_of("1982024", "7", "2024") is None  # another month read: says nothing
    assert ocr_date_digits.day_of("19720244", "7", "2024") is None
    assert ocr_date_digits.day_of("4572024", "7", "2024") is None  # no day of the calendar


def test_a_day_most_views_give_whole_is_settled():
    assert ocr_date_digits.settled_day(["1972024"] * 5 + ["1372024"], "7", "2024") == "19"
    # too few views agree
    assert ocr_date_digits.settled_day(["1972024"] * 3 + ["", "", "x"], "7", "2024") is None
    # a faint "1" lost in most views: "9" four times beside "19" twice is no "9"
    assert ocr_date_digits.settled_day(["972024"] * 4 + ["1972024"] * 2, "7", "2024") is None
    # a digit the views dispute
    assert ocr_date_digits.settled_day(["1972024"] * 4 + ["1372024"] * 3, "7", "2024") is None
    # the voted month has no such day
    assert ocr_date_digits.settled_day(["3192024"] * 6, "9", "2024", last_day=30) is None


def test_a_month_between_a_voted_day_and_the_year():
    assert ocr_date_digits.month_of("1972024", "19", "2024") == "7"
    assert ocr_date_digits.month_of("1372024", "19", "2024") is None  # another day read: says nothing
    assert ocr_date_digits.month_of("19152024", "19", "2024") is None
    assert ocr_date_digits.settled_month(["1972024"] * 5 + ["172024"], "19", "2024") == "7"
    # a faint "1" of "11" lost in most views: "1" four times beside "11" twice is no January
    assert ocr_date_digits.settled_month(["19112024"] * 2 + ["1912024"] * 4, "19", "2024") is None


def _date_page(words=("ngày", "?E", "tháng", "7", "năm", "2024")):
    """A 900 x 200 page and its data: one right-column row of `words`."""
    data = {key: [] for key in ("text", "conf", "left", "top", "width", "height", "par_num", "block_num")}
    for k, word in enumerate(words):
        for key, value in (("text", word), ("conf", 80.0), ("left", 400 + 70 * k), ("top", 80), ("width", 60),
                           ("height", 24), ("par_num", 1), ("block_num", 1)):
            data[key].append(value)
    return Image.new("L", (900, 200), 255), data


def _row_with_digits(digits: list[str], monkeypatch, words=("ngày", "?E", "tháng", "7", "năm", "2024")) -> list[str]:
    """The date row as reread_date_rows writes it when every Vietnamese reading gives `words`
    (the day unreadable, "?E") and the digits-only views read `digits`."""
    words = list(words)

    def canned(image, deadline, psm=3):
        return {"text": words, "conf": [90.0] * 6, "left": [10 + 60 * k for k in range(6)], "top": [5] * 6,
                "width": [50] * 6, "height": [30] * 6, "par_num": [1] * 6, "block_num": [1] * 6}

    views = iter(digits)
    monkeypatch.setattr(ocr_reader, "_tesseract", canned)
    monkeypatch.setattr(ocr_date_digits, "read_digits", lambda image, deadline: next(views))
    grey, data = _date_page(words)
    ocr_reader.reread_date_rows(grey, data, time.monotonic() + 60)
    return [t for t in data["text"] if t]


def test_a_day_no_vietnamese_reading_made_out_is_read_as_digits(monkeypatch):
    views = len(ocr_date_digits._VIEWS)
    row = _row_with_digits(["1972024"] * views, monkeypatch)
    assert row[row.index("ngày") + 1] == "19"
    assert ocr_reader._valid_date_line(" ".join(row))


def test_digits_that_lost_a_glyph_leave_the_day_unread(monkeypatch):
    views = len(ocr_date_digits._VIEWS)
    row = _row_with_digits(["972024"] * (views - 2) + ["1972024"] * 2, monkeypatch)
    assert "9" not in row and "19" not in row


def test_a_month_no_vietnamese_reading_made_out_is_read_as_digits(monkeypatch):
    views = len(ocr_date_digits._VIEWS)
    row = _row_with_digits(["1972024"] * views, monkeypatch, ("ngày", "19", "tháng", "G", "năm", "2024"))
    assert row[row.index("tháng") + 1] == "7"
    assert ocr_reader._valid_date_line(" ".join(row))
