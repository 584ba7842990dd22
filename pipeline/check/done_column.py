"""A row of a results form whose done-in-the-period cell holds a result reports, wherever the form sits.

Offices attach their results as a form "Chỉ tiêu | Kế hoạch năm | Thực hiện 6 tháng | Ghi chú": a
column for the year's target and one for what was done in the half year. Such a form is often put
after the last section ("Phương hướng 6 tháng cuối năm") under a title segment.py cannot tell from a
sub-heading ("BIỂU MẪU KẾT QUẢ ...", no number), so its rows read as the plan. A row whose done
cell holds something is a result, whatever its target cell and the heading above say; a row whose
done cell is blank, a dash, or a pending word ("đang tổng hợp": the rules' `pending_cell` list)
reports nothing and stays as it was judged. The row's other exclusions (target lists, history,
another body ...) and the item's context are the Checker's, as for any sentence.

What it leaves to others: which columns are the target and the done ones (figures/plan_columns.py),
the table's header and body rows (table_stage, through the Document), the item's status (items.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.check.form_answers import row_key, sentences_in_rows
from tdkt.pipeline.figures.plan_columns import achieved_columns

PLAN = "plan"
PENDING = "pending_cell"  # rules: language.pending_cell
_BLANK = re.compile(r"^[\s\-–—_.…/]*$")


def _holds_result(checker, cell: str) -> bool:
    if not cell or _BLANK.match(cell):
        return False
    pending = checker.lang.lists.get(PENDING)
    if pending is not None:
        canon = checker.canon.text(cell)
        if pending.hits(canon, frozenset(canon.split())):
            return False
    return True


def done_row_sentences(checker) -> frozenset[int]:
    """Indices of the sentences read from body rows of target | done forms whose done cell holds a result."""
    found = getattr(checker, "_done_rows", None)
    if found is None:
        rows = set()
        document = getattr(checker, "document", None)
        if document is not None and any(b.kind == "table" for b in document.blocks):
            for table in document.resolved_tables().values():
                if table is None or not table.rows or (done := achieved_columns(table.labels)) is None:
                    continue
                for row in table.rows:
                    if any(c < len(row.cells) and _holds_result(checker, row.cells[c]) for c in done):
                        rows.add(row_key(row.where))
        found = checker._done_rows = frozenset(sentences_in_rows(checker.seg, rows))
    return found


def done_rows_rescued(checker, rule, found: list) -> list:
    """Sentences naming the rule's concept, dropped as the plan, read from a form row whose done cell holds a result."""
    if PLAN not in rule.exclude_contexts or rule.concept is None:
        return []
    rows = done_row_sentences(checker)
    if not rows:
        return []
    out = []
    for s in checker.matching(rule.concept):
        if s.index not in rows or s in found or s.is_heading or checker.excluded(s, rule) != PLAN:
            continue
        if any(name != PLAN and checker.in_context(s, name) for name in rule.exclude_contexts):
            continue
        if checker.context_ok(s, rule):
            out.append(s)
            checker.found_how.setdefault(s.index, "direct")
    return out
