"""A later clause of another scope's sentence that turns to the issuing office by its name is the
office's own (extract.py's helper, beside clause_scope.py).

The office keeping the district's records gives the district's count and then its own share of it
in the next ";" clause: "Toàn huyện công nhận ... sáng kiến ...; trong đó <the office's name> có 01
sáng kiến được công nhận". clause_scope.py holds the first clause's scope for the later ones until
one says the unit's own in the rules' `context.own_scope` words ("riêng ...", "của cơ quan"); the
office's own name is no word list's, it is the header's (sector.py's SectorScope.name). A clause
that names the office near its start as the holder ("<name> có / đạt / được ...") is the office's;
another body named so stays in the district's scope, and so does the office acting for others
("<name> tham mưu ... tặng Giấy khen cho ...": no holding verb after the name).
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import fold

_NEAR_START = 30  # the name opens the clause: "trong đó", "tại", "còn" may stand before it
# after the office's name (folded text): it holds what is counted ("có", "đạt", "được ...")
_HOLDS = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:cung\s+|da\s+)?(?:co|dat|duoc)\b")


def office_holds(text: str, sector) -> bool:
    """The clause `text` names the issuing office near its start as the holder of what it counts."""
    name = sector.name
    if not name:
        return False
    folded = fold(text.lower())
    at = folded.find(name)
    if at < 0 or at > _NEAR_START or (at and folded[at - 1].isalnum()):
        return False
    return bool(_HOLDS.match(folded, at + len(name)))
