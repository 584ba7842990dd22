"""Words of a PDF text page built from PDFium's character boxes, whatever font each glyph is in.

pdfminer-style readers cut a word wherever the font changes; LibreOffice draws the Vietnamese
letters its main font lacks from a fallback font (Liberation Serif + DejaVu Serif), so those
readers give "Ủ Y BAN", "S ố :". Here a word is what the *geometry* says: the page's chars
(pypdfium2: one text-range call for the text; per char its loose box; the text object of a
stretch of chars found by galloping, PDFium listing each object's chars together; size and
baseline once per text object, font facts once per font handle) are clustered into lines by
baseline, sorted by x,
and cut where a space glyph stands or the gap between two boxes exceeds WORD_GAP ems. A
char's horizontal extent is its loose box (origin to advance); its vertical extent hangs from
the baseline by the font size, the same for every font. PDFium's generated line breaks are
ignored; its generated spaces follow the content stream's order, which for fallback glyphs
drawn after their line (LibreOffice) is not the visual one, so each is kept as the gap between
its two stream neighbours and counts as a word space only if no glyph stands in that gap on
the sorted line (Chromium draws no space glyphs at all: there they are the word spaces).
Type 3 glyphs (no font name) are measured by their ink, their loose boxes being meaningless.
Combining marks drawn as their own glyphs
join the letter under them; duplicate glyphs overprinted for fake bold are dropped; ligatures
(ﬁ, ﬂ) are expanded and each word is NFC'd.

Font facts per word: the majority font of its chars (subset prefix "ABCDEF+" stripped),
bold/italic by a vote of its chars (a fallback font's letters inside a word of the page's main
family do not vote), size as the median of its chars' font sizes. A font is bold when its name
says so ("-Bold", ",Bold", "Black"...) or PDFium's ForceBold flag is set; a name that says
"Regular"/"Roman"/"Italic"... is not bold; only a silent name ("F1", "LiberationSerif") is judged
by its weight, and only when the page's fonts' weights split clearly in two and agree with the
names that speak: re-writers make weights up from stem widths (Ghostscript: 704 for the regular
Liberation Serif, 525 for TeX Gyre Termes Regular). Legacy TCVN3/VNI text is decoded per run of same-font
chars inside a word by `legacy_encoding` (called with that run's own font name); when no
font name is legacy, the page's text decides by its characters (`guess_encoding`).

What this module leaves to others: opening files and OCR routing (pdf_reader), lines,
columns, regions and paragraphs (pdf_layout), ruled tables (pdf_tables), the legacy tables
themselves (legacy_encoding), tone-placement normalisation (pipeline.normalize).
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import compress, groupby
from operator import itemgetter

from tdkt.extractors import pdf_layout

# Font names that mean bold / italic ("ABCDEF+TimesNewRomanPS-BoldMT", "Arial,BoldItalic").
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[-,](?:B|Bd|BI|BoldItalic)$|TimesB$", re.I)
_ITALIC_FONT = re.compile(r"italic|oblique|[-,](?:I|It|BI|BdIt)$", re.I)
_REGULAR_FONT = re.compile(r"regular|roman|book|light|thin|normal|italic|oblique|[-,](?:R|Rg|I|It)$", re.I)
_SUBSET = re.compile(r"^[A-Z]{6}\+")
# Weights of the page's fonts (silent names only are judged by them) must split by this much,
# the upper group at least this heavy (PDF FontWeight: 400 regular, 700 bold).
_WEIGHT_GAP, _WEIGHT_BOLD = 150, 550
# PDFium's font flags (FXFONT_*, the PDF FontDescriptor flags).
_FLAG_ITALIC = 1 << 6
_FLAG_FORCE_BOLD = 1 << 18

WORD_GAP = 0.105  # a gap wider than this many ems between two glyph boxes separates words.
# Measured over the sample PDFs and the producer matrix (LibreOffice with 4 font families,
# Chromium, Ghostscript, qpdf): inside words gaps are <= 0.083 em (Chromium's Type 3 fallback
# glyphs, measured by ink), and 0.100 em for a DejaVu Sans Mono fallback letter inside a
# Liberation Mono word ("c|ủ|a", a text file LibreOffice printed); between words drawn without a
# space glyph >= 0.147 em (an italic fallback glyph's overhang eating into the space), except
# after a bold DejaVu fallback letter ending a word in a bold Liberation heading: 0.109 em ("tế
# xanh"). The two last are 0.009 em apart: geometry alone barely tells them; a new producer that
# falls between needs the font's own advances (FPDFFont_GetGlyphWidth), not a new constant.
ASCENT, DESCENT = 0.88, 0.22  # word boxes in ems above/below the baseline (Times-like, as pdfminer's)
LINE_TOLERANCE = 0.35  # chars whose vertical centres differ by less (in ems) share a line
# PDFium reports a hyphen that ends a line as U+FFFE; it is the drawn "-". Ligatures expand.
_LIGATURES = {"\ufffe": "-", "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}


@dataclass
class FontFacts:
    name: str  # subset prefix stripped; "" when the PDF names none (Type3)
    bold: bool | None  # True/False when the name (or ForceBold) says it; None: a silent name
    italic: bool
    weight: int | None = None  # PDFium's weight (from FontWeight or StemV), when it gave one
    family: str = field(init=False)  # the name up to "-" or "," (computed once: asked per word)

    def __post_init__(self) -> None:
        self.family = re.split(r"[-,]", self.name, maxsplit=1)[0]


def base_font(name: str | None) -> str | None:
    """Font name without the subset tag ("ABCDEF+Arial-Bold" -> "Arial-Bold")."""
    if not name:
        return None
    return _SUBSET.sub("", name)


class FontTable:
    """Font facts per (name, flags) as PDFium reports them, computed once per document."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[bytes, int], int] = {}
        self.fonts: list[FontFacts] = []

    def index(self, raw_name: bytes, flags: int, weight: int) -> int:
        key = (raw_name, flags)
        found = self._by_key.get(key)
        if found is not None:
            if weight > 0 and self.fonts[found].weight is None:
                self.fonts[found].weight = weight
            return found
        name = base_font(raw_name.decode("utf-8", "replace")) or ""
        bold: bool | None = None
        if _BOLD_FONT.search(name) or flags & _FLAG_FORCE_BOLD:
            bold = True
        elif _REGULAR_FONT.search(name):
            bold = False
        italic = bool(_ITALIC_FONT.search(name)) or bool(flags & _FLAG_ITALIC)
        self.fonts.append(FontFacts(name, bold, italic, weight if weight > 0 else None))
        self._by_key[key] = len(self.fonts) - 1
        return len(self.fonts) - 1

    def page_bold(self, used: set[int]) -> dict[int, bool | None]:
        """Bold per font index on one page: the name's word where it speaks; a plain name whose
        family's other names speak is the regular face; a wholly silent name ("F1") by its weight
        only when the page's weights split clearly and agree with the names that speak; else a
        named silent font is taken as regular, a nameless one (Type 3) is unknown."""
        fonts = {i: self.fonts[i] for i in used}
        result = {i: f.bold for i, f in fonts.items()}
        # "LiberationSerif" next to "LiberationSerif-Bold": the family's names speak, the plain
        # one is the regular face (siblings seen on this page or an earlier one).
        speaking = {f.family for f in self.fonts if f.bold is not None and f.name}
        for i, f in fonts.items():
            if f.bold is None and f.name and f.family in speaking:
                result[i] = False
        silent = [i for i in result if result[i] is None]
        if not silent:
            return result
        cut = _weight_cut([f.weight for f in fonts.values() if f.weight])
        if cut is not None and all((f.weight > cut) == f.bold for f in fonts.values()
                                   if f.bold is not None and f.weight):
            for i in silent:
                if fonts[i].weight:
                    result[i] = fonts[i].weight > cut
        for i in silent:
            if result[i] is None and fonts[i].name:
                result[i] = False
        return result


