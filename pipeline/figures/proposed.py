"""A table's proposed and granted columns side by side: only the granted are read (extract.py's helper).

"Danh hiệu | Đề nghị | Được tặng, công nhận | Ghi chú" gives, per title, what the unit proposed
and what was awarded (LĐTT 09 proposed, 08 granted): proposals never count as awards. When a
table has a column headed by a plan or pledge word (the rules' `context.plan`: "đăng ký"), or by
a proposal word with no word of awarding (`context.proposal` / `award`: "Đề nghị", not "Đề nghị
đã được công nhận" — tables.py reads a title column's heading the same way), and another column
headed by a word of awarding ("Được tặng, công nhận", "Quyết định"), the first are set aside
before the table is read. A table of proposals only, or of proposals beside a column that is no
award, is left as it is. Which figure each remaining column or row holds is tables.py's job.
"""

from __future__ import annotations


from tdkt.pipeline.figures.rules import Rules


def _says(kind: str, low: str, rules: Rules) -> bool:
    pattern = rules.ctx.get(kind)
    return bool(pattern and pattern.search(low))


def _proposed(label: str, rules: Rules) -> bool:
    """A pledge or plan ("Đăng ký"), or a proposal with no word of awarding ("Đề nghị"; not
    "Đề nghị đã được công nhận"), as tables.py reads a title column's heading."""
    low = label.lower()
    return _says("plan", low, rules) or (_says("proposal", low, rules) and not _says("award", low, rules))


def _granted(label: str, rules: Rules) -> bool:
    low = label.lower()
    return _says("award", low, rules) and not _says("plan", low, rules)


def granted_only(table, rules: Rules):
    """`table` (a table_stage.ResolvedTable) without its proposal columns when a granted column
    stands beside them; the table itself otherwise. The first column (row titles) always stays."""
    if table is None or not getattr(table, "columns", None):
        return table
    labels = table.labels
    dropped = {c for c in range(1, len(labels)) if _proposed(labels[c], rules)}
    if not dropped or not any(_granted(labels[c], rules) for c in range(1, len(labels)) if c not in dropped):
        return table
    return table.with_columns([c for c in range(len(labels)) if c not in dropped])
