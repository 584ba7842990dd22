"""Reading workers: each file read and judged in a child process under a deadline and a memory cap.

What it does: `WorkerPool` keeps N worker processes warm — forkserver with the readers
preloaded (safe beside Prefect's threads), or fork from a single-threaded parent that already
holds the rules (`tdkt check`). A call sends one function and its arguments to an idle worker;
the worker caps its own address space for the call (RLIMIT_AS = Limits.max_memory_mb), runs it
and sends the result back; the parent waits at most Limits.deadline_seconds. A breach costs
only that worker:
- a MemoryError, or the worker killed by a signal (RLIMIT_AS makes C libraries abort or
  segfault, the kernel's OOM killer sends SIGKILL) → Outcome "memory";
- the deadline passed → the worker's process group (it and Tesseract) SIGKILLed → "timeout";
and a fresh worker takes the slot; the other files go on. Workers die with their parent
(PR_SET_PDEATHSIG; LibreOffice has its own guard, extractors/office_convert.py).
`call` may be used from many threads at once (the flows' thread task runner); `map` from one
thread (`tdkt check`: outputs in input order).
What it leaves to others: what the function does (flows/work.py, tdkt/cli_check.py) and what a
breach means for the record (`Outcome.error()` is the ExtractionError to put on it).
Never imports Prefect.
"""

from __future__ import annotations

import atexit
import collections
import importlib
import multiprocessing
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import wait as wait_ready
from typing import Callable, Iterable, Iterator

from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.limits import Limits, cap_address_space, die_with_parent

# Imported once in the forkserver, so each worker starts with the readers loaded.
PRELOAD = ("tdkt.extractors", "tdkt.extractors.docx_reader", "tdkt.extractors.office_convert",
           "tdkt.pipeline.process", "tdkt.pipeline.judge", "tdkt.rules.loader", "tdkt.workers")
_POLL = 0.5  # s: how often a waiting thread looks whether the run is ending
_in_worker = False


def in_worker() -> bool:
    """True inside a pool worker (and inside any multiprocessing child: Dask, Prefect's
    process runner), where files are read in-process rather than handed to another pool."""
    return _in_worker or multiprocessing.parent_process() is not None


@dataclass
class Outcome:
    kind: str  # "ok" | "raised" | "memory" | "timeout" | "crashed"
    value: object = None  # the function's result, or the exception it raised
    detail: str = ""

    def error(self) -> ExtractionError:
        """The reason for the file's record after a breach (never retried: it would breach again)."""
        if self.kind == "timeout":
            return ExtractionError("read_timeout", self.detail)
        if self.kind == "crashed":
            return ExtractionError("unreadable", self.detail)
        return ExtractionError("memory_limit", self.detail)


def _worker_main(conn, preload: tuple[str, ...]) -> None:
    global _in_worker
    _in_worker = True
    os.setpgrp()  # a timeout kills the worker's group: it and the Tesseract it started
    die_with_parent(signal.SIGKILL)
    if os.getppid() == 1:  # the parent died before the line above
        os._exit(0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C stops
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for name in preload:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001  (it fails again, and is reported, in the call that needs it)
            pass
    while True:
        try:
            fn, args, memory_mb = conn.recv()
        except (EOFError, OSError):
            return
        cap_address_space(memory_mb)
        retire = False
        try:
            reply = ("ok", fn(*args))
            retire = _says_memory(reply[1])
        except MemoryError:
            reply, retire = ("memory", "không cấp phát được bộ nhớ"), True
        except BaseException as exc:  # handed to the caller as it is
            reply = ("raised", exc)
        try:
            conn.send(reply)
        except MemoryError:
            return  # the parent sees the worker gone: a memory breach
        except Exception as exc:  # an exception that does not pickle
            conn.send(("raised", RuntimeError(f"{type(reply[1]).__name__}: {exc}")))
        if retire:  # after a failed allocation a fresh process is the safe one
            return


def _says_memory(value) -> bool:
    # A reader's MemoryError already turned into a record (extractors.extract): retire the worker.
    return isinstance(value, dict) and value.get("error_code") == "memory_limit"


class _Worker:
    def __init__(self, ctx, preload: tuple[str, ...]):
        parent_end, child_end = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child_end, preload), daemon=True,
                                name="tdkt-reader")
        self.proc.start()
        child_end.close()  # so the parent sees EOF when the worker dies
        self.conn = parent_end

    def send(self, fn, args, limits: Limits) -> None:
        self.conn.send((fn, args, limits.max_memory_mb))

    def receive(self) -> Outcome:
        """The reply, or why there is none (the worker died)."""
        try:
            status, value = self.conn.recv()
        except (EOFError, OSError):
            self.proc.join(2)
            code = self.proc.exitcode
            if code is not None and code < 0:  # killed: RLIMIT_AS aborts C code, the OOM killer SIGKILLs
                return Outcome("memory", detail=f"tiến trình đọc tệp bị dừng, {signal.Signals(-code).name}")
            return Outcome("crashed", detail=f"tiến trình đọc tệp kết thúc bất thường, mã {code}")
        if status == "memory":
            return Outcome("memory", detail=value)
        return Outcome(status, value)

    def kill(self) -> None:
        for kill in (lambda: os.killpg(self.proc.pid, signal.SIGKILL), self.proc.kill):
            try:
                kill()
            except (ProcessLookupError, PermissionError, OSError, ValueError):
                pass
        self.proc.join(5)
        self.conn.close()

    def close(self) -> None:
        self.conn.close()  # the worker reads EOF and returns
        self.proc.join(1)
        if self.proc.is_alive():
            self.kill()


