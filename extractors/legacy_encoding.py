"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI) -> Unicode.

Before Unicode, Vietnamese offices typed in 8-bit fonts: the glyph drawn for a byte depends
on the font, so the text itself is Latin-1 gibberish ("B¸o c¸o", "Baùo caùo") until we know
the font. A DOCX or PDF keeps those bytes as the code points U+00A0..U+00FF.

- TCVN3 (TCVN 5712:1993, the "VN3" subset used by the ABC fonts .VnTime, .VnArial...):
  one byte per letter. VN3 has no capitals with tone marks; offices use the "H" fonts
  (.VnTimeH, .VnArialH) whose lower-case positions are drawn as capitals, so text in those
  fonts is decoded and then upper-cased. Byte 0xAD (the soft hyphen in Latin-1) is the
  letter "ư" - readers must keep soft hyphens of legacy runs for this module.
  The extra capitals of the full VN1 table (0xAF, 0xBA, 0xBF, 0xC0-0xC5, 0xCD, 0xD9-0xDB,
  0xE0, 0xF0, 0xFF) and the five spacing tone marks 0xB0-0xB4 are decoded as well.
- VNI (VNI-Windows, fonts VNI-Times, VNI-Helve...): composite; a vowel is the base Latin
  letter followed by a mark character ("a" + "ù" = "á", "o" + "á" = "ố"); đ ư ơ and the
  i-family letters ị ỉ ĩ are single characters (ñ ö ô ò æ ó). Capitals take the upper-case
  marks ("AÙ" = "Á"); a mark of the other case is accepted too.

- Mixed files: a run whose words are Vietnamese syllables only through the other table (a VNI
  paragraph whose font was renamed to a TCVN3 one) is decoded with that table (`run_encoding`,
  judged by viet_syllables; needs two words, or one whole word of 3+ letters).
- PDFs: U+2212 and U+2219 in a TCVN3 font are the bytes 0xAD (ư) and 0xB7 (ã) that Word/Acrobat
  drew from a separate CID font (measured on real files; see docs/performance.md).

What this module does not do: it does not find fonts in files (readers do), does not match font
names (legacy_fonts does; re-exported here) and does not normalise tone placement or whitespace
(pipeline.normalize does).

Public API (stable, used by the DOCX and PDF readers):
    encoding_for_font(font_name) -> "tcvn3" | "vni" | None
    is_capitals_font(font_name) -> bool
    decode_legacy(text, font_name) -> str   (text already in Unicode Vietnamese is left alone)
    run_encoding(text, declared) -> "tcvn3" | "vni"
    is_unicode_vietnamese(text) -> bool
    decode(text, encoding, capitals=False) -> str
    guess_encoding(text) -> "tcvn3" | "vni" | None
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["encoding_for_font", "is_capitals_font", "decode_legacy", "decode", "guess_encoding",
           "is_unicode_vietnamese", "run_encoding",
           "TCVN3_TABLE", "VNI_SINGLE", "VNI_MARKS"]

from tdkt.extractors.legacy_fonts import encoding_for_font, is_capitals_font  # noqa: E402 (re-exported)
from tdkt.extractors.viet_syllables import is_syllable  # noqa: E402

# --------------------------------------------------------------------------------------------
# TCVN3 (TCVN 5712:1993). Byte -> letter, transcribed from the standard's VN3 chart.

_TCVN3_CHART = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    # spacing tone marks (grave, hook, tilde, acute, dot below): combine with the letter before
    0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
    # VN1 capitals placed in positions VN3 leaves empty
    0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ",
    0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
}

TCVN3_TABLE: dict[int, str] = dict(_TCVN3_CHART)
# Symbol-charset fonts are sometimes stored in the private-use block U+F020..U+F0FF.
TCVN3_TABLE.update({0xF000 + b: ch for b, ch in _TCVN3_CHART.items()})
TCVN3_TABLE.update({0xF000 + b: chr(b) for b in range(0x20, 0x7F)})

# --------------------------------------------------------------------------------------------
# VNI. Single-character letters and the marks that follow a base vowel.

VNI_SINGLE = {"ñ": "đ", "Ñ": "Đ", "ö": "ư", "Ö": "Ư", "ô": "ơ", "Ô": "Ơ",
              "ò": "ị", "Ò": "Ị", "ó": "ĩ", "Ó": "Ĩ", "æ": "ỉ", "Æ": "Ỉ", "î": "ỵ", "Î": "Ỵ"}
# ì í Ì Í are the letters they look like in VNI too. ỵ is the single character î (the dot
# would collide with the tail of y); "yî" and "yï", met in converted files, also read as ỵ.

_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"

