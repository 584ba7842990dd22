"""`tdkt serve`'s Prefect server on a port other than 4200: the UI is told its own API, and a
`tdkt run` against it leaves a named flow run, its log lines and the table artifact, read back
through the Prefect client. A real `prefect server start` (as serve starts it), a real run."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_flow_helpers import make_config, settle, write_report  # noqa: E402

from tdkt.flows.server import PrefectServer  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui")
    port = _free_port()
    assert port != 4200
    cfg = make_config(root, server_port=port, state=str(root / "state"))
    srv = PrefectServer(cfg)
    env = {k: os.environ.pop(k) for k in ("PREFECT_API_URL", "PREFECT_UI_API_URL") if k in os.environ}
    try:
        url = srv.start()
        yield srv, url, root
    finally:
        srv.stop()
        os.environ.update(env)


def test_the_ui_reaches_its_api_on_a_non_default_port(server):
    srv, url, _ = server
    assert url == f"http://127.0.0.1:{srv.port}/api"
    assert srv.environment()["PREFECT_UI_API_URL"] == url
    with urllib.request.urlopen(f"http://127.0.0.1:{srv.port}/ui-settings", timeout=10) as resp:
        settings = json.loads(resp.read())
    assert settings["api_url"] == url  # what the UI's browser code calls
    with urllib.request.urlopen(settings["api_url"] + "/health", timeout=10) as resp:
        assert resp.status == 200


def test_a_run_is_named_logged_and_published(server):
    from prefect.client.orchestration import SyncPrefectClient
    from prefect.client.schemas.filters import FlowRunFilter, LogFilter, LogFilterFlowRunId
    from prefect.client.schemas.sorting import FlowRunSort

    srv, url, root = server
    inbox = root / "inbox"
    write_report(inbox / "bc-vinh.docx")
    (inbox / "rong.docx").write_bytes(b"")
    for f in inbox.iterdir():
        settle(f)
    env = {**os.environ, "PREFECT_API_URL": url, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_UI_API_URL", None)
    done = subprocess.run([sys.executable, "-m", "tdkt", "run", str(inbox), "--out", str(root / "out"),
                           "--state", str(root / "state")], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    with SyncPrefectClient(url) as client:
        runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(), sort=FlowRunSort.START_TIME_DESC, limit=5)
        run = runs[0]
        assert run.name.startswith("thu-muc ") and run.name.endswith("(2 tệp mới)"), run.name
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id])))
        text = "\n".join(x.message for x in logs)
        assert "bc-vinh.docx — UBND xã Tây Vinh" in text, text
        assert "rong.docx — lỗi tệp: Tệp rỗng" in text
        assert "Lượt chạy: 2 tệp; 2 tệp mới kiểm tra (UBND xã Tây Vinh)" in text and "1 tệp lỗi (" in text and "rong.docx)" in text
        artifacts = client.read_artifacts()
    table = next(a for a in artifacts if a.key == "tdkt-tong-hop" and a.flow_run_id == run.id)
    rows = json.loads(table.data) if isinstance(table.data, str) else table.data
    vinh = next(r for r in rows if r["Đơn vị"] == "UBND xã Tây Vinh")
    assert set(vinh) == {"Đơn vị", "Tình trạng", "Thời hạn", "Số mục đã báo cáo", "Mục còn thiếu"}
    assert sum(r["Tình trạng"] == "Chưa nộp" for r in rows) >= 40  # the roster's other units
    assert "Chưa nộp (" in table.description and "Phòng Nội vụ huyện" in table.description
