"""Deadlines per addressee: the sentences with "chậm nhất ngày ...", "trước ngày ...", "hạn
cuối ..." and the unit types their subject names ("Các cụm, khối thi đua ... gửi báo cáo ...
chậm nhất ngày 30 tháng 6 năm 2023" -> cluster: 2023-06-30). A sentence whose subject names no
type applies to every addressee of "Kính gửi", unless it is about dossiers ("Hồ sơ đề nghị khen
thưởng gửi ... chậm nhất ...": not the report's deadline).

Also: one sentence giving several groups several dates ("các xã trước ngày 05/12; các phòng,
ban trước ngày 08/12", "chậm nhất ngày 05/12 (đối với các xã), ngày 08/12 (đối với ...)"), and
a table of deadlines (rows "group | ... | date" as the extractors render table rows, under a
header row that speaks of a deadline). Which date a type ends up with is model.Draft's choice.
"""

from __future__ import annotations

import datetime as dt
import re

from tdkt.pipeline.rules_draft.model import DraftDeadline
from tdkt.pipeline.rules_draft.text import sentences
from tdkt.pipeline.rules_draft.unit_types import unit_types

_DATE = (r"(?:ngày\s+)?(?P<d>\d{1,2})(?:\s+tháng\s+|\s*[/.\-]\s*)(?P<m>\d{1,2})"
         r"(?:(?:\s+năm\s+|\s*[/.\-]\s*)(?P<y>\d{4}))?")
DEADLINE = re.compile(r"(?:chậm nhất|trước|hạn chót|hạn cuối|không quá|không muộn hơn)\s+(?:là\s+|vào\s+)?"
                       + _DATE, re.IGNORECASE)
# A further date in a sentence that already gave a deadline: "ngày 08/12/2023", "08/12/2023".
_LATER_DATE = re.compile(r"\bngày\s+(?P<d>\d{1,2})(?:\s+tháng\s+|\s*/\s*)(?P<m>\d{1,2})"
                         r"(?:(?:\s+năm\s+|\s*/\s*)(?P<y>\d{4}))?|\b(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})\b",
                         re.IGNORECASE)
# The verb that ends a deadline sentence's subject ("Các cụm, khối thi đua | tổ chức ...").
_VERB = re.compile(r"\s(?:tiến hành|tổ chức|gửi|nộp|báo cáo|hoàn thành|khẩn trương|thực hiện|tổng hợp|"
                   r"xây dựng|chủ động|có trách nhiệm|phải|tổng kết|sơ kết)[\s,]", re.IGNORECASE)
_PARENS = re.compile(r"\([^)]*\)")
_LEAD = re.compile(r"^\d+[.)]\s*|^[-–•+]\s*")
# "(đối với các xã, thị trấn)" or ", đối với các phòng, ban" right after a date.
_FOR_WHOM = re.compile(r"^[\s.,]*\(?\s*(?:đối với|với|áp dụng cho|cho)\s+(?P<who>[^);]+)", re.IGNORECASE)
_DOSSIER = re.compile(r"^\s*(?:hồ sơ|tờ trình|bản đăng ký|danh sách)\b", re.IGNORECASE)
# A table row as the extractors render it, and a header row that says the table gives deadlines.
_CELLS = re.compile(r"\s*(?:\||\t)\s*")
_DEADLINE_HEADER = re.compile(r"\b(?:thời hạn|hạn nộp|hạn gửi|thời gian (?:gửi|nộp)|chậm nhất|hạn)\b", re.IGNORECASE)


def subject(sentence: str) -> str:
    """The words before the sentence's first action verb, without brackets."""
    text = _PARENS.sub(" ", _LEAD.sub("", sentence))
    m = _VERB.search(text)
    return text[: m.start()] if m else ""


def _date(m: re.Match, year: int | None) -> dt.date | None:
    """The date of a DEADLINE or _LATER_DATE match (the latter has two spellings)."""
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    try:
        return dt.date(int(y or year or 0), int(mo), int(d))
    except ValueError:
        return None


