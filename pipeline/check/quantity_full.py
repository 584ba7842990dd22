"""An item whose report must be concrete: a quantity makes it present, results told in words partial.

The political tasks' results are reported "concretely (figures, % of plan)"; offices that only
write "năng suất lúa đạt khá", "thu ngân sách cơ bản đạt tiến độ" touch the item and leave out what
makes it concrete. An item with `needs_quantity` finds its reporting sentences by its context words
or a quantity (the Checker's); this module splits them: one with a quantity (a count, an amount, a
percentage — not a date, year or a round's ordinal, language.py) makes it `present`, words alone
`partial` with the rule's `partial_note`. Which sentences report the item is context.py's.
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.record import Evidence, ItemResult
from tdkt.pipeline.segment import Sentence

MAX_EVIDENCE = 3


def _where(sentences: list[Sentence]) -> str:
    return ", ".join(dict.fromkeys(s.where.label() for s in sorted(sentences, key=lambda x: x.index)[:2]))


def _evidence(sentences: list[Sentence], chars: int = 300) -> list[Evidence]:
    out: list[Evidence] = []
    for s in sorted(sentences, key=lambda x: x.index)[:MAX_EVIDENCE]:
        out.append(Evidence(s.text if len(s.text) <= chars else s.text[:chars - 1] + "…", s.where.label()))
    return out


def worded_or_counted(checker: Checker, rule, found: list[Sentence]) -> ItemResult:
    """`present` when a found sentence has a quantity, else `partial` (`found` is not empty)."""
    counted = [s for s in found if checker.quantity(s, False)]
    if counted:
        return ItemResult("present", f"Có nội dung ({_where(counted)}).", _evidence(counted))
    note = rule.partial_note or "chỉ nêu bằng lời, chưa có số liệu"
    return ItemResult("partial", f"Có nội dung nhưng {note} ({_where(found)}).", _evidence(found))
