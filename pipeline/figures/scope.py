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

from tdkt.pipeline.figures.closing_table import closes_plan_part
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbering import LABEL_NUMBER
from tdkt.pipeline.regex_literals import required_literals

# A quoted name (an initiative's, a movement's: "... toàn huyện ...") says nothing of scope.
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def about_others(rules: Rules, *texts: str) -> bool:
    """True when any of `texts` (lower-case, with tone marks) states another scope's figures."""
    scope = rules.ctx.get("others_scope")
    if not scope:
        return False
    for text in texts:  # a loop, not any(<generator>): asked for every sentence and clause
        if text and _states_scope(scope, text):
            return True
    return False


def lead_about_others(rules: Rules, lead: str) -> bool:
    """about_others of a heading or lead-in, remembered: every sentence under it asks again."""
    if OTHERS_PART_MARK in lead:
        return True  # under a part PartScope found to be another scope's by its own words
    scope = rules.ctx.get("others_scope")
    return bool(scope) and bool(lead) and _lead_states_scope(scope, lead)


# What PartScope.words carries for a part whose title has `context.others_part` words (those
# words alone say nothing of scope outside a part's title, so the lead needs its own mark).
OTHERS_PART_MARK = "<part of another scope>"


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
# "PHỤ LỤC", "Phụ lục 02": an appendix heading; "(chi tiết tại Phụ lục kèm theo)": a pointer to one.
_APPENDIX = re.compile(r"^\W*phụ lục\b(?:\s+(?:số\s+)?([0-9]+|[ivx]+)\b)?", re.IGNORECASE)
_APPENDIX_REF = re.compile(r"\bphụ lục\b(?:\s+(?:số\s+)?([0-9]+|[ivx]+)\b)?", re.IGNORECASE)
_PART_PREFIX = re.compile(r"^\W*(?:phần\s+(?:thứ\s+)?\w+\b\W*)?")  # "PHẦN THỨ TƯ: " before a part's title


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
        self.appendices: set[str] = set()  # appendix numbers such a part points to ("": unnumbered)

    def see_heading(self, text: str) -> None:
        if closes_plan_part(self.rules, self.words, text):  # "BẢNG TỔNG HỢP KẾT QUẢ ..." after the tasks
            self.words, self.title_open = "", False
            return
        appendix = _APPENDIX.match(text)
        if appendix:  # an appendix is no part's: another scope's only when such a part pointed to it
            number = appendix.group(1) or ""
            pointed = self.appendices & {"", number.lstrip("0")}
            self.words = f"{text.lower()} {OTHERS_PART_MARK}" if pointed else ""
            self.started, self.title_open = True, False
            return
        part = _PART.match(text)
        if part:
            self.started, self.title_open = True, True
            low = text.lower()
            self.words = self._others(low) or self.declared.get(_ordinal(part.group(1)), "")
            return
        if self.title_open and not LABEL_NUMBER.match(text) and not self.words:
            self.words = self._others(text.lower())
        self.title_open = False

    def _others(self, title: str) -> str:
        """The words a part's title gives everything under it: the title when it states another
        scope ("... TOÀN HUYỆN"), names the district's emulation secretariat's work
        (`context.others_part`: "CÔNG TÁC THAM MƯU, THƯỜNG TRỰC THI ĐUA, KHEN THƯỞNG CỦA HUYỆN") or
        only the next half's tasks (`context.plan_part`): no figure of the unit's period in it."""
        if about_others(self.rules, title):
            return title
        title = _QUOTED.sub(" ", title)
        others, plan = self.rules.ctx.get("others_part"), self.rules.ctx.get("plan_part")
        # a plan part's title opens with the tasks ("PHẦN THỨ TƯ: NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI
        # NĂM"): its "nâng tỷ lệ ... đạt trên 70%" is a target; "ĐÁNH GIÁ VÀ NHIỆM VỤ ..." reviews first
        opening = _PART_PREFIX.sub("", title, count=1)
        if (others is not None and others.search(title)) or (plan is not None and plan.match(opening)):
            return f"{title} {OTHERS_PART_MARK}"
        return ""


    def see_clause(self, text: str) -> None:
        """A clause of the body before the first part: does it give one part another scope? A clause
        of such a part pointing to an appendix ("38 tập thể và 117 cá nhân (chi tiết tại Phụ lục kèm
        theo)"): that appendix's table is the same scope's."""
        if OTHERS_PART_MARK in self.words or about_others(self.rules, self.words):
            for ref in _APPENDIX_REF.finditer(text):
                self.appendices.add((ref.group(1) or "").lstrip("0"))
        if self.started or "hần" not in text:
            return
        named = list(_PART_NAMED.finditer(text))
        if len(named) == 1 and about_others(self.rules, text.lower()):
            self.declared[_ordinal(named[0].group(1))] = text.lower()