_RECIPIENT = re.compile(r"\s(?:về|tới|đến|lên)\s", re.IGNORECASE)


def _group(segment: str, later: bool) -> tuple[str, list[str]]:
    """(words, unit types) of the group a date is for, from the words before the date: the
    sentence's subject; after a colon ("Thời hạn gửi báo cáo: UBND các xã ... trước ngày"),
    that clause's subject; for a later date of the sentence, its clause without the recipient
    ("; các phòng, ban trước ngày ..."). ("", []) when none names a type."""
    clause = _PARENS.sub(" ", _LEAD.sub("", segment)).rsplit(":", 1)[-1]
    candidates = [subject(segment), subject(clause)]
    if later or ":" in segment:
        candidates.append(_RECIPIENT.split(clause)[0])
    for words in candidates:
        if words and unit_types(words):
            return words, unit_types(words)
    return "", []


def _sentence_deadlines(sentence: str, all_types: list[str], year: int | None) -> list[DraftDeadline]:
    first = DEADLINE.search(sentence)
    if not first:
        return []
    dates = [first] + [m for m in DEADLINE.finditer(sentence, first.end())]
    taken = [(m.start(), m.end()) for m in dates]
    dates += [m for m in _LATER_DATE.finditer(sentence, first.end())
              if not any(s <= m.start() < e for s, e in taken)]
    dates.sort(key=lambda m: m.start())
    found: list[DraftDeadline] = []
    previous_end = 0
    for n, m in enumerate(dates):
        date = _date(m, year)
        segment = sentence[previous_end: m.start()]
        previous_end = m.end()
        if date is None:
            continue
        # The group: the words before this date (up to the verb), else "(đối với ...)" after it.
        who, types = _group(segment, later=bool(n))
        after = _FOR_WHOM.match(sentence[m.end():])
        if not types and after and unit_types(after["who"]):
            who, types = after["who"], unit_types(after["who"])
        if not types:
            if n and not DEADLINE.match(sentence, m.start()):
                continue  # a later bare date for no named group: not a deadline of its own
            who, types = _group(sentence[: first.start()], later=False)
        if not types:
            if _DOSSIER.match(_LEAD.sub("", sentence)):
                continue  # award dossiers' deadline, not the report's
            types = list(all_types)
        found.append(DraftDeadline(date, types, who.strip(" ,;:.") or "mọi đơn vị được gửi", sentence.strip()))
    return found


def _table_deadline(row: str, year: int | None) -> DraftDeadline | None:
    """A row of a table of deadlines: a cell naming unit types and a cell that is a date."""
    cells = [c for c in _CELLS.split(row.strip().strip("|")) if c]
    if len(cells) < 2:
        return None
    dated = [(c, _LATER_DATE.search(c) or DEADLINE.search(c)) for c in cells]
    date_cells = [(c, m) for c, m in dated if m and len(c.split()) <= 8]
    groups = [c for c in cells if unit_types(c) and all(c != d for d, _ in date_cells)]
    if not date_cells or not groups:
        return None
    date = _date(date_cells[-1][1], year)
    if date is None:
        return None
    return DraftDeadline(date, unit_types(groups[0]), groups[0], row.strip())


def find_deadlines(paragraphs: list[str], all_types: list[str], year: int | None) -> list[DraftDeadline]:
    found: list[DraftDeadline] = []
    in_table = False  # after a table row whose header speaks of deadlines
    for paragraph in paragraphs:
        is_row = len(_CELLS.split(paragraph.strip().strip("|"))) >= 2 and ("|" in paragraph or "\t" in paragraph)
        if is_row:
            if not in_table:
                in_table = bool(_DEADLINE_HEADER.search(paragraph)) and not _LATER_DATE.search(paragraph)
                if in_table:
                    continue
            if in_table:
                row = _table_deadline(paragraph, year)
                if row:
                    found.append(row)
                continue
        else:
            in_table = False
        for sentence in sentences(paragraph):
            found += _sentence_deadlines(sentence, all_types, year)
    return found
