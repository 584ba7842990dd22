"""Make text taken from a report safe to put in a spreadsheet cell or a CSV field.

Report text is hostile input: a sentence may start with "=", "+", "-" or "@" (a formula or
DDE payload when a spreadsheet program evaluates it), carry tabs, control characters or
characters XML cannot hold (openpyxl refuses them), or run for pages. This module only cleans
and shortens strings; the workbook writer additionally stores every string cell as text
(never as a formula), and the CSV writer quotes risky leading characters with `csv_field`.
"""

from __future__ import annotations

import re
import unicodedata

ELLIPSIS = "…"
EXCEL_CELL_LIMIT = 32767  # characters Excel can hold in one cell
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")

# XML 1.0 forbids C0 controls except tab/newline/CR, lone surrogates and U+FFFE/U+FFFF.
# C1 controls and bidi overrides are legal XML but only ever hide or reorder text.
_DROP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
    "\u202a-\u202e\u2066-\u2069]"
)
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_NEWLINES = re.compile(r"\s*\n\s*")
# Anything clean_text would change; most report text has none of it and takes the fast path.
_NEEDS_WORK = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069\u00a0\u200b]"
)


def clean_text(value, limit: int | None = None, *, multiline: bool = False) -> str:
    """A printable NFC string: controls dropped, tabs and runs of spaces made one space,
    line breaks kept only when `multiline`, cut to `limit` characters with an ellipsis."""
    if value is None:
        return ""
    text = str(value)
    limit = min(limit or EXCEL_CELL_LIMIT, EXCEL_CELL_LIMIT)
    if (len(text) <= limit and not _NEEDS_WORK.search(text) and "  " not in text
            and not text[:1].isspace() and not text[-1:].isspace() and unicodedata.is_normalized("NFC", text)):
        return text
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _DROP.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _NEWLINES.sub("\n", text).strip()
    if not multiline:
        text = text.replace("\n", " ")
    return shorten(text, limit)


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary near `limit` and end with an ellipsis (the result fits `limit`)."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space > limit * 0.7:  # avoid chopping a word when a boundary is close
        cut = cut[:space]
    return cut.rstrip(" ,;:") + ELLIPSIS


_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


def cell_text(value: str) -> str:
    """Last guard before a string goes into a cell: cheap when the text is already clean."""
    if len(value) > EXCEL_CELL_LIMIT or _UNSAFE.search(value):
        return clean_text(value, multiline=True)
    return value


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet program would read the text as a formula or command."""
    return bool(text) and text.startswith(FORMULA_TRIGGERS)


def csv_field(value):
    """A CSV value that Excel or LibreOffice will not evaluate: risky text gets a leading
    apostrophe (the OWASP advice for CSV); numbers and dates pass unchanged."""
    if isinstance(value, str):
        text = clean_text(value, multiline=True)
        return "'" + text if looks_like_formula(text) else text
    return value
