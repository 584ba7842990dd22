"""`tdkt run` on a real Dask cluster: a `dask scheduler` and two `dask worker` processes on
127.0.0.1, started as an operator would, and `tdkt run` as a separate process.

Checked: the files are judged on the workers (each worker process counts what it read), their
bytes travelled with the tasks or they were read at a declared shared inbox after a check, no
worker started a Prefect server of its own and none is left after the run, and the reading
limits (deadline) apply inside the Dask workers. Processes are found by a marker in their
environment, so other Prefect servers on the machine do not count.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from test_flow_helpers import write_report

pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")

BIN = Path(sys.executable).parent
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "inbox"
MARK = "TDKT_TEST_CLUSTER_MARK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _marked(mark: str) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["pid"]):
        try:
            if proc.environ().get(MARK) == mark:
                found.append(proc)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def _prefect_servers(mark: str) -> list[str]:
    """Command lines of Prefect API servers (embedded uvicorn or `prefect server start`) carrying the mark."""
    out = []
    for proc in _marked(mark):
        try:
            cmd = " ".join(proc.cmdline())
        except psutil.NoSuchProcess:
            continue
        if "prefect.server.api.server" in cmd or ("prefect" in cmd and "server start" in cmd) or "uvicorn" in cmd:
            out.append(cmd)
    return out


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            p.terminate()
    for p in procs:
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=5)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A scheduler and two single-threaded workers on 127.0.0.1, killed in the finalizer."""
    home = tmp_path_factory.mktemp("cluster")
    mark = f"workers-{uuid.uuid4().hex}"
    env = {**os.environ, MARK: mark, "PREFECT_HOME": str(home / "prefect-of-workers"),
           "DASK_DISTRIBUTED__WORKER__DAEMON": "True"}  # the nanny's default, stated: the plugin copes
    env.pop("PREFECT_API_URL", None)
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs: list[subprocess.Popen] = []
    logs = []
    try:
        log = open(home / "scheduler.log", "wb")
        logs.append(log)
        procs.append(subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                       "--no-dashboard"], env=env, stdout=log, stderr=subprocess.STDOUT,
                                      cwd=home))
        for i in range(2):
            log = open(home / f"worker-{i}.log", "wb")
            logs.append(log)
            procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--host", "127.0.0.1",
                                           "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                                           "--name", f"w{i}"], env=env, stdout=log, stderr=subprocess.STDOUT,
                                          cwd=home))
        from distributed import Client

        deadline = time.monotonic() + 90
        with Client(address, timeout=60) as client:
            while len(client.scheduler_info()["workers"]) < 2:
                assert time.monotonic() < deadline, "the two Dask workers did not join within 90 s"
                assert all(p.poll() is None for p in procs), (home / "worker-0.log").read_text()
                time.sleep(0.5)
        yield {"address": address, "mark": mark, "home": home}
    finally:
        _stop(procs)
        for log in logs:
            log.close()
    # No process of the cluster, nor one it started, outlives it.
    deadline = time.monotonic() + 20
    while _marked(mark) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not [p.pid for p in _marked(mark)]


def _stats(address: str) -> dict:
    from distributed import Client

    from tdkt.flows.cluster import worker_stats

    with Client(address, timeout=30) as client:
        return client.run(worker_stats)


def _tdkt_run(tmp_path: Path, address: str, name: str, extra: str = "") -> tuple[subprocess.CompletedProcess, str]:
    """`tdkt run` as the office would start it, with its own marker; returns (result, marker)."""
    conf = tmp_path / f"{name}.toml"
    conf.write_text(f'[paths]\ninbox = "inbox"\noutput = "{name}"\n[run]\ntask_runner = "dask"\nretries = 0\n'
                    f'[dask]\naddress = "{address}"\n{extra}', "utf-8")
    mark = f"run-{uuid.uuid4().hex}"
    env = {**os.environ, MARK: mark, "PREFECT_HOME": str(tmp_path / f"prefect-{name}")}
    env.pop("PREFECT_API_URL", None)
    result = subprocess.run([sys.executable, "-c", _TDKT_RUN, str(conf)], env=env, capture_output=True,
                            text=True, timeout=400, cwd=tmp_path)
    return result, mark


# `tdkt run --config FILE`, with the judge key pinned: other work on the checkout (code, rules)
# between two runs must not make the second judge everything again.
_TDKT_RUN = """
import sys
import tdkt.flows.versions as v
v.judge_key = lambda *a: "cluster-test"
from tdkt.cli import main
sys.exit(main(["run", "--config", sys.argv[1]]))
"""


def _reports(out: Path) -> dict:
    return {Path(r["file"]).name: r for r in json.loads((out / "reports.json").read_text("utf-8"))}


