"""The sheets that answer "who do I chase, for what": Tổng hợp (one row per unit), Theo cụm, khối
(per cluster/bloc counts), Bản cũ, bản sao (files that do not speak for their unit).

Pure, like table.py, whose status words, item helpers and `Table` it uses: records + roster +
ruleset -> tables and the header facts (counts by status, items most units lack). Unit rows
follow the roster; senders not on it come after, then unreadable files no unit could be named for.
An unreadable file whose name or reason names a roster unit (file_units.py) stands on that unit's
row when the unit has nothing readable: the clerk chases it for a new copy.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from tdkt.pipeline.record import ReportRecord
from tdkt.pipeline.output.safe_cells import clean_text

COMMON_SHARE = 0.6  # an item missing for at least this share of reporting units is named once, above
COMMON_MIN_UNITS = 3  # ... when at least this many units reported (two units are not "most")
LIST_LABELS_UP_TO = 3  # longer lists of missing items show IDs only (the labels are on Chi tiết)
TOP_MISSING = 3
WARNING_CHARS = 110  # a warning on Tổng hợp is cut here (the whole text is on Số liệu)  # items named per cluster on «Theo cụm, khối»

OVERVIEW_COLUMNS = ["STT", "Đơn vị", "Tình trạng", "Cụm/khối thi đua", "Văn bản", "Thời hạn", "Số mục đã báo cáo",
                    "Tỷ lệ đã báo cáo", "Mục còn thiếu", "Mục chưa đầy đủ", "Cảnh báo, ghi chú"]
CLUSTER_COLUMNS = ["STT", "Cụm/khối thi đua", "Số đơn vị phải nộp", "Đã nộp", "Đúng hạn", "Nộp muộn", "Chưa nộp",
                   "Tệp lỗi, cần gửi lại", "Không đúng nội dung", "Thiếu nội dung", "Đạt", "Mục thường thiếu nhất"]
VERSION_COLUMNS = ["STT", "Đơn vị", "Tệp", "Loại", "Số văn bản", "Ngày văn bản", "Thời điểm nhận",
                   "Số mục đã báo cáo", "Bản đang dùng", "Lý do"]


@dataclass
class UnitLine:
    """One row of Tổng hợp: a unit (or an unreadable file nobody could be named for)."""

    name: str
    cluster: str
    unit_type: str
    in_roster: bool
    record: ReportRecord | None = None  # the current readable file
    errors: list[ReportRecord] = field(default_factory=list)  # unreadable files naming this unit
    deadline: dt.date | None = None
    status: str = ""


def period_end(ruleset) -> dt.date | None:
    """When the reporting period closes: rules `period: {end: ...}`, else its half or year."""
    period = (getattr(ruleset, "raw", None) or {}).get("period") or {}
    if not isinstance(period, dict):
        return None
    end = period.get("end")
    if end:
        try:
            return end if isinstance(end, dt.date) else dt.date.fromisoformat(str(end)[:10])
        except ValueError:
            return None
    year = period.get("year")
    if not isinstance(year, int):
        return None
    return dt.date(year, 6, 30) if period.get("half") == 1 else dt.date(year, 12, 31)


def overdue(deadline: dt.date | None, run_date: dt.date, close: dt.date | None) -> tuple[int | None, str]:
    """(days overdue, what to say) for a unit that has sent nothing: counted to the run date while
    the period is open, to the period's close once it is over."""
    if deadline is None:
        return None, ""
    if run_date <= deadline:
        return None, f"Chưa đến hạn ({deadline:%d/%m/%Y})"
    if close is not None and run_date > close:
        return max(0, (close - deadline).days), "Quá hạn"
    days = (run_date - deadline).days
    return days, f"Quá hạn {days} ngày"


def unit_lines(records: list[ReportRecord], roster, ruleset, content_ids: list[str]) -> list[UnitLine]:
    """Tổng hợp's rows, in order, each with its status (table.py's words)."""
    from tdkt.pipeline.output.file_units import file_stem, unit_named_in
    from tdkt.pipeline.output.table import NO_CLUSTER, ST_ERROR, ST_MISSING, row_status

    from tdkt.pipeline.supersede import current_by_roster

    current, unknown = current_by_roster(records, roster)
    named: dict[str, list[ReportRecord]] = {}
    orphans: list[ReportRecord] = []
    for r in records:
        if not r.error:
            continue
        unit = roster.by_id(r.unit.roster_id) if r.unit.roster_id else None
        unit = unit or unit_named_in([file_stem(r.file), r.error or ""], roster)
        if unit is not None:
            named.setdefault(unit.id, []).append(r)
        else:
            orphans.append(r)

    lines: list[UnitLine] = []
    for unit in roster.units:
        line = UnitLine(name=clean_text(unit.name), cluster=clean_text(unit.cluster) or NO_CLUSTER,
                        unit_type=unit.type, in_roster=True, record=current.get(unit.id),
                        errors=named.get(unit.id, []), deadline=ruleset.deadline_for(unit.type))
        if line.record is not None:
            line.status = row_status(line.record, content_ids)
        else:
            line.status = ST_ERROR if line.errors else ST_MISSING
        lines.append(line)
    for r in unknown:
        lines.append(UnitLine(name=clean_text(r.unit.name or r.unit.header_name) or "(không xác định được đơn vị)",
                              cluster=clean_text(r.unit.cluster) or NO_CLUSTER, unit_type=r.unit.type,
                              in_roster=False, record=r, status=row_status(r, content_ids),
                              deadline=_as_date(r.deadline)))
    for r in orphans:
        lines.append(UnitLine(name=f"(tệp {file_stem(clean_text(r.file))})", cluster="", unit_type="unknown",
                              in_roster=False, errors=[r], status=ST_ERROR))
    return lines