# mark character (lower-case form) -> (vowel modifier, tone)
VNI_MARKS: dict[str, tuple[str, str]] = {
    "ø": ("", _GRAVE), "ù": ("", _ACUTE), "û": ("", _HOOK), "õ": ("", _TILDE), "ï": ("", _DOT),
    "â": (_CIRC, ""), "à": (_CIRC, _GRAVE), "á": (_CIRC, _ACUTE), "å": (_CIRC, _HOOK),
    "ã": (_CIRC, _TILDE), "ä": (_CIRC, _DOT),
    "ê": (_BREVE, ""), "è": (_BREVE, _GRAVE), "é": (_BREVE, _ACUTE), "ú": (_BREVE, _HOOK),
    "ü": (_BREVE, _TILDE), "ë": (_BREVE, _DOT),
}
_MODIFIER_BASES = {_CIRC: "aeo", _BREVE: "a", "": "aeiouyơư"}


def _build_vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    bases = {"a": "a", "e": "e", "i": "i", "o": "o", "u": "u", "y": "y", "ô": "ơ", "ö": "ư"}
    for vni_base, letter in bases.items():
        for mark, (modifier, tone) in VNI_MARKS.items():
            if letter not in _MODIFIER_BASES[modifier]:
                continue
            lower = unicodedata.normalize("NFC", letter + modifier + tone)
            upper = lower.upper()
            for b, m, out in ((vni_base, mark, lower), (vni_base.upper(), mark.upper(), upper),
                              (vni_base.upper(), mark, upper), (vni_base, mark.upper(), lower)):
                pairs.setdefault(b + m, out)
    for b, m in (("y", "î"), ("Y", "Î"), ("Y", "î"), ("y", "Î")):
        pairs[b + m] = "Ỵ" if b == "Y" else "ỵ"
    return pairs


_VNI_PAIRS = _build_vni_pairs()
_VNI_RE = re.compile(
    "|".join(sorted((re.escape(k) for k in list(_VNI_PAIRS) + list(VNI_SINGLE)), key=len, reverse=True))
)
_VNI_ALL = {**VNI_SINGLE, **_VNI_PAIRS}

# --------------------------------------------------------------------------------------------
# Code points a PDF text layer puts out in place of a TCVN3 byte. Word/Acrobat draw the two
# Latin-1 "special" positions of a .VnTime font (0xAD soft hyphen, 0xB7 middle dot) through a
# separate CID font whose ToUnicode maps them to U+2212 MINUS SIGN and U+2219 BULLET OPERATOR.
# Measured on the five TCVN3 PDFs of the viparse corpus: 124 U+2212 and 2 U+2219 in fonts named
# "VnTime"/".VnTime"/"VnTimeHBold" (CID TrueType, Identity-H), every one a letter ("n−íc" is
# nước, "Th∙" is Thã... ), none between digits; no other substitution occurs there, and the
# DOCX path (LibreOffice's import of .doc/.rtf) substitutes none (0xAD arrives as w:softHyphen).
_PDF_GLYPHS = {"\u2212": "\xad", "\u2219": "\xb7"}
_PDF_GLYPH_RE = re.compile("[\u2212\u2219]")


def _restore_pdf_glyphs(text: str) -> str:
    """U+2212/U+2219 back to their TCVN3 bytes, except a minus sign next to a number ("5 − 3",
    "−2"). A lone "−" (a PDF font run of its own) is the letter."""
    def swap(m: re.Match) -> str:
        if m.group(0) == "\u2212":
            before = text[:m.start()].rstrip()[-1:]
            after = text[m.end():].lstrip()[:1]
            if before.isdigit() or (after.isdigit() and not before.isalpha()):
                return m.group(0)
        return _PDF_GLYPHS[m.group(0)]
    return _PDF_GLYPH_RE.sub(swap, text)


# --------------------------------------------------------------------------------------------
# Decoding


_COMBINING = re.compile("[\u0300-\u0323]")
_PUA = re.compile("[\uf000-\uf0ff]")


def _decode_tcvn3(text: str) -> str:
    if "\u2212" in text or "\u2219" in text:
        text = _restore_pdf_glyphs(text)
    out = text.translate(TCVN3_TABLE)
    if _COMBINING.search(out):
        out = unicodedata.normalize("NFC", out)
    return out


def _decode_vni(text: str) -> str:
    text = text.translate(_PUA_TO_LATIN1) if _PUA.search(text) else text
    return _VNI_RE.sub(lambda m: _VNI_ALL[m.group(0)], text)


_PUA_TO_LATIN1 = {0xF000 + b: chr(b) for b in range(0x20, 0x100)}


