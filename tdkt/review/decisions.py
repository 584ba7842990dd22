"""What `tdkt override` and the review page share: an output folder's current records, the unit a
clerk names, recording a decision and rewriting the outputs with it.

A decision is recorded under the output folder's lock (flows/lock.py), the one a pass holds, so
a watcher's pass and the page never interleave. The outputs are then rewritten by the flows'
own pass when the store knows how this folder was last written (`tdkt run`/`watch`/`serve`)
and nothing needs judging (a pass with nothing new rewrites because the decisions' fingerprint
is in its digest); otherwise — a folder written by `tdkt check`, new files waiting, new rules or
engine, the inbox unreachable — from the folder's reports.json, leaving the judging to the next
pass. Storing is flows/overrides_store.py's job, applying pipeline/overrides.py's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import unicodedata
from pathlib import Path

from tdkt.flows.config import FlowConfig
from tdkt.pipeline.overrides import Override, decision_for
from tdkt.pipeline.record import ReportRecord
from tdkt.pipeline.supersede import unit_key


def folder_config(out: str | Path, config: str | None = None, rules: str | None = None,
                  roster: str | None = None) -> FlowConfig:
    """The settings of output folder `out`: the config file (if any), then what the last pass
    into this folder used (rules, roster, inbox, formats), then the flags given."""
    from tdkt.flows.config import load_config

    cfg = load_config(config).with_overrides(output=str(out))
    recorded = recorded_pass_config(cfg)
    if recorded:
        keep = {k: recorded[k] for k in ("rules", "roster", "formats") if recorded.get(k) is not None}
        cfg = dataclasses.replace(cfg, **keep)
    return cfg.with_overrides(rules=rules, roster=roster)


def _meta_key(cfg: FlowConfig) -> str:
    return f"outputs:{cfg.output_dir.resolve()}"


def recorded_pass_config(cfg: FlowConfig) -> dict | None:
    """The configuration of the last pass that wrote cfg's output folder (None: never a pass)."""
    from tdkt.flows.store import Store

    if not cfg.store_path.is_file():
        return None
    with Store(cfg.store_path) as store:
        text = store.get_meta(_meta_key(cfg) + ":config")
    try:
        found = json.loads(text) if text else None
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


# -- the records the clerk sees ----------------------------------------------------------
def load_records(cfg: FlowConfig) -> list[ReportRecord]:
    """The records of the folder's last outputs (reports.json), else rebuilt from the store's
    results (a folder written without json), superseded versions included."""
    path = cfg.output_dir / "reports.json"
    if path.is_file():
        return [ReportRecord.from_dict(d) for d in json.loads(path.read_text(encoding="utf-8"))]
    return _records_from_store(cfg)


def _records_from_store(cfg: FlowConfig) -> list[ReportRecord]:
    from tdkt.flows.overrides_store import stored_decisions
    from tdkt.flows.store import Store
    from tdkt.pipeline.overrides import apply_overrides
    from tdkt.pipeline.supersede import mark_superseded

    if not cfg.store_path.is_file():
        return []
    with Store(cfg.store_path) as store:
        rows = store.files()
        results = store.get_results([r.result_key for r in rows.values()])
    records = [ReportRecord.from_dict(results[r.result_key]) for r in rows.values() if r.result_key in results]
    return apply_overrides(mark_superseded(records), stored_decisions(cfg.store_path))


