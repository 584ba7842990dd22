"""OCR of page images (photos, scans, image-only PDF pages) with Tesseract `vie`.

What it does: renders PDF pages with pypdfium2 at Limits.ocr_dpi, or opens an image with a pixel
cap; greyscales, estimates the skew by projection profile and straightens; runs Tesseract
(image_to_data) and turns its words into lines and paragraphs by Tesseract's own
block/paragraph numbers, with mean word confidence per block; marks the two-column header and
closing by x position. Second readings where the first is known to break: areas the layout
dropped, the closing's rows around a stamp a B&W copy made black (chosen by how Vietnamese the
reading looks; the signer's name row by a vote among readings, ocr_name_vote), a broken name row
on a B&W page whose stamp was too faint to find, a date line whose numbers make no date or whose
year the page does not otherwise name. The header's and closing's columns are grouped into rows
apart (ocr_columns). Bold is unknowable here (None).
What it leaves to others: deciding which PDF pages need OCR (pdf_reader), segmentation.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import statistics
import time
import unicodedata
from pathlib import Path
from typing import Sequence

from tdkt.extractors import ocr_columns, ocr_date_digits, ocr_stroke_join, pdf_layout
from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.limits import Limits, render_scale
from tdkt.pipeline.document import Block, Document

_MAX_SKEW = 5.0  # degrees; a scan tilted more than this is re-scanned, not straightened
_MIN_DPI = 200  # below this Tesseract loses small diacritics; low-resolution scans are upsampled
_PHOTO_MIN_WIDTH = 1600  # px; smaller photos are upscaled so letters are ~20+ px high
_PHOTO_MAX_WIDTH = 2600  # px; an A4 page at 300 dpi is 2480 px wide
# Characters Tesseract's `vie` model emits for a plain one that a typed report never holds:
# the fraction slash in "45⁄BC-UBND" (seen with TeX Gyre Termes' slash).
_MIN_COLOUR_SHARE = 0.0005  # of pixels clearly red/blue: a stamp or a signature is on the page
_OCR_LOOKALIKES = str.maketrans({"\u2044": "/", "\u2215": "/"})


def read_image(path: Path, limits: Limits) -> Document:
    """OCR a PNG/JPEG/TIFF photo or scan of a printed report (one page per TIFF frame)."""
    from PIL import Image, ImageOps

    _check_tesseract()
    deadline = time.monotonic() + limits.timeout_seconds
    pages: list[pdf_layout.PageLines] = []
    meta: dict = {}
    # PIL's decompression-bomb guard is a module global: set it for this read only, so one
    # caller's limits never leak into the next reader in a long-lived process.
    previous_guard, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, limits.max_image_pixels
    try:
        with Image.open(path) as img:  # lazy: only the header is parsed here
            if img.width * img.height > limits.max_image_pixels:
                raise ExtractionError("too_large", f"ảnh {img.width}×{img.height} điểm ảnh")
            frames = getattr(img, "n_frames", 1)
            if frames > limits.ocr_max_pages:
                raise ExtractionError("too_many_pages", f"{frames} trang ảnh > {limits.ocr_max_pages}")
            for index in range(frames):
                img.seek(index)
                page = ImageOps.exif_transpose(img.copy())
                if not _PHOTO_MIN_WIDTH <= page.width <= _PHOTO_MAX_WIDTH:
                    # Letters ~20-40 px high suit Tesseract; a 12 MP phone photo only costs time.
                    target = min(max(page.width, _PHOTO_MIN_WIDTH), _PHOTO_MAX_WIDTH)
                    page = page.resize((target, round(page.height * target / page.width)), Image.LANCZOS)
                pages.append(ocr_page_image(page, index + 1, deadline, meta))
    except Image.DecompressionBombError as exc:
        raise ExtractionError("too_large", f"ảnh quá {limits.max_image_pixels / 1e6:.0f} triệu điểm ảnh") from exc
    except ExtractionError:
        raise
    except (OSError, SyntaxError, ValueError) as exc:  # PIL's ways of saying "broken image"
        raise ExtractionError("corrupt", "ảnh hỏng") from exc
    finally:
        Image.MAX_IMAGE_PIXELS = previous_guard
    blocks = blocks_from_pages(pages, first_page=True, last_page=True)
    document = Document(blocks=blocks, format="image", pages=len(pages))
    document.meta.update(meta)
    document.meta.update(ocr_meta(blocks, None))
    return document


def ocr_pdf_pages(path: Path, pages: Sequence[int], limits: Limits, meta: dict | None = None) -> list[Block]:
    """OCR the given 1-based pages of a PDF; blocks carry Where(page, line) and confidence."""
    import pypdfium2 as pdfium

    _check_tesseract()
    deadline = time.monotonic() + limits.timeout_seconds
    meta = meta if meta is not None else {}
    read: list[pdf_layout.PageLines] = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for number in pages:
            page = pdf[number - 1]
            dpi = render_dpi(page, limits)
            meta.setdefault("ocr_render_dpi", []).append(dpi)
            # In colour: a red stamp and a blue signature are told from black text by colour.
            image = page.render(scale=render_scale(*page.get_size(), dpi, limits, number)).to_pil()  # pixel cap
            page.close()
            read.append(ocr_page_image(image, number, deadline, meta))
        total = len(pdf)
    finally:
        pdf.close()
    return blocks_from_pages(read, first_page=1 in pages, last_page=total in pages)


def render_dpi(page, limits: Limits) -> int:
    """The scan's own resolution when the page is one big image (re-sampling a scan either way
    costs accuracy, see docs/performance.md), kept within [_MIN_DPI, limits.ocr_dpi];
    limits.ocr_dpi when the page says nothing."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    native = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) >= 0.5 * width * height:
            meta = obj.get_metadata()
            native = max(native, float(meta.horizontal_dpi or 0))
    if native <= 0:
        return limits.ocr_dpi
    return int(min(max(round(native), _MIN_DPI), limits.ocr_dpi))


def ocr_meta(blocks: list[Block], limits: Limits | None) -> dict:
    """Mean OCR confidence over the blocks, weighted by text length, plus the render resolution."""
    weighted = [(b.confidence, len(b.full_text)) for b in blocks if b.confidence is not None]
    total = sum(n for _, n in weighted)
    meta: dict = {"ocr_confidence": round(sum(c * n for c, n in weighted) / total, 1) if total else None}
    if limits is not None:
        meta["ocr_dpi"] = limits.ocr_dpi
    return meta


def ocr_page_image(image, page_no: int, deadline: float, meta: dict) -> pdf_layout.PageLines:
    """Straighten one page image, OCR it, return its words as positioned rows.

    A page fed sideways or upside down reads as low-confidence noise; only then is Tesseract's
    orientation detection (OSD, offline `osd` data) asked, and the page turned and read again.
    """
    from PIL import Image, ImageFilter

    prepared, rings, unerased = _prepare(image, page_no, meta)
    # A 3x3 median removes scanner specks before anything else looks at the page.
    grey = prepared.filter(ImageFilter.MedianFilter(3))
    # Also after a photo's perspective is undone: the sheet's corners are found within a few
    # pixels, which leaves up to a few degrees on a page whose edge lay in shadow.
    angle = estimate_skew(grey)
    if abs(angle) >= 0.2:
        rings = [(*_rotated_point(x, y, grey.size, angle), r) for x, y, r in rings]
        grey = grey.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if unerased is not None:  # the B&W stamp's rows are also read with the rings left in
        unerased = unerased.filter(ImageFilter.MedianFilter(3))
        if abs(angle) >= 0.2:
            unerased = unerased.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    grey = remove_rules(grey)
    meta.setdefault("deskew_degrees", []).append(round(angle, 2))
    data = _tesseract(grey, deadline)
    if _poor(data):
        turn = _orientation(grey, deadline)
        if turn:
            turned = grey.rotate(-turn, expand=True, fillcolor=255)  # OSD's "rotate" is clockwise
            again = _tesseract(turned, deadline)
            if _score(again) > _score(data):
                meta.setdefault("rotated_degrees", {})[page_no] = turn
                return _page_lines(again, page_no, turned.width)
    rescued = rescue_dropped_blocks(grey, data, deadline)
    if rescued:
        meta.setdefault("rescued_blocks", {})[page_no] = rescued
    dates = reread_date_rows(grey, data, deadline)
    if dates:
        meta.setdefault("date_rows_reread", {})[page_no] = dates
    if rings:
        unsettled: list[str] = []
        reread = reread_stamped_rows([grey, unerased], data, rings, deadline, unsettled)
        if reread:
            meta.setdefault("stamp_rows_reread", {})[page_no] = reread
        if unsettled:  # the metadata reader leaves such a signer unread (pipeline/metadata/read.py)
            meta.setdefault("unsettled_name_rows", []).extend(unsettled)
    elif page_no not in meta.get("colour_ink_removed", ()) and page_no not in meta.get("grey_stamp_removed", ()):
        # a B&W copy whose stamp came out too faint to find: a ring's remnant can still
        # cross the name
        unsettled = []
        named = reread_broken_names(grey, data, deadline, unsettled)
        if named:
            meta.setdefault("name_rows_reread", {})[page_no] = named
        if unsettled:
            meta.setdefault("unsettled_name_rows", []).extend(unsettled)
    return _page_lines(data, page_no, grey.width)


