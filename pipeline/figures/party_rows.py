"""A Party body's recognition in a table of annual titles: "Giấy khen của Đảng ủy xã (chi bộ trong
sạch, vững mạnh tiêu biểu; đảng viên HTXSNV tiêu biểu) | 02 | 06" beside "Giấy khen của Chủ tịch
UBND xã | 06 | 15".

A commune's or agency's table of 2022 awards often lists the Party committee's recognitions (its
Giấy khen, its rating of members) beside the State's titles. The Party's Giấy khen is not the
State's one of the same name: the row is none of the figure's rows, so it is neither read nor
added to the State rows of the title. A row is the Party's when a `context.party_grantor` body
grants it: named after "của" / "do" ("của Đảng ủy xã", "do Huyện ủy tặng") or in an aside that
says it grants ("(Đảng ủy xã công nhận)"). A Party body only named as a recipient or a member
("Cơ quan Huyện ủy", "Phó Bí thư Đảng ủy") is no grantor.
What it leaves to others: reading the other rows (tables.py); Party grants told in sentences
(prose.py) are left as they are.
"""

from __future__ import annotations

import re

_BY = re.compile(r"(?:\bcủa|\bdo)\s+$")
# "(Đảng ủy xã công nhận)", "Huyện ủy tặng": the body then its verb, not "... được công nhận" (a recipient)
_GRANTS = re.compile(r"^(?:(?!được)[^()|;]){0,25}?\b(?:tặng|công nhận|khen thưởng|khen)\b")


def party_granted(row_low: str, rules) -> bool:
    """`row_low` (a table row's title cells, lower case) names a Party body as its grantor."""
    party = rules.ctx.get("party_grantor")
    if party is None:
        return False
    for m in party.finditer(row_low):
        before = row_low[max(0, m.start() - 25):m.start()]
        if _BY.search(before) or _GRANTS.match(row_low[m.end():]):
            return True
    return False
