"""PDF reader: text-layer pages through pdfplumber, pages without usable text through OCR.

pypdfium2 (fast, C) opens the file, counts pages, tells encrypted/corrupt/truncated apart and
decides per page whether the text layer is usable (measured: ~2 ms/page against pdfplumber's
~60-100 ms, see docs/performance.md). pdfplumber then reads only the text pages, because
segmentation needs what only it gives: every word with font name, size and position, and
ruled tables. Layout (lines, header/closing columns, paragraphs) is pdf_layout's job; legacy
fonts (TCVN3/VNI) are decoded per word by the word's own font; OCR is ocr_reader's job.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from tdkt.extractors import pdf_layout
from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.limits import Limits
from tdkt.pipeline.document import Block, Document, Where

# pdfplumber reports fonts as "ABCDEF+Name-Style"; these spellings mean bold / italic.
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[-,](?:B|Bd|BI|BoldItalic)$|TimesB$", re.I)
_ITALIC_FONT = re.compile(r"italic|oblique|[-,](?:I|It|BI|BdIt)$", re.I)
MIN_TEXT_CHARS = 25  # a page with fewer usable characters is treated as an image


def read_pdf(path: Path, limits: Limits) -> Document:
    """Read a PDF into a Document (format "pdf", or "pdf-scanned" when no page has text)."""
    path = Path(path)
    page_texts = probe(path, limits)
    text_pages, image_pages = [], []
    for number, (text, has_image) in enumerate(page_texts, start=1):
        if has_text_layer(text) or (not has_image and any(ch.isalpha() for ch in text)):
            text_pages.append(number)  # a short last page of text is still text
        elif has_image:
            image_pages.append(number)  # blank pages without images are skipped
    document = Document(format="pdf" if text_pages else "pdf-scanned", pages=len(page_texts))
    document.meta["text_pages"] = len(text_pages)
    blocks_by_page: dict[int, list[Block]] = {}
    if text_pages:
        blocks_by_page.update(_read_text_pages(path, text_pages, len(page_texts), document))
    if image_pages:
        from tdkt.extractors import ocr_reader

        if len(image_pages) > limits.ocr_max_pages:
            raise ExtractionError("too_many_pages", f"{len(image_pages)} trang ảnh cần nhận dạng")
        ocr_blocks = ocr_reader.ocr_pdf_pages(path, image_pages, limits, document.meta)
        for block in ocr_blocks:
            blocks_by_page.setdefault(block.where.page or 0, []).append(block)
        document.meta.update(ocr_reader.ocr_meta(ocr_blocks, limits))
        if text_pages:
            document.warnings.append(
                f"{len(image_pages)} trang không có lớp chữ đã được nhận dạng từ ảnh (OCR), có thể có lỗi chính tả."
            )
    for page in sorted(blocks_by_page):
        document.blocks.extend(blocks_by_page[page])
    return document


def probe(path: Path, limits: Limits) -> list[tuple[str, bool]]:
    """Open with pypdfium2: each page's raw text and whether it holds an image, or a typed error."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _open_error(path, exc) from exc
    try:
        if len(pdf) == 0:
            raise ExtractionError("corrupt", "PDF không có trang nào")
        if len(pdf) > limits.max_pages:
            raise ExtractionError("too_many_pages", f"{len(pdf)} trang > {limits.max_pages}")
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            has_image = next(iter(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)), None)
            texts.append((textpage.get_text_range(), has_image is not None))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def _open_error(path: Path, exc: Exception) -> ExtractionError:
    code = getattr(exc, "err_code", None)
    if code == 4 or "password" in str(exc).lower():  # FPDF_ERR_PASSWORD
        return ExtractionError("encrypted")
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - 2048))
        tail = fh.read()
    if b"%%EOF" not in tail:
        return ExtractionError("truncated")
    return ExtractionError("corrupt", "PDF hỏng")


