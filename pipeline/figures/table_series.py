"""One table per member or part: a run of same-shaped tables, each under a heading naming a body (extract.py's helper).

A bloc or cluster reports its members one table each ("1. Phòng Tài chính - Kế hoạch" over
"Hình thức | Tập thể | Cá nhân", "2. Phòng Tài nguyên và Môi trường" over the same columns, ...);
a unit may give its own parts the same way ("Tổ Tự nhiên", "Tổ Xã hội"). Read alone, the first
such table would pass for the report's figure. Here a run of two or more tables with the same
column headings, each under a heading of its own that names a body (no award title, no
commendation word, no year), is seen as one series:
  - under headings naming the unit's own parts (`context.own_part_row`: "Tổ ...", "Thôn ...",
    "Đội ..."): a count figure is the sum of the tables, kept with each part;
  - otherwise (members reporting on their own): the series states no figure of the whole; a
    stated total in prose speaks for it ("for a cluster or bloc, its stated total over members").
Each table's candidates are set aside either way. Reading each table is tables.py's job.
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.figures.mentions import Candidate, find_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbering import LABEL_NUMBER
from tdkt.pipeline.numbers import fold

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclasses.dataclass
class _Seen:
    shape: tuple
    heading: str
    candidates: list[Candidate]


class TableSeries:
    """Fed the walk in order (`see_table`, `see_sentence`); `settle` rewrites the candidates."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.run: list[_Seen] = []
        self.runs: list[list[_Seen]] = []

    def see_table(self, table, lead: str, found: list[Candidate]) -> None:
        heading = LABEL_NUMBER.sub("", lead.split("|")[0].strip()).strip()
        shape = tuple(fold(label) for label in table.labels)
        if not found or len(shape) < 2 or not self._names_a_body(heading):
            self._close()
            return
        if self.run and (self.run[-1].shape != shape or any(s.heading == heading for s in self.run)):
            self._close()
        self.run.append(_Seen(shape, heading, list(found)))

    def see_sentence(self, found: list[Candidate]) -> None:
        if found:  # prose with figures between the tables: no longer one series
            self._close()

    def _close(self) -> None:
        if len(self.run) >= 2:
            self.runs.append(self.run)
        self.run = []

    def _names_a_body(self, heading: str) -> bool:
        low = heading.lower()
        if not heading or _YEAR.search(low) or find_mentions(heading, fold(heading), self.rules):
            return False
        section = self.rules.ctx.get("section")
        return not (section and section.search(low))

    def settle(self, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates without the series' tables' own, plus each own-parts series' sums."""
        self._close()
        if not self.runs:
            return candidates
        drop = {id(c) for run in self.runs for seen in run for c in seen.candidates}
        out = [c for c in candidates if id(c) not in drop]
        own = self.rules.ctx.get("own_part_row")
        for run in self.runs:
            if own and all(own.match(seen.heading.lower()) for seen in run):
                out += self._sums(run)
        return out

    def _sums(self, run: list[_Seen]) -> list[Candidate]:
        """Per count figure, the best candidate of each table added, each table a part."""
        figures = dict.fromkeys(c.figure for seen in run for c in seen.candidates
                                if self.rules.specs[c.figure].kind == "count" and not c.proposal)
        out = []
        for fig in figures:
            picked = []
            for seen in run:
                own = [c for c in seen.candidates if c.figure == fig and not c.proposal]
                if own:
                    picked.append(max(own, key=lambda c: c.score))
            if len(picked) < 2:
                continue
            first = picked[0]
            out.append(dataclasses.replace(first, value=sum(c.value for c in picked), score=2,
                                           parts=[(c.value, c.evidence) for c in picked]))
        return out
