"""The compliance tables: judged records + ruleset + roster -> one `Table` per sheet.

Pure: no files, no styling. Column names and every value a clerk reads are Vietnamese; the
workbook (pipeline/output/workbook.py) styles these tables, the CSV is the summary table as is.
Records should already have been through `mark_superseded` (pipeline/supersede.py).
A `Table` is column names over rows of plain Python values (None = an empty cell): the writers
only walk rows, so no DataFrame library is imported on `tdkt check`'s path.

Status of a summary row (first rule that applies wins; see docs/spreadsheet.md):
  Lỗi tệp        the file could not be read (record.error)
  Đã có bản mới  an older version or a copy; the unit is judged on its current file (supersede.py)
  Không đúng nội dung  the current file's title names another subject (a report sent by mistake)
  Nộp muộn       T1 is missing (the report came after the unit type's deadline)
  Thiếu nội dung some required item (every item but T1) is missing; `partial` counts as reported
  Đạt            otherwise
  Chưa nộp       a roster unit with no readable report
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tdkt.pipeline.record import ReportRecord
from tdkt.pipeline.output.safe_cells import clean_text
from tdkt.pipeline.supersede import current_by_roster

TIMELINESS_ITEM = "T1"

ST_OK, ST_CONTENT, ST_LATE, ST_MISSING, ST_ERROR, ST_OLD, ST_OFF = (
    "Đạt", "Thiếu nội dung", "Nộp muộn", "Chưa nộp", "Lỗi tệp", "Đã có bản mới", "Không đúng nội dung")
STATUSES = (ST_OK, ST_CONTENT, ST_LATE, ST_MISSING, ST_ERROR, ST_OLD, ST_OFF)

MARKS = {"present": "✓", "partial": "◐", "missing": "✗"}
ITEM_STATUS_VI = {"present": "Có", "partial": "Chưa đầy đủ", "missing": "Không có"}

UNIT_TYPE_VI = {
    "commune": "Xã", "town": "Thị trấn", "department": "Phòng/ban", "mass_org": "Hội/đoàn thể",
    "armed_forces": "Lực lượng vũ trang", "provincial_unit": "Đơn vị thuộc tỉnh",
    "cluster": "Cụm/khối thi đua", "education": "Giáo dục", "unknown": "Chưa rõ",
}

# The unit a figure's column label carries, by the figure's declared kind (ratios are never summed).
FIGURE_UNIT = {"percent": "%", "money": "đồng"}

EVIDENCE_LIMIT = 500  # characters of an evidence sentence in a cell
COMMENT_LIMIT = 300  # characters of the evidence sentence in a Chi tiết comment
NO_UNIT = "(không xác định được đơn vị)"
NO_CLUSTER = "(chưa xếp cụm/khối)"

MISSING_COLUMNS = ["STT", "Đơn vị", "Loại đơn vị", "Cụm/khối thi đua", "Hạn nộp", "Tình hình", "Số ngày quá hạn",
                   "Ghi chú"]
FORMAT_VI = {"docx": "Word (.docx)", "doc": "Word cũ (.doc)", "odt": "OpenDocument (.odt)", "rtf": "RTF",
             "pdf": "PDF", "pdf-scanned": "PDF bản quét (ảnh)", "image": "Ảnh chụp"}
SUMMARY_COLUMNS = [
    "STT", "Đơn vị", "Tình trạng", "Loại đơn vị", "Cụm/khối thi đua", "Tệp", "Số văn bản",
    "Ngày văn bản", "Thời điểm nhận", "Hạn nộp", "Thời hạn", "Số ngày trễ", "Số mục đã báo cáo",
    "Tổng số mục", "Mục còn thiếu", "Mục chưa đầy đủ", "Cảnh báo", "Ghi chú",
]


class Table:
    """One sheet's table: `columns` (names, in order) and `rows` (lists of plain Python values in
    that order; None is an empty cell). Small on purpose: the writers walk rows, the tests and
    the flows read columns and rows as dicts."""

    __slots__ = ("columns", "rows", "attrs")

    def __init__(self, columns, rows=()):
        self.columns: list[str] = list(columns)
        self.rows: list[list] = [list(r) for r in rows]
        self.attrs: dict = {}  # facts about the table for its writer (e.g. comments thinned)

    @classmethod
    def from_dicts(cls, rows: list[dict], columns: list[str], ints=(), number: bool = True) -> "Table":
        """Rows given as dicts (a missing key is an empty cell); "STT" numbered 1.. when `number`;
        the `ints` columns hold whole numbers (or None)."""
        table = cls(columns, ([_plain(r.get(c)) for c in columns] for r in rows))
        if number and "STT" in table.columns:
            table.set_column("STT", range(1, len(table) + 1))
        for col in ints:
            j = table.columns.index(col)
            for row in table.rows:
                if row[j] is not None:
                    row[j] = int(row[j])
        return table

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        return f"Table({len(self.columns)} columns, {len(self.rows)} rows)"

    def column(self, name: str) -> list:
        j = self.columns.index(name)
        return [row[j] for row in self.rows]

    def set_column(self, name: str, values) -> None:
        j = self.columns.index(name)
        for row, value in zip(self.rows, values, strict=True):
            row[j] = value

    def dicts(self) -> list[dict]:
        """Every row as {column: value}."""
        return [dict(zip(self.columns, row)) for row in self.rows]

    def by(self, column: str) -> dict:
        """Rows as dicts keyed by one column's value (a key seen twice keeps its first row)."""
        keyed: dict = {}
        for row in self.dicts():
            keyed.setdefault(row[column], row)
        return keyed