def has_text_layer(text: str) -> bool:
    """Enough real characters, not mostly unmapped glyphs (U+FFFD, private use, controls)."""
    visible = [ch for ch in text if not ch.isspace()]
    if len(visible) < MIN_TEXT_CHARS:
        return False
    bad = sum(1 for ch in visible if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cn"))
    letters = sum(1 for ch in visible if ch.isalpha())
    return bad / len(visible) < 0.2 and letters / len(visible) > 0.4


def _read_text_pages(path: Path, numbers: list[int], total: int, document: Document) -> dict[int, list[Block]]:
    import pdfplumber

    pages: list[pdf_layout.PageLines] = []
    fonts = _FontDecoder()
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as exc:  # pdfminer raises many types on odd files
        raise ExtractionError("corrupt", type(exc).__name__) from exc
    with pdf:
        for number in numbers:
            try:
                pages.append(_page_lines(pdf.pages[number - 1], number, fonts))
            except ExtractionError:
                raise
            except Exception as exc:  # one odd page must not lose the rest of the report
                document.warnings.append(f"Trang {number} không đọc được bố cục ({type(exc).__name__}).")
    if fonts.legacy_fonts:
        document.meta["legacy_fonts"] = sorted(fonts.legacy_fonts)
    if fonts.guessed:
        document.meta["legacy_encoding_guessed"] = fonts.guessed
    # Header regions need page 1 and closing regions the last page: only look where those
    # pages were read from the text layer (OCR'd pages get theirs in ocr_reader).
    if pages and pages[0].page == 1:
        pdf_layout.assign_regions(pages if pages[-1].page == total else pages[:1])
    elif pages and pages[-1].page == total:
        pdf_layout.assign_closing(pages)
    return {page.page: pdf_layout.page_blocks(page) for page in pages}


class _FontDecoder:
    """Legacy TCVN3/VNI decoding per word: by the word's font name, or, when a producer
    renamed the fonts (LibreOffice substituting a missing .VnTime), by the characters alone."""

    def __init__(self) -> None:
        from tdkt.extractors import legacy_encoding
        from tdkt.pipeline.normalize import normalize_text

        self.lib = legacy_encoding
        self.normalize = normalize_text
        self.legacy_fonts: set[str] = set()
        self.guessed: str | None = None

    def page_words(self, raw: list[dict]) -> list[tuple[dict, str]]:
        by_font = [self.lib.encoding_for_font(w.get("fontname")) for w in raw]
        if self.guessed is None and not any(by_font):
            self.guessed = self.lib.guess_encoding(" ".join(w["text"] for w in raw))
        out = []
        for w, encoding in zip(raw, by_font):
            if encoding:
                text = self.lib.decode_legacy(w["text"], w.get("fontname"))
                self.legacy_fonts.add(_base_font(w.get("fontname")) or "")
            elif self.guessed:
                text = self.lib.decode(w["text"], self.guessed)
            else:
                text = w["text"]
            out.append((w, self.normalize(text).strip()))
        return out


def _page_lines(page, number: int, fonts: _FontDecoder) -> pdf_layout.PageLines:
    raw = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False)
    words: list[pdf_layout.Word] = []
    for w, text in fonts.page_words(raw):
        if not text:
            continue
        font = _base_font(w.get("fontname"))
        words.append(pdf_layout.Word(
            text=text, x0=w["x0"], x1=w["x1"], top=w["top"], bottom=w["bottom"],
            bold=bool(_BOLD_FONT.search(font or "")), italic=bool(_ITALIC_FONT.search(font or "")),
            size=round(float(w.get("size") or 0), 1) or None, font=font,
        ))
    result = pdf_layout.PageLines(page=number, width=float(page.width))
    inside: set[int] = set()
    for tno, table in enumerate(page.find_tables(), start=1):
        rows: list[list[str]] = []
        for row in table.rows:
            cells = []
            for bbox in row.cells:
                if bbox is None:
                    cells.append("")  # merged cell: its text is in the first cell of the span
                    continue
                members = sorted((i for i, w in enumerate(words) if _centre_in(w, bbox)),
                                 key=lambda i: (round(words[i].top), words[i].x0))
                inside.update(members)
                cells.append(" ".join(words[i].text for i in members))
            rows.append(cells)
        if any(any(c for c in r) for r in rows):
            block = Block(kind="table", text="", rows=rows, where=Where(page=number, table=tno))
            result.extras.append((table.bbox[1], block))
        # any word inside the table box but outside every cell is dropped with the table
        inside.update(i for i, w in enumerate(words) if _centre_in(w, table.bbox))
    result.rows = pdf_layout.group_rows([w for i, w in enumerate(words) if i not in inside], number)
    _number_tables(result)
    return result


def _number_tables(page: pdf_layout.PageLines) -> None:
    # Give each table the line number of the first text line below its top, for "dòng N".
    tops = sorted(min(p.top for p in row) for row in page.rows)
    for top, block in page.extras:
        line = 1 + sum(1 for t in tops if t < top)
        block.where = Where(page=block.where.page, line=line, table=block.where.table)


def _centre_in(word: pdf_layout.Word, bbox) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _base_font(name: str | None) -> str | None:
    if not name:
        return None
    return name.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", name) else name


def _text_tools():
    """(decode_legacy, normalize_text) for readers that need them (OCR)."""
    from tdkt.extractors.legacy_encoding import decode_legacy
    from tdkt.pipeline.normalize import normalize_text

    return decode_legacy, normalize_text
