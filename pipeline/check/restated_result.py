"""Rows of a movement table whose result cell only restates what was deployed.

Offices report the movements in one table "Nội dung triển khai | Kết quả đạt được | Tồn tại, hạn
chế": the first column says what was deployed ("phổ biến nội dung phong trào đến các hộ kinh
doanh"), the result column what came of it. When nothing came of it yet, the result cell often
repeats the deployment in the past tense ("Đã phổ biến nội dung phong trào đến các hộ kinh doanh
trên địa bàn", "Đã tuyên truyền chủ trương ... trên hệ thống truyền thanh") — no result (the
checklist: "results of this movement are reported"). Such a row is told here: every result cell
is made only of clauses opened by a deployment verb (tuyên truyền, phổ biến, quán triệt, triển
khai, vận động, ban hành kế hoạch ...) that the deployed cell uses too, with no figure and no
outcome word ("đạt", "hoàn thành", "hưởng ứng", "được công nhận"). A shortcoming column beside it
("Tồn tại, hạn chế") reports no result either and is not read.

What it leaves to others: the table's header and rows (table_stage.resolve_tables), rows left
blank or pointing elsewhere (form_answers.py), dropping the rows from an item's evidence (items.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.check.form_answers import form_tables, row_key, sentences_in_rows
from tdkt.pipeline.numbers import fold

# A result column's heading (folded): "Kết quả đạt được", "Kết quả thực hiện", "Tình hình thực hiện".
_RESULT_HEAD = re.compile(r"^\s*(?:ket\s*qua|tinh\s*hinh\s*thuc\s*hien|thuc\s*hien)\b")
# Deployment verbs (folded); a clause opened by one, after an optional tense or manner word.
_DEPLOY_VERB = (r"(?:tuyen\s*truyen|pho\s*bien|quan\s*triet|trien\s*khai|van\s*dong|huong\s*dan|"
                r"ban\s*hanh\s*(?:ke\s*hoach|van\s*ban)|xay\s*dung\s*ke\s*hoach|phat\s*dong|gioi\s*thieu|"
                r"thong\s*tin|dang\s*tai)")
_DEPLOY_CLAUSE = re.compile(r"^\s*(?:(?:da|dang|tiep\s*tuc|thuong\s*xuyen|kip\s*thoi)\s+)*(" + _DEPLOY_VERB + r")\b")
# Words that tell an outcome, not an activity.
_OUTCOME = re.compile(r"\b(?:dat|hoan\s*thanh|huong\s*ung|cong\s*nhan|tang|giam|co\s*them|thanh\s*lap|"
                      r"ky\s*ket|ho\s*tro|dong\s*gop|xay\s*moi|chuyen\s*bien|nang\s*cao|cai\s*thien|"
                      r"vuot|keu\s*goi\s*duoc|thu\s*hut)\b")
_CLAUSE_SPLIT = re.compile(r"[;.]\s*|\n+")


def _verb_key(verb: str) -> str:
    return re.sub(r"\s+", " ", verb)


def only_restates(deployed: str, result: str) -> bool:
    """The result cell only repeats, as done, a deployment the deployed cell names."""
    r = fold(result.lower())
    if not r.strip() or re.search(r"\d", r) or _OUTCOME.search(r):
        return False
    d = " " + re.sub(r"\s+", " ", fold(deployed.lower())) + " "
    clauses = [c for c in _CLAUSE_SPLIT.split(r) if c.strip()]
    for clause in clauses:
        m = _DEPLOY_CLAUSE.match(clause)
        if m is None or " " + _verb_key(m.group(1)) not in d:
            return False
    return bool(clauses)


def restated_sentences(document, seg) -> set[int]:
    """Indices of the sentences read from movement-table rows whose result only restates the deployment."""
    rows: set[tuple] = set()
    for table, (question, answers) in form_tables(document):
        folded = [fold(label.lower()) for label in table.labels]
        results = [c for c in answers if _RESULT_HEAD.match(folded[c])]
        if not results:
            continue
        for r in table.rows:
            cells = r.cells
            if question >= len(cells) or not cells[question].strip():
                continue
            if all(c < len(cells) and only_restates(cells[question], cells[c]) for c in results):
                rows.add(row_key(r.where))
    return sentences_in_rows(seg, rows)
