"""Cumulative counts over a longer span than the half year (comparisons.py's helper).

Offices set the half year's count beside the running total since the start of the term or of an
earlier year: "công nhận 03 sáng kiến, nâng tổng số sáng kiến từ đầu nhiệm kỳ đến nay lên 14",
"(lũy kế từ đầu NK: 08 lượt cá nhân)", "lũy kế từ đầu năm 2022 đến nay là 38 lượt", "(lũy kế 03
năm 2020 - 2022 là 70 lượt)". Such a count is never the period's. A cumulative word alone is not
enough: "lũy kế 6 tháng", "từ đầu năm đến nay" are the half year itself; the clause must also name
a longer span (the term, a range of years, several years, an earlier year's start).
`cumulative_count` says so for one count (text as written, the count's offset); the callers drop it.
A table's cumulative columns are the table readers' (tables.py, table_periods.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import fold

# A running total: "lũy kế", "... đến nay", "nâng tổng số ... lên", "tính từ ...".
_CUE = re.compile(r"\bluy\s*ke\b|\bden\s+nay\b|\bnang\s+tong\b|\btinh\s+tu\b")
# A span longer than the half year: the term ("nhiệm kỳ", "NK"), a range of years ("2020 - 2022",
# "giai đoạn 2021 - 2025"), several years ("03 năm", "2,5 năm"), or the start of a year the cue
# reaches back to ("lũy kế từ đầu năm 2022"; "từ đầu năm 2023 đến nay" alone is the half year).
_TERM_SPAN = re.compile(r"\bnhiem\s*ky\b|\bnk\b|\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b|\b\d+(?:,\d+)?\s+nam\b")
_YEAR_START = re.compile(r"\btu\s+(?:dau\s+)?(?:nam\s+)?(?:19|20)\d{2}\b")
# The half year named again after the running total ("..., riêng 6 tháng đầu năm công nhận 02"):
# the count is the period's.
_OWN_AFTER = re.compile(r"\b(?:rieng|trong\s+ky|(?:6|sau)\s+thang|nam\s+nay|quy\s+(?:i|ii|1|2)\b)")
# Where the count's statement opens: a sentence stop, a semicolon, a parenthesis, a line.
_OPEN = re.compile(r"[.;(\n]\s")


def cumulative_count(text: str, at: int) -> bool:
    """Is the count starting at `at` in `text` a running total over a longer span than the half year?"""
    before = fold(text[max(0, at - 200):at].lower())
    opens = [m.end() for m in _OPEN.finditer(before)]
    paren = before.rfind("(")
    start = max(opens[-1] if opens else 0, paren + 1 if paren >= 0 else 0)
    segment = before[start:]
    cues = list(_CUE.finditer(segment))
    if not cues:
        return False
    cue = cues[-1]
    if _OWN_AFTER.search(segment[cue.end():]):
        return False  # "lũy kế 6 tháng", "..., riêng 6 tháng đầu năm ...": the half year's own
    clause = segment[segment.rfind(",", 0, cue.start()) + 1:]  # the cue's own clause up to the count
    if _TERM_SPAN.search(clause):
        return True
    return bool(cue.group(0).startswith("luy") and _YEAR_START.search(clause))


# A column heading over a running total: "Lũy kế từ đầu nhiệm kỳ", "Lũy kế NK 2020 - 2025", "Cả
# nhiệm kỳ", "Lũy kế từ năm 2021", "Giai đoạn 2021 - 2023" (not "Năm học 2022 - 2023": a school
# year may be the unit's own period).
_HEADING_CUE = re.compile(r"\bluy\s*ke\b|\bden\s+nay\b|\bgiai\s+doan\b|\bnhiem\s*ky\b|\bnk\b")


def cumulative_heading(folded_label: str) -> bool:
    """Does a table column's folded, lower-case heading name a running total over a longer span?"""
    if not _HEADING_CUE.search(folded_label) or re.search(r"\bnam\s+hoc\b", folded_label):
        return False
    return bool(_TERM_SPAN.search(folded_label) or _YEAR_START.search(folded_label))
