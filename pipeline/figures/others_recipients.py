"""Awards a unit put forward for other bodies' people, counted after them: not the unit's own.

A department often reports, beside its own awards, the ones its proposal earned for the communes
or schools it works with, in the same decision: "Cùng Quyết định số ..., theo đề nghị của Phòng,
Chủ tịch UBND huyện tặng Giấy khen cho 05 tập thể, 09 cá nhân thuộc UBND các xã". The counts are
followed by whose they are: "thuộc" / "của" / "ở" / "tại" and a plural "các" before a member word
(`context.member_row`: xã, thị trấn, trường, ...). Those counts, and the rest of their clause, are
cut from the sentence before its figures are read; the unit's own recipients in the same
sentence stay. A cluster's sender is left alone: its members' awards are what it reports
(member_clause.py, members.py). Reading the figures is left to prose.py and passages.py.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.cut_spans import without_spans
from tdkt.pipeline.figures.members import CLUSTER_TYPES
from tdkt.pipeline.figures.sentence_facts import lower_text
from tdkt.pipeline.figures.rules import Rules

# "... thuộc UBND các xã", "... của các trường", "... ở các xã, thị trấn": whose the counts are
# (language words; which bodies are members is the rules' `member_row`).
_WHOSE = re.compile(r"(?<!\w)(?:thuộc|của|ở|tại)\s+(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?các\s+")
# The run of counts right before it: "04 tập thể, 11 cá nhân ", "02 tập thể và 07 cá nhân ".
_COUNTS_BEFORE = re.compile(r"(?:\d+\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*(?:,\s*|và\s+)?)+$")
_CLAUSE_END = re.compile(r"[;)]|\.(?:\s|$)")
_MARK = ("thuộc", "của", "ở", "tại")


def without_others_recipients(sent, rules: Rules, unit_type: str | None):
    """`sent` without the counts of other bodies' recipients and the rest of their clause."""
    member = rules.ctx.get("member_row")
    if member is None or unit_type in CLUSTER_TYPES:
        return sent
    low = lower_text(sent)
    if " các " not in low:
        return sent
    text = sent.text
    if not any(w in low for w in _MARK):
        return sent
    cuts = []
    for m in _WHOSE.finditer(low):
        if not member.match(low, m.end()):
            continue  # "của các thành viên", "của các đồng chí": no other body named
        near = max(0, m.start() - 120)  # a run of counts is short: no long backtracking
        counts = _COUNTS_BEFORE.search(text, near, m.start())
        if counts is None:
            continue  # "phối hợp với ... của các xã": no count said to be theirs
        end = _CLAUSE_END.search(text, m.end())
        cuts.append((counts.start(), end.start() if end else len(text)))
    return without_spans(sent, cuts)
