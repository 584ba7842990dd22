"""The text-PDF reader's fast paths give what the plain computation gives (issue 14, point 1).

Each shortcut of the second speed pass is checked against the slow way it replaces, on real
files from several producers (LibreOffice samples; Chromium print-to-PDF: no space glyphs,
CID and Type 3 fonts; pdftocairo: CID TrueType; Ghostscript pdfwrite) and on generated text:
- text objects found by galloping over a stretch of chars, and font facts asked once per font
  handle, against asking PDFium char by char;
- a block's bold/italic/size/font from its lines' tallies, against counting its words;
- the sentence-end / cut-compound patterns on a text's tail, against searching the whole text;
- the text-layer check by C loops, against the per-character definition.
"""

from __future__ import annotations

import html
import random
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

import extract_fixtures as fx
from tdkt.extractors import pdf_chars, pdf_layout
from tdkt.extractors.pdf_reader import has_text_layer

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [ROOT / "samples" / "inbox" / name for name in
           ("01-xa-tay-vinh.pdf", "06-cum-thi-dua-so-2.pdf", "72-trung-tam-y-te.pdf")]


@pytest.fixture(scope="module")
def other_producers(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("fast-paths")
    out = []
    lo = fx.soffice_convert(fx.make_report_docx(root / "report.docx"), root)
    out.append(lo)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "setup.sh installs chromium"
    page = root / "report.html"
    styles = ("font-weight:bold", "font-style:italic", "font-weight:bold;font-style:italic", "")
    paras = "".join(f"<p style='{styles[i % 4]}'>{html.escape(line)}</p>"
                    for i, line in enumerate(fx.source_text().splitlines()))
    page.write_text("<html><head><meta charset='utf-8'><style>body{font-family:'Liberation Serif';"
                    f"font-size:12pt}}</style></head><body>{paras}</body></html>", encoding="utf-8")
    out.append(root / "report.chromium.pdf")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-pdf-header-footer", f"--user-data-dir={root / 'chromium-profile'}",
                    f"--print-to-pdf={out[-1]}", page.as_uri()], check=True, capture_output=True, timeout=120)
    out.append(root / "report.cairo.pdf")
    subprocess.run(["pdftocairo", "-pdf", str(lo), str(out[-1])], check=True, timeout=60)
    out.append(root / "report.gs.pdf")
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    f"-sOutputFile={out[-1]}", str(lo)], check=True, timeout=120)
    return out


def _all_chars(path: Path) -> list[list]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    fonts = pdf_chars.FontTable()
    try:
        result = []
        for index in range(len(pdf)):
            page = pdf[index]
            result.append(pdf_chars.page_chars(page.get_textpage(), float(page.get_mediabox()[3]), fonts))
        return result + [[(f.name, f.bold, f.italic, f.weight) for f in fonts.fonts]]
    finally:
        pdf.close()


def _char_by_char(monkeypatch) -> None:
    """No galloping (as on a right-to-left page) and no font-handle cache (no handle)."""
    monkeypatch.setattr(pdf_chars, "_RIGHT_TO_LEFT", re.compile(""))
    calls = pdf_chars._calls()
    monkeypatch.setattr(calls, "font", lambda obj: None)


def test_galloping_and_font_cache_equal_char_by_char_on_every_producer(other_producers, monkeypatch):
    files = SAMPLES + other_producers
    fast = {path: _all_chars(path) for path in files}
    assert all(sum(len(page) for page in fast[path][:-1]) > 1000 for path in files)
    _char_by_char(monkeypatch)
    for path in files:
        assert _all_chars(path) == fast[path], path.name


def test_stretch_end_stops_at_another_object_or_a_generated_char():
    # PDFium lists each object's chars together; None is a generated space (no object).
    objects = [7, 7, 7, None, 7, 7, 9, 9, 9, 4]

    def text_object(_address, index):
        return objects[index]

    assert pdf_chars._stretch_end(text_object, 0, 0, 7, len(objects)) == 2  # stops short: safe
    assert pdf_chars._stretch_end(text_object, 0, 4, 7, len(objects)) == 5
    assert pdf_chars._stretch_end(text_object, 0, 6, 9, len(objects)) == 8
    assert pdf_chars._stretch_end(text_object, 0, 9, 4, len(objects)) == 9
    long = [5] * 1000 + [6] * 3
    assert pdf_chars._stretch_end(lambda _a, i: long[i], 0, 0, 5, len(long)) == 999


