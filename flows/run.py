"""`tdkt run`: one pass over the inbox, as a Prefect flow when there is something to judge.

Prefect is configured here before it is imported: PREFECT_HOME inside the state folder (never
the user's ~/.prefect unless PREFECT_HOME is set already), analytics off, a generous start-up
time for the embedded server. When the plan finds nothing new to judge (the nightly case), the
pass runs without starting Prefect at all: a stat and a SQLite lookup per file. When a few
files are new and no Prefect server is up (a configured one, `tdkt serve`'s, or the embedded
one a `watch` process keeps), they are judged without Prefect too (flows/local_judge.py):
starting the embedded server costs 10-20 s. A server that is up always gets the flow run.
With the process or Dask task runner the API URL is pinned for the tasks (tdkt.flows.cluster):
their workers use the flow's server and never start one of their own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tdkt.flows.config import FlowConfig


def absolute(cfg: FlowConfig) -> FlowConfig:
    """The same configuration with every folder absolute (a deployment's runs may start
    elsewhere). The inbox stays as given: it is how files are named in the outputs."""
    values = cfg.to_dict()
    values["output"] = str(cfg.output_dir.resolve())
    values["state"] = str(cfg.state_dir.resolve())  # pin the defaults derived from the output
    values["quarantine"] = str(cfg.quarantine_dir.resolve())
    for name in ("archive", "rules", "roster"):
        if values[name]:
            values[name] = str(Path(values[name]).resolve())
    return FlowConfig.from_dict(values)


def prepare_prefect(cfg: FlowConfig) -> None:
    """Environment for Prefect; call before anything imports prefect. A damaged Prefect
    database in PREFECT_HOME is moved aside first (its server would otherwise fail to start and
    Prefect retry until the start-up timeout, ~3 minutes), with a notice in state_repair.notices."""
    from tdkt.flows.state_repair import notify, repair_prefect_home

    os.environ.setdefault("PREFECT_HOME", str(cfg.prefect_home.resolve()))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    os.environ.setdefault("PREFECT_RESULTS_PERSIST_BY_DEFAULT", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    if not configured_api(cfg) and not _embedded_server_url():
        note = repair_prefect_home(Path(os.environ["PREFECT_HOME"]))
        if note:
            notify(note)


def _prefect_api_setting() -> str:
    """PREFECT_API_URL as Prefect sees it (the environment, or settings a caller or test set)."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    if "prefect.settings" in sys.modules:
        from prefect.settings import PREFECT_API_URL

        return str(PREFECT_API_URL.value() or "")
    return ""


def configured_api(cfg: FlowConfig) -> str:
    """The Prefect API named by the environment, Prefect's own settings or the config ('' if none)."""
    return _prefect_api_setting() or cfg.server_api_url or ""


def _embedded_server_url() -> str:
    """The URL of Prefect's embedded server if this process already runs one (watch), else ''."""
    module = sys.modules.get("prefect.server.api.server")
    for server in list(getattr(getattr(module, "SubprocessASGIServer", None), "_instances", {}).values()):
        proc = getattr(server, "server_process", None)
        if getattr(server, "running", False) and proc is not None and proc.poll() is None:
            return server.api_url
    return ""


def _serve_server_url(cfg: FlowConfig) -> str:
    """The Prefect server `tdkt serve` keeps at the configured host and port, if it answers now."""
    import urllib.request

    url = f"http://{cfg.server_host}:{int(cfg.server_port)}/api"
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=0.5) as resp:
            return url if resp.status == 200 else ""
    except (OSError, ValueError):
        return ""


def prefect_for(cfg: FlowConfig, n_to_judge: int) -> str | None:
    """Where this pass's flow run goes: an API URL, "" for Prefect's embedded server, or None to
    judge without Prefect. A server that is up is always used (the run shows in its UI); with
    none up, starting the embedded one (10-20 s) is worth it only for a batch."""
    url = configured_api(cfg) or _embedded_server_url() or _serve_server_url(cfg)
    if url:
        return url
    if cfg.task_runner != "thread" or n_to_judge >= int(cfg.prefect_min_files):
        return ""
    return None


def look_ahead(cfg: FlowConfig, defer=()):
    """The pass's plan, made (and its inventory changes stored) before deciding on Prefect."""
    from tdkt.flows.passes import load_context, plan_pass
    from tdkt.flows.store import Store

    *_, jkey = load_context(cfg)
    with Store(cfg.store_path) as store:
        return plan_pass(cfg, store, jkey, defer)


def _tell_waiting(message: str) -> None:
    print(f"{message} Đang chờ...", file=sys.stderr, flush=True)


def run_once(cfg: FlowConfig, defer=(), on_wait=_tell_waiting) -> dict:
    """One pass; returns its summary. Holds the output folder's lock (flows/lock.py) for the
    whole pass; starts Prefect only if a file must be judged and it is worth it (prefect_for).
    Raises OutputWriteError (Vietnamese) when the output folder cannot take the outputs."""
    from tdkt.flows.lock import output_lock
    from tdkt.pipeline.output.write_guard import estimate_bytes, preflight

    cfg = absolute(cfg)
    preflight(cfg.output_dir, estimate_bytes(cfg.output_dir, 0, tuple(cfg.formats)))
    with output_lock(cfg.output_dir, float(cfg.lock_wait_seconds), on_wait=on_wait):
        plan = look_ahead(cfg, defer)
        target = prefect_for(cfg, len(plan.to_judge)) if plan.to_judge else None
        if not plan.to_judge:
            from tdkt.flows.passes import run_pass

            summary = run_pass(cfg, judge_many=None, defer=defer).summary
        elif target is None:
            from tdkt.flows.local_judge import judge_locally
            from tdkt.flows.passes import run_pass

            summary = run_pass(cfg, judge_many=judge_locally, defer=defer).summary
        else:
            if target and not _prefect_api_setting() and target != _embedded_server_url():
                os.environ["PREFECT_API_URL"] = target  # before prefect is imported: the flow run goes there
            summary = _flow_run(cfg, target, plan, defer)
    summary["removed"] += len(plan.gone)  # the look-ahead already forgot them
    summary["prefect"] = "" if target is None else (target or "embedded")
    return summary


def _flow_run(cfg: FlowConfig, target: str, plan, defer) -> dict:
    """The pass as a Prefect flow run. Tasks that run in other processes (process, dask) get a
    real API URL pinned in the settings they carry, so no worker starts a Prefect server of its
    own; a Dask cluster's shared inbox is checked before anything is dispatched."""
    if cfg.task_runner == "dask":
        from tdkt.flows.cluster import check_shared_inbox

        sample = next((e for e in plan.to_judge if e.sha256), None)
        if sample is not None:
            check_shared_inbox(cfg, sample.path, sample.sha256)
    prepare_prefect(cfg)
    from tdkt.flows.inbox_flow import inbox_flow

    if cfg.task_runner == "thread":
        return inbox_flow(cfg.to_dict(), list(defer))
    from tdkt.flows.cluster import check_api_reachable, pinned_api

    with pinned_api(target) as api_url:
        if cfg.task_runner == "dask":
            check_api_reachable(cfg, api_url)
        return inbox_flow(cfg.to_dict(), list(defer))


def run_inbox(inbox: Path, out: Path, rules=None, roster=None) -> dict:
    """The spine's entry point, kept for callers: one pass with the default settings."""
    return run_once(FlowConfig(inbox=str(inbox), output=str(out), rules=rules or "", roster=roster or ""))
