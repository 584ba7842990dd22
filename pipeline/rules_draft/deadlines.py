"""Deadlines per addressee: the sentences with "chậm nhất ngày ...", "trước ngày ...", "hạn
cuối ..." and the unit types their subject names ("Các cụm, khối thi đua ... gửi báo cáo ...
chậm nhất ngày 30 tháng 6 năm 2023" -> cluster: 2023-06-30). A sentence whose subject names no
type applies to every addressee of "Kính gửi"."""

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
# The verb that ends a deadline sentence's subject ("Các cụm, khối thi đua | tổ chức ...").
_VERB = re.compile(r"\s(?:tiến hành|tổ chức|gửi|nộp|báo cáo|hoàn thành|khẩn trương|thực hiện|tổng hợp|"
                   r"xây dựng|chủ động|có trách nhiệm|phải)[\s,]", re.IGNORECASE)
_PARENS = re.compile(r"\([^)]*\)")
_LEAD = re.compile(r"^\d+[.)]\s*|^[-–•+]\s*")


def subject(sentence: str) -> str:
    """The words before the sentence's first action verb, without brackets."""
    text = _PARENS.sub(" ", _LEAD.sub("", sentence))
    m = _VERB.search(text)
    return text[: m.start()] if m else ""


def find_deadlines(paragraphs: list[str], all_types: list[str], year: int | None) -> list[DraftDeadline]:
    found: list[DraftDeadline] = []
    for paragraph in paragraphs:
        for sentence in sentences(paragraph):
            for m in DEADLINE.finditer(sentence):
                try:
                    date = dt.date(int(m["y"] or year or 0), int(m["m"]), int(m["d"]))
                except ValueError:
                    continue
                who = subject(sentence[: m.start()])
                types = unit_types(who) or list(all_types)
                found.append(DraftDeadline(date, types, who.strip(" ,;:") or "mọi đơn vị được gửi",
                                           sentence.strip()))
    return found
