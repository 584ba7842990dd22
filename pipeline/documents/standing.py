"""Where each expected unit stands, and the directive's outline, for the office's documents.

Shared by pipeline/documents/letters.py and pipeline/documents/summary_report.py (pure). From the records (through
supersede.mark_superseded again — idempotent — so the caller may pass reports.json as read) and
the roster: for every roster unit its current readable record or none; from the ruleset: the
subject of the directive, its sections in order and each text item's home section. Statuses
reuse pipeline/output/table.py (row_status, the clerk's final word through overrides.final_status),
so a letter never says something the spreadsheet contradicts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tdkt.pipeline.overrides import final_status
from tdkt.pipeline.record import ReportRecord
from tdkt.pipeline.supersede import current_by_roster, mark_superseded
from tdkt.pipeline.output.table import ST_MISSING, ST_OFF, TIMELINESS_ITEM, row_status

FORM_SECTION = "form"
FORM_LABEL = "Thể thức văn bản"


@dataclass
class UnitStanding:
    unit_id: str | None
    name: str
    type: str
    cluster: str | None
    record: ReportRecord | None  # the current readable record; None: not submitted
    status: str  # table.py's status words ("Chưa nộp", "Đạt", "Thiếu nội dung", ...)
    missing: list[str] = field(default_factory=list)  # text item ids, final status missing
    partial: list[str] = field(default_factory=list)
    form_missing: list[str] = field(default_factory=list)  # F-items (number, signer...) missing
    in_roster: bool = True

    @property
    def submitted(self) -> bool:
        return self.record is not None and self.status != ST_OFF

    @property
    def off_subject(self) -> bool:
        return self.status == ST_OFF

    @property
    def lagging(self) -> bool:
        """Not submitted, sent something off-subject, or a report lacking required content."""
        return self.record is None or self.off_subject or bool(self.missing)


@dataclass
class Outline:
    """The directive as the documents need it: sections in order and the items under each."""

    subject: str  # "sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023"
    sections: list[tuple[str, str, list[str]]]  # (section id, label, text item ids), rules order
    labels: dict[str, str]
    text_items: list[str]
    form_items: list[str]
    plan_sections: set[str]  # sections with context: plan (the second-half tasks)


def outline(ruleset) -> Outline:
    raw = ruleset.raw
    labels = dict(ruleset.labels)
    sections = [(str(s["id"]), str(s.get("label") or s["id"]), []) for s in raw.get("sections") or []]
    by_id = {sid: items for sid, _, items in sections}
    plan = {str(s["id"]) for s in raw.get("sections") or [] if s.get("context") == "plan"}
    text_items, form_items = [], []
    for item in ruleset.items:
        iid = item["id"]
        if iid == TIMELINESS_ITEM or item.get("source") in ("metadata", "deadline") or item.get("section") == FORM_SECTION:
            if iid != TIMELINESS_ITEM and item.get("source") != "deadline":
                form_items.append(iid)
            continue
        text_items.append(iid)
        home = _home_section(item, by_id)
        if home is None:  # an item of a section the rules do not list: a heading of its own
            sections.append((str(item.get("section") or iid), labels.get(iid, iid), []))
            by_id[sections[-1][0]] = sections[-1][2]
            home = sections[-1][0]
        by_id[home].append(iid)
    return Outline(subject=subject(ruleset), sections=sections, labels=labels, text_items=text_items,
                   form_items=form_items, plan_sections=plan)


def _home_section(item: dict, by_id: dict[str, list]) -> str | None:
    """The item's own section; else the section its `section_content` names (D3 → I.4.2); else
    the first section under its prefix (I.4 → I.4.1)."""
    sid = str(item.get("section") or "")
    if sid in by_id:
        return sid
    for named in item.get("section_content") or []:
        if str(named) in by_id:
            return str(named)
    return next((s for s in by_id if sid and s.startswith(sid + ".")), None)


def subject(ruleset) -> str:
    """The directive's subject in running text, from the rules' title ("Sơ kết ... — UBND huyện
    Tây Sơn" → "sơ kết ..."); the issuer after a dash is dropped."""
    title = (getattr(ruleset, "title", "") or ruleset.id).split(" — ")[0].split(" - UBND")[0].strip()
    return title[:1].lower() + title[1:] if title else ruleset.id


def standings(records: list[ReportRecord], roster, ruleset) -> list[UnitStanding]:
    """One entry per roster unit (roster order), then current records of senders not in the roster."""
    records = mark_superseded(list(records))
    out_line = outline(ruleset)
    content_ids = [i for i in ruleset.item_ids if i != TIMELINESS_ITEM]
    by_roster, others = current_by_roster(records, roster)
    result = []
    for unit in roster.units:
        record = by_roster.get(unit.id)
        if record is None:
            result.append(UnitStanding(unit.id, unit.name, unit.type, unit.cluster, None, ST_MISSING))
        else:
            result.append(_standing(record, unit.id, unit.name, unit.type, unit.cluster, content_ids, out_line))
    for record in others:
        name = record.unit.name or record.unit.header_name or record.file
        s = _standing(record, None, name, record.unit.type, record.unit.cluster, content_ids, out_line)
        s.in_roster = False
        result.append(s)
    return result


def _standing(record, unit_id, name, unit_type, cluster, content_ids, out_line: Outline) -> UnitStanding:
    status = row_status(record, content_ids)
    words = {i: final_status(record.items[i]) if i in record.items else "missing" for i in content_ids}
    missing = [i for i in out_line.text_items if words.get(i) == "missing"]
    partial = [i for i in out_line.text_items if words.get(i) == "partial"]
    form_missing = [i for i in out_line.form_items if words.get(i) == "missing"]
    return UnitStanding(unit_id, name, unit_type, cluster, record, status, missing, partial, form_missing)


# --- Vietnamese phrases shared by the documents ------------------------------------------

TYPE_GROUP_VI = {  # who a deadline applies to, as the directive words it
    "commune": "UBND các xã", "town": "UBND thị trấn", "department": "các phòng, ban, ngành",
    "mass_org": "các hội, đoàn thể", "armed_forces": "lực lượng vũ trang huyện",
    "provincial_unit": "các đơn vị thuộc tỉnh", "cluster": "các cụm, khối thi đua",
    "education": "ngành Giáo dục và Đào tạo", "unknown": "các đơn vị khác",
}


def vi_date(value) -> str:
    """dd/mm/yyyy of an ISO date (or date); "" when absent."""
    if not value:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        value = dt.date.fromisoformat(str(value)[:10])
    return value.strftime("%d/%m/%Y")


def deadlines_sentence(ruleset) -> str:
    """"ngày 23/06/2023 (các cụm, khối thi đua: ngày 30/06/2023; ...)" from the rules' deadlines."""
    deadlines = ruleset.raw.get("deadlines") or {}
    default = deadlines.get("default")
    parts = [f"{TYPE_GROUP_VI.get(t, t)}: ngày {vi_date(d)}" for t, d in (deadlines.get("by_type") or {}).items()]
    if not default:
        return "; ".join(parts)
    text = f"ngày {vi_date(default)}"
    return f"{text} ({'; '.join(parts)})" if parts else text


def document_phrase(record: ReportRecord) -> str:
    """"Báo cáo số 45/BC-UBND ngày 20/06/2023" / "văn bản (không ghi số) ngày ..." of a record."""
    kind = "Báo cáo" if record.document.on_subject is not False else "văn bản"
    number = f"số {record.document.number}" if record.document.number else "(không ghi số)"
    date = f" ngày {vi_date(record.document.date)}" if record.document.date else ""
    return f"{kind} {number}{date}"