def reporting(lines: list[UnitLine]) -> list[UnitLine]:
    """Units whose current file is a report on the subject: the base of every share."""
    from tdkt.pipeline.output.table import ST_OFF

    return [x for x in lines if x.record is not None and x.status != ST_OFF]


def common_missing(lines: list[UnitLine], content_ids: list[str]) -> tuple[list[tuple[str, int]], int]:
    """([(item id, units missing it)], units reporting) for the items at least COMMON_SHARE of the
    reporting units lack, in the directive's order."""
    from tdkt.pipeline.output.table import _status

    base = reporting(lines)
    if len(base) < COMMON_MIN_UNITS:
        return [], len(base)
    counts = {i: sum(_status(x.record, i) == "missing" for x in base) for i in content_ids}
    return [(i, n) for i, n in counts.items() if n / len(base) >= COMMON_SHARE], len(base)


def item_list(ids: list[str], labels: dict[str, str], up_to: int = LIST_LABELS_UP_TO) -> str:
    """Items as "ID label" lines, or IDs only when the list is longer than `up_to`."""
    if len(ids) > up_to:
        return ", ".join(ids) + f" ({len(ids)} mục)"
    return "\n".join(f"{i} {labels.get(i, i)}" for i in ids)


def overview_table(lines: list[UnitLine], content_ids: list[str], labels: dict[str, str], common: set[str],
                   run_date: dt.date, close: dt.date | None, records: list[ReportRecord] = ()):
    from tdkt.pipeline.output.table import ST_OFF, _frame, _status, _timeliness

    superseded: dict[str, list[ReportRecord]] = {}
    for o in records:
        if o.superseded_by and not o.error:
            superseded.setdefault(o.superseded_by, []).append(o)

    rows = []
    for x in lines:
        r = x.record
        notes: list[str] = []
        row = {"Đơn vị": x.name, "Tình trạng": x.status, "Cụm/khối thi đua": x.cluster}
        if r is None:
            if x.errors:
                row["Văn bản"] = "\n".join(_base_name(e.file) for e in x.errors)
                notes.append("Tệp không đọc được, cần gửi lại: " + "; ".join(clean_text(e.error, 200) for e in x.errors))
            else:
                notes.append("Chưa nhận được báo cáo")
            if x.in_roster:
                row["Thời hạn"] = overdue(x.deadline, run_date, close)[1]
            rows.append({**row, "Cảnh báo, ghi chú": "\n".join(notes)})
            continue
        missing = [i for i in content_ids if _status(r, i) == "missing"]
        partial = [i for i in content_ids if _status(r, i) == "partial"]
        reported = len(content_ids) - len(missing)
        own = [i for i in missing if i not in common]
        shared = [i for i in missing if i in common]
        if x.status == ST_OFF:
            missing_text = "Cả báo cáo: văn bản gửi là báo cáo việc khác"
        else:
            missing_text = item_list(own, labels)
            if shared:
                missing_text += ("\n" if missing_text else "") + "+ mục chung: " + ", ".join(shared)
        number = clean_text(r.document.number)
        date = _as_date(r.document.date)
        doc = ", ".join(p for p in (f"Số {number}" if number else "", f"ngày {date:%d/%m/%Y}" if date else "") if p)
        row.update({
            "Văn bản": doc or _base_name(r.file),  # the file itself is on Chi tiết and «Bản cũ, bản sao»
            "Thời hạn": _timeliness(r),
            "Số mục đã báo cáo": f"{reported}/{len(content_ids)}",
            "Tỷ lệ đã báo cáo": round(reported / len(content_ids), 4) if content_ids else None,
            "Mục còn thiếu": missing_text,
            "Mục chưa đầy đủ": item_list(partial, labels, up_to=1),  # reported, if not fully: short
        })
        notes.extend(clean_text(w, WARNING_CHARS) for w in r.warnings)  # in full on Số liệu
        if not x.in_roster:
            notes.append("Không có trong danh sách đơn vị")
        others = len(r.copies) + sum(1 for o in superseded.get(r.file, ()) if o.file not in r.copies)
        if others:  # why each is not used is on «Bản cũ, bản sao»
            notes.append(f"Có {others} bản khác")
        decided = [i for i, v in r.items.items() if v.override and not v.override.get("stale")]
        stale = [i for i, v in r.items.items() if v.override and v.override.get("stale")]
        if decided:
            notes.append("Cán bộ đã sửa: " + ", ".join(decided))
        if stale:
            notes.append("Quyết định cũ của cán bộ, cần xem lại: " + ", ".join(stale))
        if x.errors:
            notes.append(f"Có {len(x.errors)} tệp không đọc được (xem trang Lỗi tệp)")
        rows.append({**row, "Cảnh báo, ghi chú": "\n".join(notes)})
    return _frame(rows, OVERVIEW_COLUMNS, ints=("STT",))


