"""A movement's deed done at a place named by another movement's words is no list of movements.

"Công chức chấp hành nghiêm giờ làm việc, đeo thẻ, thực hiện quy tắc ứng xử tại Bộ phận một cửa":
the office-culture movement's deeds, done at the one-stop desk. The desk's name is one of the
administrative-reform movement's words, so the Checker counted two movements in the sentence
(`Checker.listed`) and asked for a strong result as for a list ("tiếp tục hưởng ứng các phong
trào A, B và C"), and "chấp hành" is none. A movement's words right after "tại" / "ở" name where
the work was done, not a second movement: when only such places make the sentence a list, the
sentence is judged as an ordinary one for the movement named outside them.

What it leaves to others: which items are movements (the rules: `quoted_needs_result`, no parts),
the concept, exclusions and context of each (context.Checker), whether the rescued sentence then
passes the other list and run-on checks and adding it to the evidence (items.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.segment import Sentence

# The last word before a movement's words that makes them a place: "tại", "ở" (canonical text).
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:tại|ở)\s*$")


def _movements(checker) -> list:
    return [r for r in checker.rules if r.quoted_needs_result and not r.parts and r.concept is not None]


def _only_as_place(checker, rule, s: Sentence) -> bool:
    """Every match of the other movement's words in the sentence stands right after "tại" / "ở"."""
    text = s.canon
    regex = rule.concept.narrowed(text)
    spans = [m.start() for m in regex.finditer(text)] if regex is not None else []
    return bool(spans) and all(_PLACE_BEFORE.search(text[:start]) for start in spans)


def listed_by_places_only(checker, rule, s: Sentence) -> bool:
    """The sentence names this movement outside places and every other movement only as a place."""
    if _only_as_place(checker, rule, s):
        return False
    others = [r for r in _movements(checker) if r is not rule and checker.matches(r.concept, s)]
    return bool(others) and all(_only_as_place(checker, r, s) for r in others)


def place_rescued(checker, rule, found: list[Sentence]) -> list[Sentence]:
    """Sentences of a movement taken for a list only by another movement's place, that report it."""
    if not (rule.quoted_needs_result and not rule.parts and rule.concept is not None):
        return []
    out = []
    for s in checker.matching(rule.concept):
        if s in found or s.is_heading or not checker.listed(s) or checker.excluded(s, rule):
            continue
        if not rule.concept.contains(checker.unquoted(s)):
            continue  # only inside a quoted name: the list's reading stands
        if listed_by_places_only(checker, rule, s) and checker.context_ok(s, rule):
            out.append(s)
            checker.found_how.setdefault(s.index, "direct")
    return out
