"""Which roster unit an unreadable file speaks for, from its name or from what its error says.

An unreadable file has no header to read, but its name often says who sent it
("07-xa-tay-xuan.pdf", "BC Tây Xuân.docx") and a non-report's reason may quote its content
(«UBND xã Tây Vinh»). Names, aliases and roster ids are folded (no tone marks, abbreviations
expanded by units.canonical) and looked for as whole-word runs; the longest match wins and a tie
between two units names none. Pure; reading files is the extractors' job.
"""

from __future__ import annotations

import re
from tdkt.pipeline.units import _distinctive, _level, canonical

_SEPARATORS = re.compile(r"[_\-.]+")  # file names join words with these
_MIN_WORDS = 2  # "tay" alone names nothing; "tay xuan" does


_CACHE: dict[int, tuple[object, tuple]] = {}


def _phrases(roster) -> tuple[tuple[str, object], ...]:
    """(folded phrase, unit) for every way the roster names a unit (cached per roster object)."""
    cached = _CACHE.get(id(roster))
    if cached is not None and cached[0] is roster:
        return cached[1]
    out = []
    for unit in roster.units:
        spellings = {canonical(unit.id.replace("-", " ").replace("_", " "))}
        for name in [unit.name, *unit.aliases]:
            canon = canonical(name)
            spellings.add(canon)
            distinct = _distinctive(canon)
            level = _level(canon)
            spellings.add(distinct)
            if level and distinct.startswith(level + " "):
                spellings.add(distinct[len(level) + 1:])  # "tay xuan": the place alone
        out.extend((s, unit) for s in spellings if len(s.split()) >= _MIN_WORDS)
    _CACHE[id(roster)] = (roster, tuple(out))
    return _CACHE[id(roster)][1]


def unit_named_in(texts: list[str], roster):
    """The roster unit the texts name (file name first, then message), or None."""
    if roster is None or not getattr(roster, "units", None):
        return None
    phrases = _phrases(roster)
    for text in texts:
        if not text:
            continue
        folded = " " + canonical(_SEPARATORS.sub(" ", text)) + " "
        best: dict[int, set[str]] = {}
        for phrase, unit in phrases:
            if f" {phrase} " in folded:
                best.setdefault(len(phrase.split()), set()).add(unit.id)
        if best:
            ids = best[max(best)]
            if len(ids) == 1:
                return roster.by_id(next(iter(ids)))
            return None  # two units fit equally well: naming one would be a guess
    return None


def file_stem(path: str) -> str:
    """The file's own name without folders or extension: "samples/inbox/07-xa.pdf" -> "07-xa"."""
    name = re.split(r"[\\/]", path or "")[-1]
    return name.rsplit(".", 1)[0] if "." in name else name
