"""A labelled paragraph opened with the directive's wording: the rest of the paragraph may report it.

Offices open a field's paragraph with its name and the usual words of the plan — "- Học tập và làm
theo ...: tiếp tục đẩy mạnh thực hiện Chỉ thị ... gắn với ... . 100% đảng viên xây dựng kế hoạch
rèn luyện ...; chi bộ tổ chức kiểm điểm ...". The label's sentence is plan wording (the rules'
`plan_wording` list), so Checker.evidence_for drops it and, with it, the paragraph it labels; the
sentences after it report the results. This module gives back the first of them that the item's
exclusions leave and that carries a result of its own: a quantity or a strong result word (what a
quoted movement name needs, `Checker.context_ok(unquoted=True)`). Whether the label names the item
and what the rules exclude stay the Checker's (context.py, labels.py); using the sentences is
items.py's.
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.labels import paragraph_followers
from tdkt.pipeline.segment import Sentence

PLAN_WORDING = "plan_wording"  # the rules' list of the directive's own wording


def worded_label_followers(checker: Checker, rule, found: list[Sentence]) -> list[Sentence]:
    """Sentences of a paragraph whose label names the item and whose label sentence was dropped as
    plan wording alone, carrying a result of their own; at most one per such paragraph."""
    if rule.concept is None or PLAN_WORDING not in rule.exclude_contexts:
        return []
    out: list[Sentence] = []
    for s in checker.matching(rule.concept):
        if s.is_heading or checker.excluded(s, rule) != PLAN_WORDING or not checker.labels(s, rule.concept):
            continue
        for t in paragraph_followers(checker.seg, s):
            if t in found or t in out or checker.excluded(t, rule):
                continue
            if checker.context_ok(t, rule) and checker.context_ok(t, rule, unquoted=True):
                out.append(t)
                checker.found_how.setdefault(t.index, "follower")
                break
    return out