@dataclass
class Tables:
    """The tables of one workbook plus what the writer needs to label and colour them."""

    summary: Table
    detail: Table  # item columns hold ✓ / ◐ / ✗, named by item ID
    detail_notes: Table  # same rows as detail, one column per item: comment text for each item cell
    figures: Table  # unit rows, then per-cluster and district totals (STT empty)
    missing: Table
    errors: Table
    evidence: Table
    overview: Table | None = None  # Tổng hợp: one row per unit (overview.py)
    clusters: Table | None = None  # Theo cụm, khối
    versions: Table | None = None  # Bản cũ, bản sao
    detail_flags: Table | None = None  # same shape as detail_notes: "", "override", "stale" or "review"
    counts: dict[str, int] = field(default_factory=dict)  # units by status, for Tổng hợp's header
    common_missing: list[tuple[str, int]] = field(default_factory=list)  # (item, units lacking it)
    reporting_units: int = 0  # the base of common_missing's shares
    period_close: dt.date | None = None
    item_ids: list[str] = field(default_factory=list)
    item_labels: dict[str, str] = field(default_factory=dict)
    figure_labels: dict[str, str] = field(default_factory=dict)
    ratio_keys: set[str] = field(default_factory=set)  # percentages: never summed, shown with one decimal
    title: str = ""
    rules_file: str = ""
    run_time: dt.datetime | None = None


