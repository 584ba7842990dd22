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
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tdkt import progress
from tdkt.flows.config import FlowConfig
from tdkt.flows.plan import Entry, Plan, make_plan
from tdkt.extractors.inbox_entries import storage_key
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
    from tdkt.flows.config import check_folders

    check_folders(cfg)
    exclude = [cfg.output_dir, cfg.state_dir, cfg.quarantine_dir] + ([cfg.archive_dir] if cfg.archive_dir else [])
    return make_plan(store, Path(cfg.inbox), judge_key, exclude=exclude, settle_seconds=cfg.settle_seconds,
                     defer=set(defer), max_bytes=cfg.make_limits().max_bytes,
                     max_wait_seconds=float(cfg.settle_max_wait_seconds), allow_empty=bool(cfg.allow_empty_inbox))


def refused_record(entry: Entry, rules_id: str) -> dict:
    """The row of an entry that is never opened (symlink, special file, over the size limit)."""
    from tdkt.pipeline.record import ReportRecord

    return ReportRecord(file=entry.display, sha256="", error=entry.refused.message, error_code=entry.refused.code,
                        received_at=entry.received_at, rules=rules_id).to_dict()


def run_pass(cfg: FlowConfig, judge_many: JudgeMany | None = None, defer=()) -> PassResult:
    ruleset, roster, limits, jkey = load_context(cfg)
    with Store(cfg.store_path) as store:
        plan = plan_pass(cfg, store, jkey, defer)
        for entry in plan.refused:
            store.put_result(entry.result_key, "", jkey, refused_record(entry, ruleset.id))
        if plan.to_judge:
            if judge_many is None:
                raise RuntimeError("files to judge but no judge was given")

            def on_result(entry: Entry, record: dict) -> None:
                store.put_result(entry.result_key, entry.sha256, jkey, record)
                progress.file_done(entry.display, record)  # a terminal's bar, watch's log line

            # The same bytes received at the same time (a copy, a report sent twice) are judged once.
            unique = list({e.result_key: e for e in plan.to_judge if e.sha256}.values())
            unique += [e for e in plan.to_judge if not e.sha256]  # unreadable: each tried on its own
            progress.started(len(unique))
            judge_many(cfg, unique, ruleset.id, on_result)
        return _finish(cfg, store, plan, ruleset, roster, jkey)


def _digest(cfg: FlowConfig, plan: Plan, jkey: str) -> str:
    h = hashlib.sha256(json.dumps([jkey, list(cfg.formats), str(cfg.quarantine_dir), str(cfg.archive_dir)]).encode())
    for e in plan.entries:
        h.update(f"\0{e.display}\0{e.result_key}".encode())
    return h.hexdigest()