class WorkerPool:
    """`size` warm reading workers; see the module docstring."""

    def __init__(self, size: int, context: str = "forkserver", preload: tuple[str, ...] = PRELOAD):
        self.size = max(1, int(size))
        self._ctx = multiprocessing.get_context(context)
        if context == "forkserver":
            self._ctx.set_forkserver_preload(list(preload))  # only effective before its first start
        self._preload = preload
        self._slots: queue.LifoQueue = queue.LifoQueue()  # a warm _Worker, or None (start on use)
        for _ in range(self.size):
            self._slots.put(None)
        self._closed = False  # no new work: workers end when they come back
        self._killed = False  # stop now: waiting callers give up

    def start(self) -> None:
        """Start every worker now rather than at its first call, so their preloads (imports) run
        on another core while the caller goes on (`tdkt check` on one file: before the rules load)."""
        started = []
        for _ in range(self.size):
            worker = self._slots.get()
            if worker is None or not worker.proc.is_alive():
                worker = _Worker(self._ctx, self._preload)
            started.append(worker)
        for worker in started:
            self._slots.put(worker)

    def call(self, fn: Callable, args: tuple, limits: Limits) -> Outcome:
        """Run fn(*args) in a worker within `limits`; blocks this thread. Thread-safe."""
        worker = self._slots.get()
        try:
            if worker is None or not worker.proc.is_alive():
                worker = _Worker(self._ctx, self._preload)
            worker.send(fn, args, limits)
            deadline = time.monotonic() + limits.deadline_seconds
            while not worker.conn.poll(max(0.0, min(_POLL, deadline - time.monotonic()))):
                if self._killed or not threading.main_thread().is_alive():  # the run is ending
                    raise RuntimeError("tdkt workers stopped")
                if time.monotonic() >= deadline:
                    worker.kill()
                    worker = None
                    return _timeout(limits)
            outcome = worker.receive()
            if outcome.kind in ("memory", "crashed") or not worker.proc.is_alive():
                worker.kill()
                worker = None
            return outcome
        except BaseException:
            if worker is not None:
                worker.kill()
                worker = None
            raise
        finally:
            self._give(worker)

    def map(self, fn: Callable, arglists: Iterable[tuple], limits: Limits,
            meanwhile: Callable[[], None] | None = None) -> Iterator[tuple[int, Outcome]]:
        """fn over every argument tuple, `size` at a time; yields (index, Outcome) as each ends.
        For one thread only (the caller's): it waits on all workers at once. `meanwhile` runs once
        in this process after the first files are handed out (the workers already forked), so its
        work (the writers' imports) overlaps the reading on another core."""
        pending = collections.deque(enumerate(arglists))
        idle = [self._slots.get() for _ in range(self.size)]
        busy: dict = {}  # connection -> (worker, index, deadline)
        try:
            while pending or busy:
                while pending and idle:
                    worker = idle.pop()
                    if worker is None or not worker.proc.is_alive():
                        worker = _Worker(self._ctx, self._preload)
                    index, args = pending.popleft()
                    worker.send(fn, args, limits)
                    busy[worker.conn] = (worker, index, time.monotonic() + limits.deadline_seconds)
                if meanwhile is not None:
                    task, meanwhile = meanwhile, None
                    task()
                soonest = min(d for _, _, d in busy.values())
                for conn in wait_ready(list(busy), timeout=max(0.0, soonest - time.monotonic())):
                    worker, index, _ = busy.pop(conn)
                    outcome = worker.receive()
                    if outcome.kind in ("memory", "crashed") or not worker.proc.is_alive():
                        worker.kill()
                        worker = None
                    idle.append(worker)
                    yield index, outcome
                now = time.monotonic()
                for conn, (worker, index, deadline) in list(busy.items()):
                    if now >= deadline:
                        del busy[conn]
                        worker.kill()
                        idle.append(None)
                        yield index, _timeout(limits)
        finally:
            for worker, _, _ in busy.values():  # stopped early (a signal, an error): no orphans
                worker.kill()
                idle.append(None)
            for worker in idle:
                self._give(worker)

    def _give(self, worker: _Worker | None) -> None:
        if self._closed and worker is not None:
            worker.close()
            worker = None
        self._slots.put(worker)

    def close(self) -> None:
        """Idle workers end now; busy ones when their call returns."""
        self._closed = True
        self._drain_idle(lambda worker: worker.close())

    def kill(self) -> None:
        """Every idle worker killed at once (a SIGTERM); callers waiting in `call` kill theirs."""
        self._closed = self._killed = True
        self._drain_idle(lambda worker: worker.kill())

    def _drain_idle(self, end) -> None:
        while True:
            try:
                worker = self._slots.get_nowait()
            except queue.Empty:
                return
            if worker is not None:
                end(worker)


def _timeout(limits: Limits) -> Outcome:
    return Outcome("timeout", detail=f"quá {limits.deadline_seconds:g} giây")


# -- one pool per process for the flows (watch mode keeps it warm between passes) ----------
_shared: WorkerPool | None = None
_shared_lock = threading.Lock()


def shared_pool(size: int | None = None) -> WorkerPool:
    """The process's forkserver pool, grown to `size` workers when asked for more."""
    global _shared
    with _shared_lock:
        if _shared is None or (size and size > _shared.size):
            if _shared is not None:
                _shared.close()
            _shared = WorkerPool(size or 1, context="forkserver")
        return _shared


def stop_all() -> None:
    """A stop was asked for (SIGTERM, Ctrl+C): every worker of the shared pool is killed now —
    with its LibreOffice, whose guard sees it go — instead of after the file it is reading."""
    global _shared
    pool, _shared = _shared, None
    if pool is not None:
        pool.kill()


def shutdown_shared() -> None:
    global _shared
    with _shared_lock:
        if _shared is not None:
            _shared.close()
            _shared = None


atexit.register(shutdown_shared)
