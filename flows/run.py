"""One pass over the inbox as a Prefect flow. Spine version: sequential tasks."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task


@task
def judge_file_task(path: str, rules: str | None, roster: str | None):
    from tdkt.pipeline.process import process_file
    from tdkt.rules.loader import load_roster, load_ruleset

    return process_file(Path(path), load_ruleset(rules), load_roster(roster))


@flow(name="tdkt-run")
def inbox_flow(inbox: str, out: str, rules: str | None = None, roster: str | None = None) -> dict:
    from tdkt.cli import files_under
    from tdkt.pipeline.outputs import write_outputs
    from tdkt.rules.loader import load_roster, load_ruleset

    files = files_under([inbox])
    records = [judge_file_task(str(f), rules, roster) for f in files]
    write_outputs(records, load_ruleset(rules), load_roster(roster), Path(out))
    return {"files": len(records), "errors": sum(1 for r in records if r.error)}


def run_inbox(inbox: Path, out: Path, rules=None, roster=None) -> dict:
    return inbox_flow(str(inbox), str(out), rules, roster)
