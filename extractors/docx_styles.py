"""DOCX styles: run/paragraph property parsing and style inheritance.

Parses the properties the reader uses from w:rPr (bold, italic, caps, hidden, size, fonts
incl. theme fonts) and w:pPr (alignment, indents, outline level, numbering, paragraph
style) into flat dicts, and resolves them through styles.xml: document defaults, the
paragraph style chain (w:basedOn, cycle-safe), character styles, table-style borders,
heading levels by style name ("Heading N", "Tiêu đề N"...) or outline level, UI style names
(python-docx's BabelFish), and each run's shown font and legacy (TCVN3/VNI) font.
Styles are parsed lazily and resolved facts cached: a template declares ~150 styles, a
report uses ~10; a run's facts (`run_facts`) are cached per (paragraph style, direct properties).
What it leaves to others: list numbers (docx_numbering), run text and legacy decoding
(docx_runs), building blocks (docx_reader).
"""

from __future__ import annotations

from collections import OrderedDict

import re
from dataclasses import dataclass

from tdkt.extractors.docx_xml import PPR, RPR, VAL, W_NS, as_int, on, on_attr, w
from tdkt.extractors.legacy_encoding import encoding_for_font

_HEADING_NAME = re.compile(r"^(?:heading|tiêu đề|tieu de|titre|überschrift|title)\s*([1-9])$", re.IGNORECASE)

_RPR_TOGGLES = {w("b"): "b", w("i"): "i", w("caps"): "caps", w("vanish"): "vanish",
                w("webHidden"): "vanish"}
_FONT_ATTRS = ("ascii", "hAnsi", "cs", "asciiTheme", "hAnsiTheme", "cstheme")
_RFONTS, _SZ, RSTYLE = w("rFonts"), w("sz"), w("rStyle")
_MISSING = object()


def parse_rpr(rpr) -> dict:
    """Run properties we use, as a flat dict (only what the element sets)."""
    return parse_run_rpr(rpr)[0]


def parse_run_rpr(rpr) -> tuple[dict, str | None]:
    """`parse_rpr`'s dict and the character style (the first w:rStyle's val), in one pass."""
    out: dict = {}
    rstyle = None
    if rpr is None:
        return out, rstyle
    seen_rstyle = False
    for child in rpr:
        tag = child.tag
        key = _RPR_TOGGLES.get(tag)
        if key is not None:
            out[key] = on(child)
        elif tag == RSTYLE:
            if not seen_rstyle:
                seen_rstyle = True
                rstyle = child.get(VAL)
        elif tag == _SZ:
            size = as_int(child.get(VAL))
            if size:
                out["sz"] = size / 2.0
        elif tag == _RFONTS:
            for attr in _FONT_ATTRS:
                value = child.get(W_NS + attr)
                if value:
                    out["f_" + attr.lower()] = value
            # An explicit font at this level beats a theme font inherited from below.
            for plain, theme in (("ascii", "asciitheme"), ("hansi", "hansitheme"), ("cs", "cstheme")):
                if "f_" + plain in out and "f_" + theme not in out:
                    out["f_" + theme] = None
    return out, rstyle


IND, _JC, _NUMPR, _OUTLINE, PSTYLE = w("ind"), w("jc"), w("numPr"), w("outlineLvl"), w("pStyle")
_ILVL, _NUMID = w("ilvl"), w("numId")


def parse_ind(ind) -> dict:
    """w:ind in twips: left, first, hanging (first and hanging come as a pair)."""
    out = {}
    for attr, key in (("left", "left"), ("start", "left"), ("firstLine", "first"), ("hanging", "hanging")):
        value = ind.get(W_NS + attr)
        if value is not None:
            out[key] = as_int(value, 0)
    if "first" in out and "hanging" not in out:
        out["hanging"] = 0
    if "hanging" in out and "first" not in out:
        out["first"] = 0
    return out


def parse_ppr(ppr) -> dict:
    """Paragraph properties we use (jc, ind, outline, num=(numId, ilvl), pstyle), only those set."""
    out: dict = {}
    if ppr is None:
        return out
    for child in ppr:
        tag = child.tag
        if tag == _JC:
            out["jc"] = child.get(VAL)
        elif tag == IND:
            out["ind"] = parse_ind(child)
        elif tag == _OUTLINE:
            out["outline"] = as_int(child.get(VAL))
        elif tag == _NUMPR:
            ilvl, num = child.find(_ILVL), child.find(_NUMID)
            out["num"] = (num.get(VAL) if num is not None else None,
                          as_int(ilvl.get(VAL)) if ilvl is not None else None)
        elif tag == PSTYLE:
            out["pstyle"] = child.get(VAL)
    return out


@dataclass
class Style:
    id: str
    name: str
    type: str
    based_on: str | None
    ppr: dict
    rpr: dict
    borders: bool | None = None  # table styles: visible borders declared


class _LazyStyles:
    """styleId -> Style, parsed on first use: a template declares ~150 styles, a report uses ~10."""

    def __init__(self, elements: dict):
        self._elements = elements
        self._parsed: dict[str, Style] = {}

    def __contains__(self, sid) -> bool:
        return sid in self._elements

    def __getitem__(self, sid: str) -> Style:
        style = self._parsed.get(sid)
        if style is None:
            style = self._parsed[sid] = _parse_style(sid, self._elements[sid])
        return style

    def get(self, sid, default=None):
        return self[sid] if sid in self._elements else default


