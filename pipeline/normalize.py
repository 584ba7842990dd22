"""Text normalisation applied to every block, and the tone fold applied where text is compared.

`normalize_text(text)` (every reader, on every block; the Document's text is what the file says):
- Unicode NFC (decomposed input from Mac/PDF tools becomes precomposed);
- tone placement is KEPT as the file has it ("hoà" stays "hoà", "hòa" stays "hòa"): evidence,
  notes and metadata quote the file faithfully;
- zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) and soft hyphens removed;
- Ð/ð (eth, which some keyboards and converters produce) -> Đ/đ;
- NBSP, the other Unicode spaces and tabs -> space; runs of spaces collapsed; spaces around
  line breaks dropped; empty lines dropped (line breaks themselves are kept: a DOCX w:br or
  a header cell's lines stay separate lines); the result is stripped.

`fold_tone(text)` (every comparison: the matcher's canonical form, unit and roster names,
metadata cues, the evaluator's labels, rule phrases): ONE tone convention, the "old style" the
directive and Decree 30/2020 forms use: in the open syllables oa, oe, uy the tone sits on the
FIRST vowel - "hòa", "hóa", "khỏe", "thủy", "ủy" ("hoà", "hoá", "khoẻ", "thuỷ", "uỷ" are
rewritten). Closed syllables keep the tone on the second vowel in both conventions ("hoàn",
"khuyến") and are left alone, as is "qu" + y ("quý": the u belongs to the onset). On NFC text the
fold keeps the length, so a span found in folded text is the same span of the original.
`compare_form(text)` is normalize_text then fold_tone.

Fast by construction (it runs on every block): str.translate + precompiled regexes, an ASCII
fast path. Abbreviation expansion and legacy-font decoding are not done here
(see extractors.legacy_encoding: soft hyphens must be decoded as TCVN3 "ư" before this runs).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_text", "fold_tone", "compare_form", "tone_tolerant", "TONE_CONVENTION"]

TONE_CONVENTION = "old"  # what fold_tone gives: tone on the first vowel of open oa/oe/uy: hòa, khỏe, thủy

_DELETE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                 "\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"), " ")
# Ð/ð (Icelandic eth) stand in for Đ/đ in text from some keyboards and converters.
_TRANSLATE = {**_DELETE, **_SPACES, ord("\r"): "\n", 0x2028: "\n", 0x2029: "\n", 0x85: "\n",
              0xD0: "Đ", 0xF0: "đ"}

_H_SPACE = re.compile(r" {2,}")
_AROUND_NL = re.compile(r" *\n[ \n]*")

_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def _tone_table() -> dict[str, str]:
    """'oà' -> 'òa', 'uỷ' -> 'ủy'... for every tone and case combination."""
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for f in (first, first.upper()):
            for s in (second, second.upper()):
                for tone in _TONE_MARKS:
                    new_style = f + unicodedata.normalize("NFC", s + tone)
                    old_style = unicodedata.normalize("NFC", f + tone) + s
                    table[new_style] = old_style
    return table


_TONE_TABLE = _tone_table()
_LETTER_AFTER = r"(?![^\W\d_])"
_SECONDS = "".join(sorted({k[1] for k in _TONE_TABLE}))
# One character class per position (no alternation, no lookbehind): the engine scans it fast.
# "qu" + y keeps its tone ("quý": the u belongs to the onset) - checked in the callback.
_TONE_RE = re.compile(f"[oOuU][{_SECONDS}]{_LETTER_AFTER}")
# Characters translate() has work to do on; searching first is much cheaper than translating.
_ODD_RE = re.compile("[\u00d0\u00f0\u00a0\u00ad\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\t\x0b\x0c\r\x85]")


def _tone_sub(match: re.Match) -> str:
    pair = match.group(0)
    start = match.start()
    if start and match.string[start - 1] in "qQ":
        return pair
    return _TONE_TABLE.get(pair, pair)  # "uà", "oỳ" are not in the table: unchanged


def normalize_text(text: str) -> str:
    """Canonical form of a block's text (see module docstring)."""
    if not text:
        return ""
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if _ODD_RE.search(text):
            text = text.translate(_TRANSLATE)
    elif _ODD_RE.search(text):
        text = text.translate(_TRANSLATE)
    if "  " in text:
        text = _H_SPACE.sub(" ", text)
    if "\n" in text:
        text = _AROUND_NL.sub("\n", text)
    return text.strip()


def fold_tone(text: str) -> str:
    """The old tone placement in open oa/oe/uy ("hoà" -> "hòa", "Uỷ" -> "Ủy"), for comparing.

    Expects NFC text (what normalize_text gives); ASCII text is returned as is.
    """
    if not text or text.isascii():
        return text
    return _TONE_RE.sub(_tone_sub, text)


def compare_form(text: str) -> str:
    """normalize_text, then fold_tone: the form two texts are compared in."""
    return fold_tone(normalize_text(text))


_OLD_TO_NEW = {old: new for new, old in _TONE_TABLE.items()}
# An old-style open pair inside a regex built from folded text: the next character is no letter.
_OLD_PAIR_RE = re.compile("(?<![qQ])(?:" + "|".join(map(re.escape, _OLD_TO_NEW)) + f"){_LETTER_AFTER}")


def tone_tolerant(pattern: str) -> str:
    """A regex fragment written in the old placement ("hòa") that also matches the new ("hoà").

    For patterns matched against a Document's own text, which keeps the file's placement.
    """
    if pattern.isascii():
        return pattern
    return _OLD_PAIR_RE.sub(lambda m: f"(?:{m.group(0)}|{_OLD_TO_NEW[m.group(0)]})", pattern)
