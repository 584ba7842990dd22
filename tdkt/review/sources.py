"""The source shown beside an item's evidence on the review page.

PDFs, scans and photos: the page as an image (pypdfium2 renders PDF pages, Pillow reads photos)
at a modest resolution. On a PDF with a text layer the evidence is highlighted where PDFium's
own text search finds it on that page (the record keeps the place as a label — "trang 2, dòng
14" — not coordinates). Scans and photos were read by OCR, whose word positions are not kept in
the record: their page is shown without highlight, and the page says so. DOCX (and .doc/.odt/
.rtf, through the same readers as the judge): the paragraph the evidence names, with its
neighbours. Which file a record was read from comes from the state store's inventory.
"""

from __future__ import annotations

import functools
import io
import os
from dataclasses import dataclass
from pathlib import Path

from tdkt.pipeline.record import ReportRecord

RENDER_DPI = 100
MAX_PHOTO_SIDE = 1400
PAGE_FORMATS = ("pdf", "pdf-scanned", "image")
TEXT_FORMATS = ("docx", "doc", "odt", "rtf")


def locate(record: ReportRecord, store_path: Path | None, output_dir: Path) -> Path | None:
    """The file on disk this record was judged from, or None. Files the store knows (by their
    bytes' sha256) come first; else the record's own name from here or beside the output."""
    candidates: list[Path] = []
    if store_path is not None and Path(store_path).is_file() and record.sha256:
        from tdkt.flows.store import Store

        with Store(store_path) as store:
            rows = [r for r in store.files().values() if r.sha256 == record.sha256]
        name = Path(record.file).name
        rows.sort(key=lambda r: (Path(r.path).name != name, r.path))
        candidates += [Path(r.path) for r in rows]
    candidates += [Path(record.file), Path(output_dir).resolve().parent / record.file]
    for path in candidates:
        try:
            if path.is_file() and not path.is_symlink():
                return path
        except OSError:
            continue
    return None


def page_count(path: Path, fmt: str) -> int:
    if fmt == "image":
        return 1
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


@dataclass
class PageImage:
    png: bytes
    highlighted: int  # how many of the quotes were found and marked


def render_page(path: Path, fmt: str, page: int, quotes: list[str]) -> PageImage:
    """Page `page` (1-based) of the file as PNG, quotes highlighted where the text layer allows."""
    from PIL import Image, ImageDraw

    if fmt == "image":
        from PIL import ImageOps

        with Image.open(path) as img:
            image = ImageOps.exif_transpose(img).convert("RGB")
        image.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE))
        boxes: list = []
    else:
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        try:
            pdf_page = pdf[page - 1]
            scale = RENDER_DPI / 72
            image = pdf_page.render(scale=scale).to_pil().convert("RGB")
            boxes = _quote_boxes(pdf_page, quotes, scale) if fmt == "pdf" else []
            pdf_page.close()
        finally:
            pdf.close()
    found = len({n for n, _ in boxes})
    if boxes:
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        for _, (x0, y0, x1, y1) in boxes:
            draw.rectangle((x0 - 2, y0 - 2, x1 + 2, y1 + 2), fill=(255, 225, 0, 90), outline=(230, 120, 0, 255), width=2)
        image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=False)
    return PageImage(buf.getvalue(), found)


def _quote_boxes(pdf_page, quotes: list[str], scale: float) -> list[tuple[int, tuple]]:
    """Rectangles (image pixels) of each quote PDFium's text search finds on the page. A quote
    may break across lines, so its first words are searched and the quote's length marked."""
    textpage = pdf_page.get_textpage()
    height = pdf_page.get_height()
    total = textpage.count_chars()
    out = []
    try:
        for n, quote in enumerate(quotes):
            words = quote.split()
            for take in (8, 5, 3):
                if len(words) < take and take != 3:
                    continue
                probe = " ".join(words[:take])
                if len(probe) < 8:
                    break
                searcher = textpage.search(probe, match_case=False)
                hit = searcher.get_next()
                searcher.close()
                if hit:
                    start, _ = hit
                    count = _span(textpage.get_text_range(start, min(total - start, 2 * len(quote) + 20)), quote)
                    for i in range(textpage.count_rects(start, count)):
                        left, bottom, right, top = textpage.get_rect(i)
                        out.append((n, (left * scale, (height - top) * scale, right * scale, (height - bottom) * scale)))
                    break
    finally:
        textpage.close()
    return out


def _span(text: str, quote: str) -> int:
    """How many of the page's characters (line breaks and hyphens included) the quote covers:
    its letters are counted off, whatever whitespace the page puts between them."""
    wanted = sum(1 for ch in quote if not ch.isspace())
    seen = 0
    for n, ch in enumerate(text):
        if not ch.isspace() and ch != "\ufffe":
            seen += 1
            if seen >= wanted:
                return n + 1
    return len(text)


def paragraphs(path: Path, around: int | None, span: int = 2) -> list[tuple[int, str]]:
    """(number, text) of the paragraphs around paragraph `around` (the reader's numbering), or
    the first few when no paragraph is named."""
    st = os.stat(path)
    blocks = _paragraph_blocks(str(path), st.st_size, st.st_mtime_ns)
    if around is None:
        return blocks[: 2 * span + 1]
    return [(n, t) for n, t in blocks if abs(n - around) <= span]


@functools.lru_cache(maxsize=16)
def _paragraph_blocks(path: str, size: int, mtime_ns: int) -> list[tuple[int, str]]:
    from tdkt.extractors import extract

    document = extract(path)
    found: dict[int, list[str]] = {}
    for block in document.blocks:
        if block.where.paragraph is not None and block.text.strip():
            found.setdefault(block.where.paragraph, []).append(block.text)
    return [(n, " ".join(texts)) for n, texts in sorted(found.items())]
