"""An appendix's own title line, in any case: "Phụ lục 1", "Phụ lục số 02", "PHỤ LỤC II (tiếp theo)".

Long reports put their figures in appendix tables after the closing sentence ("Trên đây là báo
cáo ..."), each under a short line naming the appendix, often in sentence case and only bold
("Phụ lục 1"), so it does not look like a heading by its letters. It is one all the same: it ends
the part above it (the next half's tasks part, whose words would make the tables a plan's; see
scope.py PartScope.see_heading, which reads appendix headings) and heads the table under it.
Only a line that is the appendix's name alone, with its number and an optional "(tiếp theo)",
counts: "(chi tiết tại Phụ lục 1 kèm theo)" in a sentence is a pointer, not a title.
What it leaves to others: what an appendix's scope is (scope.py), reading its table (tables.py).
"""

from __future__ import annotations

import re

_APPENDIX_LINE = re.compile(
    r"^\W*phụ\s+lục(?:\s+(?:số\s+)?(?:\d{1,2}|[ivxlc]{1,5}|[a-zđ]))?\s*[.:]?"
    r"\s*(?:\(\s*tiếp(?:\s+theo)?\s*\))?\s*[.:]?\s*$",
    re.IGNORECASE,
)


def appendix_title(text: str) -> bool:
    """`text` (a paragraph's whole text) is an appendix's title line and nothing more."""
    return len(text) <= 40 and _APPENDIX_LINE.match(text.strip()) is not None
