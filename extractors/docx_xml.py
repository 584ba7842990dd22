"""WordprocessingML vocabulary shared by the DOCX reader modules.

Namespaces, precomputed tag names (compared by string equality in the hot loops) and the
tiny attribute helpers every part reader needs: toggles (w:b, w:caps...), integer values,
a child's w:val. It also holds the Symbol/Wingdings private-use code -> bullet table used
for both w:sym runs and bullet list labels.
What it leaves to others: all reading (docx_package, docx_styles, docx_numbering,
docx_runs, docx_layout, docx_reader).
"""

from __future__ import annotations

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_NS = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
M_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"


def w(name: str) -> str:
    """Clark name of a w: element or attribute."""
    return W_NS + name


P, R, T, TBL, TR, TC, SDT, SDT_CONTENT = map(w, ("p", "r", "t", "tbl", "tr", "tc", "sdt", "sdtContent"))
PPR, RPR, TAB, PTAB, BR, CR = map(w, ("pPr", "rPr", "tab", "ptab", "br", "cr"))
SOFT_HYPHEN, NB_HYPHEN, SYM, TXBX = map(w, ("softHyphen", "noBreakHyphen", "sym", "txbxContent"))
VAL = w("val")
ALT_CONTENT, MC_CHOICE, MC_FALLBACK = MC_NS + "AlternateContent", MC_NS + "Choice", MC_NS + "Fallback"
MATH_T = M_NS + "t"
FALSE = {"0", "false", "off", "none"}

# Symbol / Wingdings code points (after removing the U+F000 private-use offset) -> Unicode.
SYMBOL_CHARS = {0xB7: "•", 0xA7: "▪", 0xD8: "➢", 0x76: "❖", 0xFC: "✓", 0x6C: "●", 0x6E: "■", 0x71: "❑",
                0xA8: "□", 0xFE: "☒", 0x2D: "-", 0xE0: "→", 0xF0: "⇒", 0x9F: "•"}


def on(el) -> bool:
    """A toggle property element (w:b, w:i, w:caps...): on unless val says off."""
    return el.get(VAL, "true").lower() not in FALSE


def on_attr(value) -> bool:
    """A toggle attribute (w:default="1"): off when absent."""
    return value is not None and value.lower() not in FALSE


def as_int(value, default=None):
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return default


def first_child(parent, tag: str):
    """parent.find(tag) for one Clark tag: the first child with that tag, or None. A loop over the
    few children of a property element costs a fifth of find()'s ElementPath machinery."""
    for el in parent:
        if el.tag == tag:
            return el
    return None


def val(parent, name: str):
    """w:val of the child w:<name> of parent, or None."""
    el = first_child(parent, W_NS + name) if parent is not None else None
    return el.get(VAL) if el is not None else None
