"""The Prefect flow: one pass over the inbox, new and changed files judged in parallel tasks.

The flow is thin: planning, storing and writing live in tdkt.flows.passes, reading and judging
in tdkt.flows.work (which calls the pipeline). The task runner comes from the configuration at
run time (so a deployment and `tdkt run` share one flow object):
- thread (default): a ThreadPoolTaskRunner whose tasks hand the CPU-bound reading to a warm
  process pool (threads alone do not scale on Python for this work);
- process: Prefect's ProcessPoolTaskRunner, one task per worker process, where each file is
  read by tdkt's reading workers under the deadline and memory cap, as on Dask;
- dask: prefect-dask's DaskTaskRunner on `dask.address`, or a LocalCluster when it is empty;
  every worker is given the run's Prefect API (tdkt.flows.cluster), files reach it by their bytes
  or a declared shared inbox, and it reads them under tdkt's deadline and memory cap.
A bounded number of batches is in flight at once, so 10,000 files never sit in memory together.
Transient failures are retried by Prefect; when retries run out the file gets an error row and
the run still succeeds. Prefect's result cache is off: the store in tdkt.flows.store is the cache.
The pass holds the output folder's lock (tdkt.flows.lock), so a scheduled run and a watcher
never judge the same files twice.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.futures import as_completed
from prefect.cache_policies import NO_CACHE

from tdkt.flows.config import FlowConfig
from tdkt.flows.passes import PassResult, run_pass
from tdkt.flows.plan import Entry
from tdkt.flows.work import failure_record, judge_batch, judge_one, run_in_pool

ARTIFACT_KEY = "tdkt-tong-hop"
_ARTIFACT_ROWS = 1000  # the UI table stays readable; the spreadsheet has every row


@task(name="judge-file", cache_policy=NO_CACHE, persist_result=False, task_run_name="{display}")
def judge_task(path: str, display: str, sha256: str, received_at: str, rules: str | None, roster: str | None,
               limits: dict, pool_size: int = 0) -> dict:
    if pool_size > 0:
        return run_in_pool(pool_size, path, display, sha256, received_at, rules, roster, limits)
    return judge_one(path, display, sha256, received_at, rules, roster, limits)


@task(name="judge-files", cache_policy=NO_CACHE, persist_result=False, task_run_name="{label}")
def judge_batch_task(items: list[dict], rules: str | None, roster: str | None, limits: dict, pool_size: int = 0,
                     label: str = "") -> dict:
    if pool_size > 0:
        return run_in_pool(pool_size, items, rules, roster, limits, fn=judge_batch)
    return judge_batch(items, rules, roster, limits)


def batch_size(n_files: int, workers: int) -> int:
    """Files per task: Prefect's per-task cost (a few API calls) is paid once per batch, while
    keeping about four batches per worker so the load stays balanced; at most 25 per batch."""
    return max(1, min(25, -(-n_files // (4 * max(1, workers)))))


def make_task_runner(cfg: FlowConfig, n_files: int):
    workers = max(1, int(cfg.concurrency))
    if cfg.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if cfg.dask_address:
            return DaskTaskRunner(address=cfg.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": int(cfg.dask_n_workers),
                                              "threads_per_worker": int(cfg.dask_threads_per_worker),
                                              "processes": True, "dashboard_address": None})
    if cfg.task_runner == "process":
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=min(workers, max(1, n_files)))
    from prefect.task_runners import ThreadPoolTaskRunner

    # A few threads more than worker processes keep the pool fed while Prefect records states.
    return ThreadPoolTaskRunner(max_workers=min(workers + 2, max(1, n_files)))


@task(name="judge-files", cache_policy=NO_CACHE, persist_result=False, task_run_name="{label}")
def judge_remote_batch_task(items: list[dict], rules: str | None, roster: str | None, limits: dict,
                            label: str = "") -> dict:
    """On a Dask worker: each file read by tdkt's reading workers there (deadline, memory cap)."""
    from tdkt.flows.cluster import judge_capped_batch

    return judge_capped_batch(items, rules, roster, limits)


