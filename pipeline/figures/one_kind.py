"""A table column counting one kind of recipient of a title given to both kinds (tables.py's helper).

"Giấy khen GĐ Sở (cá nhân)" in a table by department counts the individuals only, while the
prose beside it states the whole: "tặng Giấy khen cho 06 tập thể (...) và 14 cá nhân". Even the
table's own "Cộng" row is then a part of the figure (the individuals), not its stated total: it
stands only when no statement of the report gives the figure in the commendation section.
`one_kind_score` gives such a cell the weight of a part; which columns are of which kind (their
headings) is tables.py's.
"""

from __future__ import annotations

# Below a commendation section's statement (prose scores 1 and more there), above nothing.
PART_SCORE = 0.5


def one_kind_only(unit: str, units: list[tuple[str | None, int | float]]) -> bool:
    """A figure counting collectives and individuals (`unit` "both") read from cells that all
    count one kind, by their columns' headings or their own words."""
    kinds = {u for u, _ in units}
    return unit == "both" and len(kinds) == 1 and None not in kinds
