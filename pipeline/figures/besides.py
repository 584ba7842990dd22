"""A title's count stated in one clause and more of it "besides" in the next, added.

"Tập thể Trạm và 03 viên chức được Chủ tịch UBND huyện tặng Giấy khen ...; ngoài ra, Giám đốc
Sở Y tế tặng Giấy khen cho 02 viên chức ..." states 4 Giấy khen and then 2 more: the clause that
opens with "ngoài ra" / "bên cạnh đó" adds to the clause right before it in the same paragraph,
when both state the same count figure (after absorption), neither is a proposal or a sum already,
and each states it once. The candidate keeps both parts and scores one above them, so a stated
total (four more) still wins. Figures whose parts add by themselves (`parts_add`) are
passages.py's. Leaves to others: each clause's count (prose.py), the choice (extract.py).
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.figures.mentions import Candidate
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import fold

_BESIDES = re.compile(r"^(?:ngoai\s+ra|ben\s+canh\s+do)\b")


class Besides:
    """The previous clause of the paragraph being read, and what it stated."""

    def __init__(self) -> None:
        self.paragraph = ""
        self.before: list[Candidate] = []

    def see(self, sent, found: list[Candidate], rules: Rules) -> list[Candidate]:
        """Sums of this clause's count with the previous clause's, when this one opens with
        "ngoài ra"; remembers this clause for the next."""
        before = self.before if sent.paragraph == self.paragraph else []
        self.paragraph, self.before = sent.paragraph, found
        if not before or not found or not _BESIDES.match(fold(sent.text.lower()).lstrip(" ,-–")):
            return []  # nothing before, or nothing here to add to it
        out = []
        for cand in found:
            spec = rules.specs[cand.figure]
            if spec.kind != "count" or spec.parts_add or cand.proposal or cand.parts:
                continue
            here = [c for c in found if c.figure == cand.figure]
            there = [c for c in before if c.figure == cand.figure]
            if len(here) != 1 or len(there) != 1 or there[0].proposal or there[0].parts:
                continue
            first = there[0]
            out.append(dataclasses.replace(first, value=first.value + cand.value,
                                           score=max(first.score, cand.score) + 1,
                                           parts=[(first.value, first.evidence), (cand.value, cand.evidence)]))
        return out
