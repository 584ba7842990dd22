"""Statements about other bodies' figures, set aside by their words (extract.py's helper).

A department that keeps the district's emulation records (its office of home affairs) reports
both the district's results ("Kết quả toàn huyện như sau:", "tổng hợp từ báo cáo của các cơ
quan, đơn vị, địa phương") and its own. A sentence, or a table, whose own words or lead-in
(heading, "...:" line) carry one of the ruleset's `context.others_scope` phrases gives no figure
for the reporting unit. Which phrases mark that scope is data; reading the figures is left to
prose.py and tables.py.
"""

from __future__ import annotations

import functools
import re

from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.regex_literals import required_literals

# A quoted name (an initiative's, a movement's: "... toàn huyện ...") says nothing of scope.
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def about_others(rules: Rules, *texts: str) -> bool:
    """True when any of `texts` (lower-case, with tone marks) states another scope's figures."""
    scope = rules.ctx.get("others_scope")
    return bool(scope) and any(_states_scope(scope, t) for t in texts if t)


def lead_about_others(rules: Rules, lead: str) -> bool:
    """about_others of a heading or lead-in, remembered: every sentence under it asks again."""
    scope = rules.ctx.get("others_scope")
    return bool(scope) and bool(lead) and _lead_states_scope(scope, lead)


def _states_scope(scope: re.Pattern, text: str) -> bool:
    if '"' in text or "“" in text:  # without a quote mark there is no quoted name to blank
        text = _QUOTED.sub(" ", text)
    for clause in _needed(scope):
        if not any(map(text.__contains__, clause)):
            return False  # "toàn huyện" cannot match where "huyện" is not: no regex run
    return scope.search(text) is not None


_lead_states_scope = functools.lru_cache(maxsize=256)(_states_scope)
_NEEDED: dict[int, tuple] = {}  # id(pattern) -> (pattern, its required literals)


def _needed(scope: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """The strings the scope pattern cannot match without (regex_literals: a necessary test)."""
    held = _NEEDED.get(id(scope))
    if held is None or held[0] is not scope:
        held = _NEEDED[id(scope)] = (scope, required_literals(scope.pattern, scope.flags))
    return held[1]
