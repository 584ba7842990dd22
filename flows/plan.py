"""One pass's plan: which inbox files need judging and which reuse a stored result.

Fast on an unchanged inbox: a file whose (path, size, mtime) match the store keeps its known
sha256 and is not read at all; only new or changed files are hashed. A file modified within the
last `settle_seconds` (or named by the watcher as still growing) is still being written and is
deferred: it keeps its previous result if it had one. Reading and judging are left to others.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.flows.store import FileRow, Store, result_key


@dataclass
class Entry:
    path: str  # absolute
    display: str  # as the output shows it: the inbox as given + the path inside it
    size: int
    mtime_ns: int
    sha256: str
    received_at: str
    result_key: str


@dataclass
class Plan:
    entries: list[Entry] = field(default_factory=list)  # every file the outputs will show
    to_judge: list[Entry] = field(default_factory=list)  # entries without a stored result
    deferred: list[str] = field(default_factory=list)  # still being written
    gone: list[str] = field(default_factory=list)  # known to the store, no longer in the inbox


def _received(mtime_ns: int) -> str:
    from tdkt.pipeline.process import received_time_from_mtime_ns

    return received_time_from_mtime_ns(mtime_ns)


def scan(inbox: Path, exclude: list[Path]) -> list[Path]:
    """Report files under the inbox, minus the folders tdkt writes into (if placed inside it)."""
    from tdkt.cli import files_under

    found = files_under([str(inbox)])
    skip = [str(p.resolve()) + os.sep for p in exclude]
    return [f for f in found if not any(str(f.resolve()).startswith(s) for s in skip)]


def make_plan(store: Store, inbox: Path, judge_key: str, *, exclude: list[Path] = (),
              settle_seconds: float = 0.0, defer: set[str] = frozenset()) -> Plan:
    from tdkt.pipeline.process import sha256_file

    inbox = Path(inbox)
    root = str(inbox.resolve())
    known = store.files()
    have = store.result_keys()
    plan = Plan()
    changed: list[FileRow] = []
    seen: set[str] = set()
    now_ns = time.time_ns()
    for found in scan(inbox, list(exclude)):
        absolute = str(found.resolve())
        display = str(inbox / found.relative_to(inbox)) if found.is_relative_to(inbox) else str(found)
        try:
            st = os.stat(absolute)
        except OSError:
            continue  # deleted between listing and stat: the next pass sees it gone
        seen.add(absolute)
        row = known.get(absolute)
        growing = absolute in defer or (now_ns - st.st_mtime_ns) < settle_seconds * 1e9
        if growing:
            plan.deferred.append(absolute)
            if row is not None and row.result_key in have:  # an overwrite in progress: keep the previous version
                plan.entries.append(Entry(absolute, display, row.size, row.mtime_ns, row.sha256,
                                          _received(row.mtime_ns), row.result_key))
            continue
        if row is not None and row.size == st.st_size and row.mtime_ns == st.st_mtime_ns \
                and row.judge_key == judge_key:
            sha = row.sha256
            key = row.result_key
        else:
            try:
                sha = sha256_file(Path(absolute))
            except OSError:
                sha = ""  # unreadable (locked, no permission): judged, so it gets its error row
            key = result_key(sha, _received(st.st_mtime_ns), judge_key)
            if sha:
                changed.append(FileRow(absolute, st.st_size, st.st_mtime_ns, sha, key, judge_key))
        entry = Entry(absolute, display, st.st_size, st.st_mtime_ns, sha, _received(st.st_mtime_ns), key)
        plan.entries.append(entry)
        if key not in have or not sha:
            plan.to_judge.append(entry)
    plan.gone = [p for p in known if p not in seen and p.startswith(root + os.sep)]
    store.put_files(changed)
    store.forget_files(plan.gone)
    return plan
