"""Wrong values seen on B&W stamped scans (seed f of samples/make_scans.py), by class, each shown
here in other words: a stamp's speck joined to a letter reads as its horn ("Thu" -> "Thư") in
every reading, so a name on the stamp's disc with a word whose unmarked twin is a name too is
set aside, never written; a faint day that lost a digit in some readings ("2" beside "22") is
left unread. One small OCR case (real Tesseract, one drawn row, a drawn ring)."""

from __future__ import annotations

import time
from collections import Counter

import pytest
from ocr_data_helpers import FONT, DrawnPage
from tdkt.extractors import ocr_reader
from tdkt.extractors.ocr_mark_doubt import doubtful_words, twins


def test_a_word_is_doubtful_only_when_its_horn_or_breve_could_be_a_stamps_speck():
    assert twins("Thư", family=False) == {"Thu"}
    assert twins("Thu", family=False) == set()  # a mark a stamp takes away is not doubted
    assert twins("Trương", family=True) == set()  # "Truơng" / "Trưong" are no names
    assert twins("Văn", family=False) == set()
    assert twins("Hằng", family=False) == set()  # "Hàng": tone kept, no name
    assert doubtful_words("Lê Thị Thư Hà".split()) == {2: {"Thu"}}
    assert doubtful_words("Trương Công Minh".split()) == {}


def test_a_day_that_lost_a_digit_in_some_readings_is_doubtful():
    assert ocr_reader._day_lost_a_digit("2", Counter({"2": 5, "22": 2}))
    assert ocr_reader._day_lost_a_digit("02", Counter({"02": 4, "22": 1}))
    assert not ocr_reader._day_lost_a_digit("22", Counter({"22": 5, "2": 2}))  # the longer one won
    assert not ocr_reader._day_lost_a_digit("12", Counter({"12": 4, "13": 1}))
    assert not ocr_reader._day_lost_a_digit("2", Counter({"2": 6}))


def _name_row(speck: bool):
    """A page strip with "Lê Thị Thu Hà" in bold, a stamp's ring through its last word, and
    (`speck`) a stamp speck joined to the right of the second "u"; the page's words as data."""
    page = DrawnPage(width=900, height=300, gap=12)
    image, draw, data = page.image, page.draw, page.data
    x, y = 300, 130
    for word in ("Lê", "Thị", "Thu", "Hà"):
        x = page.word(word, x, y, conf=90.0)
    u_right = data["left"][2] + data["width"][2]
    if speck:
        draw.rectangle((u_right - 1, 147, u_right + 3, 150), fill=0)
    ring = (u_right - 40, 150, 120)
    cx, cy, r = ring
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=0, width=3)
    return image, data, ring


@pytest.mark.skipif(not FONT.exists(), reason="setup font missing")
def test_a_voted_name_whose_horn_may_be_the_stamps_is_set_aside_not_written():
    image, data, ring = _name_row(speck=True)
    unsettled: list[str] = []
    dealt = ocr_reader._vote_name_row([image], data, [0, 1, 2, 3], time.monotonic() + 120,
                                      rings=[ring], unsettled=unsettled)
    assert dealt and unsettled == ["Lê Thị Thư Hà"]  # the readings agreed on the speck's horn
    assert data["text"] == ["Lê", "Thị", "Thu", "Hà"]  # the row is left as the page read it
    # the same row without the speck: the name is voted and written, nothing set aside
    image, data, ring = _name_row(speck=False)
    unsettled = []
    assert ocr_reader._vote_name_row([image], data, [0, 1, 2, 3], time.monotonic() + 120,
                                     rings=[ring], unsettled=unsettled)
    assert unsettled == []
    assert " ".join(t for t in data["text"] if t) == "Lê Thị Thu Hà"
