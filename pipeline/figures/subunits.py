"""A title's count given only per sub-unit in one clause (extract.py's helper).

"Danh hiệu Lao động tiên tiến: Tổ Văn thư 4 người, Tổ Kế toán 03 người, Tổ Bảo vệ 2 người" states
no total; the sub-units' counts are the parts of the unit's figure and add up (9), each part
kept with the clause for the note. Only a list right after the title and its colon, of at least
two "name + count + unit word" items whose unit words all fit the figure, is read so: any other
word between the items (a plan, a proposal, a comparison) leaves the clause to prose.py.
Scoring and the choice among candidates stay with prose.py and extract.py.
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.figures.mentions import Candidate, sentence_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import find_numbers, fold
from tdkt.pipeline.record import Evidence

# After the title: its closing quote and the colon that opens the list.
_LIST_OPEN = re.compile(r"^[\s\"”“'»)]*:\s*")
# One item: a sub-unit's name (capitalised words), its count, its unit word.
_ITEM_SPLIT = re.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+")
_WANTED = {"individuals": {"ind"}, "collectives": {"col"}, "any": {"ind", "col"}, "both": {"ind", "col"}}


def with_sub_unit_sums(found: list[Candidate], sent, rules: Rules, folded: str) -> list[Candidate]:
    """prose.py's candidates of one sentence, the one its per-sub-unit list counts replaced by
    the list's sum (same score and context verdicts: prose.py judged the clause, this adds)."""
    if not found:
        return found
    summed = sub_unit_sum(sent, rules, found[0].order, folded)
    if summed is None:
        return found
    return [dataclasses.replace(c, value=summed.value, parts=summed.parts) if c.figure == summed.figure else c
            for c in found]


def sub_unit_sum(sent, rules: Rules, order: int, folded: str) -> Candidate | None:
    """The sum of a per-sub-unit list of counts that follows a title and a colon, or None."""
    text = sent.text
    mentions = sentence_mentions(sent, folded, rules)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    spec = rules.specs[mention.figure]
    if spec.kind != "count":
        return None
    opened = _LIST_OPEN.match(text[mention.end:])
    if not opened:
        return None
    start = mention.end + opened.end()
    items = [i for i in _ITEM_SPLIT.split(text[start:].rstrip(" .;")) if i.strip()]
    if len(items) < 2:
        return None
    parts = []
    for item in items:
        value = _item_count(item, rules, _WANTED.get(spec.unit, {"ind", "col"}))
        if value is None:
            return None
        parts.append((value, Evidence(item.strip()[:300], sent.where)))
    total = sum(v for v, _ in parts)
    return Candidate(mention.figure, total, 1, order, Evidence(text[:300], sent.where), mention.note, False, parts)


def _item_count(item: str, rules: Rules, wanted: set[str]) -> int | None:
    """"Ban Tài vụ 06 đồng chí" -> 6: a capitalised name, one count, a fitting unit word, nothing after."""
    nums = [n for n in find_numbers(item) if n.kind == "count"]
    if len(nums) != 1:
        return None
    n = nums[0]
    name = item[:n.start].strip()
    if not name or not name[0].isupper() or len(name.split()) > 8:
        return None
    folded = fold(item)
    um = rules.units.match(folded, n.end)
    if not um or folded[um.end():].strip():
        return None
    kind = rules.unit_kind.get(re.sub(r"\s+", " ", um.group("u")))
    return int(n.value) if kind in wanted else None
