"""Titles whose proposal the report says is still pending give no figure (extract.py's helper).

"Đối với danh hiệu "Chiến sĩ thi đua cơ sở" và Giấy khen, hồ sơ đã trình Hội đồng ..., chưa có
quyết định": after listing what it proposed, the unit says which of the titles are not decided
yet. A proposal may stand in for a figure the report gives no award count of (extract.py, marked
"số liệu là số đề nghị"), but not once the report itself says its decision is pending: the
count proposed is then known not to be an award. A sentence with a pending word (the rules'
`context.pending`) that names titles and gives no count of its own sets those titles' proposal
candidates aside, wherever they stand in the report; their award candidates stay (a title decided
for some and pending for others keeps the decided count). decided.py reads the same state when a
label sorts a figure's cases ("Đang chờ quyết định: 04"); this is the prose form.
"""

from __future__ import annotations

from tdkt.pipeline.figures.mentions import sentence_mentions
from tdkt.pipeline.figures.sentence_facts import lower_text, may_search
from tdkt.pipeline.numbers import find_numbers


class PendingTitles:
    """Fed every sentence; `settle` drops the proposal candidates of the titles said to be pending."""

    def __init__(self, rules):
        self.rules = rules
        self.pattern = rules.ctx.get("pending")
        self.figures: set[str] = set()

    def see(self, sent, folded: str) -> None:
        if self.pattern is None:
            return
        low = lower_text(sent)
        if not may_search(self.pattern, low) or not self.pattern.search(low):
            return
        named = {m.figure for m in sentence_mentions(sent, folded, self.rules)}
        if not named or any(n.kind == "count" for n in find_numbers(sent.text)):
            return  # no title named, or a count of its own: read as usual
        self.figures |= {f for f in named if self.rules.specs[f].kind == "count"}

    def settle(self, candidates: list) -> list:
        if not self.figures:
            return candidates
        return [c for c in candidates if not (c.proposal and c.figure in self.figures)]
