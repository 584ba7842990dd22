"""Section titles typed without Vietnamese diacritics ("IV. PHUONG HUONG, NHIEM VU 6 THANG CUOI NAM").

A report typed in a hurry, or on a machine without a Vietnamese keyboard, may have whole headings
in plain ASCII. The directive sections' `title` phrases are written with diacritics, so such a
heading matches none of them and its section is tagged by its content, if at all (a plan section
read as results). This module matches an all-ASCII title against the same phrases with their
diacritics folded away (numbers.fold). Only titles with no Vietnamese letter at all are read this
way: a title that has diacritics is matched as written (segment.tag_sections). Raw regexes and
guarded phrases are left out: they are written for text with diacritics.
"""

from __future__ import annotations

from tdkt.pipeline.matching import Canon, PhraseSet
from tdkt.pipeline.numbers import fold

_SETS: dict[tuple, PhraseSet] = {}


def is_ascii_title(title: str) -> bool:
    """True when the title has letters and none of them carries a diacritic (or is đ); its
    punctuation (curly quotes, dashes) may be of any kind."""
    letters = [ch for ch in title if ch.isalpha()]
    return bool(letters) and all(ch.isascii() for ch in letters)


def _folded(canon: Canon, phrases) -> PhraseSet:
    plain = tuple(fold(p) for p in phrases or () if isinstance(p, str) and not p.startswith("re:"))
    key = (id(canon), plain)
    found = _SETS.get(key)
    if found is None:
        found = _SETS[key] = canon.phrases(list(plain))
    return found


def ascii_title_tags(title: str, specs: list[dict], canon: Canon) -> set[str]:
    """Directive section ids whose folded title phrases the ASCII title names, less those vetoed."""
    text = canon.text(title)
    words = frozenset(text.split())
    tags = set()
    for spec in specs:
        titles = _folded(canon, spec.get("title"))
        if not titles or not titles.hits(text, words):
            continue
        vetoes = _folded(canon, spec.get("not_title"))
        if vetoes and vetoes.hits(text, words):
            continue
        tags.add(spec["id"])
    return tags
