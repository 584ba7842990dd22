"""Counts of another period stated beside the report's own (prose.py's and passages.py's helper).

Offices set this half year's counts beside the same months of the year before and the half year
before: "(cùng kỳ năm 2022: 03 tập thể, 06 cá nhân; 6 tháng cuối năm 2022: 04 tập thể, 08 cá
nhân)", "Cùng kỳ năm 2022 công nhận 01 sáng kiến, 6 tháng cuối năm 2022 công nhận 03 sáng kiến",
"Lao động tiên tiến tăng 01 người (năm 2021: 20)". Such a count is never this period's: a count in
a parenthesis or a clause that opens by naming another period, or a difference ("tăng 01", "giảm
02 so với ..."). `compared_count` says so for one count; choosing what is left is the callers'.
A table's columns of other periods are table_periods.py's.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.cumulative import cumulative_count
from tdkt.pipeline.numbers import fold

# Another period named (folded): the same months of the year before, the half year before, the
# year or term before.
COMPARED_PERIOD = re.compile(r"\bcung\s*ky\b|\b(?:6|sau)\s+thang\s+cuoi\b|\b(?:nam|ky)\s+truoc\b")
# A clause or parenthesis opening with another period: "cùng kỳ năm 2022: ...", "Cùng kỳ năm 2022
# công nhận ...", "6 tháng cuối năm 2022 là 12".
_OPENS_COMPARED = re.compile(r"^\s*(?:[-+•]\s*)?(?:so\s+voi\s+|con\s+|trong\s+|tai\s+)?"
                             r"(?:cung\s*ky|(?:6|sau)\s+thang\s+cuoi|(?:nam|ky)\s+truoc)\b")
# A difference against another period right before the count: "tăng 01 người", "giảm thêm 02"
# ("tăng lên 05", "giảm còn 02" state the period's own count; "hơn 30 cá nhân" is about 30).
# With its tones: "tăng" (rises) and "tặng" (awards) fold alike.
# A replacement report's "bổ sung 01 tập thể, 02 cá nhân" adds to the replaced report's count.
_DIFFERENCE = re.compile(r"(?<!\w)(?:tăng|giảm|bổ\s+sung)\s+(?:thêm\s+)?$")
# Where a clause opens: a sentence stop, a semicolon, a comma, a colon after the lead-in.
_CLAUSE_OPEN = re.compile(r"[.;,(]|\bva\b")


def compared_count(text: str, at: int) -> bool:
    """Is the count starting at `at` in `text` one of another period (or a difference against it)?"""
    if cumulative_count(text, at):
        return True  # "nâng tổng số ... từ đầu nhiệm kỳ lên 14": a running total (cumulative.py)
    if _DIFFERENCE.search(text[max(0, at - 30):at].lower()):
        return True
    before = fold(text[:at].lower())
    opened = before.rfind("(")
    if opened >= 0 and ")" not in before[opened:]:
        inner = before[opened + 1:]
        piece = inner[inner.rfind(";") + 1:]  # "(cùng kỳ: 03 ...; 6 tháng cuối năm 2022: 04 ...)"
        if _OPENS_COMPARED.search(piece):
            return True
    starts = [m.end() for m in _CLAUSE_OPEN.finditer(before)]
    clause = before[starts[-1]:] if starts else before
    return bool(_OPENS_COMPARED.search(clause))


_PAREN = re.compile(r"\([^()]*\)")


# A parenthesis setting the registration beside the outcome: "(đăng ký Tập thể lao động xuất sắc
# nhưng không đạt do ...)", "(có đăng ký ..., chưa đạt)": the plan it is compared to, not this clause's.
_REGISTERED_OUTCOME = re.compile(r"^\s*(?:co\s+|da\s+)?dang\s+ky\b.*\b(?:khong|chua|nhung)\b.*\bdat\b")


def mask_compared(text: str) -> str:
    """`text` with its parentheses about other periods blanked ("(6 tháng cuối năm 2022: 02 tập
    thể)"), or about the registration the outcome is compared to ("(đăng ký ... nhưng không đạt)"),
    so that their words do not read as this clause's plan or total."""
    def blank(m: re.Match) -> str:
        inner = fold(m.group(0)[1:].lower())
        compared = _OPENS_COMPARED.search(inner) or _REGISTERED_OUTCOME.search(inner)
        return " " * len(m.group(0)) if compared else m.group(0)
    return _PAREN.sub(blank, text) if "(" in text else text
