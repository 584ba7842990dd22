"""The Prefect flow: one pass over the inbox, new and changed files judged in parallel tasks.

The flow is thin: planning, storing and writing live in tdkt.flows.passes, reading and judging
in tdkt.flows.work (which calls the pipeline). The task runner comes from the configuration at
run time (so a deployment and `tdkt run` share one flow object):
- thread (default): a ThreadPoolTaskRunner whose tasks hand the CPU-bound reading to a warm
  process pool (threads alone do not scale on Python for this work);
- process: Prefect's ProcessPoolTaskRunner, one task per worker process;
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

    remote = cfg.task_runner == "dask"
    workers = max(1, int(cfg.concurrency))
    # One file (the watcher's usual case) is judged in this process: no pool to wake.
    pool_size = workers if cfg.task_runner == "thread" and len(entries) > 1 and workers > 1 else 0
    rules, roster, limits = cfg.rules or None, cfg.roster or None, dict(cfg.limits)
    common = {"rules": rules, "roster": roster, "limits": limits}
    single = judge_task.with_options(retries=int(cfg.retries), retry_delay_seconds=float(cfg.retry_delay_seconds))
    remote_single = judge_remote_task.with_options(retries=int(cfg.retries),
                                                   retry_delay_seconds=float(cfg.retry_delay_seconds))
    ship = remote and cluster.ships_bytes(cfg)
    too_big = [e for e in entries if ship and e.size > int(cfg.dask_ship_max_bytes)]
    sent = [e for e in entries if not (ship and e.size > int(cfg.dask_ship_max_bytes))]
    by_key = {e.result_key: e for e in entries}

    def item(e: Entry) -> dict:
        it = {"path": cluster.worker_path(cfg, e.path) if remote else e.path, "display": e.display,
              "sha256": e.sha256, "received_at": e.received_at, "key": e.result_key}
        if ship:
            try:
                it["data"] = cluster.read_for_shipping(e.path)
            except OSError:  # gone or locked since the plan: the worker's read says why
                it["data"] = None
        return it

    with make_task_runner(cfg, len(entries)) as runner:
        slots = _prepare_dask(runner) if remote else workers
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


def _publish(result: PassResult) -> None:
    from prefect.artifacts import create_table_artifact

    from tdkt.pipeline.supersede import mark_superseded

    if not result.records:
        return
    rows = [{"Tệp": r.file, "Đơn vị": r.unit.name or "", "Số mục đã báo cáo": r.reported_count,
             "Bị thay thế bởi": r.superseded_by or "", "Lỗi tệp": r.error or ""}
            for r in mark_superseded(result.records)[:_ARTIFACT_ROWS]]
    s = result.summary
    create_table_artifact(key=ARTIFACT_KEY, table=rows, description=(
        f"Tổng hợp kiểm tra báo cáo: {s['files']} tệp, {s['judged']} tệp mới kiểm tra, "
        f"{s['errors']} tệp lỗi."))


@flow(name="tdkt-inbox", persist_result=False, log_prints=False)
def inbox_flow(config: dict, defer: list[str] | None = None) -> dict:
    """One pass over the inbox; `config` is FlowConfig.to_dict() with absolute folders."""
    from tdkt.flows.lock import output_lock

    cfg = FlowConfig.from_dict(config)
    # One writer per output folder: a scheduled run waits for the watcher's pass (re-entrant
    # when `tdkt run` already holds it in this thread).
    with output_lock(cfg.output_dir, float(cfg.lock_wait_seconds),
                     on_wait=lambda m: get_run_logger().warning("%s Đang chờ...", m)):
        result = run_pass(cfg, judge_many=judge_with_prefect, defer=defer or ())
    try:
        _publish(result)
    except Exception as exc:  # the UI table is a convenience; the spreadsheet is already written
        get_run_logger().warning("table artifact not created: %s", exc)
    get_run_logger().info("pass: %s", result.summary)
    return result.summary
