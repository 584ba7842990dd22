"""The inbox flow with the real Prefect (its test harness, one server for this module): the
flow, retries, supersession, a Dask LocalCluster, a killed run re-run, and the watcher."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from test_flow_helpers import make_config, reports, settle, write_report
from tdkt.flows.run import run_once


@pytest.fixture(scope="session", autouse=True)
def prefect_harness():
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"  # the harness server: no network
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=None):
        yield


def _strip(records: dict) -> dict:
    """Records without what legitimately differs between two output folders."""
    out = {}
    for name, r in records.items():
        r = dict(r)
        r["quarantined_to"] = Path(r["quarantined_to"]).name if r.get("quarantined_to") else None
        out[name] = r
    return out


def test_flow_judges_new_files_in_parallel_and_reuses_the_rest(tmp_path):
    cfg = make_config(tmp_path, concurrency=2)
    inbox = tmp_path / "inbox"
    for i in range(4):
        write_report(inbox / f"xa-{i}.docx", commune=f"Tây {i}", number=f"{i}/BC-UBND")
    (inbox / "rong.docx").write_bytes(b"")
    settle(inbox / "rong.docx")

    first = run_once(cfg)
    assert (first["files"], first["judged"], first["errors"], first["written"]) == (5, 5, 1, True)
    recs = reports(cfg.output_dir)
    assert len(recs) == 5 and recs["rong.docx"]["error"].startswith("Tệp rỗng")
    assert all(r["items"] for n, r in recs.items() if n != "rong.docx")
    assert (cfg.output_dir / "compliance.xlsx").exists()

    second = run_once(cfg)
    assert (second["judged"], second["reused"]) == (0, 5)

    (inbox / "xa-1.docx").unlink()
    write_report(inbox / "xa-moi.docx", commune="Tây Mới")
    third = run_once(cfg)
    assert (third["files"], third["judged"], third["removed"]) == (5, 1, 1)
    assert "xa-1.docx" not in reports(cfg.output_dir) and "xa-moi.docx" in reports(cfg.output_dir)


def test_transient_failures_are_retried_then_become_an_error_row(tmp_path, monkeypatch):
    import tdkt.flows.inbox_flow as inbox_flow
    from tdkt.flows.work import TransientReadError

    real = inbox_flow.judge_one
    calls: dict[str, int] = {}

    def flaky(path, *args):
        name = Path(path).name
        calls[name] = calls.get(name, 0) + 1
        if name == "khoa.docx" or calls[name] == 1:
            raise TransientReadError("unreadable", "Tệp đang bị khóa.")
        return real(path, *args)

    monkeypatch.setattr(inbox_flow, "judge_one", flaky)
    cfg = make_config(tmp_path, retries=2)
    write_report(tmp_path / "inbox" / "tot.docx")
    write_report(tmp_path / "inbox" / "khoa.docx", commune="Tây Phú")
    summary = run_once(cfg)  # the flow run itself completes
    recs = reports(cfg.output_dir)
    assert recs["tot.docx"]["error"] is None and calls["tot.docx"] == 2  # retried once, then fine
    assert calls["khoa.docx"] == 3  # first try + 2 retries
    assert recs["khoa.docx"]["error"].startswith("Tệp đang bị khóa") and summary["errors"] == 1


def test_transient_failure_inside_a_batch_is_retried_as_its_own_task(tmp_path, monkeypatch):
    import tdkt.flows.inbox_flow as inbox_flow
    import tdkt.flows.work as work
    from tdkt.flows.work import TransientReadError

    real = work.judge_one
    calls: dict[str, int] = {}

    def flaky(path, *args):
        name = Path(path).name
        calls[name] = calls.get(name, 0) + 1
        if name == "khoa.docx" or (name == "xa-0.docx" and calls[name] == 1):
            raise TransientReadError("unreadable", "Tệp đang bị khóa.")
        return real(path, *args)

    monkeypatch.setattr(work, "judge_one", flaky)  # inside batches
    monkeypatch.setattr(inbox_flow, "judge_one", flaky)  # single-file retries
    cfg = make_config(tmp_path, retries=1)
    for i in range(7):
        write_report(tmp_path / "inbox" / f"xa-{i}.docx", commune=f"Tây {i}")
    write_report(tmp_path / "inbox" / "khoa.docx", commune="Tây Phú")
    assert inbox_flow.batch_size(8, 1) == 2  # so this goes through batches
    summary = run_once(cfg)
    recs = reports(cfg.output_dir)
    assert (summary["files"], summary["errors"]) == (8, 1)
    assert calls["xa-0.docx"] == 2 and recs["xa-0.docx"]["error"] is None
    assert calls["khoa.docx"] == 3  # in its batch, then a task with one retry
    assert recs["khoa.docx"]["error_code"] == "unreadable"
    assert all(calls[f"xa-{i}.docx"] == 1 for i in range(1, 7))


def test_resent_report_supersedes_and_overwrite_replaces(tmp_path):
    cfg = make_config(tmp_path)
    inbox = tmp_path / "inbox"
    write_report(inbox / "tay-vinh.docx", day=15)
    run_once(cfg)
    old_sha = reports(cfg.output_dir)["tay-vinh.docx"]["sha256"]

    # Overwritten in place: still one row, now the new bytes.
    write_report(inbox / "tay-vinh.docx", day=18, extra="Bản sửa.")
    assert run_once(cfg)["judged"] == 1
    recs = reports(cfg.output_dir)
    assert len(recs) == 1 and recs["tay-vinh.docx"]["sha256"] != old_sha

    # Re-sent under another name: both rows, the older marked as replaced by the newer.
    write_report(inbox / "tay-vinh-gui-lai.docx", day=25, extra="Bản gửi lại.")
    run_once(cfg)
    recs = reports(cfg.output_dir)
    assert len(recs) == 2
    assert recs["tay-vinh.docx"]["superseded_by"] == str(Path(cfg.inbox) / "tay-vinh-gui-lai.docx")
    assert recs["tay-vinh-gui-lai.docx"]["superseded_by"] is None


def test_dask_task_runner_on_a_local_cluster(tmp_path):
    cfg = make_config(tmp_path, task_runner="dask", dask_n_workers=2)
    for i in range(3):
        write_report(tmp_path / "inbox" / f"xa-{i}.docx", commune=f"Tây {i}")
    summary = run_once(cfg)
    assert (summary["judged"], summary["errors"]) == (3, 0)
    clean = make_config(tmp_path / "clean")
    for i in range(3):
        write_report(tmp_path / "clean" / "inbox" / f"xa-{i}.docx", commune=f"Tây {i}")
    assert {n: r["items"] for n, r in reports(cfg.output_dir).items()} == \
        {n: r["items"] for n, r in reports(run_once(clean) and clean.output_dir).items()}


_SLOW_RUN = """
import os, sys, time
os.environ["PREFECT_HOME"] = sys.argv[3]
import tdkt.flows.versions as v
v.code_version = lambda: "crash-test"  # pinned: other work on the checkout must not move the key
import tdkt.flows.inbox_flow as f, tdkt.flows.work as w
real = f.judge_one
def slow(*a):
    time.sleep(0.4)
    return real(*a)
