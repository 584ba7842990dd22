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

# "đề nghị ... tặng Giấy khen cho 04 tập thể (UBND các xã ..., Ban Quản lý dự án ...)": the
# collectives named in the parenthesis after the count.
_COLLECTIVES_NAMED = re.compile(r"\d+\s+(?:tập thể|đơn vị|cơ quan)\s*\(\s*", re.IGNORECASE)


def proposed_for_others(rules: Rules, proposal: bool, text: str) -> bool:
    """A proposal whose collectives are named as other bodies (`context.member_row` words: communes,
    schools, boards) is awards the unit put forward for others, none of its own."""
    member = rules.ctx.get("member_row")
    if not proposal or member is None:
        return False
    return any(member.match(text.lower(), m.end()) for m in _COLLECTIVES_NAMED.finditer(text))
_NEEDED: dict[int, tuple] = {}  # id(pattern) -> (pattern, its required literals)


def _needed(scope: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """The strings the scope pattern cannot match without (regex_literals: a necessary test)."""
    held = _NEEDED.get(id(scope))
    if held is None or held[0] is not scope:
        held = _NEEDED[id(scope)] = (scope, required_literals(scope.pattern, scope.flags))
    return held[1]


# "PHẦN THỨ NHẤT", "Phần I.", "PHẦN 2:": a part of a report in parts, and its ordinal.
_PART = re.compile(r"^\s*phần\s+(?:thứ\s+)?(nhất|một|hai|ba|tư|bốn|năm|iv|v|iii|ii|i|\d)\b", re.IGNORECASE)
_PART_NAMED = re.compile(r"\bphần\s+(?:thứ\s+)?(nhất|một|hai|ba|tư|bốn|năm|iv|v|iii|ii|i|\d)\b", re.IGNORECASE)
_ORDINAL = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5,
            "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
_NUMBERED = re.compile(r"^\s*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]", re.IGNORECASE)


def _ordinal(word: str) -> int:
    word = word.lower()
    return _ORDINAL.get(word) or int(word)


class PartScope:
    """A report in parts, one of them another scope's: "PHẦN THỨ NHẤT / CÔNG TÁC THAM MƯU ... TOÀN
    HUYỆN" over "1. Sáng kiến", "2. Khen thưởng" — the part's words hold for every heading under it,
    not only for its own lines (walk.py keeps only the nearest heading). A part is another scope's
    when its heading or its title line (the unnumbered heading right after it) carries
    `context.others_scope` words, or when the report says so before its first part ("Báo cáo gồm
    hai phần: Phần thứ nhất là ... (số liệu chung của toàn huyện); Phần thứ hai là ... của cơ quan").
    `words` is what walk.py adds to the lead of everything under such a part ("" elsewhere)."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.declared: dict[int, str] = {}  # part ordinal -> the clause that gave it another scope
        self.started = False  # a part heading seen: later clauses declare nothing
        self.words = ""
        self.title_open = False  # the part's title line may follow its "PHẦN THỨ ..." line

    def see_heading(self, text: str) -> None:
        part = _PART.match(text)
        if part:
            self.started, self.title_open = True, True
            low = text.lower()
            self.words = low if about_others(self.rules, low) else self.declared.get(_ordinal(part.group(1)), "")
            return
        if self.title_open and not _NUMBERED.match(text) and not self.words and about_others(self.rules, text.lower()):
            self.words = text.lower()
        self.title_open = False

    def see_clause(self, text: str) -> None:
        """A clause of the body before the first part: does it give one part another scope?"""
        if self.started or "hần" not in text:
            return
        named = list(_PART_NAMED.finditer(text))
        if len(named) == 1 and about_others(self.rules, text.lower()):
            self.declared[_ordinal(named[0].group(1))] = text.lower()
