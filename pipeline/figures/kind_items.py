"""An award list split by the recipients' kind: "- Tập thể: ...; tổ Văn hóa được tặng Giấy khen." then
"- Cá nhân: ...; 03 cá nhân được tặng Giấy khen." (extract.py's helper).

Offices often list one year's awards in two items, one opened by a collective unit word and a
colon ("Tập thể:", "Đối với tập thể:"), one by an individual one ("Cá nhân:"). A title given to
both kinds (the rules' `unit: both`, Giấy khen) is then stated once per item and its figure is the
sum of the two: one part per kind, each the best statement of that item. Only adjacent items under
one heading or lead-in; never proposals; a figure stated in one item only is left to the usual
choice. Which words are collective or individual is the rules' `unit_words`; the counts come from
prose.py (which reads a collective named without a number in a "Tập thể:" item as one).
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import Candidate
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import fold

_KIND_LABEL = re.compile(r"^\s*(?:[-–+•*]\s*)?(?:đối với\s+|về\s+)?(?P<w>[^\W\d][^:;,.\d]{1,18}?)\s*:", re.IGNORECASE)


def kind_label(paragraph: str, rules: Rules) -> str | None:
    """"col" for a paragraph opened by "Tập thể:", "ind" for "Cá nhân:" (a unit word of the rules
    and a colon), else None."""
    if ":" not in paragraph:
        return None  # the label ends with a colon: most paragraphs have none, no regex run
    m = _KIND_LABEL.match(paragraph)
    if not m:
        return None
    kind = rules.unit_kind.get(re.sub(r"\s+", " ", fold(m.group("w").strip().lower())))
    return kind if kind in ("col", "ind") else None


_SUBJECT_END = re.compile(r"\s(?:được|đạt|nhận)\s")


def named_bodies(before: str, rules: Rules) -> int:
    """How many bodies a collectives' item names as the subject before its verb ("khoa Dược và tổ
    Hành chính được ... tặng": 2): collective unit words followed by a capitalised name."""
    end = _SUBJECT_END.search(before)
    if not end:
        return 0
    subject = before[:end.start()]
    folded = fold(subject.lower())
    found = 0
    for word, kind in rules.unit_kind.items():
        if kind != "col":
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
            if subject[m.end():m.end() + 2].lstrip()[:1].isupper():
                found += 1
    return found


class KindItems:
    """Collects the statements of `unit: both` figures in adjacent kind-labelled items and adds
    them when both kinds state the figure."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.group: dict[str, dict[str, Candidate]] = {}  # figure -> kind -> best statement
        self.lead: str | None = None
        self.paragraph: str | None = None
        self.kind: str | None = None  # the kind of self.paragraph's label
        self.out: list[Candidate] = []

    def see_sentence(self, sent, found: list[Candidate]) -> None:
        paragraph = sent.paragraph or sent.text
        kind = kind_label(paragraph, self.rules) if paragraph != self.paragraph else self.kind
        if kind is None or (self.lead is not None and sent.lead != self.lead):
            self._flush()
        self.paragraph, self.kind = paragraph, kind
        if kind is None:
            return
        self.lead = sent.lead
        for cand in found:
            spec = self.rules.specs.get(cand.figure)
            if spec is None or spec.unit != "both" or spec.kind != "count" or cand.parts:
                continue
            held = self.group.setdefault(cand.figure, {})
            cur = held.get(kind)
            if cur is None or cand.score > cur.score:
                held[kind] = cand

    def see_table(self) -> None:
        self._flush()
        self.paragraph = self.kind = None

    def candidates(self) -> list[Candidate]:
        self._flush()
        return self.out

    def _flush(self) -> None:
        if not self.group:  # asked for every sentence with no kind label: nothing held
            self.lead = None
            return
        for figure, kinds in self.group.items():
            if set(kinds) != {"col", "ind"} or any(c.proposal for c in kinds.values()):
                continue
            col, ind = kinds["col"], kinds["ind"]
            parts = [(col.value, col.evidence), (ind.value, ind.evidence)]
            first = min((col, ind), key=lambda c: c.order)
            self.out.append(Candidate(figure, col.value + ind.value, max(col.score, ind.score) + 0.5, first.order,
                                      first.evidence, None, False, parts=parts))
        self.group = {}
        self.lead = None
