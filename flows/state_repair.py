"""Damaged SQLite state found before it is used: checked, moved aside, reported.

tdkt keeps two SQLite files in its state folder: its own store (flows/store.py) and Prefect's
database (PREFECT_HOME/prefect.db). Both hold only what can be derived again (results come back
by judging the inbox again; Prefect's history is a convenience), so a damaged file is renamed
with a timestamp — never deleted, an engineer may want it — and a fresh one is started. This
module only checks and renames; opening and rebuilding are left to the owners of each file.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

_SIDE_FILES = ("-wal", "-shm", "-journal")

notices: list[str] = []  # Vietnamese notices of files moved aside, in order
on_notice = None  # set by the CLI: called with each notice as it happens (watch and serve live long)


def notify(message: str) -> None:
    notices.append(message)
    if on_notice is not None:
        on_notice(message)


def damage(path: Path) -> str | None:
    """Why the SQLite file at `path` cannot be trusted, or None when it is sound (or absent).

    `PRAGMA quick_check` reads every page's structure (a truncated file, a torn page); opening
    alone would not notice. A file that is not SQLite at all fails here too.
    """
    path = Path(path)
    if not path.exists():
        return None
    try:
        if path.stat().st_size == 0:
            return None  # SQLite's own empty database: nothing to lose, nothing broken
        db = sqlite3.connect(str(path), timeout=30)
        try:
            rows = db.execute("PRAGMA quick_check").fetchall()
        finally:
            db.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return None  # in use by a live process: not damage
        return str(exc)
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        return str(exc)
    verdict = "; ".join(str(r[0]) for r in rows[:3])
    return None if verdict == "ok" else verdict


def move_aside(path: Path) -> Path:
    """Rename the file (and its WAL/SHM companions) to `<name>.hong-<UTC time>`; returns the new path."""
    path = Path(path)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.hong-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.hong-{stamp}-{n}")
    os.replace(path, target)
    for side in _SIDE_FILES:
        companion = path.with_name(path.name + side)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + side))
    return target


def repair_store_file(path: Path) -> str | None:
    """Check tdkt's store; if damaged, move it aside and return the Vietnamese notice."""
    why = damage(path)
    if why is None:
        return None
    return store_notice(path, why, move_aside(path))


def store_notice(path: Path, why: str, moved: Path) -> str:
    return (f"Tệp trạng thái {path} bị hỏng ({why}); đã chuyển sang {moved.name} và tạo lại. "
            "Các tệp trong hộp thư sẽ được kiểm tra lại từ đầu; kết quả không bị mất.")


def prefect_database(home: Path) -> Path | None:
    """Prefect's SQLite file under PREFECT_HOME, or None when Prefect is pointed elsewhere
    (PostgreSQL, or a server of its own at PREFECT_API_URL)."""
    url = os.environ.get("PREFECT_SERVER_DATABASE_CONNECTION_URL") or os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL")
    if url and not url.startswith("sqlite"):
        return None
    if url and ":///" in url:
        return Path(url.split(":///", 1)[1].split("?", 1)[0])
    return Path(home) / "prefect.db"


def repair_prefect_home(home: Path) -> str | None:
    """Check Prefect's database; if damaged, move it aside so Prefect starts a fresh one (in
    seconds, instead of its server failing to start until the start-up timeout)."""
    path = prefect_database(home)
    if path is None:
        return None
    why = damage(path)
    if why is None:
        return None
    moved = move_aside(path)
    return (f"Cơ sở dữ liệu của Prefect {path} bị hỏng ({why}); đã chuyển sang {moved.name} và tạo mới. "
            "Lịch sử các lượt chạy cũ trong giao diện Prefect không còn; kết quả kiểm tra không bị ảnh hưởng.")
