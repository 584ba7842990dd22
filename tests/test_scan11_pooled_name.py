"""A signer's name whose readings each broke one word another way (issue 9 point 3, ninth round
of B&W stamped scans): a stamp's speck over an "i" reads as a grave, a dot below or a quote
("Mình", "Mịnh", "M'nh"), each a letter from two names (Minh / Bình, Minh / Mạnh), so no reading
alone gives a name and the ordinary vote settles nothing, while two readings give the whole name
letter for letter. The pooled vote takes the one name read exactly when the other readings all
fit it a letter per word; never a name no reading gives whole. Names here are not the samples'."""

from __future__ import annotations

import itertools
import time

from ocr_data_helpers import DrawnPage, rows_data
from tdkt.extractors import ocr_reader
from tdkt.extractors.ocr_name_vote import pooled_vote, vote

WHOLE = ["Đặng", "Minh", "Khôi"]
BROKEN = [["Đặng", "Mình", "Khôi"], ["Đặng", "Mịnh", "Khôi"], ["Đặng", "M'nh", "Khôi"], ["Đặng", "Mịnh", "Khôi"],
          ["Đặng", "M:nh", "Khôi"], ["Đặng", "Mình", "Khôi"]]


def test_the_one_name_read_whole_wins_when_the_broken_readings_fit_it():
    own = [["Ẩyá", *WHOLE], *BROKEN]  # the page's views: the name whole once
    inpainted = [BROKEN[1], ["”", *WHOLE], BROKEN[2], BROKEN[0]]
    assert vote(own) is None  # each broken word is a letter from two names: no name alone
    assert pooled_vote(own + inpainted, len(own)) == (WHOLE, len(own + inpainted))


def test_a_name_read_whole_once_is_not_enough():
    assert pooled_vote([WHOLE, *BROKEN], 7) is None


def test_a_name_read_whole_only_on_the_inpainted_view_is_not_enough():
    # in-painting can close a gap into a whole name the page never showed
    assert pooled_vote([*BROKEN, WHOLE, WHOLE], len(BROKEN)) is None


def test_two_names_read_whole_disagree():
    assert pooled_vote([WHOLE, WHOLE, ["Đặng", "Mạnh", "Khôi"], *BROKEN], 9) is None


def test_readings_giving_another_name_outvote_the_pool():
    # a third of the readings read the given name otherwise (snapped to a name that does not fit)
    other = [["Đặng", "Minh", "Khoa"]] * 2 + [["Đặng", "Minh", "Khoả"]] * 2
    assert pooled_vote([WHOLE, WHOLE, BROKEN[0], *other], 7) is None


def test_a_reading_that_lost_a_word_does_not_back_the_name():
    # "Thị" lost from a four-word name: "Hồ Thu Hằng" read whole twice fits none of the others
    four = [["Hồ", "Thị", "Thu", "Hằng"], ["Hồ", "Thỉ", "Thu", "Hằng"], ["Hồ", "Thị", "Thu", "Hằnq"]]
    assert pooled_vote([["Hồ", "Thu", "Hằng"]] * 2 + four, 5) is None


def _part(words: list[str]) -> dict:
    return rows_data([(words, 20, 40, 88.0)])


def _name_page(as_read: list[str]):
    page = DrawnPage()
    page.body_lines()
    x, row = 760, []
    for text in as_read:
        row.append(len(page.data["text"]))
        x = page.word(text, x, 480)
    return page, row


def _vote_with(monkeypatch, own: list[list[str]], inpainted: list[list[str]], as_read: list[str]):
    """The row voted with the page's views reading `own` in turn and the in-painted view's
    readings `inpainted` (a ring said to cross the row)."""
    parts = itertools.cycle([_part(words) for words in own])
    monkeypatch.setattr(ocr_reader, "_tesseract", lambda image, deadline, psm=3: next(parts))
    more = [(_part(words), list(range(len(words))), (0, 0, 1.0)) for words in inpainted]
    monkeypatch.setattr(ocr_reader, "_inpainted_readings",
                        lambda page, rings, read: (more, [list(words) for words in inpainted]))
    page, row = _name_page(as_read)
    unsettled: list[str] = []
    ring = (900, 300, 200)
    done = ocr_reader._vote_name_row([page.image], page.data, row, time.monotonic() + 60, rings=[ring],
                                     unsettled=unsettled)
    return done, page.lines_text(ocr_reader), unsettled


def test_the_pooled_name_replaces_the_row(monkeypatch):
    own = [BROKEN[1], ["“", *WHOLE], BROKEN[0], BROKEN[2], *BROKEN[2:]]  # read once each, the name whole once
    inpainted = [BROKEN[3], WHOLE, BROKEN[4], BROKEN[5]]
    done, lines, unsettled = _vote_with(monkeypatch, own, inpainted, ["Đặng", "Mịnh", "Khôi"])
    assert done and not unsettled
    assert "Đặng Minh Khôi" in lines[-1]


def test_without_a_second_whole_reading_the_row_is_left_unread(monkeypatch):
    own = [BROKEN[1], ["“", *WHOLE], BROKEN[0], BROKEN[2], *BROKEN[2:]]  # read once each, the name whole once
    inpainted = [BROKEN[3], BROKEN[1], BROKEN[4], BROKEN[5]]
    done, lines, unsettled = _vote_with(monkeypatch, own, inpainted, ["Đặng", "Mịnh", "Khôi"])
    assert "Đặng Minh Khôi" not in lines[-1]
    assert unsettled == ["Đặng Mịnh Khôi"]  # the readings dispute the mark: no name written