def _parse_style(sid: str, el) -> Style:
    name_el, based_el = el.find(w("name")), el.find(w("basedOn"))
    stype = el.get(w("type"), "paragraph")
    style = Style(
        id=sid,
        name=name_el.get(VAL) if name_el is not None else sid,
        type=stype,
        based_on=based_el.get(VAL) if based_el is not None else None,
        ppr=parse_ppr(el.find(PPR)),
        rpr=parse_rpr(el.find(RPR)),
    )
    if stype == "table":
        style.borders = borders_visible(el.find(f"{w('tblPr')}/{w('tblBorders')}"))
    return style


_SHARED_PARTS: "OrderedDict[tuple, object]" = OrderedDict()
_SHARED_STYLES: "OrderedDict[tuple, tuple[object, Styles]]" = OrderedDict()
SHARED_MAX = 16


def shared_part(info, parse):
    """A parsed styles/numbering part shared by the files that carry the same bytes.

    The reports of one office come from one template: a 350 KB styles.xml, byte-identical in
    most of them, was ~10 of a read's ~14 ms. The key is the zip entry's name, CRC-32 and size,
    read from the central directory (free); the tree is never modified by the reader.
    """
    key = (info.filename, info.CRC, info.file_size)
    root = _SHARED_PARTS.get(key)
    if root is None:
        root = parse()
        _SHARED_PARTS[key] = root
        if len(_SHARED_PARTS) > SHARED_MAX:
            _SHARED_PARTS.popitem(last=False)
    else:
        _SHARED_PARTS.move_to_end(key)
    return root


def styles_for(root, theme_fonts: dict[str, str]) -> "Styles":
    """Styles of a (shared) styles.xml tree: its resolved facts depend on the tree and the theme
    fonts only, so files sharing both share the caches too."""
    if root is None:
        return Styles(root, theme_fonts)
    key = (id(root), tuple(sorted(theme_fonts.items())))
    found = _SHARED_STYLES.get(key)
    if found is not None and found[0] is root:
        _SHARED_STYLES.move_to_end(key)
        return found[1]
    styles = Styles(root, theme_fonts)
    _SHARED_STYLES[key] = (root, styles)  # the root is held, so its id cannot be reused meanwhile
    if len(_SHARED_STYLES) > SHARED_MAX:
        _SHARED_STYLES.popitem(last=False)
    return styles


def _babel_fish():
    """python-docx's table of built-in style names, from its own file (not the whole package)."""
    from tdkt.pipeline.submodule import load_submodule

    module = load_submodule("docx", "styles/__init__.py", "_tdkt_docx_styles")
    if module is not None and hasattr(module, "BabelFish"):
        return module.BabelFish
    from docx.styles import BabelFish

    return BabelFish


class Styles:
    """styles.xml resolved: style chains, paragraph-style facts and run bases (both cached), fonts."""

    def __init__(self, root, theme_fonts: dict[str, str]):
        self._ui = _babel_fish().internal2ui
        self.theme_fonts = theme_fonts
        self.by_id: _LazyStyles | dict = {}
        self.default_para: str | None = None
        self.default_rpr: dict = {}
        self.default_ppr: dict = {}
        self._cache_p: dict = {}
        self._cache_r: dict = {}
        self._cache_facts: dict = {}
        if root is None:
            return
        defaults = root.find(w("docDefaults"))
        if defaults is not None:
            self.default_rpr = parse_rpr(defaults.find(f"{w('rPrDefault')}/{RPR}"))
            self.default_ppr = parse_ppr(defaults.find(f"{w('pPrDefault')}/{PPR}"))
        elements = {}
        for el in root.iterchildren(w("style")):
            sid = el.get(w("styleId"))
            if sid:
                elements.setdefault(sid, el)
                if on_attr(el.get(w("default"))) and el.get(w("type"), "paragraph") == "paragraph":
                    self.default_para = sid
        self.by_id = _LazyStyles(elements)

    def chain(self, sid: str | None) -> list[Style]:
        """The style and its ancestors, nearest first (cycle-safe)."""
        out: list[Style] = []
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

    def run_facts(self, psid: str | None, rpr_el) -> tuple | None:
        """What a run's text statistics and decoding need, from its w:rPr over its paragraph style:
        ((caps, bold, italic, size in points (10.0 when unset), shown font), legacy font), or None
        for a hidden run (w:vanish). Cached per (paragraph style, direct properties): a report's
        runs repeat a few combinations, so the merged dicts are built once per combination."""
        direct, rstyle = parse_run_rpr(rpr_el)
        key = (psid, rstyle, tuple(direct.items()))
        facts = self._cache_facts.get(key, _MISSING)
        if facts is not _MISSING:
            return facts
        base = self.run_base(psid, rstyle)
        rpr = {**base, **direct} if direct else base
        if rpr.get("vanish"):
            facts = None
        else:
            if any(name.startswith("f_") for name in direct):
                shown, legacy = self.font_of(rpr)
            else:
                shown, legacy = rpr["_font"], rpr["_legacy"]
            facts = ((bool(rpr.get("caps")), bool(rpr.get("b")), bool(rpr.get("i")), rpr.get("sz", 10.0), shown),
                     legacy)
        self._cache_facts[key] = facts
        return facts

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

def borders_visible(borders) -> bool | None:
    """A w:tblBorders element: True when a side is drawn, False when all are nil/none, None if absent."""
    if borders is None:
        return None
    for side in borders:
        if side.get(VAL, "nil") not in ("nil", "none"):
            return True
    return False