@task(name="judge-file", cache_policy=NO_CACHE, persist_result=False, task_run_name="{display}")
def judge_remote_task(item: dict, display: str, rules: str | None, roster: str | None, limits: dict) -> dict:
    from tdkt.flows.cluster import judge_capped

    return judge_capped(item, rules, roster, limits)


def _prepare_dask(runner) -> int:
    """Every Dask worker told this run's Prefect API (never an embedded server of its own);
    returns the cluster's worker threads."""
    from prefect.settings import PREFECT_API_URL

    from tdkt.flows.cluster import prepare_workers

    client = runner.client  # connects, or starts the LocalCluster
    api_url = str(PREFECT_API_URL.value() or "")
    if api_url:
        prepare_workers(client, api_url)
    return max(1, sum(client.nthreads().values()))


def judge_with_prefect(cfg: FlowConfig, entries: list[Entry], rules_id: str, on_result) -> None:
    """Batches of files as Prefect tasks, a bounded number in flight (shipped bytes stay bounded
    in memory); results handed to on_result in this process, the pass's one writer."""
    from tdkt.flows import cluster

    # Tasks that run in another runner's processes (Dask, Prefect's process pool) read there,
    # each file in tdkt's reading workers under the deadline and memory cap (judge_capped).
    remote = cfg.task_runner in ("dask", "process")
    dask = cfg.task_runner == "dask"
    workers = max(1, int(cfg.concurrency))
    # One file (the watcher's usual case) is judged in this process: no pool to wake.
    pool_size = workers if cfg.task_runner == "thread" and len(entries) > 1 and workers > 1 else 0
    rules, roster, limits = cfg.rules or None, cfg.roster or None, dict(cfg.limits)
    common = {"rules": rules, "roster": roster, "limits": limits}
    single = judge_task.with_options(retries=int(cfg.retries), retry_delay_seconds=float(cfg.retry_delay_seconds))
    remote_single = judge_remote_task.with_options(retries=int(cfg.retries),
                                                   retry_delay_seconds=float(cfg.retry_delay_seconds))
    ship = dask and cluster.ships_bytes(cfg)
    too_big = [e for e in entries if ship and e.size > int(cfg.dask_ship_max_bytes)]
    sent = [e for e in entries if not (ship and e.size > int(cfg.dask_ship_max_bytes))]
    by_key = {e.result_key: e for e in entries}

    def item(e: Entry) -> dict:
        it = {"path": cluster.worker_path(cfg, e.path) if dask else e.path, "display": e.display,
              "sha256": e.sha256, "received_at": e.received_at, "key": e.result_key}
        if ship:
            try:
                it["data"] = cluster.read_for_shipping(e.path)
            except OSError:  # gone or locked since the plan: the worker's read says why
                it["data"] = None
        return it

    with make_task_runner(cfg, len(entries)) as runner:
        slots = _prepare_dask(runner) if dask else workers
        size = batch_size(len(sent), slots)
        window = max(4, 2 * slots + 2)
        pending = [sent[i:i + size] for i in range(0, len(sent), size)][::-1]  # popped from the end
        in_flight: dict = {}  # future -> (entry or list of entries, bytes it carries)

        def submit_single(e: Entry) -> None:
            if remote:
                it = item(e)
                future = runner.submit(remote_single, {"item": it, "display": e.display, **common})
                in_flight[future] = (e, len(it.get("data") or b""))
            else:
                future = runner.submit(single, {"path": e.path, "display": e.display, "sha256": e.sha256,
                                                "received_at": e.received_at, **common, "pool_size": pool_size})
                in_flight[future] = (e, 0)

        def submit_batch(chunk: list[Entry]) -> None:
            if size == 1:
                submit_single(chunk[0])
                return
            items = [item(e) for e in chunk]
            label = f"{Path(chunk[0].display).name} … ({len(chunk)} tệp)"
            if remote:
                future = runner.submit(judge_remote_batch_task, {"items": items, "label": label, **common})
            else:
                future = runner.submit(judge_batch_task, {"items": items, "label": label, **common,
                                                          "pool_size": pool_size})
            in_flight[future] = (chunk, sum(len(it.get("data") or b"") for it in items))

        while pending or in_flight:
            carried = sum(n for _, n in in_flight.values())
            while pending and (not in_flight or (len(in_flight) < window and carried < cluster.IN_FLIGHT_BYTES)):
                submit_batch(pending.pop())
                carried = sum(n for _, n in in_flight.values())
            for future in as_completed(list(in_flight)):
                what, _ = in_flight.pop(future)
                if isinstance(what, list):  # a batch: store what it judged, retry its transient failures
                    try:
                        out = future.result()
                    except Exception:  # the batch itself failed (a worker lost): each file on its own
                        out = {"records": {}, "transient": {e.result_key: [] for e in what}}
                    for key, record in out["records"].items():
                        on_result(by_key[key], record)
                    for key in out["transient"]:
                        submit_single(by_key[key])
                else:
                    _settle(future, what, rules_id, on_result)
                break  # refill the window
    if too_big:  # over [dask] ship_max_bytes and no shared inbox: read on this machine
        from tdkt.flows.local_judge import judge_locally

        judge_locally(cfg, too_big, rules_id, on_result)


