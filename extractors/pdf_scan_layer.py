"""A scanner's own OCR layer: recognise it on a PDF page and judge whether it reads as Vietnamese.

Office copiers and their software ("scan to searchable PDF": Kodak, HP, OmniPage, Canon...)
put the page image in the PDF and, under it, an invisible text layer (render mode 3) from
their own OCR. Most of those engines have no Vietnamese: the layer says "CONG HOA XA HOI CHU
NGHIA VIET NAM", "S6: 463Y", "Dc 1p - Ty do - Hph phtic". Read as text, such a page loses every
diacritic and most numbers, and every verdict after it is wrong. So a page whose picture fills
the page and whose text is invisible is a scan; its layer is kept only when it reads as
Vietnamese (most words valid syllables, most of them marked), otherwise the page goes to
tdkt's own OCR like any scan.

What it leaves to others: reading the text layer (pdf_chars, pdf_layout) and the OCR
(ocr_reader); pdf_reader decides per page with these two answers.
"""

from __future__ import annotations

import ctypes
import re

from tdkt.extractors.viet_syllables import is_syllable

FULL_PAGE_IMAGE = 0.85  # share of the page an image must cover to be "the page"
INVISIBLE_SHARE = 0.8  # share of text objects drawn invisibly for the layer to be an OCR layer
# Running Vietnamese text: ~85 % of words (2+ letters) are valid syllables and ~80 % carry a
# Vietnamese mark (samples' text PDFs: 0.95-0.98 and 0.83-0.87; real scanner layers without
# Vietnamese: 0.61-0.67 and 0.00-0.28).
MIN_VALID = 0.85
MIN_MARKED = 0.55

_VIET_MARKED = set("ăâđêôơư" "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
_WORD = re.compile(r"[^\W\d_]{2,}")
_INVISIBLE = 3  # PDF text render mode 3: neither fill nor stroke


def is_ocr_layer(raw_page, width: float, height: float) -> bool:
    """True when an image covers the page and the page's text objects are mostly invisible."""
    import pypdfium2.raw as pdfium_c

    area = max(width * height, 1.0)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    full_image = False
    text_objects = invisible = 0
    for i in range(pdfium_c.FPDFPage_CountObjects(raw_page)):
        obj = pdfium_c.FPDFPage_GetObject(raw_page, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            text_objects += 1
            invisible += pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == _INVISIBLE
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE and not full_image:
            if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                covered = max(0.0, right.value - left.value) * max(0.0, top.value - bottom.value)
                full_image = covered / area >= FULL_PAGE_IMAGE
    return full_image and text_objects > 0 and invisible / text_objects >= INVISIBLE_SHARE


def reads_as_vietnamese(text: str) -> bool:
    """Most words are Vietnamese syllables and most of them carry a Vietnamese letter or tone."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 20:
        return False  # too little to trust a machine's layer over our own reading
    valid = [w for w in words if is_syllable(w)]
    marked = sum(1 for w in valid if not _VIET_MARKED.isdisjoint(w))
    return len(valid) / len(words) >= MIN_VALID and marked / len(words) >= MIN_MARKED
