"""F4: the document type "BÁO CÁO" and its trích yếu (summary), checked against the period.

Locates the title line (which also bounds the header for metadata.py), gathers the summary lines
under it and says whether they name the ruleset's subject (`period.subject_words`) and report kind
(`period.kind`: so_ket | tong_ket, named by `period.kind_words`) for the period's year; without
them, the half-year emulation-and-commendation review. Header and closing are left to
header.py and closing.py; the ruleset's keys are validated by rules/schema.py.
"""

from __future__ import annotations

import functools
import re

from tdkt.pipeline.metadata.lines import _BODY_START, _RULE_LINE, _evidence, _Line
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import ItemResult

# Patterns on folded text (lower case, no tone marks, same length as the original).
_TITLE = re.compile(r"^\s*bao\s*cao\b")
_TOPIC_A = re.compile(r"thi\s*dua|khen\s*thuong|\btd\W{0,3}kt\b")  # "TĐKT", "TĐ-KT", "TĐ - KT"
_TOPIC_B = re.compile(r"(?:6|sau)\s*thang\s*dau\s*nam|so\s*ket|nua\s*dau\s*nam")
# Without `kind_words`, the words that name each report kind (so_ket keeps _TOPIC_B's).
DEFAULT_KIND_WORDS = {"tong_ket": ["tổng kết", "cả năm"]}
KIND_NAMES = {"so_ket": "sơ kết thi đua, khen thưởng 6 tháng", "tong_ket": "tổng kết thi đua, khen thưởng năm"}


def words_pattern(phrases) -> re.Pattern | None:
    """Plain phrases as one pattern on folded text: spaces may be missing or repeated (OCR), a
    one-word phrase of four letters or fewer ("tđkt") is a whole word."""
    return _words_pattern(tuple(str(p) for p in phrases or ()))


@functools.lru_cache(maxsize=64)
def _words_pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    alternatives = []
    for phrase in phrases:
        # Words and what stands between them: a space may be missing or doubled, a comma in
        # the phrase ("thi đua, khen thưởng") may be any punctuation or none.
        pieces = [p for p in re.split(r"(\W+)", re.sub(r"^\W+|\W+$", "", fold(phrase))) if p]
        words = pieces[::2]
        if not words:
            continue
        body = "".join(re.escape(p) if k % 2 == 0 else (r"\s*" if not p.strip() else r"\W*")
                       for k, p in enumerate(pieces))
        alternatives.append(rf"\b{body}\b" if len(words) == 1 and len(words[0]) <= 4 else body)
    return re.compile("|".join(alternatives)) if alternatives else None


def _period(ruleset) -> dict:
    raw = getattr(ruleset, "raw", ruleset) if ruleset is not None else None
    period = raw.get("period") if isinstance(raw, dict) else None
    return period if isinstance(period, dict) else {}


def subject_pattern(ruleset=None) -> re.Pattern:
    """What names the ruleset's subject in a title (`period.subject_words`; default _TOPIC_A)."""
    return words_pattern(_period(ruleset).get("subject_words")) or _TOPIC_A


def kind_pattern(ruleset=None) -> re.Pattern:
    """What names the expected report kind (`period.kind_words`, else the kind's defaults)."""
    period = _period(ruleset)
    words = period.get("kind_words") or DEFAULT_KIND_WORDS.get(period.get("kind"))
    return words_pattern(words) or _TOPIC_B


def kind_name(ruleset=None) -> str:
    """The report kind as the F4 note names it (`period.name`, else by kind)."""
    period = _period(ruleset)
    return period.get("name") or KIND_NAMES[period.get("kind") or "so_ket"]


def on_subject(title: str | None, ruleset=None) -> bool | None:
    """Whether a report's title names the ruleset's subject (emulation and commendation work by
    default); None when there is no summary to tell (a bare "BÁO CÁO" or no title at all)."""
    summary = re.sub(r"^\s*bao\s*cao\b", "", fold(title or "")).strip(" :-–")
    if not summary:
        return None
    return bool(subject_pattern(ruleset).search(summary))


def _title_index(lines: list[_Line]) -> int | None:
    for k, line in enumerate(lines[:60]):
        if line.zone == "closing":
            break
        f = fold(line.text)
        if _TITLE.match(f) and (len(line.text) < 120 and (line.text[:7].isupper() or len(line.text) < 12)):
            return k
    return None



_SUBJECT_MARK = re.compile(r"^\s*(?:v\s*/\s*v\b|ve\s+viec\b)")
MAX_SUBJECT_LINES = 4  # a "V/v ..." wrapped in the narrow header column: three or four lines


def _subject_line(lines: list[_Line], k: int) -> str:
    """Line k, and when it opens a letter's subject ("V/v ...", "Về việc ..."), the lines it wraps
    onto in its own column (same side and zone, each going on in lower case or with a number:
    "V/v báo cáo kết quả hoạt động" / "và công tác thi đua, khen" / "thưởng 6 tháng đầu năm 2023")."""
    line = lines[k]
    if not _SUBJECT_MARK.match(fold(line.text)):
        return line.text
    parts = [line.text]
    for nxt in lines[k + 1:k + MAX_SUBJECT_LINES]:
        if (nxt.side, nxt.zone) != (line.side, line.zone) or not nxt.text[:1].islower() and not nxt.text[:1].isdigit():
            break
        parts.append(nxt.text)
        if nxt.text.endswith((".", ":", ";")):
            break
    return " ".join(parts)


def _title(lines: list[_Line], title_k: int | None, period_year: int | None, ruleset=None):
    subject, kind = subject_pattern(ruleset), kind_pattern(ruleset)
    if title_k is None:
        # No "BÁO CÁO" line: a trích yếu alone may still be there (e.g. "V/v ..." or a bold line).
        for k, line in enumerate(lines[:12]):
            text = _subject_line(lines, k)
            f = fold(text)
            if subject.search(f) and kind.search(f) and len(text) < 160 and not text.endswith("."):
                return (ItemResult("partial", "Có trích yếu nhưng không thấy tên loại văn bản \"BÁO CÁO\".",
                                   _evidence(line, text)), text)
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
    if not (subject.search(f) and kind.search(f)):
        return (ItemResult("partial", f"Trích yếu không nói về {kind_name(ruleset)}: {summary[:150]}",
                           _evidence(head, title)), title)
    years = {int(y) for y in re.findall(r"\b(20\d\d)\b", summary)}
    if period_year and years and period_year not in years:
        return (ItemResult("partial", f"Trích yếu ghi năm {', '.join(map(str, sorted(years)))}, không phải "
                                      f"{period_year}.", _evidence(head, title)), title)
    return ItemResult("present", title[:200], _evidence(head, title)), title