def _weight_cut(weights: list[int]) -> float | None:
    """The middle of the widest gap between the page's font weights, when it splits them
    clearly into regular and bold (None when they do not)."""
    distinct = sorted(set(weights))
    if len(distinct) < 2:
        return None
    gap, low = max((b - a, a) for a, b in zip(distinct, distinct[1:]))
    high = low + gap
    return (low + high) / 2 if gap >= _WEIGHT_GAP and high >= _WEIGHT_BOLD else None


# One char: [x0, x1, top, bottom, text, size, font index, kind, run] in top-down page coordinates
# (kind: 0 glyph, 1 space glyph, 2 combining mark, 3 PDFium's generated space; a mark's
# x0 == x1 == the centre of its ink; run: the number of its text object on the page, so chars
# of one run share top, bottom, size and font; a generated space has no run but carries the
# gap it stands for, from its stream neighbours: [..., _GAP, gap start, gap end]).
_GLYPH, _SPACE, _MARK, _GAP = 0, 1, 2, 3


def page_chars(textpage, page_top: float, fonts: FontTable, text: str | None = None) -> list[list]:
    """The page's drawn characters with loose boxes, font size and font index; PDFium's generated
    spaces only as gaps between their stream neighbours (kind _GAP). `text`: the page's whole
    text range when the caller already asked for it (the probe does).

    Per char two C calls (text object, loose box) through prototypes taking plain integer
    addresses (ctypes converts an int much faster than a pointer object); font facts, size and
    baseline are asked once per text object (they are the object's), and the text comes from
    one range call.
    """
    import pypdfium2.raw as pdfium_c

    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    if text is None:
        text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: ask char by char
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    calls = _calls()
    address = ctypes.cast(raw, ctypes.c_void_p).value
    rect = pdfium_c.FS_RECTF()
    rect_at = ctypes.addressof(rect)
    matrix = pdfium_c.FS_MATRIX()
    name_buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    get_box, text_object = calls.loose_box, calls.text_object
    font_of, get_matrix, font_size, get_origin = calls.font, calls.matrix, calls.font_size, calls.origin
    matrix_at = ctypes.addressof(matrix)
    origin_x_at, origin_y_at = ctypes.addressof(origin_x), ctypes.addressof(origin_y)
    by_handle: dict[int, tuple[int, bool]] = {}  # font handle -> (font index, measured by ink)
    is_generated = calls.is_generated
    ligatures, category = _LIGATURES, unicodedata.category
    chars: list[list] = []
    append = chars.append
    last_object = -1
    run = -1
    # PDFium lists a text object's chars together (with only generated spaces between them),
    # so the object of a stretch of chars is found by galloping, not asked char by char;
    # except on pages with right-to-left script, whose lines PDFium reorders.
    gallop, run_end = not _RIGHT_TO_LEFT.search(text), -1
    size, font_index, y0, y1, ink, wide_boxes, last_drawn = 1.0, 0, 0.0, 0.0, False, False, -2
    for i, ch in enumerate(text):
        kind = _GLYPH
        if ch.isspace():
            if ch in "\r\n":
                continue
            if is_generated(address, i):
                # PDFium guesses a space between two glyphs drawn apart *in stream order*
                # (Chromium draws no space glyphs at all). Keep the gap it stands for; whether
                # it is a word space is decided on the sorted line (line_words): a fallback
                # glyph drawn later into that gap (LibreOffice) fills it.
                if last_drawn == i - 1 and i + 1 < count and not text[i + 1].isspace():
                    pdfium_c.FPDFText_GetCharBox(raw, i + 1, left, right, bottom, top)
                    start, end = chars[-1][1], left.value
                    # A gap narrower than a word gap is PDFium misreading a font change (a
                    # fallback "ẹ" right after "m" in a narrow cell), unless the glyph before
                    # has a box wider than its advance (Type 3, sheared).
                    if wide_boxes or end - start > WORD_GAP * size:
                        get_box(address, i + 1, rect_at)  # sort it before the next glyph's own box
                        x = min(start, end, rect.left) - 0.01
                        append([x, x, y0, y1, " ", size, font_index, _GAP, start, end])
                continue
            kind = _SPACE
        if i <= run_end:
            obj = last_object  # inside the current text object's known stretch: no call
        else:
            obj = text_object(address, i)
            if obj is not None and gallop:
                run_end = _stretch_end(text_object, address, i, obj, count)
        if obj != last_object:  # font and size belong to the text object
            if obj is None:
                continue
            last_object = obj
            run += 1
            # Name, flags and weight are the font's: asked once per font handle on the page.
            handle = font_of(obj)
            known = by_handle.get(handle) if handle else None
            if known is None:
                pdfium_c.FPDFText_GetFontInfo(raw, i, name_buf, 256, flags)
                font_index = fonts.index(name_buf.value, flags.value, pdfium_c.FPDFText_GetFontWeight(raw, i))
                # A Type 3 font (no name; Chromium draws fallback glyphs so) has loose boxes as
                # wide as its font matrix: take the ink box instead.
                known = (font_index, not fonts.fonts[font_index].name)
                if handle:
                    by_handle[handle] = known
            font_index, ink = known
            # The size the reader sees: Tf size times the text matrix's scale (cairo writes
            # "1 Tf" with a matrix of 13; LibreOffice "13 Tf" with the identity).
            get_matrix(address, i, matrix_at)
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
            size = font_size(address, i) * (scale or 1.0)
            wide_boxes = ink or abs(matrix.b) + abs(matrix.c) > 0.02 * (scale or 1.0)
            get_box(address, i, rect_at)
            if size <= 0.5:  # PDFium could not tell: take the box height (ascent + descent ~ 1.15 em)
                size = max(1.0, (rect.top - rect.bottom) / 1.15)
            # One text object is one text-showing operator: one baseline. The word box hangs
            # from it, the same for every font, so that a fallback font's taller ascent or a
            # letter's stacked marks do not move a word off its line.
            get_origin(address, i, origin_x_at, origin_y_at)
            baseline = page_top - origin_y.value
            y0, y1 = baseline - ASCENT * size, baseline + DESCENT * size
        else:
            get_box(address, i, rect_at)
        x0, x1 = rect.left, rect.right
        if ink and kind == _GLYPH:
            pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top)
            if right.value > left.value:
                x0, x1 = left.value, right.value
        if ch.isascii():
            pass
        elif ch in ligatures:
            ch = ligatures[ch]
        elif kind == _GLYPH and category(ch) == "Mn":
            # Place a separately drawn mark at the centre of its ink, i.e. over its letter.
            pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top)
            if right.value > left.value:
                x0 = x1 = (left.value + right.value) / 2
            kind = _MARK
        append([x0, x1, y0, y1, ch, size, font_index, kind, run])
        last_drawn = i
    return chars