def _settle(future, entry: Entry, rules_id: str, on_result) -> None:
    try:
        record = future.result()
    except Exception as exc:  # retries ran out: a row in the error sheet, not a failed run
        record = failure_record(entry.display, entry.sha256, entry.received_at, rules_id, exc)
    on_result(entry, record)


class _Judged:
    """What this pass judged, as tdkt.progress tells it: (file, record dict) in order."""

    def __init__(self):
        self.files: list[tuple[str, dict]] = []

    def start(self, total: int) -> None:
        pass

    def done(self, name: str, record: dict) -> None:
        self.files.append((name, record))


def _log_pass(logger, result: PassResult, judged: list[tuple[str, dict]]) -> None:
    """The run's lines in the Prefect UI: each file judged (unit, status), then one line with
    what was judged, reused and failed, by unit."""
    from tdkt.progress import describe

    for name, record in judged:
        (logger.warning if record.get("error") else logger.info)("Đã kiểm tra %s", describe(name, record))
    s = result.summary
    fresh = {name for name, _ in judged}
    units = lambda recs: ", ".join(dict.fromkeys(r.unit.name or r.unit.header_name or r.file  # noqa: E731
                                                 for r in recs)) or "không có"
    reused = [r for r in result.records if r.file not in fresh and not r.error]
    failed = [r.file for r in result.records if r.error]
    line = (f"Lượt chạy: {s['files']} tệp; {s['judged']} tệp mới kiểm tra "
            f"({units([rec for rec in result.records if rec.file in fresh and not rec.error])}); "
            f"{s['reused']} tệp dùng lại kết quả cũ")
    if reused:
        line += f" ({units(reused[:40])}{' …' if len(reused) > 40 else ''})"
    line += f"; {s['errors']} tệp lỗi" + (f" ({', '.join(failed[:20])})" if failed else "")
    if s.get("deferred"):
        line += f"; {s['deferred']} tệp đang được ghi, để lượt sau"
    logger.info(line + ("." if s.get("written") else "; kết quả không thay đổi."))


def artifact_rows(result: PassResult, cfg: FlowConfig) -> tuple[list[dict], list[str]]:
    """One row per unit (the workbook's Tổng hợp: status, timeliness, items, missing items) and
    the names of the roster units that have sent nothing."""
    from tdkt.flows.passes import load_context
    from tdkt.pipeline.supersede import mark_superseded
    from tdkt.pipeline.output.table import ST_MISSING, build_tables

    ruleset, roster, _, _ = load_context(cfg)
    overview = build_tables(mark_superseded(result.records), ruleset, roster).overview
    rows = []
    for row in overview.dicts():
        rows.append({k: ("" if v is None else str(v)) for k, v in row.items()
                     if k in ("Đơn vị", "Tình trạng", "Thời hạn", "Số mục đã báo cáo", "Mục còn thiếu")})
    missing = [r["Đơn vị"] for r in rows if r["Tình trạng"] == ST_MISSING]
    return rows[:_ARTIFACT_ROWS], missing


