"""A signer's name from several OCR readings of its row: each reading's name, then a vote.

A stamp's ring across or along a name's letters makes each single reading break somewhere
else ("kê VĂX Thành", "_kê Vần Thành", "“ ge văn Thành" for "Lê Văn Thành"). Each reading
gives the name it holds — the words at the row's end that start with a family name and go on
with name syllables, each word taken as the one known syllable it is or is a letter from
(viet_names.snap) — and the name most readings give wins, only when enough of them agree.
No name is better than a wrong one: a vote without a clear winner gives None.
What it leaves to others: making the readings (ocr_reader), the lists of names (viet_names).
"""

from __future__ import annotations

import re
from collections import Counter

from tdkt.extractors.viet_names import snap

# A military rank before the name ("Thượng tá Lê Minh Tuấn"): the name starts after it.
_RANK_TAIL = re.compile(r"^(?:t[aá]|[uú][yý]|tư[oơ]ng|tướng)$", re.IGNORECASE)
_EDGE = "\"'`“”‘’_~|^ˆ*®°$<>»«.,;:()[]!?-—–"


def name_in(words: list[str]) -> tuple[int, list[str]] | None:
    """(index in `words` of the name's first word, the name's words as known syllables) of the
    name a reading's words end with, or None. The name is 3-5 words (2 when read exactly): a
    family name, then name syllables, up to the row's end; a rank word before it is skipped."""
    # two words read as one where a ring joined them ("ThỳThu"): cut before an inner capital
    split = [(k, part) for k, w in enumerate(words) for part in _cut_at_inner_capital(w)]
    found = _name_in([part for _, part in split])
    return (split[found[0]][0], found[1]) if found else None


def exact_name(words: list[str]) -> bool:
    """The words end with a name read exactly: every word a known name as it stands."""
    found = name_in(words)
    if not found:
        return False
    tail = [w.strip(_EDGE) for w in words[found[0]:]]
    return [w for w in tail if w] == found[1]


def _name_in(words: list[str]) -> tuple[int, list[str]] | None:
    cleaned = [w.strip(_EDGE) for w in words]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    last_rank = max((k for k, w in enumerate(cleaned) if _RANK_TAIL.match(w)), default=-1)
    for start in range(last_rank + 1, len(cleaned) - 1):
        tail = cleaned[start:]
        if not 2 <= len(tail) <= 5 or not tail[0]:
            continue
        family = snap(_letters_after_junk(tail[0]), family=True)
        # Two family names, a father's and a mother's ("Trần Nguyễn Minh Thành"), when both
        # are read exactly: a snapped first word before a family name is a speck ("ra" → "Ma").
        both = family == tail[0] and len(tail) >= 4 and snap(tail[1], family=True) == tail[1]
        rest = [(tail[1] if k == 0 and both else snap(w, family=False, middle=k == 0 and len(tail) >= 3))
                if w else None for k, w in enumerate(tail[1:])]
        exact = family == tail[0] and rest == tail[1:]
        if family and all(rest) and (len(tail) >= 3 or exact):
            # two words only when read exactly: a middle word lost under a ring leaves two
            # ("ˆY Lên Thành" for "Lê Văn Thành")
            return start, [family, *rest]
    return None


def _letters_after_junk(word: str) -> str:
    """A family name word with a stamp's lettering glued before it ("*2›bê", "2)Lê") is the
    run of letters it ends with; a word of letters alone is itself."""
    found = re.search(r"[^\W\d_]+$", word)
    return found.group() if found and len(found.group()) >= 2 else word


def _cut_at_inner_capital(word: str) -> list[str]:
    """ "ThỳThu" → ["Thỳ", "Thu"]: a capital after a small letter starts another word."""
    parts, start = [], 0
    for k in range(1, len(word)):
        if word[k].isupper() and word[k - 1].islower():
            parts.append(word[start:k])
            start = k
    return [*parts, word[start:]]


def vote(readings: list[list[str]], min_share: float = 0.3) -> tuple[list[str], int] | None:
    """The name most readings hold, with its count, when it has at least two readings and
    `min_share` of those giving a name, and more than any other name; else None."""
    names = Counter(" ".join(found[1]) for found in map(name_in, readings) if found)
    if not names:
        return None
    ranked = names.most_common(2)
    best, count = ranked[0]
    total = sum(names.values())
    if count < 2 or count < min_share * total or (len(ranked) > 1 and ranked[1][1] == count):
        return None
    return best.split(), count



def pooled_vote(readings: list[list[str]], own: int, min_exact: int = 2,
                min_share: float = 2 / 3) -> tuple[list[str], int] | None:
    """The one name some readings give exactly (every word a known name as it stands), with
    the readings that back it, for a row the stricter vote over the page's readings and the
    in-painted view's left unsettled because the other readings each broke a word otherwise.
    A reading backs the name when its last words are each the name's word or one letter from
    it: "Mình" (a letter from "Minh" and "Bình"), "Mịnh" (from "Minh" and "Mạnh"), "M'nh" give
    no name alone, but all fit "Minh" read exactly beside them. Only when exactly one name is
    read exactly, by at least `min_exact` readings, one of them among the first `own` (the
    page's own views: in-painting can make a whole name of a lost word), and at least
    `min_share` of the readings that give or back any name back it; else None. A name no
    reading gives letter for letter is never made up."""
    whole = [k for k, words in enumerate(readings) if exact_name(words)]
    names = {" ".join(name_in(readings[k])[1]) for k in whole}
    if len(names) != 1 or len(whole) < min_exact or not any(k < own for k in whole):
        return None  # none read whole, two names read whole, or only on the in-painted view
    name = names.pop().split()
    backing = counted = 0
    for words in readings:
        fits = _fits(words, name)
        backing += fits
        counted += fits or name_in(words) is not None
    return (name, backing) if backing >= min_share * counted else None


def _fits(words: list[str], name: list[str]) -> bool:
    """The reading's last words are `name`'s, each as written or one letter from it (a stamp's
    lettering glued before the family name is left out, as name_in does)."""
    from tdkt.extractors.viet_names import _nfc_lower, edit_distance_at_most_one

    cleaned = [part.strip(_EDGE) for w in words for part in _cut_at_inner_capital(w)]
    cleaned = [w for w in cleaned if w]
    if len(cleaned) < len(name):
        return False
    tail = cleaned[len(cleaned) - len(name):]
    tail[0] = _letters_after_junk(tail[0])
    return all(edit_distance_at_most_one(_nfc_lower(w), _nfc_lower(n)) for w, n in zip(tail, name))