def status_counts(lines: list[UnitLine]) -> dict[str, int]:
    from tdkt.pipeline.output.table import STATUSES, ST_OLD

    counted = Counter(x.status for x in lines)
    return {s: counted.get(s, 0) for s in STATUSES if s != ST_OLD}


def clusters_table(lines: list[UnitLine], content_ids: list[str], labels: dict[str, str]):
    from tdkt.pipeline.output.table import ST_ERROR, ST_LATE, ST_MISSING, ST_OFF, ST_OK, _frame, _status

    groups: dict[str, list[UnitLine]] = {}
    for x in lines:
        if x.in_roster or x.record is not None:
            groups.setdefault(x.cluster if x.in_roster else "(ngoài danh sách đơn vị)", []).append(x)

    def row(name: str, members: list[UnitLine]) -> dict:
        sent = reporting(members)
        late = [x for x in sent if x.status == ST_LATE]
        # «Thiếu nội dung» counts every report lacking an item, late ones included
        lacking = [x for x in sent if any(_status(x.record, i) == "missing" for i in content_ids)]
        counts = Counter(i for x in sent for i in content_ids if _status(x.record, i) == "missing")
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], content_ids.index(kv[0])))  # ties: directive order
        top = [f"{i} {labels.get(i, i)} ({n}/{len(sent)})" for i, n in ranked[:TOP_MISSING]]
        return {"Cụm/khối thi đua": name, "Số đơn vị phải nộp": sum(x.in_roster for x in members),
                "Đã nộp": len(sent), "Đúng hạn": len(sent) - len(late), "Nộp muộn": len(late),
                "Chưa nộp": sum(x.status in (ST_MISSING, ST_ERROR) for x in members),
                "Tệp lỗi, cần gửi lại": sum(x.status == ST_ERROR for x in members),
                "Không đúng nội dung": sum(x.status == ST_OFF for x in members),
                "Thiếu nội dung": len(lacking), "Đạt": sum(x.status == ST_OK for x in members),
                "Mục thường thiếu nhất": "\n".join(top)}

    rows = [row(name, members) for name, members in groups.items()]
    everyone = [x for members in groups.values() for x in members]
    if everyone:
        rows.append({**row("Toàn huyện", everyone), "STT": None})
    table = _frame(rows, CLUSTER_COLUMNS, number=False)
    table.set_column("STT", [i + 1 if i < len(rows) - 1 else None for i in range(len(rows))])  # district: none
    return table


def versions_table(records: list[ReportRecord], roster):
    """Copies and older versions, grouped by unit in roster order."""
    from tdkt.pipeline.output.table import _frame, _unit_name

    order = {u.id: k for k, u in enumerate(roster.units)}
    old = [r for r in records if not r.error and r.superseded_by]
    old.sort(key=lambda r: (order.get(r.unit.roster_id or "", len(order)), _unit_name(r), r.file))
    rows = []
    for r in old:
        kind = ("Trang ảnh chụp" if r.page_of else "Bản sao" if r.copy_of else
                "Không đúng nội dung" if r.document.on_subject is False else "Bản cũ")
        rows.append({"Đơn vị": _unit_name(r), "Tệp": clean_text(r.file), "Loại": kind,
                     "Số văn bản": clean_text(r.document.number), "Ngày văn bản": _as_date(r.document.date),
                     "Thời điểm nhận": _as_datetime(r.received_at), "Số mục đã báo cáo": r.reported_count,
                     "Bản đang dùng": clean_text(r.superseded_by), "Lý do": clean_text(r.version_note, 400)})
    return _frame(rows, VERSION_COLUMNS, ints=("STT", "Số mục đã báo cáo"))


def _base_name(path: str) -> str:
    return clean_text(path).replace("\\", "/").rsplit("/", 1)[-1]


def _as_date(value):
    from tdkt.pipeline.output.table import _as_date as as_date

    return as_date(value)


def _as_datetime(value):
    from tdkt.pipeline.output.table import _as_datetime as as_datetime

    return as_datetime(value)
