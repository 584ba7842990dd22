"""`tdkt serve`: the inbox flow as a deployment on a nightly cron schedule, plus the watcher.

Uses the configured Prefect server ([server] api_url or $PREFECT_API_URL) or starts one
(tdkt.flows.server). The deployment's runs show in the Prefect UI with the compliance table
artifact. Blocks until interrupted; the watcher runs in a thread beside `prefect.serve`.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable

from tdkt.flows.config import FlowConfig

DEPLOYMENT_NAME = "hang-dem"


def build_deployment(cfg: FlowConfig):
    """The nightly deployment of the inbox flow (not yet registered with a server)."""
    from prefect.schedules import Cron

    from tdkt.flows.inbox_flow import inbox_flow

    return inbox_flow.to_deployment(
        name=DEPLOYMENT_NAME,
        schedules=[Cron(cfg.schedule_cron, timezone=cfg.schedule_timezone)],
        parameters={"config": cfg.to_dict()},
        description="Kiểm tra báo cáo sơ kết trong hộp thư đến, chạy hằng đêm.",
    )


def serve_forever(cfg: FlowConfig, watch: bool = True, report: Callable[[dict], None] = lambda s: None) -> int:
    from tdkt.flows.run import absolute, prepare_prefect
    from tdkt.flows.server import PrefectServer, ServerError

    from tdkt.review.app import ReviewSettings, start_in_thread

    try:  # the clerk's review page beside the schedule; read before to_dict drops the password
        review_settings = ReviewSettings.from_config(cfg)
    except ValueError as exc:
        print(str(exc), flush=True)
        return 2
    cfg = absolute(cfg)
    cfg = FlowConfig.from_dict({**cfg.to_dict(), "inbox": str(Path(cfg.inbox).resolve())})
    prepare_prefect(cfg)
    server = None
    api_url = cfg.server_api_url or os.environ.get("PREFECT_API_URL", "")
    if not api_url:
        server = PrefectServer(cfg)
        print(f"Đang khởi động máy chủ Prefect (PREFECT_HOME={os.environ['PREFECT_HOME']})...", flush=True)
        try:
            api_url = server.start()
        except ServerError as exc:
            print(str(exc), flush=True)
            return 1
    os.environ["PREFECT_API_URL"] = api_url  # before prefect is imported below
    if server is not None:  # our server's UI must call its own API, whatever the port
        os.environ["PREFECT_UI_API_URL"] = api_url
    print(f"Máy chủ Prefect: {api_url.removesuffix('/api')} — lịch chạy: '{cfg.schedule_cron}' "
          f"({cfg.schedule_timezone}).", flush=True)
    stop = threading.Event()
    review = start_in_thread(cfg, review_settings)
    print(f"Trang xem xét kết quả: http://{review_settings.host}:{review_settings.port}/", flush=True)
    try:
        if watch:
            from tdkt.flows.watch import InboxWatcher, _vietnamese

            watcher = InboxWatcher(cfg, report=_vietnamese(report))
            threading.Thread(target=watcher.run, args=(stop,), name="tdkt-watch", daemon=True).start()
        from prefect import serve

        serve(build_deployment(cfg))
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        review.should_exit = True
        if server is not None:
            server.stop()
    print("Đã dừng.", flush=True)
    return 0
