"""F1-F6: the administrative form of a report (Decree 30/2020 layout).

Reads the header (issuing body and "Số:" on the left, motto and "place, ngày ... tháng ...
năm ..." on the right), the title ("BÁO CÁO" and its trích yếu) and the closing (recipients
"Nơi nhận:" on the left, authority line and signer's name on the right). The layout may come
as regions the extractor set, as a two-column table, or as stacked lines (PDF text, OCR) where
the two columns are interleaved or even merged on one line: all three are handled. Matching
runs on folded text (no tone marks) so that OCR tone noise ("S6:", "ngay") does not matter.
Which unit the issuer is (roster) is units.py's job; whether the date is on time, deadline.py's.

The parts live in their own modules: lines (the lines, side and zone), header
(F1, F2), date (F3), title (F4), closing (F5, F6). This module holds
MetadataResult and the orchestration: which lines are the header, and in what order each part
looks at them.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field, fields

# The parts' names stay importable from here (tdkt.pipeline.metadata.read._date etc.).
from tdkt.pipeline.metadata.closing import (  # noqa: F401
    _AUTH_PREFIX, _AUTH_TITLE, _BULLET, _RANKS, _RECIPIENTS, _SIGN_NOISE, _SURNAME, _SURNAME_SPELLING, _WRAPPED,
    _clean_name, _closing, _drop_stray_head, _is_authority, _name_like, _plausible_ocr_name, _respell_surname,
    _split_closing_line)
from tdkt.pipeline.metadata.date import (  # noqa: F401
    _DATE_DIGITS, _DATE_HEAD_BROKEN, _DATE_TAIL_BROKEN, _DATE_WORDS, _date, _date_start, _find_date_match,
    _find_date_text, _join_broken_dates, _part)
from tdkt.pipeline.metadata.header import (  # noqa: F401
    _CONTINUES, _GENERIC_ORG, _GOVERNING_BODY, _MOTTO, _NUMBER, _NUMBER_VALUE, _issuer, _number, _split_header)
from tdkt.pipeline.metadata.lines import _BODY_START, _RULE_LINE, _evidence, _Line, _lines  # noqa: F401
from tdkt.pipeline.metadata.title import _TITLE, _TOPIC_A, _TOPIC_B, _title, _title_index  # noqa: F401
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import DocumentInfo, ItemResult


@dataclass
class MetadataResult:
    info: DocumentInfo = field(default_factory=DocumentInfo)
    items: dict[str, ItemResult] = field(default_factory=dict)
    header_name: str | None = None
    date: dt.date | None = None
    date_partial: tuple | None = None  # (day, month, year), None for each blank part


# What dataclass == compares of two _Lines, as a tuple: equal tuples, equal lines.
_compared = operator.attrgetter(*(f.name for f in fields(_Line) if f.compare))


def read_metadata(document, ruleset=None) -> MetadataResult:
    """F1-F6 and the DocumentInfo of `document`. `ruleset` (optional) gives the period: its year,
    and for F4 the subject and report kind the title must name (title.py reads them)."""
    period_year = None
    if ruleset is not None:
        period_year = ((getattr(ruleset, "raw", None) or {}).get("period") or {}).get("year")
    lines = _lines(document)
    result = MetadataResult()
    info = result.info
    title_k = _title_index(lines)
    if any(ln.zone == "header" for ln in lines):
        header = [ln for ln in lines if ln.zone == "header"]
    elif title_k is not None:
        header = lines[:title_k]
    else:
        header = []
        for ln in lines[:14]:
            if len(ln.text) > 160 or _BODY_START.match(fold(ln.text)):
                break
            header.append(ln)
    left, right = _split_header(header)

    # F1
    issuer, _raw, ev = _issuer(left)
    info.issuer = issuer
    result.header_name = issuer
    result.items["F1"] = (ItemResult("present", issuer, ev) if issuer
                          else ItemResult("missing", "Không thấy tên cơ quan ban hành ở đầu văn bản."))
    # `ln not in header` compared lines field by field (dataclass ==) against each header line: the
    # same test, on their compared fields, as one set lookup (speed).
    in_header = set(map(_compared, header))
    # F2: the left column first, then anywhere in the header.
    f2, info.number = _number(left + right + [(ln, ln.text) for ln in lines[:20] if _compared(ln) not in in_header])
    result.items["F2"] = f2
    # F3: the right column first, then the rest of the header, then the top and the closing.
    top = [(ln, ln.text) for ln in lines[:25] if _compared(ln) not in in_header]
    tail = [(ln, ln.text) for ln in lines[-25:]]
    f3, info.place, result.date, result.date_partial = _date(right + left, top + tail)
    result.items["F3"] = f3
    info.date = result.date.isoformat() if result.date else None
    # F4
    f4, info.title = _title(lines, title_k, period_year, ruleset)
    result.items["F4"] = f4
    # F5, F6
    body_end = (title_k or 0) + 1
    f5, info.signer_authority, info.signer, f6, info.recipients = _closing(lines, body_end)
    if info.signer and getattr(document, "format", None) in ("pdf-scanned", "image"):
        spelled = _respell_surname(_drop_stray_head(info.signer))
        # a name under a stamp misread, or one whose OCR readings agreed on no name: left unread
        unsettled = getattr(document, "meta", {}).get("unsettled_name_rows", ())
        if not _plausible_ocr_name(spelled) or any(fold(info.signer) in fold(row) for row in unsettled):
            spelled = None
        f5.note = f5.note.replace(info.signer, spelled or "(họ tên không đọc rõ)")
        info.signer = spelled
    result.items["F5"] = f5
    result.items["F6"] = f6
    return result
