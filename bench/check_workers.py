"""`tdkt check` over the sample DOCX with 1 and 2 reading workers: whole-process files/s.

Usage: .venv/bin/python bench/check_workers.py [--rounds 3] [FOLDER]
Runs `tdkt check FILES --out TMP --format json --workers N` alternately for N = 1 and 2, and
prints the median wall time and files/s per N, with the load average before the runs (the
machine may be shared: say so beside the figures).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(ROOT / "samples" / "inbox"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted(str(p) for p in Path(args.folder).glob("*.docx"))
    tdkt = str(ROOT / ".venv" / "bin" / "tdkt")
    times: dict[int, list[float]] = {1: [], 2: []}
    print(f"{len(files)} DOCX from {args.folder}; {os.cpu_count()} CPUs; load average before: "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.rounds):
            for workers in (1, 2):
                start = time.perf_counter()
                subprocess.run([tdkt, "check", *files, "--out", f"{tmp}/w{workers}", "--format", "json",
                                "--workers", str(workers)], check=True, stdout=subprocess.DEVNULL)
                times[workers].append(time.perf_counter() - start)
    for workers, values in times.items():
        median = statistics.median(values)
        print(f"workers={workers}: median {median:.2f} s over {len(values)} runs = {len(files) / median:.1f} files/s "
              f"(runs: {', '.join(f'{v:.2f}' for v in values)})")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
