"""A bloc's report told one section per member: what a member's section states is that member's.

A bloc or cluster head may write the members' results one sub-section each, under a heading naming
the members together ("II. KẾT QUẢ THỰC HIỆN CỦA CÁC THÀNH VIÊN KHỐI" over "1. Phòng ...", "2. Trung
tâm ..."), each with its own titles and awards, and give the bloc's totals in a section of their
own ("III. KẾT QUẢ CHUNG TOÀN KHỐI"). The counts in a member's section are that member's: the
first of them is no figure of the bloc, and a title no bloc total states has no figure (a sum the
reader makes is not the report's). The heading words are the rules' `context.member_sections`; the
members' sections are the headings of a deeper numbering under such a heading, until a heading of
its own level or above. Only for cluster senders, as members.py. Sentences there give nothing,
tables are kept member-wise (member_table.py's mark: K2's parts still reported).
What it leaves to others: one member's labelled paragraph (members.py), groups of members
(member_group.py), reading the sentences and tables (prose.py, tables.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.members import CLUSTER_TYPES
from tdkt.pipeline.figures.rules import Rules

# A heading's numbering and its level: "II." Roman (0), "2." digit (1), "a)" letter (2).
_MARK = re.compile(r"^\s*(?:(?P<roman>[ivx]{2,5}|[ivx](?=\.))|(?P<digit>\d{1,2}(?:\.\d{1,2})*)|(?P<letter>[a-zđ]))"
                   r"\s*[.)]\s+")
_RANK = {"roman": 0, "digit": 1, "letter": 2}


def _rank(heading: str) -> int | None:
    m = _MARK.match(heading)
    if m is None:
        return None
    return next(_RANK[k] for k, v in m.groupdict().items() if v)


class MemberSections:
    """Fed every lead in reading order (`under_member`)."""

    def __init__(self, rules: Rules, unit_type: str | None):
        self.words = rules.ctx.get("member_sections") if unit_type in CLUSTER_TYPES else None
        self.rank: int | None = None  # the level of the heading naming the members, while under it
        self.heading = ""
        self.inside = False

    def under_member(self, lead: str) -> bool:
        """Whether `lead` (the walk's lead: nearest heading first) is inside one member's section."""
        if self.words is None:
            return False
        heading = lead.split("|")[0].strip().lower()
        if heading == self.heading:
            return self.inside
        self.heading = heading
        rank = _rank(heading)
        if rank is not None and self.words.search(heading):
            self.rank, self.inside = rank, False  # "ii. kết quả thực hiện của các thành viên khối"
        elif self.rank is not None and rank is not None and rank <= self.rank:
            self.rank, self.inside = None, False  # "iii. kết quả chung toàn khối": the run is over
        elif self.rank is not None and rank is not None:
            self.inside = True  # "1. phòng văn hóa và thông tin" and what is under it
        return self.inside
