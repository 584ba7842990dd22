"""A department's report on the sector it directs: the sector's awards are not the office's own.

A department (Phòng Y tế, Phòng Văn hóa ...) reporting on the sector it directs ("Sơ kết công tác
thi đua, khen thưởng ngành Y tế") gives the sector's titles table, the chairman's Giấy khen to its
stations, ratios over the sector's staff, beside its own few titles. When the report sets the
office apart ("Riêng Phòng Y tế: ...", "Riêng cơ quan Phòng, ..."), the rest is the sector's: the
checklist asks what the report states for the unit itself, and the sector's bodies report their
own. For an item about the unit's own awards (`exclude_contexts: [others_scope]`: K2-K5), a
sentence of such a report counts only in the paragraph that sets the office apart or when it names
the office ("tập thể Phòng ...", "Phòng Y tế có ..."); the office acting for others ("Phòng đã
tham mưu ... tặng Giấy khen cho 01 tập thể (Trạm Y tế ...)") is no award of its own.

Which statements are the office's is one reading for figures and items: figures/sector.py's
SectorScope (the office's name from the header, the sector title, the paragraph setting it apart).
This module applies it to the check's sentences; dropping them from an item's evidence is
items.py's; the whole district's figures are others_scope.py's.
"""

from __future__ import annotations

from tdkt.pipeline.figures.sector import sector_scope
from tdkt.pipeline.segment import Sentence

REJECTION = "sector"


class ItemSector:
    """The office's own sentences of a sector report (nothing is set aside in any other report)."""

    def __init__(self, document):
        self.blocks = list(document.blocks) if document is not None else []
        scope = sector_scope(document) if document is not None else None
        self.scope = scope if scope is not None and scope.active else None

    def others(self, s: Sentence) -> bool:
        """`s` is the sector's statement, not the office's."""
        if self.scope is None or s.is_heading:
            return False
        block = self.blocks[s.block] if 0 <= s.block < len(self.blocks) else None
        paragraph = (block.full_text or "") if block is not None and block.kind == "paragraph" else s.text
        return not (self.scope.sets_apart(paragraph) or self.scope.names_office(s.text))
