"""`tdkt serve` with Prefect's database on a real, throwaway PostgreSQL (Debian's postgresql).

The server follows docs/operations.md's steps: initdb, a role and a database for Prefect, the
`postgresql+asyncpg://` URL in `[server] database_url`. `tdkt serve` then starts its Prefect
server on it, registers the nightly deployment, and its watcher judges a dropped file; a run
of the deployment is asked for through the Prefect client and read back, and PostgreSQL itself
is asked what it holds. Every process the test starts is found again by a marker in its
environment and must be gone at the end. Skipped only where Debian's postgresql is not installed.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from test_flow_helpers import write_report

import psutil  # noqa: E402  (the test extra: pyproject.toml)
MARK = "TDKT_TEST_PG_MARK"
PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(*cmd: str, **kw) -> subprocess.CompletedProcess:
    """PostgreSQL refuses to run as root (the tests' user): its tools run as Debian's `postgres`."""
    return subprocess.run(["runuser", "-u", "postgres", "--", *cmd], capture_output=True, text=True,
                          timeout=kw.pop("timeout", 120), **kw)


def _marked(mark: str) -> list[int]:
    pids = []
    for proc in psutil.process_iter(["pid"]):
        try:
            if proc.environ().get(MARK) == mark:
                pids.append(proc.pid)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return pids


@pytest.fixture(scope="module")
def postgres():
    # scripts/setup.sh installs Debian's postgresql: its absence is a broken setup, not a reason to skip.
    assert PG_BIN, "Debian's postgresql is missing: scripts/setup.sh installs it (apt-get install postgresql)"
    assert shutil.which("runuser"), "runuser (util-linux) is missing: PostgreSQL's tools run as the postgres user"
    bin_dir = Path(PG_BIN[-1])
    root = Path(tempfile.mkdtemp(prefix="tdkt-pg-"))  # not under pytest's root-only tmp: postgres must enter it
    shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", _free_port()
    init = _as_postgres(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                        "--encoding=UTF8", "--locale=C.UTF-8")
    assert init.returncode == 0, init.stderr
    start = _as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "pg.log"), "-w", "-t", "60",
                         "-o", f"-h 127.0.0.1 -p {port} -k {root}", "start")
    try:
        assert start.returncode == 0, start.stderr + (root / "pg.log").read_text(errors="replace")
        # docs/operations.md, "PostgreSQL": a role and a database owned by it.
        psql = ["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-v", "ON_ERROR_STOP=1"]
        made = subprocess.run(psql + ["-c", "CREATE ROLE tdkt LOGIN PASSWORD 'mat-khau-thu'",
                                      "-c", "CREATE DATABASE prefect OWNER tdkt ENCODING 'UTF8'"],
                              capture_output=True, text=True, timeout=60)
        assert made.returncode == 0, made.stderr
        yield {"port": port, "url": f"postgresql+asyncpg://tdkt:mat-khau-thu@127.0.0.1:{port}/prefect",
               "psql": ["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "tdkt", "-d", "prefect", "-At"]}
    finally:
        _as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


def _wait(what, timeout: float, proc: subprocess.Popen, log: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = what()
        if value:
            return value
        assert proc.poll() is None, log.read_text(errors="replace")[-4000:]
        time.sleep(1)
    raise AssertionError(f"timed out after {timeout:.0f} s; serve's output:\n" + log.read_text(errors="replace")[-4000:])


def test_serve_on_postgresql(postgres, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    port = _free_port()
    conf = tmp_path / "tdkt.toml"
    conf.write_text(f'[paths]\ninbox = "inbox"\noutput = "out"\n[run]\nsettle_seconds = 0.5\n'
                    f'[server]\ndatabase_url = "{postgres["url"]}"\nhost = "127.0.0.1"\nport = {port}\n'
                    f'[watch]\nmode = "polling"\npoll_interval = 1.0\n[review]\nport = {_free_port()}\n', "utf-8")
    mark = uuid.uuid4().hex
    env = {**os.environ, MARK: mark, "PREFECT_HOME": str(tmp_path / "prefect-home")}
    for name in ("PREFECT_API_URL", "PREFECT_SERVER_DATABASE_CONNECTION_URL"):
        env.pop(name, None)
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        serve = subprocess.Popen([str(Path(sys.executable).parent / "tdkt"), "serve", "--config", str(conf)],
                                 env=env, stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path)
    api = f"http://127.0.0.1:{port}/api"
    try:
        from prefect.client.orchestration import SyncPrefectClient

        def deployment():
            try:
                with SyncPrefectClient(api) as client:
                    return client.read_deployment_by_name("tdkt-inbox/hang-dem")
            except Exception:  # not up yet, or not yet registered
                return None

        dep = _wait(deployment, 240, serve, log)
        assert dep.parameters["config"]["server_database_url"] == postgres["url"]

        # A file dropped into the inbox: the watcher's pass, a flow run on the PostgreSQL-backed server.
        write_report(inbox / "tay-vinh.docx", commune="Tây Vinh", number="45/BC-UBND")
        reports = tmp_path / "out" / "reports.json"

        def judged():  # the watcher's first pass, over the empty inbox, wrote an empty list
            try:
                return json.loads(reports.read_text("utf-8"))
            except (OSError, ValueError):
                return None

        records = _wait(judged, 240, serve, log)
        assert [r["document"]["number"] for r in records] == ["45/BC-UBND"]

        # The nightly deployment, asked to run now, runs in serve and is read back through the client.
        with SyncPrefectClient(api) as client:
            run = client.create_flow_run_from_deployment(dep.id)

            def finished():
                state = client.read_flow_run(run.id).state
                return state if state is not None and state.is_final() else None

            state = _wait(finished, 240, serve, log)
            assert state.is_completed(), state
            summary = state.result() if state.data is not None else None
            runs = client.read_flow_runs()
        assert run.id in {r.id for r in runs if r.state and r.state.is_completed()}
        assert {r.deployment_id for r in runs if r.id == run.id} == {dep.id}
        if summary is not None:  # results are not persisted by default: only when kept
            assert summary["files"] == 1

        # PostgreSQL itself holds Prefect's tables and these runs.
        count = subprocess.run(postgres["psql"] + ["-c", "SELECT count(*) FROM flow_run"], capture_output=True,
                               text=True, timeout=30, env={**os.environ, "PGPASSWORD": "mat-khau-thu"})
        assert count.returncode == 0, count.stderr
        assert int(count.stdout.strip()) == len(runs)
    finally:
        serve.send_signal(signal.SIGTERM)
        try:
            serve.wait(timeout=60)
        except subprocess.TimeoutExpired:
            serve.kill()
            serve.wait(timeout=10)
    deadline = time.monotonic() + 30
    while _marked(mark) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _marked(mark) == [], "a process started by tdkt serve outlived it"
    assert "Đã dừng." in log.read_text("utf-8", errors="replace")
