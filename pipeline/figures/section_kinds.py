"""Section rows naming their own kind of award: each block of a table read in its own words (tables.py's helper).

A commendation table in blocks: "A | Thành tích năm 2022" over the year-end titles, "B | Chuyên đề,
đột xuất 6 tháng đầu năm 2023" over the ad-hoc awards, both under one lead-in naming the two kinds
together ("... thành tích năm 2022 và khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023 như
sau:"). The lead-in's kind words are the blocks' own: a row under a section is read in its
section's and its own words, and of the lead-in only what no figure owns qualifies it
(tables.lead_beyond_figures, as over title columns of several figures). This holds only when the
sections tell the kinds apart: one section names a kind that absorbs titles (a figure's
`absorb_when` words, "chuyên đề", "đột xuất") and another names none. Sections by level or by
sub-unit ("I | Cấp huyện", "II | Cấp xã") under a lead-in of ad-hoc awards leave the lead-in its say.
What it leaves to others: finding section rows (pipeline/table_stage.py, Row.section) and reading
the rows (tables.py).
"""

from __future__ import annotations

from tdkt.pipeline.figures.rules import Rules


def sections_tell_kinds(table, rules: Rules) -> bool:
    """True when `table`'s section rows name kinds of award apart: some absorbing, some not."""
    sections = {row.section.lower() for row in table.rows if row.section}
    if len(sections) < 2:
        return False
    absorbing = [any(spec.absorb_when is not None and spec.absorb_when.search(section)
                     for spec in rules.specs.values()) for section in sections]
    return any(absorbing) and not all(absorbing)
