"""Money figures (`kind: money`) read from prose: the amount a title states, in đồng.

"Tổng kinh phí khen thưởng là 45.500.000 đồng", "tiền thưởng 12,5 triệu đồng", "1,2 tỷ đồng",
"chi 800 nghìn đ": the first amount after the title in its clause (before the next title or a
";"), else the last one before it; the scale word (nghìn, triệu, tỷ) multiplies; a dot or a
comma followed by three digits groups thousands, otherwise a comma is the decimal mark. An
amount must end with a currency word (đồng, đ, VNĐ): a bare number beside a money title is a
count of something else. Scores and the choice between candidates are prose.py's and extract.py's.
"""

from __future__ import annotations

import re

_SCALES = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tr": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
AMOUNT = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+(?:,\d+)?)\s*(?P<scale>nghìn|ngàn|triệu|tr|tỷ|tỉ)?\s*"
                    r"(?:đồng|đ|vnđ|vnd)(?!\w)", re.IGNORECASE)


def amount_value(number: str, scale: str | None) -> float:
    """"45.500.000" -> 45500000; "12,5" triệu -> 12500000."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number) and not (scale and "," in number and number.count(",") == 1
                                                                  and "." not in number and len(number) <= 5):
        value = float(re.sub(r"[.,]", "", number))
    else:
        value = float(number.replace(",", "."))
    return value * _SCALES.get((scale or "").lower(), 1)


def money_near(text: str, start: int, end: int, next_title: int) -> tuple[float, int] | None:
    """(amount in đồng, its position) stated for the title at text[start:end], or None."""
    clause_end = min([next_title] + [i for i in (text.find(";", end),) if i >= 0])
    after = AMOUNT.search(text, end, clause_end)
    if after:
        return amount_value(after.group("n"), after.group("scale")), after.start()
    clause_start = max(text.rfind(";", 0, start), 0)
    before = list(AMOUNT.finditer(text, clause_start, start))
    if before:
        m = before[-1]
        return amount_value(m.group("n"), m.group("scale")), m.start()
    return None