_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _stretch_end(text_object, address: int, start: int, obj: int, count: int) -> int:
    """The last index of the stretch of chars from `start` whose text object is `obj`:
    doubling steps until a char of another object (or a generated one), then bisection."""
    low, step, high = start, 1, count
    while low + step < count:
        if text_object(address, low + step) == obj:
            low += step
            step *= 2
        else:
            high = low + step
            break
    while high - low > 1:
        mid = (low + high) // 2
        if text_object(address, mid) == obj:
            low = mid
        else:
            high = mid
    return low


class _Calls:
    """PDFium's per-character calls with integer-address prototypes, built once per process."""

    def __init__(self) -> None:
        import pypdfium2.raw as pdfium_c

        # FPDFText_GetTextObject returns the object's address as an int (None when generated):
        # comparing ints per char is much cheaper than comparing ctypes pointers.
        self.text_object = ctypes.cast(
            pdfium_c.FPDFText_GetTextObject, ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int))
        self.loose_box = ctypes.cast(
            pdfium_c.FPDFText_GetLooseCharBox,
            ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p))
        self.is_generated = ctypes.cast(
            pdfium_c.FPDFText_IsGenerated, ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int))
        # Once per text object:
        self.font = ctypes.cast(pdfium_c.FPDFTextObj_GetFont, ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p))
        self.matrix = ctypes.cast(
            pdfium_c.FPDFText_GetMatrix, ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p))
        self.font_size = ctypes.cast(
            pdfium_c.FPDFText_GetFontSize, ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_void_p, ctypes.c_int))
        self.origin = ctypes.cast(
            pdfium_c.FPDFText_GetCharOrigin,
            ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p))


