"""A paragraph naming the titles' own year under a heading that excludes them (prose.py's helper).

An education office reports the school year: its heading "Kết quả bình xét, đề nghị khen thưởng
năm học 2022 - 2023" makes every title under it a school-year proposal, none of the 2022 titles
(the figures' `exclude_context`). Yet the office's own titles of the calendar year sit in that
section too, in a paragraph of their own: "Cơ quan Phòng năm 2022 được công nhận Tập thể lao động
tiên tiến; 14/15 công chức đạt danh hiệu Lao động tiên tiến ...". A paragraph that names the
titles' year (`context.past_period`: "năm 2022") up to the clause, and none of the figure's
excluding words itself, is read by its own words, not by its heading's.
What it leaves to others: the clause's own excluding words (they still exclude), proposals and
plans (prose.py), whose titles the paragraph's subject holds (prose.py, scope.py).
"""

from __future__ import annotations


def names_own_year(sent, spec, rules) -> bool:
    """`sent`'s paragraph, up to the end of `sent`, names the titles' year and no excluding word of
    `spec` (so its heading's exclusion does not reach it)."""
    past = rules.ctx.get("past_period")
    if past is None or spec.exclude is None:
        return False
    paragraph = sent.paragraph or sent.text
    at = paragraph.find(sent.text)
    upto = (paragraph[:at + len(sent.text)] if at >= 0 else sent.text).lower()
    return past.search(upto) is not None and spec.exclude.search(upto) is None
