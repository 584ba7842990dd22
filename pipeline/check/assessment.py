"""An assessment written without its heading: a paragraph that opens by judging the period as a whole.

Small units (a cooperative's letter, a short report with no outline) assess in one unheaded
paragraph: "Nhìn chung, 6 tháng đầu năm ... hoạt động ổn định ...; tuy nhiên ... chưa ...". The
rules' `assessment_openers:` list names the openings of such a paragraph; from the opener to the
paragraph's end, its sentences are content of the assessment sections (`assessment_sections:`), and
an item that reads those sections by what a sentence does (`section_content` with `section_needs` /
`section_unless`) reads them the same way here.

What it leaves to others: which sentences lie under an assessment heading (Checker.section_evidence,
context.py), which words judge well or badly (the rules' lists), the item's status (items.py).
"""

from __future__ import annotations

from tdkt.pipeline.check.context import MAX_EVIDENCE, Checker
from tdkt.pipeline.check.rules import ItemRule
from tdkt.pipeline.segment import Sentence

OPENERS_LIST = "assessment_openers"  # the language list naming how such a paragraph opens
PLAN = "plan"


def _own_plan(checker: Checker, s: Sentence) -> bool:
    """The sentence's own words, or an earlier ";" clause of its sentence, turn to the plan."""
    cues = checker.lang.lists.get(PLAN)
    if cues is None:
        return False
    first = s.first_clause if s.first_clause is not None else s.index
    return any(cues.hits(checker.unprotected(c), c.words) for c in checker.seg.sentences[first:s.index + 1])


def _excluded(checker: Checker, rule: ItemRule, s: Sentence) -> str | None:
    """Why the item drops `s`, a sentence of a paragraph that opens by judging the period. Such a
    paragraph judges the half past wherever a clerk put it: under the second half's heading
    ("V. PHƯƠNG HƯỚNG ...": "Bên cạnh những kết quả đạt được, vẫn còn một số tồn tại, hạn chế: ...") it
    is no plan unless its own words turn to the plan ("6 tháng cuối năm", "sẽ", "phấn đấu")."""
    why = checker.excluded(s, rule)
    if why != PLAN or _own_plan(checker, s):
        return why
    return next((name for name in rule.exclude_contexts if name != PLAN and checker.in_context(s, name)), None)


def _opened_paragraphs(checker: Checker) -> list[Sentence]:
    """Content sentences of every paragraph opened by an assessment opener, from the opener on."""
    openers = checker.lang.lists.get(OPENERS_LIST)
    if openers is None:
        return []
    sentences = checker.seg.sentences
    out: list[Sentence] = []
    taken: set[int] = set()
    # checker.matching: the openers' hits, found once per report (each item reading the opened
    # paragraphs asks again)
    for s in checker.matching(openers):
        if s.is_heading or s.first_clause is not None or s.index in taken:
            continue  # a ";" clause is no paragraph's opening
        for t in sentences[s.index:]:
            if t.block != s.block or t.is_heading:
                break
            out.append(t)
            taken.add(t.index)
    return out


def opener_evidence(checker: Checker, rule: ItemRule, already: list[Sentence]) -> list[Sentence]:
    """Sentences of unheaded assessment paragraphs that report `rule` as its assessment section would.

    Only for items that read an assessment section by what its sentences do (needs / unless): a
    paragraph's opener alone is no report of the item.
    """
    if not (rule.section_content & checker.lang.assessment_sections) or (
            rule.section_needs is None and rule.section_unless is None):
        return []
    needs, unless = rule.section_needs, rule.section_unless
    out: list[Sentence] = []
    seen = {s.index for s in already}
    for s in _opened_paragraphs(checker):
        if s.index in seen:
            continue
        if rule.exclude and rule.exclude.hits(s.canon, s.words):
            continue
        if (needs is not None and not needs.hits(s.canon, s.words)) or (
                unless is not None and unless.hits(s.canon, s.words)) or _excluded(checker, rule, s):
            continue
        out.append(s)
        seen.add(s.index)
        checker.found_how.setdefault(s.index, "section")
        if len(out) >= MAX_EVIDENCE:
            break
    return out
