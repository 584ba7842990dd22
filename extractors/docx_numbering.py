"""DOCX numbering: numbering.xml -> the list labels Word renders ("1.", "a)", "II.", "•").

Reads abstractNum/num definitions (lvlOverride, startOverride, numStyleLink through a
numbering style, levels linked to paragraph styles by w:pStyle) and keeps Word's counters:
they belong to the abstract numbering, so numIds sharing an abstractNum continue one
sequence, a numId with lvlOverride/startOverride restarts its levels on first use, and a
level restarts whenever a shallower level advances. Formats: decimal, decimalZero,
upper/lowerRoman, upper/lowerLetter, bullet, none; lvlText patterns such as "%1.",
"%1.%2.", "%2)"; isLgl. Labels go to Block.list_label, never into the text.
What it leaves to others: deciding which numId/ilvl a paragraph has (docx_reader, from its
pPr or style via docx_styles) and the indents of a paragraph (docx_reader merges the level's
indent returned here).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field

from tdkt.extractors.docx_styles import IND, PSTYLE, Styles, parse_ind
from tdkt.extractors.docx_xml import PPR, SYMBOL_CHARS, VAL, as_int, on, w


@dataclass
class Level:
    """One list level (w:lvl): start, format, label pattern, linked style, indent."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    is_lgl: bool = False
    pstyle: str | None = None
    ind: dict = field(default_factory=dict)


def _parse_level(el) -> Level:
    lvl = Level()
    for child in el:
        tag = child.tag
        if tag == w("start"):
            lvl.start = as_int(child.get(VAL), 1)
        elif tag == w("numFmt"):
            lvl.fmt = child.get(VAL, "decimal")
        elif tag == w("lvlText"):
            lvl.text = child.get(VAL, "")
        elif tag == w("isLgl"):
            lvl.is_lgl = on(child)
        elif tag == PSTYLE:
            lvl.pstyle = child.get(VAL)
        elif tag == PPR:
            ind = child.find(IND)
            if ind is not None:
                lvl.ind = parse_ind(ind)
    return lvl


class Numbering:
    """numbering.xml definitions plus the running counters of one document read."""

    def __init__(self, root, styles: Styles):
        self.counters: dict[str, list[int | None]] = {}  # resolved abstractNumId -> per level
        self.entered: set[tuple[str, int]] = set()  # (numId, ilvl) already used
        self.styles = styles
        self.abstract, self.style_link, self.nums = _definitions(root)

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

    def _abstract_levels(self, aid: str) -> dict[int, Level]:
        return self.abstract.get(self._resolve(aid), {})

    def level(self, nid: str, ilvl: int) -> Level | None:
        entry = self.nums.get(nid)
        if entry is None:
            return None
        aid, overrides, starts = entry
        lvl = overrides.get(ilvl) or self._abstract_levels(aid).get(ilvl)
        if lvl is None:
            return None
        if ilvl in starts:
            lvl = Level(starts[ilvl], lvl.fmt, lvl.text, lvl.is_lgl, lvl.pstyle, lvl.ind)
        return lvl

    def ilvl_for_style(self, nid: str, style_id: str | None) -> int:
        entry = self.nums.get(nid)
        if entry and style_id:
            for ilvl, lvl in self._abstract_levels(entry[0]).items():
                if lvl.pstyle == style_id:
                    return ilvl
        return 0

    def next_label(self, nid: str, ilvl: int) -> tuple[str | None, Level | None]:
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


class _Definitions:
    """The definitions of one numbering.xml tree, read once: a template's numbering part is
    shared by its files (docx_styles.shared_part), and nothing here changes while reading."""

    def __init__(self, root):
        self.abstract: dict[str, dict[int, Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNum numStyleLink -> style id
        self.nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        if root is None:
            return
        for el in root.iterchildren(w("abstractNum")):
            aid = el.get(w("abstractNumId"))
            self.abstract[aid] = {as_int(lv.get(w("ilvl")), 0): _parse_level(lv) for lv in el.iterchildren(w("lvl"))}
            link = el.find(w("numStyleLink"))
            if link is not None and link.get(VAL):
                self.style_link[aid] = link.get(VAL)
        for el in root.iterchildren(w("num")):
            nid = el.get(w("numId"))
            abs_el = el.find(w("abstractNumId"))
            if nid is None or abs_el is None:
                continue
            levels: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for ov in el.iterchildren(w("lvlOverride")):
                ilvl = as_int(ov.get(w("ilvl")), 0)
                lvl_el = ov.find(w("lvl"))
                if lvl_el is not None:
                    levels[ilvl] = _parse_level(lvl_el)
                so = ov.find(w("startOverride"))
                if so is not None:
                    starts[ilvl] = as_int(so.get(VAL), 1)
            self.nums[nid] = (abs_el.get(VAL), levels, starts)


# id(numbering tree) -> (the tree, its definitions); the tree is held, so its id is not reused.
_SHARED_DEFINITIONS: OrderedDict[int, tuple] = OrderedDict()
_SHARED_MAX = 32


def _definitions(root) -> tuple[dict, dict, dict]:
    """(abstract levels, numStyleLinks, nums) of a numbering tree, read once per (shared) tree."""
    if root is None:
        return {}, {}, {}
    found = _SHARED_DEFINITIONS.get(id(root))
    if found is None or found[0] is not root:
        found = _SHARED_DEFINITIONS[id(root)] = (root, _Definitions(root))
        if len(_SHARED_DEFINITIONS) > _SHARED_MAX:
            _SHARED_DEFINITIONS.popitem(last=False)
    else:
        _SHARED_DEFINITIONS.move_to_end(id(root))
    defs = found[1]
    return defs.abstract, defs.style_link, defs.nums


def _bullet(text: str) -> str:
    text = (text or "").strip()
    if not text:
        return "•"
    code = ord(text[0])
    if 0xF000 <= code <= 0xF0FF:
        return SYMBOL_CHARS.get(code - 0xF000, "•")
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
