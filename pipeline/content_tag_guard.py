"""Whether a section's content may tag it as the proposals under a results heading.

segment.tag_sections tags a section whose title has no cue by its content words when one
directive section wins clearly. Under a heading already matched to a results section (the
movements, the awards), a sub-section about one field ("Cải cách hành chính, chuyển đổi số")
reports what was done: its "kiến nghị" ("không có phản ánh, kiến nghị" of citizens) and "đề xuất"
("rà soát, đề xuất đơn giản hóa 02 thủ tục") are results there, not the unit's proposals to the
district; only a title opens the proposals there. The plan is left to the content as before: a
sub-section of bare tasks ("Tiếp tục ...", "Phấn đấu ...") under a results heading is still a plan.
Segmentation itself is segment's job; this module answers that one question.
"""

from __future__ import annotations


def context_winner_blocked(section, winner: str, specs: list[dict]) -> bool:
    """The content winner is the proposals section and the nearest tagged ancestor is a results
    section (one with no context of its own)."""
    if winner not in {s["id"] for s in specs if s.get("context") == "proposal"}:
        return False
    context_ids = {s["id"] for s in specs if s.get("context")}
    node = section.parent
    while node is not None and not node.tags:
        node = node.parent
    return node is not None and not (node.tags & context_ids)
