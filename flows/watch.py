"""`tdkt watch`: run a pass whenever the inbox changes, once the files have stopped growing.

watchdog's native observer (inotify on Linux) tells us something changed; a polling observer
is used instead on network shares (NFS, SMB/CIFS, sshfs...), where change events from other
machines never arrive, or when the native one cannot start. Events only mark the inbox dirty:
the pass itself (tdkt.flows.run.run_once) finds new, changed, renamed and deleted files from
the store, so a missed or duplicated event costs nothing, and a full pass also runs every
`watch.rescan_seconds`. A pass waits until no event has arrived for `settle_seconds`; it does
not wait for files itself (a one-shot run does): files still changing are deferred, and the
watcher comes back once they may have settled, or when a postponed quarantine is due
(`recheck_after`: a file that failed while it may still be arriving is copied to quarantine only
once it has stayed unchanged, and an earlier copy is removed when a later version reads fine).
An inbox that disappears (an unmounted share) is said once; the watcher keeps trying quietly,
and says when it is back (with a fresh observer: the old one watched the mount point).
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from pathlib import Path
from typing import Callable

from tdkt.flows.config import FlowConfig

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "davfs", "fuse.rclone", "afs",
              "fuse.glusterfs", "ceph", "fuse.cephfs", "lustre"}


def filesystem_type(path: Path) -> str:
    """The type of the filesystem holding `path`, from /proc/mounts ('' when unknown)."""
    target = str(Path(path).resolve())
    best, kind = "", ""
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) < 3:
                    continue
                mount = parts[1].replace("\\040", " ")
                if (target == mount or target.startswith(mount.rstrip("/") + "/")) and len(mount) >= len(best):
                    best, kind = mount, parts[2]
    except OSError:
        return ""
    return kind


def make_observer(cfg: FlowConfig):
    """(observer, kind): native unless configured, on a network share, or unavailable."""
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    mode = cfg.watch_mode
    if mode == "auto" and filesystem_type(Path(cfg.inbox)) in NETWORK_FS:
        mode = "polling"
    if mode == "polling":
        return PollingObserver(timeout=float(cfg.watch_poll_interval)), "polling"
    return Observer(), "native"


class InboxWatcher:
    def __init__(self, cfg: FlowConfig, report: Callable[[dict], None] = lambda s: None,
                 run: Callable | None = None):
        from tdkt.flows.run import absolute, run_once

        # The watcher comes back for files still being written; it never blocks a pass on them.
        self.cfg = dataclasses.replace(absolute(cfg), settle_max_wait_seconds=0.0)
        self.report = report
        self._run = run or run_once
        self._lock = threading.Lock()
        self._last_event = 0.0
        self._dirty = True  # the first pass catches up on whatever arrived while we were away
        self._due_at = float("inf")  # a pass asked for at this monotonic time (recheck_after)
        self._inbox_down = False
        self._observer = None
        self._skip = [str(p.resolve()) + os.sep for p in (self.cfg.output_dir, self.cfg.state_dir,
                                                          self.cfg.quarantine_dir)]
        self.kind = ""

    # watchdog calls this from its own thread: only note the time.
    def dispatch(self, event) -> None:
        paths = [getattr(event, "src_path", ""), getattr(event, "dest_path", "")]
        if all(not p or any(str(p).startswith(s) for s in self._skip) for p in paths):
            return
        if event.event_type in ("opened", "closed_no_write"):
            return
        with self._lock:
            self._dirty = True
            self._last_event = time.monotonic()

    def _start_observer(self):
        observer, self.kind = make_observer(self.cfg)
        observer.schedule(self, str(Path(self.cfg.inbox).resolve()), recursive=True)
        try:
            observer.start()
        except OSError:  # inotify watch limit reached, or an unsupported filesystem
            from watchdog.observers.polling import PollingObserver

            observer = PollingObserver(timeout=float(self.cfg.watch_poll_interval))
            observer.schedule(self, str(Path(self.cfg.inbox).resolve()), recursive=True)
            observer.start()
            self.kind = "polling"
        return observer

    def run(self, stop: threading.Event | None = None) -> None:
        stop = stop or threading.Event()
        self._observer = self._start_observer()
        settle = float(self.cfg.settle_seconds)
        last_pass = 0.0
        try:
            while not stop.is_set():
                now = time.monotonic()
                with self._lock:
                    quiet = now - self._last_event >= settle
                    due = ((self._dirty and quiet) or now >= self._due_at
                           or now - last_pass >= float(self.cfg.watch_rescan_seconds))
                    if due:
                        self._dirty = False
                        self._due_at = float("inf")
                if due:
                    summary = self._pass()
                    last_pass = time.monotonic()
                    with self._lock:
                        if summary.get("deferred"):  # still changing: look again once it may have settled
                            self._dirty = True
                            self._last_event = time.monotonic()
                        if summary.get("recheck_after"):
                            self._due_at = min(self._due_at, time.monotonic() + float(summary["recheck_after"]) + 0.1)
                stop.wait(0.1)
        finally:
            self._observer.stop()
            self._observer.join(timeout=5)

    def _pass(self) -> dict:
        from tdkt.flows.plan import InboxUnavailableError

        try:
            summary = self._run(self.cfg)
        except InboxUnavailableError as exc:  # said once; then retried quietly
            if not self._inbox_down:
                self.report({"inbox_unavailable": str(exc)})
            self._inbox_down = True
            with self._lock:
                self._dirty = True
                self._last_event = time.monotonic() + 5
            return {}
        except Exception as exc:  # one bad pass must not end the watch; the next event retries
            summary = {"error": f"{type(exc).__name__}: {exc}"}
            with self._lock:
                self._dirty = True
                self._last_event = time.monotonic() + 5  # back off a little
        else:
            if self._inbox_down:
                self._inbox_down = False
                self._restart_observer()
                self.report({"inbox_back": True})
        self.report(summary)
        return summary

    def _restart_observer(self) -> None:
        old = self._observer
        try:
            self._observer = self._start_observer()
        except OSError:
            return  # keep the old one; the periodic rescan still runs passes
        if old is not None:
            old.stop()
            old.join(timeout=5)


def warm_prefect() -> None:
    """Start the embedded Prefect server now, so the first dropped file does not wait for it."""
    from prefect import flow

    @flow(name="tdkt-warm-up", persist_result=False)
    def _warm() -> None:
        return None

    _warm()


def watch_forever(cfg: FlowConfig, report: Callable[[dict], None] = lambda s: None,
                  stop: threading.Event | None = None) -> None:
    from tdkt.flows.run import absolute, prepare_prefect

    prepare_prefect(absolute(cfg))
    watcher = InboxWatcher(cfg, report=_vietnamese(report))
    print("Đang khởi động Prefect...", flush=True)
    warm_prefect()  # before the first pass, so a dropped file never waits for the server
    print(f"Đang theo dõi {cfg.inbox}; nhấn Ctrl+C để dừng.", flush=True)
    try:
        watcher.run(stop)
    except KeyboardInterrupt:
        print("Đã dừng theo dõi.", flush=True)


def _vietnamese(report: Callable[[dict], None]) -> Callable[[dict], None]:
    said: set[str] = set()  # a failure that repeats (outputs not writable) is said once, then retried quietly

    def inner(summary: dict) -> None:
        problem = summary.get("error") or summary.get("output_locked")
        if problem:
            for known in ("OutputWriteError: ", "OutputBusyError: "):  # already one Vietnamese line
                problem = problem.removeprefix(known)
            if problem not in said:
                said.add(problem)
                print(f"Lượt xử lý gặp lỗi, sẽ thử lại: {problem}", flush=True)
        elif "inbox_unavailable" in summary:
            print(f"{summary['inbox_unavailable']} Sẽ tự thử lại khi hộp thư đến xuất hiện trở lại.", flush=True)
        elif summary.get("inbox_back"):
            print("Đã thấy lại hộp thư đến; tiếp tục theo dõi.", flush=True)
        elif summary.get("written"):
            said.clear()
            report(summary)
    return inner
