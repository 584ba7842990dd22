"""A clause about one named member inside a cluster's sentence: the member's, not the cluster's.

A cluster's report often names one member in passing: "khen thưởng đột xuất còn ít (xã Bình An
chưa đề nghị khen đột xuất trường hợp nào)", "...; trường Tiểu học số 2 có 03 sáng kiến". A count
or a zero stated there is that member's; the checklist takes a cluster's figure only as its stated
total over members. For cluster senders the clauses that open with a member word (`member_row`:
"xã", "trường", ...) and a capitalised name are cut from the sentence before its figures are read;
the rest of the sentence is read as usual. A clause also opens after a comma and one of the rules'
`breakdown` words ("..., trong đó thị trấn Cát Tiến 05 tập thể, 12 cá nhân; xã ..."): an award
named for all members and counted only member by member gives no figure of the cluster, and a
cluster total stated before "trong đó" stays. Whole paragraphs about one member are members.py's.
What it leaves to others: reading the figures (prose.py), which senders are clusters (the roster).
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.cut_spans import without_spans
from tdkt.pipeline.figures.members import CLUSTER_TYPES
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import fold

# A clause opens at the sentence's start or after "(", ";" or ":"; it ends at ")" or ";" or the end.
_OPENING = re.compile(r"(?:^|[(;:])\s*")
_CLOSING = re.compile(r"[);]")
# Member words that name the cluster or the district itself ("Cụm Thi đua số 2 có ..."): the whole.
_WHOLE = ("cum", "khoi", "huyen")


def without_member_clauses(sent, rules: Rules, unit_type: str | None):
    """`sent` without the clauses about one named member (a cluster sender's), or `sent` itself."""
    member = rules.ctx.get("member_row")
    if unit_type not in CLUSTER_TYPES or member is None:
        return sent
    text = sent.text
    cuts = []
    for cut_from, start in [*((m.start(), m.end()) for m in _OPENING.finditer(text)), *_after_breakdown(text, rules)]:
        word = member.match(text.lower(), start)
        if word is None or not text[word.end():word.end() + 3].lstrip()[:1].isupper() \
                or fold(word.group(0).lower()) in _WHOLE:
            continue  # "xã Bình An", "Trường THCS ...": a member by its name; "các xã" is all of them
        end = _CLOSING.search(text, start)
        cuts.append((cut_from, end.end() if end else len(text)))
    merged: list[tuple[int, int]] = []  # in order; "..., trong đó xã A ...; xã B ..." share their ";"
    for a, b in sorted(cuts):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return without_spans(sent, merged)


# ", trong đó có xã ...": the comma before the breakdown word, "có" after it
_BREAKDOWN_OPEN = re.compile(r",\s*$")
_HAS = re.compile(r"\s*:?\s*(?:có\s+)?")


def _after_breakdown(text: str, rules: Rules) -> list[tuple[int, int]]:
    """(where the breakdown word starts, where the next word starts) after ", <breakdown word>"
    ("trong đó", "bao gồm"): the clause is cut from the breakdown word on."""
    breakdown = rules.ctx.get("breakdown")
    if breakdown is None:
        return []
    low = text.lower()
    return [(b.start(), _HAS.match(low, b.end()).end()) for b in breakdown.finditer(low)
            if _BREAKDOWN_OPEN.search(low, 0, b.start())]
