"""Dask workers for the inbox flow: the flow's Prefect API on each, files that reach them, the limits.

What it does:
- `WorkerSetup` (a distributed WorkerPlugin, registered by the flow on its Dask client) gives every
  worker process the flow's Prefect API URL and forbids Prefect's embedded server there: a task
  run on a worker reports to the flow's server and never starts a server of its own (which would
  cost ~18 s per worker and outlive it). It also lets the worker start tdkt's reading workers.
- `pinned_api` gives a pass that sends tasks to other processes a real API URL: the configured
  one, or Prefect's embedded server started once in this process and named in the settings the
  tasks carry (Prefect otherwise serialises an empty URL and each worker starts its own server).
- Files reach workers in one of two ways: their bytes travel with the task (`[dask] address`
  set, no shared folder declared; files over `ship_max_bytes` are read on the flow's machine),
  or the config declares where workers mount the inbox (`[dask] worker_inbox`) and
  `check_shared_inbox` asks every worker, before anything is dispatched, to read a sample file
  there and compare its sha256 (a Vietnamese ClusterError when one cannot).
- On the worker, each file is read by tdkt.workers' pool under the same deadline and memory cap
  as on the flow's machine (`judge_capped`), never inline in the Dask worker process.
What it leaves to others: which tasks exist and how results are stored (tdkt.flows.inbox_flow,
tdkt.flows.passes: results come back to the one writer, the flow's process); reading and
judging (tdkt.flows.work, tdkt.workers).
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import multiprocessing
import os
import shutil
import socket
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from tdkt.flows.config import ConfigError, FlowConfig

PLUGIN_NAME = "tdkt-worker-setup"
# Bytes of shipped files allowed in flight at once (futures hold them until their task ends).
IN_FLIGHT_BYTES = 256 * 1024 * 1024

files_read = 0  # files this (worker) process read through judge_capped; workers report it back


class ClusterError(ConfigError):
    """The Dask cluster cannot do this pass as configured; the message is Vietnamese."""


# -- the flow's Prefect API on every worker --------------------------------------------------
def worker_environment(api_url: str) -> dict[str, str]:
    """What each worker process needs in its environment for Prefect."""
    return {"PREFECT_API_URL": api_url,
            "PREFECT_SERVER_EPHEMERAL_ENABLED": "false",  # no URL at all must fail, not start a server
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false"}


def _allow_children() -> None:
    """A nanny starts Dask workers as daemonic processes, which multiprocessing forbids to have
    children; tdkt's reading workers are children that die with their parent (PR_SET_PDEATHSIG),
    which is what the daemon flag protects, so the flag is lifted in the worker process."""
    current = multiprocessing.current_process()
    if current.daemon:
        try:
            current.daemon = False
        except AssertionError:  # a process object that cannot change (never seen): pools then fail
            pass


def setup_worker(env: dict[str, str]) -> str:
    """Run on each worker (plugin setup, or client.run for workers that join later)."""
    os.environ.update(env)
    _allow_children()
    return os.environ["PREFECT_API_URL"]


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # distributed is optional (the `dask` extra)
    WorkerPlugin = object  # type: ignore[assignment,misc]


async def _restart_prefect_services() -> None:
    """A long-lived worker that served an earlier run keeps Prefect's events and log senders
    bound to that run's API (a server now gone): they are stopped, and the next task starts
    them again on the new URL."""
    import sys

    for module, name in (("prefect.events.worker", "EventsWorker"), ("prefect.logging.handlers", "APILogWorker")):
        service = getattr(sys.modules.get(module), name, None)
        if service is not None:
            pending = service.drain_all(timeout=5, at_exit=False)
            if pending is not None and hasattr(pending, "__await__"):
                await pending


class WorkerSetup(WorkerPlugin):  # type: ignore[misc,valid-type]
    name = PLUGIN_NAME  # one per cluster: registering again replaces it (a new run, a new URL)

    def __init__(self, api_url: str):
        self.env = worker_environment(api_url)

    async def setup(self, worker) -> None:
        before = os.environ.get("PREFECT_API_URL", "")
        setup_worker(self.env)
        if before and before != self.env["PREFECT_API_URL"]:
            await _restart_prefect_services()


def prepare_workers(client, api_url: str) -> None:
    """Every worker (and any that joins later) set up for this run's API."""
    client.register_plugin(WorkerSetup(api_url), name=PLUGIN_NAME)


@contextlib.contextmanager
def pinned_api(target: str):
    """The API URL tasks in other processes must use, pinned in Prefect's settings for the block.
    `target` "" = Prefect's embedded server, started here once (stopped at exit by Prefect)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    url = target
    if not url:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()  # the same instance Prefect's client would start
        server.start()
        url = server.api_url
    with temporary_settings(updates={PREFECT_API_URL: url}):
        yield url


def _is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        try:
            return ipaddress.ip_address(socket.gethostbyname(host)).is_loopback
        except OSError:
            return False


def check_api_reachable(cfg: FlowConfig, api_url: str) -> None:
    """Workers on other machines cannot reach an API on this machine's loopback."""
    if not cfg.dask_address:
        return
    scheduler_host = urlsplit(cfg.dask_address if "://" in cfg.dask_address else "tcp://" + cfg.dask_address).hostname
    api_host = urlsplit(api_url).hostname or ""
    if _is_loopback(api_host) and not _is_loopback(scheduler_host or ""):
        raise ClusterError(
            f"Các máy xử lý Dask ở {cfg.dask_address} không kết nối được tới máy chủ Prefect {api_url} "
            "(địa chỉ chỉ dùng được trên máy này). Chạy `tdkt serve` với [server] host là địa chỉ mạng của "
            "máy này, hoặc đặt [server] api_url tới một máy chủ Prefect mà các máy xử lý kết nối được.")