def _publish(result: PassResult, cfg: FlowConfig) -> None:
    from prefect.artifacts import create_table_artifact

    if not result.records:
        return
    rows, missing = artifact_rows(result, cfg)
    s = result.summary
    create_table_artifact(key=ARTIFACT_KEY, table=rows, description=(
        f"Tổng hợp kiểm tra báo cáo: {s['files']} tệp, {s['judged']} tệp mới kiểm tra, {s['errors']} tệp lỗi. "
        f"Chưa nộp ({len(missing)} đơn vị): {', '.join(missing) or 'không có'}."))


def run_name() -> str:
    """The flow run's name at its start: "hang-dem 2023-06-24" for the nightly deployment,
    "thu-muc 2023-06-24 14:05" for a run started on the inbox; the count of new files is added
    when the pass knows it (_rename)."""
    import datetime as dt

    from prefect.runtime import deployment

    now = dt.datetime.now()
    if deployment.id:
        return f"hang-dem {now:%Y-%m-%d}"
    return f"thu-muc {now:%Y-%m-%d %H:%M}"


def _rename(summary: dict) -> None:
    """Say what the run did in its name: "... (3 tệp mới)" / "(không có tệp mới)"."""
    from prefect import get_client
    from prefect.runtime import flow_run

    new = summary.get("judged", 0)
    name = f"{flow_run.name} ({new} tệp mới)" if new else f"{flow_run.name} (không có tệp mới)"
    with get_client(sync_client=True) as client:
        client.update_flow_run(flow_run.id, name=name)


@flow(name="tdkt-inbox", persist_result=False, log_prints=False, flow_run_name=run_name)
def inbox_flow(config: dict, defer: list[str] | None = None) -> dict:
    """One pass over the inbox; `config` is FlowConfig.to_dict() with absolute folders."""
    from tdkt import progress
    from tdkt.flows.lock import output_lock

    cfg = FlowConfig.from_dict(config)
    logger = _ui_logger()
    judged = _Judged()
    # One writer per output folder: a scheduled run waits for the watcher's pass (re-entrant
    # when `tdkt run` already holds it in this thread).
    with output_lock(cfg.output_dir, float(cfg.lock_wait_seconds),
                     on_wait=lambda m: logger.warning("%s Đang chờ...", m)):
        with progress.listen(_Tee(judged, progress._listener)):
            result = run_pass(cfg, judge_many=judge_with_prefect, defer=defer or ())
    for step in (lambda: _log_pass(logger, result, judged.files), lambda: _publish(result, cfg),
                 lambda: _rename(result.summary)):
        try:
            step()
        except Exception as exc:  # the UI's view is a convenience; the spreadsheet is already written
            logger.warning("Prefect UI not updated: %s", exc)
    return result.summary


def _ui_logger():
    """The run's logger for the Prefect UI at INFO, whatever PREFECT_LOGGING_LEVEL keeps off the
    console (tdkt.flows.run sets WARNING so cron mail stays short): a logger of its own whose only
    handler sends to the API, with the run's context (flow run id) that get_run_logger carries."""
    import logging

    from prefect.logging.handlers import APILogHandler
    from prefect.logging.loggers import PrefectLogAdapter

    base = logging.getLogger("tdkt.flow_runs")
    base.setLevel(logging.INFO)
    base.propagate = False  # not to the console
    if not any(isinstance(h, APILogHandler) for h in base.handlers):
        base.addHandler(APILogHandler())
    return PrefectLogAdapter(base, extra=dict(get_run_logger().extra))


class _Tee:
    """Tell both the flow's own collector and the listener the command installed (a bar)."""

    def __init__(self, *listeners):
        self.listeners = [x for x in listeners if x is not None]

    def start(self, total: int) -> None:
        for x in self.listeners:
            x.start(total)

    def done(self, name: str, record: dict) -> None:
        for x in self.listeners:
            x.done(name, record)
