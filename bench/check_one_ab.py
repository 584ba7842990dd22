"""One-file `tdkt check`, whole process, cold: one commit against another, interleaved.

    .venv/bin/python bench/check_one_ab.py --before COMMIT [--after COMMIT|tree] [FILE] [--rounds 9]
                     [--format all|json]

Each commit's tree is laid out as the `tdkt` package (bench/writers_unchanged.py) and run as
`python -S -c "from tdkt.cli import main; ..." check FILE --out TMP` in a fresh interpreter, before
and after alternately, so both see the same machine load; `--after tree` runs this work tree
through the editable install (`.venv/bin/tdkt`, as a clerk would, site processing included).
Prints the median wall time of the process and its CPU (user + system, children included),
and the load average: quote wall times only from a quiet machine (load well under 1 per core).
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from writers_unchanged import ROOT, SITE, _lay_out  # noqa: E402

RUN = "import sys; from tdkt.cli import main; sys.exit(main())"


def _timed(cmd: list[str], env: dict) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True, cwd=tempfile.gettempdir())
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "samples" / "inbox" / "01-xa-tay-vinh.docx"))
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", default="HEAD")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--format", default="all")
    args = parser.parse_args()
    fmt = [] if args.format == "all" else ["--format", args.format]
    with tempfile.TemporaryDirectory(prefix="tdkt-check-ab-") as tmp:
        tmp = Path(tmp)
        commands = {}
        for label, commit in (("before", args.before), ("after", args.after)):
            if commit == "tree":
                commands[label] = ([str(Path(sys.executable).parent / "tdkt")], dict(os.environ))
                continue
            pkg = _lay_out(commit, tmp / label)
            commands[label] = ([sys.executable, "-S", "-c", RUN], {**os.environ, "PYTHONPATH": f"{pkg}{os.pathsep}{SITE}"})
        for label, (cmd, env) in commands.items():  # warm the page cache and the rules caches once
            _timed(cmd + ["check", args.file, "--out", str(tmp / f"warm-{label}")] + fmt, env)
        got: dict[str, list[tuple[float, float]]] = {k: [] for k in commands}
        loads = []
        for i in range(args.rounds):
            for label, (cmd, env) in commands.items():
                got[label].append(_timed(cmd + ["check", args.file, "--out", str(tmp / f"{label}{i}")] + fmt, env))
            loads.append(os.getloadavg()[0])
    print(f"{Path(args.file).name}, format {args.format}, {args.rounds} rounds interleaved, "
          f"{os.cpu_count()} cores, load average {min(loads):.2f}-{max(loads):.2f}")
    for label, runs in got.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"  {label:6} ({args.before if label == 'before' else args.after}): wall {wall:.3f} s "
              f"(min {min(w for w, _ in runs):.3f}), CPU {cpu:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
