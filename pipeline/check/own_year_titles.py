"""The unit's own titles of the year asked, told in a line under a heading of another year's awards.

An education office reviews the school year and forwards its schools' proposals under one heading
("2. Kết quả bình xét, đề nghị khen thưởng năm học 2022 - 2023"), and states its own titles of the
calendar year asked in a line among them: "Cơ quan Phòng năm 2022 được công nhận “Tập thể lao động
tiên tiến”; 14/15 công chức đạt ...". The heading puts every sentence under it in the rules'
`not_2022_titles` context (a title context: the heading's words decide); this line's own words say
the year asked and that the titles were conferred (the rules' `own_year_titles` list), so it reports
the item's parts it names. Only a sentence whose own words do not hit `not_2022_titles` and that has
the item's context (its count) is given back; which part it names is the Checker's (context.py);
the item's status is items.py's.
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.segment import Sentence

TITLES = "not_2022_titles"  # the rules' context of another year's or kind's awards
OWN = "own_year_titles"  # the rules' words of the unit's own titles of the year asked


def own_year_sentences(checker: Checker, rule, part, hits: list[Sentence]) -> list[Sentence]:
    """Sentences naming the part that only their heading put among another year's awards and whose
    own words state the unit's titles of the year asked."""
    own = checker.lang.lists.get(OWN)
    if own is None or part.concept is None or TITLES not in rule.exclude_contexts:
        return []
    other_year = checker.lang.lists.get(TITLES)
    out: list[Sentence] = []
    for s in checker.matching(part.concept):
        if s.is_heading or s in hits or checker.excluded(s, rule) != TITLES:
            continue
        text = checker.unprotected(s)
        if other_year is not None and other_year.hits(text, s.words):
            continue  # its own words are another year's or kind's awards
        if own.hits(text, s.words) and checker.context_ok(s, rule):
            out.append(s)
    return out
