"""A number naming a part of a document, not counting anything: "(Phụ lục 6)", "Biểu số 02",
"theo Mẫu 3", "Điều 5", "khoản 2" (mentions.py's helper).

Long reports point to their appendices in the sentence that would hold a figure: "Hội đồng đã
xét, công nhận các sáng kiến cấp cơ sở (Phụ lục 6)", "danh sách cá nhân đạt danh hiệu ... có Phụ
lục 3". The number after such a word is the appendix's (the table's, the form's, the article's),
never a count of the title beside it. Only the number standing right after the word (with an
optional "số") is such a label: "Phụ lục gồm 05 biểu" still counts forms.
What it leaves to others: every other number (mentions.py title_numbers), the appendix's table
itself (tables.py).
"""

from __future__ import annotations

import re

# The words before a part's number, with their tone marks ("bảng" a table, "bằng" a preposition),
# at the end of the text before it.
_LABEL_BEFORE = re.compile(r"(?<!\w)(?:phụ\s*lục|biểu(?:\s*mẫu)?|mẫu|bảng|điều|khoản|chương)\s*(?:số\s*)?[:.]?\s*$",
                           re.IGNORECASE)


def names_a_part(text: str, start: int) -> bool:
    """The number starting at `start` of `text` is a document part's label."""
    return _LABEL_BEFORE.search(text[max(0, start - 20):start]) is not None
