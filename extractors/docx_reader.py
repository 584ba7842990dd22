"""DOCX reader: a Word document into a `Document` of blocks with provenance and layout cues.

The package is opened with zipfile and its parts (document, styles, numbering, theme,
headers, footers, found through the relationships) parsed with a plain, entity-safe lxml
parser; the XML is then walked once. python-docx is not used for reading: its Document()
parses every part into its own element classes (more than the whole reading costs for a
3-page report) and its paragraph/run API misses most of what matters here (tracked changes,
content controls, text boxes, fields, numbering, legacy fonts). Only its table of built-in
style names (BabelFish: "heading 1" -> "Heading 1") is borrowed. Measured: ~10 ms for a
3-page report on the 2-core build machine (bench/legacy_vs_viparse.py).

What is read, in document order:
- body paragraphs and tables, including what sits inside content controls (w:sdt, w:customXml,
  w:smartTag), hyperlinks, simple fields, complex-field results and tracked insertions
  (w:ins, w:moveTo); tracked deletions (w:del, w:delText, w:moveFrom, deleted rows), field
  instructions (w:instrText) and hidden text (w:vanish) are not read;
- text boxes (w:txbxContent, in w:drawing or VML w:pict): read once - inside
  mc:AlternateContent only the mc:Choice branch is read, never the mc:Fallback copy; each
  paragraph of a text box becomes a block of kind "textbox" right after its anchor paragraph;
- header and footer parts, as blocks of kind "header" / "footer" (headers first, footers
  last, identical paragraphs of several header parts kept once; no Where).

Run text: w:t concatenated across runs (so words split over runs come back whole), w:tab and
w:ptab -> "\\t" (normalised to a space), w:br/w:cr -> "\\n" inside the block, w:softHyphen ->
U+00AD (kept until legacy decoding: in TCVN3 that byte is the letter "ư"; normalize_text
drops it otherwise), w:noBreakHyphen -> "-", w:sym -> its character (decoded when its font is a
legacy font, Symbol/Wingdings bullets -> "•"-like characters). Runs formatted w:caps are
upper-cased, as a reader (and a PDF of the same file) sees them.

Legacy fonts: each run's font comes from its rPr (w:rFonts hAnsi, then ascii, then cs; theme
fonts resolved through theme1.xml), falling back to the character style, the paragraph
style chain and the document defaults. Text of a TCVN3/VNI run is decoded with
`legacy_encoding.decode_legacy` - unless it already holds Unicode-only Vietnamese letters
(a converted file that kept its .VnTime font names). The encodings met go to
Document.meta["legacy_encodings"] (sorted list, [] when none) and the fonts to
meta["legacy_fonts"]. When no legacy font is declared but the characters alone make a
strong case (`guess_encoding`), paragraphs are decoded too, meta["legacy_encoding_guessed"]
names the encoding (same key as the PDF reader) and a Vietnamese warning is added. The block
text then goes through `normalize_text`.

Numbering: Word's automatic numbers are rendered into Block.list_label, never into text
(numbering.xml abstractNum/num, lvlOverride/startOverride, numStyleLink, numbering through
the paragraph style incl. levels linked by w:pStyle, formats decimal, decimalZero,
upper/lowerRoman, upper/lowerLetter, bullet, none; lvlText patterns such as "%1.",
"%1.%2.", "%2)"; isLgl). Counters behave as in Word: they belong to the abstract
numbering, so numIds sharing an abstractNum continue one sequence, a numId with
lvlOverride/startOverride restarts its levels on first use, and a level restarts whenever a
shallower level advances.

Layout cues per block: style (UI name), heading_level (style "Heading N"/"heading N"/
"Tiêu đề N", or w:outlineLvl in the paragraph or its style chain), bold/italic (True when at
least 90 % of visible characters are), all_caps (90 % of visible characters under w:caps, or
at least 4 letters all upper case), font_size (dominant, points), alignment, indent (points:
left indent plus first-line indent, minus hanging; from style, numbering level and
paragraph), font_name (dominant, the original font name even after legacy decoding).
Kind: "heading" when styled as heading or given an outline level; else "list_item" when it
has a rendered number or bullet; else "paragraph".

Provenance: Where.paragraph counts every w:p of the main document part in document order,
1-based - top-level paragraphs, paragraphs inside table cells (nested tables included) and
inside text boxes - empty ones included, so the number matches what a person counts with
formatting marks shown. Where.table counts every w:tbl of the main part (nested ones too),
1-based; a paragraph in a table cell has the innermost table's table/row/col (1-based grid
column). Header/footer blocks have no Where.

Tables. A data table becomes one block of kind "table" whose `rows` is the grid: one entry
per grid column, so a horizontally merged cell (gridSpan) has its text in its first column
and "" in the columns it covers, a vertically merged continuation cell is "" (the text is in
the first cell of the merge), gridBefore/gridAfter give "". A cell's text is its paragraphs'
full text (list labels included) joined by "\\n"; nested tables render as "a | b" lines.
Where = (paragraph of its first cell paragraph, table). A frame table - one cell per row,
e.g. a 1x1 box around the whole page - is a container, not data: its content is read as if
it stood in the body (its blocks keep Where.table/row/col).

Layout tables - the two-column header (issuer + "Số: ..." | motto + "..., ngày ... tháng ...
năm ...") and the signature block ("Nơi nhận:" | "TM. ..." + signer) - are NOT table blocks:
their cell paragraphs are emitted as ordinary paragraph/heading/list_item blocks with
Block.region "header-left"/"header-right"/"closing-left"/"closing-right" (first grid column
-> left, any other -> right; a row merged across the full width, such as a title placed in
the table, gets no region) and Where(paragraph, table, row, col), so metadata extraction
reads them like any paragraph. A table is a layout table when it has 2-3 grid columns and
at most 4 rows, and either one of its cell lines is a header cue ("CỘNG HÒA XÃ HỘI CHỦ
NGHĨA", "Độc lập - Tự do", "Số:", "... ngày .. tháng .. năm ..") or a closing cue ("Nơi
nhận", "TM.", "KT.", "TL.", "Q.", "CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG ..."), or it has no visible
borders, stands at the top (at most one text block before it) or the bottom (at most two
after) and has a cell of several lines. Header vs closing: cue counts plus position; ties go
by position in the body.

Failures of zipfile or lxml (and missing parts) become ExtractionError("corrupt"). Encryption and
zip-bomb checks happen in extractors/__init__.py before this reader runs.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.legacy_encoding import (decode, decode_legacy, encoding_for_font, guess_encoding,
                                              is_unicode_vietnamese)
from tdkt.extractors.limits import Limits
from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.normalize import normalize_text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"


def _w(name: str) -> str:
    return _W + name


# Tags, precomputed (compared by string identity/equality in the hot loops).
P, R, T, TBL, TR, TC, SDT, SDT_CONTENT = map(_w, ("p", "r", "t", "tbl", "tr", "tc", "sdt", "sdtContent"))
PPR, RPR, TAB, PTAB, BR, CR = map(_w, ("pPr", "rPr", "tab", "ptab", "br", "cr"))
SOFT_HYPHEN, NB_HYPHEN, SYM, TXBX = map(_w, ("softHyphen", "noBreakHyphen", "sym", "txbxContent"))
VAL = _w("val")
ALT_CONTENT, MC_CHOICE, MC_FALLBACK = _MC + "AlternateContent", _MC + "Choice", _MC + "Fallback"
MATH_T = _M + "t"
# Containers whose children are read as if they were in the paragraph itself.
_INLINE_CONTAINERS = frozenset(map(_w, ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple",
                                        "bdo", "dir", "sdtContent")))
_INLINE_SKIP = frozenset(map(_w, ("del", "moveFrom", "pPr", "sdtPr", "sdtEndPr", "proofErr", "bookmarkStart",
                                  "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "permStart",
                                  "permEnd")))
_BLOCK_CONTAINERS = frozenset(map(_w, ("customXml", "sdtContent", "ins", "moveTo")))
_DRAWING_TAGS = frozenset(map(_w, ("drawing", "pict", "object"))) | {ALT_CONTENT}
_FALSE = {"0", "false", "off", "none"}

_SYMBOL_CHARS = {0xB7: "•", 0xA7: "▪", 0xD8: "➢", 0x76: "❖", 0xFC: "✓", 0x6C: "●", 0x6E: "■", 0x71: "❑",
                 0xA8: "□", 0xFE: "☒", 0x2D: "-", 0xE0: "→", 0xF0: "⇒", 0x9F: "•"}
_HEADING_NAME = re.compile(r"^(?:heading|tiêu đề|tieu de|titre|überschrift|title)\s*([1-9])$", re.IGNORECASE)
_ALIGN = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
          "both": "justify", "distribute": "justify", "thaiDistribute": "justify",
          "lowKashida": "justify", "mediumKashida": "justify", "highKashida": "justify"}

# Cell lines that mark the two layout tables (matched on normalised, case-folded lines).
_HEADER_CUE = re.compile(
    r"^(?:cộng hòa xã hội chủ nghĩa|độc lập\s*[-–—]\s*tự do|số\s*:|số\s+\S*/)"
    r"|ngày\s+\S{1,6}\s+tháng\s+\S{1,6}\s+năm\s+\S{0,6}\s*$"
)
_CLOSING_CUE = re.compile(
    r"^(?:nơi nhận|t/?m\s*[.:]|k/?t\s*[.:]|tl\s*[.:]|tuq\s*[.:]|q\s*\.|lưu\s*:|người (?:ký|lập|báo cáo)\b)"
    r"|^(?:phó\s+)?(?:chủ tịch|giám đốc|trưởng\s+\S+|hiệu trưởng|bí thư|chánh văn phòng|thủ trưởng)\b"
)


# ---------------------------------------------------------------------------------------------
# Entry point


def read_docx(path: Path, limits: Limits | None = None) -> Document:
    """Read a DOCX file into a Document (see module docstring). Raises ExtractionError."""
    from lxml import etree

    try:
        parts = _Parts.load(Path(path))
    except ExtractionError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OSError, EOFError,
            NotImplementedError, etree.LxmlError) as exc:
        raise ExtractionError("corrupt", _describe(exc)) from exc
    try:
        return _Reader(parts).read()
    except (etree.LxmlError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise ExtractionError("corrupt", _describe(exc)) from exc


def _describe(exc: Exception) -> str:
    return type(exc).__name__


_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# "Strict Open XML" files use other namespace URIs for the same vocabulary; mapped back.
_STRICT_NS = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main",
     b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/math",
     b"http://schemas.openxmlformats.org/officeDocument/2006/math"),
)


@dataclass
class _Parts:
    """The package parts the reader needs, parsed with a plain lxml parser.

    The package is opened with zipfile + lxml rather than python-docx's `Document()`: that one
    parses every part into python-docx's custom element classes, which costs more than the
    whole rest of the reading for a 3-page report, and we use none of its API.
    """

    body: object
    styles: object | None
    numbering: object | None
    theme_fonts: dict[str, str]
    headers: list[object]
    footers: list[object]

    @classmethod
    def load(cls, path: Path) -> "_Parts":
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                                 remove_pis=True, huge_tree=False)
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())

            def xml(name: str):
                data = z.read(name)
                if b"purl.oclc.org/ooxml/" in data:
                    for strict, transitional in _STRICT_NS:
                        data = data.replace(strict, transitional)
                return etree.fromstring(data, parser)

            def rels(part: str) -> list[tuple[str, str, bool]]:
                folder, base = posixpath.split(part)
                rels_name = posixpath.join(folder, "_rels", base + ".rels")
                if rels_name not in names:
                    return []
                out = []
                for rel in xml(rels_name).iter(_REL_NS + "Relationship"):
                    target = rel.get("Target") or ""
                    external = rel.get("TargetMode") == "External"
                    if not external:
                        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                            posixpath.join(folder, target))
                    rtype = rel.get("Type") or ""
                    out.append((rtype.rsplit("/", 1)[-1], target, external))
                return out

            main = next((t for kind, t, ext in rels("") if kind == "officeDocument" and not ext), None)
            if main is None or main not in names:
                main = "word/document.xml" if "word/document.xml" in names else None
            if main is None:
                raise ExtractionError("corrupt", "không có phần nội dung chính (document.xml)")
            document = xml(main)
            body = document.find(_w("body"))
            if body is None:
                raise ExtractionError("corrupt", "không có phần thân văn bản")
            related: dict[str, list[str]] = {}
            for kind, target, external in rels(main):
                if not external and target in names:
                    related.setdefault(kind, []).append(target)

            def first(kind: str):
                targets = related.get(kind)
                return xml(targets[0]) if targets else None

            theme_fonts: dict[str, str] = {}
            try:
                theme = first("theme")
                if theme is not None:
                    for kind in ("major", "minor"):
                        latin = theme.find(f".//{_A}{kind}Font/{_A}latin")
                        if latin is not None and latin.get("typeface"):
                            theme_fonts[kind] = latin.get("typeface")
            except etree.LxmlError:  # a broken theme only costs us font names
                theme_fonts = {}
            return cls(body=body, styles=first("styles"), numbering=first("numbering"),
                       theme_fonts=theme_fonts,
                       headers=[xml(t) for t in sorted(related.get("header", []))],
                       footers=[xml(t) for t in sorted(related.get("footer", []))])


# ---------------------------------------------------------------------------------------------
# Styles


def _on(el) -> bool:
    """A toggle property element (w:b, w:i, w:caps...): on unless val says off."""
    return el.get(VAL, "true").lower() not in _FALSE


def _int(value, default=None):
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return default


_RPR_TOGGLES = {_w("b"): "b", _w("i"): "i", _w("caps"): "caps", _w("vanish"): "vanish",
                _w("webHidden"): "vanish"}
_FONT_ATTRS = ("ascii", "hAnsi", "cs", "asciiTheme", "hAnsiTheme", "cstheme")
_RFONTS, _SZ, _RSTYLE = _w("rFonts"), _w("sz"), _w("rStyle")


def _parse_rpr(rpr) -> dict:
    """Run properties we use, as a flat dict (only what the element sets)."""
    out: dict = {}
    if rpr is None:
        return out
    for child in rpr:
        tag = child.tag
        key = _RPR_TOGGLES.get(tag)
        if key is not None:
            out[key] = _on(child)
        elif tag == _SZ:
            size = _int(child.get(VAL))
            if size:
                out["sz"] = size / 2.0
        elif tag == _RFONTS:
            for attr in _FONT_ATTRS:
                value = child.get(_W + attr)
                if value:
                    out["f_" + attr.lower()] = value
            # An explicit font at this level beats a theme font inherited from below.
            for plain, theme in (("ascii", "asciitheme"), ("hansi", "hansitheme"), ("cs", "cstheme")):
                if "f_" + plain in out and "f_" + theme not in out:
                    out["f_" + theme] = None
    return out


_IND, _JC, _NUMPR, _OUTLINE, _PSTYLE = _w("ind"), _w("jc"), _w("numPr"), _w("outlineLvl"), _w("pStyle")
_ILVL, _NUMID = _w("ilvl"), _w("numId")


def _parse_ind(ind) -> dict:
    out = {}
    for attr, key in (("left", "left"), ("start", "left"), ("firstLine", "first"), ("hanging", "hanging")):
        value = ind.get(_W + attr)
        if value is not None:
            out[key] = _int(value, 0)
    if "first" in out and "hanging" not in out:
        out["hanging"] = 0
    if "hanging" in out and "first" not in out:
        out["first"] = 0
    return out


def _parse_ppr(ppr) -> dict:
    out: dict = {}
    if ppr is None:
        return out
    for child in ppr:
        tag = child.tag
        if tag == _JC:
            out["jc"] = child.get(VAL)
        elif tag == _IND:
            out["ind"] = _parse_ind(child)
        elif tag == _OUTLINE:
            out["outline"] = _int(child.get(VAL))
        elif tag == _NUMPR:
            ilvl, num = child.find(_ILVL), child.find(_NUMID)
            out["num"] = (num.get(VAL) if num is not None else None,
                          _int(ilvl.get(VAL)) if ilvl is not None else None)
        elif tag == _PSTYLE:
            out["pstyle"] = child.get(VAL)
    return out


@dataclass
class _Style:
    id: str
    name: str
    type: str
    based_on: str | None
    ppr: dict
    rpr: dict
    borders: bool | None = None  # table styles: visible borders declared


class _LazyStyles:
    """styleId -> _Style, parsed on first use: a template declares ~150 styles, a report uses ~10."""

    def __init__(self, elements: dict):
        self._elements = elements
        self._parsed: dict[str, _Style] = {}

    def __contains__(self, sid) -> bool:
        return sid in self._elements

    def __getitem__(self, sid: str) -> _Style:
        style = self._parsed.get(sid)
        if style is None:
            style = self._parsed[sid] = _parse_style(sid, self._elements[sid])
        return style

    def get(self, sid, default=None):
        return self[sid] if sid in self._elements else default


def _parse_style(sid: str, el) -> _Style:
    name_el, based_el = el.find(_w("name")), el.find(_w("basedOn"))
    stype = el.get(_w("type"), "paragraph")
    style = _Style(
        id=sid,
        name=name_el.get(VAL) if name_el is not None else sid,
        type=stype,
        based_on=based_el.get(VAL) if based_el is not None else None,
        ppr=_parse_ppr(el.find(PPR)),
        rpr=_parse_rpr(el.find(RPR)),
    )
    if stype == "table":
        style.borders = _borders_visible(el.find(f"{_w('tblPr')}/{_w('tblBorders')}"))
    return style


class _Styles:
    def __init__(self, root, theme_fonts: dict[str, str]):
        from docx.styles import BabelFish

        self._ui = BabelFish.internal2ui
        self.theme_fonts = theme_fonts
        self.by_id: _LazyStyles | dict = {}
        self.default_para: str | None = None
        self.default_rpr: dict = {}
        self.default_ppr: dict = {}
        self._cache_p: dict = {}
        self._cache_r: dict = {}
        if root is None:
            return
        defaults = root.find(_w("docDefaults"))
        if defaults is not None:
            self.default_rpr = _parse_rpr(defaults.find(f"{_w('rPrDefault')}/{RPR}"))
            self.default_ppr = _parse_ppr(defaults.find(f"{_w('pPrDefault')}/{PPR}"))
        elements = {}
        for el in root.iterchildren(_w("style")):
            sid = el.get(_w("styleId"))
            if sid:
                elements.setdefault(sid, el)
                if _on_attr(el.get(_w("default"))) and el.get(_w("type"), "paragraph") == "paragraph":
                    self.default_para = sid
        self.by_id = _LazyStyles(elements)

    def chain(self, sid: str | None) -> list[_Style]:
        """The style and its ancestors, nearest first (cycle-safe)."""
        out: list[_Style] = []
        seen: set[str] = set()
        while sid and sid not in seen and sid in self.by_id:
            seen.add(sid)
            style = self.by_id[sid]
            out.append(style)
            sid = style.based_on
        return out

    def ui_name(self, sid: str | None) -> str | None:
        style = self.by_id.get(sid or "")
        return self._ui(style.name) if style else None

    def para(self, sid: str | None) -> dict:
        """Resolved paragraph-style facts: name, heading level, num, jc, ind, rpr."""
        sid = sid if sid in self.by_id else self.default_para
        cached = self._cache_p.get(sid)
        if cached is not None:
            return cached
        chain = self.chain(sid)
        rpr = dict(self.default_rpr)
        ppr: dict = {"ind": {}}
        for key, value in self.default_ppr.items():
            if key == "ind":
                ppr["ind"].update(value)
            else:
                ppr[key] = value
        for style in reversed(chain):
            rpr.update(style.rpr)
            for key, value in style.ppr.items():
                if key == "ind":
                    ppr["ind"].update(value)
                else:
                    ppr[key] = value
        level = None
        for style in chain:  # a heading by name: the style itself or what it is based on
            m = _HEADING_NAME.match(style.name.strip())
            if m:
                level = int(m.group(1))
                break
        outline = ppr.get("outline")
        if level is None and outline is not None and 0 <= outline <= 8:
            level = outline + 1
        facts = {"id": sid, "name": self.ui_name(sid), "level": level, "num": ppr.get("num"),
                 "jc": ppr.get("jc"), "ind": ppr["ind"], "rpr": rpr}
        self._cache_p[sid] = facts
        return facts

    def run_base(self, psid: str | None, rsid: str | None) -> dict:
        """Run properties from doc defaults + paragraph style chain + character style chain."""
        key = (psid, rsid)
        cached = self._cache_r.get(key)
        if cached is not None:
            return cached
        rpr = dict(self.para(psid)["rpr"])
        for style in reversed(self.chain(rsid)):
            rpr.update(style.rpr)
        rpr["_font"], rpr["_legacy"] = self.font_of(rpr)
        self._cache_r[key] = rpr
        return rpr

    def font_of(self, rpr: dict) -> tuple[str | None, str | None]:
        """(font shown for non-ASCII text, the legacy font among the run's fonts or None)."""
        names = []
        for plain, theme in (("f_hansi", "f_hansitheme"), ("f_ascii", "f_asciitheme"), ("f_cs", "f_cstheme")):
            theme_value = rpr.get(theme)
            if theme_value:
                names.append(self.theme_fonts.get("major" if theme_value.startswith("major") else "minor"))
            else:
                names.append(rpr.get(plain))
        shown = next((n for n in names if n), None)
        legacy = next((n for n in names if n and encoding_for_font(n)), None)
        return shown, legacy


def _on_attr(value) -> bool:
    return value is not None and value.lower() not in _FALSE


def _borders_visible(borders) -> bool | None:
    if borders is None:
        return None
    for side in borders:
        if side.get(VAL, "nil") not in ("nil", "none"):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Numbering


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    is_lgl: bool = False
    pstyle: str | None = None
    ind: dict = field(default_factory=dict)


def _parse_level(el) -> _Level:
    lvl = _Level()
    for child in el:
        tag = child.tag
        if tag == _w("start"):
            lvl.start = _int(child.get(VAL), 1)
        elif tag == _w("numFmt"):
            lvl.fmt = child.get(VAL, "decimal")
        elif tag == _w("lvlText"):
            lvl.text = child.get(VAL, "")
        elif tag == _w("isLgl"):
            lvl.is_lgl = _on(child)
        elif tag == _PSTYLE:
            lvl.pstyle = child.get(VAL)
        elif tag == PPR:
            ind = child.find(_IND)
            if ind is not None:
                lvl.ind = _parse_ind(ind)
    return lvl


class _Numbering:
    def __init__(self, root, styles: _Styles):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNum numStyleLink -> style id
        self.nums: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        self.counters: dict[str, list[int | None]] = {}  # resolved abstractNumId -> per level
        self.entered: set[tuple[str, int]] = set()  # (numId, ilvl) already used
        self.styles = styles
        if root is None:
            return
        for el in root.iterchildren(_w("abstractNum")):
            aid = el.get(_w("abstractNumId"))
            self.abstract[aid] = {_int(lv.get(_w("ilvl")), 0): _parse_level(lv) for lv in el.iterchildren(_w("lvl"))}
            link = el.find(_w("numStyleLink"))
            if link is not None and link.get(VAL):
                self.style_link[aid] = link.get(VAL)
        for el in root.iterchildren(_w("num")):
            nid = el.get(_w("numId"))
            abs_el = el.find(_w("abstractNumId"))
            if nid is None or abs_el is None:
                continue
            levels: dict[int, _Level] = {}
            starts: dict[int, int] = {}
            for ov in el.iterchildren(_w("lvlOverride")):
                ilvl = _int(ov.get(_w("ilvl")), 0)
                lvl_el = ov.find(_w("lvl"))
                if lvl_el is not None:
                    levels[ilvl] = _parse_level(lvl_el)
                so = ov.find(_w("startOverride"))
                if so is not None:
                    starts[ilvl] = _int(so.get(VAL), 1)
            self.nums[nid] = (abs_el.get(VAL), levels, starts)

    def _resolve(self, aid: str) -> str:
        """Follow numStyleLink (a list defined through a numbering style) to the abstractNum
        that holds the levels."""
        for _ in range(3):
            link = self.style_link.get(aid)
            if not link or self.abstract.get(aid):
                break
            style = self.styles.by_id.get(link)
            num = style.ppr.get("num") if style is not None else None
            if not num or num[0] not in self.nums:
                break
            aid = self.nums[num[0]][0]
        return aid

    def _abstract_levels(self, aid: str) -> dict[int, _Level]:
        return self.abstract.get(self._resolve(aid), {})

    def level(self, nid: str, ilvl: int) -> _Level | None:
        entry = self.nums.get(nid)
        if entry is None:
            return None
        aid, overrides, starts = entry
        lvl = overrides.get(ilvl) or self._abstract_levels(aid).get(ilvl)
        if lvl is None:
            return None
        if ilvl in starts:
            lvl = _Level(starts[ilvl], lvl.fmt, lvl.text, lvl.is_lgl, lvl.pstyle, lvl.ind)
        return lvl

    def ilvl_for_style(self, nid: str, style_id: str | None) -> int:
        entry = self.nums.get(nid)
        if entry and style_id:
            for ilvl, lvl in self._abstract_levels(entry[0]).items():
                if lvl.pstyle == style_id:
                    return ilvl
        return 0

    def next_label(self, nid: str, ilvl: int) -> tuple[str | None, _Level | None]:
        """Advance the list counter and render the label of a paragraph numbered (numId, ilvl).

        As in Word (ECMA-376 17.9), the running count belongs to the abstract numbering: every
        numId on the same abstractNum continues it, and a numId carrying a lvlOverride
        (startOverride, or a whole w:lvl) restarts that level the first time it is used."""
        lvl = self.level(nid, ilvl)
        if lvl is None:
            return None, None
        aid, overrides, starts = self.nums[nid]
        counters = self.counters.setdefault(self._resolve(aid), [None] * 9)
        ilvl = max(0, min(ilvl, 8))
        restart = (nid, ilvl) not in self.entered and (ilvl in starts or ilvl in overrides)
        self.entered.add((nid, ilvl))
        counters[ilvl] = lvl.start if counters[ilvl] is None or restart else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        if lvl.fmt == "none":
            return None, lvl
        if lvl.fmt == "bullet":
            return _bullet(lvl.text), lvl

        def repl(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            ref = lvl if k == ilvl else self.level(nid, k)
            value = counters[k] if counters[k] is not None else (ref.start if ref else 1)
            fmt = "decimal" if lvl.is_lgl or ref is None else ref.fmt
            return _format_number(value, fmt)

        label = re.sub(r"%([1-9])", repl, lvl.text).strip()
        return label or None, lvl


def _bullet(text: str) -> str:
    text = (text or "").strip()
    if not text:
        return "•"
    code = ord(text[0])
    if 0xF000 <= code <= 0xF0FF:
        return _SYMBOL_CHARS.get(code - 0xF000, "•")
    return text


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman") and n > 0:
        r = _roman(n)
        return r.upper() if fmt == "upperRoman" else r
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        # Word repeats the letter: 27 -> AA, 28 -> BB.
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass
class _Ctx:
    kind: str | None = None  # header | footer | textbox: overrides the block kind
    table: int | None = None
    row: int | None = None
    col: int | None = None


@dataclass
class _Pending:
    """A table read but not yet classified (layout vs data needs the whole body)."""

    number: int
    first_para: int | None
    grid: list[list[tuple[int, int, list]]]  # rows of (grid col, span, cell items)
    ncols: int
    borders: bool | None


class _Reader:
    def __init__(self, parts: _Parts):
        self.parts = parts
        self.styles = _Styles(parts.styles, parts.theme_fonts)
        self.numbering = _Numbering(parts.numbering, self.styles)
        self.para_no = 0
        self.table_no = 0
        self.encodings: set[str] = set()
        self.legacy_fonts: set[str] = set()
        self.raw: dict[int, str] = {}  # id(block) -> pre-normalisation text, for the guess fallback

    # --- document

    def read(self) -> Document:
        body_items = self._content(self.parts.body, _Ctx(), count=True)
        header_items = self._parts_items(self.parts.headers, "header")
        footer_items = self._parts_items(self.parts.footers, "footer")
        doc = Document(format="docx")
        guessed = self._guess_fallback(header_items + body_items + footer_items, doc)
        blocks: list[Block] = []
        blocks.extend(self._expand(header_items, top_level=False))
        blocks.extend(self._expand(body_items, top_level=True))
        blocks.extend(self._expand(footer_items, top_level=False))
        doc.blocks = blocks
        encodings = set(self.encodings)
        if guessed:
            encodings.add(guessed)
            doc.meta["legacy_encoding_guessed"] = guessed
        doc.meta["legacy_encodings"] = sorted(encodings)
        if self.legacy_fonts:
            doc.meta["legacy_fonts"] = sorted(self.legacy_fonts)
        return doc

    def _parts_items(self, roots: list, kind: str) -> list:
        items: list = []
        seen: set[str] = set()
        for root in roots:
            for item in self._flatten(self._content(root, _Ctx(kind=kind), count=False)):
                if item.text and item.text not in seen:
                    seen.add(item.text)
                    items.append(item)
        return items

    def _flatten(self, items: list) -> Iterator[Block]:
        for item in items:
            if isinstance(item, _Pending):
                for row in item.grid:
                    for _, _, cell_items in row:
                        yield from self._flatten(cell_items)
            else:
                yield item

    # --- block-level content

    def _content(self, parent, ctx: _Ctx, count: bool) -> list:
        items: list = []
        for child in parent:
            tag = child.tag
            if tag == P:
                self._paragraph(child, ctx, count, items)
            elif tag == TBL:
                items.append(self._table(child, ctx, count))
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    items.extend(self._content(content, ctx, count))
            elif tag in _BLOCK_CONTAINERS:
                items.extend(self._content(child, ctx, count))
            elif tag == ALT_CONTENT:
                choice = child.find(MC_CHOICE)
                if choice is not None:
                    items.extend(self._content(choice, ctx, count))
        return items

    def _table(self, tbl, ctx: _Ctx, count: bool) -> _Pending:
        if count:
            self.table_no += 1
        number = self.table_no if count else None
        first_para = self.para_no + 1 if count else None
        tbl_pr = tbl.find(_w("tblPr"))
        borders = None
        if tbl_pr is not None:
            borders = _borders_visible(tbl_pr.find(_w("tblBorders")))
            if borders is None:
                style_el = tbl_pr.find(_w("tblStyle"))
                for style in self.styles.chain(style_el.get(VAL) if style_el is not None else None):
                    if style.borders is not None:
                        borders = style.borders
                        break
        grid: list[list[tuple[int, int, list]]] = []
        ncols = 0
        for r, tr in enumerate(_rows(tbl), start=1):
            tr_pr = tr.find(_w("trPr"))
            if tr_pr is not None and tr_pr.find(_w("del")) is not None:
                continue  # a tracked row deletion
            col = _int(_val(tr_pr, "gridBefore"), 0) if tr_pr is not None else 0
            cells: list[tuple[int, int, list]] = []
            for tc in _cells(tr):
                tc_pr = tc.find(_w("tcPr"))
                span = max(1, _int(_val(tc_pr, "gridSpan"), 1)) if tc_pr is not None else 1
                vmerge = tc_pr.find(_w("vMerge")) if tc_pr is not None else None
                # innermost table's coordinates (header/footer tables are not numbered)
                cell_ctx = _Ctx(kind=ctx.kind, table=number, row=r if count else None,
                                col=col + 1 if count else None)
                cell_items = self._content(tc, cell_ctx, count)
                if vmerge is not None and vmerge.get(VAL, "continue") != "restart":
                    cell_items = [b for b in cell_items if isinstance(b, _Pending)]  # text is above
                cells.append((col, span, cell_items))
                col += span
            col += _int(_val(tr_pr, "gridAfter"), 0) if tr_pr is not None else 0
            ncols = max(ncols, col)
            grid.append(cells)
        return _Pending(number, first_para, grid, ncols, borders)

    # --- paragraphs

    def _paragraph(self, p, ctx: _Ctx, count: bool, items: list) -> None:
        if count:
            self.para_no += 1
        number = self.para_no if count else None
        ppr = _parse_ppr(p.find(PPR))
        facts = self.styles.para(ppr.get("pstyle"))
        psid = facts["id"]
        segments: list[tuple[str, dict, str | None, bool]] = []  # text, rpr, legacy font, decoded
        textboxes: list = []
        self._inline(p, psid, segments, textboxes)

        texts: list[str] = []
        stats = Counter()
        sizes: Counter = Counter()
        fonts: Counter = Counter()
        has_legacy = False
        for text, rpr, legacy_font, done in segments:
            if legacy_font and not done and not is_unicode_vietnamese(text):
                self.encodings.add(encoding_for_font(legacy_font))
                self.legacy_fonts.add(legacy_font)
                text = decode_legacy(text, legacy_font)
                has_legacy = True
            if rpr.get("caps"):
                text = text.upper()
            texts.append(text)
            visible = len(text) - text.count(" ") - text.count("\t") - text.count("\n")
            if visible <= 0:
                continue
            stats["all"] += visible
            if rpr.get("b"):
                stats["b"] += visible
            if rpr.get("i"):
                stats["i"] += visible
            if rpr.get("caps"):
                stats["caps"] += visible
            sizes[rpr.get("sz", 10.0)] += visible
            shown = rpr.get("_font")
            if shown:
                fonts[shown] += visible
        raw = "".join(texts)
        text = normalize_text(raw)

        # numbering: the paragraph's own numPr, else its style's
        label = None
        num_ind: dict = {}
        num = ppr.get("num")
        from_style = False
        if num is None:
            num, from_style = facts["num"], True
        elif num[0] is None and facts["num"]:
            num = (facts["num"][0], num[1])  # only the level given: the list comes from the style
        if num is not None and num[0] not in (None, "0"):
            ilvl = num[1]
            if ilvl is None:
                ilvl = self.numbering.ilvl_for_style(num[0], psid) if from_style else 0
            label, lvl = self.numbering.next_label(num[0], ilvl)
            if lvl is not None:
                num_ind = lvl.ind

        if text or label:
            level = facts["level"]
            outline = ppr.get("outline")
            if outline is not None:
                level = outline + 1 if 0 <= outline <= 8 else None
            kind = ctx.kind or ("heading" if level else "list_item" if label else "paragraph")
            total = stats["all"]
            # str.isupper: every cased character is upper case (and there is one)
            all_caps = (total > 0 and stats["caps"] >= 0.9 * total) or (
                text.isupper() and sum(c.isalpha() for c in text) >= 4)
            ind = {**facts["ind"], **num_ind, **ppr.get("ind", {})}
            indent = None
            if ind:
                indent = (ind.get("left", 0) + ind.get("first", 0) - ind.get("hanging", 0)) / 20.0
            block = Block(
                kind=kind,
                text=text,
                where=Where(paragraph=number, table=ctx.table, row=ctx.row, col=ctx.col),
                style=facts["name"],
                heading_level=level,
                bold=(stats["b"] >= 0.9 * total) if total else None,
                italic=(stats["i"] >= 0.9 * total) if total else None,
                all_caps=all_caps if total else None,
                font_size=sizes.most_common(1)[0][0] if sizes else None,
                alignment=_ALIGN.get(ppr.get("jc") or facts["jc"] or "left", "left"),
                indent=indent,
                list_label=label,
                font_name=fonts.most_common(1)[0][0] if fonts else None,
            )
            if not has_legacy and not raw.isascii():
                self.raw[id(block)] = raw
            items.append(block)
        for box in textboxes:
            items.extend(self._content(box, _Ctx(kind=ctx.kind or "textbox", table=ctx.table, row=ctx.row,
                                                  col=ctx.col), count))

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
            elif tag == _M + "oMath" or tag == _M + "oMathPara":
                math = "".join(t.text or "" for t in child.iter(MATH_T))
                if math:
                    segments.append((math, {}, None, True))

    def _run(self, r, psid, segments: list, textboxes: list) -> None:
        rpr_el = r.find(RPR)
        direct = _parse_rpr(rpr_el)
        rstyle = None
        if rpr_el is not None:
            rs = rpr_el.find(_RSTYLE)
            rstyle = rs.get(VAL) if rs is not None else None
        base = self.styles.run_base(psid, rstyle)
        rpr = {**base, **direct} if direct else base
        if rpr.get("vanish"):
            return
        if "_font" not in rpr or any(key.startswith("f_") for key in direct):
            shown, legacy = self.styles.font_of(rpr)
            rpr = {**rpr, "_font": shown, "_legacy": legacy}
        legacy = rpr["_legacy"]
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == T:
                if child.text:
                    parts.append(child.text)
            elif tag == TAB or tag == PTAB:
                parts.append("\t")
            elif tag == BR or tag == CR:
                parts.append("\n")
            elif tag == SOFT_HYPHEN:
                parts.append("\u00ad")
            elif tag == NB_HYPHEN:
                parts.append("-")
            elif tag == SYM:
                if parts:
                    segments.append(("".join(parts), rpr, legacy, False))
                    parts = []
                segments.append((_sym(child), rpr, None, True))
            elif tag in _DRAWING_TAGS:
                _find_textboxes(child, textboxes)
        if parts:
            segments.append(("".join(parts), rpr, legacy, False))

    # --- legacy guess fallback

    def _guess_fallback(self, items: list, doc: Document) -> str | None:
        if self.encodings or not self.raw:
            return None
        blocks = [b for b in self._flatten(items) if id(b) in self.raw]
        sample = "\n".join(self.raw[id(b)] for b in blocks)
        encoding = guess_encoding(sample)
        if encoding is None:
            return None
        for block in blocks:
            block.text = normalize_text(decode(self.raw[id(block)], encoding))
        label = "TCVN3 (ABC)" if encoding == "tcvn3" else "VNI"
        doc.warnings.append(f"Văn bản gõ theo bảng mã {label} nhưng không khai báo phông chữ tương ứng; "
                            "đã tự chuyển sang Unicode, đề nghị kiểm tra lại nội dung.")
        return encoding

    # --- tables: layout or data

    def _unwrap(self, items: list) -> Iterator:
        """Frame tables (one cell per row) are containers, not data: their content is read
        as if it stood in the body, so a header table nested in a page frame is still found."""
        for item in items:
            if isinstance(item, _Pending) and all(len(row) <= 1 for row in item.grid):
                for row in item.grid:
                    for _, _, cell_items in row:
                        yield from self._unwrap(cell_items)
            else:
                yield item

    def _expand(self, items: list, top_level: bool) -> list[Block]:
        out: list[Block] = []
        if top_level:
            items = list(self._unwrap(items))
            text_before = []
            n = 0
            for item in items:
                text_before.append(n)
                n += 1 if (isinstance(item, _Pending) or item.text) else 0
            total = n
        for index, item in enumerate(items):
            if not isinstance(item, _Pending):
                out.append(item)
                continue
            before = text_before[index] if top_level else None
            after = total - before - 1 if top_level else None
            region = self._layout_region(item, before, after) if top_level else None
            if region is not None:
                out.extend(self._layout_blocks(item, region))
            else:
                out.append(self._table_block(item))
        return out

    def _layout_region(self, t: _Pending, before: int | None, after: int | None) -> str | None:
        if not (2 <= t.ncols <= 3 and len(t.grid) <= 4):
            return None
        header = closing = 0
        multiline = False
        for row in t.grid:
            for _, _, cell_items in row:
                lines = [b.text for b in self._flatten(cell_items) if b.text]
                multiline = multiline or len(lines) >= 2
                for text in lines:
                    for line in text.split("\n"):
                        line = line.strip().casefold()
                        header += bool(_HEADER_CUE.search(line))
                        closing += bool(_CLOSING_CUE.search(line))
        top = before is not None and before <= 1
        bottom = after is not None and after <= 2
        if header == 0 and closing == 0:
            if not (t.borders is not True and multiline and (top or bottom)):
                return None
        h_score, c_score = header + top, closing + bottom
        if h_score == c_score:
            return "header" if (before or 0) <= (after or 0) else "closing"
        return "header" if h_score > c_score else "closing"

    def _layout_blocks(self, t: _Pending, region: str) -> list[Block]:
        out: list[Block] = []
        for row in t.grid:
            for col, span, cell_items in row:
                # a row merged across the whole width (e.g. the title under the header) is body
                side = None if span >= t.ncols else f"{region}-left" if col == 0 else f"{region}-right"
                for item in cell_items:
                    if isinstance(item, _Pending):
                        # a table nested in a layout cell takes the side of that cell
                        for block in self._layout_blocks(item, region):
                            block.region = side
                            out.append(block)
                    else:
                        item.region = side
                        out.append(item)
        return out

    def _table_block(self, t: _Pending) -> Block:
        rows: list[list[str]] = []
        for row in t.grid:
            cells = [""] * t.ncols
            for col, _, cell_items in row:
                if col < len(cells):
                    cells[col] = self._cell_text(cell_items)
            rows.append(cells)
        return Block(kind="table", text="", rows=rows, where=Where(paragraph=t.first_para, table=t.number))

    def _cell_text(self, items: list) -> str:
        lines: list[str] = []
        for item in items:
            if isinstance(item, _Pending):
                nested = self._table_block(item)
                lines.extend(" | ".join(c for c in row) for row in nested.rows or [])
            elif item.full_text:
                lines.append(item.full_text)
        return "\n".join(lines)


def _val(parent, name: str):
    el = parent.find(_w(name)) if parent is not None else None
    return el.get(VAL) if el is not None else None


def _rows(tbl) -> Iterator:
    for child in tbl:
        if child.tag == TR:
            yield child
        elif child.tag in (SDT, _w("customXml")):
            content = child.find(SDT_CONTENT) if child.tag == SDT else child
            if content is not None:
                yield from _rows(content)


def _cells(tr) -> Iterator:
    for child in tr:
        if child.tag == TC:
            yield child
        elif child.tag in (SDT, _w("customXml")):
            content = child.find(SDT_CONTENT) if child.tag == SDT else child
            if content is not None:
                yield from _cells(content)


def _sym(el) -> str:
    font = el.get(_w("font")) or ""
    code = int(el.get(_w("char"), "0") or "0", 16)
    if code >= 0xF000:
        code -= 0xF000
    if encoding_for_font(font):
        return decode_legacy(chr(code), font)
    if font.lower().startswith(("symbol", "wingdings", "webdings")):
        return _SYMBOL_CHARS.get(code, "•")
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
