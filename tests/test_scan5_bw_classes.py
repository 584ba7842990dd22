"""Classes of misses seen on B&W stamped scans (seeds c, d, e of samples/make_scans.py), each
shown here in other words: a whole date whose month word a faint line garbled ("thủng"), a
signer's name row under a stamp whose readings agree on no name (left unread, never a wrong
name), and a name row whose words the page's pass partly lost (read as far as its ink goes).
One small OCR case (real Tesseract, one drawn line)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from tdkt.extractors import ocr_reader
from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.metadata.read import read_metadata

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


@pytest.mark.skipif(not FONT.exists(), reason="setup font missing")
def test_whole_date_with_a_garbled_month_word_is_read_again_and_written_as_printed():
    # The page's pass read "ngày 14 thùng 3 năm 2024": a calendar date, so it used to stay as
    # read, and the date reader (which wants "tháng") found no date at all.
    font = ImageFont.truetype(str(FONT), 30)
    image = Image.new("L", (1400, 120), 255)
    ImageDraw.Draw(image).text((700, 40), "ngày 14 tháng 3 năm 2024", font=font, fill=0)
    texts = ["ngày", "14", "thùng", "3", "năm", "2024"]
    data = {"text": list(texts), "conf": [90.0] * 6, "left": [700, 790, 840, 950, 980, 1060],
            "top": [40] * 6, "width": [80, 40, 90, 20, 60, 80], "height": [34] * 6, "par_num": [1] * 6,
            "block_num": [1] * 6}
    assert ocr_reader._valid_date_line(" ".join(texts))  # a whole date as first read
    assert ocr_reader._misspelt_date_words(texts)
    assert not ocr_reader._misspelt_date_words(["ngày", "14", "tháng", "3", "năm", "2024"])
    assert ocr_reader._misspelt_date_words(["ngủy", "14", "tháng", "3", "năm", "2024"])
    replaced = ocr_reader.reread_date_rows(image, data, time.monotonic() + 120)
    assert replaced == 1
    assert "ngày 14 tháng 3 năm 2024" in " ".join(t for t in data["text"] if t)


def _closing_document(name_row: str, unsettled: list[str]) -> Document:
    where = Where(page=3, line=1)
    blocks = [Block("paragraph", "Nơi nhận:", where, region="closing-left"),
              Block("paragraph", "- Lưu: VT.", where, region="closing-left"),
              Block("paragraph", "TM. ỦY BAN NHÂN DÂN", where, region="closing-right"),
              Block("paragraph", "KT. CHỦ TỊCH", where, region="closing-right"),
              Block("paragraph", "PHÓ CHỦ TỊCH", where, region="closing-right"),
              Block("paragraph", name_row, where, region="closing-right")]
    return Document(blocks=blocks, format="pdf-scanned", pages=3, meta={"unsettled_name_rows": unsettled})


def test_signer_whose_ocr_readings_agreed_on_no_name_is_left_unread():
    # "Lê Thị Tầu Hà" is a well-formed name (every word a syllable, a known family name first):
    # only the reader's own doubt tells it from a right one.
    doubtful = read_metadata(_closing_document("Lê Thị Tầu Hà", ["“Lê Thị Tầu Hà"]))
    assert doubtful.info.signer is None
    assert doubtful.items["F5"].status == "present"  # the authority and a name are there
    assert "(họ tên không đọc rõ)" in doubtful.items["F5"].note
    settled = read_metadata(_closing_document("Phạm Ngọc Thạch", ["KT. CHỦ TỊCH"]))
    assert settled.info.signer == "Phạm Ngọc Thạch"


def test_name_row_under_the_stamps_disc_is_told_from_one_beside_it():
    ring = (1000.0, 800.0, 140.0)
    assert ocr_reader._box_meets_disc((900, 900, 1150, 940), ring)  # the name under the stamp
    assert ocr_reader._box_meets_disc((1130, 700, 1400, 740), ring)  # its right edge on the ring
    assert not ocr_reader._box_meets_disc((900, 960, 1150, 1000), ring)  # the row below the stamp
    assert not ocr_reader._box_meets_disc((1160, 640, 1400, 680), ring)  # beside it, past the corner


def test_name_row_crop_reaches_over_the_words_the_page_lost():
    # "Nguyễn" read, "Văn An" lost to a faint ring's remnant: the crop for the vote goes on
    # over the ink of the row's band, gaps narrower than a letter and a half, not to the
    # left column's words or beyond a wide gap.
    image = Image.new("L", (1654, 200), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((200, 80, 500, 120), fill=0)  # the left column (recipients), same band
    for x in (1000, 1160, 1260):  # three words, gaps of 30-40 px with 40 px letters
        draw.rectangle((x, 80, x + 120 if x == 1000 else x + 70, 120), fill=0)
    draw.rectangle((1450, 80, 1480, 120), fill=0)  # a speck 120 px on: beyond the gap
    x0, x1 = ocr_reader._ink_span(image, (75, 125), (1000 - 40, 1120 + 40), 40)
    assert (x0, x1) == (1000 - 40, 1331 + 40)


def test_family_name_with_a_specks_dot_below_is_that_family_name():
    from tdkt.extractors.ocr_name_vote import vote
    from tdkt.extractors.viet_names import snap

    # "Lệ" is a given name read whole, but no given name opens a name: only a tone mark sets
    # it apart from one family name. A letter apart stays apart ("Công" is no "Nông").
    assert snap("Lệ", family=True) == "Lê"
    assert snap("Công", family=True) is None
    assert snap("Lệ", family=False) == "Lệ"
    readings = [["VĂN", "“Lệ", "Văn", "Thành"], ["7`", "kê", "Văn", "Thành"], ["N@", "_Lệ", "Văn", "Thành"],
                ["`", "_HEVãn", "Thành"]]
    assert vote(readings) == (["Lê", "Văn", "Thành"], 3)


def test_title_row_ending_in_a_specks_comma_does_not_swallow_the_name():
    # a ring's speck read as a comma after "PHÓ CHỦ TỊCH" made it look wrapped: the name in
    # title case was joined to the authority and the signer came out empty
    document = _closing_document("Trần Quốc Khánh", [])
    document.blocks[4].text = "PHÓ CHỦ TỊCH,"
    assert read_metadata(document).info.signer == "Trần Quốc Khánh"
    document.blocks[4].text = "TM. KHỐI THI ĐUA KINH TẾ -"  # a title wrapped for real still joins
    document.blocks[5].text = "TỔNG HỢP"
    assert "KINH TẾ - TỔNG HỢP" in read_metadata(document).info.signer_authority


def test_scanned_signer_with_a_second_capital_is_written_with_one():
    # seed f (after its held-out measurement): "Lê Văn THành", the name right but for an "h"
    # read as a capital; a DOCX's name is never touched
    document = _closing_document("Lê Văn THành", [])
    assert read_metadata(document).info.signer == "Lê Văn Thành"
    document.format = "docx"
    assert read_metadata(document).info.signer == "Lê Văn THành"
