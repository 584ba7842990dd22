"""OCR: a scanned (image-only, tilted, noisy) PDF page, a mixed PDF, a photo, a blank page,
skew estimation, and Tesseract missing. About two pages of OCR in all (the machine is shared)."""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import pytest

import extract_fixtures as fx
from tdkt.extractors import ExtractionError, Limits, extract, ocr_reader
from tdkt.extractors.pdf_reader import read_pdf


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Path]:
    fx.env_one_thread()
    root = tmp_path_factory.mktemp("ocr")
    pdf = fx.soffice_convert(fx.make_report_docx(root / "report.docx"), root)
    scan = fx.make_scanned_pdf(pdf, root / "report.scan.pdf", dpi=300, angle=1.5, pages=1)
    return {"pdf": pdf, "scan": scan}


@pytest.fixture(scope="module")
def scanned(made):
    return read_pdf(made["scan"], Limits())


def _page_one_source() -> str:
    # The fixture's page 1 ends before the last closing line, which moves to page 2.
    return "\n".join(fx.source_text().splitlines()[:-2])


def test_scanned_pdf_text_matches_source(scanned):
    assert scanned.format == "pdf-scanned" and scanned.pages == 1
    flat = " ".join(scanned.text.split())
    ratio = SequenceMatcher(None, " ".join(_page_one_source().split()), flat).ratio()
    assert ratio >= 0.85, (ratio, flat)
    for words in ("thi đua", "khen thưởng", "Hội đồng Thi đua", "BÁO CÁO", "Nơi nhận"):
        assert words in flat


def test_scanned_pdf_deskew_confidence_and_provenance(scanned):
    assert scanned.meta["deskew_degrees"] == [pytest.approx(-1.5, abs=0.3)]
    assert scanned.meta["ocr_dpi"] == Limits().ocr_dpi
    assert 70 <= scanned.meta["ocr_confidence"] <= 100
    assert all(b.confidence is not None and 0 <= b.confidence <= 100 for b in scanned.blocks)
    assert all(b.bold is None and b.where.page == 1 and b.where.line for b in scanned.blocks)


def test_scanned_header_columns_kept_apart(scanned):
    left = " ".join(b.text for b in scanned.blocks if b.region == "header-left")
    right = " ".join(b.text for b in scanned.blocks if b.region == "header-right")
    assert "ỦY BAN NHÂN DÂN" in left and "45/BC-UBND" in left
    assert "CỘNG HÒA" in right and "ngày 20 tháng 6 năm 2023" in right
    assert "CỘNG" not in left and "UBND" not in right


def test_scanned_paragraphs_follow_tesseract_paragraphs(scanned):
    para = [b for b in scanned.blocks if "Hội đồng Thi đua" in b.text]
    assert len(para) == 1
    assert SequenceMatcher(None, para[0].text, fx.BODY[3][1]).ratio() > 0.9


def test_mixed_pdf_ocrs_only_the_page_without_text(made, tmp_path):
    import pypdfium2 as pdfium

    # Page 1 with its text layer, page 2 an image of the (short) second page.
    scan2 = fx.make_scanned_pdf(made["pdf"], tmp_path / "p2.pdf", dpi=200, angle=0, noise=0)
    out = pdfium.PdfDocument.new()
    out.import_pages(pdfium.PdfDocument(str(made["pdf"])), [0])
    out.import_pages(pdfium.PdfDocument(str(scan2)), [1])
    mixed = tmp_path / "mixed.pdf"
    out.save(str(mixed))
    document = extract(mixed)
    assert document.format == "pdf" and document.meta["text_pages"] == 1
    page2 = [b for b in document.blocks if b.where.page == 2]
    assert page2 and all(b.confidence is not None for b in page2)
    assert all(b.confidence is None for b in document.blocks if b.where.page == 1)
    assert "Nguyễn Văn An" in " ".join(b.text for b in page2)
    assert any("nhận dạng" in w for w in document.warnings)


