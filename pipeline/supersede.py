"""Which file speaks for a unit: copies of one document are one submission, a later document
supersedes an earlier one, and a report on another subject never replaces one on the subject.

A unit (its roster id, else its normalised name) may send several files. They are grouped into
submissions: two files are copies of one document when they carry the same number and date, or
when most of the smaller one's text is in the larger one (pipeline.text_sketch) and nothing
they state contradicts it (two different dates, two different numbers). A submission's verdict
is the best reading among its copies: the most complete copy is current, and an item another
copy reports is taken from that copy (a DOCX read whole beats a photo of page 1, but a scan
whose header OCR read better still lends its F-items). Among a unit's submissions the current
one is the latest: by document date when every submission has a full date, otherwise by the
time its first copy was received. Submissions whose title names another subject (a report sent
by mistake) only count when the unit sent nothing on the subject.

Unreadable files and files with no known sender are never grouped: nothing says whose they are.
Pure: returns new records in the same order, the input is not modified. Every file in a group of
more than one gets `version_note`, a Vietnamese sentence saying why it is current or not.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from tdkt.pipeline.photo_pages import pages_note
from tdkt.pipeline.record import ItemResult, ReportRecord
from tdkt.pipeline.text_sketch import containment

COPY_CONTAINMENT = 0.6  # share of the smaller text's word pairs found in the larger
_RANK = {"present": 2, "partial": 1, "missing": 0}
_FORMAT_RANK = {"docx": 5, "odt": 4, "doc": 4, "rtf": 4, "pdf": 3, "pdf-scanned": 2, "image": 1}


def unit_key(record: ReportRecord) -> str | None:
    """Who sent the record, for grouping versions; None when unknown or unreadable, and for a
    photographed page judged with its report's first page (pipeline/photo_pages.py)."""
    if record.error or record.page_of:
        return None
    if record.unit.roster_id:
        return "id:" + record.unit.roster_id
    name = record.unit.name or record.unit.header_name
    if not name:
        return None
    from tdkt.pipeline.normalize import fold_tone  # names keep the file's "Hoà"/"Hòa": one key for both

    norm = fold_tone(unicodedata.normalize("NFC", name)).casefold()
    return "name:" + re.sub(r"\s+", " ", norm).strip()


def _number_key(number: str | None) -> str | None:
    if not number:
        return None
    return re.sub(r"[^0-9a-zđ]", "", unicodedata.normalize("NFC", number).casefold()) or None


def same_document(a: ReportRecord, b: ReportRecord) -> bool:
    """Whether two records of one unit are copies of one document."""
    num_a, num_b = _number_key(a.document.number), _number_key(b.document.number)
    date_a, date_b = a.document.date, b.document.date
    if num_a and num_a == num_b and date_a and date_a == date_b:
        return True
    if (date_a and date_b and date_a != date_b) or (num_a and num_b and num_a != num_b):
        return False  # a corrected or new document, however alike its text
    share = containment(a.text_sketch, b.text_sketch)
    return share is not None and share >= COPY_CONTAINMENT


def _completeness(record: ReportRecord) -> tuple:
    return (record.reported_count, _FORMAT_RANK.get(record.format, 0), record.received_at or "", record.file)


def _first_received(copies: list[ReportRecord]) -> str:
    return min((r.received_at or "") for r in copies)


def _submissions(group: list[ReportRecord]) -> list[list[ReportRecord]]:
    """Copies of one document together, in order of arrival."""
    subs: list[list[ReportRecord]] = []
    for record in sorted(group, key=lambda r: (r.received_at or "", r.file)):
        home = next((s for s in subs if any(same_document(record, other) for other in s)), None)
        if home is None:
            subs.append([record])
        else:
            home.append(record)
    return subs


def _latest(subs: list[list[ReportRecord]], primary: dict[int, ReportRecord]) -> int:
    """Index of the submission that speaks for the unit."""
    candidates = [k for k, s in enumerate(subs) if primary[k].document.on_subject is not False] \
        or list(range(len(subs)))
    all_dated = all(primary[k].document.date for k in candidates)

    def order(k: int) -> tuple:
        date = primary[k].document.date or ""
        first = _first_received(subs[k])
        return (date, first, primary[k].file) if all_dated else (first, date, primary[k].file)

    return max(candidates, key=order)


