"""A count of what exists, with no result beside it: the situation, not what a movement achieved.

Offices open a movement's passage with the make-up of the area or of the unit: "Trên địa bàn xã hiện
có 07 doanh nghiệp và 02 hợp tác xã", "Phòng hiện có 09 người". The number counts what is there now,
not anything done in the period; under a movement's bold heading it is the first sentence with a
number, and a number alone made it the movement's result. The rules' `inventory` list says how
offices write such a count ("hiện có N", "hiện nay ... có N"; no "đã"); this module adds that the
sentence carries no strong result word (`strong_result`, the directive's names blanked, not negated):
"hiện có 11 doanh nghiệp, tăng 02 so với cùng kỳ" reports a change, and stays a result.

An item opts in by naming `inventory` in its `exclude_contexts` (the movements do): the Checker
then reads such a sentence as excluded, so a heading's later follower with a result of its own
still reports the movement (context.py's follower walk goes on past it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # context.py imports this module: no import of it at run time
    from tdkt.pipeline.check.context import Checker
    from tdkt.pipeline.segment import Sentence

LIST = "inventory"  # the rules' wording of a count of what exists; also the context's name
NOTE = "Chỉ nêu số lượng hiện có (doanh nghiệp, hộ, người ...), chưa nêu kết quả đạt được trong kỳ"


def inventory_only(checker: Checker, s: Sentence) -> bool:
    """`s` counts what exists now (`inventory`) and says nothing achieved beside the count."""
    cues = checker.lang.lists.get(LIST)
    if cues is None or s.is_heading or not cues.hits(checker.unprotected(s), s.words):
        return False
    text = checker.context_text(s, False)  # names blanked: "... giảm nghèo" in a fund's name is no result
    regex = checker.lang.strong.narrowed(text)
    return regex is None or all(checker.negated(text, m.start()) for m in regex.finditer(text))
