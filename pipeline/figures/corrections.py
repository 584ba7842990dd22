"""A correction table's superseded column set aside: only the corrected figures are read (extract.py's helper).

A report that replaces or corrects an earlier one ("Báo cáo này thay thế Báo cáo số ... do sai sót
số liệu") often opens with a table of the figures as first sent beside the corrected ones:
"Nội dung | Đã báo cáo tại BC số 78 | Số liệu điều chỉnh | Ghi chú". The first column of figures
is no longer the unit's figure; the corrected one is. When a table has a column headed by a word
of the superseded figure (as reported before, old, wrong) and another headed by a word of the
correction (corrected, after correction, right), the superseded columns are set aside before the
table is read. A column of one kind alone (a table of plan and result, a table "Số liệu đã báo
cáo" with no correction beside it) is left as it is. These are words of the language of
correcting a document, not of the directive: they live here. Which figure each remaining column
holds is tables.py's job.
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import fold

# Headers of the figure as first sent ("Đã báo cáo tại BC số 78", "Số liệu cũ", "Trước điều chỉnh",
# "Số liệu ghi sai"), matched without tone marks on the folded header.
_SUPERSEDED = re.compile(
    r"(?<!\w)(?:da bao cao|bao cao truoc|bao cao lan \w+|so lieu cu|so cu|so lieu da bao cao|truoc (?:khi )?dieu chinh"
    r"|truoc (?:khi )?sua|chua dieu chinh|ghi sai|so lieu sai|ghi nham)(?!\w)")
# Headers of the corrected figure ("Số liệu điều chỉnh", "Sau điều chỉnh", "Số liệu đúng", "Đính chính").
_CORRECTED = re.compile(
    r"(?<!\w)(?:dieu chinh|da dieu chinh|sau (?:khi )?dieu chinh|sau (?:khi )?sua|da sua|sua lai|dinh chinh"
    r"|so lieu dung|so dung|ghi dung|ghi lai|so lieu moi)(?!\w)")


def _superseded(label: str) -> bool:
    low = fold(label.lower())
    if not _SUPERSEDED.search(low):
        return False
    # "Đã báo cáo" beside "điều chỉnh" in one header ("Số liệu điều chỉnh so với đã báo cáo") is the correction
    return not _CORRECTED.search(_SUPERSEDED.sub(" ", low))


def _corrected(label: str) -> bool:
    low = fold(label.lower())
    return bool(_CORRECTED.search(low)) and not _superseded(label)


def corrected_only(table):
    """`table` (a table_stage.ResolvedTable) without its superseded columns when a corrected column
    stands beside them; the table itself otherwise. The first column (row titles) always stays."""
    if table is None or not getattr(table, "columns", None):
        return table
    labels = table.labels
    dropped = {c for c in range(1, len(labels)) if _superseded(labels[c])}
    if not dropped or not any(_corrected(labels[c]) for c in range(1, len(labels)) if c not in dropped):
        return table
    return table.with_columns([c for c in range(len(labels)) if c not in dropped])
