"""B&W stamped copies: the signer's name by vote among readings, the wrong-name guard, and the
faint date's near-miss date words.

The pure parts on readings Tesseract really gave of B&W scans (bench/stamped_metadata.py);
then real Tesseract on two generated scans: the closing of a 300 dpi copy with seed "b" (the
seal over the name's row) and the faint date line of a 150 dpi copy.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import extract_fixtures as fx
import pytest
from tdkt.extractors import ocr_reader
from tdkt.extractors.ocr_name_vote import exact_name, name_in, vote
from tdkt.extractors.viet_names import snap
from tdkt.pipeline.metadata.closing import _plausible_ocr_name

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
sys.path.insert(0, str(SAMPLES))

import make_samples as ms
import make_scans


def test_snap_to_one_known_name_a_letter_away():
    assert snap("kê", family=True) == "Lê"  # the L's foot lost under a ring arc
    assert snap("Nguyễp", family=True) == "Nguyễn"
    assert snap("VĂX", family=False) == "Văn"
    assert snap("Công", family=True) is None  # a given name read whole is no misread "Nông"
    assert snap("Vấn", family=False) is None  # "Văn" or "Vân": no guess...
    assert snap("Vấn", family=False, middle=True) == "Văn"  # ...except for the common middle name
    assert snap("Tưng", family=True) is None  # two letters from "Trương"


# Readings Tesseract gave of "Lê Văn Thành" on a 200 dpi B&W copy, the ring along "Lê Văn"
READINGS_12 = ["_ˆ'kê VĂX Thành", "x kê VĂX Thành", "s 'kê và: Thành", "_'Kề và Thành", "“bê VĂh Thành",
               "“ ge văn Thành", "_'kê Vần Thành", "_kê Vần Thành"]


def test_vote_reads_a_name_no_single_reading_holds():
    assert name_in(["_ˆ'kê", "VĂX", "Thành"]) == (0, ["Lê", "Văn", "Thành"])
    assert vote([r.split() for r in READINGS_12]) == (["Lê", "Văn", "Thành"], 5)
    # a rank before the name is no part of it; joined words are cut at the inner capital
    assert name_in(["Thương", "tá", "Lê", "Minh", "Tuấn"]) == (2, ["Lê", "Minh", "Tuấn"])
    assert name_in(["-Lê", "Thậ", "ThuHà"]) == (0, ["Lê", "Thị", "Thu", "Hà"])


def test_two_family_names_read_exactly_stay_one_name():
    # a father's and a mother's family name (found on a real B&W copier scan, here in other names)
    assert name_in(["Phạm", "Lê", "Hoài", "An"]) == (0, ["Phạm", "Lê", "Hoài", "An"])
    assert vote([["Đỗ", "Nguyễn", "Thảo", "Vy"]] * 3) == (["Đỗ", "Nguyễn", "Thảo", "Vy"], 3)


def test_no_name_rather_than_a_wrong_one():
    # a middle word lost under the ring leaves two words: only taken when read exactly
    assert vote([["ˆY", "Lên", "Thành"]] * 3) is None
    assert vote([["Công", "Minh"]] * 5) is None  # the family name is missing
    assert vote([["Lê", "Văn", "Thành"], ["Lê", "Văn", "Thanh"]]) is None  # one reading each: no winner
    assert vote([["Lê", "Văn", "Thành"]] * 2 + [["x"]] * 6) == (["Lê", "Văn", "Thành"], 2)
    assert exact_name(["ra", "Nguyễn", "Văn", "An"]) and not exact_name(["Nguyễp", "Văn", "An"])


@pytest.mark.parametrize("name,plausible", [
    ("Nguyễn Văn An", True), ("Phùng Thị Hoa", True), ("Trương Công Minh", True),
    ("Vần Thành", False), ("Lên Thành", False), ("Công Minh", False), ("Lê Thậ Thu Hà", False),
])
def test_ocr_signer_guard(name, plausible):
    assert _plausible_ocr_name(name) is plausible


def test_date_words_a_letter_off():
    """A faint date line enlarged and blurred reads "thủng" for "tháng", "ngủy" for "ngày"."""
    fields = ocr_reader._date_fields(["Tủy", "Sơn,", "ngủy", "16", "thủng", "6", "nằm", "202.3"])
    assert fields == {"ngay": (3, "16"), "thang": (5, "6"), "nam": (7, None)}
    assert ocr_reader._valid_date_line("Tây Sơn, ngày 16 thủng 6 năm 2023") is True
    assert ocr_reader._valid_date_line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is None
    assert ocr_reader._valid_date_line("nay 2 tháng 3 năm 20") is False  # "nay" for "ngày"; no year


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict:
    fx.env_one_thread()
    root = tmp_path_factory.mktemp("bwnames")
    sources = {s.slug[:2]: s for s in ms.load_sources(["02", "05"])}
    conv = root / "conv"
    conv.mkdir()
    docx = [ms.build_docx(s, conv / f"{s.slug}.docx", clean=True) for s in sources.values()]
    ms.soffice_convert(docx, "pdf", root, root / "lo-profile")
    return {"root": root, "sources": sources, **{n: root / f"{s.slug}.pdf" for n, s in sources.items()}}


def _scan(pdfs, number: str, dpi: int, seed: str) -> Path:
    import dataclasses

    style = dataclasses.replace(make_scans.STYLES["bw"], dpi=dpi, seed=seed)
    source = pdfs["sources"][number]
    return make_scans.build([source], pdfs["root"] / f"bw-{dpi}-{seed}", ("stamped",), style,
                            {source.slug: pdfs[number]})[0]


def _ocr_text(path: Path, page_index: int, top: float, bottom: float) -> tuple[str, dict]:
    """OCR a band of one page (full width: the stamp's size is read from the page's width)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    page = pdf[page_index % len(pdf)]
    image = page.render(scale=ocr_reader.render_dpi(page, fx_limits()) / 72).to_pil()
    band = image.crop((0, round(image.height * top), image.width, round(image.height * bottom)))
    meta: dict = {}
    lines = ocr_reader.ocr_page_image(band, 1, time.monotonic() + 120, meta)
    return "\n".join(" ".join(w.text for line in row for w in line.words) for row in lines.rows), meta


def fx_limits():
    from tdkt.extractors.limits import Limits

    return Limits()


def test_signer_under_the_seal_at_300_dpi(pdfs):
    """05 at 300 dpi, seed b: the seal's ring crosses the rank before the name, and every
    single reading had some letter wrong ("Tuần", "Tuân"); the vote gives the name."""
    text, meta = _ocr_text(_scan(pdfs, "05", 300, "b"), -1, 0.3, 0.8)
    assert meta["black_stamp_removed"] == [1]
    assert "Lê Minh Tuấn" in text.splitlines()[-1], text


def test_faint_date_at_150_dpi(pdfs):
    """02 at 150 dpi: the B&W threshold broke the faint italic date into dots; read again
    enlarged, blurred and thresholded, the date is whole."""
    text, meta = _ocr_text(_scan(pdfs, "02", 150, ""), 0, 0.0, 0.25)
    assert "ngày 21 tháng 6 năm 2023" in text, text
    assert meta["date_rows_reread"] == {1: 1}
