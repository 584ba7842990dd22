"""Whether a sentence opens a point of its own with a label ("Cải tiến lề lối làm việc: ...").

Telegraphic reports answer several of the directive's points in one paragraph, each after its
label: "CCHC: không trực tiếp giải quyết. LĐ giỏi, LĐ sáng tạo: không có. Cải tiến lề lối làm
việc: giao ban hằng tuần ...". A negative answer explains itself in the sentences after it
(negative_answer.py), but a sentence opened by a new label answers another point: the chain stops
there. An explanation's own label ("Lý do: ...", "Nguyên nhân: ...") goes on explaining.
"""

from __future__ import annotations

import re

MAX_LABEL_WORDS = 8
_EXPLAINING = re.compile(r"^(?:lý do|nguyên nhân|vì|do|bởi vì|ghi chú|lưu ý)\b", re.I)


def opens_a_point(text: str) -> bool:
    """A short label without digits, then ":" and an answer."""
    head, colon, rest = text.lstrip("-–+•* ").partition(":")
    if not colon or not rest.strip():
        return False
    words = head.split()
    return (0 < len(words) <= MAX_LABEL_WORDS and not any(c.isdigit() for c in head)
            and not _EXPLAINING.match(head.strip()))
