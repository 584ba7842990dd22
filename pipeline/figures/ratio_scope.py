"""A table row opened by a ratio that names the titles it is taken over is the ratio's row alone.

Offices write the ratio the directive asks for with the titles counted in it: "Tỷ lệ cá nhân là
người lao động trực tiếp được khen (LĐTT, CSTĐCS, Giấy khen) | ≥ 60% | 68,4%". The titles in the
name are the ratio's scope, not counts of this row: a row head naming several count titles is
otherwise read as their joint total and gives no figure (tables._several_titles), and its last
title would be taken for the row's. When the row's first mention is a ratio figure, that ratio is
the row's only figure; its cell is picked as any ratio row's (a target | done form's done cell,
plan_columns.py).

What it leaves to others: which words name which figure (mentions.py), the cell picked (tables.py).
"""

from __future__ import annotations


def ratio_named_first(mentions: list, rules) -> list | None:
    """[the ratio mention] when the row head opens its mentions with a ratio figure and names no
    second ratio (two ratios side by side are ratio_pairs.py's); None otherwise."""
    if len(mentions) < 2:
        return None
    first = min(mentions, key=lambda m: m.start)
    if rules.specs[first.figure].kind != "percent":
        return None
    if any(m is not first and rules.specs[m.figure].kind == "percent" for m in mentions):
        return None
    return [first]
