"""One pass's plan: which inbox entries need judging, which reuse a stored result, and which
get a row without ever being opened.

Every entry gets a row (extractors/inbox_entries.py lists them without following anything):
a regular file is judged by its bytes; a symlink or special file, and a file over the size
limit (checked by lstat, before any hashing), get a row made here from the reason alone
(`Entry.refused`). Lock and system files are skipped and counted.

Fast on an unchanged inbox: a file whose (path, size, mtime) match the store keeps its known
sha256 and is not read at all; only new or changed files are hashed. A fresh file is judged
once it has stopped changing: its mtime is `settle_seconds` old, or its size and mtime were
seen unchanged for that long (a future mtime counts as "now", so it settles too). A one-shot
run waits for fresh files to settle (at most `max_wait_seconds` in all); the watcher does not
wait (it comes back). Files still changing are deferred and keep their previous result.

A plan is refused (InboxUnavailableError, before the store is touched) when the inbox is
missing or unreadable, or empty while the store knows files there (an unmounted share), unless
an empty inbox is accepted. Reading and judging are left to others.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.extractors import inbox_entries
from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.inbox_entries import InboxEntry, shown_name, storage_key
from tdkt.flows.store import FileRow, Store, result_key


class InboxUnavailableError(RuntimeError):
    """The inbox cannot be seen as it should be; the message is Vietnamese. Outputs are left as they are."""


@dataclass
class Entry:
    path: str  # absolute; surrogate-escaped when the name is not UTF-8 (os.fsencode gives the bytes back)
    display: str  # as the outputs show it: the inbox as given + the path inside it, readable
    size: int
    mtime_ns: int
    sha256: str  # "" when never read
    received_at: str
    result_key: str
    refused: ExtractionError | None = None  # a row without reading: symlink, special file, too large
    mode: int = 0


@dataclass
class Plan:
    entries: list[Entry] = field(default_factory=list)  # every entry the outputs will show
    to_judge: list[Entry] = field(default_factory=list)  # files without a stored result
    refused: list[Entry] = field(default_factory=list)  # rows made without reading, not stored yet
    deferred: list[str] = field(default_factory=list)  # still being written
    gone: list[str] = field(default_factory=list)  # known to the store, no longer in the inbox
    skipped: list[str] = field(default_factory=list)  # lock and system files


def _received(mtime_ns: int) -> str:
    from tdkt.pipeline.process import received_time_from_mtime_ns

    return received_time_from_mtime_ns(mtime_ns)


# -- settling ---------------------------------------------------------------------------------
# (size, mtime_ns, monotonic time first seen so) per path, kept for the life of the process: the
# watcher's passes and a one-shot run's waiting loop both read it.
_observed: dict[str, tuple[int, int, float]] = {}
_observed_lock = threading.Lock()


def settled(e: InboxEntry, settle_seconds: float, now_ns: int | None = None) -> bool:
    """True once the file has stopped changing for `settle_seconds` (by its mtime, or as observed)."""
    if settle_seconds <= 0:
        return True
    now_ns = time.time_ns() if now_ns is None else now_ns
    age = max(0, now_ns - e.mtime_ns) / 1e9  # a future mtime is "now": settled only by observation
    key = os.fspath(e.path)
    with _observed_lock:
        seen = _observed.get(key)
        mono = time.monotonic()
        if seen is None or seen[:2] != (e.size, e.mtime_ns):
            _observed[key] = seen = (e.size, e.mtime_ns, mono)
        if age >= settle_seconds:
            _observed.pop(key, None)  # settled by its mtime: nothing to remember
            return True
        return mono - seen[2] >= settle_seconds


def wait_until_settled(entries: list[InboxEntry], settle_seconds: float, max_wait_seconds: float,
                       defer: set[str] = frozenset(), unchanged=lambda e: False) -> list[InboxEntry]:
    """Re-stat fresh files until each is settled or `max_wait_seconds` have passed; returns the
    entries with their latest stat (a file that vanished meanwhile is dropped). Files for which
    `unchanged(entry)` holds (as the store knows them) are not waited for."""
    current = {os.fspath(e.path): e for e in entries}
    deadline = time.monotonic() + max(0.0, max_wait_seconds)
    poll = min(0.5, max(0.05, settle_seconds / 4))
    fresh = [p for p, e in current.items() if e.kind == inbox_entries.REGULAR and p not in defer
             and not unchanged(e) and not settled(e, settle_seconds)]
    while fresh and time.monotonic() < deadline:
        time.sleep(min(poll, max(0.0, deadline - time.monotonic())))
        still = []
        for p in fresh:
            try:
                e = inbox_entries.entry(Path(p))
            except OSError:
                current.pop(p, None)
                continue
            current[p] = e
            if e.kind == inbox_entries.REGULAR and not settled(e, settle_seconds):
                still.append(p)
        fresh = still
    return [current[os.fspath(e.path)] for e in entries if os.fspath(e.path) in current]


# -- the plan ------------------------------------------------------------------------------------
def scan(inbox: Path, exclude: list[Path], skipped: list | None = None) -> list[InboxEntry]:
    """Entries under the inbox, minus the folders tdkt writes into (should they be inside it)."""
    inbox = Path(inbox)
    if not inbox.is_dir():
        raise InboxUnavailableError(
            f"Không thấy thư mục hộp thư đến {shown_name(inbox)} (ổ mạng chưa kết nối, hoặc thư mục đã bị "
            "đổi tên/xóa). Chưa ghi đè kết quả cũ; hãy kiểm tra rồi chạy lại.")
    try:
        found = inbox_entries.walk(inbox, skipped)
    except OSError as exc:
        raise InboxUnavailableError(
            f"Không đọc được thư mục hộp thư đến {shown_name(inbox)} ({exc.strerror or exc}). "
            "Chưa ghi đè kết quả cũ; hãy kiểm tra quyền truy cập rồi chạy lại.") from exc
    skip = [os.path.realpath(p) + os.sep for p in exclude]
    return [e for e in found if not any((os.path.realpath(e.path.parent) + os.sep).startswith(s) for s in skip)]


def make_plan(store: Store, inbox: Path, judge_key: str, *, exclude: list[Path] = (),
              settle_seconds: float = 0.0, defer: set[str] = frozenset(), max_bytes: int | None = None,
              max_wait_seconds: float = 0.0, allow_empty: bool = False) -> Plan:
    inbox = Path(inbox)
    root = os.path.realpath(inbox)
    plan = Plan()
    skipped: list = []
    found = scan(inbox, list(exclude), skipped)
    plan.skipped = [shown_name(p) for p in skipped]
    known = store.files()
    prefix = storage_key(root) + os.sep
    if not found and not allow_empty and any(p.startswith(prefix) for p in known):
        raise InboxUnavailableError(
            f"Hộp thư đến {shown_name(inbox)} đang trống, trong khi lần trước có "
            f"{sum(p.startswith(prefix) for p in known)} tệp (ổ mạng bị ngắt?). Chưa ghi đè kết quả cũ. "
            "Nếu thật sự đã dọn hộp thư, đặt allow_empty_inbox = true trong mục [run] của tệp cấu hình.")
    def key_of(e: InboxEntry) -> str:
        return storage_key(os.path.join(root, os.path.relpath(e.path, inbox)))

    def unchanged(e: InboxEntry) -> bool:  # as the store last saw it: no need to settle again
        row = known.get(key_of(e))
        return row is not None and (row.size, row.mtime_ns) == (e.size, e.mtime_ns)

    if max_wait_seconds > 0:
        # A copy in progress keeps adding files: list again after each wait, until the listing
        # holds nothing new or the time is up (files still arriving then are deferred).
        deadline = time.monotonic() + max_wait_seconds
        while True:
            found = wait_until_settled(found, settle_seconds, deadline - time.monotonic(), defer, unchanged)
            skipped = []
            again = scan(inbox, list(exclude), skipped)
            plan.skipped = [shown_name(p) for p in skipped]
            arrived = {os.fspath(e.path) for e in again} - {os.fspath(e.path) for e in found}
            found = again if arrived else found
            if not arrived or time.monotonic() >= deadline:
                break
    have = store.result_keys()
    changed: list[FileRow] = []
    seen: set[str] = set()
    now_ns = time.time_ns()
    for e in found:
        relative = os.path.relpath(e.path, inbox)
        absolute = os.path.join(root, relative)
        display = shown_name(os.path.join(os.fspath(inbox), relative))
        key_path = storage_key(absolute)
        seen.add(key_path)
        refused = inbox_entries.refusal(e)
        if refused is None and max_bytes is not None and e.size > max_bytes:
            # Limits before work: never hashed, never copied (quarantined by reference).
            refused = ExtractionError("too_large", f"{e.size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB")
        if refused is None and (absolute in defer or not (unchanged(e) or settled(e, settle_seconds, now_ns))):
            plan.deferred.append(absolute)
            row = known.get(key_path)
            if row is not None and row.result_key in have:  # an overwrite in progress: keep the previous version
                plan.entries.append(Entry(absolute, display, row.size, row.mtime_ns, row.sha256,
                                          _received(row.mtime_ns), row.result_key, mode=e.mode))
            continue
        if refused is None:
            row = known.get(key_path)
            if row is not None and row.size == e.size and row.mtime_ns == e.mtime_ns and row.judge_key == judge_key:
                sha, key = row.sha256, row.result_key
            else:
                try:
                    sha = inbox_entries.sha256_regular(absolute, max_bytes)
                except ExtractionError as exc:  # grew past the limit since the listing
                    sha, refused = "", exc
                except inbox_entries.RefusedEntry as exc:  # swapped for a symlink or FIFO since the listing
                    sha, refused = "", exc.error
                except OSError:
                    sha = ""  # unreadable (locked, no permission): judged, so it gets its error row
                key = result_key(sha, _received(e.mtime_ns), judge_key)
                if sha:
                    changed.append(FileRow(key_path, e.size, e.mtime_ns, sha, key, judge_key))
        if refused is not None:
            # The row depends on what the entry is, not on bytes that were never read.
            key = result_key(f"refused:{refused.code}:{e.mode}:{e.size}", _received(e.mtime_ns), judge_key)
            entry = Entry(absolute, display, e.size, e.mtime_ns, "", _received(e.mtime_ns), key, refused, e.mode)
            plan.entries.append(entry)
            if key not in have:
                plan.refused.append(entry)
            continue
        entry = Entry(absolute, display, e.size, e.mtime_ns, sha, _received(e.mtime_ns), key, mode=e.mode)
        plan.entries.append(entry)
        if key not in have or not sha:
            plan.to_judge.append(entry)
    plan.gone = [p for p in known if p not in seen and p.startswith(prefix)]
    store.put_files(changed)
    store.forget_files(plan.gone)
    return plan
