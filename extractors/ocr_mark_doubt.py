"""Whether a voted signer's name may owe a horn or breve to the stamp lying over it.

A speck of a stamp's lettering or ring beside a letter reads as the letter's horn or breve
("Thu" → "Thư", "o" → "ơ", "a" → "ă") in every reading alike, so a vote agrees on a wrong name
that looks right. A name word is doubtful here when the same word without that mark is
another known name syllable ("Thư" / "Thu") and the word lies on a stamp's disc. (Only marks
a stamp can add: one taken away by a ring's erasure was tried both ways, and doubting every
"Thu" under a stamp lost right names on seeds c, d and e.)
Such a name is kept only when the row, read again with the disc's small specks erased, still
gives that word and never its twin.
What it leaves to others: reading the row (ocr_reader), the vote (ocr_name_vote), the lists
of names (viet_names).
"""

from __future__ import annotations

import unicodedata

# a letter with the mark a speck can add, and the letter without it
_TWINS = {"ư": "u", "ơ": "o", "ă": "a"}


def twins(word: str, family: bool) -> set[str]:
    """The known name syllables (family names when `family`) that are `word` with one horn or
    breve taken away, tone marks kept ("Thư" → {"Thu"}, "Thu" → set(), "Hà" → set())."""
    from tdkt.extractors.viet_names import snap

    out = set()
    for k, ch in enumerate(word):
        base, tone = _split_tone(ch)
        twin = _TWINS.get(base.lower())
        if not twin:
            continue
        twin = twin.upper() if base.isupper() else twin
        other = word[:k] + unicodedata.normalize("NFC", twin + tone) + word[k + 1:]
        if snap(other, family=family) == other:
            out.add(other)
    return out


def _split_tone(ch: str) -> tuple[str, str]:
    """("ư", "\\u0300") for "ừ": the letter with its horn or breve, and its tone mark apart."""
    decomposed = unicodedata.normalize("NFD", ch)
    tones = "".join(c for c in decomposed[1:] if c in "\u0300\u0301\u0303\u0309\u0323")
    kept = "".join(c for c in decomposed if c not in tones)
    return unicodedata.normalize("NFC", kept), tones


def doubtful_words(name: list[str]) -> dict[int, set[str]]:
    """{index of a word in `name`: its twins} for the words a stamp's speck could have given
    a horn or breve."""
    found = {}
    for k, word in enumerate(name):
        other = twins(word, family=k == 0)
        if other:
            found[k] = other
    return found


def erase_specks_on_disc(grey, box: tuple[int, int, int, int], ring: tuple[float, float, float], letter_h: int):
    """A copy of the PIL page `grey` with, inside `box` and on the stamp's disc (a little past
    its ring), the small ink pieces erased: specks of the stamp's lettering or a broken ring,
    smaller than any letter body. A real horn or breve joined to its letter stays."""
    import cv2
    import numpy as np
    from PIL import Image

    page = np.asarray(grey.convert("L")).copy()
    x0, y0, x1, y1 = (max(0, int(v)) for v in box)
    x1, y1 = min(page.shape[1], x1), min(page.shape[0], y1)
    ink = (page[y0:y1, x0:x1] < 128).astype(np.uint8)
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    cx, cy, r = ring
    small = max(4, round(0.06 * letter_h * letter_h))
    for label in range(1, count):
        area = stats[label, cv2.CC_STAT_AREA]
        mx, my = centroids[label][0] + x0, centroids[label][1] + y0
        if area <= small and (mx - cx) ** 2 + (my - cy) ** 2 <= (1.1 * r) ** 2:
            page[y0:y1, x0:x1][labels == label] = 255
    return Image.fromarray(page)