def build_tables(records: list[ReportRecord], ruleset, roster, run_info: dict | None = None) -> Tables:
    """Every sheet's table from the run's records (superseded versions included)."""
    from tdkt.pipeline.output import overview as ov

    run_info = run_info or {}
    run_time = _as_datetime(run_info.get("run_time")) or dt.datetime.now().replace(microsecond=0)
    rules_file = run_info.get("rules_file") or (ruleset.path.name if getattr(ruleset, "path", None) else ruleset.id)
    item_ids = directive_order(ruleset)
    labels = {k: clean_text(v) for k, v in ruleset.labels.items()}
    content_ids = [i for i in item_ids if i != TIMELINESS_ITEM]
    figure_labels, ratio_keys = _figure_labels(ruleset, records)
    close = ov.period_end(ruleset)

    older: dict[str, list[ReportRecord]] = {}
    for r in records:
        if not r.error and r.superseded_by:
            older.setdefault(r.superseded_by, []).append(r)
    by_roster, unknown = current_by_roster(records, roster)

    # Every file's row (the CSV): roster order, each unit's older versions under it, then
    # unknown senders, then bad files. The Tổng hợp sheet is overview.py's one row per unit.
    ordered: list[ReportRecord] = []
    summary_rows: list[dict] = []
    missing_rows: list[dict] = []

    def add(record: ReportRecord) -> None:
        ordered.append(record)
        summary_rows.append(_summary_row(record, ruleset, labels, content_ids, older))
        for old in sorted(older.get(record.file, []), key=lambda o: o.file):
            summary_rows.append(_summary_row(old, ruleset, labels, content_ids, older))

    lines = ov.unit_lines(records, roster, ruleset, content_ids)
    sent_bad = {line.name: line.errors for line in lines if line.in_roster and line.errors}
    for unit in roster.units:
        record = by_roster.get(unit.id)
        if record is not None:
            add(record)
            continue
        deadline = ruleset.deadline_for(unit.type)
        summary_rows.append(_empty_summary(unit.name, ST_MISSING, unit.type, unit.cluster, deadline, content_ids))
        days, state = ov.overdue(deadline, run_time.date(), close)
        bad = sent_bad.get(clean_text(unit.name)) or []
        missing_rows.append({"Đơn vị": clean_text(unit.name), "Loại đơn vị": UNIT_TYPE_VI.get(unit.type, unit.type),
                             "Cụm/khối thi đua": clean_text(unit.cluster) or NO_CLUSTER, "Hạn nộp": deadline,
                             "Tình hình": state, "Số ngày quá hạn": days,
                             "Ghi chú": ("Đã gửi tệp không đọc được: " + "; ".join(clean_text(b.file) for b in bad))
                             if bad else ""})
    for record in unknown:
        add(record)
    bad = [r for r in records if r.error]
    for record in bad:
        summary_rows.append(_summary_row(record, ruleset, labels, content_ids, older))

    common, base = ov.common_missing(lines, content_ids)
    summary = _frame(summary_rows, SUMMARY_COLUMNS, ints=("STT", "Số ngày trễ", "Số mục đã báo cáo", "Tổng số mục"))
    detail, notes, flags = _detail(ordered, item_ids, content_ids)
    return Tables(
        summary=summary, detail=detail, detail_notes=notes, detail_flags=flags,
        figures=_figures(ordered, roster, figure_labels, ratio_keys),
        missing=_frame(missing_rows, MISSING_COLUMNS, ints=("STT", "Số ngày quá hạn")),
        errors=_errors(bad, lines),
        evidence=_evidence(ordered, item_ids, labels),
        overview=ov.overview_table(lines, content_ids, labels, {i for i, _ in common}, run_time.date(), close,
                                   records),
        clusters=ov.clusters_table(lines, content_ids, labels),
        versions=ov.versions_table(records, roster),
        counts=ov.status_counts(lines), common_missing=common, reporting_units=base, period_close=close,
        item_ids=item_ids, item_labels=labels, figure_labels=figure_labels, ratio_keys=ratio_keys,
        title=clean_text(getattr(ruleset, "title", "") or ruleset.id), rules_file=str(rules_file), run_time=run_time,
    )


def directive_order(ruleset) -> list[str]:
    """Item IDs in the directive's order: by its sections as the rules list them, each section's
    items in rules order, then the items of no listed section (form, T1) in rules order."""
    ids = list(ruleset.item_ids)
    sections = [str(s.get("id")) for s in (getattr(ruleset, "raw", None) or {}).get("sections") or []
                if isinstance(s, dict)]
    if not sections:
        return ids
    home = {str(i["id"]): str(i.get("section") or "") for i in getattr(ruleset, "items", []) if isinstance(i, dict)}

    def rank(item_id: str) -> int:
        sec = home.get(item_id, "")
        for k, s in enumerate(sections):  # "I.4" holds the items of "I.4.1" and the reverse
            if sec == s or sec.startswith(s + ".") or s.startswith(sec + ".") and sec:
                return k
        return len(sections)

    return sorted(ids, key=lambda i: (rank(i), ids.index(i)))


# --- Tổng hợp --------------------------------------------------------------------------

def row_status(record: ReportRecord, content_ids: list[str]) -> str:
    """The clerk's status of one record (precedence as in the module docstring)."""
    if record.error:
        return ST_ERROR
    if record.superseded_by:
        return ST_OLD
    if record.document.on_subject is False:
        return ST_OFF
    t1 = record.items.get(TIMELINESS_ITEM)
    if (t1 is not None and t1.status == "missing") or (record.days_late or 0) > 0:
        return ST_LATE
    if any(_status(record, i) == "missing" for i in content_ids):
        return ST_CONTENT
    return ST_OK


