"""One writer per output folder: an advisory lock held for the length of one pass.

Two passes on one output folder (a second `tdkt run`, `watch` beside a nightly `run`, `serve`'s
scheduled run beside its watcher) would both judge every new file — scans OCR'd twice. The
first takes `fcntl.flock` on `<output>/.tdkt-dang-ghi.lock` and writes its pid, command and
start time into it; the second waits up to `wait_seconds`, then gives up with a Vietnamese
message naming the holder. The kernel drops a flock when its process dies, so a killed run
never leaves a stale lock behind (the file stays; its content is only informative).

Within one process the lock is re-entrant for the thread that holds it (`tdkt run` takes it,
then the flow it runs takes it again); another thread of the same process waits like another
process would (serve's watcher thread). Only the locking lives here; passes are run elsewhere.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import os
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

LOCK_NAME = ".tdkt-dang-ghi.lock"


class OutputBusyError(RuntimeError):
    """Another pass holds the output folder; the message is Vietnamese and names it."""


class _Held:
    def __init__(self) -> None:
        self.rlock = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


_registry: dict[str, _Held] = {}
_registry_lock = threading.Lock()


def lock_path(output_dir: Path) -> Path:
    return Path(output_dir) / LOCK_NAME


def holder(output_dir: Path) -> str:
    """What the lock file says about its holder, in Vietnamese ('' when unknown)."""
    try:
        text = lock_path(output_dir).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    if not fields.get("pid"):
        return ""
    return f"pid {fields['pid']}, lệnh «{fields.get('command', '?')}», từ {fields.get('since', '?')}"


def busy_message(output_dir: Path) -> str:
    who = holder(output_dir)
    return (f"Thư mục kết quả {output_dir} đang được một lượt khác ghi ({who or 'không rõ tiến trình'}). "
            "Hãy chờ lượt đó xong rồi chạy lại.")


def _try_flock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise


def _stamp(fd: int) -> None:
    info = (f"pid={os.getpid()}\ncommand={' '.join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv))}\n"
            f"since={dt.datetime.now().replace(microsecond=0).isoformat(sep=' ')}\n")
    os.ftruncate(fd, 0)
    os.pwrite(fd, info.encode("utf-8", "surrogateescape"), 0)


@contextmanager
def output_lock(output_dir: Path, wait_seconds: float = 0.0,
                on_wait: Callable[[str], None] | None = None):
    """Hold the output folder's lock for the `with` block.

    Waits up to `wait_seconds` for another holder (calling `on_wait(message)` once when it has
    to wait), then raises OutputBusyError. OSError (a read-only or missing folder) propagates:
    such a folder cannot take the outputs either.
    """
    output_dir = Path(output_dir).resolve()
    with _registry_lock:
        held = _registry.setdefault(str(output_dir), _Held())
    deadline = time.monotonic() + max(0.0, float(wait_seconds))
    told = False
    while not held.rlock.acquire(timeout=0.2):  # another thread of this process has it
        if time.monotonic() >= deadline:
            raise OutputBusyError(busy_message(output_dir))
        if on_wait and not told:
            on_wait(busy_message(output_dir))
            told = True
    try:
        if held.depth == 0:
            output_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock_path(output_dir), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                while not _try_flock(fd):
                    if time.monotonic() >= deadline:
                        raise OutputBusyError(busy_message(output_dir))
                    if on_wait and not told:
                        on_wait(busy_message(output_dir))
                        told = True
                    time.sleep(0.2)
                _stamp(fd)
            except BaseException:
                os.close(fd)
                raise
            held.fd = fd
        held.depth += 1
    except BaseException:
        held.rlock.release()
        raise
    try:
        yield
    finally:
        held.depth -= 1
        if held.depth == 0 and held.fd is not None:
            fd, held.fd = held.fd, None
            try:
                os.ftruncate(fd, 0)  # no stale holder shown once we are done
            except OSError:
                pass
            os.close(fd)  # closing the descriptor releases the flock
        held.rlock.release()
