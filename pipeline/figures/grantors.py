"""One title's counts given grantor by grantor, in the items of one list, added (extract.py's helper).

"Năm 2022: + UBND huyện tặng GK: 01 TT, 02 CN. + BTV Hội huyện tặng GK: 09 TT, 14 CN." states the
Giấy khen of the year once per awarding body: the figure is their sum (3 + 23). A statement
takes part when its clause opens with the grantor as subject, an awarding verb right after it
("UBND huyện tặng", "Giám đốc Sở tặng", never "... được tặng": a recipient as subject is a
member's own line, as in a bloc's report), or opens with the title and its grantor after "của"
before a colon ("Giấy khen của Cục trưởng Cục Thuế: 02 tập thể, 06 cá nhân"), and it states one count figure once, no proposal, no
sum already. The statements of one figure add up when they are items under one "...:" lead-in
(or clauses of one paragraph), their grantors differ, and they name no different years; a
statement of that figure in another form in between breaks the list. The sum keeps each part and
scores one above them, so a stated total still wins. Figures whose parts add by themselves
(`parts_add`: thematic and ad-hoc awards) are passages.py's; a clause opening "ngoài ra" is
besides.py's. Leaves to others: each statement's count (prose.py), the choice (extract.py).
Tables say the same with a two-row header: "Giấy khen" spanning "Chủ tịch UBND huyện | BTV LĐLĐ
huyện" holds one title's counts per grantor, and a row's cells under it add up
(`grantor_columns_sum`, for tables.py); a "Cộng" column beside them mixes in other titles and is
no figure of this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tdkt.pipeline.figures.mentions import Candidate, sentence_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import fold

# The grantor: a few capitalised words with no number, clause punctuation or passive "được",
# after the year it opens with, if any ("Năm 2022, Chủ tịch UBND xã tặng ...").
_SUBJECT = re.compile(r"^\s*(?:(?:[Tt]rong\s+)?[Nn]ăm\s+\d{4}\s*,\s*)?(?P<s>[A-ZĐÀ-Ỹ][^\d,;:()]{1,60}?)\s*$")
# A title opening its item with its grantor after "của" and a colon before the counts: "Giấy khen của
# Giám đốc Sở: 01 tập thể, 03 cá nhân" (the title's own words, then the grantor's, with no number).
_TITLE_OF = re.compile(r"^[^\d:;,()]{1,40}?\s+của\s+(?P<s>[A-ZĐÀ-Ỹ][^\d:;,()]{1,60}?)\s*:", re.IGNORECASE)
_PASSIVE = re.compile(r"(?<!\w)(?:được|bị)(?!\w)", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Sub-columns that are periods, plans or proposals, not grantors: "Năm 2022", "6 tháng", "Quý I",
# "Cùng kỳ", "Đăng ký", "Đề nghị".
_NOT_GRANTOR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b(?:thang|quy|cung\s*ky|luy\s*ke|dang\s*ky|de\s*nghi|"
                          r"chi\s*tieu|ke\s*hoach|ty\s*le|tong|cong)\b")


def grantor_columns_sum(table, cols: list[int], col_unit: list, row: list[str], cell_count) -> int | None:
    """A row's cells of one title's columns under one group heading, one column per grantor
    ("Giấy khen" over "Chủ tịch UBND huyện | BTV LĐLĐ huyện": 05 and 39 are 44), added; None when
    the columns are not that shape (one column, columns of collectives / individuals, sub-columns
    that are periods, pledges or totals, different group headings)."""
    if len(cols) < 2 or any(c >= len(table.columns) or col_unit[c] is not None for c in cols):
        return None
    groups = {table.columns[c].group for c in cols}
    if len(groups) != 1 or not next(iter(groups)):
        return None
    group = fold(next(iter(groups)).lower()).strip()
    subs = []
    for c in cols:
        label = fold(table.columns[c].label.lower()).strip()
        sub = label[len(group):].strip(" :-") if label.startswith(group) else ""
        if not sub or _NOT_GRANTOR.search(sub):
            return None
        subs.append(sub)
    if len(set(subs)) != len(subs):
        return None
    vals = [v for c in cols if c < len(row) and (v := cell_count(row[c])) is not None]
    return int(sum(vals)) if vals else None


@dataclass
class _Group:
    statements: dict[str, list[tuple[str, Candidate, frozenset]]] = field(default_factory=dict)
    broken: set[str] = field(default_factory=set)  # figures stated in another form in between


class GrantorSums:
    """Feed every sentence's candidates in reading order (`see`); `candidates()` gives the sums."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.groups: dict[tuple, _Group] = {}

    def _grantor(self, sent) -> str | None:
        """The grantor opening the sentence before its first awarding verb, folded; None if none (or
        when a title comes first: "Tổng cộng Giấy khen: ..." has the "khen" of its title only)."""
        text = sent.text
        verb_re = self.rules.ctx.get("award_verb")
        titles = sentence_mentions(sent, fold(text), self.rules)
        first_title = min((t.start for t in titles), default=len(text))
        named = _TITLE_OF.match(text[first_title:]) if first_title <= 2 and titles else None
        if named:  # "Giấy khen của Cục trưởng Cục Thuế: 02 tập thể, 06 cá nhân": the grantor after "của"
            return " ".join(fold(named.group("s")).split())
        m = verb_re.search(text.lower(), 0, first_title) if verb_re else None
        if not m:
            return None
        subject = _SUBJECT.match(text[:m.start()])
        if not subject or _PASSIVE.search(subject.group("s")) or len(subject.group("s").split()) > 8:
            return None
        return " ".join(fold(subject.group("s")).split())

    def see(self, sent, found: list[Candidate]) -> None:
        if not found:
            return  # most sentences: nothing to file
        rules = self.rules
        mine = [c for c in found if rules.specs[c.figure].kind == "count" and not rules.specs[c.figure].parts_add]
        if not mine:
            return
        colon_lead = sent.lead.split("|")[-1].strip()
        key = ("lead", sent.lead) if colon_lead else ("paragraph", sent.where, sent.paragraph)
        group = self.groups.setdefault(key, _Group())
        grantor = self._grantor(sent)
        years = frozenset(_YEAR.findall(sent.text))
        for cand in mine:
            same = [c for c in mine if c.figure == cand.figure]
            if grantor is None or len(same) != 1 or cand.proposal or cand.parts:
                group.broken.add(cand.figure)
                continue
            group.statements.setdefault(cand.figure, []).append((grantor, cand, years))

    def candidates(self) -> list[Candidate]:
        out = []
        for group in self.groups.values():
            for figure, statements in group.statements.items():
                if figure in group.broken or len(statements) < 2:
                    continue
                grantors = [g for g, _, _ in statements]
                years = {y for _, _, y in statements if y}
                if len(set(grantors)) < len(grantors) or len(years) > 1:
                    continue  # one grantor twice (a restatement), or awards of different years
                cands = [c for _, c, _ in statements]
                first = cands[0]
                out.append(Candidate(figure, sum(c.value for c in cands), max(c.score for c in cands) + 1,
                                     first.order, first.evidence, first.note, False,
                                     [(c.value, c.evidence) for c in cands]))
        return out
