"""`tdkt run`: one pass over the inbox, as a Prefect flow when there is something to judge.

Prefect is configured here before it is imported: PREFECT_HOME inside the state folder (never
the user's ~/.prefect unless PREFECT_HOME is set already), analytics off, a generous start-up
time for the embedded server. When the plan finds nothing new to judge (the nightly case), the
pass runs without starting Prefect at all: a stat and a SQLite lookup per file.
"""

from __future__ import annotations

import os
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
    """Environment for Prefect; call before anything imports prefect."""
    os.environ.setdefault("PREFECT_HOME", str(cfg.prefect_home.resolve()))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    os.environ.setdefault("PREFECT_RESULTS_PERSIST_BY_DEFAULT", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)


def look_ahead(cfg: FlowConfig, defer=()):
    """The pass's plan, made (and its inventory changes stored) before deciding on Prefect."""
    from tdkt.flows.passes import load_context, plan_pass
    from tdkt.flows.store import Store

    *_, jkey = load_context(cfg)
    with Store(cfg.store_path) as store:
        return plan_pass(cfg, store, jkey, defer)


def run_once(cfg: FlowConfig, defer=()) -> dict:
    """One pass; returns its summary. Starts Prefect only if a file must be judged."""
    cfg = absolute(cfg)
    plan = look_ahead(cfg, defer)
    if not plan.to_judge:
        from tdkt.flows.passes import run_pass

        summary = run_pass(cfg, judge_many=None, defer=defer).summary
    else:
        prepare_prefect(cfg)
        from tdkt.flows.inbox_flow import inbox_flow

        summary = inbox_flow(cfg.to_dict(), list(defer))
    summary["removed"] += len(plan.gone)  # the look-ahead already forgot them
    return summary


def run_inbox(inbox: Path, out: Path, rules=None, roster=None) -> dict:
    """The spine's entry point, kept for callers: one pass with the default settings."""
    return run_once(FlowConfig(inbox=str(inbox), output=str(out), rules=rules or "", roster=roster or ""))