def _merged(primary: ReportRecord, copies: list[ReportRecord]) -> ReportRecord:
    """The primary copy with each item at its best reading among the copies."""
    items = dict(primary.items)
    figures = dict(primary.figures)
    for other in copies:
        for item_id, result in other.items.items():
            mine = items.get(item_id)
            if mine is None or _RANK[result.status] > _RANK[mine.status]:
                note = f"{result.note} (theo bản sao {other.file})".strip()
                items[item_id] = ItemResult(result.status, note, list(result.evidence))
        for key, value in other.figures.items():
            figures.setdefault(key, value)
    return dataclasses.replace(primary, items=items, figures=figures)


def _describe_current(record: ReportRecord, copies: list[ReportRecord], others: int) -> str:
    parts = []
    if copies:
        parts.append(f"Bản đầy đủ nhất trong {len(copies) + 1} bản của cùng một văn bản "
                     f"({', '.join(c.file for c in copies)}); mục nào bản khác có thì được tính.")
    if others:
        if record.document.on_subject is False:
            parts.append("Đơn vị chưa gửi báo cáo đúng nội dung; đây là văn bản gần nhất đơn vị gửi.")
        else:
            parts.append(f"Văn bản mới nhất trong {others + 1} văn bản đơn vị đã gửi.")
    return " ".join(parts)


def _vi_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def _describe_other(record: ReportRecord, current: ReportRecord, is_copy: bool) -> str:
    if is_copy:
        return f"Bản sao của cùng văn bản với {current.file}; dùng bản đó vì đọc được đầy đủ hơn."
    if record.document.on_subject is False and current.document.on_subject is not False:
        return f"Không đúng nội dung yêu cầu; đơn vị đã có báo cáo đúng nội dung: {current.file}."
    if record.document.date and current.document.date and record.document.date != current.document.date:
        return (f"Văn bản ngày {_vi_date(record.document.date)} đã được thay bằng văn bản ngày "
                f"{_vi_date(current.document.date)}: {current.file}.")
    return f"Văn bản nhận trước đã được thay bằng văn bản nhận sau: {current.file}."


def current_by_roster(records: list[ReportRecord], roster) -> tuple[dict[str, ReportRecord], list[ReportRecord]]:
    """The readable current records (after mark_superseded): the first per roster unit, keyed by
    its roster id, and the rest (senders not in the roster, a second current file of a unit) in
    their order. What every view of "who reported" starts from."""
    roster_ids = {u.id for u in roster.units}
    by_roster: dict[str, ReportRecord] = {}
    others: list[ReportRecord] = []
    for r in records:
        if r.error or r.superseded_by:
            continue
        if r.unit.roster_id in roster_ids and r.unit.roster_id not in by_roster:
            by_roster[r.unit.roster_id] = r
        else:
            others.append(r)
    return by_roster, others


def mark_superseded(records: list[ReportRecord]) -> list[ReportRecord]:
    """The same records in the same order, version fields recomputed for every one."""
    groups: dict[str, list[ReportRecord]] = {}
    for record in records:
        key = unit_key(record)
        if key is not None:
            groups.setdefault(key, []).append(record)
    decided: dict[int, ReportRecord] = {}
    for group in groups.values():
        subs = _submissions(group)
        primary = {k: max(s, key=_completeness) for k, s in enumerate(subs)}
        winner_index = _latest(subs, primary)
        winner = primary[winner_index]
        for k, sub in enumerate(subs):
            for record in sub:
                copies = [r for r in sub if r is not record]
                if record is winner:
                    note = _joined(pages_note(record), _describe_current(record, copies, len(subs) - 1))
                    merged = _merged(record, copies)
                    decided[id(record)] = dataclasses.replace(
                        merged, superseded_by=None, copy_of=None, copies=[c.file for c in copies], version_note=note)
                else:
                    is_copy = k == winner_index
                    decided[id(record)] = dataclasses.replace(
                        record, superseded_by=winner.file, copy_of=winner.file if is_copy else None, copies=[],
                        version_note=_describe_other(record, winner, is_copy))
    out = []
    for record in records:
        new = decided.get(id(record))
        if new is None and record.page_of:  # a page of a report judged on its first page: stays so
            new = dataclasses.replace(record, superseded_by=record.page_of, copy_of=None, copies=[])
        if new is None:
            note = pages_note(record)
            new = record if not (record.superseded_by or record.copy_of or record.copies or record.version_note != note) \
                else dataclasses.replace(record, superseded_by=None, copy_of=None, copies=[], version_note=note)
        out.append(new)
    return out


def _joined(*notes: str | None) -> str | None:
    return " ".join(n for n in notes if n) or None
