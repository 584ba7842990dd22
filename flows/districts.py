"""Several districts in one store: a province office's `[[districts]]`, one pass each, one sheet.

Each district has its own inbox, its own directive (rules) and roster, and its own output
subfolder under `[paths] output`; all share the one state folder (one SQLite store, one
PREFECT_HOME), where results are keyed by the district's rules and roster, so the same bytes
judged under two directives are two results. After the passes, `tinh-tong-hop.xlsx` in the
province output folder gives each district's completion: units expected, reported, on time,
complete. A district whose inbox is unavailable gets its row with the reason and the others go on.
What it leaves to others: the pass itself (tdkt.flows.run.run_once), judging, the district
workbooks (tdkt.pipeline.output.outputs), each unit's standing (tdkt.pipeline.documents.standing).

    [[districts]]
    name = "Tây Sơn"
    inbox = "/srv/hop-thu/tay-son"
    rules = "rules/tay-son-2023-h1.yaml"      # "" = the packaged directive
    roster = "rules/roster-tay-son.csv"       # "" = the packaged roster
    output = "tay-son"                        # subfolder of [paths] output; "" = from the name
"""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tdkt.flows.config import ConfigError, FlowConfig

PROVINCE_SHEET = "tinh-tong-hop.xlsx"
_KEYS = ("name", "inbox", "rules", "roster", "output")


@dataclass
class DistrictRow:
    name: str
    output: str
    expected: int = 0
    reported: int = 0
    on_time: int = 0
    complete: int = 0
    files: int = 0
    problem: str = ""  # why the district has no figures this run (Vietnamese)


