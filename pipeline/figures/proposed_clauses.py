"""A clause proposing an award, inside a paragraph of the period's awards, adds nothing to them
(prose.py's helper for `period_label` paragraphs).

"Khen thưởng đột xuất: Chủ tịch UBND xã tặng Giấy khen cho 01 tập thể và 03 cá nhân ...; đồng
thời đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 01 cá nhân (chưa có quyết định)": under the
label every collective and individual count is one of the period's awards, except a count whose
own clause proposes it — a proposal word (the rules' `context.proposal`) before the count, with no
award word before that proposal in the clause (the award named after "đề nghị ... tặng" is the
one proposed). "được tặng Giấy khen theo đề nghị của ..." is an award (the rules' guarded
`theo đề nghị`); a proposal word after the count (the recipient's deed) leaves the count alone.
"""

from __future__ import annotations


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` opens: after the last ";", ":" or sentence stop before it."""
    return max(text.rfind(";", 0, pos), text.rfind(":", 0, pos), text.rfind(". ", 0, pos)) + 1


def proposed_count(text: str, start: int, ctx: dict) -> bool:
    """Does the clause of `text` up to a count at `start` propose that count's award?"""
    proposal = ctx.get("proposal")
    if proposal is None:
        return False
    head = text[_clause_start(text, start):start].lower()
    found = proposal.search(head)
    if found is None:
        return False
    award = ctx.get("award")
    return not (award and award.search(head[:found.start()]))


def without_proposed(text: str, nums: list, ctx: dict) -> list:
    """`nums` (prose.Num, a count at `.n.start`) without those a proposal clause of `text` states."""
    if ctx.get("proposal") is None:
        return nums
    return [n for n in nums if not proposed_count(text, n.n.start, ctx)]
