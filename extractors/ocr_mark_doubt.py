"""Whether a voted signer's name may owe a horn or breve to the stamp lying over it.

A speck of a stamp's lettering beside a letter, often joined to it, reads as the letter's horn
or breve ("Thu" → "Thư", "o" → "ơ", "a" → "ă") in every reading alike, so the vote agrees on
a wrong name that looks right (seed f: "Lê Thị Thư Hà"). A name word is doubtful here when the
same word without that mark is another known name syllable ("Thư" / "Thu"); the caller sets
such a name aside when it lies on a stamp's disc. Reading the row again with the disc's small
specks (or the ring's arc) erased was tried: a speck joined to the letter stays, and the
readings with and without agree on the wrong name. Only marks a stamp can add are doubted:
doubting every "Thu" under a stamp too lost right names on seeds c, d and e.
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
