"""DOCX run text: the visible text of one paragraph's runs, legacy-decoded, with run statistics.

`RunReader.read(p, psid)` walks the paragraph's inline content in document order: runs and
what sits inside inline containers (w:ins, w:moveTo, hyperlinks, smart tags, custom XML,
simple fields, w:sdt content, mc:Choice, bdo/dir) and math (m:t). Anything else - tracked
deletions (w:del, w:moveFrom, w:delText), field instructions, bookmarks, proofing marks -
is not read, and neither are hidden runs (w:vanish, w:webHidden).
Per run: w:t concatenated (words split over runs come back whole), w:tab/w:ptab -> "\\t",
w:br/w:cr -> "\\n", w:softHyphen -> U+00AD (kept until legacy decoding: in TCVN3 that byte is
the letter "ư"; normalize_text drops it otherwise), w:noBreakHyphen -> "-", w:sym -> its
character (decoded when its font is a legacy font; Symbol/Wingdings -> "•"-like characters).
Text of a TCVN3/VNI run is decoded with `legacy_encoding.decode_legacy` unless it already
holds Unicode-only Vietnamese letters (a converted file that kept its .VnTime font names);
the encodings and fonts met are collected on the reader. Runs under w:caps are upper-cased,
as a reader (and a PDF of the same file) sees them. Text boxes found in drawings (w:drawing,
VML w:pict, w:object; mc:Choice only, never the mc:Fallback copy) are returned, not read.
What it leaves to others: run properties and fonts (docx_styles), normalisation, block
building and reading the text boxes (docx_reader), the no-font encoding guess (docx_reader).
"""

from __future__ import annotations

from typing import NamedTuple

from tdkt.extractors.docx_styles import Styles
from tdkt.extractors.docx_xml import (ALT_CONTENT, BR, CR, M_NS, MATH_T, MC_CHOICE, MC_FALLBACK, NB_HYPHEN, PTAB,
                                      R, RPR, SDT, SDT_CONTENT, SOFT_HYPHEN, SYM, SYMBOL_CHARS, T, TAB, TXBX, w)
from tdkt.extractors.legacy_encoding import decode_legacy, encoding_for_font, is_unicode_vietnamese

# Containers whose children are read as if they were in the paragraph itself.
_INLINE_CONTAINERS = frozenset(map(w, ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple",
                                       "bdo", "dir", "sdtContent")))
_DRAWING_TAGS = frozenset(map(w, ("drawing", "pict", "object"))) | {ALT_CONTENT}
_OMATH, _OMATH_PARA = M_NS + "oMath", M_NS + "oMathPara"


class RunText(NamedTuple):
    """One paragraph's run text (before normalize_text) and what the block facts need."""

    raw: str
    total: int  # visible characters
    bold: int  # visible characters bold, italic, under w:caps
    italic: int
    caps: int
    size: float | None  # dominant font size (points): most visible characters, first met on a tie
    font: str | None  # dominant shown font name, same rule; None when no run names one
    has_legacy: bool  # some run was decoded from a legacy font
    textboxes: list  # w:txbxContent elements anchored in the paragraph, in order


# What a segment's statistics need of its run properties: (caps, bold, italic, size, shown font).
_MATH_FACTS = (False, False, False, 10.0, None)


