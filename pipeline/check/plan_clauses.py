"""A later ";" clause of a sentence that opens as the plan: the rest of the task list, no result.

A closing paragraph often gives the next half's tasks as one long sentence, opened by the plan's
words and going on in ";" clauses: "Sáu tháng cuối năm, Hội sẽ tiếp tục nhân rộng ...; hoàn thành
...; cùng cả huyện về đích huyện đạt chuẩn nông thôn mới". segment.py cuts a long sentence into
its clauses, and each clause is judged on its own words, so a later clause that names a movement
without a plan word of its own read as a result when no plan heading stood above it (a narrative
report's "Nhìn lại và hướng tới", or no heading at all). Such a clause is the plan's when the
sentence's first clause is the plan by its own words (the rules' `plan` list); a clause that says
work was done ("đã") stands on its own.

What it leaves to others: the plan's words (the rules' `plan` list), a plan heading and the
clauses before a plan turn (context.Checker), dropping such clauses from an item's evidence
(items.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.segment import Sentence

PLAN = "plan"
_DONE = re.compile(r"\bđã\b")


def in_plan_sentence(checker, s: Sentence) -> bool:
    """`s` is a later clause of a sentence whose first clause states the plan by its own words."""
    if s.first_clause is None or s.is_heading or _DONE.search(s.canon):
        return False
    cues = checker.lang.lists.get(PLAN)
    if not cues:
        return False
    head = checker.seg.sentences[s.first_clause]
    return bool(cues.hits(checker.unprotected(head), head.words))
