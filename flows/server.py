"""A real Prefect server for `tdkt serve`, started and kept alive by tdkt itself.

Prefect's embedded (ephemeral) API cannot run schedules, so `serve` needs a real server. When
none is configured (`[server] api_url` or $PREFECT_API_URL), this module starts
`prefect server start` as a child process with SQLite under the state folder's PREFECT_HOME, or
PostgreSQL when `[server] database_url` is set, waits until it answers, and restarts it if it
dies. It knows nothing about the inbox.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.request

from tdkt.flows.config import FlowConfig


class ServerError(RuntimeError):
    """The Prefect server did not start; the message is Vietnamese."""


class PrefectServer:
    def __init__(self, cfg: FlowConfig, startup_timeout: float = 180.0):
        self.cfg = cfg
        self.host = cfg.server_host
        self.port = int(cfg.server_port)
        self.startup_timeout = startup_timeout
        self.log_path = cfg.state_dir / "prefect-server.log"
        self._proc: subprocess.Popen | None = None
        self._stop = threading.Event()
        self._supervisor: threading.Thread | None = None
        self.restarts = 0

    @property
    def api_url(self) -> str:
        return f"http://{self.host}:{self.port}/api"

    def command(self) -> list[str]:
        return [sys.executable, "-m", "prefect", "server", "start", "--host", self.host, "--port", str(self.port)]

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("PREFECT_API_URL", None)  # the server must not try to talk to itself as a client
        env.setdefault("PREFECT_HOME", str(self.cfg.prefect_home.resolve()))
        env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
        # The UI's browser code calls this URL; Prefect's default is port 4200, so on any other
        # port the UI would load and find no API.
        env["PREFECT_UI_API_URL"] = env["PREFECT_SERVER_UI_API_URL"] = self.api_url
        if self.cfg.server_database_url:
            env["PREFECT_SERVER_DATABASE_CONNECTION_URL"] = self.cfg.server_database_url
        return env

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as resp:
                return resp.status == 200
        except OSError:
            return False

    def _spawn(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")
        self._proc = subprocess.Popen(self.command(), env=self.environment(), stdout=log, stderr=subprocess.STDOUT,
                                      stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise ServerError(f"Máy chủ Prefect dừng ngay khi khởi động; xem nhật ký {self.log_path}.")
            if self.healthy():
                return
            time.sleep(0.5)
        raise ServerError(f"Máy chủ Prefect không phản hồi sau {self.startup_timeout:.0f} giây; "
                          f"xem nhật ký {self.log_path}.")

    def start(self) -> str:
        if self.healthy():
            raise ServerError(f"Cổng {self.port} đã có một máy chủ Prefect khác; đặt [server] api_url để dùng nó "
                              "hoặc chọn cổng khác.")
        self._spawn()
        self._supervisor = threading.Thread(target=self._supervise, name="tdkt-prefect-server", daemon=True)
        self._supervisor.start()
        return self.api_url

    def _supervise(self) -> None:
        while not self._stop.wait(5):
            if self._proc is not None and self._proc.poll() is not None:
                self.restarts += 1
                try:
                    self._spawn()
                except ServerError:
                    time.sleep(min(60, 5 * self.restarts))  # back off, then try again

    def stop(self) -> None:
        self._stop.set()
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