def _word(text, bold=None, italic=None, size=None, font=None, x0=0.0):
    return pdf_layout.Word(text=text, x0=x0, x1=x0 + 5, top=0.0, bottom=10.0, bold=bold, italic=italic,
                           size=size, font=font)


def _by_words(words, attr):
    """The plain definitions: share = flagged chars >= 90 % of known; dominant = most chars, first."""
    known = [(getattr(w, attr), len(w.text)) for w in words if getattr(w, attr) is not None]
    share = sum(n for flag, n in known if flag) >= 0.9 * sum(n for _, n in known) if known else None
    weights: dict = {}
    for value, n in known:
        weights[value] = weights.get(value, 0) + n
    return share, (max(weights, key=weights.get) if weights else None)


def test_block_cues_from_line_tallies_equal_counting_the_words():
    rng = random.Random(14)
    geo = pdf_layout.PageGeometry(600.0, 50.0, 550.0)
    for _ in range(400):
        lines = []
        for _ in range(rng.randint(1, 4)):
            words = [_word(rng.choice(["a", "bb", "ccc", "Đội", "x" * 9]), rng.choice([None, True, False]),
                           rng.choice([None, True, False]), rng.choice([None, 12.0, 13.0, 12]),
                           rng.choice([None, "LiberationSerif", "DejaVuSerif"])) for _ in range(rng.randint(1, 5))]
            lines.append(pdf_layout.Line(words=words, page=1))
        block = pdf_layout.make_block(lines, geo, None)
        words = [w for line in lines for w in line.words]
        bold, size = _by_words(words, "bold"), _by_words(words, "size")[1]
        assert block.bold == bold[0]
        assert block.italic == _by_words(words, "italic")[0]
        assert block.font_size == (round(float(size), 1) if size else None)
        assert block.font_name == _by_words(words, "font")[1]
        assert lines[0].bold == _by_words(lines[0].words, "bold")[0]
        assert lines[0].size == _by_words(lines[0].words, "size")[1]


def test_tail_searches_equal_whole_text_searches():
    rng = random.Random(1)
    alphabet = list("ab.:;!?… \n\t\"”’)-‐_1ếĐ")
    texts = ["", "Số:", "Kế hoạch số 15/KH-", "abc.\n", "x." + " " * 30, "x." + " \"" * 20, "a-\n", "Covid‐"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(20000)]
    for text in texts:
        assert pdf_layout._ends_sentence(text) == (pdf_layout._ENDS_SENTENCE.search(text) is not None), repr(text)
        assert pdf_layout._cut_compound(text) == (pdf_layout._CUT_COMPOUND.search(text) is not None), repr(text)


def _text_layer_by_definition(text: str) -> bool:
    visible = [ch for ch in text if not ch.isspace()]
    if len(visible) < 25:
        return False
    bad = sum(1 for ch in visible if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cn"))
    letters = sum(1 for ch in visible if ch.isalpha())
    return bad / len(visible) < 0.2 and letters / len(visible) > 0.4


def test_text_layer_check_equals_its_definition():
    rng = random.Random(3)
    alphabet = list("ab ếĐ1.\n\u3000\x85\ufffd\ue000\x01\u0378\u0301") + ["\U000f0000"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90))) for _ in range(5000)]
    assert {has_text_layer(t) for t in texts} == {True, False}
    for text in texts:
        assert has_text_layer(text) == _text_layer_by_definition(text), repr(text)


class _NeverHit(dict):
    def get(self, key, default=None):
        return default


def _page_words(path: Path) -> list:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    fonts, decoder = pdf_chars.FontTable(), pdf_chars.RunDecoder()
    try:
        return [pdf_chars.page_words(pdf[i].get_textpage(), float(pdf[i].get_mediabox()[3]), fonts, decoder)
                for i in range(len(pdf))]
    finally:
        pdf.close()


def test_votes_kept_per_font_pattern_equal_a_vote_per_word(other_producers, monkeypatch):
    # Words drawn from several fonts (a fallback font's letters, Chromium's Type 3 glyphs) take
    # bold/italic/font from a vote kept per page by the glyphs' font pattern: the same as voting
    # each word on its own.
    files = SAMPLES + other_producers
    kept = {path: _page_words(path) for path in files}
    mixed = [w for path in files for page in kept[path] for w in page if w.font and w.bold is not None]
    assert len(mixed) > 1000
    monkeypatch.setattr(pdf_chars, "_VoteCache", _NeverHit)
    for path in files:
        assert _page_words(path) == kept[path], path.name
