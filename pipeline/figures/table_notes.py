"""A note under a table explains the table; it states no figure of zero (extract.py's helper).

"Ghi chú: các trạm y tế không xét danh hiệu Tập thể lao động tiên tiến (ký hiệu "-")" says why
some rows have a dash, not that the unit's figure is 0: the table's own total (or its blank
total cell) speaks for the figure. Non-zero counts in such a note are left as prose.py read them.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import Candidate

_NOTE_LABEL = re.compile(r"^\s*(?:\(?\*+\)?\s*)?(?:ghi chú|chú thích|chú giải|lưu ý)\s*[:.\-–]", re.IGNORECASE)


def without_note_zeros(found: list[Candidate], text: str, after_table: bool) -> list[Candidate]:
    """`found` without its stated zeros when `text` is a note right after a table."""
    if not found or not after_table or not _NOTE_LABEL.match(text):
        return found
    return [c for c in found if c.value != 0]


class AfterTable:
    """Follows walk.py's entries: is a sentence in the paragraph right after a table?"""

    def __init__(self) -> None:
        self._table_before = False
        self._paragraph = None

    def see(self, entry) -> bool:
        if entry[0] == "t":
            self._table_before, self._paragraph = True, None
            return False
        where = entry[1].where
        if self._paragraph is None and self._table_before:
            self._paragraph = where
        elif where != self._paragraph:
            self._table_before = False
        return self._table_before