def _status(record: ReportRecord, item_id: str) -> str:
    """The office's word on the item: a clerk's applicable override, else the engine's verdict."""
    from tdkt.pipeline.overrides import final_status

    result = record.items.get(item_id)
    return final_status(result) if result is not None else "missing"


def _unit_name(record: ReportRecord) -> str:
    return clean_text(record.unit.name or record.unit.header_name) or NO_UNIT


def _timeliness(record: ReportRecord) -> str:
    t1 = record.items.get(TIMELINESS_ITEM)
    if (record.days_late or 0) > 0:
        return f"Trễ {record.days_late} ngày"
    if t1 is None:
        return ""
    if t1.status == "missing":
        return "Trễ hạn"
    if t1.status == "partial":
        return "Chưa xác định được ngày"
    return "Đúng hạn"


def _item_list(record: ReportRecord, ids: list[str], status: str, labels: dict[str, str]) -> str:
    return "\n".join(f"{i} {labels.get(i, i)}" for i in ids if _status(record, i) == status)


def _summary_row(record: ReportRecord, ruleset, labels, content_ids, older) -> dict:
    unit = record.unit
    deadline = _as_date(record.deadline) or (ruleset.deadline_for(unit.type) if not record.error else None)
    notes = []
    if record.error:
        notes.append(clean_text(record.error))
    elif record.superseded_by:
        notes.append(clean_text(record.version_note) or f"Bản cũ, đã thay bằng {clean_text(record.superseded_by)}")
    else:
        if not unit.roster_id:
            notes.append("Không có trong danh sách đơn vị")
        if record.version_note:
            notes.append(clean_text(record.version_note))
        elif older.get(record.file):
            notes.append(f"Bản mới nhất trong {len(older[record.file]) + 1} bản đã gửi")
    judged = not record.error
    return {
        "Đơn vị": _unit_name(record),
        "Tình trạng": row_status(record, content_ids),
        "Loại đơn vị": UNIT_TYPE_VI.get(unit.type, unit.type) if judged else "",
        "Cụm/khối thi đua": clean_text(unit.cluster),
        "Tệp": clean_text(record.file),
        "Số văn bản": clean_text(record.document.number),
        "Ngày văn bản": _as_date(record.document.date),
        "Thời điểm nhận": _as_datetime(record.received_at),
        "Hạn nộp": deadline,
        "Thời hạn": _timeliness(record) if judged else "",
        "Số ngày trễ": record.days_late if (record.days_late or 0) > 0 else None,
        "Số mục đã báo cáo": sum(_status(record, i) in ("present", "partial") for i in content_ids) if judged else None,
        "Tổng số mục": len(content_ids) if judged else None,
        "Mục còn thiếu": _item_list(record, content_ids, "missing", labels) if judged else "",
        "Mục chưa đầy đủ": _item_list(record, content_ids, "partial", labels) if judged else "",
        "Cảnh báo": "\n".join(clean_text(w, 400) for w in record.warnings),
        "Ghi chú": "\n".join(notes),
    }


def _empty_summary(name, status, unit_type, cluster, deadline, content_ids) -> dict:
    return {"Đơn vị": clean_text(name), "Tình trạng": status, "Loại đơn vị": UNIT_TYPE_VI.get(unit_type, unit_type),
            "Cụm/khối thi đua": clean_text(cluster) or NO_CLUSTER, "Hạn nộp": deadline,
            "Ghi chú": "Chưa nhận được báo cáo"}


# --- Chi tiết, Bằng chứng --------------------------------------------------------------

def _detail(ordered: list[ReportRecord], item_ids: list[str], content_ids: list[str]):
    # Items right after the unit and its status (the printed page); cluster and file after them.
    head, tail = ["STT", "Đơn vị", "Tình trạng"], ["Cụm/khối thi đua", "Tệp"]
    rows, notes, flags = [], [], []
    for record in ordered:
        if record.superseded_by:
            continue
        base = {"Đơn vị": _unit_name(record), "Tình trạng": row_status(record, content_ids),
                "Cụm/khối thi đua": clean_text(record.unit.cluster), "Tệp": clean_text(record.file)}
        rows.append({**base, **{i: MARKS[_status(record, i)] for i in item_ids}})
        notes.append({i: _comment(record, i) for i in item_ids})
        flags.append({i: _flag(record, i) for i in item_ids})
    detail = _frame(rows, head + item_ids + tail, ints=("STT",))
    return (detail, Table.from_dicts(notes, item_ids, number=False),
            Table.from_dicts(flags, item_ids, number=False))


