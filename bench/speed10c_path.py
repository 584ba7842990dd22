"""A one-file `tdkt check`'s critical path from CPU times, so two trees compare on a busy machine.

    /work/main/.venv/bin/python bench/speed10c_path.py TREE_A TREE_B [FILE] [--rounds 9] [--format all|json]

(a tree given as TREE+pyc runs with byte-code caching on, in a folder of its own, as an installed
package runs; otherwise as the caller's environment says: PYTHONDONTWRITEBYTECODE=1 compiles every
module from source in every process)

Wall time on a shared 2-core machine measures the other sessions; CPU seconds per process do not
(much). Each round runs `tdkt check FILE --out TMP` of tree A, then of tree B, in a fresh
interpreter (the editable install's finder pointed at the tree, site processing included; each tree
its own compiled-regex cache folder), instrumented from outside: the parent's CPU when it forks the
reading worker (P_fork) and when it sends it the file (P_send), the worker's CPU before the call
(its preload, W_pre) and in the call (W_task), the parent's CPU while it waits (the writers'
imports, P_wait) and after the reply (writing and exit, P_after). On two free cores the command
takes about
    critical = max(P_send, P_fork + W_pre) + max(W_task, P_wait) + P_after
(interpreter start-up included: CPU clocks count from exec). Prints the medians of each part.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import functools, json, os, sys, time
import __editable___tdkt_0_1_0_finder as f
tree, stamps_file = sys.argv[1], sys.argv[2]
for k, v in list(f.MAPPING.items()): f.MAPPING[k] = v.replace('/work/main', tree)
del sys.argv[1:3]
import tdkt.workers as w
import tdkt.cli_check as cc
stamps = {}
init, send, receive = w._Worker.__init__, w._Worker.send, w._Worker.receive
def _init(self, *a, **k):
    stamps.setdefault("P_fork", time.process_time())
    init(self, *a, **k)
def _send(self, *a, **k):
    stamps.setdefault("P_send", time.process_time())
    return send(self, *a, **k)
def _receive(self, *a, **k):
    out = receive(self, *a, **k)
    stamps.setdefault("P_recv", time.process_time())
    return out
w._Worker.__init__, w._Worker.send, w._Worker.receive = _init, _send, _receive
def timed(fn):
    @functools.wraps(fn)  # pickled by name to the worker: the name must lead to this wrapper
    def call(*a, **k):
        start = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            with open(stamps_file + ".worker", "w") as out:
                json.dump({"W_pre": start, "W_task": time.process_time() - start}, out)
    return call
for name in ("_check_in_worker", "_check_sent"):
    if hasattr(cc, name):
        setattr(cc, name, timed(getattr(cc, name)))
from tdkt.cli import main
code = main()
stamps["P_total"] = time.process_time()
with open(stamps_file, "w") as out:
    json.dump(stamps, out)
sys.exit(code)
"""


def _run(tree: str, file: str, out: Path, fmt: list[str], stamps: Path) -> dict:
    env = dict(os.environ)
    env["TDKT_CACHE_DIR"] = str(Path(tempfile.gettempdir(), "tdkt-speed10c-cache", tree.strip("/").replace("/", "_")))
    if tree.endswith("+pyc"):  # byte-code cached, as an installed package runs (PYTHONDONTWRITEBYTECODE off)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir(), "tdkt-speed10c-pyc"))
        tree = tree.removesuffix("+pyc")
    subprocess.run([sys.executable, "-c", _CHILD, tree.rstrip("/"), str(stamps), "check", file, "--out", str(out), *fmt],
                   check=True, capture_output=True, env=env, cwd=tempfile.gettempdir())
    parent = json.loads(stamps.read_text())
    worker = json.loads(Path(str(stamps) + ".worker").read_text())
    p = {**parent, **worker}
    p["P_wait"] = p["P_recv"] - p["P_send"]
    p["P_after"] = p["P_total"] - p["P_recv"]
    p["critical"] = max(p["P_send"], p["P_fork"] + p["W_pre"]) + max(p["W_task"], p["P_wait"]) + p["P_after"]
    p["all CPU"] = p["P_total"] + p["W_pre"] + p["W_task"]
    return p


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree_a")
    parser.add_argument("tree_b")
    parser.add_argument("file", nargs="?", default=str(ROOT / "samples" / "inbox" / "01-xa-tay-vinh.docx"))
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--format", default="all")
    args = parser.parse_args()
    fmt = [] if args.format == "all" else ["--format", args.format]
    trees = {"A": args.tree_a, "B": args.tree_b}
    runs: dict[str, list[dict]] = {"A": [], "B": []}
    with tempfile.TemporaryDirectory(prefix="tdkt-speed10c-path-") as tmp:
        for k, tree in trees.items():  # warm the page cache and each tree's regex cache
            _run(tree, args.file, Path(tmp, f"warm-{k}"), fmt, Path(tmp, f"s-{k}"))
        load0 = os.getloadavg()[0]
        for i in range(args.rounds):
            for k, tree in trees.items():
                runs[k].append(_run(tree, args.file, Path(tmp, f"{k}{i}"), fmt, Path(tmp, f"s-{k}")))
        load1 = os.getloadavg()[0]
    keys = ["P_fork", "W_pre", "P_send", "W_task", "P_wait", "P_after", "critical", "all CPU"]
    print(f"{Path(args.file).name}, format {args.format}, {args.rounds} rounds, load {load0:.1f} -> {load1:.1f}; "
          f"CPU seconds, medians")
    print(f"  {'':4s}" + "".join(f"{k:>10s}" for k in keys))
    for k, tree in trees.items():
        print(f"  {k:4s}" + "".join(f"{statistics.median(r[key] for r in runs[k]):10.3f}" for key in keys) + f"   {tree}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
