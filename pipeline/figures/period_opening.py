"""A sentence opened by the half year and a comma lists that period's awards (extract.py's helper).

"Trong 6 tháng đầu năm 2023, 01 đồng chí được Chủ tịch UBND tỉnh tặng Bằng khen vì ...; 03 cá
nhân được Giám đốc Sở tặng Giấy khen vì ...": after the year-end titles of 2022 a report gives
the awards of the half year (from higher levels, for campaigns) in one sentence whose opening
names the period, its clauses cut at ";". Each clause with an awarding word and counts of
collectives or individuals is one award of the period, whatever form it took (a Bằng khen counts
as much as a Giấy khen): the figure whose `absorb_when` holds the period opening with its comma
(the ad-hoc and thematic awards, `parts_add`) is their sum, each clause kept as a part. A clause
naming another title (the 2022 annual titles), a proposal or a plan, an award clause with no
count (a recipient named), a stated total ("nâng tổng số ... lên 12") or a colon's list leave the
sentence to prose.py and passages.py as before. The clause-by-clause candidates of the absorbed
titles (a Giấy khen read alone) give way to the sum. The period as a label with its colon
("Trong 6 tháng đầu năm 2023: Hội tỉnh tặng ...; Ban Chỉ đạo ... tặng ...") opens it the same way;
a further colon is a list's.
Leaves to prose.py the reading of each clause's titles and counts, and the choice among
candidates to extract.py.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import Candidate, find_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import find_numbers, fold
from tdkt.pipeline.record import Evidence

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")
_LEADING = re.compile(r"^\s*(?:[-+•*]\s*)?(?:trong\s+|tính\s+đến\s+nay,?\s*|)", re.IGNORECASE)
# The recipients a count is of, right after it (folded): "01 cá nhân", "02 lượt tập thể", "03 đồng chí".
_RECIPIENT = re.compile(r"^\s*(?:luot\s+)?(?:ca\s+nhan|tap\s+the|dong\s+chi|nguoi|can\s+bo|cong\s+chuc|vien\s+chuc"
                        r"|cbcc\w*|dang\s+vien|doan\s+vien|hoi\s+vien|chien\s+si|giao\s+vien|nhan\s+vien)\b")
# The award's reason: its numbers count no recipient ("vì đã cứu 02 học sinh").
_REASON = re.compile(r"(?<!\w)(?:vì|do|đã)(?!\w)")


def _period_spec(rules: Rules, sentence: str):
    """The parts-adding figure whose period opening (a phrase of its `absorb_when` ending with a
    comma) opens `sentence`, or None."""
    low = _LEADING.sub("", sentence.lower(), count=1)
    for spec in rules.specs.values():
        if not (spec.absorbs and spec.absorb_when and spec.parts_add):
            continue
        m = spec.absorb_when.match(low)
        if m and low[:m.end()].rstrip().endswith((",", ":")):  # ":" a label: "Trong 6 tháng đầu năm 2023: ..."
            return spec
    return None


def _after_label(spec, sentence: str) -> str:
    """`sentence` after its opening when the opening is a label ending with a colon ("Trong 6 tháng
    đầu năm 2023: A tặng ...; B tặng ..."): the colon is the label's, not a list's."""
    m = spec.absorb_when.match(_LEADING.sub("", sentence.lower(), count=1))
    if m and m.group(0).rstrip().endswith(":") and ":" in sentence:
        return sentence[sentence.index(":") + 1:]
    return sentence


class PeriodOpenings:
    """The sentences opened by the period seen so far: each is summed once, at its first clause."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.sums: dict[tuple[str, str], Candidate | None] = {}
        # paragraph -> (its sentences, {each sentence of two clauses or more: the figure its period
        # opening is of}), None when no sentence of it has both: read once per paragraph, asked per clause
        self._opened: dict[str, tuple | None] = {}

    def see(self, sent, found: list[Candidate], order: int) -> list[Candidate]:
        paragraph = sent.paragraph or sent.text
        if ";" not in paragraph:
            return found  # no sentence of it has two clauses (most paragraphs): nothing to split
        opened = self._opened.get(paragraph, self)
        if opened is self:
            sentences = _SENTENCE.split(paragraph)
            # a period opening ends with a comma or a label's colon (lower() and the bullet's removal make none)
            specs = {s: _period_spec(self.rules, s) if "," in s or ":" in s else None for s in sentences if ";" in s}
            opened = self._opened[paragraph] = \
                (sentences, specs) if any(v is not None for v in specs.values()) else None
        if opened is None:
            return found  # no sentence of the paragraph opens with the period and has clauses
        sentences, specs = opened
        sentence = next((s for s in sentences if sent.text in s), None)
        if sentence is None or ";" not in sentence:
            return found  # one clause: prose.py reads it with its period already
        spec = specs[sentence]
        if spec is None:
            return found
        key = (sent.where, sentence)
        first = key not in self.sums
        if first:
            self.sums[key] = self._sum(spec, sentence, sent.where, order)
        summed = self.sums[key]
        if summed is None:
            return found
        drop = set(spec.absorbs) | {spec.name}
        return [c for c in found if c.figure not in drop] + ([summed] if first else [])

    def _sum(self, spec, sentence: str, where: str, order: int) -> Candidate | None:
        ctx = self.rules.ctx
        parts: list[tuple[int, Evidence]] = []
        body = _after_label(spec, sentence)  # the clauses after an opening label and its colon
        if ":" in body or (ctx.get("total") and ctx["total"].search(body.lower())):
            return None  # a stated total, or a label with its list: prose.py's and passages.py's
        for clause in body.split(";"):
            low = clause.lower()
            if not (ctx.get("award") and ctx["award"].search(low)):
                continue
            if (ctx.get("proposal") and ctx["proposal"].search(low)) or (ctx.get("plan") and ctx["plan"].search(low)):
                return None
            others = [m for m in find_mentions(clause, fold(clause), self.rules)
                      if m.figure != spec.name and m.figure not in spec.absorbs]
            if others:
                return None  # the period's sentence also names an annual title: left to prose.py
            reason = _REASON.search(low)
            clause = clause[:reason.start()] if reason else clause
            folded = fold(clause)
            counts = [n for n in find_numbers(clause) if n.kind == "count" and _RECIPIENT.match(folded[n.end:])]
            if not counts:
                return None  # an award to a recipient named, not counted ("cho chị ..."): prose.py's
            parts.append((sum(int(n.value) for n in counts), Evidence(clause.strip()[:300], where)))
        if len(parts) < 2:
            return None
        return Candidate(spec.name, sum(v for v, _ in parts), 3, order, Evidence(sentence[:300], where),
                         parts=parts)