def test_photo_jpeg(made, tmp_path):
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(str(made["pdf"]))[0]
    image = page.render(scale=200 / 72).to_pil().convert("RGB")
    top = image.crop((0, 0, image.width, image.height // 4))  # the header quarter: cheap to OCR
    photo = tmp_path / "anh-chup.jpg"
    top.rotate(-1.0, fillcolor="white").save(photo, quality=85)
    document = extract(photo)
    assert document.format == "image" and document.meta["ocr_confidence"] > 60
    # Where the motto wraps depends on the fonts LibreOffice finds (Liberation Serif has no
    # precomposed Vietnamese capitals, so they fall back to DejaVu or TeX Gyre): compare words.
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in " ".join(document.text.split())
    assert "ngày 20 tháng 6 năm 2023" in document.text  # italic "Vinh" is often read "Vĩnh"
    # A stacked mark read as a word ("ˆ" over VIỆT) used to end the header zone mid-column.
    right = " ".join(b.text for b in document.blocks if b.region == "header-right")
    assert "ngày 20 tháng 6 năm 2023" in right and "Độc lập" in right
    assert "ˆ" not in document.text


def test_blank_page_has_no_text(tmp_path):
    from PIL import Image

    blank = tmp_path / "trang-trang.png"
    Image.new("L", (1240, 1754), 255).save(blank)
    with pytest.raises(ExtractionError) as err:
        extract(blank)
    assert err.value.code == "no_text"


def test_detached_tone_marks_are_not_words():
    assert ocr_reader._detached_marks("ˆ") and ocr_reader._detached_marks("˜´")
    assert not ocr_reader._detached_marks("-") and not ocr_reader._detached_marks("VIỆT")


def test_estimate_skew_finds_the_tilt():
    from PIL import Image, ImageDraw

    image = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(image)
    for y in range(100, 1500, 40):  # text-like lines of dark bars with word gaps
        for x in range(100, 1100, 90):
            draw.rectangle((x, y, x + 70, y + 14), fill=0)
    tilted = image.rotate(2.0, fillcolor=255)
    assert ocr_reader.estimate_skew(tilted) == pytest.approx(-2.0, abs=0.2)
    assert ocr_reader.estimate_skew(image) == pytest.approx(0.0, abs=0.2)


def test_missing_tesseract_or_vietnamese_data(monkeypatch, tmp_path):
    import pytesseract
    from PIL import Image

    image = tmp_path / "x.png"
    Image.new("L", (200, 200), 255).save(image)
    ocr_reader._tesseract_state.cache_clear()
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    try:
        with pytest.raises(ExtractionError) as err:
            extract(image)
        assert err.value.code == "ocr_unavailable"
        monkeypatch.undo()
        ocr_reader._tesseract_state.cache_clear()
        monkeypatch.setattr(pytesseract, "get_languages", lambda config="": ["eng", "osd"])
        with pytest.raises(ExtractionError) as err:
            extract(image)
        assert err.value.code == "ocr_unavailable" and "vie" in err.value.detail
    finally:
        monkeypatch.undo()
        ocr_reader._tesseract_state.cache_clear()


def test_remove_rules_clears_table_borders_but_not_letters():
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1600, 600), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("DejaVuSerif.ttf", 48)
    draw.text((120, 250), "Lao động tiên tiến — THI ĐUA", font=font, fill=0)
    letters = np.asarray(image) < 140
    for y in (200, 330):
        draw.line((100, y, 1500, y), fill=90, width=2)  # grey, like a blurred scanned rule
    for x in (100, 900, 1500):
        draw.line((x, 200, x, 330), fill=90, width=2)
    cleaned = np.asarray(ocr_reader.remove_rules(image))
    assert (cleaned[200:202, 100:1500] == 255).all() and (cleaned[200:330, 900:902] == 255).all()
    kept = (cleaned < 140) & letters
    assert kept.sum() >= 0.97 * letters.sum()


def test_render_dpi_follows_the_scan(made, tmp_path):
    import pypdfium2 as pdfium

    low = fx.make_scanned_pdf(made["pdf"], tmp_path / "low.pdf", dpi=150, angle=0, noise=0, pages=1)
    mid = fx.make_scanned_pdf(made["pdf"], tmp_path / "mid.pdf", dpi=240, angle=0, noise=0, pages=1)
    got = [ocr_reader.render_dpi(pdfium.PdfDocument(str(p))[0], Limits(ocr_dpi=300))
           for p in (made["scan"], mid, low, made["pdf"])]
    assert got == [300, 240, 200, 300]  # native, native, raised to the floor, text page: the default


def test_upside_down_photo_is_turned(made, tmp_path):
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(str(made["pdf"]))[0]
    image = page.render(scale=200 / 72).to_pil().convert("L")
    body = image.crop((0, image.height // 4, image.width, image.height // 2))  # a quarter: cheap
    photo = tmp_path / "nguoc.png"
    body.rotate(180).save(photo)
    document = extract(photo)
    assert document.meta["rotated_degrees"] == {1: 180}
    assert "Hội đồng Thi đua - Khen thưởng xã được kiện toàn" in document.text