def slug(name: str) -> str:
    """A folder name from a district's name: "Tây Sơn" -> "tay-son"."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "huyen"


def parse_districts(body, path: Path) -> list[dict]:
    """`[[districts]]` tables -> plain dicts (they travel in Prefect's run parameters), with paths
    resolved against the config file's folder and each district's output subfolder checked."""
    if not isinstance(body, list) or not all(isinstance(d, dict) for d in body):
        raise ConfigError(f"Tệp cấu hình {path}: 'districts' phải là các mục [[districts]].")
    base = path.resolve().parent
    out: list[dict] = []
    for i, raw in enumerate(body, 1):
        unknown = set(raw) - set(_KEYS)
        if unknown:
            raise ConfigError(f"Tệp cấu hình {path}: khóa {', '.join(sorted(unknown))} trong [[districts]] "
                              f"thứ {i} không được hỗ trợ.")
        name = str(raw.get("name") or "").strip()
        if not name or not raw.get("inbox"):
            raise ConfigError(f"Tệp cấu hình {path}: [[districts]] thứ {i} cần có name và inbox.")
        d = {"name": name, "output": str(raw.get("output") or slug(name))}
        for key in ("inbox", "rules", "roster"):
            d[key] = str(base / os.path.expanduser(str(raw[key]))) if raw.get(key) else ""
        sub = Path(d["output"])
        if sub.is_absolute() or ".." in sub.parts or d["output"] in ("", "."):
            raise ConfigError(f"Tệp cấu hình {path}: output của huyện {name} phải là tên một thư mục con "
                              f"trong thư mục kết quả (đang là '{d['output']}').")
        out.append(d)
    for key, label in (("name", "tên"), ("output", "thư mục kết quả")):
        seen = [d[key] for d in out]
        dup = next((v for v in seen if seen.count(v) > 1), None)
        if dup is not None:
            raise ConfigError(f"Tệp cấu hình {path}: hai huyện trùng {label} '{dup}'.")
    return out


def district_config(cfg: FlowConfig, district: dict) -> FlowConfig:
    """The pass of one district: its inbox, rules, roster and output subfolder; the province's
    state folder (one store) and every other setting."""
    return dataclasses.replace(
        cfg, inbox=district["inbox"], rules=district["rules"], roster=district["roster"],
        output=str(cfg.output_dir / district["output"]), state=str(cfg.state_dir),
        quarantine=str(Path(cfg.quarantine) / district["output"]) if cfg.quarantine else "",
        archive=str(Path(cfg.archive) / district["output"]) if cfg.archive else "", districts=[])


def run_districts(cfg: FlowConfig, on_district=lambda name, summary: None) -> dict:
    """One pass per district, then the province sheet. Returns {"districts": {name: summary or
    {"problem": ...}}, "sheet": path}."""
    from tdkt.flows.plan import InboxUnavailableError
    from tdkt.flows.run import run_once

    results: dict[str, dict] = {}
    rows: list[DistrictRow] = []
    for district in cfg.districts:
        dcfg = district_config(cfg, district)
        try:
            if not Path(dcfg.inbox).is_dir():
                raise InboxUnavailableError(f"Không tìm thấy thư mục hộp thư đến: {dcfg.inbox}")
            summary = run_once(dcfg)
        except InboxUnavailableError as exc:  # the share of one district is down: the others go on
            summary = {"problem": str(exc)}
        results[district["name"]] = summary
        on_district(district["name"], summary)
        rows.append(district_row(dcfg, district, summary.get("problem", "")))
    sheet = write_province_sheet(rows, cfg.output_dir / PROVINCE_SHEET)
    return {"districts": results, "sheet": str(sheet), "rows": [dataclasses.asdict(r) for r in rows]}


def district_records(dcfg: FlowConfig) -> list:
    """The district's current records, from the store (what its outputs were built from)."""
    from tdkt.flows.passes import load_context
    from tdkt.flows.store import Store
    from tdkt.pipeline.record import ReportRecord

    from tdkt.extractors.inbox_entries import storage_key

    *_, jkey = load_context(dcfg)
    prefix = storage_key(os.path.realpath(dcfg.inbox)) + os.sep  # as tdkt.flows.plan keys files
    with Store(dcfg.store_path) as store:
        rows = [r for r in store.files().values() if r.path.startswith(prefix) and r.judge_key == jkey]
        stored = store.get_results([r.result_key for r in rows])
    records = []
    for r in rows:
        if r.result_key in stored:
            record = ReportRecord.from_dict(stored[r.result_key])
            record.file = r.path
            records.append(record)
    return records


def district_row(dcfg: FlowConfig, district: dict, problem: str = "") -> DistrictRow:
    from tdkt.pipeline.overrides import final_status
    from tdkt.pipeline.documents.standing import standings
    from tdkt.rules.loader import load_roster, load_ruleset

    ruleset, roster = load_ruleset(dcfg.rules or None), load_roster(dcfg.roster or None)
    row = DistrictRow(name=district["name"], output=district["output"], expected=len(roster.units), problem=problem)
    if problem:
        return row
    records = district_records(dcfg)
    row.files = len(records)
    deadline_items = [i["id"] for i in ruleset.items if i.get("source") == "deadline"]
    for s in standings(records, roster, ruleset):
        if not s.in_roster or not s.submitted:
            continue
        row.reported += 1
        late = (s.record.days_late or 0) > 0 or any(
            final_status(s.record.items[i]) != "present" for i in deadline_items if i in s.record.items)
        row.on_time += 0 if late or not any(i in s.record.items for i in deadline_items) else 1
        row.complete += 0 if s.missing else 1
    return row


_HEADERS = ("Huyện", "Số đơn vị phải nộp", "Đã nộp", "Đúng hạn", "Đủ nội dung", "Tỷ lệ đã nộp", "Số tệp", "Ghi chú")


def write_province_sheet(rows: list[DistrictRow], path: Path) -> Path:
    """The province's one-page sheet (XlsxWriter), written beside and swapped in whole."""
    import xlsxwriter

    from tdkt.pipeline.output.safe_cells import clean_text

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    book = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        sheet = book.add_worksheet("Tổng hợp tỉnh")
        head = book.add_format({"bold": True, "text_wrap": True, "valign": "vcenter", "border": 1,
                                "bg_color": "#DDEBF7", "font_name": "Times New Roman"})
        cell = book.add_format({"border": 1, "font_name": "Times New Roman"})
        pct = book.add_format({"border": 1, "num_format": "0.0%", "font_name": "Times New Roman"})
        bold = book.add_format({"border": 1, "bold": True, "font_name": "Times New Roman"})
        bold_pct = book.add_format({"border": 1, "bold": True, "num_format": "0.0%", "font_name": "Times New Roman"})
        for col, (title, width) in enumerate(zip(_HEADERS, (22, 12, 10, 10, 12, 11, 9, 40))):
            sheet.set_column(col, col, width)
            sheet.write_string(0, col, title, head)
        for r, row in enumerate(rows, 1):
            sheet.write_string(r, 0, clean_text(row.name), cell)
            for col, value in enumerate((row.expected, row.reported, row.on_time, row.complete), 1):
                sheet.write_number(r, col, value, cell)
            sheet.write_number(r, 5, row.reported / row.expected if row.expected else 0, pct)
            sheet.write_number(r, 6, row.files, cell)
            sheet.write_string(r, 7, clean_text(row.problem) or f"Chi tiết: {row.output}/", cell)
        total = len(rows) + 1
        sheet.write_string(total, 0, "Toàn tỉnh", bold)
        sums = [sum(getattr(r, k) for r in rows) for k in ("expected", "reported", "on_time", "complete")]
        for col, value in enumerate(sums, 1):
            sheet.write_number(total, col, value, bold)
        sheet.write_number(total, 5, sums[1] / sums[0] if sums[0] else 0, bold_pct)
        sheet.write_number(total, 6, sum(r.files for r in rows), bold)
        sheet.write_string(total, 7, "", bold)
        sheet.freeze_panes(1, 1)
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        book.close()
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