_CALLS: _Calls | None = None


def _calls() -> _Calls:
    global _CALLS
    if _CALLS is None:
        _CALLS = _Calls()
    return _CALLS


def chars_to_lines(chars: list[list]) -> list[list[list]]:
    """Cluster chars into lines by vertical centre; each line sorted left to right.

    Consecutive chars with one box height and size (a text object's) are placed as one group:
    the same clustering as char by char (they share a centre), sorted stably as chars would be.
    """
    groups = [list(group) for _, group in groupby(chars, key=_LINE_KEY)]
    groups.sort(key=lambda g: g[0][2] + g[0][3])
    lines: list[list[list]] = []
    anchor = 0.0
    anchor_size = 0.0
    line: list[list] = []
    for group in groups:
        c = group[0]
        centre = (c[2] + c[3]) / 2
        if lines and centre - anchor < LINE_TOLERANCE * min(anchor_size, c[5]):
            line.extend(group)
        else:
            line = group
            lines.append(line)
            anchor, anchor_size = centre, c[5]
    for line in lines:
        line.sort(key=_X0)  # stable: a mark stays after a letter at the same x
    return lines


def line_words(line: list[list]) -> list[list[list]]:
    """Cut one line's chars into words at space glyphs and at gaps wider than WORD_GAP ems."""
    words: list[list[list]] = []
    current: list[list] = []
    prev = None  # last glyph (not mark, not space) of the current word
    for index, c in enumerate(line):
        kind = c[7]
        if kind == _GAP:
            if not current or _filled(line, index, c[8], c[9], c[5]):
                continue
            kind = _SPACE
        if kind == _SPACE:
            if current:
                words.append(current)
            current, prev = [], None
            continue
        if kind == _MARK:
            if current:
                current.append(c)
            continue  # a mark with nothing under it is dropped
        if prev is not None:
            if c[4] == prev[4] and abs(c[0] - prev[0]) < 0.1 * c[5] and abs(c[2] - prev[2]) < 0.1 * c[5]:
                continue  # the same glyph drawn twice (fake bold, shadow)
            if c[0] - prev[1] > WORD_GAP * (c[5] if c[5] > prev[5] else prev[5]):
                words.append(current)
                current = []
        current.append(c)
        prev = c
    if current:
        words.append(current)
    return words