def _rotated_point(x: float, y: float, size: tuple[int, int], angle: float) -> tuple[float, float]:
    """Where (x, y) lands when PIL rotates an image of `size` by `angle` degrees with expand."""
    import math

    w, h = size
    a = math.radians(angle)
    cos, sin = abs(math.cos(a)), abs(math.sin(a))
    new_w, new_h = w * cos + h * sin, w * sin + h * cos
    dx, dy = x - w / 2, y - h / 2
    return (dx * math.cos(a) + dy * math.sin(a) + new_w / 2, -dx * math.sin(a) + dy * math.cos(a) + new_h / 2)


_REREAD_KEYS = ("text", "conf", "width", "height", "par_num", "left", "top", "block_num")


def reread_stamped_rows(pages: list, data: dict, rings, deadline: float, unsettled: list | None = None) -> int:
    """Read again, one line at a time (psm 7, enlarged), the rows of the closing's right column
    around a stamp a B&W copy made black (the signer's title and name), on each of `pages`
    (the page with the rings erased, and as it came: erasing can cut a letter the ring ran
    along). The reading that looks most like Vietnamese (confident whole syllables) replaces
    the page's own; junk at a row's ends (the stamp's lettering, quote-like specks) is dropped.
    A name row the stamp lies over whose readings agree on no name is added to `unsettled` as
    it stands in the end when it is well formed: any one reading of it may be a wrong name
    that looks right ("Lê Thị Tầu Hà").
    Returns the rows replaced.
    """
    from PIL import Image

    pages = [p for p in pages if p is not None]
    grey = pages[0]
    words = [i for i, t in enumerate(data["text"]) if (t or "").strip() and float(data["conf"][i]) >= 0]
    gutter = (0.4 * grey.width, 0.5 * grey.width)
    # no row's band taller than the page's lines allow (_page_lines drops a word over 2.2 lines
    # tall as a picture's): a ring joined to a row's letters inflates all its boxes
    cap = 0.85 * _line_height_cap(data)
    replaced = 0
    settled: list[tuple[int, int, int, int]] = []  # bands of name rows a vote settled
    for cx, cy, r in rings:
        near = [i for i in words
                if data["left"][i] + data["width"][i] / 2 > max(0.45 * grey.width, cx - 1.6 * r)
                and cy - 1.5 * r <= data["top"][i] + data["height"][i] / 2 <= cy + 2.0 * r]
        for row in _rows_of(data, near):
            heights = sorted(data["height"][i] for i in row)
            h = heights[len(heights) // 2]
            y0 = max(0, min(data["top"][i] for i in row) - h // 2)
            y1 = min(grey.height, max(data["top"][i] + data["height"][i] for i in row) + h // 2)
            if h < 8 or any(data["left"][i] < gutter[1] and data["left"][i] + data["width"][i] > gutter[0]
                            and y0 < data["top"][i] + data["height"][i] / 2 < y1 for i in words):
                continue  # a body line running across the page, not the closing's column
            x0 = max(0, min(data["left"][i] for i in row) - h)
            x1 = min(grey.width, max(data["left"][i] + data["width"][i] for i in row) + h)
            zoom = 2 if h < 45 else 1  # letters ~50-70 px high read best on a lone line
            box = _row_box(data, row)
            if any(b0 <= (box[1] + box[3]) / 2 <= b1 and box[0] < c1 and c0 < box[2] for b0, b1, c0, c1 in settled):
                # the rest of a name row already voted and written (its boxes, inflated by the
                # ring, made a row of their own): read again it would write the name twice
                for i in row:
                    data["text"][i] = ""
                continue
            old = _trim_row([(data["text"][i], float(data["conf"][i]), i) for i in row])
            maybe_name = _maybe_name(old)
            if maybe_name and _vote_name_row(pages, data, row, deadline, rings=[(cx, cy, r)], unsettled=unsettled):
                left, top, right, bottom = _row_box(data, row)  # as the page read it, not as voted
                settled.append((top, bottom, left, right))
                replaced += 1
                continue
            under_stamp = maybe_name and _box_meets_disc((x0 + h, y0 + h // 2, x1 - h, y1 - h // 2), (cx, cy, r))
            best, best_score = None, _reading_score(old)
            for page in pages:
                crop = page.crop((x0, y0, x1, y1))
                if zoom > 1:
                    crop = crop.resize((crop.width * zoom, crop.height * zoom), Image.LANCZOS)
                part = _tesseract(crop, deadline, psm=7)
                new = _trim_row([(part["text"][k], float(part["conf"][k]), k) for k in range(len(part["text"]))
                                 if (part["text"][k] or "").strip() and float(part["conf"][k]) >= 0])
                score = _reading_score(new)
                if score > best_score:
                    best, best_score = (part, new), score
            # the row's own band, around its words' middle: a word boxed together with a ring
            # arc is cut down to it
            middles = sorted(data["top"][i] + data["height"][i] / 2 for i in row)
            middle = middles[len(middles) // 2]
            half = min(max(0.9 * heights[0], 0.5 * h), cap)  # the smallest word is the least inflated
            band = (round(middle - half), round(middle + half))
            if best:
                _replace_row(data, row, best[0], best[1], (x0, y0, zoom), band)
            else:
                _replace_row(data, row, data, old, (0, 0, 1), band)
            final = [t for t, _, _ in (best[1] if best else old)]
            if under_stamp and unsettled is not None and _well_formed(final):
                unsettled.append(" ".join(final))
            replaced += best is not None
    return replaced


def _box_meets_disc(box: tuple[float, float, float, float], circle: tuple[float, float, float]) -> bool:
    """The box (x0, y0, x1, y1) reaches into the stamp's disc (its ring, lettering or star)."""
    x0, y0, x1, y1 = box
    cx, cy, r = circle
    nearest_x, nearest_y = min(max(cx, x0), x1), min(max(cy, y0), y1)
    return (nearest_x - cx) ** 2 + (nearest_y - cy) ** 2 <= (1.03 * r) ** 2


_NAME_LETTER_HEIGHTS = (65, 90)  # px: a name row is read enlarged to these heights


def reread_broken_names(grey, data: dict, deadline: float, unsettled: list | None = None) -> int:
    """The signer's name row under the closing's title (a row in capitals in the right
    column) read again by vote (_vote_name_row) when it does not read as a whole name: a word
    no name can be ("Nguyễp ăn An"), or a gap where a word went missing. A stamp's faint ring
    found around the row (none was on the whole page) is erased for half of the readings; a
    well-formed row it crosses whose readings agree on no name goes to `unsettled`. Returns
    the rows replaced."""
    from tdkt.extractors.ocr_name_vote import exact_name

    words = [i for i, t in enumerate(data["text"]) if (t or "").strip() and float(data["conf"][i]) >= 0]
    right = [i for i in words if data["left"][i] + data["width"][i] / 2 > 0.45 * grey.width]
    gutter = (0.4 * grey.width, 0.5 * grey.width)
    title_bottom = None
    replaced = 0
    for row in _rows_of(data, right):
        h = sorted(data["height"][i] for i in row)[len(row) // 2]
        top = min(data["top"][i] for i in row)
        bottom = max(data["top"][i] + data["height"][i] for i in row)
        if any(data["left"][i] < gutter[1] and data["left"][i] + data["width"][i] > gutter[0]
               and top < data["top"][i] + data["height"][i] / 2 < bottom for i in words):
            continue  # a body line across the page
        texts = [data["text"][i] for i in row]
        letters = [ch for t in texts for ch in t if ch.isalpha()]
        if len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters):
            title_bottom = bottom
            continue
        if title_bottom is None or top - title_bottom > 8 * h:
            continue
        old = _trim_row([(data["text"][i], float(data["conf"][i]), i) for i in row])
        titled = [t for t, _, _ in old if t[:1].isupper()]
        if not _maybe_name(old) or len(titled) < 0.5 * len(old):
            continue
        gaps = [data["left"][b] - data["left"][a] - data["width"][a] for a, b in itertools.pairwise(row)]
        if exact_name([t for t, _, _ in old]) and max(gaps, default=0) <= 1.2 * h:
            continue
        # a faint ring the page's search missed may still be found around the row itself
        pages, near = _pages_without_ring_near(grey, data, row)
        if _vote_name_row(pages, data, row, deadline, (45, 65, 90), rings=near, unsettled=unsettled):
            replaced += 1
        elif unsettled is not None and _well_formed([t for t, _, _ in old]) \
                and any(_box_meets_disc(_row_box(data, row), ring) for ring in near):
            unsettled.append(" ".join(t for t, _, _ in old))
    return replaced


def _well_formed(words: list[str]) -> bool:
    """Every word a written syllable: a misread name of this kind ("Lê Thị Tầu Hà") passes
    every later check of the name's shape, so only the reader's doubt can stop it. (A row
    with a broken word, "NguyếŠ Văn An", is left to those checks, as before.)"""
    from tdkt.extractors.viet_syllables import is_syllable

    cores = [w.strip(_SPECKS + ".,;:") for w in words]
    return bool(cores) and all(core and is_syllable(core) for core in cores)


def _row_box(data: dict, row: list[int]) -> tuple[int, int, int, int]:
    return (min(data["left"][i] for i in row), min(data["top"][i] for i in row),
            max(data["left"][i] + data["width"][i] for i in row), max(data["top"][i] + data["height"][i] for i in row))


def _pages_without_ring_near(grey, data: dict, row: list[int]):
    """([the page with the rings of a stamp found around `row` erased, the page], the rings),
    or ([the page], []) when no ring is there (ocr_cleanup.remove_black_stamp_near)."""
    import numpy as np
    from PIL import Image
    from tdkt.extractors import ocr_cleanup

    erased, rings = ocr_cleanup.remove_black_stamp_near(np.asarray(grey), grey.width / 8.27, _row_box(data, row))
    return ([Image.fromarray(erased), grey], rings) if rings else ([grey], [])


def _maybe_name(words: list[tuple[str, float, int]]) -> bool:
    """Two or more words, not in capitals (or with two title-case words: a ring over "Thị"
    reads "THỊ" in "Lê THỊ Thu Hà"): the signer's name row as read, maybe broken."""
    letters = [ch for text, _, _ in words for ch in text if ch.isalpha()]
    titled = sum(len(core) >= 2 and core[0].isupper() and core[1:].islower()
                 for core in (text.strip(_SPECKS + ".,;:") for text, _, _ in words))
    return len(words) >= 2 and (sum(ch.isupper() for ch in letters) < 0.6 * max(1, len(letters)) or titled >= 2)


def _vote_name_row(pages: list, data: dict, row: list[int], deadline: float,
                   letter_heights: tuple[int, ...] = _NAME_LETTER_HEIGHTS, rings=(),
                   unsettled: list | None = None) -> bool:
    """Read a signer's name row several ways (each of `pages`, with its neighbours above and
    below or cut to its own band, at each of `letter_heights`) and put the name most readings give
    in its place (ocr_name_vote). Returns False, changing nothing, when no name wins. A winner
    on one of `rings`' discs with a word whose horn or breve a stamp's speck may have given
    (ocr_mark_doubt: "Thư" where "Thu" is a name too) goes to `unsettled`, the row left as
    read (True: the row is dealt with); so does a row no name wins whose readings disagree on
    a mark of a word the page read as no name ("Cong" / "Công", _readings_dispute_a_mark)."""
    from PIL import Image
    from tdkt.extractors.ocr_mark_doubt import doubtful_words
    from tdkt.extractors.ocr_name_vote import name_in, pooled_vote, vote

    pages = [p for p in pages if p is not None]
    heights = sorted(data["height"][i] for i in row)
    # a ring joined to the letters inflates their boxes (more so at 300 dpi, where the arc
    # comes out solid): the page's own line height caps the row's, or the crops are shrunk
    # below a readable size and the name's box comes out as tall as a picture's
    own = max(8, heights[len(heights) // 2])
    cap = _line_height_cap(data)
    h = max(8, int(min(own, cap)))
    if h < own:  # the row is also read at the inflated size, as before: either may read best
        letter_heights = (*letter_heights, *(round(t * h / own) for t in letter_heights))
    top = min(data["top"][i] for i in row)
    bottom = max(data["top"][i] + data["height"][i] for i in row)
    x0 = max(0, min(data["left"][i] for i in row) - h)
    x1 = min(pages[0].width, max(data["left"][i] + data["width"][i] for i in row) + h)
    # a box a ring arc inflated is cut to the letters' height around its middle
    tight_top = top + (bottom - top - h) // 2 - h // 5 if bottom - top > 1.4 * h else top - h // 6
    if name_in([data["text"][i] for i in row]) is None:
        # the page's pass lost some of the row's words (read as a picture's): the row is read
        # as far as its ink goes on either side
        x0, x1 = _ink_span(pages[0], (tight_top, bottom + h // 6), (x0, x1), h)
    bands = ((top - h // 2, bottom + h // 2), (tight_top, bottom + h // 6))

    def read(views):
        readings = []
        for page in views:
            for y0, y1 in bands:
                y0, y1 = max(0, y0), min(page.height, y1)
                crop = page.crop((x0, y0, x1, y1))
                for target in letter_heights:
                    zoom = target / h
                    image = crop.resize((max(1, round(crop.width * zoom)), max(1, round(crop.height * zoom))),
                                        Image.LANCZOS)
                    part = _tesseract(image, deadline, psm=7)
                    keys = [k for k, t in enumerate(part["text"]) if (t or "").strip() and float(part["conf"][k]) >= 0]
                    readings.append((part, keys, (x0, y0, zoom)))
        return readings

    readings = read(pages)
    words_of = [[reading[0]["text"][k] for k in reading[1]] for reading in readings]
    won = vote(words_of)
    if won is None and rings:
        # the ring's arc still joined to a letter it crosses ("tề" for "Lê"): the row read once
        # more with the stamp's rings in-painted away, letters included, under a stricter vote
        more = _inpainted_readings(pages[-1], rings, read)
        if more is not None:
            strict = _stricter_vote(*more, words_of)
            # failing that, each reading broke the name another way ("Mình", "Mịnh", "M'nh"):
            # the one name read letter for letter, when the others all fit it
            won = strict[2] if strict else pooled_vote(words_of + more[1], len(words_of))
            if won is not None:
                readings, words_of = readings + more[0], words_of + more[1]
    if won is None:
        as_read = [data["text"][i] for i in row]
        if unsettled is not None and _readings_dispute_a_mark(as_read, words_of):
            unsettled.append(" ".join(as_read))  # the row stays as read, its name unread
            return True
        if unsettled is not None and _row_drops_a_word(data, row, words_of):
            unsettled.append(" ".join(as_read))  # written as kept, the name would come out short
            return True
        return False
    name, count = won
    if doubtful_words(name) and any(_box_meets_disc((x0 + h, top, x1 - h, bottom), ring) for ring in rings):
        if unsettled is not None:
            unsettled.append(" ".join(name))
        return True
    if unsettled is not None and _vote_cut_short(name, [data["text"][i] for i in row]):
        unsettled.append(" ".join(data["text"][i] for i in row))  # the row as read, its name unread
        return True
    for (part, keys, place), words in zip(readings, words_of):
        found = name_in(words)
        if found and found[1] == name:
            break
    start = found[0]
    boxes = keys[start:]
    # a settled name is no speck: a two-letter family name read "“1ê" at low confidence must
    # pass _page_lines' speck filter (conf < 35 and two letters) as "Lê"
    conf = max(50.0, 100.0 * count / len(readings))
    if len(boxes) == len(name):
        chosen = [(text, max(conf, float(part["conf"][k])), k) for text, k in zip(name, boxes)]
    else:  # words joined or cut apart: the name as one box over the words that held it
        k0, k1 = boxes[0], boxes[-1]
        part = {key: list(part[key]) for key in _REREAD_KEYS}
        right = part["left"][k1] + part["width"][k1]
        part["top"][k0] = min(part["top"][k] for k in boxes)
        part["height"][k0] = max(part["top"][k] + part["height"][k] for k in boxes) - part["top"][k0]
        part["width"][k0] = right - part["left"][k0]
        chosen = [(" ".join(name), conf, k0)]
    middles = sorted(data["top"][i] + data["height"][i] / 2 for i in row)
    middle = middles[len(middles) // 2]
    half = min(max(0.9 * heights[0], 0.5 * h), 0.85 * cap)  # under the 2.2 lines _page_lines takes for a picture
    inside = _pieces_around(data, row, (x0, x1), (top, bottom), h)
    _replace_row(data, row + inside, part, chosen, place, (round(middle - half), round(middle + half)))
    return True


_INPAINTED_MIN_VOTES = 3  # readings giving the name, of the row's readings both ways
_INPAINTED_MIN_EXACT = 2  # of them giving every word exactly as it stands (no snapped letter)


def _inpainted_vote(page, rings, read, words_of: list[list[str]]):
    """(the readings of the row on `page` with the stamp's rings in-painted away
    (ocr_ring_inpaint), their words, the name they and `words_of` give) when that name wins
    the vote over both sets by at least _INPAINTED_MIN_VOTES readings, _INPAINTED_MIN_EXACT of
    them reading every word exactly; else None. In-painting bridges gaps that were white as
    well as cut arcs, and a lost middle name still leaves a name ("Lê Thu Hà" twice, by
    snapped letters), so its readings count only under that stricter vote."""
    more = _inpainted_readings(page, rings, read)
    return None if more is None else _stricter_vote(*more, words_of)


def _inpainted_readings(page, rings, read):
    """(the readings of the row on `page` with the stamp's rings in-painted away, their
    words), or None when no ring could be in-painted."""
    from tdkt.extractors.ocr_ring_inpaint import inpaint_rings

    clean = inpaint_rings(page, rings)
    if clean is None:
        return None
    more = read([clean])
    return more, [[reading[0]["text"][k] for k in reading[1]] for reading in more]


def _stricter_vote(more, more_words, words_of):
    """(more, more_words, the name) when the vote over `words_of` and the in-painted
    `more_words` gives a name by _INPAINTED_MIN_VOTES readings, _INPAINTED_MIN_EXACT of them
    exact; else None."""
    from tdkt.extractors.ocr_name_vote import exact_name, name_in, vote

    both = words_of + more_words
    won = vote(both)
    if won is None or won[1] < _INPAINTED_MIN_VOTES:
        return None
    exact = sum(exact_name(words) and name_in(words)[1] == won[0] for words in both)
    return (more, more_words, won) if exact >= _INPAINTED_MIN_EXACT else None


def _name_words(words: list[str]) -> int:
    """How many of `words` may be a name's word: capitalised, two letters or more."""
    cores = (w.strip(_SPECKS + ".,;:") for w in words)
    return sum(sum(ch.isalpha() for ch in core) >= 2 and core[:1].isupper() for core in cores)


def _vote_cut_short(name: list[str], as_read: list[str]) -> bool:
    """The voted `name` has fewer words than the row as the page read it holds from the
    name's family name on ("Trương Công" voted, the row "Trương Công Mi": a last word the
    readings broke gave no name, and the two words read exactly won): a name cut short."""
    from tdkt.pipeline.numbers import fold

    family = fold(name[0])
    starts = [k for k, w in enumerate(as_read) if fold(w.strip(_SPECKS + ".,;:")).endswith(family)]
    return bool(starts) and _name_words(as_read[starts[0]:]) > len(name)


def _row_drops_a_word(data: dict, row: list[int], readings: list[list[str]]) -> bool:
    """A word of the name row, capitalised and of two letters or more, is one the page's lines
    leave out (_kept_words: "Mi" of "Trương Công Mi", its box three lines tall where the
    signature's ink joined it), and most readings of the row hold as many such words as the
    row: the vote settled nothing, and the row as kept would write a name cut short
    ("Trương Công" for "Trương Công Minh")."""
    kept = set(_kept_words(data))
    if not any(i not in kept and _name_words([data["text"][i]]) for i in row):
        return False
    in_row = _name_words([data["text"][i] for i in row])
    read = [words for words in readings if words]
    return bool(read) and sum(_name_words(words) >= in_row for words in read) > len(read) / 2


def _readings_dispute_a_mark(as_read: list[str], readings: list[list[str]]) -> bool:
    """A word of the name row as the page read it is no known name syllable, and some reading
    of the row gives it as one with its marks otherwise ("Cong" as read, "Công" once): a
    circumflex a light stamp took away, or one it added. The vote settled nothing, so the row
    as read would be written; with the readings disagreeing on a mark it is left unread."""
    from tdkt.extractors.viet_names import is_given_name
    from tdkt.pipeline.numbers import fold

    marked = {w.strip(".,;:") for reading in readings for w in reading}
    for word in (w.strip(".,;:") for w in as_read[1:]):
        if not word[:1].isupper() or is_given_name(word) or not word.isalpha():
            continue
        if any(other != word and fold(other) == fold(word) and is_given_name(other) for other in marked):
            return True
    return False


def _line_height_cap(data: dict) -> float:
    """1.25 times the median height of the page's confident words: no name row's letters
    are taller than that (the report's lines are 13-14 pt throughout)."""
    heights = [data["height"][i] for i, t in enumerate(data["text"])
               if (t or "").strip() and float(data["conf"][i]) >= 60 and any(ch.isalpha() for ch in t)]
    return 1.25 * statistics.median(heights) if len(heights) >= 20 else float("inf")


def _ink_span(page, ys: tuple[int, int], xs: tuple[int, int], h: int) -> tuple[int, int]:
    """`xs` widened over the ink of the band `ys` on `page` while gaps stay under 1.5 letter
    heights, within the right half of the page (the closing's column), plus a letter height."""
    import numpy as np

    y0, y1 = max(0, ys[0]), min(page.height, ys[1])
    band = np.asarray(page.convert("L"))[y0:y1] < 128
    inked = band.sum(axis=0) >= 2
    x0, x1 = xs[0] + h, xs[1] - h  # the words' own span
    gap = 1.5 * h
    floor = int(0.45 * page.width)
    while x0 > floor:
        left = np.flatnonzero(inked[max(floor, int(x0 - gap)):x0])
        if not left.size:
            break
        x0 = max(floor, int(x0 - gap)) + int(left[0])
    while x1 < page.width - 1:
        right = np.flatnonzero(inked[x1:min(page.width, int(x1 + gap))])
        if not right.size:
            break
        x1 = x1 + int(right[-1]) + 1
    return max(0, x0 - h), min(page.width, x1 + h)


def _pieces_around(data: dict, row: list[int], xs: tuple[int, int], ys: tuple[int, int], h: int) -> list[int]:
    """Words not in `row` whose middle lies on the row's area: pieces of it the page's layout
    put in another block ("ấn" of a broken "Văn"), replaced with the row."""
    return [i for i, t in enumerate(data["text"]) if i not in row and (t or "").strip()
            and xs[0] <= data["left"][i] + data["width"][i] / 2 <= xs[1]
            and ys[0] - h / 3 <= data["top"][i] + data["height"][i] / 2 <= ys[1] + h / 3]


def _replace_row(data: dict, row: list[int], part: dict, chosen, place: tuple[int, int, int],
                 band: tuple[int, int]) -> None:
    """Set the page's own words of `row` aside and append `chosen` (text, conf, index in
    `part`), read on a crop at (x0, y0) enlarged `zoom` times, in page coordinates."""
    x0, y0, zoom = place
    for i in row:
        data["text"][i] = ""
    block = max(data["block_num"], default=0) + 1
    for text, conf, k in chosen:
        # within the row's own band: a box stretched by a ring or a stroke over the line
        # would read as a picture's "word" and be dropped
        top = max(band[0], y0 + int(part["top"][k] // zoom))
        bottom = min(band[1], y0 + int((part["top"][k] + part["height"][k]) // zoom))
        data["text"].append(text)
        data["conf"].append(conf)
        data["width"].append(int(part["width"][k] // zoom))
        data["height"].append(max(1, bottom - top))
        data["par_num"].append(1)
        data["left"].append(x0 + int(part["left"][k] // zoom))
        data["top"].append(top)
        data["block_num"].append(block)


_DATE_LINE = re.compile(r"ngay\s*(\S*)\s*thang\s*(\S*)\s*nam\s*(\S*)")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


_DATE_FIELDS = {"ngay": (1, 31), "thang": (1, 12), "nam": (1990, 2100)}
_DATE_WORDS = {"ngay": "ngày", "thang": "tháng", "nam": "năm"}


def _date_key(folded: str, key: str) -> bool:
    """A folded word is the date word `key`, or one letter from it with the same start (a faint
    line reads "thủng" for "tháng", "ngủy" for "ngày", "nằm" for "năm")."""
    from tdkt.extractors.viet_names import edit_distance_at_most_one

    return folded == key or (len(folded) >= len(key) - 1 and folded[:1] == key[:1]
                             and (key != "thang" or folded.startswith("th")) and edit_distance_at_most_one(folded, key))


def _date_fields(words: list[str]) -> dict[str, tuple[int, str | None]]:
    """{"ngay"|"thang"|"nam": (index of the number's word, the number if it is a plausible
    day / month / four-digit year else None)} for the words after each of those words, found
    in that order (the date words may be a letter off, see _date_key)."""
    fields: dict[str, tuple[int, str | None]] = {}
    folded = [_fold(w).strip(".,;:") for w in words]
    keys = iter(_DATE_FIELDS)
    want = next(keys)
    for k, word in enumerate(folded[:-1]):
        if want and _date_key(word, want):
            word, want = want, next(keys, None)
            number = words[k + 1].strip(".,;:")
            lo, hi = _DATE_FIELDS[word]
            good = number.isdigit() and lo <= int(number) <= hi and (word != "nam" or len(number) == 4)
            fields[word] = (k + 1, number if good else None)
    return fields


def _misspelt_date_words(words: list[str]) -> bool:
    """Some date word of a "ngày … tháng … năm …" line is only a letter from itself ("thủng")."""
    return any(_fold(words[position - 1]).strip(".,;:") != key
               for key, (position, _) in _date_fields(words).items())


def _valid_date_line(text: str) -> bool | None:
    """None when `text` is no "ngày … tháng … năm …" line; else whether its numbers make a date."""
    fields = _date_fields(text.split())
    if len(fields) < 3:
        return None
    return _calendar_date({name: number for name, (_, number) in fields.items()})


def _calendar_date(numbers: dict) -> bool:
    """Day, month and year (strings or None) make a day of the calendar ("31 tháng 6" does not)."""
    import datetime

    if any(numbers.get(name) is None for name in _DATE_FIELDS):
        return False
    try:
        datetime.date(int(numbers["nam"]), int(numbers["thang"]), int(numbers["ngay"]))
    except ValueError:
        return False
    return True


def reread_date_rows(grey, data: dict, deadline: float) -> int:
    """Read again a header date line whose numbers make no date ("ngày 33 tháng 6 năm 23023":
    a faint italic line a B&W copy broke into thin strokes), alone, enlarged 2× and 3×, as it
    is and with its strokes thickened. Each of day, month and year is the value most of the
    readings give among those that can be one (a tie goes to the year the page itself names
    most); a part the vote leaves unread is asked of the line read as digits only
    (ocr_date_digits); the row is replaced when all three are found. Returns the rows replaced."""
    from collections import Counter

    from PIL import Image, ImageFilter

    words = [i for i, t in enumerate(data["text"]) if (t or "").strip() and float(data["conf"][i]) >= 0]
    page_years = Counter(t.strip(".,;:") for t in (data["text"][i] for i in words)
                         if re.fullmatch(r"(?:19|20)\d\d[.,;:]?", t))
    replaced = 0
    for row in _rows_of(data, [i for i in words if data["left"][i] > 0.4 * grey.width]):
        valid = _valid_date_line(" ".join(data["text"][i] for i in row))
        year_at = _date_fields([data["text"][i] for i in row]).get("nam", (0, None))
        odd = valid and _odd_year(year_at[1], page_years)  # "2033" on a page of 2023: read again
        # a date word read a letter off ("thủng") on a whole date: the line was faint there, and
        # the date reader wants the words as written, so it is read again (its own numbers vote)
        misspelt = valid and not odd and _misspelt_date_words([data["text"][i] for i in row])
        if valid is not False and not odd and not misspelt:
            continue
        h = sorted(data["height"][i] for i in row)[len(row) // 2]
        x0 = max(0, min(data["left"][i] for i in row) - h)
        x1 = min(grey.width, max(data["left"][i] + data["width"][i] for i in row) + h)
        y0 = max(0, min(data["top"][i] for i in row) - h // 2)
        y1 = min(grey.height, max(data["top"][i] + data["height"][i] for i in row) + h // 2)
        crop = grey.crop((x0, y0, x1, y1))
        readings, joined = [], []
        views = []
        for zoom, thicken in _DATE_READINGS:
            if isinstance(thicken, tuple):  # strokes rejoined by a blur at the enlarged size
                image = _smoothed(crop, zoom, *thicken)
            else:
                image = crop.resize((crop.width * zoom, crop.height * zoom), Image.LANCZOS)
            if thicken and not isinstance(thicken, tuple):  # the darkest pixel around: thin strokes join up
                image = image.filter(ImageFilter.MinFilter(thicken))
            views.append((image, zoom, readings))
        # the line's dots joined by a closing or a dilation (ocr_stroke_join): counted only
        # for values the ordinary readings (or the page's own) give too, never alone
        views += [(image, 3, joined) for image in ocr_stroke_join.joined_views(crop)]
        for image, zoom, into in views:
            part = _tesseract(image, deadline, psm=7)
            new = [(part["text"][k], float(part["conf"][k]), k) for k in range(len(part["text"]))
                   if (part["text"][k] or "").strip() and float(part["conf"][k]) >= 0]
            fields = _date_fields([t for t, _, _ in new])
            if len(fields) == 3:
                into.append((part, new, fields, zoom))
        votes = {name: Counter(f[name][1] for *_, f, _ in readings if f[name][1]) for name in _DATE_FIELDS}
        own_fields = _date_fields([data["text"][i] for i in row])
        if misspelt:
            for name, (_, number) in own_fields.items():
                votes[name][number] += 1
        for name in _DATE_FIELDS:
            backed = (set(votes[name]) | {own_fields.get(name, (0, None))[1]}) - {None}
            votes[name].update(f[name][1] for *_, f, _ in joined if f[name][1] in backed)
        # every reading's day as written, a valid day or not ("S2": a faint "2" whose first
        # digit is unsure still shows its second), and the page's own first reading's
        first_day = _date_fields([data["text"][i] for i in row]).get("ngay")
        day_tokens = [new[f["ngay"][0]][0] for _, new, f, _ in readings + joined]
        if first_day and first_day[0] < len(row):
            day_tokens.append(data["text"][row[first_day[0]]])
        # a day the voted month does not have ("31" beside "21" in June: a faint "2" read "3")
        # is no candidate, as "32" is none
        last_day = _last_day(votes["thang"])
        votes["ngay"] = Counter({d: n for d, n in votes["ngay"].items() if int(d) <= last_day})
        chosen, doubtful_day = {}, False
        for name, counter in votes.items():
            if counter:
                top = max(counter.values())
                tied = [value for value, n in counter.items() if n == top]
                chosen[name] = max(tied, key=lambda v: page_years[v]) if name == "nam" else tied[0]
                runner_up = max((n for v, n in counter.items() if v != chosen[name]), default=0)
                if name == "ngay" and runner_up >= 0.75 * top:
                    del chosen[name]  # "23" 4 times, "22" 3 times: a faint day too close to call
                elif name == "ngay" and _day_lost_a_digit(chosen[name], [*counter, own_fields.get("ngay", (0, None))[1]]):
                    del chosen[name]  # "2" most often, "22" too: a faint digit may have vanished
                    doubtful_day = True
                elif name == "ngay" and _day_digit_disputed(chosen[name], day_tokens, last_day):
                    del chosen[name]  # "23" once, "S3" five times, "22" and "S2" as many: a coin toss
                    doubtful_day = True
                elif name == "ngay" and _day_shorter_than_read(chosen[name], day_tokens):
                    del chosen[name]  # "2" once, "2>", "S2", "2Ð" five times: a digit left unread
                    doubtful_day = True
        usual = chosen.get("nam") and _odd_year(chosen["nam"], page_years)
        if usual:  # that year when some reading gave it, else no year
            chosen.pop("nam")
            if votes["nam"][usual]:
                chosen["nam"] = usual
        if "nam" not in chosen and page_years:
            # a year whose faint strokes partly vanished ("203", "03", "20—3"): the page's own
            # year when every digit read is in it, in order
            year = page_years.most_common(1)[0][0]
            pieces = {re.sub(r"\D", "", new[f["nam"][0]][0]) for _, new, f, _ in readings}
            if any(len(p) >= 2 and _subsequence(p, year) for p in pieces):
                chosen["nam"] = year
        by_digits: set[str] = set()  # the parts the digits-only reading filled
        year = chosen.get("nam") or (page_years.most_common(1)[0][0] if page_years else None)
        if readings and year and not _calendar_date(chosen) and (chosen.get("thang") or chosen.get("ngay")):
            # the day, the month or the year left unread (too faint, or the readings disputed):
            # the line read as digits only, where no letter or mark can be guessed for a broken
            # stroke (ocr_date_digits); what most views give whole between the parts voted (the
            # year the page's own when none was voted) fills the one part missing
            digits = ocr_date_digits.digit_readings(crop, deadline)
            # a part the page's own first reading gave otherwise on a whole date (a date word
            # a letter off: the row as read is kept, and gives a date, when the vote fails) is
            # a dispute, not a gap: left as it was
            own = {name: number for name, (_, number) in own_fields.items() if number and misspelt}
            if chosen.get("thang"):
                found = ocr_date_digits.settled_day(digits, chosen["thang"], year, _last_day(votes["thang"]))
                if found and chosen.get("ngay", found) == found and own.get("ngay", found) == found:
                    by_digits = {"ngay", "nam"} - set(chosen)
                    chosen["ngay"], chosen["nam"] = found, year
            else:
                found = ocr_date_digits.settled_month(digits, chosen["ngay"], year)
                if found and own.get("thang", found) == found:
                    by_digits = {"thang", "nam"} - set(chosen)
                    chosen["thang"], chosen["nam"] = found, year
        if not readings or not _calendar_date(chosen):
            if odd:  # a whole date with an unlikely year: no year rather than a wrong one
                data["text"][row[year_at[0]]] = ""
            day_at = _date_fields([data["text"][i] for i in row]).get("ngay")
            if doubtful_day and day_at:  # nor the day as first read
                data["text"][row[day_at[0]]] = ""
            continue  # no reading to trust: the row stays as read (the date is then missing)
        # the row is written as the reading that agrees with most of the vote (its other words,
        # the place's, are likelier right too); a voted number is as sure as the surest
        # reading that gave it (the placed reading's own "?E" at conf 6 would be dropped)
        part, new, fields, zoom = max(readings, key=lambda r: sum(r[2][n][1] == chosen[n] for n in chosen))
        for name, (position, _) in fields.items():
            text, conf, key = new[position]
            conf = max([conf] + [c for _, words, f, _ in readings for t, c, _ in [words[f[name][0]]]
                                 if f[name][1] == chosen[name]] + [60.0] * (name in by_digits))
            new[position] = (chosen[name] + text[len(text.rstrip(".,;:")):], conf, key)
            _, conf, key = new[position - 1]  # the date word itself, as written ("thủng", "ngày:")
            new[position - 1] = (_DATE_WORDS[name], conf, key)
        top, bottom = y0 + h // 2, y1 - h // 2
        _replace_row(data, row + _pieces_around(data, row, (x0, x1), (top, bottom), h), part, new,
                     (x0, y0, zoom), (y0, y1))
        replaced += 1
    return replaced


# (zoom, thickening) of the date line's readings: a minimum filter of that size, or (blur
# sigma per zoom step, threshold) for a B&W line whose strokes the copier broke into dots
_DATE_READINGS = ((2, 0), (2, 3), (2, 5), (3, 0), (3, 5), (3, (0.6, 200)), (3, (0.6, 230)), (3, (1.0, 230)),
                  (4, (0.6, 200)), (4, (0.6, 230)))


def _smoothed(crop, zoom: int, sigma: float, threshold: int):
    """`crop` enlarged `zoom` times (cubic), blurred and thresholded again: a B&W copy's broken
    thin strokes come back continuous (a light threshold keeps the blurred gaps as ink)."""
    import cv2
    import numpy as np
    from PIL import Image

    big = cv2.resize(np.asarray(crop.convert("L")), None, fx=zoom, fy=zoom, interpolation=cv2.INTER_CUBIC)
    big = cv2.GaussianBlur(big, (0, 0), sigma * zoom)
    return Image.fromarray(np.where(big > threshold, 255, 0).astype(np.uint8))


def _last_day(months) -> int:
    """The last day of the month most readings give (a leap year's February: a day is only
    ruled out when no year has it), 31 when the readings do not settle the month."""
    import calendar

    total = sum(months.values())
    month, n = max(months.items(), key=lambda kv: kv[1], default=(None, 0))
    if not month or n <= total / 2:
        return 31
    return calendar.monthrange(2000, int(month))[1]


def _day_digit_disputed(day: str, tokens: list[str], last_day: int = 31) -> bool:
    """Some digit of the voted `day` is not clearly the readings' own: among the day's tokens
    of the same length (valid or not: "S3", "22"), the digits read at that place by others
    number more than half of those read as the voted one ("23" once and "S3" five times
    against "22" and "S2" six times; "2" six times against "3" three is kept; "32" six times
    beside "22" three times says nothing of the first digit, 32 being no day, nor 31 when the
    voted month ends on the `last_day` 30). A faint day read
    a digit off looks right and is trusted; a day left unread only asks for a look."""
    from collections import Counter

    shaped = [t.strip(".,;:") for t in tokens]
    shaped = [t for t in shaped if len(t) == len(day)]

    def could_be(place: int, digit: str) -> bool:  # the voted day with that digit there is a day
        return 1 <= int(day[:place] + digit + day[place + 1:]) <= last_day

    for place, digit in enumerate(day):
        # a digit no day can have there ("3" of "32" for a faint "22") says nothing
        seen = Counter(t[place] for t in shaped if t[place].isdigit() and could_be(place, t[place]))
        others = sum(n for d, n in seen.items() if d != digit)
        if others and others > 0.5 * seen[digit]:
            return True
    return False


def _day_shorter_than_read(day: str, tokens: list[str]) -> bool:
    """A one-digit voted `day` while at least as many of the day's tokens as read (valid or
    not) show two glyphs, one of them that digit ("2" once against "2>", "2Ð", "S2", "2”" five
    times for a faint "22"; "6" four times against "E6", "[6", "f6", "16" for a faint "16"):
    the other glyph is a digit no reading made out, and the date would be written "06", a
    first digit no reading gave."""
    shaped = [t.strip(".,;:") for t in tokens]
    if len(day) != 1:
        return False
    alone = sum(t == day for t in shaped)
    longer = sum(len(t) == 2 and day in t for t in shaped)
    return longer >= alone


def _day_lost_a_digit(day: str, readings) -> bool:
    """Some reading of a faint day holds more digits than `day`, with `day`'s own in order
    ("22" beside "2" or "02"; the page's own first reading counts, "16" for a voted "6"): the
    shorter reading may have lost a stroke, and a wrong day is worse than none (the clerk
    trusts it)."""
    core = day.lstrip("0") or day
    return any(other and len(other.lstrip("0")) > len(core) and _subsequence(core, other)
               for other in readings if other != day)


def _odd_year(year: str | None, page_years) -> str | None:
    """The year the page names most when `year` is likely a misreading of it: named nowhere
    else on the page, a digit from it and not the year before or after ("2033" for a faint
    "2023"; a January date of 2024 on a report of 2023 is no misreading). Else None."""
    if not year or page_years[year] > 1 or not page_years:
        return None
    usual, count = page_years.most_common(1)[0]
    apart = len(usual) == len(year) and sum(x != y for x, y in zip(usual, year)) == 1
    return usual if count >= 2 and apart and abs(int(usual) - int(year)) >= 2 else None


def _subsequence(part: str, whole: str) -> bool:
    letters = iter(whole)
    return all(ch in letters for ch in part)


def _rows_of(data: dict, indices: list[int]) -> list[list[int]]:
    """Words grouped into visual rows by their vertical centres."""
    rows: list[list[int]] = []
    for i in sorted(indices, key=lambda i: data["top"][i] + data["height"][i] / 2):
        centre = data["top"][i] + data["height"][i] / 2
        if rows:
            last = rows[-1][-1]
            if abs(centre - (data["top"][last] + data["height"][last] / 2)) < 0.5 * data["height"][last]:
                rows[-1].append(i)
                continue
        rows.append([i])
    return [sorted(row, key=lambda i: data["left"][i]) for row in rows]


_AUTHORITY_PREFIXES = ("TM", "KT", "TL", "TUQ", "Q")  # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
_SPECKS = "\"'`“”‘’_~|^ˆ*®°$<>»«"


def _trim_row(words: list[tuple[str, float, int]]) -> list[tuple[str, float, int]]:
    """A row's words without speck marks at their edges and without junk at the row's ends:
    lone letters and two-letter non-syllables ("Ỷ", "7a" beside a name), or a first word cased
    unlike the title-case words after it (a stamp's "TA" or "ra" before "Nguyễn Văn An")."""
    from tdkt.extractors.viet_syllables import is_syllable

    cleaned = [(t.strip(_SPECKS).lstrip(".,;:").strip(_SPECKS), c, k) for t, c, k in words]
    cleaned = [w for w in cleaned if w[0]]

    def junk(text: str) -> bool:
        # a lone letter is a stamp's letter or a speck, never a word of a title or a name
        core = text.strip(".,;:()")
        return len(core) <= 2 and not (len(core) == 2 and is_syllable(core) or core.upper() in _AUTHORITY_PREFIXES)

    while cleaned and junk(cleaned[0][0]):
        cleaned.pop(0)
    while cleaned and junk(cleaned[-1][0]):
        cleaned.pop()
    def titled(text: str) -> bool:
        return text[:1].isupper() and not text.isupper()

    if len(cleaned) >= 3 and not titled(cleaned[0][0]) and all(titled(t) for t, _, _ in cleaned[1:]):
        cleaned.pop(0)
    return cleaned


def _reading_score(words: list[tuple[str, float, int]]) -> float:
    """How much a line reads like Vietnamese: confident whole syllables count, broken ones
    ('Ng"yên', 'vẰ-') and stray marks count against."""
    from tdkt.extractors.viet_syllables import is_syllable

    score = 0.0
    cases = []
    for text, conf, _ in words:
        core = text.strip(".,;:()")
        if core and is_syllable(core):
            score += len(core) * max(conf, 0) / 100
            cases.append((len(core), max(conf, 0), "upper" if core.isupper() else "title" if core[0].isupper()
                          else "lower"))
        elif core.isdigit() or core.upper() in _AUTHORITY_PREFIXES:
            score += len(core) * max(conf, 0) / 200
        else:
            score -= 0.5 * max(1, len(core))
    # a title is in capitals, a name in title case: a word cased unlike the rest is misread
    if cases:  # such a word counts as a broken one
        kinds = [case for _, _, case in cases]
        usual = max(set(kinds), key=kinds.count)
        score -= sum(length * (conf / 100 + 0.5) for length, conf, case in cases if case != usual)
    return score


def rescue_dropped_blocks(grey, data: dict, deadline: float) -> int:
    """Read again the inked areas Tesseract's page layout left without words, each as one
    uniform block (psm 6), and append their words to `data` in page coordinates.

    Tesseract's layout analysis takes a block crossed by a stamp ring or a signature for a
    picture and drops it whole (the signer's title and name, on a B&W copy); the block on its
    own is read. Returns how many areas gave words.
    """
    import cv2
    import numpy as np

    pixels = np.asarray(grey)
    h, w = pixels.shape
    f = 4  # work at a quarter size: blocks, not letters
    small = cv2.resize((pixels < 140).astype(np.uint8) * 255, (w // f, h // f), interpolation=cv2.INTER_AREA) > 20
    covered = np.zeros_like(small)
    for i, text in enumerate(data["text"]):
        if (text or "").strip() and float(data["conf"][i]) >= 0:
            x, y = data["left"][i] // f, data["top"][i] // f
            covered[max(0, y - 2):y + data["height"][i] // f + 3, max(0, x - 2):x + data["width"][i] // f + 3] = True
    # ink left unread, smeared into blocks of text lines
    ink = (small & ~covered).astype(np.uint8)
    blocks = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 5)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(blocks)
    found = 0
    for x, y, bw, bh, area in stats[1:]:
        # a block at least a short line wide and a letter high, but not a whole page of text
        if bw * f < 0.08 * w or bh * f < 0.012 * h or bh * f > 0.3 * h or ink[y:y + bh, x:x + bw].sum() < 40:
            continue
        x0, y0 = max(0, (x - 3) * f), max(0, (y - 3) * f)
        x1, y1 = min(w, (x + bw + 3) * f), min(h, (y + bh + 3) * f)
        part = _tesseract(grey.crop((x0, y0, x1, y1)), deadline, psm=6)
        words = [k for k, t in enumerate(part["text"]) if (t or "").strip() and float(part["conf"][k]) >= 60]
        if not words:
            continue
        found += 1
        block = max(data["block_num"], default=0) + 1
        for k in range(len(part["text"])):
            cx = (part["left"][k] + x0 + part["width"][k] // 2) // f
            cy = (part["top"][k] + y0 + part["height"][k] // 2) // f
            if covered[min(cy, covered.shape[0] - 1), min(cx, covered.shape[1] - 1)]:
                continue  # read already by the page's own pass
            for key in ("text", "conf", "width", "height", "par_num"):
                data[key].append(part[key][k])
            data["left"].append(part["left"][k] + x0)
            data["top"].append(part["top"][k] + y0)
            data["block_num"].append(block + part["block_num"][k])
    return found


def prepare_page(image, page_no: int, meta: dict):
    """The page as a clean grey PIL image: a photographed sheet found and straightened, its
    light evened; stamp and signature ink removed (by colour in colour images, by the stamp's
    ring and grey level in grey ones, the rings' arcs in B&W ones). A flat scan without a
    stamp passes through unchanged."""
    return _prepare(image, page_no, meta)[0]


def _prepare(image, page_no: int, meta: dict):
    """prepare_page, plus the (x, y, r) of stamps a B&W copy made black and the page before
    their rings were erased (the rows there are read again line by line, both ways)."""
    import cv2
    import numpy as np
    from PIL import Image
    from tdkt.extractors import ocr_cleanup, photo_geometry

    pixels = np.asarray(image.convert("L" if image.mode in ("1", "L", "I;16") else "RGB"))
    quad = photo_geometry.find_page_quad(pixels)
    if quad is not None:
        pixels = photo_geometry.warp_page(pixels, quad)
        meta.setdefault("photo_pages", []).append(page_no)
    coloured = pixels.ndim == 3 and ocr_cleanup.colour_share(pixels) >= _MIN_COLOUR_SHARE
    if coloured:
        grey = ocr_cleanup.remove_colour_ink(pixels)
        meta.setdefault("colour_ink_removed", []).append(page_no)
    else:
        grey = pixels if pixels.ndim == 2 else cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)
    if quad is not None:
        grey = ocr_cleanup.even_light(grey)
    if not coloured:
        # A4 is 8.27 in wide: the page's own width tells the resolution the stamp is sized by.
        grey, stamps = ocr_cleanup.remove_grey_stamp(grey, grey.shape[1] / 8.27)
        if stamps:
            meta.setdefault("grey_stamp_removed", []).append(page_no)
        else:
            before = grey
            grey, rings = ocr_cleanup.remove_black_stamp(grey, grey.shape[1] / 8.27)
            if rings:
                meta.setdefault("black_stamp_removed", []).append(page_no)
                return Image.fromarray(grey), rings, Image.fromarray(before)
    return Image.fromarray(grey), [], None


def _tesseract(image, deadline: float, psm: int = 3) -> dict:
    import pytesseract

    remaining = deadline - time.monotonic()
    if remaining <= 1:
        raise ExtractionError("timeout", "nhận dạng chữ", transient=True)
    # Tesseract's OpenMP threads fight each other when files are read in parallel.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        return pytesseract.image_to_data(image, lang="vie", config=f"--psm {psm}",
                                         output_type=pytesseract.Output.DICT, timeout=remaining)
    except RuntimeError as exc:  # pytesseract signals its timeout this way
        raise ExtractionError("timeout", "nhận dạng chữ", transient=True) from exc
    except pytesseract.TesseractError as exc:
        raise ExtractionError("corrupt", f"Tesseract: {exc.message[:80]}") from exc


def _confident_words(data: dict) -> list[float]:
    return [float(c) for c, t in zip(data["conf"], data["text"]) if (t or "").strip() and float(c) >= 0]


def _score(data: dict) -> float:
    # Confident text recovered: the better reading of a page has more of it.
    return sum(c for c in _confident_words(data) if c >= 60)


def _poor(data: dict) -> bool:
    confs = _confident_words(data)
    return len(confs) >= 5 and (sum(confs) / len(confs) < 65 or sum(c >= 60 for c in confs) < 0.5 * len(confs))


def _orientation(image, deadline: float) -> int:
    """Clockwise degrees (90/180/270) that put the text upright, or 0 when unsure."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT,
                                       timeout=max(1.0, deadline - time.monotonic()))
    except (pytesseract.TesseractError, RuntimeError):  # too few characters, timeout
        return 0
    return int(osd.get("rotate", 0)) % 360 if float(osd.get("orientation_conf", 0)) >= 2 else 0


def _page_lines(data: dict, page_no: int, width: int) -> pdf_layout.PageLines:
    """Tesseract words -> visual rows cut at column gaps; each word keeps its Tesseract
    (block, paragraph) so that paragraph grouping follows Tesseract's own paragraphs."""
    from tdkt.extractors.pdf_reader import _text_tools

    _, normalize = _text_tools()
    words = []
    for i in _kept_words(data):
        text = data["text"][i].strip()
        if any(ch.isalpha() for ch in text):
            # a signature's flourish or an underline touching a word: "_Nguyễn", "~Trương"
            text = text.strip("_~—|") or text
        top, left = data["top"][i], data["left"][i]
        words.append(pdf_layout.Word(
            text=normalize(text.translate(_OCR_LOOKALIKES)), x0=left, x1=left + data["width"][i], top=top,
            bottom=top + data["height"][i], confidence=float(data["conf"][i]),
            group=(data["block_num"][i], data["par_num"][i]),
        ))
    page = pdf_layout.PageLines(page=page_no, width=float(width))
    # the header's and the closing's two columns are grouped into rows apart (ocr_columns)
    page.rows = ocr_columns.split_columns(pdf_layout.group_rows(words, page_no), page_no, float(width))
    return page


def _kept_words(data: dict) -> list[int]:
    """The indices of the Tesseract words _page_lines writes: no specks, rule lines or
    detached marks, and no word several lines tall."""
    kept = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        if conf < 50 and not any(ch.isalnum() for ch in text) or conf < 35 and len(text) <= 2:
            continue  # specks and rule lines read as "_", "|", "'", "n5"
        if _detached_marks(text):
            continue  # a stacked tone mark read as a word of its own: "ˆ" over "VIỆT"
        kept.append(i)
    if len(kept) >= 5:
        # A stamp's arc or a signature read as a "word" is several lines tall; kept, it would
        # pull the rows beside it (the recipients and the signer's title) into one row.
        line = statistics.median(data["height"][i] for i in kept)
        kept = [i for i in kept if data["height"][i] <= 2.2 * line or float(data["conf"][i]) >= 85]
    return kept


def _detached_marks(text: str) -> bool:
    """Only modifier letters, modifier symbols or combining marks ("ˆ", "˜", "´"): the upper mark
    of a doubly marked capital (Ệ, Ỗ) that Tesseract boxed apart. Never a word; left in, it
    starts a row of its own and breaks the header's two-column zone."""
    return all(unicodedata.category(ch) in ("Lm", "Sk", "Mn") for ch in text)


def blocks_from_pages(pages: list[pdf_layout.PageLines], *, first_page: bool, last_page: bool) -> list[Block]:
    """Regions (when the first/last page are among these) then blocks, without font facts."""
    if pages:
        scope = pages if last_page else pages[:1]
        if first_page:
            pdf_layout.assign_regions(scope)
        elif last_page:
            pdf_layout.assign_closing(pages)
    # A block without a letter or digit is a speck, a rule line or a table border read as text.
    blocks = [b for page in pages for b in pdf_layout.page_blocks(page) if any(ch.isalnum() for ch in b.full_text)]
    for block in blocks:
        block.bold = block.italic = None  # OCR cannot see fonts
        block.font_size = None
        block.font_name = None
    return blocks


def remove_rules(grey, min_fraction: float = 1 / 16):
    """Paint over long straight horizontal/vertical ink runs (table borders, the rule under the
    motto): Tesseract otherwise takes a ruled table for a picture and drops its text. A run must
    span `min_fraction` of the page width, far longer than any stroke of a letter."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(grey)
    # Thin rules come out grey after scanning blur: a light threshold still catches them, and
    # only long straight runs are touched, so text is safe from it.
    ink = pixels < 200
    length = max(40, int(grey.width * min_fraction))
    rules = _long_runs(ink, length, axis=1) | _long_runs(ink, length, axis=0)
    if not rules.any():
        return grey
    grown = rules.copy()  # also the anti-aliased fringe either side of a rule
    for shift in (1, 2):
        grown[shift:, :] |= rules[:-shift, :]
        grown[:-shift, :] |= rules[shift:, :]
        grown[:, shift:] |= rules[:, :-shift]
        grown[:, :-shift] |= rules[:, shift:]
    rules = grown
    cleaned = pixels.copy()
    cleaned[rules] = 255
    return Image.fromarray(cleaned)


def _long_runs(ink, length: int, axis: int):
    """Pixels lying in a run of at least `length` consecutive ink pixels along `axis`
    (two cumulative sums and slices: no per-pixel Python, no gathers)."""
    import numpy as np

    if ink.shape[axis] < length:
        return np.zeros_like(ink)
    a = ink if axis == 1 else np.ascontiguousarray(ink.T)  # rows in memory order: fast cumsum
    rows, width = a.shape
    csum = np.zeros((rows, width + 1), dtype=np.int32)
    np.cumsum(a, axis=1, out=csum[:, 1:])
    full = (csum[:, length:] - csum[:, :-length]) == length  # window [j, j+length) all ink
    # Pixel k is covered when a full window starts in [k-length+1, k]: a running count of
    # window starts, read at k+1 and at k-length+1 (zero-padded before, held after).
    fsum = np.zeros((rows, width + 1), dtype=np.int32)
    np.cumsum(full, axis=1, out=fsum[:, 1:full.shape[1] + 1])
    fsum[:, full.shape[1] + 1:] = fsum[:, full.shape[1]:full.shape[1] + 1]
    ahead = fsum[:, 1:]
    behind = np.zeros_like(ahead)
    behind[:, length - 1:] = fsum[:, : width - length + 1]
    covered = ahead > behind
    return covered if axis == 1 else covered.T


def estimate_skew(grey, max_angle: float = _MAX_SKEW) -> float:
    """Skew angle in degrees (counter-clockwise rotation that straightens the page), found by
    maximising the variance of row ink sums over a coarse-then-fine angle search on a
    downscaled binarised copy."""
    import numpy as np
    from PIL import Image

    scale = 900 / max(grey.width, 1)
    small = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))), Image.BILINEAR) \
        if scale < 1 else grey
    ink = small.point(lambda v: 255 if v < 160 else 0)

    def score(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.NEAREST, fillcolor=0), dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-max_angle, max_angle + 1e-9, 0.5), key=score)
    best = max(np.arange(best - 0.5, best + 0.5 + 1e-9, 0.1), key=score)
    return float(round(best, 2))


@functools.lru_cache(maxsize=1)
def _tesseract_state() -> str | None:
    try:
        import pytesseract

        pytesseract.get_tesseract_version()
        if "vie" not in pytesseract.get_languages(config=""):
            return "thiếu dữ liệu tiếng Việt (vie)"
    except Exception as exc:  # not installed, not on PATH, broken install
        return type(exc).__name__
    return None


def _check_tesseract() -> None:
    problem = _tesseract_state()
    if problem:
        raise ExtractionError("ocr_unavailable", problem)
