"""A title's count given per sub-period of the half year in one statement (extract.py's helper).

"Hội đồng công nhận 02 sáng kiến trong quý I, 03 sáng kiến trong quý II" states no half-year
total: the quarters' (months', rounds') counts are its parts and add up (5), each part kept with
its clause for the note. Only clauses that name one sub-period of the half year (quý I/II,
tháng 1-6, đợt N; not "quý IV/2022", not "Quý Mão") and carry one count prose.py already gave the
figure are parts, at least two of them with different sub-periods; a cumulative word ("lũy kế",
"tổng", "cộng") leaves the statement to its stated total, and a parenthesis (another period's
figure beside, "(năm 2022 có 04)") is no part. Figures that add their parts anyway (`parts_add`)
are left to prose.py and passages.py. Scoring and the choice among candidates stay with prose.py
and extract.py.
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.figures.mentions import Candidate
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import find_numbers
from tdkt.pipeline.record import Evidence

# A sub-period of the first half year, on folded text: its kind and its number. A year after it
# other than the report's ("quý IV/2022", "tháng 12 năm 2022") makes it another period's.
_PERIOD = re.compile(r"\b(quy|dot|thang)\s+(iv|iii|ii|i|\d{1,2})\b(?![/.\-](?!(?:20)?23\b)\d)(?!\s*nam\s*20(?!23)\d\d)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_HALF_YEAR_LAST = {"quy": 2, "thang": 6, "dot": 99}
# With tone marks: folded, "cộng" (a total) and "công nhận" are one word.
_CUMULATIVE = re.compile(r"\b(?:lũy kế|luỹ kế|tổng|cộng|tính chung|cả 6 tháng|cả sáu tháng)\b")
_PARENS = re.compile(r"\([^()]*\)")
_CLAUSE = re.compile(r"[^,;]+")


class SubPeriods:
    """The sub-period parts of each figure seen so far in the paragraph being read: a statement may
    run over the clauses walk.py splits at ";" ("Tháng 3: 04 ...; tháng 5: 07 ...")."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.paragraph: tuple | None = None
        self.open: dict[str, list[tuple[Candidate, str, tuple]]] = {}  # figure -> parts so far
        self.live: dict[str, Candidate] = {}  # figure -> the candidate standing for the parts so far

    def see(self, sent, found: list[Candidate], folded: str) -> list[Candidate]:
        """prose.py's candidates of one sentence, a figure's per-sub-period counts (with those of the
        paragraph's earlier clauses) replaced by their sum: the parts' best score and context
        verdicts, the parts kept for the note; the candidates that stood for fewer parts yield."""
        key = (sent.where, sent.paragraph)
        if key != self.paragraph:
            self.paragraph, self.open, self.live = key, {}, {}
        if not found or not _PERIOD.search(folded):
            return found
        if _CUMULATIVE.search(_PARENS.sub(" ", (sent.paragraph or sent.text).lower())):
            return found  # "..., lũy kế 6 tháng 03 sáng kiến": the stated total speaks
        plain = _PARENS.sub(_blank, folded)  # same indices, parentheses blanked
        text = _PARENS.sub(_blank, sent.text)
        out = found
        for figure in dict.fromkeys(c.figure for c in found):
            spec = self.rules.specs[figure]
            if spec.kind == "count" and not spec.parts_add:
                out = self._summed(figure, out, sent, plain, text)
        return out

    def _summed(self, figure: str, found: list[Candidate], sent, plain: str, text: str) -> list[Candidate]:
        """`plain` and `text`: the sentence folded and as written, parentheses blanked (same indices)."""
        parts = _parts([c for c in found if c.figure == figure], plain, text)
        if parts is None:
            self.open.pop(figure, None)
            return found
        every = self.open.get(figure, []) + parts
        keys = [key for _, _, key in every]
        if len(set(keys)) != len(keys) or len({kind for kind, _ in keys}) != 1 \
                or len({c.proposal for c, _, _ in every}) != 1:
            every = parts  # another series begins (or a repeated sub-period): no sum across
            keys = [key for _, _, key in every]
            if len(set(keys)) != len(keys) or len({kind for kind, _ in keys}) != 1:
                self.open.pop(figure, None)
                return found
        self.open[figure] = every
        if len(every) < 2:
            return found
        first = parts[0][0]
        summed = dataclasses.replace(first, value=sum(c.value for c, _, _ in every),
                                     score=max(c.score for c, _, _ in every),
                                     parts=[(c.value, Evidence(said[:300], c.evidence.where)) for c, said, _ in every])
        for earlier, _, _ in every[:len(every) - len(parts)]:
            earlier.score = min(earlier.score, summed.score) - 1  # a part is no statement of the whole
        standing = self.live.get(figure)
        if standing is not None:
            standing.score = min(standing.score, summed.score) - 1
        self.live[figure] = summed
        used = {id(c) for c, _, _ in parts}
        return [summed if c is first else c for c in found if c is first or id(c) not in used]


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def _parts(mine: list[Candidate], plain: str, text: str) -> list[tuple[Candidate, str, tuple]] | None:
    """The clauses of one sentence that each name one sub-period of the half year and carry one
    of the figure's counts: (candidate, clause, (kind, number)) each; None when a clause names a
    sub-period outside the half year."""
    unused = list(mine)
    parts: list[tuple[Candidate, str, tuple]] = []
    for clause in _CLAUSE.finditer(plain):
        periods = list(_PERIOD.finditer(clause.group(0)))
        if len(periods) != 1:
            continue
        period = periods[0]
        kind, number = period.group(1), period.group(2)
        number = _ROMAN.get(number) or int(number)
        if not 1 <= number <= _HALF_YEAR_LAST[kind]:
            return None
        said = text[clause.start():clause.end()]
        counts = [n for n in find_numbers(said)
                  if n.kind == "count" and not (period.start() <= n.start < period.end())]
        hits = [c for c in unused if any(n.value == c.value for n in counts)]
        if len(counts) != 1 or not hits:
            continue
        unused.remove(hits[0])
        parts.append((hits[0], said.strip(" ."), (kind, number)))
    return parts
