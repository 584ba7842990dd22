"""Which unit types (the roster's `type`, rules/schema.py UNIT_TYPES) a directive's words for
its addressees name: "UBND các xã, thị trấn" -> commune, town; "các Cụm, Khối thi đua" ->
cluster. Word patterns over the rule-phrase form of the text (text.phrase)."""

from __future__ import annotations

import re

from tdkt.pipeline.rules_draft.text import phrase

# Order is the order the types are listed in a draft roster.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("cluster", re.compile(r"\b(?:cụm|khối) (?:thi đua|khối)\b|\bcụm khối\b|\bcụm thi đua\b|\bkhối thi đua\b")),
    ("department", re.compile(r"\bphòng ban\b|\bban ngành\b|\bsở ban\b|\bcơ quan (?:đơn vị|chuyên môn)\b|\bcác cơ quan\b")),
    ("mass_org", re.compile(r"\bđoàn thể\b|\bmặt trận\b|\bngành hội\b|\bcác hội\b|\bcơ quan đơn vị\b")),
    ("armed_forces", re.compile(r"\blực lượng vũ trang\b|\bcông an huyện\b|\bquân sự\b")),
    ("provincial_unit", re.compile(r"\bđơn vị (?:thuộc|trực thuộc) tỉnh\b|\bđóng (?:chân )?trên địa bàn\b|\bngành dọc\b")),
    ("education", re.compile(r"\bgiáo dục\b|\bcác trường\b|\btrường học\b")),
    ("commune", re.compile(r"(?<!thị )\bxã\b(?! hội)|\bphường\b")),
    ("town", re.compile(r"\bthị trấn\b")),
]
ORDER = [t for t, _ in _PATTERNS]


def unit_types(text: str) -> list[str]:
    """The unit types named in `text`, in a fixed order; [] when none."""
    canon = phrase(text)
    return [t for t, pattern in _PATTERNS if pattern.search(canon)]
