"""A bloc's titles told group by group under lettered headings: each group's figures are a part.

A bloc or cluster may give last year's titles one group of its members at a time: "a) Các cơ quan
dân chính trong Khối" over a table with its own "Cộng" row, then "b) Lực lượng vũ trang" over a
passage member by member, and only then a total for the whole bloc ("Tính chung toàn Khối có 18
..."). A heading naming a group of members (a plural "các ..." with a `context.member_group` phrase:
"trong Khối", "thuộc Cụm") opens such a run; its sibling headings (the same numbering style: "b)"
after "a)") are the other groups, until a heading of another style. Under them a table's or a
sentence's counts are the group's, never the bloc's figure: the table's titles are kept member-wise
(member_table.py's mark: K2's part still reported), the sentences give nothing, except a sentence
stating the whole's total (`context.total`: "toàn Khối", "tổng cộng"). With no whole total
stated, the bloc has no such figure (a sum across groups is not the report's).
What it leaves to others: reading the tables and sentences (tables.py, prose.py).
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.figures.member_table import MEMBER_NOTE
from tdkt.pipeline.figures.mentions import Candidate
from tdkt.pipeline.figures.rules import Rules

# A heading's own numbering and its style: "a)" letter, "2." digit, "II." Roman.
_MARK = re.compile(r"^\s*(?:(?P<roman>[ivx]{1,5})|(?P<letter>[a-zđ])|(?P<digit>\d{1,2}(?:\.\d{1,2})*))\s*[.)]\s+")


def _style(heading: str) -> str | None:
    m = _MARK.match(heading)
    if m is None:
        return None
    return "roman" if m.group("roman") and len(m.group("roman")) > 1 else next(k for k, v in m.groupdict().items() if v)


class MemberGroups:
    """Fed each lead in reading order (`under_group`); rewrites a group table's candidates (`table`)."""

    def __init__(self, rules: Rules):
        self.group = rules.ctx.get("member_group")
        self.total = rules.ctx.get("total")
        self.style: str | None = None  # the numbering style of the run of group headings, if in one
        self.heading = ""
        self._lead: str | None = None  # the lead last asked: the sentences under one heading share it

    def under_group(self, lead: str) -> bool:
        """Whether `lead` (the walk's lead: nearest heading first) is under a group heading."""
        if self.group is None:
            return False
        if lead == self._lead:  # its heading is self.heading: the answer below, nothing changed
            return self.style is not None
        self._lead = lead
        heading = lead.split("|")[0].strip().lower()
        if heading == self.heading:
            return self.style is not None
        self.heading = heading
        style = _style(heading)
        body = _MARK.sub("", heading)
        if style is not None and body.startswith("các ") and self.group.search(body):
            self.style = style  # "a) các cơ quan dân chính trong khối"
        elif style is None or style != self.style:
            self.style = None  # a heading of another level ends the run
        return self.style is not None

    def keeps_sentence(self, text: str) -> bool:
        """Under a group heading, only a sentence stating the whole's total ("toàn Khối có ...")."""
        return self.total is not None and self.total.search(text.lower()) is not None

    @staticmethod
    def table(candidates: list[Candidate]) -> list[Candidate]:
        """A group's table: its counts marked member-wise (reported, no figure)."""
        return [dataclasses.replace(c, note=MEMBER_NOTE) for c in candidates]
