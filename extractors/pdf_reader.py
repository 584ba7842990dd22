"""PDF reader: text-layer pages from PDFium's characters, pages without usable text through OCR.

pypdfium2 (PDFium, C++) opens the file once: it counts pages, tells encrypted/corrupt/
truncated apart, decides per page whether the text layer is usable (each page loaded once: the
probe's page, text page and text are what the text reader then uses), and then gives the text
pages' characters with boxes and fonts (pdf_chars builds words from them by geometry, so a
Vietnamese letter drawn from a fallback font stays inside its word) and their path objects
(pdf_tables builds ruled tables from them; pdfplumber only for pages whose rulings have curves
and gave no grid).
Layout (lines, header/closing columns, paragraphs) is pdf_layout's job; legacy fonts
(TCVN3/VNI) are decoded per run of same-font chars by that run's own font; a scan under a copier's
non-Vietnamese OCR layer goes to OCR (pdf_scan_layer tells it); OCR is ocr_reader's
job. Measured speed: docs/performance.md.
"""

from __future__ import annotations

import re

import unicodedata
from collections import Counter
from pathlib import Path

from tdkt.extractors import pdf_cell_wrap, pdf_chars, pdf_layout, pdf_scan_layer, pdf_tables
from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.limits import Limits
from tdkt.pipeline.document import Block, Document, Where

MIN_TEXT_CHARS = 25  # a page with fewer usable characters is treated as an image


def read_pdf(path: Path, limits: Limits) -> Document:
    """Read a PDF into a Document (format "pdf", or "pdf-scanned" when no page has text)."""
    path = Path(path)
    pdf = _open(path, limits)
    opened: dict[int, tuple] = {}  # page number -> (page, textpage, text), reused by the text reader
    try:
        page_texts = _probe_pages(pdf, opened)
        text_pages, image_pages, relayered = [], [], []
        for number, (text, has_image) in enumerate(page_texts, start=1):
            if has_image and _unreadable_scanner_layer(opened[number], text):
                image_pages.append(number)  # a scan under a copier's non-Vietnamese OCR layer
                relayered.append(number)
            elif has_text_layer(text) or (not has_image and any(ch.isalpha() for ch in text)):
                text_pages.append(number)  # a short last page of text is still text
            elif has_image:
                image_pages.append(number)  # blank pages without images are skipped
        document = Document(format="pdf" if text_pages else "pdf-scanned", pages=len(page_texts))
        document.meta["text_pages"] = len(text_pages)
        if relayered:
            document.meta["scanner_layer_pages"] = len(relayered)
            document.warnings.append(
                f"{len(relayered)} trang là ảnh quét có lớp chữ do máy quét tự nhận dạng nhưng không đọc "
                "được tiếng Việt (mất dấu); đã bỏ lớp chữ đó và nhận dạng lại từ ảnh (OCR)."
            )
        blocks_by_page: dict[int, list[Block]] = {}
        if text_pages:
            blocks_by_page.update(_read_text_pages(opened, path, text_pages, len(page_texts), document))
    finally:
        for page, textpage, _ in opened.values():
            textpage.close()
            page.close()
        pdf.close()
    if image_pages:
        from tdkt.extractors import ocr_reader

        if len(image_pages) > limits.ocr_max_pages:
            raise ExtractionError("too_many_pages", f"{len(image_pages)} trang ảnh cần nhận dạng")
        ocr_blocks = ocr_reader.ocr_pdf_pages(path, image_pages, limits, document.meta)
        for block in ocr_blocks:
            blocks_by_page.setdefault(block.where.page or 0, []).append(block)
        document.meta.update(ocr_reader.ocr_meta(ocr_blocks, limits))
        if text_pages and len(image_pages) > len(relayered):
            document.warnings.append(
                f"{len(image_pages) - len(relayered)} trang không có lớp chữ đã được nhận dạng từ ảnh (OCR), có thể có lỗi chính tả."
            )
    for page in sorted(blocks_by_page):
        document.blocks.extend(blocks_by_page[page])
    return document


def probe(path: Path, limits: Limits) -> list[tuple[str, bool]]:
    """Open with pypdfium2: each page's raw text and whether it holds an image, or a typed error."""
    pdf = _open(Path(path), limits)
    try:
        return _probe_pages(pdf)
    finally:
        pdf.close()


def _open(path: Path, limits: Limits):
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _open_error(path, exc) from exc
    if len(pdf) == 0:
        pdf.close()
        raise ExtractionError("corrupt", "PDF không có trang nào")
    if len(pdf) > limits.max_pages:
        count = len(pdf)
        pdf.close()
        raise ExtractionError("too_many_pages", f"{count} trang > {limits.max_pages}")
    return pdf


