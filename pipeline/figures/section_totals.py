"""A table section's own total row, named by the section's label: the section's figure (tables.py's helper).

"B. Khen thưởng chuyên đề, đột xuất" as a section row, rows of award kinds under it (a Bằng khen, Giấy
khen of several grantors), then "Cộng mục B | 09 | 33": the row that totals section B states the
figure the section row names, as a stated total; it outranks the sum of the rows the reader
recognises (a Bằng khen row names no figure and would be left out). Only a total row naming the
label of the section it closes ("Cộng mục B", "Cộng phần II", "Tổng cộng (B)", "Cộng B") is read
here, and only when the section row names exactly one count figure. Section rows are found by
the table stage (Row.section); other total rows are tables.py's.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import Candidate, lead_figure
from tdkt.pipeline.numbers import fold

# "B. Khen thưởng ...", "II - Khen ...", "2) ...": the section's label
_SECTION_LABEL = re.compile(r"^\s*(?P<label>[A-Z]|[IVX]{1,4}|\d{1,2})(?:\s*[.)\-–:]|\s)\s*\S")
# "Cộng mục B", "Tổng cộng phần II", "Cộng (B)", "Tổng mục B", "Cộng B": folded, lower case
_TOTAL_OF = re.compile(r"^\s*(?:tong\s+cong|cong|tong\s+so|tong)\s*(?:cua\s+)?(?:muc|phan|nhom)?\s*\(?\s*(?P<label>[a-z]|[ivx]{1,4}|\d{1,2})\s*\)?\s*[.:]?\s*$")


def section_total_candidates(data, body, col_unit, rules, order, ev, n_header, cell_count, pick,
                             row_value=None) -> list[Candidate]:
    """Candidates (score 6, a stated total) from the total rows that close a labelled section naming
    one count figure; `pick(spec, [(unit, value), ...])` reads a row's cells as tables.py does, unless
    `row_value(row)` gives the row's count (award levels as columns: level_columns.py)."""
    out = []
    for i, row in enumerate(data):
        section = body[i].section
        if not section or not row:
            continue
        label = _SECTION_LABEL.match(section)
        first = 1 if len(row) > 1 and re.fullmatch(r"\s*\d{0,3}\s*", row[0]) else 0  # an STT cell before the name
        total = _TOTAL_OF.match(fold(row[first].lower()))
        if not label or not total or total.group("label") != label.group("label").lower():
            continue
        figure = lead_figure(section.lower(), rules)
        if figure is None:
            continue
        vals = [(col_unit[c], cell_count(row[c])) for c in range(first + 1, len(row))
                if c < len(col_unit) and cell_count(row[c]) is not None]
        value = row_value(row) if row_value is not None else None
        value = pick(rules.specs[figure], vals) if value is None else value
        if value is not None:
            out.append(Candidate(figure, value, 6, order, ev(n_header + i, row)))
    return out
