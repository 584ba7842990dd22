"""Where a one-file `tdkt check` spends its time, as CPU per segment, and its critical path.

    .venv/bin/python bench/check_startup.py [FILE] [--rounds 5] [--format all|json|xlsx,json...]

Each round runs `tdkt check FILE --out TMP` in a fresh interpreter, instrumented from outside
(the same code as the command, wrapped): CPU of the parent before the reading starts (interpreter,
command line, rules), of the reading worker (forked: read + judge, its lazy imports), of the
writers' imports the parent runs while the worker reads (tdkt.cli_check.prepare_writers), and of
the writing. Wall time on a shared machine mostly measures the other processes; on an idle
2-core machine the wall time is close to the critical path printed here:
    parent before reading + max(worker, overlapped imports) + writing + the rest of the parent.
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


def _child(path: str, out: str, formats: str) -> None:
    import tdkt.cli_check as cc
    import tdkt.pipeline.output.outputs as outputs

    seg: dict[str, float] = {"imports": 0.0}
    original_check, original_write = cc.check_files, outputs.write_outputs

    def check_files(*args, **kwargs):
        seg["before"] = time.process_time()
        return original_check(*args, **kwargs)

    def write_outputs(*args, **kwargs):
        t = time.process_time()
        result = original_write(*args, **kwargs)
        seg["writing"] = time.process_time() - t
        return result

    cc.check_files, outputs.write_outputs = check_files, write_outputs
    if hasattr(cc, "prepare_writers"):
        original_prepare = cc.prepare_writers

        def prepare_writers(fmts):
            t = time.process_time()
            original_prepare(fmts)
            seg["imports"] = time.process_time() - t

        cc.prepare_writers = prepare_writers
    from tdkt.cli import main

    t0 = time.perf_counter()
    code = main(["check", path, "--out", out] + ([] if formats == "all" else ["--format", formats]))
    seg["wall"] = time.perf_counter() - t0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    seg["worker"] = children.ru_utime + children.ru_stime
    seg["parent"] = time.process_time()
    print(repr(seg) if code == 0 else f"exit {code}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "samples" / "inbox" / "01-xa-tay-vinh.docx"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--format", default="all")
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.rounds):
            result = subprocess.run([sys.executable, __file__, "--child", args.file, str(Path(tmp, f"out{i}")),
                                     args.format], capture_output=True, text=True, cwd=ROOT)
            last = (result.stdout.strip().splitlines() or ["?"])[-1]
            if result.returncode != 0 or not last.startswith("{"):
                sys.exit(f"tdkt check failed: {last} {result.stderr[-500:]}")
            runs.append(eval(last))  # our own child's repr of a dict of floats
    med = {k: statistics.median(r.get(k, 0.0) for r in runs) for k in runs[0]}
    rest = med["parent"] - med["before"] - med["imports"] - med["writing"]
    critical = med["before"] + max(med["worker"], med["imports"]) + med["writing"] + rest
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; file {Path(args.file).name}; "
          f"format {args.format}; median of {args.rounds} fresh runs (CPU seconds)")
    print(f"  parent before reading  {med['before']:.3f}")
    print(f"  reading worker         {med['worker']:.3f}")
    print(f"  writers' imports       {med['imports']:.3f}   (in the parent, while the worker reads)")
    print(f"  writing                {med['writing']:.3f}")
    print(f"  rest of the parent     {rest:.3f}")
    print(f"  critical path          {critical:.3f}   (all CPU {med['parent'] + med['worker']:.3f}; "
          f"wall of the command here {med['wall']:.2f} s)")


if __name__ == "__main__":
    main()
