"""Quantities and quoted names in raw sentence text: language facts that hold for any directive.

`has_quantity` tells a count, amount or percentage from a date, year, document symbol or the
reporting period; `without_quotes` blanks quoted names ("phong trào “Lao động giỏi”"). Where a
sentence sits and what its words mean for an item are context's job.
"""

from __future__ import annotations

import re

# Numbers that are not quantities: dates, years, document symbols, the reporting period, laws.
_NOT_QUANTITY_ALTERNATIVES = (
    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}",                       # 0 19/01/2023
    r"ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?",        # 1 ngày 19/01/2023
    r"ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2})?(?:\s+năm\s+\d{4})?",   # 2 ngày 19 tháng 01 năm 2023
    r"tháng\s+\d{1,2}(?:\s*(?:/|năm)\s*\d{4})?",                   # 3 tháng 6/2023
    # 4 15/KH-UBND, 12/2023/NĐ-CP (capitals: "14/19 cá nhân" counts, and so does a share over an
    # abbreviated noun, "16/16 CBCC", "28/30 ĐV": a symbol's capitals follow its slash or its year)
    r"\d+\s*/\s*(?:(?:19|20)\d{2}\s*/?\s*)?(?-i:[A-ZĐ][A-ZĐa-zđ\-/]*)",
    r"\d+\s*-\s*[A-ZĐ]{2,}[A-ZĐ\-/]*",                            # 5 05-CT/TW
    r"(?:năm|giai đoạn|nhiệm kỳ|kh(?:óa|oá)|niên kh(?:óa|oá)|năm học)\s+\d{4}(?:\s*[-–]\s*\d{4})?",  # 6
    r"\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b",                  # 7
    r"\b(?:19|20)\d{2}\b",                                          # 8
    r"\b(?:6|06|sáu)\s+tháng\b",                                    # 9
    r"covid\s*-?\s*\d+",                                            # 10
    r"loại\s+(?:IV|4|I{1,3})\b",                                     # 11
    r"(?:số|kh(?:óa|oá)|điều|khoản|chương)\s+\d+",                   # 12
    # 13 a pointer to another part of the report: "đã nêu tại mục 2.1", "mục II.3", "Phụ lục 2"
    r"\b(?:mục|phần|phụ lục)\s+(?:[IVX]{1,4}\s*\.\s*)?\d+(?:\s*\.\s*\d+)*(?:\s*\.\s*[a-zđ]\b)?",
    # 14, 15 anniversaries and named days: "kỷ niệm 113 năm Ngày ...", "1983 năm Khởi nghĩa ...", "Ngày ... 8/3"
    r"\d+\s+năm\s+(?=ngày|khởi nghĩa|thành lập|truyền thống|chiến thắng|giải phóng|sinh)",
    r"\bngày(?:\s+[^\W\d]+){1,6}\s+\d{1,2}\s*/\s*\d{1,2}\b(?!\s*/)",
    # 16 a stage, session or round's ordinal: "Chương trình ... giai đoạn 2", "Hội nghị lần thứ 9", "tiêm phòng đợt 1"
    r"(?:giai\s+đoạn|lần\s+thứ|đợt)\s+(?:\d{1,2}|[IVX]{1,4})\b(?!\s*[,.]\s*\d)",
)
_NOT_QUANTITY = re.compile("|".join(_NOT_QUANTITY_ALTERNATIVES), re.IGNORECASE)
_QUANTITY = re.compile(r"\d")
_SPELLED = re.compile(
    r"\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:cá nhân|tập thể|người|hộ|đồng chí|lượt|"
    r"trường hợp|đơn vị|gia đình|công trình|mô hình|nhà|xã|thôn|phong trào|đợt|lớp|cuộc"
    # a number written out in full ("gần ba trăm hội viên", "sáu mươi phần trăm chỉ tiêu", "bốn trăm
    # triệu đồng"): a digit word before a power of ten or "phần trăm" is a quantity whatever follows
    r"|mươi|trăm|nghìn|ngàn|triệu|tỷ|phần trăm)\b",
    re.IGNORECASE,
)
# Speed only: every alternative of the patterns above starts with one of these characters, so a
# lookahead on them rejects most positions before the alternatives are tried one by one (~3x
# faster; same matches). tests/test_judgespeed_language.py checks that each alternative's first
# character is in its set: an alternative added with another first letter must extend it.
_NOT_QUANTITY_STARTS = r"[\dntgksclđmp]"
_SPELLED_STARTS = r"[mhbnstc]"
# Behind the gate, only the alternatives that can start with the position's character are tried,
# in their own order: the groups' first characters never overlap, so the alternative chosen at a
# position is the one the whole alternation chooses (~25 % faster). tests/test_judge_speed4.py
# checks every alternative is listed under each group its first character falls in.
_NOT_QUANTITY_BY_START = ((r"\d", (0, 4, 5, 7, 8, 9, 14)), ("n", (1, 2, 6, 15)), ("t", (3,)), ("g", (6, 16)),
                          ("k", (6, 12)), ("s", (9, 12)), ("c", (10, 12)), ("l", (11, 16)), ("đ", (12, 16)),
                          ("[mp]", (13,)))
_NOT_QUANTITY_GROUPED = "|".join(f"(?={start})(?:{'|'.join(_NOT_QUANTITY_ALTERNATIVES[i] for i in alternatives)})"
                                 for start, alternatives in _NOT_QUANTITY_BY_START)
_NOT_QUANTITY_FAST = re.compile(f"(?={_NOT_QUANTITY_STARTS})(?:{_NOT_QUANTITY_GROUPED})", _NOT_QUANTITY.flags)
_SPELLED_FAST = re.compile(f"(?={_SPELLED_STARTS})(?:{_SPELLED.pattern})", _SPELLED.flags)
_QUOTED = re.compile(r"[\"“”„«»][^\"“”„«»]{2,200}[\"“”„«»]|'[^']{2,200}'")


def has_quantity(raw: str) -> bool:
    """A count, amount or percentage — not a date, year, document number or the period."""
    stripped = _NOT_QUANTITY_FAST.sub(" ", raw)
    return bool(_QUANTITY.search(stripped) or _SPELLED_FAST.search(stripped))


def without_quotes(raw: str) -> str:
    return _QUOTED.sub(" ", raw)
