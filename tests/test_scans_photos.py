"""Copier scans with a stamp over the signature, and phone photos of every page.

Real Tesseract (vie) on files samples/make_scans.py renders from the project's own sources:
a colour and a grey stamped scan at 150 dpi and a B&W one at 200 dpi (its stamp black like the
text, across the signer's name) → number, date and signer equal the label; a phone-
photo PDF of a three- or four-page report → every page read, headings in order; a lone photo
of one page. Plus the image steps on synthetic pictures: page quadrilaterals, perspective,
stamp ink, light.
About 25 pages of OCR in all.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

import extract_fixtures as fx
from tdkt.extractors import extract, ocr_cleanup, photo_geometry
from tdkt.pipeline.metadata.read import read_metadata

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
sys.path.insert(0, str(SAMPLES))

import make_samples as ms  # noqa: E402
import make_scans  # noqa: E402

STAMPED = [("05", "color", 150), ("08", "grey", 150), ("08", "bw", 200)]


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict:
    """One LibreOffice call for the sources' PDFs, then the scans and the photos from them."""
    fx.env_one_thread()
    root = tmp_path_factory.mktemp("scans")
    sources = {s.slug[:2]: s for s in ms.load_sources(["01", "05", "08", "12"])}
    conv = root / "conv"
    conv.mkdir()
    docx = [ms.build_docx(s, conv / f"{s.slug}.docx", clean=True) for s in sources.values()]
    ms.soffice_convert(docx, "pdf", root, root / "lo-profile")
    pdfs = {s.slug: root / f"{s.slug}.pdf" for s in sources.values()}
    files = {}
    for number, mode, dpi in STAMPED:
        style = make_scans.ScanStyle(mode, dpi, make_scans.STYLES[mode].angle,
                                     make_scans.STYLES[mode].jpeg_quality, make_scans.STYLES[mode].faint_date)
        out = root / f"{mode}-{dpi}"
        files[(number, mode)] = make_scans.build([sources[number]], out, ("stamped",), style, pdfs)[0]
    files["photos"] = make_scans.build([sources["01"]], root / "photos", ("photos",), pdfs=pdfs)[0]
    # 12's faint italic date breaks into thin strokes in a B&W copy ("ngày 33 ... năm 23023")
    files[("12", "bw")] = make_scans.build([sources["12"]], root / "bw-12", ("stamped",), make_scans.STYLES["bw"],
                                           pdfs)[0]
    files["pdf01"] = pdfs[sources["01"].slug]
    files["sources"] = sources
    return files


