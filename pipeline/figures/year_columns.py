"""Titles as rows under one column per year ("Năm 2021 | Năm 2022"): last year's column is the
titles' (table_periods.py's helper).

A report built on last year's template keeps its comparison table: the year-end titles of the year
just closed beside those of the year before. The titles a half-year report gives are last year's
(the rules' `context.past_period`: "năm 2022"); the other years' columns are comparisons and give
nothing, and a total row adds titles of different kinds. With no column of last year, or two, the
table is left to the other readers.
What it leaves to others: reading the rows (table_periods.own_period_column_candidates).
"""

from __future__ import annotations

from tdkt.pipeline.figures.rules import Rules


def titles_year_column(labels: list[str], year_cols: list[int], rules: Rules) -> int | None:
    """The one column of `year_cols` (each headed by a year alone) naming last year, else None."""
    past = rules.ctx.get("past_period")
    if past is None or len(year_cols) < 2:
        return None
    named = [c for c in year_cols if past.search(labels[c].strip().lower())]
    return named[0] if len(named) == 1 else None
