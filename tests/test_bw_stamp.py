"""B&W copies with a black stamp, without OCR: the ring's erasure, the choice among readings
of a closing row, the date-line check, and the signer's middle name respelled.

The whole path on real generated scans with real Tesseract is in test_scans_photos.py; these
pin the pieces on synthetic pages and on readings Tesseract really gave (bench/stamped_metadata.py).
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from tdkt.extractors import ocr_cleanup, ocr_reader
from tdkt.pipeline.metadata.closing import _near_surname, _respell_surname

DPI = 200
RADIUS = round(18 / 25.4 * DPI)  # a 36 mm seal


def _text_page() -> np.ndarray:
    page = np.full((1400, 1650), 255, np.uint8)
    for k in range(12):  # lines of text across the page
        cv2.putText(page, "Nguyen Van An thi dua khen thuong 2023", (90, 120 + 95 * k),
                    cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 4)
    return page


def test_black_ring_erased_where_no_stroke_crosses_it():
    page = np.full((1400, 1650), 255, np.uint8)
    centre = (900, 700)
    cv2.circle(page, centre, RADIUS, 0, 7)  # the ring, black like the text
    bar = np.zeros_like(page, bool)
    bar[770:910, 897:904] = True  # a letter's stem crossing the ring at its bottom
    cv2.putText(page, "TM. UY BAN NHAN DAN", (700, 580), cv2.FONT_HERSHEY_SIMPLEX, 1.3, 0, 4)
    text = page == 0
    ring = np.zeros_like(page)
    cv2.circle(ring, centre, RADIUS, 255, 7)
    page[bar] = 0
    cleaned, found = ocr_cleanup.remove_black_stamp(page, DPI)
    assert len(found) == 1
    x, y, r = found[0]
    assert abs(x - centre[0]) <= 3 and abs(y - centre[1]) <= 3 and abs(r - RADIUS) <= 4
    lone_ring = (ring > 0) & ~bar & ~cv2.dilate((text & (ring == 0)).astype(np.uint8), np.ones((15, 15))).astype(bool)
    assert (cleaned[lone_ring] == 255).mean() > 0.9  # the arc is gone (a pixel's edge may stay)...
    assert (cleaned[bar] == 0).mean() > 0.97  # ...the stem it crossed is whole
    far = np.ones_like(bar)
    far[centre[1] - RADIUS - 12:centre[1] + RADIUS + 12, centre[0] - RADIUS - 12:centre[0] + RADIUS + 12] = False
    assert (cleaned[far] == page[far]).all()  # nothing touched away from the stamp


def test_page_of_text_has_no_black_ring():
    page = _text_page()
    cleaned, found = ocr_cleanup.remove_black_stamp(page, DPI)
    assert found == [] and (cleaned == page).all()


@pytest.mark.parametrize("text,valid", [
    ("Tây Giang, ngày 22 tháng 6 năm 2023", True),
    ("Tây Giang, ngày 33 tháng 6 năm 23023", False),  # a faint B&W date, read as is
    ("ngày 2 tháng l3 năm 2023", False),
    ("Phú Phong, ngày 31 tháng 6 năm 2023", False),  # no such day: a misread, not a date
    ("Tây Giang, ngày tháng 6 năm 2023", False),
    ("Thực hiện kế hoạch năm 2023", None),  # no date line at all
])
def test_date_line_check(text, valid):
    assert ocr_reader._valid_date_line(text) is valid


def _words(*pairs):
    return [(t, c, k) for k, (t, c) in enumerate(pairs)]


def test_name_row_reading_chosen_and_trimmed():
    """Readings Tesseract gave of 08's name row on a B&W copy: the stamp's letter before the
    name goes, and the reading whose words are cased alike wins over a misread 'công'."""
    page = ocr_reader._trim_row(_words(("Í", 59), ("“Trương", 12), ("công", 94), ("Minh", 96)))
    other = ocr_reader._trim_row(_words(("í", 68), ("Trương", 37), ("Công", 37), ("Minh", 96)))
    assert [t for t, _, _ in page] == ["Trương", "công", "Minh"]
    assert [t for t, _, _ in other] == ["Trương", "Công", "Minh"]
    assert ocr_reader._reading_score(other) > ocr_reader._reading_score(page)
    # a stamp's capitals before a title-case name; an authority prefix is kept
    for stamp_letters in ("TA", "ra"):
        assert [t for t, _, _ in ocr_reader._trim_row(_words((stamp_letters, 86), ("Nguyễn", 80), ("Văn", 96),
                                                             ("An", 96)))] == ["Nguyễn", "Văn", "An"]
    assert ocr_reader._trim_row(_words(("TM.", 96), ("ỦY", 95), ("BAN", 96)))[0][0] == "TM."
    # broken words score below whole syllables
    assert ocr_reader._reading_score(_words(("Ng\"yên", 40), ("Văn", 96), ("An", 96))) < \
        ocr_reader._reading_score(_words(("NguyẾn", 26), ("Văn", 96), ("An", 96)))


def test_signer_middle_name_thi_respelled():
    assert _respell_surname("Lê Thì Thu Hà") == "Lê Thị Thu Hà"
    assert _respell_surname("Tran Thi Mai") == "Trần Thị Mai"
    assert _respell_surname("Trần Thi") == "Trần Thi"  # a given name "Thi" stays
    assert _respell_surname("Lê Minh Tuấn") == "Lê Minh Tuấn"


def test_signer_surname_a_letter_off_respelled():
    """A ring across the family name's "u" (300 dpi B&W): the one surname a letter away."""
    assert _respell_surname("Ngiyễn Văn An") == "Nguyễn Văn An"
    assert _near_surname("Trươnø") == "Trương"
    assert _near_surname("Nguyệt") is None  # a real syllable is never respelled
    assert _near_surname("Ngnzen") is None  # two letters off: left as read


def test_date_year_fragments_and_votes():
    assert ocr_reader._date_fields(["Tây", "Vĩnh,", "ngày", "20", "tháng", "6", "năm", "203"]) == \
        {"ngay": (3, "20"), "thang": (5, "6"), "nam": (7, None)}
    assert ocr_reader._subsequence("203", "2023") and ocr_reader._subsequence("03", "2023")
    assert not ocr_reader._subsequence("23023", "2023")
