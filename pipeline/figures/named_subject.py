"""One person named as the subject of an award of collectives and individuals alike (prose.py's helper).

Under the ad-hoc awards' heading a school or an office often tells its one case by name, the
person's role and deed in apposition, the award passive at the end: "Cô Nguyễn Thị A, giáo viên Tổ
Văn hóa, đạt giải Ba Hội thi ..., được Chủ tịch UBND huyện tặng Giấy khen (Quyết định số ...)". A
title given to both kinds (Giấy khen, the ad-hoc awards) counts her as one recipient, as a title of
individuals does (prose._named_person_subject). The apposition may name another person word as her
role ("giáo viên Tổ ...") and a prize rank ("giải Ba", "giải Nhì") is no count: only the subject
part, from the name to "được", is asked for a second person joined by "và"/"cùng", a plural
determiner or a numeral in lower case. The grantor after "được" ("Giám đốc Sở Giáo dục và Đào tạo")
is not the subject. Which words name a person is the rules' `context.named_recipient`.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import fold

# "được <grantor, up to 10 words> tặng|công nhận|khen thưởng" closing the words before the title.
_PASSIVE_AWARD = re.compile(r"\bđược((?:\s+[^\s;:.\d]+){0,10}?)\s+(?:tặng thưởng|tặng|công nhận|khen thưởng|khen)\s*$")
# A second person or a count in the subject part (lower case: "giải Ba" is a rank, not three people).
_PLURAL_SUBJECT = re.compile(r"\b(?:và|cùng|các|những|mọi|nhiều|một số|hai|ba|bốn|năm người)\b")
_BULLETS = " \t-–+•*"


def one_person_subject(before: str, rules: Rules) -> bool:
    """`before` (the clause up to the title) opens with one person named and ends "được ... tặng"."""
    words = rules.ctx.get("named_recipient")
    if not words or re.search(r"\d", before):
        return False
    low = before.lower()
    first = words.search(low)
    if first is None or before[:first.start()].strip(_BULLETS):
        return False  # the person must open the clause: she is its subject
    if rules.unit_kind.get(fold(first.group(0))) == "col":
        return False  # "tập thể Tổ ...": a body (prose._self_collective's and _labelled_recipient's case)
    if not before[first.end():first.end() + 3].lstrip()[:1].isupper():
        return False  # a name after the person word ("cô Nguyễn ...", "đồng chí Lê ...")
    passive = _PASSIVE_AWARD.search(before, first.end())
    if passive is None:
        return False
    subject = before[first.end():passive.start()]
    neg = rules.ctx.get("negation")
    return not _PLURAL_SUBJECT.search(subject) and not (neg and neg.search(subject.lower()))