f.judge_one = w.judge_one = slow
from tdkt.cli import main
sys.exit(main(["run", sys.argv[1], "--out", sys.argv[2], "--concurrency", "1"]))
"""


def test_killed_run_then_rerun_equals_a_clean_run(tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    for i in range(12):
        write_report(inbox / f"xa-{i:02d}.docx", commune=f"Tây {i}", number=f"{i}/BC-UBND")
    (inbox / "rong.docx").write_bytes(b"")
    settle(inbox / "rong.docx")
    cfg = make_config(tmp_path, output=str(tmp_path / "out"))
    env = {**os.environ, "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_RUN, str(inbox), str(cfg.output_dir),
                             str(tmp_path / "prefect-home")], env=env, cwd=tmp_path,
                            start_new_session=True)
    db = cfg.store_path
    deadline = time.monotonic() + 150
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            with sqlite3.connect(db) as con:
                try:
                    stored = con.execute("SELECT COUNT(*) FROM results").fetchone()[0]
                except sqlite3.OperationalError:
                    stored = 0
            if stored >= 3:
                break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: its embedded server and workers too
    proc.wait()
    with sqlite3.connect(db) as con:
        stored = con.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    assert 3 <= stored < 13 and not (cfg.output_dir / "reports.json").exists()

    from tdkt.flows import versions

    monkeypatch.setattr(versions, "code_version", lambda: "crash-test")
    rerun = run_once(cfg)
    assert (rerun["files"], rerun["reused"], rerun["judged"]) == (13, stored, 13 - stored)
    clean = make_config(tmp_path, output=str(tmp_path / "clean-out"))
    run_once(clean)
    assert _strip(reports(cfg.output_dir)) == _strip(reports(clean.output_dir))
    assert len(list(cfg.quarantine_dir.glob("*-rong.docx"))) == 1


@pytest.mark.parametrize("mode", ["native", "polling"])
def test_watcher_picks_up_a_file_written_slowly_in_chunks(tmp_path, mode):
    from tdkt.flows.watch import InboxWatcher

    cfg = make_config(tmp_path, settle_seconds=1.0, watch_mode=mode, watch_poll_interval=0.5)
    source = write_report(tmp_path / "nguon.docx", commune="Tây Thuận")
    data = source.read_bytes()
    target = tmp_path / "inbox" / "tay-thuan.docx"
    stop = threading.Event()
    seen: dict[str, float] = {}
    passes: list[dict] = []

    def writer():
        time.sleep(1.0)
        with open(target, "wb") as fh:  # 8 chunks, 0.25 s apart: 1.75 s of writing
            step = len(data) // 8 + 1
            for i in range(0, len(data), step):
                fh.write(data[i:i + step])
                fh.flush()
                time.sleep(0.25)
        seen["written"] = time.monotonic()
        while not stop.is_set() and time.monotonic() - seen["written"] < 20:
            out = cfg.output_dir / "reports.json"
            if out.exists() and "tay-thuan.docx" in out.read_text("utf-8"):
                seen["in_output"] = time.monotonic()
                break
            time.sleep(0.05)
        time.sleep(0.3)
        stop.set()

    t = threading.Thread(target=writer, daemon=True)
    t.start()
    watcher = InboxWatcher(cfg, report=passes.append)
    watcher.run(stop)  # in the main thread: Prefect's context is here
    t.join()
    assert watcher.kind == mode
    assert "in_output" in seen, f"not picked up; passes: {passes}"
    latency = seen["in_output"] - seen["written"]
    assert latency < 8.0, f"{latency:.1f} s"
    rec = reports(cfg.output_dir)["tay-thuan.docx"]
    assert rec["error"] is None and rec["items"]
    assert sum(p.get("judged", 0) for p in passes) == 1  # judged once, when complete
    assert not any(cfg.quarantine_dir.glob("*")) if cfg.quarantine_dir.exists() else True
