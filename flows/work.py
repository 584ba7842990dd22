"""The unit of work: read and judge one file, in whatever process runs it.

Importable without Prefect so process-pool and Dask workers start fast. A transient reading
failure (a locked file, a LibreOffice hiccup) is re-raised as `TransientReadError` so the
Prefect task around it retries; every other failure becomes an error record
(tdkt.pipeline.process.judge_file).
Also owns the warm process pool the thread task runner hands CPU work to.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import functools
import multiprocessing
import os
import threading
from pathlib import Path


class TransientReadError(Exception):
    """Picklable: crosses process and Dask boundaries with its code and Vietnamese message."""

    def __init__(self, code: str, message: str):
        super().__init__(code, message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


@functools.lru_cache(maxsize=4)
def _rules(rules: str | None, roster: str | None, stamp: tuple):
    from tdkt.rules.loader import load_roster, load_ruleset

    return load_ruleset(rules or None), load_roster(roster or None)


def _stamp(*paths: str | None) -> tuple:
    # Reload the rules when their files change under a long-running watcher.
    out = []
    for p in paths:
        try:
            out.append(os.stat(p).st_mtime_ns if p else 0)
        except OSError:
            out.append(-1)
    return tuple(out)


def judge_one(path: str, display: str, sha256: str, received_at: str, rules: str | None,
              roster: str | None, limits: dict) -> dict:
    """Read and judge one file; returns ReportRecord.to_dict(). Raises only TransientReadError."""
    from tdkt.extractors import ExtractionError, Limits
    from tdkt.pipeline.process import judge_file

    ruleset, roster_obj = _rules(rules, roster, _stamp(rules, roster))
    try:
        record = judge_file(Path(path), ruleset, roster_obj, Limits(**limits), display=display, sha256=sha256,
                            received_at=received_at, raise_transient=True)
    except ExtractionError as exc:  # only transient ones get here: Prefect retries the task
        raise TransientReadError(exc.code, exc.message) from None
    return record.to_dict()


def judge_batch(items: list[dict], rules: str | None, roster: str | None, limits: dict) -> dict:
    """Judge several files in one go (one task, one round trip to a worker process).

    Returns {"records": {key: record}, "transient": {key: [code, message]}}: files that failed
    transiently are handed back so the flow retries each as its own Prefect task.
    """
    records: dict[str, dict] = {}
    transient: dict[str, list[str]] = {}
    for it in items:
        try:
            records[it["key"]] = judge_one(it["path"], it["display"], it["sha256"], it["received_at"],
                                           rules, roster, limits)
        except TransientReadError as exc:
            transient[it["key"]] = [exc.code, exc.message]
    return {"records": records, "transient": transient}


def failure_record(display: str, sha256: str, received_at: str, rules_id: str, exc: BaseException) -> dict:
    """The row for a file whose retries ran out: a persistent failure is a row, not a failed run."""
    from tdkt.pipeline.record import ReportRecord

    if isinstance(exc, TransientReadError):
        code, message = exc.code, f"{exc.message} (đã thử lại nhiều lần)"
    else:
        code, message = "internal", f"Lỗi khi xử lý tệp ({type(exc).__name__})."
    return ReportRecord(file=display, sha256=sha256, error=message, error_code=code,
                        received_at=received_at, rules=rules_id).to_dict()


# -- the warm process pool ---------------------------------------------------------------
_pool: concurrent.futures.ProcessPoolExecutor | None = None
_pool_size = 0
_pool_lock = threading.Lock()


def _warm() -> None:
    # Import the readers once per worker, not once per file.
    import tdkt.extractors  # noqa: F401
    import tdkt.pipeline.judge  # noqa: F401


def process_pool(size: int) -> concurrent.futures.ProcessPoolExecutor:
    """A process pool kept for the life of this process (watch mode reuses it between passes).

    forkserver, not fork: the flow's process runs Prefect threads, which must not be forked.
    """
    global _pool, _pool_size
    with _pool_lock:
        if _pool is None or _pool_size != size:
            if _pool is not None:
                _pool.shutdown(wait=False, cancel_futures=True)
            ctx = multiprocessing.get_context("forkserver")
            _pool = concurrent.futures.ProcessPoolExecutor(max_workers=size, mp_context=ctx, initializer=_warm)
            _pool_size = size
        return _pool


def run_in_pool(size: int, *args, fn=judge_one) -> dict:
    try:
        return process_pool(size).submit(fn, *args).result()
    except concurrent.futures.process.BrokenProcessPool:
        # A worker died (out of memory on a pathological file): a fresh pool for the next try,
        # and a retry; if it keeps dying, the file gets an error row.
        shutdown_pool()
        raise TransientReadError("internal", "Tiến trình đọc tệp bị dừng đột ngột khi đọc tệp này.") from None


def shutdown_pool() -> None:
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
            _pool = None


atexit.register(shutdown_pool)
