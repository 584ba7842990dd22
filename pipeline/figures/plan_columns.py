"""A statistics form's columns: target | achieved | rate ("Kế hoạch | Thực hiện 6 tháng | Tỷ lệ %").

Offices report their indicators in a "Biểu số liệu" whose rows are indicators (a few of them
award titles) and whose columns are the target (plan or registered figure: "Kế hoạch", "Chỉ
tiêu", "KH", "Đăng ký"), what was achieved ("Thực hiện", "TH", "Kết quả", "Đạt được") and the
achieved share of the target ("Tỷ lệ %", "So với KH", "TH/KH"). A row's figure is its achieved
cell: the target is a plan, and the rate column is the completion rate, never the ratio a title
row asks for (a "Tỷ lệ ... lao động trực tiếp" row's rate cell is 30,0 % against a 30 % target).
What it leaves to others: which figure a row names and how it is picked (tables.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import fold

# Headings in table vocabulary (folded). A rate heading is tested first: "Thực hiện so với kế hoạch
# (%)" is a rate, "Kế hoạch" alone a target.
_RATE = re.compile(r"\bt[yi]\s*le\b|%|\bso\s*(?:voi|sanh)\b|\bth\s*/\s*kh\b|phan\s*tram")
_ACHIEVED = re.compile(r"\b(?:thuc\s*hien|th|ket\s*qua|dat\s*duoc|uoc\s*(?:thuc\s*hien|th))\b")
_TARGET = re.compile(r"\b(?:ke\s*hoach|kh|chi\s*tieu|dang\s*ky|muc\s*tieu|du\s*kien)\b")
_STT = re.compile(r"^\s*(?:s?tt|so\s*tt|so\s*thu\s*tu)\s*$")


def achieved_columns(labels: list[str]) -> set[int] | None:
    """The achieved columns of a target | achieved (| rate) form, or None when the table is not one
    (it needs a target column and an achieved column after its row-name column)."""
    folded = [fold(label.lower()) for label in labels]
    name = 1 if folded and _STT.match(folded[0]) else 0  # "Chỉ tiêu" there names the rows
    achieved, target = set(), False
    for c in range(name + 1, len(folded)):
        f = folded[c]
        if _RATE.search(f):
            continue
        if _ACHIEVED.search(f):
            achieved.add(c)
        elif _TARGET.search(f):
            target = True
    return achieved if achieved and target else None
