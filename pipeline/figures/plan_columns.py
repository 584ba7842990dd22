"""A statistics form's columns: target | achieved | rate ("Kế hoạch | Thực hiện 6 tháng | Tỷ lệ %").

Offices report their indicators in a "Biểu số liệu" whose rows are indicators (a few of them
award titles) and whose columns are the target (plan or registered figure: "Kế hoạch", "Chỉ
tiêu", "KH", "Đăng ký"), what was achieved ("Thực hiện", "TH", "Kết quả", "Đạt được") and the
achieved share of the target ("Tỷ lệ %", "So với KH", "TH/KH"). A row's figure is its achieved
cell: the target is a plan, and the rate column is the completion rate, never the ratio a title
row asks for (a "Tỷ lệ ... lao động trực tiếp" row's rate cell is 30,0 % against a 30 % target).
The same form turned over (titles as columns, rows "Kế hoạch" / "Thực hiện" / "Tỷ lệ (%)") gives
its achieved row. What it leaves to others: which figure a row names and how it is picked (tables.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import fold
from tdkt.pipeline.table_stage import NUMBER_HEAD

# Headings in table vocabulary (folded). A rate heading is tested first: "Thực hiện so với kế hoạch
# (%)" is a rate, "Kế hoạch" alone a target.
_RATE = re.compile(r"\bt[yi]\s*le\b|%|\bso\s*(?:voi|sanh)\b|\bth\s*/\s*kh\b|phan\s*tram")
_ACHIEVED = re.compile(r"\b(?:thuc\s*hien|th|ket\s*qua|dat\s*duoc|uoc\s*(?:thuc\s*hien|th))\b")
_TARGET = re.compile(r"\b(?:ke\s*hoach|kh|chi\s*tieu|dang\s*ky|muc\s*tieu|du\s*kien)\b")


def _role(heading: str, opening: bool = False) -> str | None:
    """"rate", "achieved", "target" or None, of a folded heading; with `opening`, only a heading that
    opens with the word (a row named "Trường TH Kim Đồng" or "Phòng TC-KH" is a member, no form row)."""
    find = (lambda r, h: r.match(h)) if opening else (lambda r, h: r.search(h))  # noqa: E731
    if find(_RATE, heading):
        return "rate"
    if find(_ACHIEVED, heading):
        return "achieved"
    return "target" if find(_TARGET, heading) else None


def _achieved(headings: list[str], opening: bool = False) -> set[int] | None:
    roles = [_role(h, opening) for h in headings]
    achieved = {i for i, r in enumerate(roles) if r == "achieved"}
    return achieved if achieved and "target" in roles else None


def achieved_columns(labels: list[str]) -> set[int] | None:
    """The achieved columns of a target | achieved (| rate) form, or None when the table is not one
    (it needs a target column and an achieved column after its row-name column)."""
    folded = [fold(label.lower()) for label in labels]
    name = 1 if folded and NUMBER_HEAD.match(folded[0]) else 0  # "Chỉ tiêu" there names the rows
    found = _achieved(folded[name + 1:])
    return {c + name + 1 for c in found} if found is not None else None


def plan_lead(lead: str) -> bool:
    """Whether a table's own lead-in (its "...:" line and caption, after the heading) calls it a plan
    or a registration ("Bảng 1. Chỉ tiêu đăng ký thi đua năm 2023", "Kế hoạch ... như sau:") and
    says no word of results ("Kết quả", "Thực hiện", "Đạt được"). Offices give the year's
    registration and the half year's results in tables with the same rows and the same bare "Số
    lượng" column: only the caption tells the plan's table, which states no figure."""
    own = lead.split("|", 1)[1] if "|" in lead else ""  # the heading above names the section only
    folded = fold(own.lower())
    return bool(_TARGET.search(folded)) and not _ACHIEVED.search(folded)


def achieved_rows(names: list[str]) -> list[int] | None:
    """The same form turned over, titles as columns and rows "Kế hoạch" / "Thực hiện" / "Tỷ lệ (%)":
    the indices of the achieved rows by their names, or None when the rows are not such."""
    found = _achieved([fold(name.lower()).strip(" .:*-") for name in names], opening=True)
    return sorted(found) if found is not None else None
