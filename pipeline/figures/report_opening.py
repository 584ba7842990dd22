"""The report's opening sentence, ending in a colon, is no lead-in of the figures below it.

Most reports open "Thực hiện hướng dẫn của UBND huyện về sơ kết công tác thi đua, khen thưởng 6
tháng đầu năm 2023, Hội ... báo cáo như sau:". walk.py keeps a paragraph's last sentence ending in
":" as the lead-in of what follows until the next heading; when the next title is not read as a
heading (a bold summary line in small letters), the opening's words would be the context of the
report's first passage, and its "6 tháng đầu năm 2023," (the review's own title) would make last
year's Giấy khen the half year's ad-hoc awards. The rules' `context.report_opening` phrases say how
the opening ends ("báo cáo như sau:"); such a line introduces the whole report, not a list.

What it leaves to others: which lines are headings and how a lead is used (walk.py, prose.py).
"""

from __future__ import annotations

from tdkt.pipeline.figures.rules import Rules

KEY = "report_opening"


def is_report_opening(text: str, rules: Rules) -> bool:
    """`text` (a paragraph ending in ":") ends with the words that close a report's opening."""
    cue = rules.ctx.get(KEY)
    if cue is None:
        return False
    low = text.rstrip().lower()
    return any(m.end() == len(low) for m in cue.finditer(low))
