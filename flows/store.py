"""The embedded SQLite store: which files were seen and what each was judged to be.

Two tables. `files` is the inventory of one inbox (path, size, mtime, sha256, and the key of
the result that applies to it). `results` is content-addressed: a result key is a hash of the
file's bytes (sha256), its receipt time (the deadline item depends on it) and the judge key
(rules, roster, limits and code version), so a renamed or copied file reuses its result and an
edited rule, roster or engine invalidates every result. Judging is left to others; this module
only remembers. Prefect's own task cache is not used: its default key includes the run id.

A damaged file (truncated, overwritten, "file is not a database") is found at open — the first
open in a process runs `PRAGMA quick_check` — moved aside and started afresh
(flows/state_repair.py, whose `notices` carry the Vietnamese notice for the caller).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from tdkt.flows.state_repair import move_aside, notify, repair_store_file, store_notice

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,        -- absolute path of the file in the inbox
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    result_key TEXT NOT NULL,     -- the result that applies to these bytes under these rules
    judge_key TEXT NOT NULL,      -- rules + roster + limits + code version it was keyed under
    seen_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    result_key TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    judge_key TEXT NOT NULL,
    record TEXT NOT NULL,         -- ReportRecord.to_dict() as JSON
    judged_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class FileRow:
    path: str
    size: int
    mtime_ns: int
    sha256: str
    result_key: str
    judge_key: str


def result_key(sha256: str, received_at: str, judge_key: str) -> str:
    return hashlib.sha256(f"{sha256}|{received_at}|{judge_key}".encode()).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


_checked: set[str] = set()  # stores already quick_checked by this process


class Store:
    """One SQLite file; safe to use from the flow's threads (one connection, one lock)."""

    def __init__(self, path: Path):
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        key = str(path.resolve())
        if key not in _checked:
            note = repair_store_file(path)
            if note:
                notify(note)
            _checked.add(key)
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError as exc:  # damaged after this process last checked it
            notify(store_notice(path, str(exc), move_aside(path)))
            self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=30)
        try:
            # WAL + synchronous=FULL: a committed result survives the process being killed.
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(_SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- inventory ---------------------------------------------------------------------
    def files(self) -> dict[str, FileRow]:
        with self._lock:
            rows = self._db.execute(
                "SELECT path, size, mtime_ns, sha256, result_key, judge_key FROM files").fetchall()
        return {r[0]: FileRow(*r) for r in rows}

    def put_files(self, rows: list[FileRow]) -> None:
        if not rows:
            return
        now = _now()
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT INTO files(path, size, mtime_ns, sha256, result_key, judge_key, seen_at)"
                " VALUES (?,?,?,?,?,?,?) ON CONFLICT(path) DO UPDATE SET size=excluded.size,"
                " mtime_ns=excluded.mtime_ns, sha256=excluded.sha256, result_key=excluded.result_key,"
                " judge_key=excluded.judge_key, seen_at=excluded.seen_at",
                [(r.path, r.size, r.mtime_ns, r.sha256, r.result_key, r.judge_key, now) for r in rows])
            self._db.execute("COMMIT")

    def forget_files(self, paths: list[str]) -> None:
        if not paths:
            return
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in paths])
            self._db.execute("COMMIT")

    # -- results -----------------------------------------------------------------------
    def result_keys(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT result_key FROM results")}

    def put_result(self, key: str, sha256: str, judge_key: str, record: dict) -> None:
        payload = json.dumps(record, ensure_ascii=False)
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO results(result_key, sha256, judge_key, record, judged_at)"
                " VALUES (?,?,?,?,?)", (key, sha256, judge_key, payload, _now()))

    def get_results(self, keys: list[str]) -> dict[str, dict]:
        found: dict[str, dict] = {}
        wanted = list(dict.fromkeys(keys))
        with self._lock:
            for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                chunk = wanted[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for key, payload in self._db.execute(
                        f"SELECT result_key, record FROM results WHERE result_key IN ({marks})", chunk):
                    found[key] = json.loads(payload)
        return found

    def count_results(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    # -- meta ---------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
