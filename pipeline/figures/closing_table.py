"""A results table's own title closing the next half's tasks part ("PHẦN THỨ TƯ / NHIỆM VỤ 6 THÁNG
CUỐI NĂM" ... then "BẢNG TỔNG HỢP KẾT QUẢ KHEN THƯỞNG CỦA KHỐI" over the bloc's per-member table).

A report in parts often ends with its summary table after the tasks part, under a heading of its
own that names the table and no part. Such a heading is no task: the plan part's words (scope.py
PartScope, which otherwise holds them until the next part or appendix) do not reach the table.
Only a plan part is closed this way, and only by a title that opens with the table ("Bảng",
"Biểu") and names results or a summary without the rules' plan words (`context.plan_table`): a part
of another scope's (the district's) keeps its tables, and "Bảng chỉ tiêu đăng ký 6 tháng cuối năm"
stays a plan's.
What it leaves to others: reading the table (tables.py), whether its rows are members (tables.py).
"""

from __future__ import annotations

import re

_TABLE_TITLE = re.compile(r"^\W*(?:bảng|biểu)\b.*\b(?:kết quả|tổng hợp|thống kê)\b", re.IGNORECASE)
_PART_PREFIX = re.compile(r"^\W*(?:phần\s+(?:thứ\s+)?\w+\b\W*)?")


def closes_plan_part(rules, words: str, heading: str) -> bool:
    """`heading` (a heading line of the body) is a results table's title ending the plan part whose
    title `words` holds (PartScope.words; "" outside such a part)."""
    plan, plan_table = rules.ctx.get("plan_part"), rules.ctx.get("plan_table")
    if not words or plan is None or not _TABLE_TITLE.match(heading):
        return False
    if plan_table is not None and plan_table.search(heading.lower()):
        return False
    return plan.match(_PART_PREFIX.sub("", words, count=1)) is not None