def _flag(record: ReportRecord, item_id: str) -> str:
    """"override" when the clerk's decision is applied, "stale" when it was made on another
    document and needs a look, "review" when the engine is unsure of its verdict, else ""."""
    result = record.items.get(item_id)
    if result is None:
        return ""
    if not result.override:
        return "review" if result.review else ""  # a low-confidence verdict: read it first
    return "stale" if result.override.get("stale") else "override"


def _comment(record: ReportRecord, item_id: str) -> str:
    result = record.items.get(item_id)
    if result is None:
        return ""
    parts = [clean_text(result.note, 300)] if result.note else []
    if result.override:
        o = result.override
        head = ("Quyết định cũ của cán bộ (trên văn bản trước), cần xem lại" if o.get("stale")
                else "Cán bộ đã sửa")
        who = ", ".join(x for x in (clean_text(o.get("by")), clean_text(o.get("at"))) if x)
        line = f"{head}: {ITEM_STATUS_VI.get(o.get('status'), o.get('status'))}"
        if who:
            line += f" ({who})"
        if o.get("note"):
            line += f" — {clean_text(o['note'], 200)}"
        parts.insert(0, f"{line}; máy: {ITEM_STATUS_VI.get(result.status, result.status)}")
    elif result.review:
        parts.insert(0, clean_text(result.review, 200))
    if result.evidence:
        ev = result.evidence[0]
        parts.append(f"«{clean_text(ev.text, COMMENT_LIMIT)}» ({clean_text(ev.where, 80)})")
    return "\n".join(parts)


def _evidence(ordered: list[ReportRecord], item_ids: list[str], labels: dict[str, str]):
    rows = []
    for record in ordered:
        if record.superseded_by:
            continue
        name, file = _unit_name(record), clean_text(record.file)
        for item_id in item_ids:
            result = record.items.get(item_id)
            if result is None:
                continue
            base = {"Đơn vị": name, "Tệp": file, "Mã mục": item_id, "Tên mục": labels.get(item_id, item_id),
                    "Tình trạng": ITEM_STATUS_VI[result.status],
                    "Ghi chú": clean_text(result.note, EVIDENCE_LIMIT)}
            if not result.evidence:
                if result.note:  # a note without a sentence still tells the clerk why
                    rows.append({**base, "Câu bằng chứng": "", "Vị trí": ""})
                continue
            for ev in result.evidence:
                rows.append({**base, "Câu bằng chứng": clean_text(ev.text, EVIDENCE_LIMIT),
                             "Vị trí": clean_text(ev.where, 80)})
    cols = ["Đơn vị", "Tệp", "Mã mục", "Tên mục", "Tình trạng", "Ghi chú", "Câu bằng chứng", "Vị trí"]
    return _frame(rows, ["STT", *cols], ints=("STT",))


# --- Số liệu ---------------------------------------------------------------------------

def _figure_labels(ruleset, records: list[ReportRecord]) -> tuple[dict[str, str], set[str]]:
    """Column labels of the figures: the ruleset's `figures:` in its order (`label` and the unit of
    its `kind`), then any figure a record holds that the rules do not declare; and which are ratios."""
    labels: dict[str, str] = {}
    ratios: set[str] = set()
    declared = (getattr(ruleset, "raw", None) or {}).get("figures") or {}
    if isinstance(declared, dict):
        for key, spec in declared.items():
            spec = spec if isinstance(spec, dict) else {}
            kind = spec.get("kind", "count")
            if kind == "percent":
                ratios.add(key)
            label = clean_text(spec.get("label")) or clean_text(key)
            unit = FIGURE_UNIT.get(kind)
            labels[key] = label if not unit or unit in label else f"{label} ({unit})"
    for record in records:  # a figure the judge found but nobody declared still gets a column
        for key in record.figures:
            labels.setdefault(key, clean_text(key))
    return labels, ratios


