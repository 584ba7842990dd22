"""A concept named only inside a bracketed list of targets: "... thực hiện các chỉ tiêu ... năm 2023 (...; giảm
tỷ lệ hộ nghèo 0,5%; ...)".

A bloc or a commune sums up the year's socio-economic targets in a parenthesis after the words that
name them, then gives its results after it. An entry of that parenthesis is a target, not a result,
whatever number it carries (the checklist: "nông thôn mới" inside an economic target is not a report
of the movement). The segmenter cuts a long sentence at ";" into clauses, so an entry is often a
clause of its own, far from the words that made it a target: the parenthesis is found in the whole
sentence (its clauses joined back) and it is a list of targets when the canonical words right before
its "(" end as the rules' `target_list` says. The sentence reports the concept only when the concept
is still named in its own text once such parentheses are blanked.

What it leaves to others: the concept and which items drop targets (the rules: `target` in
`exclude_contexts`), the item's status (items.py).
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.segment import Sentence

LIST = "target_list"  # how the words before a bracketed list of targets end
JOIN = "; "  # the segmenter's ";" clauses joined back


def _target_spans(checker: Checker, text: str, cues) -> list[tuple[int, int]]:
    """(start, end) of each parenthesis, open to the text's end when unclosed, opened right after
    the words of a list of targets."""
    spans = []
    start = text.find("(")
    while start >= 0:
        close = text.find(")", start + 1)
        end = len(text) if close < 0 else close + 1
        head = checker.canon.text(text[:start])
        if head and cues.hits(head, frozenset(head.split())):
            spans.append((start, end))
        start = text.find("(", end)
    return spans


def only_in_target_list(checker: Checker, rule, s: Sentence) -> bool:
    """Every naming of the rule's concept in `s` lies inside a bracketed list of targets."""
    cues = checker.lang.lists.get(LIST)
    if cues is None or rule.concept is None or s.is_heading:
        return False
    sentences = checker.seg.sentences
    first = s.first_clause if s.first_clause is not None else s.index
    before = JOIN.join(t.text for t in sentences[first:s.index])
    offset = len(before) + len(JOIN) if before else 0
    text = (before + JOIN if before else "") + s.text
    if "(" not in text:
        return False
    spans = _target_spans(checker, text, cues)
    if not spans:
        return False
    own = list(text[offset:])
    for start, end in spans:
        for i in range(max(start, offset), end):
            own[i - offset] = " "
    return not rule.concept.contains(checker.canon.text("".join(own)))