def test_run_on_a_scheduler_and_two_workers(cluster, tmp_path):
    inbox = tmp_path / "inbox"
    for i in range(6):
        write_report(inbox / f"xa-{i}.docx", commune=f"Tây {i}", number=f"{i}/BC-UBND")
    before = sum(s["files_read"] for s in _stats(cluster["address"]).values())

    result, run_mark = _tdkt_run(tmp_path, cluster["address"], "out")
    assert result.returncode == 0, result.stderr[:3000] + result.stderr[-1500:]
    records = _reports(tmp_path / "out")
    assert len(records) == 6 and not any(r["error"] for r in records.values())
    assert records["xa-3.docx"]["document"]["number"] == "3/BC-UBND"

    stats = _stats(cluster["address"])
    assert sum(s["files_read"] for s in stats.values()) - before == 6  # read on the workers, not in `tdkt run`
    # Every worker was given the run's API (the embedded server of that `tdkt run`, now stopped) ...
    urls = {s["api_url"] for s in stats.values()}
    assert len(urls) == 1 and urls.pop().startswith("http://127.0.0.1:")
    # ... so no worker started a Prefect server, and the run left none behind.
    assert _prefect_servers(cluster["mark"]) == []
    assert _prefect_servers(run_mark) == []

    # The same cluster serves the next run (a new API URL): an unchanged inbox reads nothing ...
    again, _ = _tdkt_run(tmp_path, cluster["address"], "out")
    assert again.returncode == 0, again.stderr[-3000:]
    assert "6 tệp dùng lại kết quả cũ" in again.stdout, again.stdout + again.stderr[-3000:]
    # ... and a new file is judged on a worker that learnt the new URL.
    write_report(inbox / "xa-moi.docx", commune="Tây Mới", number="99/BC-UBND")
    third, run_mark = _tdkt_run(tmp_path, cluster["address"], "out")
    assert third.returncode == 0, third.stderr[-3000:]
    assert _reports(tmp_path / "out")["xa-moi.docx"]["document"]["number"] == "99/BC-UBND"
    assert _prefect_servers(cluster["mark"]) == [] and _prefect_servers(run_mark) == []


def test_shared_inbox_checked_before_dispatch(cluster, tmp_path):
    inbox = tmp_path / "inbox"
    for i in range(2):
        write_report(inbox / f"xa-{i}.docx", commune=f"Tây {i}")

    result, _ = _tdkt_run(tmp_path, cluster["address"], "out-sai", f'worker_inbox = "{tmp_path}/khong-co"\n')
    assert result.returncode == 2
    assert "không đọc được hộp thư dùng chung" in result.stderr and "khong-co" in result.stderr
    assert not (tmp_path / "out-sai" / "reports.json").exists()

    # Declared right (here the workers see the same folder): files are read there by path.
    result, _ = _tdkt_run(tmp_path, cluster["address"], "out-chung", f'worker_inbox = "{inbox}"\n')
    assert result.returncode == 0, result.stderr[:3000] + result.stderr[-1500:]
    assert not any(r["error"] for r in _reports(tmp_path / "out-chung").values())


def test_reading_limits_apply_inside_dask_workers(cluster, tmp_path):
    """A scanned report needs seconds of OCR; under a half-second deadline its row says so (the
    Dask worker did not read it inline, where nothing would have stopped it)."""
    (tmp_path / "inbox").mkdir()
    shutil.copyfile(SAMPLES / "01-xa-tay-vinh.scan.pdf", tmp_path / "inbox" / "tay-vinh.pdf")
    os.utime(tmp_path / "inbox" / "tay-vinh.pdf", (time.time() - 120, time.time() - 120))
    result, _ = _tdkt_run(tmp_path, cluster["address"], "out", "[limits]\ndeadline_seconds = 0.5\n")
    assert result.returncode == 0, result.stderr[:3000] + result.stderr[-1500:]
    record = _reports(tmp_path / "out")["tay-vinh.pdf"]
    assert record["error_code"] == "read_timeout", record


def test_process_runner_reads_under_the_limits_too(tmp_path):
    """Prefect's process pool runs tasks in its own processes: files are read there by tdkt's
    reading workers (the scan hits the deadline, the DOCX is read) and no Prefect server is left."""
    (tmp_path / "inbox").mkdir()
    shutil.copyfile(SAMPLES / "01-xa-tay-vinh.scan.pdf", tmp_path / "inbox" / "tay-vinh.pdf")
    os.utime(tmp_path / "inbox" / "tay-vinh.pdf", (time.time() - 120, time.time() - 120))
    write_report(tmp_path / "inbox" / "xa.docx")
    conf = tmp_path / "p.toml"
    conf.write_text('[paths]\ninbox = "inbox"\noutput = "out"\n[run]\ntask_runner = "process"\nretries = 0\n'
                    'concurrency = 2\n[limits]\ndeadline_seconds = 4\n', "utf-8")
    mark = f"run-{uuid.uuid4().hex}"
    env = {**os.environ, MARK: mark, "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)
    result = subprocess.run([sys.executable, "-c", _TDKT_RUN, str(conf)], env=env, capture_output=True, text=True,
                            timeout=400, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[:3000] + result.stderr[-1500:]
    records = _reports(tmp_path / "out")
    assert records["tay-vinh.pdf"]["error_code"] == "read_timeout", records["tay-vinh.pdf"]
    assert records["xa.docx"]["error"] is None
    assert _prefect_servers(mark) == []
