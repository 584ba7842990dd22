"""Text helpers for drafting rules from a directive: lines from a file's text, paragraphs cut
by a page break joined, sentences and clauses, rule phrases and figure names from words.

Pure string functions; they know Vietnamese administrative writing, not the directive's content.
"""

from __future__ import annotations

import re
import unicodedata

from tdkt.pipeline.normalize import normalize_text

_MARKUP = re.compile(r"\*\*|__|^#+\s*")
# A line that goes on in the next one: it ends without closing punctuation and the next starts
# in lower case (a paragraph cut by a page break or a hard line wrap).
_OPEN_END = re.compile(r"[\w,\-–]$")
_STARTS_LOWER = re.compile(r"^[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]")


_LETTER_ITEM = re.compile(r"^[a-zđ]\)\s")  # "a) ..." opens a point of its own


def clean_lines(text: str) -> list[str]:
    """Non-empty lines, normalised, markup (** bold **) removed, cut paragraphs joined."""
    lines: list[str] = []
    for raw in normalize_text(text).split("\n"):
        line = _MARKUP.sub("", raw).strip()
        if not line:
            continue
        if lines and _OPEN_END.search(lines[-1]) and _STARTS_LOWER.match(line) \
                and not _LETTER_ITEM.match(line) and not lines[-1].endswith(":"):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ỹ“\"(])")


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph: a full stop followed by a capital (not "số 15/KH-UBND.")."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def split_outside(text: str, separators: str) -> list[str]:
    """Split on any of `separators` outside quotes and brackets."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch in "“”\"":
            quoted = (ch == "“") or (ch == '"' and not quoted)
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in separators and depth == 0 and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


_PUNCT = re.compile(r"[^\w%]+")
_LEADING_ZERO = re.compile(r"(?<![\w.,])0+(?=\d)")


def phrase(text: str) -> str:
    """A rule phrase from the directive's words: lower case, punctuation as spaces, no leading
    zeros — the canonical form the matcher compares (it canonicalises phrases the same way)."""
    s = normalize_text(text).lower()
    s = _LEADING_ZERO.sub("", s)
    return " ".join(_PUNCT.sub(" ", s).split())


def strip_accents(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def slug(text: str) -> str:
    """A figure's name from its title: "Lao động tiên tiến" -> "lao_dong_tien_tien"."""
    return "_".join(strip_accents(phrase(text)).split())


def words(text: str) -> list[str]:
    return phrase(text).split()


def shorten(text: str, limit: int = 70) -> str:
    """A label: the first words of a point, cut at a word boundary."""
    text = " ".join(text.split()).rstrip(".;:")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–")
    return cut + "…"


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
