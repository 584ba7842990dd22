"""The unit of work: read and judge one file, in a reading worker under the file limits.

Importable without Prefect. `judge_one` hands the file to the process's warm worker pool
(tdkt.workers: forkserver, readers preloaded, a deadline and a memory cap per file); inside a
worker — or inside a Dask / process-runner worker, which must not start pools of its own — it
reads in-process (`judge_inline`). A transient reading failure (a locked file) is re-raised as
`TransientReadError` so the Prefect task around it retries; a breach of the limits (memory,
deadline) is a persistent failure and becomes the file's error record at once, never retried;
every other failure becomes an error record (tdkt.pipeline.process.judge_file).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from tdkt import workers


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


def judge_inline(path: str, display: str, sha256: str, received_at: str, rules: str | None,
                 roster: str | None, limits: dict) -> dict:
    """Read and judge one file in this process; ReportRecord.to_dict(). Raises only TransientReadError."""
    from tdkt.extractors import ExtractionError, Limits
    from tdkt.pipeline.process import judge_file

    ruleset, roster_obj = _rules(rules, roster, _stamp(rules, roster))
    try:
        record = judge_file(Path(path), ruleset, roster_obj, Limits(**limits), display=display, sha256=sha256,
                            received_at=received_at, raise_transient=True)
    except ExtractionError as exc:  # only transient ones get here: Prefect retries the task
        raise TransientReadError(exc.code, exc.message) from None
    return record.to_dict()


_pool_size = 1  # raised by run_in_pool to the flow's concurrency


def judge_one(path: str, display: str, sha256: str, received_at: str, rules: str | None,
              roster: str | None, limits: dict) -> dict:
    """Read and judge one file in a reading worker (deadline, memory cap); ReportRecord.to_dict().
    Raises only TransientReadError."""
    if workers.in_worker():
        return judge_inline(path, display, sha256, received_at, rules, roster, limits)
    from tdkt.extractors import Limits

    args = (path, display, sha256, received_at, rules, roster, limits)
    outcome = workers.shared_pool(_pool_size).call(judge_inline, args, Limits(**limits))
    if outcome.kind == "ok":
        return outcome.value
    if outcome.kind == "raised":
        raise outcome.value
    return breach_record(display, sha256, received_at, rules, roster, outcome)


def judge_batch(items: list[dict], rules: str | None, roster: str | None, limits: dict) -> dict:
    """Judge several files in one go (one Prefect task), each in a worker under its own deadline.

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


def breach_record(display: str, sha256: str, received_at: str, rules: str | None, roster: str | None,
                  outcome: workers.Outcome) -> dict:
    """The row for a file whose worker ran out of memory or time."""
    from tdkt.pipeline.record import ReportRecord

    error = outcome.error()
    ruleset, _ = _rules(rules, roster, _stamp(rules, roster))
    return ReportRecord(file=display, sha256=sha256, error=error.message, error_code=error.code,
                        received_at=received_at, rules=ruleset.id).to_dict()


def failure_record(display: str, sha256: str, received_at: str, rules_id: str, exc: BaseException) -> dict:
    """The row for a file whose retries ran out: a persistent failure is a row, not a failed run."""
    from tdkt.pipeline.record import ReportRecord

    if isinstance(exc, TransientReadError):
        code, message = exc.code, f"{exc.message} (đã thử lại nhiều lần)"
    else:
        code, message = "internal", f"Lỗi khi xử lý tệp ({type(exc).__name__})."
    return ReportRecord(file=display, sha256=sha256, error=message, error_code=code,
                        received_at=received_at, rules=rules_id).to_dict()


# -- the warm process pool (tdkt.workers), as the flow's thread task runner uses it --------
def process_pool(size: int) -> workers.WorkerPool:
    """The process's reading pool with at least `size` workers (kept warm between passes)."""
    global _pool_size
    _pool_size = max(_pool_size, int(size))
    return workers.shared_pool(_pool_size)


def run_in_pool(size: int, *args, fn=None) -> dict:
    """judge_one / judge_batch with the pool grown to `size` workers; each file in a worker."""
    process_pool(size)
    return (fn or judge_one)(*args)


def shutdown_pool() -> None:
    workers.shutdown_shared()
