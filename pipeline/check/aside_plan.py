"""A plan word inside a parenthesis that describes a place is no plan (nor target) of the sentence.

"... xã Tây Vinh, xã Tây Bình (khu vực giáp ranh, dự kiến mở rộng đô thị) chỉnh trang 4,5 km vỉa hè":
the parenthesis says what the communes are to become, the sentence tells the work done. The rules'
`plan` and `target` lists hold "dự kiến", so the Checker took the whole sentence for the second
half's plan. A sentence outside the plan sections whose plan and target words all lie inside
parentheses, and which tells a strong result outside them ("hoàn thành", "đạt" ...), is judged without
them: the other contexts the item excludes and the context it needs are the Checker's, as for any
sentence. A parenthesis that
dates the sentence's own action ("Tổ chức lễ ra quân (dự kiến ngày 15/7)") leaves no strong result
outside it and stays a plan.

What it leaves to others: the plan words (rules: `language.plan`), which items drop plans
(`exclude_contexts`), the concept and context (context.Checker), the item's status (items.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.check.context import Checker, _blank_names
from tdkt.pipeline.segment import Sentence

PLAN = "plan"
ASIDE_CONTEXTS = (PLAN, "target")  # the lists whose words an aside may hold
_ASIDE = re.compile(r"\([^()]*\)")


def _strong_outside(checker: Checker, canon: str) -> bool:
    text = canon
    for names in (checker.lang.names, checker.lang.protected):
        if names and names.regex:
            text = _blank_names(names, text)
    regex = checker.lang.strong.narrowed(text)
    return regex is not None and any(not checker.negated(text, m.start()) for m in regex.finditer(text))


def _plan_only_aside(checker: Checker, s: Sentence) -> bool:
    """The sentence is a plan only by words inside its parentheses, and tells a strong result outside."""
    if "(" not in s.text or s.first_clause is not None:
        return False
    if any(tags <= checker.lang.plan_sections for tags in s.section.tag_chain()):
        return False  # under the plan's heading everything is plan
    outside = checker.canon.text(_ASIDE.sub(" ", s.text))
    words = frozenset(outside.split())
    for name in ASIDE_CONTEXTS:
        cues = checker.lang.lists.get(name)
        if cues is not None and cues.hits(outside, words):
            return False
    return _strong_outside(checker, outside)


def aside_rescued(checker: Checker, rule, found: list[Sentence]) -> list[Sentence]:
    """Sentences naming the rule's concept, dropped as a plan only for an aside's words, that report it."""
    if PLAN not in rule.exclude_contexts or rule.concept is None:
        return []
    out = []
    for s in checker.matching(rule.concept):
        if s in found or s.is_heading or checker.excluded(s, rule) not in ASIDE_CONTEXTS:
            continue
        if not checker.per_sentence(_plan_only_aside, s):
            continue
        if any(name not in ASIDE_CONTEXTS and checker.in_context(s, name) for name in rule.exclude_contexts):
            continue
        if rule.quoted_needs_result and (not rule.concept.contains(checker.unquoted(s)) or checker.listed(s)):
            ok = checker.context_ok(s, rule, unquoted=True)
        else:
            ok = checker.context_ok(s, rule)
        if ok:
            out.append(s)
            checker.found_how.setdefault(s.index, "direct")
    return out
