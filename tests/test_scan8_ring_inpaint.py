"""A B&W stamp's ring crossing the signer's family name (issue 9 point 3, eighth round): the
ring's arc kept where it crosses a letter ("tề" for "Lê"), so the row is read once more with
every ring of the stamp (the outer one and the thin inner one) in-painted away, letters
included, and that view's readings count only under a stricter vote. Drawn here with another
font than the samples' scans; one small OCR case (real Tesseract, one drawn row)."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from tdkt.extractors import ocr_reader, ocr_ring_inpaint

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
R, R_INNER = 200, 136  # px: a 34 mm seal at 300 dpi, its inner ring at 0.68 of it


def _row_under_ring(text: str = "Thượng tá Lê Minh Tuấn"):
    """A name row at 300 dpi and a stamp's two rings whose outer arc runs through the "L" of
    "Lê" (B&W, as a copier makes it); returns the image, the ring (x, y, r), the row's box."""
    page = Image.new("L", (1500, 900), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 46)
    x, y = 250, 600
    draw.text((x, y), text, font=font, fill=0)
    box = draw.textbbox((x, y), text, font=font)
    lx = x + draw.textlength(text[:text.index("Lê")], font=font) + 12  # through the L's stem
    cy = y + 20 - 150  # the arc meets the row 150 px below the centre
    cx = lx - (R ** 2 - 150 ** 2) ** 0.5
    draw.ellipse((cx - R, cy - R, cx + R, cy + R), outline=0, width=9)
    draw.ellipse((cx - R_INNER, cy - R_INNER, cx + R_INNER, cy + R_INNER), outline=0, width=4)
    return page, (cx, cy, R - 4), box  # PIL draws an outline inside its box: the ring's middle


def _on_circle(image, cx, cy, r, degrees):
    pixels = np.asarray(image)
    return [pixels[round(cy + r * np.sin(np.radians(a))), round(cx + r * np.cos(np.radians(a)))] for a in degrees]


def test_both_rings_go_and_the_letters_stay():
    page, ring, box = _row_under_ring()
    clean = ocr_reader_inpaint(page, ring)
    upper = range(200, 340, 7)  # the rings' upper arcs, far from the text
    for r in (R - 4, R_INNER - 2):
        assert sum(v < 128 for v in _on_circle(page, *ring[:2], r, upper)) >= 18  # inked before
        assert sum(v < 128 for v in _on_circle(clean, *ring[:2], r, upper)) <= 1  # gone after
    # the text's ink outside the rings' bands is all there (in-painting only fills the bands)
    x0, y0, x1, y1 = box
    yy, xx = np.mgrid[y0:y1, x0:x1]
    dist = np.hypot(xx - ring[0], yy - ring[1])
    away = (np.abs(dist - R + 4) > 12) & (np.abs(dist - R_INNER + 2) > 10)
    before = (np.asarray(page)[y0:y1, x0:x1] < 128) & away
    after = (np.asarray(clean)[y0:y1, x0:x1] < 128) & away
    assert after.sum() >= 0.97 * before.sum() > 1000


def ocr_reader_inpaint(page, ring):
    clean = ocr_ring_inpaint.inpaint_rings(page, [ring])
    assert clean is not None
    return clean


def test_no_ring_there_gives_no_view():
    page = Image.new("L", (800, 800), 255)
    ImageDraw.Draw(page).text((100, 400), "Lê Văn Thành", font=ImageFont.truetype(str(FONT), 46), fill=0)
    assert ocr_ring_inpaint.inpaint_rings(page, [(400, 400, 200)]) is None


def _reading(words: list[str]):
    part = {"text": list(words), "conf": [90.0] * len(words)}
    return part, list(range(len(words))), (0, 0, 1.0)


def test_the_inpainted_view_counts_only_under_the_stricter_vote():
    page, ring, _ = _row_under_ring()

    def reader(more):
        return lambda views: [_reading(words) for words in more]

    # seed g 300 dpi 02: "Thị" lost, "Lê" snapped from "kê"/"bê" twice: a wrong name, refused
    first = [["`", "kê", "3h", "Ÿhu", "Hà"], ["?2>bêhị", "Thu", "Hà"]]
    lost = [["È", "kê", "Thu", "Hà"], ["*2›", "bê", '"Thu', "Hà"], ["2", ",bêhi", "Zhu", "Hà"]]
    assert ocr_reader._inpainted_vote(page, [ring], reader(lost), first) is None
    # seed h 300 dpi 12: "Trinh" twice, snapped from "TRằnh": refused (no exact reading)
    trinh = [["Lê", "Văn", "TRằnh"], ["Lê", "Văn", "TRằnh"], ["Lê", "Văn", "TRÀ"]]
    assert ocr_reader._inpainted_vote(page, [ring], reader(trinh), [["Lê", "Văn", "rh`nh"]]) is None
    # seed g 300 dpi 01: four exact readings on the in-painted view, one on the page: taken
    first = [["Nguyễá", "Văn", "An"], ["Nguyễu", "Văn", "ân"]]
    won = [["Nguyễn", "Văn", "An"]] * 4 + [["Nguyễn", "Văn", "Ra"]]
    more = ocr_reader._inpainted_vote(page, [ring], reader(won), first)
    assert more is not None and more[2] == (["Nguyễn", "Văn", "An"], 5)
    # three votes, only one of them exact: refused
    once = [["Nguyễn", "Văn", "An"], ["Nguyễa", "Văn", "An"], ["Nguyễá", "Văn", "An"]]
    assert ocr_reader._inpainted_vote(page, [ring], reader(once), [["Nguyễ", "Văn"]]) is None


@pytest.mark.skipif(not FONT.exists(), reason="DejaVu Serif Bold not installed")
def test_the_family_name_under_the_arc_reads_once_the_rings_are_inpainted():
    page, ring, box = _row_under_ring()
    clean = ocr_reader_inpaint(page, ring)
    x0, y0, x1, y1 = box
    crop = clean.crop((x0 - 40, y0 - 25, x1 + 40, y1 + 25))
    words = ocr_reader._tesseract(crop, time.monotonic() + 60, psm=7)["text"]
    assert "Lê" in [w.strip() for w in words]
