"""One-file (or N-file) `tdkt check`, whole process, cold: two work trees interleaved.

    /work/main/.venv/bin/python bench/speed10c_one.py TREE_A TREE_B [FILE...] [--rounds 11]
                     [--format all|json] [--importtime]

Each round runs `tdkt check FILE... --out TMP` in a fresh interpreter for tree A, then for tree B,
through the editable install's finder pointed at that tree (site processing included, as the
clerk's `.venv/bin/tdkt` runs it). Prints the median wall time and CPU (user + system, children
included) of each, and the load average. With --importtime, also the top cumulative imports of
one extra run of each tree (python -X importtime). Compare only figures of one run.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN = ("import sys, __editable___tdkt_0_1_0_finder as f\n"
       "tree = {tree!r}\n"
       "for k, v in list(f.MAPPING.items()): f.MAPPING[k] = v.replace('/work/main', tree)\n"
       "from tdkt.cli import main\n"
       "sys.exit(main())\n")


def _cmd(tree: str) -> list[str]:
    return [sys.executable, "-c", RUN.format(tree=tree.removesuffix("+pyc").rstrip("/"))]


def _env(tree: str) -> dict:
    """Each tree has a compiled-regex cache folder of its own. A tree named TREE+pyc runs with byte-code caching on (in a cache folder of its own), as an
    installed package runs; otherwise the caller's environment as it is (PYTHONDONTWRITEBYTECODE
    set means every module is compiled from source in every process)."""
    env = dict(os.environ)
    # each tree its own compiled-regex cache: formats may differ, and other sessions' runs of the
    # same rules must not rewrite the file between rounds
    env["TDKT_CACHE_DIR"] = str(Path(tempfile.gettempdir(), "tdkt-speed10c-cache", tree.strip("/").replace("/", "_")))
    if tree.endswith("+pyc"):
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir(), "tdkt-speed10c-pyc"))
    return env


def _timed(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=tempfile.gettempdir(), env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _importtime(cmd: list[str], top: int, env: dict) -> list[tuple[int, str]]:
    result = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], capture_output=True, text=True,
                            cwd=tempfile.gettempdir(), env=env)
    rows = []
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "cumulative" not in line:
            _, cum_us, name = line[len("import time:"):].split("|", 2)
            rows.append((int(cum_us), name.rstrip()))
    return sorted(rows, reverse=True)[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree_a")
    parser.add_argument("tree_b")
    parser.add_argument("files", nargs="*", default=[str(ROOT / "samples" / "inbox" / "01-xa-tay-vinh.docx")])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--format", default="all")
    parser.add_argument("--importtime", type=int, default=0, metavar="TOP")
    args = parser.parse_args()
    fmt = [] if args.format == "all" else ["--format", args.format]
    results: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
    with tempfile.TemporaryDirectory(prefix="tdkt-speed10c-") as tmp:
        trees = {"A": args.tree_a, "B": args.tree_b}
        argv = {k: _cmd(t) + ["check", *args.files, "--out", str(Path(tmp, k))] + fmt for k, t in trees.items()}
        for k in trees:  # warm the page cache and the rules caches once
            _timed(argv[k], _env(trees[k]))
        load0 = os.getloadavg()[0]
        for _ in range(args.rounds):
            for k in trees:
                results[k].append(_timed(argv[k], _env(trees[k])))
        load1 = os.getloadavg()[0]
        print(f"{len(args.files)} file(s), format {args.format}, {args.rounds} rounds, load {load0:.2f} -> {load1:.2f}")
        for k, tree in trees.items():
            walls = [w for w, _ in results[k]]
            cpus = [c for _, c in results[k]]
            print(f"  {k} {tree}: wall median {statistics.median(walls):.3f} s (min {min(walls):.3f}), "
                  f"CPU median {statistics.median(cpus):.3f} s")
        if args.importtime:
            for k, tree in trees.items():
                print(f"  {k} imports, cumulative us:")
                for us, name in _importtime(argv[k], args.importtime, _env(tree)):
                    print(f"    {us:8d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
