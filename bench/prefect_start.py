"""What Prefect's start costs `tdkt run`, and what the run costs with and without it.

    .venv/bin/python bench/prefect_start.py [--base 200] [--changed 10] [--repeat 3]

(1) the parts of Prefect's embedded server start, in one process: `import prefect`, the
    embedded (subprocess, uvicorn) server until /health answers — on a fresh PREFECT_HOME (DB
    migrations) and on a kept one — and a first and a second empty flow run;
(2) `tdkt run` (subprocess, as cron runs it) over an inbox of --base judged files when 1 file,
    then --changed files, are new: through Prefect's embedded server (`prefect_min_files = 0`,
    the behaviour before) and as shipped (no server up: judged without starting Prefect).
Median of --repeat runs. Everything lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from flow import TDKT, env_for, make_inbox, make_report  # noqa: E402

_PARTS = r"""
import os, sys, time, json
t0 = time.perf_counter()
import prefect
t1 = time.perf_counter()
from prefect.server.api.server import SubprocessASGIServer
t2 = time.perf_counter()
server = SubprocessASGIServer(); server.start(timeout=300)
t3 = time.perf_counter()
from prefect import flow
@flow(persist_result=False)
def empty():
    return 1
empty(); t4 = time.perf_counter()
empty(); t5 = time.perf_counter()
server.stop()
print(json.dumps({"import_prefect": t1 - t0, "import_server_module": t2 - t1, "server_health": t3 - t2,
                  "first_flow_run": t4 - t3, "second_flow_run": t5 - t4}))
"""


def parts(home: Path) -> dict:
    env = env_for(home.parent)
    env["PREFECT_HOME"] = str(home)
    out = subprocess.run([sys.executable, "-c", _PARTS], env=env, capture_output=True, text=True, check=True)
    return {k: round(v, 2) for k, v in json.loads(out.stdout.strip().splitlines()[-1]).items()}


def timed_run(root: Path, inbox: Path, out: Path, conf: Path) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(TDKT + ["run", str(inbox), "--out", str(out), "--config", str(conf)], env=env_for(root),
                          cwd=root, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"tdkt run failed:\n{proc.stdout}\n{proc.stderr[-3000:]}")
    return elapsed, proc.stdout.strip().splitlines()[-1]


def add_new(inbox: Path, n: int, seed: int) -> None:
    for k in range(n):
        p = inbox / f"moi-{seed}-{k}.docx"
        make_report(p, seed + k)
        old = time.time() - 120
        os.utime(p, (old, old))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=int, default=200)
    ap.add_argument("--changed", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="tdkt-bench-prefect-"))
    results: dict = {"cpus": os.cpu_count()}
    try:
        fresh = root / "fresh-home"
        results["parts_fresh_home"] = parts(fresh)
        print(json.dumps({"parts_fresh_home": results["parts_fresh_home"]}), flush=True)
        results["parts_kept_home"] = parts(fresh)
        print(json.dumps({"parts_kept_home": results["parts_kept_home"]}), flush=True)
        for label, body in (("through_embedded_server", "[run]\nprefect_min_files = 0\n"),
                            ("as_shipped", "")):
            conf = root / f"{label}.toml"
            conf.write_text(body, encoding="utf-8")
            inbox, out = root / f"inbox-{label}", root / f"out-{label}"
            make_inbox(inbox, args.base, distinct=min(50, args.base))
            seed_s, _ = timed_run(root, inbox, out, conf)
            row = {"base_files": args.base, "seed_run_s": round(seed_s, 1)}
            for n in (1, args.changed):
                times = []
                for r in range(args.repeat):
                    add_new(inbox, n, 1000 * (r + 1) + 100 * n)
                    t, said = timed_run(root, inbox, out, conf)
                    times.append(t)
                row[f"{n}_new_s"] = round(statistics.median(times), 1)
                row[f"{n}_new_all"] = [round(t, 1) for t in times]
                row[f"said_{n}"] = said
            t, _ = timed_run(root, inbox, out, conf)
            row["nothing_new_s"] = round(t, 1)
            results[label] = row
            print(json.dumps({label: row}, ensure_ascii=False), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
