"""Damaged state is repaired or reported, never a crash loop: tdkt's store and Prefect's own
database, truncated or overwritten, are moved aside (kept, renamed), started afresh and the
office told in Vietnamese; the run that found them still ends well."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from test_flow_helpers import make_config, write_report
from tdkt.flows import state_repair
from tdkt.flows.store import Store

TDKT = [sys.executable, "-m", "tdkt"]


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_") and k != "TDKT_DEBUG"}
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING", **extra)
    return env


def _truncate_half(path: Path) -> bytes:
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return data[: len(data) // 2]


def test_truncated_store_is_moved_aside_rebuilt_and_the_run_ends_well(tmp_path):
    cfg = make_config(tmp_path)
    for i in range(2):
        write_report(tmp_path / "inbox" / f"bc-{i}.docx", number=f"{i}/BC-UBND")
    args = ["run", str(tmp_path / "inbox"), "--out", str(tmp_path / "out")]
    first = subprocess.run(TDKT + args, env=_env(), capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    store = Path(cfg.output) / ".tdkt" / "tdkt-state.sqlite"
    with sqlite3.connect(store) as db:  # fold the WAL in, so the file itself holds the results
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kept = _truncate_half(store)
    assert state_repair.damage(store)  # quick_check sees it

    second = subprocess.run(TDKT + args, env=_env(), capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    assert "Cảnh báo: Tệp trạng thái" in second.stderr and "bị hỏng" in second.stderr
    aside = list(store.parent.glob("tdkt-state.sqlite.hong-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == kept  # kept as it was, never deleted
    assert "2 tệp mới kiểm tra" in second.stdout  # rebuilt from the inbox
    assert len(json.loads((tmp_path / "out" / "reports.json").read_text("utf-8"))) == 2
    with Store(store) as fresh:
        assert fresh.count_results() == 2
    third = subprocess.run(TDKT + args, env=_env(), capture_output=True, text=True, timeout=300)
    assert third.returncode == 0 and "Cảnh báo" not in third.stderr  # repaired once, then quiet


def test_a_file_that_is_not_a_database_is_moved_aside_at_open(tmp_path):
    path = tmp_path / "state" / "tdkt-state.sqlite"
    path.parent.mkdir()
    path.write_bytes(b"PK\x03\x04 this is a zip, not SQLite" * 100)
    before = len(state_repair.notices)
    with Store(path) as store:
        assert store.count_results() == 0
        store.put_result("k", "s", "j", {"file": "a.docx"})
    assert "bị hỏng" in state_repair.notices[before]
    assert list(path.parent.glob("tdkt-state.sqlite.hong-*"))[0].read_bytes().startswith(b"PK")


def test_a_sound_store_is_left_alone(tmp_path):
    path = tmp_path / "tdkt-state.sqlite"
    with Store(path) as store:
        store.put_result("k", "s", "j", {"file": "a.docx"})
    assert state_repair.damage(path) is None
    assert state_repair.repair_store_file(path) is None
    assert not list(tmp_path.glob("*.hong-*"))


def _damaged_prefect_db(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    db = home / "prefect.db"
    with sqlite3.connect(db) as conn:  # a real database, then cut in half (a disk that filled up)
        conn.execute("CREATE TABLE flow_run (id TEXT PRIMARY KEY, name TEXT, payload TEXT)")
        conn.executemany("INSERT INTO flow_run VALUES (?, ?, ?)",
                         [(str(i), f"run-{i}", "x" * 2000) for i in range(400)])
    _truncate_half(db)


def test_damaged_prefect_database_is_detected_and_moved_aside_in_seconds(tmp_path):
    home = tmp_path / "prefect"
    _damaged_prefect_db(home)
    t0 = time.perf_counter()
    note = state_repair.repair_prefect_home(home)
    elapsed = time.perf_counter() - t0
    assert note and "Prefect" in note and "bị hỏng" in note
    assert not (home / "prefect.db").exists() and list(home.glob("prefect.db.hong-*"))
    assert elapsed < 30  # the old behaviour waited out a 180 s start-up timeout; not a speed test


def test_run_through_prefect_with_a_damaged_prefect_database_completes(tmp_path):
    """End to end: the embedded Prefect server starts on a fresh database instead of failing
    until its start-up timeout (~3 minutes before)."""
    write_report(tmp_path / "inbox" / "bc.docx")
    conf = tmp_path / "tdkt.toml"
    conf.write_text("[run]\nprefect_min_files = 0\nconcurrency = 1\n", encoding="utf-8")
    out = tmp_path / "out"
    _damaged_prefect_db(out / ".tdkt" / "prefect")
    env = _env(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")
    proc = subprocess.run(TDKT + ["run", str(tmp_path / "inbox"), "--out", str(out), "--config", str(conf)],
                          env=env, capture_output=True, text=True, timeout=400)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Cảnh báo: Cơ sở dữ liệu của Prefect" in proc.stderr
    assert list((out / ".tdkt" / "prefect").glob("prefect.db.hong-*"))
    assert state_repair.damage(out / ".tdkt" / "prefect" / "prefect.db") is None  # the fresh one is sound
    assert len(json.loads((out / "reports.json").read_text("utf-8"))) == 1