class RunReader:
    """Reads paragraphs' runs against the document's styles; collects legacy encodings/fonts."""

    def __init__(self, styles: Styles):
        self.styles = styles
        self.encodings: set[str] = set()
        self.legacy_fonts: set[str] = set()

    def read(self, p, psid: str | None) -> RunText:
        segments: list[tuple[str, tuple, str | None, bool]] = []  # text, facts, legacy font, decoded
        textboxes: list = []
        self._inline(p, psid, segments, textboxes)

        texts: list[str] = []
        total = bold = italic = caps = 0
        sizes: dict = {}  # size -> visible characters, in the order first met (ties: the first wins)
        fonts: dict = {}
        has_legacy = False
        for text, facts, legacy_font, done in segments:
            if legacy_font and not done and not is_unicode_vietnamese(text):
                self.encodings.add(encoding_for_font(legacy_font))
                self.legacy_fonts.add(legacy_font)
                text = decode_legacy(text, legacy_font)
                has_legacy = True
            is_caps, is_bold, is_italic, size, shown = facts
            if is_caps:
                text = text.upper()
            texts.append(text)
            visible = len(text) - text.count(" ") - text.count("\t") - text.count("\n")
            if visible <= 0:
                continue
            total += visible
            if is_bold:
                bold += visible
            if is_italic:
                italic += visible
            if is_caps:
                caps += visible
            sizes[size] = sizes.get(size, 0) + visible
            if shown:
                fonts[shown] = fonts.get(shown, 0) + visible
        return RunText("".join(texts), total, bold, italic, caps, _dominant(sizes), _dominant(fonts), has_legacy,
                       textboxes)

    def _inline(self, parent, psid, segments: list, textboxes: list) -> None:
        for child in parent:
            tag = child.tag
            if tag == R:
                self._run(child, psid, segments, textboxes)
            elif tag in _INLINE_CONTAINERS:
                self._inline(child, psid, segments, textboxes)
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self._inline(content, psid, segments, textboxes)
            elif tag == ALT_CONTENT:
                choice = child.find(MC_CHOICE)
                if choice is not None:
                    self._inline(choice, psid, segments, textboxes)
            elif tag == _OMATH or tag == _OMATH_PARA:
                math = "".join(t.text or "" for t in child.iter(MATH_T))
                if math:
                    segments.append((math, _MATH_FACTS, None, True))

    def _run(self, r, psid, segments: list, textboxes: list) -> None:
        # One pass over the run's children: its properties (the first w:rPr, as find() would
        # give) and its pieces; a w:sym piece is marked None and decoded in place afterwards.
        rpr_el = None
        parts: list = []
        syms: list = []
        boxes: list = []
        for child in r:
            tag = child.tag
            if tag == T:
                if child.text:
                    parts.append(child.text)
            elif tag == RPR:
                if rpr_el is None:
                    rpr_el = child
            elif tag == TAB or tag == PTAB:
                parts.append("\t")
            elif tag == BR or tag == CR:
                parts.append("\n")
            elif tag == SOFT_HYPHEN:
                parts.append("\u00ad")
            elif tag == NB_HYPHEN:
                parts.append("-")
            elif tag == SYM:
                parts.append(None)
                syms.append(child)
            elif tag in _DRAWING_TAGS:
                _find_textboxes(child, boxes)
        facts = self.styles.run_facts(psid, rpr_el)
        if facts is None:  # hidden (w:vanish): neither its text nor its text boxes are read
            return
        if boxes:
            textboxes.extend(boxes)
        if not parts:
            return
        facts, legacy = facts
        if not syms:
            segments.append(("".join(parts), facts, legacy, False))
            return
        run_parts: list[str] = []
        next_sym = iter(syms)
        for part in parts:
            if part is None:
                if run_parts:
                    segments.append(("".join(run_parts), facts, legacy, False))
                    run_parts = []
                segments.append((_sym(next(next_sym)), facts, None, True))
            else:
                run_parts.append(part)
        if run_parts:
            segments.append(("".join(run_parts), facts, legacy, False))


def _dominant(counts: dict):
    """The key with the largest count, the first met on a tie (as Counter.most_common(1)); None if empty."""
    if not counts:
        return None
    if len(counts) == 1:
        for key in counts:
            return key
    return max(counts, key=counts.__getitem__)


def _sym(el) -> str:
    font = el.get(w("font")) or ""
    code = int(el.get(w("char"), "0") or "0", 16)
    if code >= 0xF000:
        code -= 0xF000
    if encoding_for_font(font):
        return decode_legacy(chr(code), font)
    if font.lower().startswith(("symbol", "wingdings", "webdings")):
        return SYMBOL_CHARS.get(code, "•")
    return chr(code) if code else ""


def _find_textboxes(el, out: list) -> None:
    """Text box contents under a drawing, in document order, skipping mc:Fallback copies and
    not descending into a found w:txbxContent (its nested boxes are found when it is read)."""
    for child in el:
        tag = child.tag
        if tag == TXBX:
            out.append(child)
        elif tag == MC_FALLBACK or not isinstance(tag, str):
            continue
        elif tag == ALT_CONTENT:
            choice = child.find(MC_CHOICE)
            if choice is not None:
                _find_textboxes(choice, out)
        else:
            _find_textboxes(child, out)