def _fold(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def resolve_unit(records: list[ReportRecord], query: str) -> ReportRecord:
    """The current record of the unit the clerk named: a roster id, a unit name (or a unique part
    of it), or the name of a file the unit sent. ValueError in Vietnamese otherwise."""
    current = {unit_key(r): r for r in records if unit_key(r) and not r.superseded_by}
    q = _fold(query)
    if not q:
        raise ValueError("Chưa nêu đơn vị.")
    for key, record in current.items():
        if _fold(record.unit.roster_id) == q:
            return record
    for record in records:  # a file name: any version or copy points to its unit's current file
        if _fold(record.file) == q or _fold(Path(record.file).name) == q:
            key = unit_key(record)
            if key in current:
                return current[key]
            raise ValueError(f"Tệp {record.file} không rõ đơn vị gửi (hoặc không đọc được): không ghi được quyết định.")
    exact = [r for r in current.values() if q in (_fold(r.unit.name), _fold(r.unit.header_name))]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [r for r in current.values() if q in _fold(r.unit.name) or q in _fold(r.unit.header_name)]
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = "; ".join(sorted(f"{r.unit.name or r.unit.header_name} ({r.unit.roster_id or r.file})" for r in partial))
        raise ValueError(f"«{query}» khớp với nhiều đơn vị: {names}. Hãy ghi rõ hơn (mã đơn vị hoặc tên tệp).")
    raise ValueError(f"Không tìm thấy đơn vị «{query}» trong kết quả kiểm tra (dùng mã đơn vị, tên đơn vị hoặc tên tệp).")


def unit_record(records: list[ReportRecord], key: str) -> ReportRecord | None:
    """The current record of the unit with this supersede.unit_key."""
    return next((r for r in records if unit_key(r) == key and not r.superseded_by), None)


# -- recording ---------------------------------------------------------------------------
def record_decision(cfg: FlowConfig, record: ReportRecord, item: str, status: str, note: str = "", by: str = "",
                    lock_wait: float | None = None, on_wait=None) -> tuple[Override, dict]:
    """Store the clerk's decision on `item` of `record` and rewrite the outputs with it.
    Returns (decision, what the rewrite did). ValueError (Vietnamese) for a bad item or status;
    OutputBusyError when another pass holds the folder longer than `lock_wait`."""
    from tdkt.flows.lock import output_lock
    from tdkt.flows.overrides_store import OverrideStore

    if not note.strip():
        raise ValueError("Hãy ghi lý do (ghi chú) cho quyết định.")
    decision = decision_for(record, item, status, note=note, by=by)
    wait = float(cfg.lock_wait_seconds if lock_wait is None else lock_wait)
    with output_lock(cfg.output_dir, wait, on_wait=on_wait):
        with OverrideStore(cfg.store_path) as store:
            store.add(decision)
        return decision, rewrite_outputs(cfg)


def rewrite_outputs(cfg: FlowConfig) -> dict:
    """Rewrite the folder's outputs with the stored decisions; call holding the output lock."""
    from tdkt.flows.plan import InboxUnavailableError

    recorded = recorded_pass_config(cfg)
    if recorded:
        cwd = recorded.pop("cwd", None)
        inbox = Path(recorded.get("inbox") or "")
        # The outputs name files by the inbox as it was given: a relative inbox only from the same folder.
        if inbox.is_dir() and (inbox.is_absolute() or cwd == os.getcwd()):
            try:
                done = _pass_with_nothing_new(FlowConfig.from_dict(recorded))
            except InboxUnavailableError:
                done = None  # the share is down: rewrite from the last outputs instead
            if done is not None:
                return done
    return _rewrite_from_reports(cfg)


def _pass_with_nothing_new(cfg: FlowConfig) -> dict | None:
    """A pass when nothing needs judging; None when something does (a new file, or new rules or
    engine that invalidate every result): judging is the next pass's work, and a pass that
    skipped those files would drop their rows from the outputs."""
    from tdkt.flows.local_judge import judge_locally
    from tdkt.flows.passes import run_pass
    from tdkt.flows.run import look_ahead

    cfg = dataclasses.replace(cfg, settle_max_wait_seconds=0)  # a file being written waits for the next pass
    if look_ahead(cfg).to_judge:
        return None
    summary = run_pass(cfg, judge_many=judge_locally).summary  # a file arriving meanwhile is judged here
    summary["how"] = "pass"
    return summary


def _rewrite_from_reports(cfg: FlowConfig) -> dict:
    from tdkt.flows.overrides_store import export_csv, stored_decisions
    from tdkt.pipeline.output.outputs import FILENAMES, write_outputs
    from tdkt.rules.loader import load_roster, load_ruleset

    path = cfg.output_dir / FILENAMES["json"]
    if not path.is_file():
        return {"written": False, "how": "none"}
    records = []
    for data in json.loads(path.read_text(encoding="utf-8")):
        record = ReportRecord.from_dict(data)
        record.items = {k: dataclasses.replace(v, override=None) for k, v in record.items.items()}
        records.append(record)
    decisions = stored_decisions(cfg.store_path)
    formats = ("json",) + tuple(f for f in ("xlsx", "csv") if (cfg.output_dir / FILENAMES[f]).exists())
    ruleset, roster = load_ruleset(cfg.rules or None), load_roster(cfg.roster or None)
    run_info = {"run_time": dt.datetime.now().replace(microsecond=0).isoformat()}
    write_outputs(records, ruleset, roster, cfg.output_dir, formats=formats, run_info=run_info, overrides=decisions)
    export_csv(decisions, cfg.output_dir)
    return {"written": True, "how": "reports"}


_WHERE = re.compile(r"(trang|dòng|đoạn|bảng|hàng)\s+(\d+)")


def parse_where(label: str) -> dict[str, int]:
    """"trang 2, dòng 14" → {"page": 2, "line": 14}; the labels of pipeline.document.Where."""
    names = {"trang": "page", "dòng": "line", "đoạn": "paragraph", "bảng": "table", "hàng": "row"}
    return {names[m.group(1)]: int(m.group(2)) for m in _WHERE.finditer(unicodedata.normalize("NFC", label or ""))}