def _filled(line: list[list], index: int, start: float, end: float, size: float) -> bool:
    """Does a glyph other than the gap's own neighbours stand in the gap (its centre inside)?
    The line is sorted by x0: look only near the gap's own place in it."""
    lo, hi = min(start, end), max(start, end)
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(line):
            c = line[k]
            if (step < 0 and c[0] < lo - 2 * size) or (step > 0 and c[0] > hi):
                break
            if c[7] == _GLYPH and lo < (c[0] + c[1]) / 2 < hi:
                return True
            k += step
    return False


class RunDecoder:
    """Legacy TCVN3/VNI decoding per run of same-font chars: by the run's own font name, or,
    when a producer renamed the fonts (LibreOffice substituting a missing .VnTime), by the
    characters alone (the encoding is guessed once, from the first page that decides)."""

    def __init__(self) -> None:
        from tdkt.extractors import legacy_encoding
        from tdkt.pipeline.normalize import normalize_text

        self.lib = legacy_encoding
        self.normalize = normalize_text
        self.legacy_fonts: set[str] = set()
        self.guessed: str | None = None
        self._encoding: dict[str, str | None] = {}  # font name -> legacy encoding (asked per run)
        self._normalized: dict[str, str] = {}  # a word's raw text -> its normalised text

    def normalized(self, raw: str) -> str:
        """A plain (non-legacy) word's text normalised and stripped; words repeat, so kept."""
        found = self._normalized.get(raw)
        if found is None:
            found = self._normalized[raw] = self.normalize(raw).strip()
        return found

    def encoding(self, font: str) -> str | None:
        found = self._encoding.get(font, "")
        if found == "":
            found = self._encoding[font] = self.lib.encoding_for_font(font)
        return found

    def start_page(self, fonts: list[str], text: str) -> None:
        if self.guessed is None and not any(self.encoding(f) for f in fonts):
            self.guessed = self.lib.guess_encoding(text)

    def decode(self, runs: list[tuple[str, str]]) -> str:
        """[(text, font name), ...] of one word -> its Unicode text (NFC, tones normalised)."""
        parts = []
        for text, font in runs:
            if self.encoding(font):
                parts.append(self.lib.decode_legacy(text, font))
                self.legacy_fonts.add(font)
            elif self.guessed:
                parts.append(self.lib.decode(text, self.guessed))
            else:
                parts.append(text)
        return self.normalize("".join(parts)).strip()


# Char fields read in C by map() over a word's chars (no Python loop per char).
_X0, _X1, _TOP, _BOTTOM, _TEXT, _SIZE, _FONT, _KIND, _RUN = (itemgetter(k) for k in range(9))
_LINE_KEY = itemgetter(2, 3, 5)  # top, bottom, size: a text object's


