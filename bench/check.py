"""End-to-end speed of reading and judging: reports per second and where the time goes.

    .venv/bin/python bench/check.py [--inbox samples/inbox] [--repeat 20] [--workers 2]

Prints, for DOCX and text-layer PDF reports in the inbox:
  - process start-up costs (importing the CLI, the readers, the judging engine),
  - per-report time split into extract and judge, and judge split by pipeline module (cProfile),
  - throughput in one process and with N worker processes (the machine has 2 cores),
  - kreuzberg's plain text extraction of the same DOCX files, when a Python with kreuzberg is given
    by --kreuzberg-python (a yardstick: it only extracts, tdkt extracts and judges).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _import_cost(statement: str) -> float:
    """Milliseconds for a fresh interpreter to run `statement` (median of 3), minus bare start-up."""
    def run(code: str) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
        return statistics.median(times) * 1000

    return run(statement) - run("pass")


def _primary_files(inbox: Path) -> dict[str, list[Path]]:
    from tdkt.extractors import sniff

    groups: dict[str, list[Path]] = {"docx": [], "pdf": []}
    for path in sorted(inbox.iterdir()):
        if path.name.count(".") != 1:  # variants such as .scan.pdf or .tcvn3.docx are other benches
            continue
        kind = sniff(path)
        if kind in groups:
            groups[kind].append(path)
    return groups


def _judge_one(path: str) -> float:
    from tdkt.pipeline.process import process_file
    from tdkt.rules.loader import load_roster, load_ruleset

    global _RULES
    try:
        rules = _RULES
    except NameError:
        rules = _RULES = (load_ruleset(), load_roster())
    t0 = time.perf_counter()
    record = process_file(Path(path), *rules)
    assert record.error is None, record.error
    return time.perf_counter() - t0


def _throughput(files: list[Path], workers: int, rounds: int) -> float:
    jobs = [str(f) for f in files] * rounds
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_judge_one, [str(files[0])] * workers))  # warm each worker (imports, rules)
        t0 = time.perf_counter()
        list(pool.map(_judge_one, jobs, chunksize=4))
        elapsed = time.perf_counter() - t0
    return len(jobs) / elapsed


def _stages(files: list[Path], repeat: int) -> tuple[float, float, dict[str, float]]:
    from tdkt.extractors import extract
    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster, load_ruleset

    ruleset, roster = load_ruleset(), load_roster()
    docs = {f: extract(f) for f in files}
    judge(docs[files[0]], ruleset, roster, file="warm", sha256="")  # warm lazy imports
    extract_ms, judge_ms = [], []
    for _ in range(repeat):
        for f in files:
            t0 = time.perf_counter()
            doc = extract(f)
            t1 = time.perf_counter()
            judge(doc, ruleset, roster, file=str(f), sha256="")
            t2 = time.perf_counter()
            extract_ms.append((t1 - t0) * 1000)
            judge_ms.append((t2 - t1) * 1000)
    profile = cProfile.Profile()
    profile.enable()
    for f in files:
        judge(docs[f], ruleset, roster, file=str(f), sha256="")
    profile.disable()
    by_module: dict[str, float] = {}
    stats = pstats.Stats(profile)
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        key = _module_of(filename)
        by_module[key] = by_module.get(key, 0.0) + tottime
    total = sum(by_module.values()) or 1.0
    shares = {k: v / total for k, v in sorted(by_module.items(), key=lambda kv: -kv[1])}
    return statistics.median(extract_ms), statistics.median(judge_ms), shares


def _module_of(filename: str) -> str:
    path = Path(filename)
    for layer in ("pipeline", "extractors", "rules"):
        if layer in path.parts and "site-packages" not in path.parts:
            return f"{layer}/{path.stem}"
    if "site-packages" in path.parts:
        idx = path.parts.index("site-packages")
        return f"lib:{path.parts[idx + 1]}" if idx + 1 < len(path.parts) else "lib"
    return "python"


def _kreuzberg(python: str, files: list[Path], repeat: int) -> float | None:
    code = (
        "import sys,time,statistics\n"
        "from kreuzberg import extract_file_sync\n"
        "fs=sys.argv[1:]; extract_file_sync(fs[0]); ts=[]\n"
        f"for _ in range({repeat}):\n"
        "    for f in fs:\n"
        "        t=time.perf_counter(); extract_file_sync(f); ts.append(time.perf_counter()-t)\n"
        "print(statistics.median(ts)*1000)\n"
    )
    result = subprocess.run([python, "-c", code, *map(str, files)], capture_output=True, text=True)
    if result.returncode != 0:
        print("kreuzberg failed:", result.stderr.strip().splitlines()[-1:] or result.returncode)
        return None
    return float(result.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inbox", default=str(ROOT / "samples" / "inbox"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--kreuzberg-python", help="a Python interpreter that has kreuzberg installed")
    args = parser.parse_args()

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; inbox {args.inbox}")
    print("\n== start-up (ms, fresh interpreter, median of 3, bare start-up subtracted)")
    for label, stmt in [
        ("import tdkt.cli (tdkt --help)", "import tdkt.cli; tdkt.cli.build_parser()"),
        ("import readers (docx)", "import tdkt.extractors.docx_reader, docx"),
        ("import judging engine", "import tdkt.pipeline.judge"),
        ("first judge (lazy imports: underthesea...)",
         "from tdkt.pipeline.judge import judge; from tdkt.pipeline.document import *;"
         "from tdkt.rules.loader import *; judge(Document([Block('paragraph','Báo cáo sơ kết')]),"
         " load_ruleset(), load_roster(), file='x', sha256='')"),
        ("import prefect (tdkt run only)", "import prefect"),
    ]:
        print(f"  {label:48s} {_import_cost(stmt):8.0f}")

    groups = _primary_files(Path(args.inbox))
    for kind, files in groups.items():
        if not files:
            continue
        ext_ms, judge_ms, shares = _stages(files, args.repeat)
        print(f"\n== {kind}: {len(files)} reports x {args.repeat}")
        print(f"  per report, median: extract {ext_ms:.1f} ms + judge {judge_ms:.1f} ms = {ext_ms + judge_ms:.1f} ms")
        print("  judge time by module (cProfile self time share):")
        for name, share in list(shares.items())[:10]:
            print(f"    {name:40s} {share * 100:5.1f} %")
        one = _throughput(files, 1, max(1, args.repeat // 4))
        many = _throughput(files, args.workers, max(1, args.repeat // 2))
        print(f"  throughput end to end (process_file): 1 process {one:.1f} reports/s; "
              f"{args.workers} processes {many:.1f} reports/s")
        if kind == "docx" and args.kreuzberg_python:
            kz = _kreuzberg(args.kreuzberg_python, files, args.repeat)
            if kz is not None:
                print(f"  kreuzberg extract_file_sync (text only), median per report: {kz:.1f} ms")


if __name__ == "__main__":
    main()
