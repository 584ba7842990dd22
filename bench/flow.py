"""Orchestration benchmarks (docs/performance.md, "Flows").

(a) cold: N reports never seen, `tdkt run` end to end (Python start, Prefect's embedded server,
    judging, outputs) -> reports per second;
(b) nightly re-run: `tdkt run` over M unchanged files (target < 10 s);
(c) watch: drop one DOCX into a watched inbox, time until reports.json and compliance.xlsx show it
    (target < 5 s).

    .venv/bin/python bench/flow.py [--cold 1000] [--unchanged 10000] [--drops 3] [--concurrency 2]

Everything happens in a temporary folder, with PREFECT_HOME inside it. Each command runs as a
subprocess, as a clerk or a cron job would run it.
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

# The code-version part of the cache key is pinned: the checkout may be edited while the bench
# runs, and an edited engine (rightly) invalidates every stored result. The work is unchanged.
_PINNED = ("import sys, tdkt.flows.versions as v; v.code_version = lambda: 'bench'; "
           "from tdkt.cli import main; sys.exit(main(sys.argv[1:]))")
TDKT = [sys.executable, "-c", _PINNED]
COMMUNES = ["Tây Vinh", "Tây Bình", "Tây An", "Tây Phú", "Tây Xuân", "Bình Nghi", "Bình Thành", "Bình Tân",
            "Tây Giang", "Tây Thuận", "Bình Hòa", "Bình Tường", "Vĩnh An", "Tây Sơn", "Phú Phong"]


def make_report(path: Path, i: int) -> None:
    import docx

    commune = COMMUNES[i % len(COMMUNES)]
    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN", f"XÃ {commune.upper()}", f"Số: {i}/BC-UBND",
                 f"{commune}, ngày {10 + i % 15} tháng 6 năm 2023", "BÁO CÁO",
                 "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
                 "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
                 "1. Công tác lãnh đạo, chỉ đạo",
                 f"Đảng ủy, UBND xã đã ban hành {i % 7 + 1} văn bản chỉ đạo, hướng dẫn công tác thi đua.",
                 "2. Việc tổ chức các phong trào thi đua",
                 f"Năm 2022 xã đã được công nhận {i % 20 + 1} sáng kiến cấp cơ sở.",
                 "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023",
                 "Tiếp tục đẩy mạnh các phong trào thi đua yêu nước."):
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Danh hiệu", "Số lượng"
    table.cell(1, 0).text, table.cell(1, 1).text = "Lao động tiên tiến", str(20 + i % 30)
    d.save(path)


def make_inbox(folder: Path, n: int, distinct: int | None = None) -> None:
    """n files; with `distinct`, n copies of that many reports (same bytes and mtime per group)."""
    folder.mkdir(parents=True, exist_ok=True)
    distinct = distinct or n
    base = time.time() - 3600
    templates = []
    for i in range(distinct):
        p = folder / f"bc-{i:05d}.docx"
        make_report(p, i)
        templates.append(p)
    for j in range(distinct, n):
        shutil.copyfile(templates[j % distinct], folder / f"bc-{j:05d}.docx")
    for j in range(n):
        t = base + (j % distinct)
        os.utime(folder / f"bc-{j:05d}.docx", (t, t))


def env_for(root: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(root / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOGGING_LEVEL="WARNING")
    return env


def tdkt_run(root: Path, inbox: Path, out: Path, concurrency: int, extra: list[str] = ()) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(TDKT + ["run", str(inbox), "--out", str(out), "--concurrency", str(concurrency), *extra],
                          env=env_for(root), cwd=root, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"tdkt run failed:\n{proc.stdout}\n{proc.stderr[-3000:]}")
    return elapsed, proc.stdout.strip().splitlines()[-1]


def bench_cold(root: Path, n: int, concurrency: int, runner: str) -> dict:
    inbox = root / f"cold-{runner}"
    make_inbox(inbox, n)
    conf = root / f"cold-{runner}.toml"
    conf.write_text(f'[run]\ntask_runner = "{runner}"\n', encoding="utf-8")
    elapsed, said = tdkt_run(root, inbox, root / f"out-cold-{runner}", concurrency, ["--config", str(conf)])
    result = {"files": n, "runner": runner, "concurrency": concurrency, "seconds": round(elapsed, 1),
              "reports_per_second": round(n / elapsed, 1), "said": said}
    if runner == "thread":  # yardstick: `tdkt check`, one process, no Prefect, no store
        t0 = time.perf_counter()
        subprocess.run(TDKT + ["check", str(inbox), "--out", str(root / "out-check")], env=env_for(root), cwd=root,
                       capture_output=True, check=True)
        result["check_seconds"] = round(time.perf_counter() - t0, 1)
    return result


def bench_unchanged(root: Path, n: int, concurrency: int) -> dict:
    inbox = root / "unchanged"
    t0 = time.perf_counter()
    make_inbox(inbox, n, distinct=min(100, n))
    made = time.perf_counter() - t0
    seed, _ = tdkt_run(root, inbox, root / "out-unchanged", concurrency)
    times = [tdkt_run(root, inbox, root / "out-unchanged", concurrency) for _ in range(3)]
    # One report among them replaced: Prefect starts, one file is judged, every output rewritten.
    changed = inbox / "bc-00007.docx"
    make_report(changed, 99999)
    os.utime(changed, (time.time() - 60, time.time() - 60))
    one, said_one = tdkt_run(root, inbox, root / "out-unchanged", concurrency)
    return {"files": n, "distinct_reports": min(100, n), "inbox_made_seconds": round(made, 1),
            "seed_run_seconds": round(seed, 1), "rerun_seconds": [round(t, 2) for t, _ in times],
            "said": times[-1][1], "one_changed_seconds": round(one, 1), "said_one_changed": said_one}


def bench_watch(root: Path, drops: int) -> dict:
    inbox = root / "watched"
    inbox.mkdir()
    out = root / "out-watch"
    staged = root / "staged"
    staged.mkdir()
    for i in range(drops):
        make_report(staged / f"moi-{i}.docx", 500 + i)
    proc = subprocess.Popen(TDKT + ["watch", str(inbox), "--out", str(out)], env=env_for(root), cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        t_start = time.perf_counter()
        for line in proc.stdout:  # wait until it watches
            if line.startswith("Đang theo dõi"):
                break
        ready = time.perf_counter() - t_start
        latencies = []
        for i in range(drops):
            time.sleep(2.0)
            name = f"moi-{i}.docx"
            shutil.copyfile(staged / name, inbox / name)  # written in one go, then closed
            t0 = time.perf_counter()
            while time.perf_counter() - t0 < 60:
                rj = out / "reports.json"
                if rj.exists() and any(Path(r["file"]).name == name for r in json.loads(rj.read_text("utf-8"))):
                    if (out / "compliance.xlsx").stat().st_mtime >= rj.stat().st_mtime - 5:
                        break
                time.sleep(0.02)
            latencies.append(round(time.perf_counter() - t0, 2))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"drops": drops, "watch_ready_seconds": round(ready, 1), "latency_seconds": latencies,
            "median": statistics.median(latencies), "max": max(latencies)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cold", type=int, default=1000)
    ap.add_argument("--unchanged", type=int, default=10000)
    ap.add_argument("--drops", type=int, default=3)
    ap.add_argument("--concurrency", type=int, default=2)
    ap.add_argument("--runners", default="thread", help="comma list: thread,process,dask")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="tdkt-bench-flow-"))
    results = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    try:
        if args.cold:
            results["cold"] = []
            for runner in args.runners.split(","):
                results["cold"].append(bench_cold(root, args.cold, args.concurrency, runner))
                print(json.dumps(results["cold"][-1], ensure_ascii=False), flush=True)
        if args.unchanged:
            results["unchanged"] = bench_unchanged(root, args.unchanged, args.concurrency)
            print(json.dumps(results["unchanged"], ensure_ascii=False), flush=True)
        if args.drops:
            results["watch"] = bench_watch(root, args.drops)
            print(json.dumps(results["watch"], ensure_ascii=False), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
