"""F4: the document type "BÁO CÁO" and its trích yếu (summary), checked against the period.

Locates the title line (which also bounds the header for metadata.py), gathers the summary lines
under it and says whether they name the half-year emulation-and-commendation review of the
period's year. Header and closing are left to metadata_header and metadata_closing.
"""

from __future__ import annotations

import re

from tdkt.pipeline.metadata_lines import _BODY_START, _RULE_LINE, _evidence, _Line
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import ItemResult

# Patterns on folded text (lower case, no tone marks, same length as the original).
_TITLE = re.compile(r"^\s*bao\s*cao\b")
_TOPIC_A = re.compile(r"thi\s*dua|khen\s*thuong|\btdkt\b")
_TOPIC_B = re.compile(r"(?:6|sau)\s*thang\s*dau\s*nam|so\s*ket|nua\s*dau\s*nam")


def on_subject(title: str | None) -> bool | None:
    """Whether a report's title names emulation and commendation work; None when there is no
    summary to tell (a bare "BÁO CÁO" or no title at all)."""
    summary = re.sub(r"^\s*bao\s*cao\b", "", fold(title or "")).strip(" :-–")
    if not summary:
        return None
    return bool(_TOPIC_A.search(summary))


def _title_index(lines: list[_Line]) -> int | None:
    for k, line in enumerate(lines[:60]):
        if line.zone == "closing":
            break
        f = fold(line.text)
        if _TITLE.match(f) and (len(line.text) < 120 and (line.text[:7].isupper() or len(line.text) < 12)):
            return k
    return None



def _title(lines: list[_Line], title_k: int | None, period_year: int | None):
    if title_k is None:
        # No "BÁO CÁO" line: a trích yếu alone may still be there (e.g. "V/v ..." or a bold line).
        for line in lines[:12]:
            f = fold(line.text)
            if _TOPIC_A.search(f) and _TOPIC_B.search(f) and len(line.text) < 160 and not line.text.endswith("."):
                return (ItemResult("partial", "Có trích yếu nhưng không thấy tên loại văn bản \"BÁO CÁO\".",
                                   _evidence(line)), line.text)
        return ItemResult("missing", "Không thấy tên loại văn bản \"BÁO CÁO\" và trích yếu."), None
    head = lines[title_k]
    summary_parts: list[str] = []
    first_rest = head.text[len(re.match(r"^\s*\S+\s+\S+", head.text).group(0)):].strip(" :-–") \
        if re.match(r"^\s*\S+\s+\S+", head.text) else ""
    if first_rest:
        summary_parts.append(first_rest)
    for line in lines[title_k + 1:title_k + 6]:
        f = fold(line.text)
        if _RULE_LINE.match(line.text) or _BODY_START.match(f) or len(line.text) > 220 or line.zone == "closing":
            break
        summary_parts.append(line.text)
        if len(" ".join(summary_parts)) > 240 or line.text.endswith((".", ":")):
            break
    summary = re.sub(r"\s+", " ", " ".join(summary_parts)).strip()
    title = f"BÁO CÁO {summary}".strip()
    f = fold(summary)
    if not summary:
        return ItemResult("partial", "Có tên loại \"BÁO CÁO\" nhưng không có trích yếu.", _evidence(head)), title
    if not (_TOPIC_A.search(f) and _TOPIC_B.search(f)):
        return (ItemResult("partial", f"Trích yếu không nói về sơ kết thi đua, khen thưởng 6 tháng: {summary[:150]}",
                           _evidence(head, title)), title)
    years = {int(y) for y in re.findall(r"\b(20\d\d)\b", summary)}
    if period_year and years and period_year not in years:
        return (ItemResult("partial", f"Trích yếu ghi năm {', '.join(map(str, sorted(years)))}, không phải "
                                      f"{period_year}.", _evidence(head, title)), title)
    return ItemResult("present", title[:200], _evidence(head, title)), title
