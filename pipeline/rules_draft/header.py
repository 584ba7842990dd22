"""The directive's header: issuer and its place, the title ("V/v hướng dẫn sơ kết ..." or
"HƯỚNG DẪN / Tổng kết ..."), the report kind and period it asks for, and the addressees listed
under "Kính gửi:" with the unit types they name."""

from __future__ import annotations

import re

from tdkt.pipeline.rules_draft.model import Addressee
from tdkt.pipeline.rules_draft.text import phrase
from tdkt.pipeline.rules_draft.unit_types import unit_types

_ISSUER_PLACE = re.compile(r"^(?:UBND |(?:ỦY|UỶ) BAN NHÂN DÂN )?(HUYỆN|THỊ XÃ|THÀNH PHỐ|QUẬN|TỈNH|XÃ)\s+(.+)$")
_PLACE_DATE = re.compile(r"^([^,\d]{2,40}),\s*ngày\b", re.IGNORECASE)
_VV = re.compile(r"^V/v\s*", re.IGNORECASE)
_DOC_TYPE = re.compile(r"^(HƯỚNG DẪN|KẾ HOẠCH|CÔNG VĂN|THÔNG BÁO)$")
_KINDS = (("sơ kết", "sơ kết"), ("tổng kết", "tổng kết"))
_HALF = [(re.compile(r"6 tháng đầu năm|sáu tháng đầu năm"), 1), (re.compile(r"6 tháng cuối năm|sáu tháng cuối năm"), 2)]
_YEAR = re.compile(r"\b(20\d\d)\b")
_KINH_GUI = re.compile(r"^kính gửi\s*:?\s*(.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^[-–•+*]\s*")


def issuer_and_place(header: list[str]) -> tuple[str | None, str | None]:
    """("UBND huyện Tây Sơn", "Tây Sơn") from the header's capitals or its place-date line."""
    for line in header[:8]:
        m = _ISSUER_PLACE.match(line.strip())
        if m and m.group(1).isupper():
            level, name = m.group(1).lower(), m.group(2).strip().title()
            return f"UBND {level} {name}", name
    for line in header:
        m = _PLACE_DATE.match(line)
        if m:
            return None, m.group(1).strip()
    return None, None


def title_line(header: list[str]) -> str | None:
    """The directive's subject: the "V/v ..." line, or the line after "HƯỚNG DẪN"."""
    for i, line in enumerate(header):
        if _VV.match(line):
            return _VV.sub("", line).strip()
        if _DOC_TYPE.match(line.strip()) and i + 1 < len(header):
            return f"{line.strip().capitalize()} {header[i + 1].strip()}"
    return None


def kind_and_period(text: str) -> tuple[str | None, int | None, int | None]:
    """(report kind, year, half) said by a title: "sơ kết ... 6 tháng đầu năm 2023" -> ("sơ kết", 2023, 1)."""
    canon = phrase(text)
    kind = next((k for word, k in _KINDS if word in canon), None)
    half = next((h for pattern, h in _HALF if pattern.search(canon)), None)
    year = _YEAR.search(canon)
    return kind, int(year.group(1)) if year else None, half


def addressees(header: list[str]) -> list[Addressee]:
    """The lines under "Kính gửi:" (or on it), each with the unit types it names."""
    found: list[Addressee] = []
    for i, line in enumerate(header):
        m = _KINH_GUI.match(line)
        if not m:
            continue
        rest = [m.group(1)] if m.group(1).strip() else []
        for follow in header[i + 1:]:
            if not _BULLET.match(follow):
                break
            rest.append(follow)
        for entry in rest:
            text = _BULLET.sub("", entry).strip().rstrip(";.,")
            if text:
                found.append(Addressee(text, unit_types(text)))
        break
    return found