def _probe_pages(pdf, keep: dict[int, tuple] | None = None) -> list[tuple[str, bool]]:
    """Each page's text and whether it holds an image; with `keep`, each page stays loaded
    (page, textpage, text) for the text reader: one page load and one text call per page."""
    texts = []
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        texts.append((text, _has_image(page.raw)))
        if keep is not None:
            keep[index + 1] = (page, textpage, text)
        else:
            textpage.close()
            page.close()
    return texts


def _has_image(raw_page) -> bool:
    """An image object on the page or inside a form XObject drawn on it (one level down, as
    pypdfium2's get_objects(max_depth=2) looks), through the raw API: no wrapper per object."""
    import pypdfium2.raw as pdfium_c

    image, form = pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM
    get_type = pdfium_c.FPDFPageObj_GetType
    forms = []
    for i in range(pdfium_c.FPDFPage_CountObjects(raw_page)):
        obj = pdfium_c.FPDFPage_GetObject(raw_page, i)
        kind = get_type(obj)
        if kind == image:
            return True
        if kind == form:
            forms.append(obj)
    for obj in forms:
        for k in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
            if get_type(pdfium_c.FPDFFormObj_GetObject(obj, k)) == image:
                return True
    return False


def _unreadable_scanner_layer(opened_page: tuple, text: str) -> bool:
    """A page image under an invisible OCR layer that does not read as Vietnamese."""
    page = opened_page[0]
    width, height = page.get_size()
    if not pdf_scan_layer.is_ocr_layer(page.raw, width, height):
        return False
    return not pdf_scan_layer.reads_as_vietnamese(text)


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
    visible = "".join(text.split())  # str.split() cuts at exactly the str.isspace() chars
    if len(visible) < MIN_TEXT_CHARS:
        return False
    # Counted by C loops (map, Counter): this runs on every page of every PDF.
    categories = Counter(map(unicodedata.category, visible))
    bad = visible.count("\ufffd") + categories["Co"] + categories["Cc"] + categories["Cn"]
    letters = sum(map(str.isalpha, visible))
    return bad / len(visible) < 0.2 and letters / len(visible) > 0.4


def _read_text_pages(opened: dict[int, tuple], path: Path, numbers: list[int], total: int, document: Document) -> dict[int, list[Block]]:
    pages: list[pdf_layout.PageLines] = []
    fonts = pdf_chars.FontTable()
    decoder = pdf_chars.RunDecoder()
    for number in numbers:
        try:
            pages.append(_page_lines(*opened[number], path, number, fonts, decoder))
        except ExtractionError:
            raise
        except Exception as exc:  # one odd page must not lose the rest of the report
            document.warnings.append(f"Trang {number} không đọc được bố cục ({type(exc).__name__}).")
    merged: dict[int, Block] = {}  # id of a continuation part -> the table it continues
    for before, after in zip(pages, pages[1:]):
        if after.page == before.page + 1:
            _continue_table(before, after, merged)
    for page in pages:
        if any(id(block) in merged for _, block in page.extras):
            page.extras = [e for e in page.extras if id(e[1]) not in merged]
            for number, (_, block) in enumerate(sorted(page.extras, key=lambda e: e[0]), start=1):
                block.where = Where(page=block.where.page, line=block.where.line, table=number)
    if decoder.legacy_fonts:
        document.meta["legacy_fonts"] = sorted(decoder.legacy_fonts)
    if decoder.guessed:
        document.meta["legacy_encoding_guessed"] = decoder.guessed
    # Header regions need page 1 and closing regions the last page: only look where those
    # pages were read from the text layer (OCR'd pages get theirs in ocr_reader).
    if pages and pages[0].page == 1:
        pdf_layout.assign_regions(pages if pages[-1].page == total else pages[:1])
    elif pages and pages[-1].page == total:
        pdf_layout.assign_closing(pages)
    blocks = {page.page: pdf_layout.page_blocks(page) for page in pages}
    pdf_layout.join_page_breaks(pages, blocks)
    return blocks