def page_words(textpage, page_top: float, fonts: FontTable, decoder: RunDecoder, text: str | None = None) -> list[pdf_layout.Word]:
    """All words of one text page, with boxes in top-down coordinates and font facts
    (`text`: the page's text range when the caller already has it)."""
    chars = page_chars(textpage, page_top, fonts, text)
    if not chars:
        return []
    char_words = [w for line in chars_to_lines(chars) for w in line_words(line)]
    table = fonts.fonts
    used = set(map(_FONT, chars))
    raw_texts = ["".join(map(_TEXT, cw)) for cw in char_words]
    decoder.start_page([table[i].name for i in used], " ".join(raw_texts))
    bold_of = fonts.page_bold(used)
    main_family = _main_family(chars, table)
    # Per font of the page, asked once: a one-font word (most words) takes its facts whole.
    single = {i: (bold_of.get(i), table[i].italic, table[i].name or None) for i in used}
    plain = decoder.guessed is None and not any(decoder.encoding(table[i].name) for i in used)
    normalized = decoder.normalized
    Word = pdf_layout.Word
    words: list[pdf_layout.Word] = []
    sizes_rounded: dict[float, float] = {}
    voted: dict[tuple[int, ...], tuple[bool | None, bool, str | None]] = _VoteCache()  # fonts -> bold, italic, font
    marks = _MARK in map(_KIND, chars)  # separately drawn marks are rare: most pages have none
    for cw, raw in zip(char_words, raw_texts):
        first = cw[0]  # never a mark (line_words drops a mark with nothing under it)
        glyphs = [c for c in cw if c[7] != _MARK] if marks and _MARK in map(_KIND, cw) else cw
        if len(set(map(_RUN, cw))) == 1:
            # One text object: one font, size and baseline; only the right edge is asked.
            text = normalized(raw) if plain else decoder.decode([(raw, table[first[6]].name)])
            if not text:
                continue
            size = first[5]
            rounded = sizes_rounded.get(size)
            if rounded is None:
                rounded = sizes_rounded[size] = round(size, 1)
            words.append(Word(text, first[0], max(map(_X1, glyphs)), first[2], first[3], *single[first[6]][:2],
                              rounded, single[first[6]][2]))
            continue
        if len(set(map(_FONT, cw))) == 1:
            if plain:
                text = normalized(raw)
            else:
                text = decoder.decode([(raw, table[first[6]].name)])
            if not text:
                continue
            bold, italic, font = single[first[6]]
        else:
            if plain:
                text = normalized(raw)
            else:
                runs: list[tuple[str, str]] = []
                for c in cw:
                    name = table[c[6]].name
                    if runs and runs[-1][1] == name:
                        runs[-1] = (runs[-1][0] + c[4], name)
                    else:
                        runs.append((c[4], name))
                text = decoder.decode(runs)
            if not text:
                continue
            # The vote is a function of the glyphs' fonts in order (the page's facts fixed): asked
            # once per pattern on a page; a fallback font's letters make few patterns.
            pattern = tuple(map(_FONT, glyphs))
            facts = voted.get(pattern)
            if facts is None:
                counts = Counter(pattern)  # in order of first use: ties go to the first
                facts = voted[pattern] = (*_vote(counts, table, bold_of, main_family),
                                          table[max(counts, key=counts.get)].name or None)
            bold, italic, font = facts
        sizes = sorted(map(_SIZE, glyphs))
        words.append(Word(text, first[0], max(map(_X1, glyphs)), min(map(_TOP, glyphs)), max(map(_BOTTOM, glyphs)),
                          bold, italic, round(sizes[len(sizes) // 2], 1), font))
    return words


_VoteCache = dict  # the per-page cache of votes by font pattern (tests put one that never hits)


def _main_family(chars: list[list], table: list[FontFacts]) -> str | None:
    """The named font family most of the page's glyphs are drawn in."""
    per_font = Counter(compress(map(_FONT, chars), map(_GLYPH.__eq__, map(_KIND, chars))))  # C loops
    counts: dict[str, int] = {}
    for i, n in per_font.items():  # in order of first use, as a count per char would be
        if table[i].name:
            counts[table[i].family] = counts.get(table[i].family, 0) + n
    return max(counts, key=counts.get) if counts else None


def _vote(counts: dict[int, int], table: list[FontFacts], bold_of: dict[int, bool | None],
          main_family: str | None) -> tuple[bool | None, bool]:
    """(bold, italic) of a word by its chars' fonts. When the word has letters in the page's main
    family, only those vote: a fallback font's letters ("Ủ" from another font in "ỦY") may come in
    a face that does not match (Chromium draws bold text's fallback letters from a regular face)."""
    voters = {i: n for i, n in counts.items() if table[i].family == main_family} or counts
    known = {i: n for i, n in voters.items() if bold_of.get(i) is not None}
    total = sum(voters.values())
    bold = sum(n for i, n in known.items() if bold_of[i]) * 2 > sum(known.values()) if known else None
    italic = sum(n for i, n in voters.items() if table[i].italic) * 2 > total
    return bold, italic