def decode(text: str, encoding: str | None, capitals: bool = False) -> str:
    """Convert `text` from `encoding` ("tcvn3" | "vni") to Unicode; None leaves it unchanged."""
    if not text or encoding is None:
        return text
    if encoding == "tcvn3":
        out = _decode_tcvn3(text)
    elif encoding == "vni":
        out = _decode_vni(text)
    else:
        return text
    return out.upper() if capitals else out


def decode_legacy(text: str, font_name: str | None) -> str:
    """A run's text in Unicode: decoded when `font_name` is a legacy font, unchanged otherwise.

    Text drawn with a capitals-only TCVN3 font (.VnTimeH...) comes back upper-case. When the
    run's letters read clearly better through the other table (a VNI paragraph whose font was
    switched to a TCVN3 name, as in mixed-encoding files), the other table is used.
    """
    encoding = encoding_for_font(font_name)
    if encoding is None or not text or is_unicode_vietnamese(text):
        return text
    encoding = run_encoding(text, encoding)
    return decode(text, encoding, capitals=encoding == "tcvn3" and is_capitals_font(font_name))


def run_encoding(text: str, declared: str) -> str:
    """The encoding to decode one legacy run with: `declared` unless the other table turns
    more of the run's words into Vietnamese syllables and fewer into non-words."""
    if text.isascii() and "\u2212" not in text:
        return declared
    good, bad = _judge(text, declared)
    if not bad:
        return declared
    other = "vni" if declared == "tcvn3" else "tcvn3"
    other_good, other_bad = _judge(text, other)
    # Two words, or one whole word of three letters or more: one-letter runs and the pieces
    # of words split over runs prove nothing.
    enough = other_good >= 2 or (other_good == 1 and bad == 1 and len(text.strip()) >= 3)
    if enough and other_bad < bad and other_good - 2 * other_bad > good - 2 * bad:
        return other
    return declared


def is_unicode_vietnamese(text: str) -> bool:
    """True when `text` holds letters only Unicode Vietnamese has (ă ơ ư đ ĩ ũ, U+1EA0..U+1EF9,
    combining tone marks). Legacy 8-bit text never does, so such a run was already converted
    (Unikey and friends convert the text but often leave the .VnTime font name behind)."""
    return bool(_UNICODE_VIET.search(text))


# --------------------------------------------------------------------------------------------
# Judging a decoding by its words; guessing from the characters alone (no font name).

# Letters that only Unicode Vietnamese has; any of them means the text is already Unicode.
_UNICODE_VIET = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                           "\u1ea0-\u1ef9\u0300-\u0323]")
# Characters a Vietnamese Unicode text practically never holds but legacy text is full of.
_TCVN3_MARKERS = frozenset("¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßñö÷øþ")
_VNI_MARKERS = frozenset("äåæëîïñöøûüÄÅÆËÎÏÑÖØÛÜ")
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]\"'/\-–—…“”‘’*%+=<>|&_]+")


def _case_break(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def _judge(text: str, encoding: str) -> tuple[int, int]:
    """(words that decode to syllables, words that decode to non-words) among the words with
    non-ASCII characters."""
    good = bad = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        # A word the table leaves alone counts too: VNI's ì/í are themselves, while a TCVN3
        # byte left in a "VNI" word makes it a non-word.
        decoded = decode(word, encoding)
        # VNI writes case per character, so a capital after a small letter ("tÝnh") is a
        # TCVN3 byte; TCVN3 has no toned capitals, so "PHầN" is normal there.
        if is_syllable(decoded) and (encoding == "tcvn3" or not _case_break(decoded)):
            good += 1
        else:
            bad += 1
    return good, bad


def guess_encoding(text: str) -> str | None:
    """"tcvn3" or "vni" when the characters alone make a strong case, else None.

    Never converts text that already has Unicode Vietnamese letters, nor ASCII text. It asks
    for at least three words carrying legacy-only characters that decode to valid Vietnamese
    syllables, and for 80 % of the changed words to decode to syllables.
    """
    if not text or text.isascii() or _UNICODE_VIET.search(text):
        return None
    best: tuple[int, str] | None = None
    for encoding, markers in (("tcvn3", _TCVN3_MARKERS), ("vni", _VNI_MARKERS)):
        changed = valid = strong = 0
        for word in _WORD.findall(text):
            if word.isascii():
                continue
            decoded = decode(word, encoding)
            if decoded == word:
                continue
            changed += 1
            ok = is_syllable(decoded)
            valid += ok
            if ok and any(c in markers for c in word):
                strong += 1
        if strong >= 3 and valid >= 0.8 * changed:
            if best is None or strong > best[0]:
                best = (strong, encoding)
    return best[1] if best else None