def _figures(ordered: list[ReportRecord], roster, figure_labels: dict[str, str], ratio_keys: set[str]):
    keys = list(figure_labels)
    cols = ["STT", "Đơn vị", "Loại đơn vị", "Cụm/khối thi đua", *keys, "Cảnh báo"]
    clusters: dict[str, list[ReportRecord]] = {}
    for u in roster.units:  # roster order of clusters first, then any the records bring
        clusters.setdefault(u.cluster or NO_CLUSTER, [])
    for record in ordered:
        if not record.superseded_by:
            clusters.setdefault(record.unit.cluster or NO_CLUSTER, []).append(record)
    rows: list[dict] = []
    district: list[ReportRecord] = []
    for cluster, members in clusters.items():
        if not members:
            continue
        for record in members:
            rows.append({"Đơn vị": _unit_name(record), "Loại đơn vị": UNIT_TYPE_VI.get(record.unit.type, ""),
                         "Cụm/khối thi đua": clean_text(cluster),
                         **{k: _number(record.figures.get(k)) for k in keys},
                         "Cảnh báo": "\n".join(clean_text(w, 400) for w in record.warnings)})
        # A cluster's own report already totals its members: adding it would count them twice.
        summed = [r for r in members if r.unit.type != "cluster"]
        district.extend(summed)
        if summed:
            rows.append(_total_row(f"Cộng {clean_text(cluster)} ({len(summed)} đơn vị)", cluster, summed, keys,
                                   ratio_keys))
    if district:
        rows.append(_total_row(f"Toàn huyện ({len(district)} đơn vị)", "", district, keys, ratio_keys))
    table = _frame(rows, cols, number=False)
    stt, j_stt, j_name = 0, cols.index("STT"), cols.index("Đơn vị")
    for row in table.rows:  # unit rows are numbered, total rows are not
        if not row[j_name].startswith(("Cộng ", "Toàn huyện")):
            stt += 1
            row[j_stt] = stt
    return table


def _total_row(label: str, cluster: str, members: list[ReportRecord], keys: list[str], ratio_keys) -> dict:
    row = {"Đơn vị": label, "Cụm/khối thi đua": clean_text(cluster)}
    for k in keys:
        if k in ratio_keys:
            continue
        values = [r.figures[k] for r in members if isinstance(r.figures.get(k), (int, float))]
        row[k] = _number(sum(values)) if values else None
    return row


def _number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


# --- Lỗi tệp ---------------------------------------------------------------------------

def _errors(bad: list[ReportRecord], lines=()):
    named = {id(r): line.name for line in lines if line.in_roster for r in line.errors}
    rows = [{"Tệp": clean_text(r.file), "Đơn vị": named.get(id(r), "(chưa rõ)"), "Định dạng": format_vi(r),
             "Lý do": clean_text(r.error), "Mã lỗi": clean_text(r.error_code),
             "Thời điểm nhận": _as_datetime(r.received_at),
             "Nơi lưu tệp": clean_text(r.quarantined_to) or "(chưa chuyển, vẫn ở chỗ cũ)",
             "Mã tệp (SHA-256)": (r.sha256 or "")[:16]} for r in bad]
    return _frame(rows, ["STT", "Tệp", "Đơn vị", "Định dạng", "Lý do", "Mã lỗi", "Thời điểm nhận", "Nơi lưu tệp",
                             "Mã tệp (SHA-256)"],
                  ints=("STT",))


def format_vi(record: ReportRecord) -> str:
    """The file's format in the office's words; an unknown one by the name's extension."""
    if record.format in FORMAT_VI:
        return FORMAT_VI[record.format]
    name = clean_text(record.file).replace("\\", "/").rsplit("/", 1)[-1]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return f"Không nhận ra (tên tệp .{ext})" if ext else "Không nhận ra"


# --- helpers ---------------------------------------------------------------------------

def _frame(rows: list[dict], columns: list[str], ints=(), number: bool = True) -> Table:
    return Table.from_dicts(rows, columns, ints=ints, number=number)


def _plain(value):
    """A cell's value: NaN (a ratio nobody could compute) is an empty cell, like None."""
    return None if isinstance(value, float) and value != value else value


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _as_datetime(value) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    try:
        return dt.datetime.fromisoformat(str(value)).replace(tzinfo=None) if value else None
    except ValueError:
        return None
