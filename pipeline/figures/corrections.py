"""A correction table's superseded column set aside: only the corrected figures are read (extract.py's helper).

A report that replaces or corrects an earlier one ("Báo cáo này thay thế Báo cáo số ... do sai sót
số liệu") often opens with a table of the figures as first sent beside the corrected ones:
"Nội dung | Đã báo cáo tại BC số 78 | Số liệu điều chỉnh | Ghi chú". The first column of figures
is no longer the unit's figure; the corrected one is. When a table has a column headed by a word
of the superseded figure (as reported before, old, wrong) and another headed by a word of the
correction (corrected, after correction, right), the superseded columns are set aside before the
table is read. A column of one kind alone (a table of plan and result, a table "Số liệu đã báo
cáo" with no correction beside it) is left as it is. The words are the rules'
(`context.superseded_column`, `corrected_column`; matched folded, as whole words). Which figure
each remaining column holds is tables.py's job.
"""

from __future__ import annotations

import functools
import re

from tdkt.pipeline.figures.rules import folded_alternation
from tdkt.pipeline.numbers import fold


@functools.lru_cache(maxsize=8)
def _patterns(superseded: tuple, corrected: tuple) -> tuple[re.Pattern, re.Pattern]:
    """Headers of the figure as first sent ("Đã báo cáo tại BC số 78", "Số liệu cũ") and of the
    corrected one ("Số liệu điều chỉnh", "Đính chính"), as whole words of the folded header."""
    return (re.compile(rf"(?<!\w)(?:{folded_alternation(superseded)})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{folded_alternation(corrected)})(?!\w)"))


def _superseded(label: str, superseded: re.Pattern, corrected: re.Pattern) -> bool:
    low = fold(label.lower())
    if not superseded.search(low):
        return False
    # "Đã báo cáo" beside "điều chỉnh" in one header ("Số liệu điều chỉnh so với đã báo cáo") is the correction
    return not corrected.search(superseded.sub(" ", low))


def _corrected(label: str, superseded: re.Pattern, corrected: re.Pattern) -> bool:
    low = fold(label.lower())
    return bool(corrected.search(low)) and not _superseded(label, superseded, corrected)


def corrected_only(table, rules):
    """`table` (a table_stage.ResolvedTable) without its superseded columns when a corrected column
    stands beside them; the table itself otherwise. The first column (row titles) always stays."""
    if table is None or not getattr(table, "columns", None):
        return table
    words = rules.words
    if not words.get("superseded_column") or not words.get("corrected_column"):
        return table  # a ruleset without both lists sets no column aside
    pats = _patterns(words["superseded_column"], words["corrected_column"])
    labels = table.labels
    dropped = {c for c in range(1, len(labels)) if _superseded(labels[c], *pats)}
    if not dropped or not any(_corrected(labels[c], *pats) for c in range(1, len(labels)) if c not in dropped):
        return table
    return table.with_columns([c for c in range(len(labels)) if c not in dropped])
