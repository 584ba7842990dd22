"""Facts of one walk Sentence computed once and shared by the figures' readers (extract.py's helper).

Most of a report's clauses state no figure, and each reader rejects them with a cheap test of its
own; what is left per clause is the same work done again by each: the lower-case form taken by
about_others, pending_titles, body_members and others_recipients alike, and a rule regex searched
where the strings it cannot match without (pipeline/regex_literals.py) are absent. `lower_text`
keeps the lower-case form on the Sentence itself (a rewritten sentence, dataclasses.replace, is a
new object without it); `may_search` is the literal test run before a rule's regex.
"""

from __future__ import annotations

import re

from tdkt.pipeline.regex_literals import required_literals


def lower_text(sent) -> str:
    """sent.text.lower(), taken once per Sentence object (its text is never assigned in place)."""
    held = sent.__dict__.get("_low")
    if held is None or held[0] is not sent.text:
        held = sent.__dict__["_low"] = (sent.text, sent.text.lower())
    return held[1]


_NEEDED: dict[int, tuple] = {}  # id(pattern) -> (pattern, its required literals)


def may_search(pattern: re.Pattern, text: str) -> bool:
    """False only when `pattern.search(text)` cannot match: a clause of its required literals has
    none of its strings in `text` (a necessary condition; True sends the text on to the regex)."""
    held = _NEEDED.get(id(pattern))
    if held is None or held[0] is not pattern:
        held = _NEEDED[id(pattern)] = (pattern, required_literals(pattern.pattern, pattern.flags))
    for clause in held[1]:
        if not any(map(text.__contains__, clause)):
            return False
    return True
