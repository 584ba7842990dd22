"""One pass over the inbox, whatever runs it: plan, judge what is new, write the outputs.

The judging itself is handed in (`judge_many`): the Prefect flow submits tasks, and a pass
with nothing to judge needs no judge at all, so it runs without Prefect. Every result is
stored the moment it arrives, so a pass killed half-way loses nothing; the outputs are built
from the store (one record per file in the inbox, never two) and replaced atomically, and are
not rewritten when nothing they show has changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tdkt.flows.config import FlowConfig
from tdkt.flows.plan import Entry, Plan, make_plan
from tdkt.flows.store import Store

# judge_many(cfg, entries, rules_id, on_result) judges every entry and calls
# on_result(entry, record_dict) once per entry, as each finishes.
JudgeMany = Callable[[FlowConfig, list[Entry], str, Callable[[Entry, dict], None]], None]


@dataclass
class PassResult:
    summary: dict
    records: list = field(default_factory=list)  # ReportRecord, empty when outputs were unchanged


def load_context(cfg: FlowConfig):
    from tdkt.flows.versions import judge_key
    from tdkt.rules.loader import load_roster, load_ruleset

    ruleset = load_ruleset(cfg.rules or None)
    roster = load_roster(cfg.roster or None)
    limits = cfg.make_limits()
    return ruleset, roster, limits, judge_key(ruleset, roster, limits)


def plan_pass(cfg: FlowConfig, store: Store, judge_key: str, defer=()) -> Plan:
    exclude = [cfg.output_dir, cfg.state_dir, cfg.quarantine_dir] + ([cfg.archive_dir] if cfg.archive_dir else [])
    return make_plan(store, Path(cfg.inbox), judge_key, exclude=exclude, settle_seconds=cfg.settle_seconds,
                     defer=set(defer))


def run_pass(cfg: FlowConfig, judge_many: JudgeMany | None = None, defer=()) -> PassResult:
    ruleset, roster, limits, jkey = load_context(cfg)
    with Store(cfg.store_path) as store:
        plan = plan_pass(cfg, store, jkey, defer)
        if plan.to_judge:
            if judge_many is None:
                raise RuntimeError("files to judge but no judge was given")

            def on_result(entry: Entry, record: dict) -> None:
                store.put_result(entry.result_key, entry.sha256, jkey, record)

            # The same bytes received at the same time (a copy, a report sent twice) are judged once.
            unique = list({e.result_key: e for e in plan.to_judge if e.sha256}.values())
            unique += [e for e in plan.to_judge if not e.sha256]  # unreadable: each tried on its own
            judge_many(cfg, unique, ruleset.id, on_result)
        return _finish(cfg, store, plan, ruleset, roster, jkey)


def _digest(cfg: FlowConfig, plan: Plan, jkey: str) -> str:
    h = hashlib.sha256(json.dumps([jkey, list(cfg.formats), str(cfg.quarantine_dir), str(cfg.archive_dir)]).encode())
    for e in plan.entries:
        h.update(f"\0{e.display}\0{e.result_key}".encode())
    return h.hexdigest()


def _outputs_present(store: Store, meta_key: str) -> bool:
    written = json.loads(store.get_meta(meta_key + ":files") or "[]")
    return bool(written) and all(os.path.exists(p) for p in written)


def _finish(cfg: FlowConfig, store: Store, plan: Plan, ruleset, roster, jkey: str) -> PassResult:
    from tdkt.flows.quarantine import archive, quarantine
    from tdkt.pipeline.outputs import write_outputs
    from tdkt.pipeline.record import ReportRecord

    summary = {"files": len(plan.entries), "judged": len(plan.to_judge),
               "reused": len(plan.entries) - len(plan.to_judge), "deferred": len(plan.deferred),
               "removed": len(plan.gone), "errors": 0, "written": False, "out": str(cfg.output_dir)}
    digest = _digest(cfg, plan, jkey)
    meta_key = f"outputs:{cfg.output_dir.resolve()}"
    if store.get_meta(meta_key) == digest and _outputs_present(store, meta_key):
        summary["errors"] = int(store.get_meta(meta_key + ":errors") or 0)
        return PassResult(summary)

    stored = store.get_results([e.result_key for e in plan.entries])
    records: list[ReportRecord] = []
    for e in plan.entries:
        data = stored.get(e.result_key)
        missing = data is None
        if missing:  # cannot happen after a complete judge; never drop the file's row
            data = ReportRecord(file=e.display, sha256=e.sha256, error="Chưa có kết quả kiểm tra tệp này.",
                                error_code="internal", received_at=e.received_at, rules=ruleset.id).to_dict()
        record = ReportRecord.from_dict(data)
        record.file = e.display  # a renamed or copied file reuses the result of the same bytes
        source = Path(e.path)
        if record.error and not missing:
            record.quarantined_to = str(quarantine(source, e.sha256, record.error, record.error_code,
                                                   cfg.quarantine_dir))
        elif cfg.archive_dir is not None and source.exists():
            archive(source, e.sha256, cfg.archive_dir)
        records.append(record)
    summary["errors"] = sum(1 for r in records if r.error)
    run_info = {"run_time": dt.datetime.now().replace(microsecond=0).isoformat(),
                **{k: summary[k] for k in ("files", "judged", "reused", "deferred", "errors")}}
    cfg.output_dir.mkdir(parents=True, exist_ok=True)
    try:
        written = write_outputs(records, ruleset, roster, cfg.output_dir, formats=tuple(cfg.formats),
                                run_info=run_info)
    except PermissionError as exc:  # OutputLockedError: the sheet is open in Excel; results are kept
        summary["output_locked"] = str(exc)
        return PassResult(summary, records)
    store.set_meta(meta_key + ":files", json.dumps([str(p) for p in written.values()]))
    store.set_meta(meta_key + ":errors", str(summary["errors"]))
    store.set_meta(meta_key, digest)
    summary["written"] = True
    return PassResult(summary, records)


def clear_output_digest(cfg: FlowConfig) -> None:
    """Force the next pass to rewrite the outputs (after outputs were deleted by hand, say)."""
    with Store(cfg.store_path) as store:
        store.set_meta(f"outputs:{cfg.output_dir.resolve()}", "")


__all__ = ["run_pass", "plan_pass", "load_context", "PassResult", "JudgeMany", "clear_output_digest"]
