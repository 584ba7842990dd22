"""One table row naming the two ratios with a slash, one cell giving both (tables.py's helper).

"Tỷ lệ người lao động trực tiếp / lãnh đạo, quản lý được khen | 67,6% / 32,4%": the row's title
names two ratio figures joined by "/" (or "và"), and a cell states two percentages joined by "/",
in the same order. Read as one title, the row would give its last-named ratio the first
percentage; paired in order, each ratio gets its own. Only rows naming exactly two different
ratio figures and a cell of exactly two percentages are read here; which row and cell hold a
figure otherwise stays tables.py's job. A sentence written the same way ("Tỷ lệ ... trực tiếp /
lãnh đạo, quản lý được khen: 71,4% / 28,6%") has its two ratio candidates set the same way.
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.figures.mentions import find_mentions
from tdkt.pipeline.numbers import find_numbers

_SLASH_PAIR = re.compile(r"^[^/]*\d[^/]*/[^/]*\d[^/]*$")


def _two_percents(cell: str) -> list[float] | None:
    """"67,6% / 32,4%" -> [67.6, 32.4]; anything else (one number, a fraction "25/37") -> None."""
    if "%" not in cell or not _SLASH_PAIR.match(cell.strip()):
        return None
    nums = [n for n in find_numbers(cell) if n.kind == "percent"]
    if len(nums) != 2:
        return None
    return [float(n.value) for n in nums]


def paired_ratios(mentions, row: list[str], first_value_cell: int, rules) -> list[tuple[str, float, int]] | None:
    """[(figure, percentage, cell index), ...] for a row whose title names two ratio figures and one
    of whose cells (from `first_value_cell`) gives two percentages joined by "/"; None otherwise."""
    ratios = [m for m in mentions if rules.specs[m.figure].kind == "percent"]
    figures = list(dict.fromkeys(m.figure for m in sorted(ratios, key=lambda m: m.start)))
    if len(figures) != 2:
        return None
    for c in range(first_value_cell, len(row)):
        pair = _two_percents(row[c])
        if pair is not None:
            return [(figures[0], pair[0], c), (figures[1], pair[1], c)]
    return None


_PERCENT_PAIR = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*/\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%")
_SLASH_BETWEEN = re.compile(r"^\s*/\s*$")


def paired_in_sentence(text: str, folded: str, found: list, rules) -> list:
    """`found` (one sentence's candidates) with the two ratios of "Tỷ lệ người lao động trực tiếp /
    lãnh đạo, quản lý: 71,4% / 28,6%" given their own percentages, in the order named; as it is
    when the sentence names no such pair."""
    if "/" not in text or "%" not in text or not any(rules.specs[c.figure].kind == "percent" for c in found):
        return found
    ratios = [m for m in find_mentions(text, folded, rules) if rules.specs[m.figure].kind == "percent"]
    pairs = [(a, b) for a, b in zip(ratios, ratios[1:])
             if a.figure != b.figure and _SLASH_BETWEEN.match(text[a.end:b.start])]
    values = _PERCENT_PAIR.search(text, pairs[0][1].end) if len(pairs) == 1 else None
    if values is None:
        return found
    first, second = pairs[0]
    pct = {first.figure: float(values.group(1).replace(",", ".")),
           second.figure: float(values.group(2).replace(",", "."))}
    model = next(c for c in found if rules.specs[c.figure].kind == "percent")
    out = [c for c in found if c.figure not in pct]
    for figure, value in pct.items():
        own = next((c for c in found if c.figure == figure), None)
        out.append(dataclasses.replace(own or model, figure=figure, value=value, note=own.note if own else None))
    return out
