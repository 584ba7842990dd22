"""A scan whose PDF carries the copier's own OCR layer (invisible text under the page image).

Office copiers' "scan to searchable PDF" OCR has no Vietnamese: the layer reads "CONG HOA XA
HOI CHU NGHIA VIET NAM". Such files are made here by a real producer of that kind: Tesseract's
PDF renderer with the English model writes the page image and an invisible text layer, exactly
what a copier's software does. tdkt must drop that layer and OCR the page itself; a layer that
does read as Vietnamese (the same renderer with the Vietnamese model) is kept.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tdkt.extractors import extract
from tdkt.extractors.pdf_scan_layer import is_ocr_layer, reads_as_vietnamese
from tdkt.pipeline.metadata.read import read_metadata
from tdkt.pipeline.numbers import fold

ROOT = Path(__file__).resolve().parents[1]
SCAN = ROOT / "samples" / "inbox" / "12-xa-tay-giang.scan.pdf"
DOCX = ROOT / "samples" / "inbox" / "12-xa-tay-giang.docx"


def _copier_pdf(tmp: Path, lang: str) -> Path:
    """The sample scan's pages re-made as image + invisible OCR layer by Tesseract in `lang`."""
    pdf = pdfium.PdfDocument(str(SCAN))
    images = []
    for i in range(len(pdf)):
        image = tmp / f"page-{i + 1}.png"
        pdf[i].render(scale=150 / 72).to_pil().convert("L").save(image, dpi=(150, 150))
        images.append(str(image))
    pdf.close()
    listing = tmp / "pages.txt"
    listing.write_text("\n".join(images) + "\n", encoding="utf-8")
    out = tmp / f"copier-{lang}"
    subprocess.run(["tesseract", str(listing), str(out), "-l", lang, "pdf"], check=True,
                   capture_output=True, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
    return out.with_suffix(".pdf")


@pytest.fixture(scope="module")
def english_layer(tmp_path_factory) -> Path:
    return _copier_pdf(tmp_path_factory.mktemp("copier-eng"), "eng")


def test_the_made_file_is_a_copier_scan_with_an_unreadable_layer(english_layer):
    pdf = pdfium.PdfDocument(str(english_layer))
    page = pdf[0]
    text = page.get_textpage().get_text_range()
    assert is_ocr_layer(page.raw, *page.get_size())
    assert len(text) > 500 and not reads_as_vietnamese(text)  # the layer is there, and not Vietnamese
    pdf.close()


def test_a_non_vietnamese_copier_layer_is_dropped_and_the_page_read_by_ocr(english_layer):
    document = extract(english_layer)
    assert document.format == "pdf-scanned"
    assert document.meta["scanner_layer_pages"] == len(pdfium.PdfDocument(str(english_layer)))
    assert any("máy quét" in w for w in document.warnings)
    assert "cong hoa xa hoi chu nghia viet nam" in fold(document.text)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in document.text.replace("HOÀ", "HÒA")
    want = read_metadata(extract(DOCX)).info
    got = read_metadata(document).info
    assert (got.number, got.date) == (want.number, want.date)


def test_a_vietnamese_copier_layer_is_kept(tmp_path):
    made = _copier_pdf(tmp_path, "vie")
    document = extract(made)
    assert "scanner_layer_pages" not in document.meta
    assert document.format == "pdf"  # read from its layer, no second OCR


def test_reads_as_vietnamese_on_text_in_other_words():
    marked = ("Hội Nông dân xã đã tổ chức tuyên truyền, vận động hội viên tham gia phong trào sản xuất "
              "kinh doanh giỏi, giúp nhau làm giàu và giảm nghèo bền vững; kết quả có nhiều hộ đạt danh "
              "hiệu, được biểu dương kịp thời trong sáu tháng đầu năm.")
    stripped = fold(marked)  # the same words as a copier's OCR gives them: no marks at all
    garbled = "Dc 1p - Ty do - Hph phtic S6: 463Y SGDDT Thoc hien Cong van s6 ngay thcing nam " * 3
    assert reads_as_vietnamese(marked)
    assert not reads_as_vietnamese(stripped)
    assert not reads_as_vietnamese(garbled)
    assert not reads_as_vietnamese("Ủy ban nhân dân")  # too short to trust either way


def test_text_pdfs_and_plain_scans_are_not_copier_layers():
    for name in ("01-xa-tay-vinh.pdf", "12-xa-tay-giang.scan.pdf"):
        pdf = pdfium.PdfDocument(str(ROOT / "samples" / "inbox" / name))
        page = pdf[0]
        assert not is_ocr_layer(page.raw, *page.get_size()), name
        pdf.close()
