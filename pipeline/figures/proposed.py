"""A table's proposed and granted columns side by side: only the granted are read (extract.py's helper).

"Danh hiệu | Đề nghị | Được tặng, công nhận | Ghi chú" gives, per title, what the unit proposed
and what was awarded (LĐTT 09 proposed, 08 granted): proposals never count as awards, so when a
table has a column headed by a proposal or plan word (the rules' `context.proposal` / `plan`:
"đề nghị", "đăng ký") and another headed by an award word and none of those (`context.award`:
"được tặng", "công nhận", "quyết định"), the proposal columns are set aside before the table is
read. A table of proposals only, or of proposals beside a column that is no award, is left as
it is. Which figure each remaining column or row holds is tables.py's job.
"""

from __future__ import annotations

import dataclasses

from tdkt.pipeline.figures.rules import Rules


def _proposed(label: str, rules: Rules) -> bool:
    low = label.lower()
    return any(rules.ctx.get(k) is not None and rules.ctx[k].search(low) for k in ("proposal", "plan"))


def _granted(label: str, rules: Rules) -> bool:
    award = rules.ctx.get("award")
    return bool(award and award.search(label.lower())) and not _proposed(label, rules)


def granted_only(table, rules: Rules):
    """`table` (a table_stage.ResolvedTable) without its proposal columns when a granted column
    stands beside them; the table itself otherwise. The first column (row titles) always stays."""
    if table is None or not getattr(table, "columns", None):
        return table
    labels = table.labels
    dropped = {c for c in range(1, len(labels)) if _proposed(labels[c], rules)}
    if not dropped or not any(_granted(labels[c], rules) for c in range(1, len(labels)) if c not in dropped):
        return table
    keep = [c for c in range(len(labels)) if c not in dropped]

    def pick(cells):
        return [cells[c] for c in keep if c < len(cells)]

    return dataclasses.replace(table, header=[pick(h) for h in table.header],
                               columns=[table.columns[c] for c in keep],
                               rows=[dataclasses.replace(r, cells=pick(r.cells)) for r in table.rows])