# -- files reaching the workers ----------------------------------------------------------------
def worker_path(cfg: FlowConfig, path: str) -> str:
    """Where a worker finds an inbox file: under [dask] worker_inbox when the config declares one."""
    if not cfg.dask_worker_inbox:
        return path
    rel = os.path.relpath(os.path.realpath(path), os.path.realpath(cfg.inbox))
    return str(Path(cfg.dask_worker_inbox) / rel)


def ships_bytes(cfg: FlowConfig) -> bool:
    """Bytes travel with the tasks to a cluster given by address unless a shared inbox is declared
    (a LocalCluster runs on this machine and reads the inbox by path)."""
    return bool(cfg.dask_address) and not cfg.dask_worker_inbox


def read_sample(path: str, sha256: str) -> str:
    """On a worker: '' when the file at `path` has these bytes, else why not (Vietnamese)."""
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        from tdkt.pipeline.record import os_reason

        return f"không đọc được {path} ({os_reason(exc)})"
    if sha256 and digest.hexdigest() != sha256:
        return f"{path} có nội dung khác tệp trên máy chạy luồng (thư mục dùng chung chưa đồng bộ?)"
    return ""


def check_shared_inbox(cfg: FlowConfig, sample_path: str, sample_sha256: str, timeout: float = 30.0) -> None:
    """Before dispatching: every worker reads one file of this pass at [dask] worker_inbox."""
    if not (cfg.dask_address and cfg.dask_worker_inbox):
        return
    from distributed import Client

    where = worker_path(cfg, sample_path)
    try:
        with Client(cfg.dask_address, timeout=timeout, set_as_default=False) as client:
            answers = client.run(read_sample, where, sample_sha256)
    except OSError as exc:  # the scheduler does not answer (distributed raises OSError/TimeoutError)
        raise ClusterError(f"Không kết nối được tới bộ lập lịch Dask {cfg.dask_address}: {exc}") from exc
    if not answers:
        raise ClusterError(f"Bộ lập lịch Dask {cfg.dask_address} chưa có máy xử lý nào.")
    bad = {worker: why for worker, why in answers.items() if why}
    if bad:
        worker, why = next(iter(bad.items()))
        raise ClusterError(
            f"Máy xử lý Dask {worker} không đọc được hộp thư dùng chung [dask] worker_inbox = "
            f"{cfg.dask_worker_inbox}: {why}. Gắn (mount) thư mục hộp thư {cfg.inbox} lên mọi máy xử lý tại "
            f"{cfg.dask_worker_inbox}, hoặc bỏ worker_inbox để tdkt gửi nội dung tệp kèm theo công việc."
            + (f" ({len(bad)}/{len(answers)} máy xử lý gặp lỗi này.)" if len(answers) > 1 else ""))


def read_for_shipping(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


# -- on the worker: read under tdkt's limits ---------------------------------------------------
@contextlib.contextmanager
def _local_copy(item: dict):
    """The file to read on this worker: its path, or its travelled bytes in a private temp folder
    (named as the original: LibreOffice and the records see a real name)."""
    data = item.get("data")
    if data is None:
        yield item["path"]
        return
    from tdkt.flows.work import TransientReadError

    if item.get("sha256") and hashlib.sha256(data).hexdigest() != item["sha256"]:
        raise TransientReadError("changed", "Tệp thay đổi trong lúc gửi tới máy xử lý; sẽ đọc lại.")
    folder = tempfile.mkdtemp(prefix="tdkt-dask-")
    try:
        local = os.path.join(folder, os.path.basename(item["path"]) or "tep")
        with open(local, "wb") as fh:
            fh.write(data)
        yield local
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _pool_size() -> int:
    try:
        from distributed import get_worker

        return max(1, int(get_worker().state.nthreads))
    except (ImportError, ValueError, AttributeError):
        return 1


def judge_capped(item: dict, rules: str | None, roster: str | None, limits: dict) -> dict:
    """On a Dask worker: one file read and judged in a tdkt reading worker (deadline, memory cap);
    ReportRecord.to_dict(). Raises only TransientReadError (Prefect retries the task)."""
    global files_read
    from tdkt import workers
    from tdkt.extractors import Limits
    from tdkt.flows.work import breach_record, judge_inline

    _allow_children()
    with _local_copy(item) as local:
        args = (local, item["display"], item["sha256"], item["received_at"], rules, roster, limits)
        outcome = workers.shared_pool(_pool_size()).call(judge_inline, args, Limits(**limits))
    files_read += 1
    if outcome.kind == "ok":
        return outcome.value
    if outcome.kind == "raised":
        raise outcome.value
    return breach_record(item["display"], item["sha256"], item["received_at"], rules, roster, outcome)


def judge_capped_batch(items: list[dict], rules: str | None, roster: str | None, limits: dict) -> dict:
    """judge_capped over a batch: {"records": {key: record}, "transient": {key: [code, message]}}
    (the shape of tdkt.flows.work.judge_batch)."""
    from tdkt.flows.work import TransientReadError

    records: dict[str, dict] = {}
    transient: dict[str, list[str]] = {}
    for it in items:
        try:
            records[it["key"]] = judge_capped(it, rules, roster, limits)
        except TransientReadError as exc:
            transient[it["key"]] = [exc.code, exc.message]
    return {"records": records, "transient": transient}


def worker_stats() -> dict:
    """On a worker: what this process did (client.run(worker_stats) from a test or an operator)."""
    return {"files_read": files_read, "pid": os.getpid(), "api_url": os.environ.get("PREFECT_API_URL", "")}
