"""Awards decided and awards still pending, kept apart under one figure's heading (extract.py's helper).

Under "3. Khen thưởng chuyên đề, đột xuất" a report may sort the period's cases by their state:
"a) Đã có quyết định khen thưởng: 03 (01 tập thể, 02 cá nhân)" with the decisions below it, then
"b) Đã đề nghị, đang chờ quyết định: 04 (...)" with the proposals below. The first label states
the figure's total (the awards made); the second states proposals, no award. Written as a
numbered line, the first label is read as a sub-heading and hides the heading that names the
figure; this helper remembers that heading over the status labels under it and reads the
decided label's count as the figure's stated total. Nothing is read from a pending label or the
lines under it: its cases are no awards, not even a proposal standing in for a missing figure.
The words of a decision's state are the rules' (`context.decided_label`, `decided_label_tail`,
`pending_label`; matched folded, a label opening with them): this module keeps only the shape.
"""

from __future__ import annotations

import functools
import re

from tdkt.pipeline.figures.mentions import Candidate, lead_figure
from tdkt.pipeline.figures.rules import folded_alternation
from tdkt.pipeline.numbering import LABEL_NUMBER_OR_BULLET
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import Evidence


@functools.lru_cache(maxsize=8)
def _patterns(decided: tuple, tail: tuple, pending: tuple) -> tuple[re.Pattern, re.Pattern]:
    """(decided label, pending label) on folded lower-case text. A decided label is its words, maybe
    a verb after them, then a colon: "đã có quyết định (khen thưởng): 03"; a pending label opens
    with its words: "đã đề nghị, đang chờ quyết định"."""
    after = rf"(?:\s+(?:{folded_alternation(tail)}))?" if tail else ""
    return (re.compile(rf"(?:{folded_alternation(decided)}){after}\s*:\s*"),
            re.compile(rf"(?:{folded_alternation(pending)})"))
_TOTAL = re.compile(r"(\d{1,4})\s*(?:truong hop|luot)?\s*(?:\(|[.;]|$)")
_UNIT = re.compile(r"(\d{1,4})\s*(tap the|ca nhan)")


def _label(text: str) -> str:
    return fold(LABEL_NUMBER_OR_BULLET.sub("", text, count=1).lower())


def _is_status(heading: str, decided: re.Pattern, pending: re.Pattern) -> bool:
    low = _label(heading)
    return bool(decided.match(low) or pending.match(low))


def _value(rest: str, unit: str) -> int | None:
    """"03 (01 tập thể, 02 cá nhân)" -> 3; "01 tập thể, 02 cá nhân" -> 3 (both), 2 (individuals)."""
    total = _TOTAL.match(rest)
    if total:
        return int(total.group(1))
    counts = {"col": 0, "ind": 0}
    for m in _UNIT.finditer(rest):
        counts["col" if m.group(2) == "tap the" else "ind"] += int(m.group(1))
    if not any(counts.values()):
        return None
    return {"both": counts["col"] + counts["ind"], "any": counts["col"] + counts["ind"],
            "individuals": counts["ind"], "collectives": counts["col"]}.get(unit)


class DecidedLabels:
    """Fed every sentence in reading order; returns the candidates the decided labels state, and
    says (`pending`) when a sentence stands under a pending label: its cases are no awards."""

    def __init__(self, rules):
        self.rules = rules
        self.figure: str | None = None  # the figure the nearest non-status heading names
        self.pending = False  # the last sentence seen is under a pending label of that figure
        words = rules.words
        self._decided, self._pending = _patterns(words.get("decided_label", ()), words.get("decided_label_tail", ()),
                                                 words.get("pending_label", ()))
        # lead -> (is its heading a status label, the figure it names when not, is it a pending
        # label): a pure function of the lead, which every sentence under one heading shares
        self._leads: dict[str, tuple[bool, str | None, bool]] = {}

    def _lead(self, lead: str) -> tuple[bool, str | None, bool]:
        held = self._leads.get(lead)
        if held is None:
            heading = lead.split("|")[0].strip()
            status = _is_status(heading, self._decided, self._pending)
            held = self._leads[lead] = (status, None if status else lead_figure(lead, self.rules),
                                        bool(self._pending.match(_label(heading))))
        return held

    def see(self, sent, order: int) -> list[Candidate]:
        status, figure, pending = self._lead(sent.lead)
        if not status:
            self.figure = figure
        self.pending = self.figure is not None and pending
        if self.figure is None or self.pending or ":" not in sent.text:
            return []  # a decided label ends with a colon (_patterns); numbering, lower() and fold() make none
        low = _label(sent.text)
        m = self._decided.match(low)
        if not m or self._pending.search(low[:m.start()]):
            return []
        spec = self.rules.specs[self.figure]
        if spec.kind != "count":
            return []
        value = _value(low[m.end():], spec.unit)
        if value is None:
            return []
        return [Candidate(self.figure, value, 5, order, Evidence(sent.text[:300], sent.where))]
