"""A clerk's decisions on items, applied to judged records: the engine's verdict stays, the
clerk's word is added beside it.

A decision (Override) names the unit, the item, the status the clerk decided, a note, who and
when, and the submission it was made on: the sha256 of the file the clerk was looking at, plus
that document's number and date. It applies to the unit's current record when that record is
the same submission — the same bytes, one of its copies, or the same number and date. When the
unit has since sent a different document, the decision is not applied silently: the item carries
it with `stale: true` and the workbook and the review page flag the cell for review.

Pure: storing decisions is the flows' job (flows/overrides_store.py), showing them the writers'.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from tdkt.pipeline.record import ReportRecord
from tdkt.pipeline.supersede import _number_key, unit_key

STATUSES = ("present", "partial", "missing")
STATUS_WORDS = {  # what a clerk may type, folded to the contract's words
    "present": "present", "co": "present", "có": "present", "dat": "present", "đạt": "present",
    "partial": "partial", "chua day du": "partial", "chưa đầy đủ": "partial", "mot phan": "partial",
    "một phần": "partial",
    "missing": "missing", "khong": "missing", "không": "missing", "khong co": "missing", "không có": "missing",
    "thieu": "missing", "thiếu": "missing",
}


@dataclass(frozen=True)
class Override:
    unit: str  # supersede.unit_key of the record: "id:<roster id>" or "name:<normalised name>"
    item: str
    status: str
    note: str = ""
    by: str = ""
    at: str = ""  # ISO datetime
    sha256: str = ""  # the file the decision was made on
    number: str | None = None
    date: str | None = None

    def as_item_field(self, stale: bool) -> dict:
        out = {"status": self.status, "note": self.note, "by": self.by, "at": self.at}
        if stale:
            out["stale"] = True
        return out


def parse_status(text: str) -> str:
    """A clerk's status word ("có", "thiếu", "partial"...) → present/partial/missing, or ValueError."""
    key = " ".join((text or "").strip().lower().split())
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    raise ValueError(f"Tình trạng «{text}» không hợp lệ: dùng có / chưa đầy đủ / không có "
                     f"(hoặc present / partial / missing).")


def decision_for(record: ReportRecord, item: str, status: str, note: str = "", by: str = "",
                 at: str | None = None) -> Override:
    """An Override made on `record` (the file the clerk is looking at)."""
    key = unit_key(record)
    if key is None:
        raise ValueError("Tệp này không rõ đơn vị gửi (hoặc không đọc được) nên không ghi được quyết định.")
    if item not in record.items:
        raise ValueError(f"Mục {item} không có trong kết quả của tệp {record.file}.")
    when = at or dt.datetime.now().replace(microsecond=0).isoformat()
    return Override(unit=key, item=item, status=parse_status(status), note=note.strip(), by=by.strip(), at=when,
                    sha256=record.sha256, number=record.document.number, date=record.document.date)


def _same_submission(record: ReportRecord, decision: Override, copy_shas: set[str]) -> bool:
    if decision.sha256 and (decision.sha256 == record.sha256 or decision.sha256 in copy_shas):
        return True
    num = _number_key(decision.number)
    return bool(num and decision.date and num == _number_key(record.document.number)
                and decision.date == record.document.date)


def apply_overrides(records: list[ReportRecord], decisions: list[Override]) -> list[ReportRecord]:
    """Records (already through supersede.mark_superseded) with decisions attached to the
    current record of each unit. The latest decision per (unit, item) wins."""
    latest: dict[tuple[str, str], Override] = {}
    for d in sorted(decisions, key=lambda d: d.at):
        latest[(d.unit, d.item)] = d
    if not latest:
        return records
    sha_of = {r.file: r.sha256 for r in records}
    out = []
    for record in records:
        key = unit_key(record)
        if key is None or record.superseded_by:
            out.append(record)
            continue
        mine = {item: d for (unit, item), d in latest.items() if unit == key and item in record.items}
        if not mine:
            out.append(record)
            continue
        copy_shas = {sha_of[f] for f in record.copies if f in sha_of}
        items = dict(record.items)
        for item, decision in mine.items():
            stale = not _same_submission(record, decision, copy_shas)
            items[item] = dataclasses.replace(items[item], override=decision.as_item_field(stale))
        out.append(dataclasses.replace(record, items=items))
    return out


def final_status(result) -> str:
    """The office's final word on an item: the clerk's status when it applies, else the engine's."""
    override = getattr(result, "override", None)
    if override and not override.get("stale"):
        return override["status"]
    return result.status
