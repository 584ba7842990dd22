"""A section about the unit's member organisations: their figures are not the unit's (walk.py's helper).

A Front's or a mass organisation's joint report gives a section to its member organisations
("IV. PHONG TRÀO THI ĐUA CỦA CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI", "5. Phong trào thi đua trong các
đoàn thể"), one sub-heading per member ("1. Hội Liên hiệp Phụ nữ huyện", "5. Liên đoàn Lao động
huyện"): the Giấy khen a member gave, the initiatives its members made, are that member's, which
reports them on its own. Everything under such a heading, down to the next heading of the same or a
higher level, is read as another scope's (walk.py adds `words` to its lead; scope.lead_about_others
sets it aside). A heading naming the unit with the members ("của Mặt trận và các đoàn thể") is not
such a section. Reading the unit's own sections is left to the other readers.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.scope import OTHERS_PART_MARK
from tdkt.pipeline.numbers import fold

# The members as the section's subject (folded): "của các tổ chức chính trị - xã hội", "trong các
# đoàn thể", "của các tổ chức thành viên", "các hội, đoàn thể".
_MEMBERS = re.compile(r"\b(?:cua|trong)\s+cac\s+(?:to\s+chuc\s+(?:chinh\s+tri\s*[-–]?\s*xa\s+hoi|thanh\s+vien"
                      r"|doan\s+the)|doan\s+the|hoi\s*,?\s*doan\s+the)\b")
# A heading's level from its numbering: "PHẦN ..." 0, "IV." or "B." 1, "2." 2, "2.1." or "a)" 3.
_LEVELS = ((re.compile(r"^\s*phan\s+"), 0), (re.compile(r"^\s*(?:[ivx]+|[a-h])\s*[.:]\s"), 1),
           (re.compile(r"^\s*\d+\s*[.)]\s"), 2), (re.compile(r"^\s*(?:\d+\.\d+|[a-zđ]\s*\))"), 3))


def _level(text: str, styled: int | None) -> int:
    folded = fold(text.lower())
    for pattern, level in _LEVELS:
        if pattern.match(folded):
            return level
    if styled:
        return styled
    return 1 if text.isupper() else 2


class MemberPart:
    """Follows the headings; `words` is the lead mark of everything under a members' section."""

    def __init__(self):
        self.level: int | None = None
        self.words = ""

    def see_heading(self, text: str, styled: int | None = None) -> None:
        level = _level(text, styled)
        if self.level is not None and level <= self.level:
            self.level, self.words = None, ""  # the next section of the same or a higher level
        if self.level is None and _MEMBERS.search(fold(text.lower())):
            self.level, self.words = level, f"{text.lower()} {OTHERS_PART_MARK}"
