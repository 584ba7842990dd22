"""Benchmark the output writers on synthetic judged records (default 2,000).

Each variant runs in a fresh child process so its peak RSS (ru_maxrss) is its own:
  tables   mark_superseded + build_tables (plain rows)
  csv      tables + summary CSV
  xlsx     tables + workbook, XlsxWriter constant_memory, comments within COMMENT_BUDGET (what tdkt ships)
  allcomm  same with a comment on every Chi tiết cell that has something to say (no budget)
  nocomm   same without the Chi tiết comments (what the comments cost)
  normal   same as xlsx with every row kept in memory until the end (shared strings)
Times are CPU seconds of the child (the machine is shared; wall time is printed too).
Usage:  .venv/bin/python bench/workbook.py [N] [variant ...]
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VARIANTS = ("tables", "csv", "xlsx", "allcomm", "nocomm", "normal")


def child(n: int, variant: str) -> dict:
    sys.path.insert(0, str(HERE))
    from synthetic import demo_roster, demo_ruleset, synthetic_records

    from tdkt.pipeline.output.outputs import summary_csv_bytes
    from tdkt.pipeline.supersede import mark_superseded
    from tdkt.pipeline.output.table import build_tables
    from tdkt.pipeline.output import workbook
    from tdkt.pipeline.output.workbook import workbook_bytes

    if variant == "allcomm":
        workbook.COMMENT_BUDGET = 10**9

    ruleset, roster = demo_ruleset(), demo_roster(int(n * 0.9))  # ~10% of senders not on the roster
    records = synthetic_records(n, ruleset, roster)
    import xlsxwriter  # noqa: F401  (imports are not the writer's cost)

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    w0, t0 = time.perf_counter(), time.process_time()
    tables = build_tables(mark_superseded(records), ruleset, roster, {"rules_file": "demo.yaml"})
    t1 = time.process_time()
    size = 0
    if variant == "csv":
        size = len(summary_csv_bytes(tables.summary))
    elif variant != "tables":
        size = len(workbook_bytes(tables, write_only=variant != "normal", comments=variant != "nocomm"))
    t2, w2 = time.process_time(), time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"variant": variant, "records": n, "tables_s": round(t1 - t0, 2), "write_s": round(t2 - t1, 2),
            "total_s": round(t2 - t0, 2), "wall_s": round(w2 - w0, 1), "peak_rss_mb": round(peak / 1024), "rss_growth_mb": round((peak - base) / 1024),
            "bytes": size, "rows": {k: len(getattr(tables, k)) for k in ("summary", "detail", "evidence")},
            "comment_cells": sum(1 for row in tables.detail_notes.rows for text in row if text != "")}


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv and argv[0].isdigit() else 2000
    variants = [a for a in argv if a in VARIANTS] or list(VARIANTS)
    print(f"{'variant':8} {'tables s':>9} {'write s':>8} {'total s':>8} {'wall s':>7} {'peak MB':>8} {'+MB':>5} "
          f"{'size KB':>8}")
    for v in variants:
        out = subprocess.run([sys.executable, __file__, "--child", str(n), v], capture_output=True, text=True,
                             check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{v:8} {r['tables_s']:>9} {r['write_s']:>8} {r['total_s']:>8} {r['wall_s']:>7} {r['peak_rss_mb']:>8} "
              f"{r['rss_growth_mb']:>5} {r['bytes'] // 1024:>8}")
    print(f"records={n}; rows: {r['rows']}; Chi tiết cells with something to comment: {r['comment_cells']}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(child(int(sys.argv[2]), sys.argv[3])))
    else:
        main(sys.argv[1:])
