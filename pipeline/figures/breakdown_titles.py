"""Titles named in the parenthesis breaking down an absorbing figure's count are its parts (prose.py's helper).

"6 tháng đầu năm 2023, khen thưởng chuyên đề, đột xuất 03 cá nhân (02 cá nhân được Chủ tịch UBND
huyện tặng Giấy khen về ..., 01 cá nhân được Giám đốc Sở tặng Giấy khen về ...)": the parenthesis
right after the ad-hoc awards' count tells which awards they were. The Giấy khen counted in it
are those ad-hoc awards — the figure that `absorbs` Giấy khen in the rules — never the annual
Giấy khen, and they add nothing to the count they break down. A sentence's mentions are fed in
order: `see` records the parenthesis after each count of a figure that absorbs others, `holds`
tells whether an absorbed title's mention lies inside one.
"""

from __future__ import annotations

import re

# After the count's unit: the parenthesis opening at once or after a few words of the same clause,
# no number, semicolon or sentence stop between them (as passages._PAREN_AFTER_COUNT).
_OPEN_AFTER = re.compile(r"[^()\d;.]{0,80}?\(")


def _close(text: str, start: int) -> int:
    """Where the parenthesis opened before `start` closes (nested ones skipped); the text's end if never."""
    depth = 0
    for i in range(start, len(text)):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
    return len(text)


class Breakdowns:
    """The parentheses of one sentence breaking down an absorbing figure's count."""

    def __init__(self, rules):
        self.rules = rules
        self.spans: list[tuple[frozenset, int, int]] = []  # (absorbed figures, open, close)

    def see(self, figure: str, used, text: str) -> None:
        """A candidate of `figure` was read from the counts `used` (prose.Num, `.end` after the unit)."""
        absorbs = self.rules.specs[figure].absorbs
        if not absorbs or not used:
            return
        m = _OPEN_AFTER.match(text, max(u.end for u in used))
        if m:
            self.spans.append((frozenset(absorbs), m.end(), _close(text, m.end())))

    def holds(self, figure: str, at: int) -> bool:
        """Is a mention of `figure` at `at` inside a breakdown of a figure absorbing it?"""
        return any(figure in absorbed and start <= at < end for absorbed, start, end in self.spans)
