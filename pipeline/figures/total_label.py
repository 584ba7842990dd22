"""A sentence opened by a total's label lists stated totals ("Toàn Khối: 11 Tập thể lao động tiên
tiến, 95 Lao động tiên tiến, 12 Chiến sĩ thi đua cơ sở.").

A bloc or cluster gives its members' counts one by one, then sums them in one sentence under a
label ("Toàn Khối:", "Tổng cộng:", "Cộng:"). The prose reader scores a count as a stated total when
the total's words are in its own clause, which holds only the first title after the label; the
label covers every count the sentence lists. The label may close with a comma instead ("Tổng
cộng, năm 2022 xã có ...", "Toàn Cụm, năm 2022 có ..."): then it is the total's words alone, a few
words, so that a longer opening clause holding them is no label. Finding the counts is left to
prose.py, choosing among candidates to extract.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tdkt.pipeline.figures.mentions import Candidate
from tdkt.pipeline.figures.rules import Rules

# A short label opening the sentence, before its colon: no count, no clause break in it.
_LABEL = re.compile(r"^\s*(?:[-+•*]\s*)?[^:;.,\d]{1,30}:")
# ... or closing with a comma: only a few words, each of them the total's ("Tổng cộng,", "Toàn Khối,").
_COMMA_LABEL = re.compile(r"^\s*(?:[-+•*]\s*)?(?P<l>[^:;.,\d]{1,30}),")
_STATED_TOTAL = 4  # the score a count gets from the total's words in its clause (prose._context_score)


def labelled_totals(text: str, found: list[Candidate], rules: Rules) -> list[Candidate]:
    """`found` with every count of a sentence opened by a total's label scored as a stated total."""
    total = rules.ctx.get("total")
    label = _LABEL.match(text) if total and found else None
    if label is None or not total.search(label.group(0).lower()):
        comma = _COMMA_LABEL.match(text) if total and found else None
        words = comma.group("l").lower().strip() if comma else ""
        if not words or len(words.split()) > 4 or not (m := total.search(words)) or words[:m.start()].strip() \
                or words[m.end():].strip():
            return found
    return [replace(c, score=c.score + _STATED_TOTAL)
            if c.score < _STATED_TOTAL and not c.proposal and not c.parts and rules.specs[c.figure].kind == "count"
            else c for c in found]
