"""A staff table is no ratio of awarded people (tables.py's helper).

Education and health offices open with their staff by level: "Cấp học | Số trường | ... | CBQL |
GV | NV | Tổng CB, GV, NV". The managers' column ("CBQL", "Cán bộ quản lý") names the leaders'
ratio figure, and the total column beside it would make a ratio of it; but the table counts staff,
not awards. A ratio computed from a table's counts needs the table to be about awards: a column
naming a count title ("Tổng số LĐTT") or the figure's context words (`context_any`: "khen",
"danh hiệu", "tỷ lệ" ...) in the table's lead or column headings. A stated percentage is read as
before.
What it leaves to others: the ratio itself (tables.py _table_ratio), stated percentages.
"""

from __future__ import annotations


def counts_no_awards(spec, labels: list[str], col_fig: list, lead: str, rules) -> bool:
    """The table (its `labels`, each column's figure `col_fig`, its `lead`) counts people with no
    word of awards, so a ratio of `spec` computed from its counts is none."""
    if any(f is not None and rules.specs[f].kind == "count" for f in col_fig):
        return False
    context = spec.context_any
    if context is None:
        return False
    return not context.search(lead.lower()) and not any(context.search(label.lower()) for label in labels)