# -- the outputs' own fingerprint: rewritten whenever the files differ from what was written ----
def _file_sha(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def outputs_fingerprint(paths) -> dict[str, list]:
    """{path: [size, mtime_ns, sha256]} of the files just written."""
    found = {}
    for p in paths:
        st = os.stat(p)
        found[str(p)] = [st.st_size, st.st_mtime_ns, _file_sha(str(p))]
    return found


def outputs_intact(store: Store, meta_key: str) -> bool:
    """Every output is there with the bytes tdkt wrote (a `tdkt check` into the same folder, an edit
    or a deletion make this False). Same size and mtime: trusted without reading."""
    try:
        written = json.loads(store.get_meta(meta_key + ":files") or "{}")
    except ValueError:
        return False
    if not isinstance(written, dict) or not written:  # an older store kept only the names: rewrite once
        return False
    for path, (size, mtime_ns, sha) in written.items():
        try:
            st = os.stat(path)
            if (st.st_size, st.st_mtime_ns) != (size, mtime_ns) and (st.st_size != size or _file_sha(path) != sha):
                return False
        except OSError:
            return False
    return True


def _pending_due(store: Store, meta_key: str, cfg: FlowConfig) -> tuple[bool, float]:
    """(a postponed quarantine is now due, seconds until the next one is)."""
    pending = json.loads(store.get_meta(meta_key + ":pending") or "{}")
    now = time.time()
    waits = [float(cfg.quarantine_grace_seconds) - (now - max(0, min(ns / 1e9, now))) for ns in pending.values()]
    return any(w <= 0 for w in waits), max(0.0, min(waits)) if waits else 0.0


def _finish(cfg: FlowConfig, store: Store, plan: Plan, ruleset, roster, jkey: str) -> PassResult:
    from tdkt.flows.quarantine import archive, quarantine, release
    from tdkt.pipeline.output.outputs import write_outputs
    from tdkt.pipeline.record import ReportRecord

    summary = {"files": len(plan.entries), "judged": len(plan.to_judge),
               "reused": len(plan.entries) - len(plan.to_judge), "deferred": len(plan.deferred),
               "removed": len(plan.gone), "skipped": len(plan.skipped), "errors": 0, "written": False,
               "out": str(cfg.output_dir)}
    from tdkt.flows import overrides_store

    decisions = overrides_store.decisions_for_output(cfg.store_path, cfg.output_dir)  # the clerk's, every pass
    overrides_store.export_csv(decisions, cfg.output_dir)  # survives a rebuilt store
    digest = _digest(cfg, plan, jkey) + overrides_store.fingerprint(decisions)
    meta_key = f"outputs:{cfg.output_dir.resolve()}"
    due, wait = _pending_due(store, meta_key, cfg)
    if store.get_meta(meta_key) == digest and outputs_intact(store, meta_key) and not due:
        summary["errors"] = int(store.get_meta(meta_key + ":errors") or 0)
        if wait:
            summary["recheck_after"] = wait
        return PassResult(summary)

    stored = store.get_results([e.result_key for e in plan.entries])
    limits = cfg.make_limits()
    records: list[ReportRecord] = []
    pending: dict[str, int] = {}
    now = time.time()
    for e in plan.entries:
        data = stored.get(e.result_key)
        missing = data is None
        if missing:  # cannot happen after a complete judge; never drop the file's row
            data = ReportRecord(file=e.display, sha256=e.sha256, error="Chưa có kết quả kiểm tra tệp này.",
                                error_code="internal", received_at=e.received_at, rules=ruleset.id).to_dict()
        record = ReportRecord.from_dict(data)
        record.file = e.display  # a renamed or copied file reuses the result of the same bytes
        source = Path(e.path)
        kept_key = "quarantine:" + storage_key(e.path)
        if record.error and not missing and record.error_code not in ("symlink", "special_file"):
            changed_ago = now - min(e.mtime_ns / 1e9, now)  # a future mtime is "now"
            if record.error_code != "too_large" and changed_ago < float(cfg.quarantine_grace_seconds):
                pending[e.display] = e.mtime_ns  # may still be arriving: copy once it has stayed unchanged
            else:
                kept = quarantine(source, e.sha256, record.error, record.error_code, cfg.quarantine_dir,
                                  copy=record.error_code != "too_large", size=e.size, max_bytes=limits.max_bytes)
                record.quarantined_to = str(kept)
                if store.get_meta(kept_key) != str(kept):
                    store.set_meta(kept_key, str(kept))
        elif not record.error:
            earlier = store.get_meta(kept_key)
            if earlier:  # an earlier version failed (half-written?) and was quarantined: no longer true
                release([earlier], cfg.quarantine_dir)
                store.set_meta(kept_key, "")
            if cfg.archive_dir is not None and e.sha256:
                archive(source, e.sha256, cfg.archive_dir)
        records.append(record)
    summary["errors"] = sum(1 for r in records if r.error)
    run_info = {"run_time": dt.datetime.now().replace(microsecond=0).isoformat(),
                **{k: summary[k] for k in ("files", "judged", "reused", "deferred", "errors")}}
    cfg.output_dir.mkdir(parents=True, exist_ok=True)
    try:
        written = write_outputs(records, ruleset, roster, cfg.output_dir, formats=tuple(cfg.formats),
                                run_info=run_info, overrides=decisions)
    except PermissionError as exc:  # OutputLockedError: the sheet is open in Excel; results are kept
        summary["output_locked"] = str(exc)
        return PassResult(summary, records)
    store.set_meta(meta_key + ":files", json.dumps(outputs_fingerprint(written.values())))
    store.set_meta(meta_key + ":errors", str(summary["errors"]))
    store.set_meta(meta_key + ":pending", json.dumps(pending))
    store.set_meta(meta_key, digest)
    store.set_meta(meta_key + ":config", json.dumps({**cfg.to_dict(), "cwd": os.getcwd()}))  # tdkt/review re-runs it
    summary["written"] = True
    if pending:
        summary["quarantine_pending"] = len(pending)
        summary["recheck_after"] = _pending_due(store, meta_key, cfg)[1]
    return PassResult(summary, records)


def clear_output_digest(cfg: FlowConfig) -> None:
    """Force the next pass to rewrite the outputs (after outputs were deleted by hand, say)."""
    with Store(cfg.store_path) as store:
        store.set_meta(f"outputs:{cfg.output_dir.resolve()}", "")


__all__ = ["run_pass", "plan_pass", "load_context", "PassResult", "JudgeMany", "clear_output_digest"]
