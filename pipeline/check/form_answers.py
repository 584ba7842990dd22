"""Rows of a filled-in form whose answer cell is empty: the question's words report nothing.

Offices often send the district's form filled in: a table "STT | Nội dung | Kết quả thực hiện |
Ghi chú" whose "Nội dung" column is the district's wording of each point (a movement's name, "Tỷ
lệ cá nhân là cán bộ lãnh đạo, quản lý được khen", "Tập thể lao động tiên tiến") and whose answer
column is the unit's. segment.py reads each row as one line of joined cells, so a row answered
"-", left blank, or only pointing at another row ("Lồng ghép thực hiện cùng mục 5.1", "Như mục
4.1") still holds the point's own words and looks like a report of it. Such a row is told here by
its table: a header naming a question column ("Nội dung", "Tiêu chí", "Chỉ tiêu", "Nhiệm vụ") and
an answer column after it ("Kết quả ...", "Tình hình thực hiện", "Đánh giá", "Điểm tự chấm"); every
column after the question answers it but remarks ("Ghi chú") and what was set beforehand ("Kế
hoạch", "Điểm chuẩn"). A row pointing elsewhere is judged by the row it points at, which is
read on its own words. An explicit answer ("Không", "Chưa có", "0") is an answer (negative_answer.py
and the figures judge it).

What it leaves to others: the table's header and rows (table_stage.resolve_tables), dropping such
rows from an item's evidence (items.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import fold

# Column headings (folded, lower case).
_QUESTION_HEAD = re.compile(r"^\s*(?:noi\s*dung|tieu\s*chi|chi\s*tieu|nhiem\s*vu|cong\s*viec|linh\s*vuc)\b")
_ANSWER_HEAD = re.compile(r"\b(?:ket\s*qua|tinh\s*hinh\s*thuc\s*hien|thuc\s*hien|danh\s*gia|so\s*lieu|tu\s*cham"
                          r"|diem\s*(?:dat|cham)|minh\s*chung)\b")
# Columns after the question that answer nothing: remarks, and what was set beforehand (the plan,
# the target, the maximum score, the unit of measure: "Đơn vị tính", "ĐVT").
_NOT_ANSWER_HEAD = re.compile(r"^\s*(?:ghi\s*chu|ke\s*hoach|don\s*vi\s*tinh|dvt\b|chi\s*tieu|muc\s*tieu|diem\s*(?:chuan|toi\s*da)"
                              r"|thang\s*diem|can\s*cu|van\s*ban|thoi\s*(?:gian|han)|don\s*vi\s*(?:chu\s*tri|thuc\s*hien))\b")
# A cell with nothing in it but dashes, dots or a slash ("x" is a tick: done, not blank).
_BLANK = re.compile(r"^[\s\-–—_.…/]*$")
# A cell that only points at another row of the form: "Như mục 4.1", "Lồng ghép thực hiện cùng mục
# 5.1", "Đã báo cáo tại mục II.3", "Xem nội dung 5".
_POINTER = re.compile(
    r"^\s*(?:nhu|xem|(?:da\s+)?(?:bao\s*cao|neu)\s+(?:tai|o)|(?:duoc\s+)?long\s*ghep(?:\s+thuc\s*hien)?"
    r"(?:\s+(?:cung|voi|vao|trong|tai))?|(?:thuc\s*hien\s+)?cung|(?:thuc\s*hien\s+)?tai|(?:da\s+)?tong\s*hop\s+(?:tai|o))"
    r"\s+(?:(?:cac|o|tai)\s+)?(?:muc|noi\s*dung|phan|diem|stt|tt)\s+[0-9ivx]+(?:\s*[.,]\s*[0-9ivx]+)*"
    r"(?:\s*(?:,|va)\s*[0-9ivx]+(?:\s*\.\s*[0-9ivx]+)*)*\s*(?:tren|ben\s*tren|o\s*tren)?\s*[.;]?\s*$")


def form_columns(labels: list[str]) -> tuple[int, list[int]] | None:
    """(question column, answer columns) of a form's header labels, or None for another table."""
    folded = [fold(label.lower()) for label in labels]
    question = next((c for c, f in enumerate(folded) if _QUESTION_HEAD.match(f)), None)
    if question is None:
        return None
    if not any(_ANSWER_HEAD.search(f) for f in folded[question + 1:]):
        return None
    # every column after the question answers it (a self-score as much as its evidence), but remarks
    # and what was set beforehand
    answers = [c for c in range(question + 1, len(folded)) if not _NOT_ANSWER_HEAD.match(folded[c])]
    return (question, answers) if answers else None


def is_unanswered(cells: list[str], question: int, answers: list[int]) -> bool:
    """The row asks (its question cell is filled) and no answer cell says anything of its own."""
    if question >= len(cells) or _BLANK.match(cells[question] or ""):
        return False
    for c in answers:
        cell = cells[c] if c < len(cells) else ""
        if not (_BLANK.match(cell) or _POINTER.match(fold(cell.lower()))):
            return False
    return True


def row_key(where) -> tuple:
    """A table row's place, the same for the row and for the sentences read from it."""
    return (where.page, where.paragraph, where.table, where.row)


def form_tables(document):
    """(table, (question, answers)) for each of the document's tables laid out as a form."""
    if document is None or not any(b.kind == "table" for b in document.blocks):
        return
    for table in document.resolved_tables().values():  # the table stage, made once per document
        if table is not None and (cols := form_columns(table.labels)) is not None:
            yield table, cols


def sentences_in_rows(seg, rows: set[tuple]) -> set[int]:
    """Indices of the sentences read from the rows at `rows` (row_key places)."""
    if not rows:
        return set()
    return {s.index for s in seg.sentences if s.where.row is not None and row_key(s.where) in rows}


def rows_answered_by(checker, document, seg, cues) -> set[int]:
    """Indices of the sentences read from form rows with a question whose filled answer cells are
    all matched by `cues` (a ruleset list read on each cell alone: a negative answer, a stock line)."""
    if cues is None or document is None:
        return set()
    rows = set()
    for table, (question, columns) in form_tables(document):
        for row in table.rows:
            cells = row.cells
            if question >= len(cells) or _BLANK.match(cells[question] or ""):
                continue
            filled = [cells[c] for c in columns if c < len(cells) and not _BLANK.match(cells[c] or "")]
            if filled and all(cues.hits(*checker.canon.text_words(cell)) for cell in filled):
                rows.add(row_key(row.where))
    return sentences_in_rows(seg, rows)


def unanswered_sentences(document, seg) -> set[int]:
    """Indices of the sentences read from unanswered rows of the document's form tables."""
    rows = {row_key(r.where) for table, cols in form_tables(document) for r in table.rows
            if is_unanswered(r.cells, *cols)}
    return sentences_in_rows(seg, rows)