def _page_lines(page, textpage, text: str, path: Path, number: int, fonts, decoder) -> pdf_layout.PageLines:
    page_top = float(page.get_mediabox()[3])
    words = pdf_chars.page_words(textpage, page_top, fonts, decoder, text)
    rulings = pdf_tables.page_rulings(page, page_top)
    width = float(page.get_width())
    grids = pdf_tables.find_grids(rulings)
    if not grids and rulings.curves:  # rounded corners may keep our cells from closing
        grids = pdf_tables.pdfplumber_grids(path, number)
    result = pdf_layout.PageLines(page=number, width=width)
    inside: set[int] = set()
    centres = [((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in words] if grids else []
    for tno, grid in enumerate(grids, start=1):
        if all(sum(cell is not None for cell in row) <= 1 for row in grid.rows):
            continue  # a frame (one cell per row: a box around a summary): its lines are body, as in DOCX
        in_table = _centres_in(centres, range(len(words)), grid.bbox)
        drawn: list[list[tuple]] = []  # per row, per cell: (bbox, lines of pieces) or None
        for row in grid.rows:
            cells_drawn = []
            for bbox in row:
                if bbox is None:
                    cells_drawn.append(None)  # merged cell: its text is in the first cell of the span
                    continue
                members = _centres_in(centres, in_table, bbox)
                inside.update(members)
                # Lines of the cell by vertical overlap (a fallback font's taller box must not
                # put its word on a line of its own), then left to right.
                lines = pdf_layout.group_rows([words[i] for i in members], number) if members else []
                cells_drawn.append((bbox, pdf_cell_wrap.pieces_of(lines)))
            drawn.append(cells_drawn)
        pad = pdf_cell_wrap.table_padding([c for r in drawn for c in r if c])
        cell_rows = [[pdf_cell_wrap.cell_lines(c[1], c[0][0], c[0][2], pad) if c else None for c in r] for r in drawn]
        rows = [[pdf_cell_wrap.cell_text(c) if c else "" for c in r] for r in cell_rows]
        if any(any(c for c in r) for r in rows):
            block = Block(kind="table", text="", rows=rows, where=Where(page=number, table=tno))
            result.extras.append((grid.bbox[1], block))
            result.cell_lines[id(block)] = cell_rows
            lefts = sorted({cell[0] for row in grid.rows for cell in row if cell})
            result.table_geometry[id(block)] = (grid.bbox[1], grid.bbox[3], lefts)
        # any word inside the table box but outside every cell is dropped with the table
        inside.update(in_table)
    result.rows = pdf_layout.group_rows([w for i, w in enumerate(words) if i not in inside], number)
    _number_tables(result)
    return result


def _continue_table(before: pdf_layout.PageLines, after: pdf_layout.PageLines, merged: dict[int, Block]) -> None:
    """A table that ends page N and starts page N+1 with the same columns is one table
    (LibreOffice and Word break long tables across pages): its rows join the first part.
    A row cut by the page break (first cell empty, most cells empty) joins the last row."""
    if not before.extras or not after.extras:
        return
    last = max(before.extras, key=lambda e: e[0])[1]
    first = min(after.extras, key=lambda e: e[0])[1]
    top_a, bottom_a, cols_a = before.table_geometry.get(id(last), (0, 0, []))
    top_b, bottom_b, cols_b = after.table_geometry.get(id(first), (0, 0, []))
    if len(cols_a) != len(cols_b) or any(abs(x - y) > 3 for x, y in zip(cols_a, cols_b)):
        return
    # Nothing of the body between them: no line below the first part, none above the second
    # (a page number alone does not count).
    if any(_row_top(row) > bottom_a and not _page_number(row) for row in before.rows):
        return
    if any(_row_top(row) < top_b and not _page_number(row) for row in after.rows):
        return
    target = merged.get(id(last), last)  # a table may run over three pages or more
    rows = [list(r) for r in first.rows or []]
    # The cells' drawn lines: the last row's above the break, the first row's below it.
    drawn_a = before.cell_lines.get(id(last)) or [[]]
    drawn_b = after.cell_lines.get(id(first)) or [[]]
    if rows and target.rows and pdf_cell_wrap.row_cut_by_page(drawn_a[-1], drawn_b[0]):
        # a row cut inside its words (a header row begun at the foot of the page): its cells'
        # lines read as one cell's again
        rows.pop(0)
        joined = pdf_cell_wrap.join_cut_row(drawn_a[-1], drawn_b[0])
        target.rows[-1] = [pdf_cell_wrap.cell_text(c) if c else "" for c in joined]
        drawn_b = [joined] + drawn_b[1:]
    elif rows and target.rows and (_cut_row(rows[0]) or _cut_label(rows[0], target.rows[-1])
                                   or _cut_words(rows[0], target.rows[-1])
                                   or _cut_heading(rows[0], target.rows[-1])):
        cut = rows.pop(0)
        if len(drawn_a[-1]) == len(cut) and len(drawn_b[0]) == len(cut):
            joined = pdf_cell_wrap.join_cut_row(drawn_a[-1], drawn_b[0])
            target.rows[-1] = [pdf_cell_wrap.cell_text(c) if c else "" for c in joined]
            drawn_b = [joined] + drawn_b[1:]
        else:
            target.rows[-1] = [pdf_layout.join_lines([a, b]) if a and b else a or b
                               for a, b in zip(target.rows[-1], cut)]
    target.rows = (target.rows or []) + rows
    merged[id(first)] = target
    after.cell_lines[id(first)] = drawn_b  # the next page's part may continue this one's last row


def _cut_row(row: list[str]) -> bool:
    """The top row of a table's next part is the rest of a row the page break cut: its first
    cell empty and most cells empty."""
    return not row[0] and sum(1 for c in row if c) * 2 <= len(row)


# A table cell's own row number ("12.", "XL)", "b)"), not pipeline/numbering.py's point numbering:
# a long table's Roman numerals reach L and C, a row number has no dotted sub-numbers, and the cell
# is read as cut at a page break, so the mark must be followed by its text's space.
_NUMBERED = re.compile(r"^(?:\d+|[IVXLC]+|[a-zđ])[.)]\s")


def _cut_label(row: list[str], last: list[str]) -> bool:
    """...or only the rest of its first cell's label ("Bằng khen Chủ tịch" / "UBND tỉnh"), right
    after a row whose every cell is filled, with no numbering of its own (a new group's heading
    row, "II. Khen thưởng", stays a row); its other cells empty, or the rest of a wrapped note
    ("GK Ban ATGT tỉnh - đảm bảo" / "TTATGT dịp Tết", "HTX tiêu biểu năm" / "2022") only under
    cells that hold words, never under a count, and in at most half of them. The row before may
    leave its last column blank where the rest is blank too (an empty "Ghi chú": "Bình" / "Nghi"
    under a per-member table's last row)."""
    full = all(last) or (len(last) == len(row) and all(last[:-1]) and not last[-1] and not row[-1])
    if len(row) < 3 or not row[0] or not full or _NUMBERED.match(row[0]):
        return False
    rest = [(cell, above) for cell, above in zip(row[1:], last[1:]) if cell]
    return (len(rest) * 2 <= len(row) - 1
            and all(any(ch.isalpha() for ch in above) for _, above in rest))


_ENDS_CLAUSE = re.compile(r"[.;:!?]\s*$")


def _caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _cut_heading(row: list[str], last: list[str]) -> bool:
    """...or the rest of a section row's heading in capitals ("B. KHEN" / "THƯỞNG"): both rows
    hold their first cell alone, both in capitals, and the rest has no numbering of its own (a
    next section, "C. KHEN THƯỞNG ĐỘT XUẤT", stays a row)."""
    if not row or not last or len(row) != len(last) or any(row[1:]) or any(last[1:]):
        return False
    return (_caps(row[0]) and _caps(last[0]) and not _NUMBERED.match(row[0])
            and not re.match(r"^[A-ZĐ]\.\s", row[0]) and not _ENDS_CLAUSE.search(last[0]))


def _cut_words(row: list[str], last: list[str]) -> bool:
    """...or the rest of a row LibreOffice let break across the page ("Cùng kỳ năm" / "2022",
    "Sáng kiến cấp cơ" / "sở năm 2022"): every filled cell of it goes on the words of the cell
    above, which holds words and ends no clause, with a lower-case word or a number that is not a
    row's own numbering ("4. Thi đua ..." under "3. Thực hiện ... của cơ quan" is the next row)."""
    pairs = [(cell, above) for cell, above in zip(row, last) if cell]
    if not pairs or len(row) != len(last):
        return False
    for cell, above in pairs:
        first = cell.lstrip()[:1]
        if not above or not any(ch.isalpha() for ch in above) or _ENDS_CLAUSE.search(above):
            return False
        if not (first.islower() or first.isdigit()):
            return False
        if first.isdigit() and not above.rstrip()[-1:].isalpha():
            return False  # "05" under "03": two counts, two rows
        if _NUMBERED.match(cell.lstrip()):
            return False  # "4. Thi đua ..." under "3. ... của cơ quan": the next numbered row
    return True


def _row_top(row) -> float:
    return min(piece.top for piece in row)


def _page_number(row) -> bool:
    text = " ".join(piece.text for piece in row).strip(" -–—")
    return text.isdigit() or text.lower().startswith("trang ")


def _number_tables(page: pdf_layout.PageLines) -> None:
    # Give each table the line number of the first text line below its top, for "dòng N".
    tops = sorted(min(p.top for p in row) for row in page.rows)
    for top, block in page.extras:
        line = 1 + sum(1 for t in tops if t < top)
        block.where = Where(page=block.where.page, line=line, table=block.where.table)


def _centres_in(centres: list[tuple[float, float]], among, bbox) -> list[int]:
    """Indices (of `among`) of the words whose box centre lies in bbox, edges included."""
    x0, top, x1, bottom = bbox
    return [i for i in among if x0 <= centres[i][0] <= x1 and top <= centres[i][1] <= bottom]


def _text_tools():
    """(decode_legacy, normalize_text) for readers that need them (OCR)."""
    from tdkt.extractors.legacy_encoding import decode_legacy
    from tdkt.pipeline.normalize import normalize_text

    return decode_legacy, normalize_text
