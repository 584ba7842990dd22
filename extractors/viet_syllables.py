"""Is a word a possible Vietnamese syllable? Orthographic phonotactics, no dictionary.

Used to judge a legacy decoding by its result: text decoded with the right table reads as
Vietnamese syllables; decoded with the wrong one (VNI bytes through the TCVN3 table, or the
reverse) it yields letters no syllable can hold ("Boọ", "ủieỔu", "tỉng") or leftover
Latin-1 symbols. A syllable is onset? + vowel group + coda?, with the vowel groups Vietnamese
spelling allows, the codas each group takes, and at most one tone mark.

What it leaves to others: which table to use (legacy_encoding), tone placement (either old
"hoà" or new "hòa" style is accepted: the tone is not checked for position).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["is_syllable", "strip_tones"]

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_TONES_RE = re.compile(f"[{_TONE_MARKS}]")

_ONSET = re.compile(r"^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?")

# Vowel groups (without tone) -> which codas they take: "" open only, "C" needs a coda,
# "*" both. Codas i/u/y/o are written as part of the group ("ai", "ao", "iêu"...), so they
# are listed as groups of their own here.
_GROUPS = {
    "a": "*", "ă": "C", "â": "C", "e": "*", "ê": "*", "i": "*", "o": "*", "ô": "*", "ơ": "*", "u": "*",
    "ư": "*", "y": "*",
    "ai": "", "ao": "", "au": "", "ay": "", "âu": "", "ây": "", "eo": "", "êu": "", "ia": "", "iu": "",
    "oi": "", "ôi": "", "ơi": "", "ua": "", "ui": "", "ưa": "", "ưi": "", "ưu": "", "uơ": "",
    "iê": "C", "yê": "C", "uô": "C", "ươ": "C", "uyê": "C", "oă": "C", "uâ": "C", "oo": "C",
    "oa": "*", "oe": "*", "uê": "*", "uy": "*", "uya": "", "uyu": "", "uây": "", "uôi": "", "ươi": "",
    "ươu": "", "iêu": "", "yêu": "", "oai": "", "oao": "", "oay": "", "oeo": "", "uêu": "",
}
_VOWELS = set("aăâeêioôơuưy")
# The u of "qu" is the rounding glide, spelled o before a/ă/e elsewhere ("hoan", "hoắt", "hoen")
# and u before the others ("huân", "huyết"): "quan" rhymes with "hoan", not with "ua".
_QU_GLIDE = {"a": "oa", "ai": "oai", "ao": "oao", "ay": "oay", "ă": "oă", "e": "oe", "eo": "oeo", "i": "uy"}
# Codas "ch"/"nh" follow only front or low vowels; "i" never takes "ng"/"c" (it is "inh"/"ich").
_PALATAL_OK = {"a", "ê", "i", "y", "oa", "uê", "uy"}
_VELAR_BAD = {"i", "y", "ê", "uy", "uê"}


def strip_tones(word: str) -> str:
    """The word without its tone marks, NFC (vowel shapes ă â ê ô ơ ư kept)."""
    return unicodedata.normalize("NFC", _TONES_RE.sub("", unicodedata.normalize("NFD", word)))


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True when `word` (any case) can be one written Vietnamese syllable."""
    if not word or len(word) > 8:
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(1 for c in decomposed if c in _TONE_MARKS) > 1:
        return False
    base = strip_tones(word.lower())
    onset = _ONSET.match(base).group(0)
    rest = base[len(onset):]
    if onset == "gi" and (not rest or rest[0] not in _VOWELS or rest.startswith(("ê", "e"))):
        onset, rest = "g", base[1:]  # "gì", "giếng" (gi + ê is onset g + "iê")
    if onset == "qu" and not rest:
        return False
    for cut in range(len(rest), 0, -1):  # longest vowel group first
        group, coda = rest[:cut], rest[cut:]
        if any(c not in _VOWELS for c in group):
            continue
        if onset == "qu":
            if group[0] == "u":
                return False  # "quu..." is no spelling
            group = _QU_GLIDE.get(group, "u" + group)
        return _group_takes(group, coda)
    return False


def _group_takes(group: str, coda: str) -> bool:
    kind = _GROUPS.get(group)
    if kind is None:
        return False
    if not coda:
        return kind != "C"
    if coda not in ("c", "ch", "m", "n", "ng", "nh", "p", "t") or kind == "":
        return False
    if coda in ("ch", "nh") and group not in _PALATAL_OK:
        return False
    if coda in ("ng", "c") and group in _VELAR_BAD:
        return False
    return True