def _labels(slug: str) -> dict:
    return yaml.safe_load((SAMPLES / "labels" / f"{slug}.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("number,mode,dpi", STAMPED)
def test_stamped_scan_metadata_equals_label(made, number, mode, dpi):
    path = made[(number, mode)]
    document = extract(path)
    assert document.format == "pdf-scanned"
    want = _labels(path.name.split(".")[0])["document"]
    info = read_metadata(document).info
    assert info.number == want["number"]
    assert info.date == (want["date"].isoformat() if want["date"] else None)
    assert info.signer == want["signer"]
    if mode == "color":
        assert document.meta["colour_ink_removed"]  # the red stamp and blue signature were seen
    if mode == "grey":
        assert document.meta["grey_stamp_removed"] == [document.pages]  # the stamp on the last page
    if mode == "bw":
        # the black ring was found on the last page and the signer's rows read again
        assert document.meta["black_stamp_removed"] == [document.pages]
        assert document.meta["stamp_rows_reread"][document.pages] >= 1


def test_faint_bw_date_line_is_read_again(made):
    """The header of a B&W copy whose faint italic date came out as broken strokes: the date
    line is read again alone (enlarged, strokes thickened) and gives the label's date."""
    import time

    import pypdfium2 as pdfium

    from tdkt.extractors import ocr_reader

    pdf = pdfium.PdfDocument(str(made[("12", "bw")]))
    page = pdf[0].render(scale=200 / 72).to_pil()
    header = page.crop((0, 0, page.width, page.height // 4))  # the two-column header only
    meta: dict = {}
    lines = ocr_reader.ocr_page_image(header, 1, time.monotonic() + 120, meta)
    text = " ".join(w.text for row in lines.rows for line in row for w in line.words)
    assert "ngày 22 tháng 6 năm 2023" in text, text
    assert meta["date_rows_reread"] == {1: 1}  # it took the re-read: the page's own reading broke


def test_stamped_scan_has_a_stamp_over_the_signature(made):
    """The generator's stamp really covers the signer's block (or the tests above prove nothing)."""
    import numpy as np
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(made[("05", "color")]))
    page = np.asarray(pdf[len(pdf) - 1].render(scale=150 / 72).to_pil().convert("RGB")).astype(int)
    red = (page[..., 0] > 150) & (page[..., 1] < 120) & (page[..., 2] < 130)
    blue = (page[..., 2] > 120) & (page[..., 0] < 100)
    ys, xs = np.nonzero(red)
    assert red.sum() > 800 and blue.sum() > 300
    assert xs.mean() > page.shape[1] * 0.5  # in the right column, where the signer signs


def test_phone_photos_every_page_in_order(made):
    """A three-page report photographed page by page: each page found, straightened and read."""
    document = extract(made["photos"])
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(str(made["pdf01"])))  # 3 with Liberation + DejaVu, 4 with others
    assert pages >= 3 and document.pages == pages and document.meta["photo_pages"] == list(range(1, pages + 1))
    src = made["sources"]["01"]
    headings = [ms.reading_text(line) for line in src.sections["body"] if line.startswith("#")]
    text = " ".join(document.text.split())
    found = [_where(h, text) for h in headings]
    assert sum(p >= 0 for p in found) >= len(headings) - 2, list(zip(headings, found))
    seen = [p for p in found if p >= 0]
    assert seen == sorted(seen)  # reading order kept across and within pages
    pages_with_text = {b.where.page for b in document.blocks if len(b.text) > 8}  # a last page may be the closing alone
    assert pages_with_text == set(range(1, pages + 1))
    # the last heading sits on page 3 or later, and the signer closes the report
    last = [b for b in document.blocks if len(b.text) > 10 and _where(headings[-1], b.text) >= 0]
    assert last and last[0].where.page >= 3
    assert read_metadata(document).info.signer == _labels(src.slug)["document"]["signer"]


def _where(heading: str, text: str) -> int:
    """Where `heading` is in `text`, allowing an OCR slip or two (-1 when not there)."""
    from rapidfuzz import fuzz

    hit = fuzz.partial_ratio_alignment(heading, text)
    return hit.dest_start if hit.score >= 90 else -1


def test_one_page_photo_jpeg_is_read(made, tmp_path):
    """A lone photo of page 2 of a report (a .jpg in the inbox) is still found and read."""
    page2 = ms.render_pages(made["pdf01"], 150)[1]
    photo = tmp_path / "01-trang-2.jpg"
    make_scans.photo_of_page(page2, "lone-page", long_side=1600, quality=72).save(photo, "JPEG", quality=72)
    document = extract(photo)
    assert document.format == "image" and document.meta["photo_pages"] == [1]
    body = [ms.reading_text(line) for line in made["sources"]["01"].sections["body"] if line.startswith("#")]
    text = " ".join(document.text.split())
    assert sum(_where(h, text) >= 0 for h in body) >= 2  # the headings that sit on page 2


# ----------------------------------------------------------------------------- image steps
def _desk_with_page(corners, size=(1500, 2000)):
    import cv2
    import numpy as np

    rng = np.random.default_rng(3)
    w, h = size
    image = (rng.normal(90, 12, (h, w, 3))).clip(0, 255).astype(np.uint8)
    cv2.fillConvexPoly(image, np.int32(corners), (238, 236, 230))
    for k in range(30):  # lines of "text" inside the page
        y = int(corners[0][1] + 120 + k * 40)
        cv2.line(image, (int(corners[0][0]) + 120, y), (int(corners[1][0]) - 120, y), (30, 30, 30), 6)
    return image


def test_find_page_quad_on_a_desk():
    import numpy as np

    corners = np.float32([[260, 180], [1230, 240], [1300, 1820], [170, 1760]])
    quad = photo_geometry.find_page_quad(_desk_with_page(corners))
    assert quad is not None
    assert np.abs(quad - corners).max() < 20


def test_find_page_quad_none_for_a_flat_scan():
    import numpy as np

    page = np.full((2000, 1400), 245, np.uint8)
    page[200:1800:40, 150:1250] = 20  # text lines, no desk around
    assert photo_geometry.find_page_quad(page) is None


def test_warp_page_makes_the_page_upright():
    import numpy as np

    corners = np.float32([[260, 180], [1230, 240], [1300, 1820], [170, 1760]])
    flat = photo_geometry.warp_page(_desk_with_page(corners), corners)
    h, w = flat.shape[:2]
    assert 1700 <= w <= 2480 and 1.3 < h / w < 1.8
    # no desk left at the corners: the warped image is all page
    for y, x in ((5, 5), (5, w - 6), (h - 6, 5), (h - 6, w - 6)):
        assert flat[y, x].mean() > 200


def test_order_corners():
    import numpy as np

    shuffled = [(900, 1200), (100, 90), (80, 1150), (950, 60)]
    assert photo_geometry.order_corners(shuffled).tolist() == [[100, 90], [950, 60], [900, 1200], [80, 1150]]
    assert np.asarray(photo_geometry.order_corners(shuffled)).dtype == np.float32


def test_remove_colour_ink_keeps_black_text_under_a_red_stamp():
    import cv2
    import numpy as np

    page = np.full((400, 600, 3), 245, np.uint8)
    cv2.putText(page, "Nguyen Van An", (40, 220), cv2.FONT_HERSHEY_SIMPLEX, 1.6, (20, 20, 20), 4)
    text = page.min(axis=2) < 100
    stamp = np.zeros((400, 600), np.uint8)
    cv2.circle(stamp, (200, 200), 150, 255, 12)
    cv2.circle(stamp, (200, 200), 40, 255, -1)
    red = np.array([205, 38, 52], np.float32) / 255
    inked = (page * (1 - (stamp[..., None] / 255) * (1 - red))).astype(np.uint8)  # multiply blend
    grey = ocr_cleanup.remove_colour_ink(inked)
    assert (grey[(stamp > 0) & ~text] > 200).mean() > 0.97  # the stamp is gone...
    assert (grey[text] < 100).mean() > 0.97  # ...the letters it covered are not


def test_remove_grey_stamp_finds_the_ring_and_keeps_text():
    import cv2
    import numpy as np

    dpi = 200
    page = np.full((1200, 1000), 238, np.uint8)
    cv2.putText(page, "Nguyen Van An", (230, 640), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 25, 4)
    text = page < 100
    r = round(18 / 25.4 * dpi)
    stamp = np.zeros_like(page)
    cv2.circle(stamp, (400, 600), r, 255, 8)
    cv2.circle(stamp, (400, 600), int(r * 0.7), 255, 4)
    page = np.where((stamp > 0) & ~text, 120, page).astype(np.uint8)
    cleaned, found = ocr_cleanup.remove_grey_stamp(page, dpi)
    assert found == 1
    assert (cleaned[(stamp > 0) & ~text] > 200).mean() > 0.95
    assert (cleaned[text] < 100).mean() > 0.97
    # a page without a stamp is left alone
    plain = np.full((1200, 1000), 238, np.uint8)
    cv2.putText(plain, "Nguyen Van An", (230, 640), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 25, 4)
    same, none = ocr_cleanup.remove_grey_stamp(plain, dpi)
    assert none == 0 and (same == plain).all()


def test_even_light_flattens_a_shadow_and_keeps_ink():
    import numpy as np

    h, w = 1200, 900
    light = np.linspace(1.0, 0.55, w)[None, :].repeat(h, axis=0)  # falls off to the right
    page = np.full((h, w), 240.0)
    page[300:320, 100:800] = 30  # a line of ink across the gradient
    grey = (page * light).astype(np.uint8)
    flat = ocr_cleanup.even_light(grey)
    paper = flat[600:800, :]
    assert paper[:, :100].mean() - paper[:, -100:].mean() < 12  # was ~100 apart
    assert flat[305:315, 120:780].mean() < 80  # the ink stays dark on both sides
