"""Classes of misses seen on B&W stamped scans (seed c of samples/make_scans.py), each shown
here in other words: the header's date line grouped with the number beside it, a name row
read with "THỊ" in capitals, a stamp's letters or a garbled rank before a name, and a re-read
year a digit from the page's own. One small OCR case (real Tesseract, one drawn line)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from tdkt.extractors import ocr_columns, ocr_reader, pdf_layout
from tdkt.pipeline.metadata.closing import _drop_stray_head, _name_tail

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _word(text: str, x0: float, top: float, height: float = 26) -> pdf_layout.Word:
    return pdf_layout.Word(text=text, x0=x0, x1=x0 + 15 * len(text), top=top, bottom=top + height)


def test_header_date_word_set_lower_stays_on_its_date_line():
    # "Số: 12/TB-SYT" (left) sits higher than the place-and-date line (right); the faint "ngày"
    # lower still: by height alone it falls on a row of its own and the date line breaks.
    words = [_word("SỞ", 100, 100), _word("Y", 150, 100), _word("TẾ", 180, 100),
             _word("CỘNG", 900, 100), _word("HÒA", 990, 100),
             _word("Số:", 100, 150, 22), _word("12/TB-SYT", 160, 150, 22),
             _word("Hòa", 850, 157, 34), _word("Bình,", 920, 158, 26), _word("ngày", 1010, 166, 27),
             _word("14", 1090, 158, 24), _word("tháng", 1130, 158, 34), _word("3", 1220, 158, 24),
             _word("năm", 1250, 158, 24), _word("2024", 1320, 158, 24),
             _word("THÔNG", 600, 300, 30), _word("BÁO", 720, 300, 30)]
    before = pdf_layout.group_rows(words, 1)
    assert ["ngày"] in [[p.text for p in row] for row in before]  # the defect, as made
    rows = ocr_columns.split_columns(before, 1, 1654)
    pieces = [p.text for row in rows for p in row]
    assert "Hòa Bình, ngày 14 tháng 3 năm 2024" in pieces
    assert "Số: 12/TB-SYT" in pieces and "THÔNG BÁO" in pieces


def test_only_page_one_has_a_header_to_split():
    words = [_word("Số:", 100, 150, 22), _word("Hòa", 850, 157, 34), _word("ngày", 1010, 166, 27),
             _word("Nội", 100, 300), _word("dung", 160, 300), _word("tiếp", 240, 300), _word("theo", 320, 300),
             _word("trang", 400, 300), _word("trước", 480, 300), _word("và", 560, 300), _word("kết", 620, 300),
             _word("thúc", 680, 300), _word("ở", 760, 300), _word("đây", 800, 300), _word("hết", 860, 300)]
    rows = pdf_layout.group_rows(words, 2)
    assert ocr_columns.split_columns(rows, 2, 1654) == rows


def test_name_row_with_a_capital_middle_name_is_a_name_row_but_a_title_is_not():
    assert ocr_reader._maybe_name([("+", 40.0, 0), ("Lê", 90.0, 1), ("THỊ", 60.0, 2), ("Thu", 90.0, 3),
                                   ("Hà", 90.0, 4)])
    assert not ocr_reader._maybe_name([("KT.", 90.0, 0), ("CHỦ", 90.0, 1), ("TỊCH", 90.0, 2)])
    assert not ocr_reader._maybe_name([("TM.", 90.0, 0), ("Ủy", 60.0, 1), ("BAN", 90.0, 2), ("NHÂN", 90.0, 3)])


def test_letters_before_a_name_are_dropped_only_when_they_cannot_be_part_of_it():
    assert _drop_stray_head("JThươngfá Phạm Quốc Bảo") == "Phạm Quốc Bảo"  # a rank the ring garbled
    assert _drop_stray_head("NX Đỗ Thị Lan") == "Đỗ Thị Lan"  # a stamp's capitals
    assert _drop_stray_head("Trần Nguyễn Minh Khôi") == "Trần Nguyễn Minh Khôi"  # two family names
    assert _drop_stray_head("Ngxyễn Lê Văn Tâm") == "Ngxyễn Lê Văn Tâm"  # a misread family name stays
    assert _name_tail("+ T¬. Đỗ Thị Lan") == "Đỗ Thị Lan"
    assert _name_tail("Đỗ Thị Lan") is None  # a whole name is no broken line's tail


@pytest.mark.skipif(not FONT.exists(), reason="setup font missing")
@pytest.mark.parametrize(("day_read", "body_year", "kept"),
                         [("3l", "2019", True), ("3l", "2029", False), ("30", "2029", False)])
def test_reread_year_a_digit_from_the_pages_own_is_not_written(day_read: str, body_year: str, kept: bool):
    # A date line read "ngày 3l tháng 9 năm 2019" (no calendar date: re-read); the line truly
    # says 2019. When the page names 2029 everywhere else, 2019 is one digit from it and ten
    # years away: taken for a misreading, no year is written, also when the line as first read
    # was a whole date ("ngày 30 ... 2019": read again for its year alone).
    font = ImageFont.truetype(str(FONT), 30)
    image = Image.new("L", (1400, 120), 255)
    ImageDraw.Draw(image).text((700, 40), "ngày 30 tháng 9 năm 2019", font=font, fill=0)
    texts = ["ngày", day_read, "tháng", "9", "năm", "2019", body_year, body_year]
    lefts = [700, 790, 840, 950, 980, 1060, 10, 10]
    tops = [40, 40, 40, 40, 40, 40, 1000, 1100]
    data = {"text": texts, "conf": [90.0] * 8, "left": lefts, "top": tops,
            "width": [80, 40, 90, 20, 60, 80, 80, 80], "height": [34] * 8, "par_num": [1] * 8,
            "block_num": [1] * 6 + [2, 3]}
    image = image.crop((0, 0, 1400, 120))
    replaced = ocr_reader.reread_date_rows(image, data, time.monotonic() + 120)
    written = " ".join(t for t in data["text"] if t)
    assert ("ngày 30 tháng 9 năm 2019" in written) == kept  # a whole date only when trusted
    assert replaced == int(kept)
