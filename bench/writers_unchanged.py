"""Prove that a change to the output writers leaves what the clerk gets unchanged: write the
outputs of the same records with another commit's writers and with this tree's, then compare.

    .venv/bin/python bench/writers_unchanged.py ab --before COMMIT [--records reports.json]
                     [--run-time 2026-12-07T04:31:00] [--synthetic 60,2000]
    .venv/bin/python bench/writers_unchanged.py compare DIR_A DIR_B [--ignore-run-time]

`ab` lays COMMIT's tree out as the `tdkt` package in a temporary folder and runs it with
`python -S` (so the editable install's finder does not map `tdkt` back to this work tree), then
runs this tree, each in a fresh process, over every case: the synthetic records of
bench/synthetic.py (a few clerk's decisions and unsure verdicts added; 2,000 records also thin the
Chi tiết comments) and, with --records, a real run's reports.json judged against the default
rules and roster. `compare` checks two output folders:
  - tong-hop.csv and reports.json byte-identical;
  - compliance.xlsx, every sheet opened with openpyxl: every cell's value and type, number
    format, font (name, size, bold, italic, colour), fill, alignment, border, comment; merged
    ranges, frozen panes, autofilter, print area and titles, row heights, column widths;
  - and, stronger, every XML part of the .xlsx byte-identical but docProps/core.xml (its
    creation time), which XlsxWriter writes deterministically from the same calls.
`--ignore-run-time` compares two `tdkt check` runs made at different minutes: the sheets'
"Lập lúc: dd/mm/yyyy HH:MM" is then left out of the comparison (nothing else may differ).
Prints one line per case and exits 1 on any difference (the first ones are listed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "bench"
SITE = Path(sys.prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
PACKAGES = {"extractors": "extractors", "flows": "flows", "pipeline": "pipeline", "rules": "rules"}
CASE_FILES = ("reports.json", "tong-hop.csv", "compliance.xlsx")
SHARED = "xl/sharedStrings.xml"
RUN_TIME = re.compile(r"Lập lúc: \d\d/\d\d/\d{4} \d\d:\d\d")


# --- writing one case (runs in the child, under either tree) ----------------------------------

def write_case(case: str, out: Path, run_time: str) -> None:
    sys.path.insert(0, str(HERE))
    from tdkt.pipeline.output.outputs import write_outputs

    if case.startswith("synthetic:"):
        from synthetic import demo_roster, demo_ruleset, synthetic_records

        n = int(case.split(":", 1)[1])
        ruleset, roster = demo_ruleset(), demo_roster(max(12, int(n * 0.9)))
        records = synthetic_records(n, ruleset, roster)
        _decide_some(records)
        rules_file = "tay-son-2023-h1.yaml"
    else:
        import json

        from tdkt.pipeline.record import ReportRecord
        from tdkt.rules.loader import load_roster, load_ruleset

        ruleset, roster = load_ruleset(None), load_roster(None)
        records = [ReportRecord.from_dict(d) for d in json.loads(Path(case).read_text(encoding="utf-8"))]
        rules_file = Path(ruleset.path).name
    run_info = {"run_time": dt.datetime.fromisoformat(run_time), "rules_file": rules_file}
    write_outputs(records, ruleset, roster, out, run_info=run_info)
    import tdkt.pipeline.output.outputs as used

    print(Path(used.__file__).parent)  # which tree's writers ran


def _decide_some(records) -> None:
    """Clerk's decisions (applied and stale) and unsure verdicts on a few cells, so the flagged
    looks of Chi tiết are compared too."""
    judged = [r for r in records if not r.error]
    for k, r in enumerate(judged[:40]):
        item = sorted(r.items)[k % len(r.items)]
        if k % 3 == 0:
            r.items[item].override = {"status": "present", "note": "Đã đọc lại", "by": "Lan", "at": "2023-07-01"}
        elif k % 3 == 1:
            r.items[item].override = {"status": "missing", "by": "Minh", "at": "2023-07-02", "stale": True}
        else:
            r.items[item].review = "Câu bằng chứng ngắn, nên đọc lại."


# --- comparing two output folders --------------------------------------------------------------

def compare_dirs(a: Path, b: Path, limit: int = 20, ignore_run_time: bool = False) -> list[str]:
    diffs: list[str] = []
    for name in ("reports.json", "tong-hop.csv"):
        pa, pb = a / name, b / name
        if pa.exists() != pb.exists():
            diffs.append(f"{name}: present in only one folder")
        elif pa.exists() and pa.read_bytes() != pb.read_bytes():
            diffs.append(f"{name}: bytes differ ({pa.stat().st_size} vs {pb.stat().st_size} bytes)")
    xa, xb = a / "compliance.xlsx", b / "compliance.xlsx"
    if xa.exists() != xb.exists():
        diffs.append("compliance.xlsx: present in only one folder")
    elif xa.exists():
        diffs.extend(_compare_workbooks(xa, xb, limit, ignore_run_time))
        diffs.extend(_compare_parts(xa, xb, ignore_run_time))
    return diffs


def _compare_parts(a: Path, b: Path, ignore_run_time: bool) -> list[str]:
    pattern = re.compile(RUN_TIME.pattern.encode("utf-8"))

    def part(z, name):
        data = z.read(name)
        return pattern.sub(b"", data) if ignore_run_time else data

    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        names_a, names_b = set(za.namelist()), set(zb.namelist())
        skip = {"docProps/core.xml"}  # its creation time
        if names_a ^ names_b == {SHARED}:
            # One workbook built in memory (a shared-string table), the other streamed (inline
            # strings): the sheets' XML differs by construction; their cells were compared above.
            print("    note: one workbook built in memory, the other streamed: sheets and styles compared cell by cell")
            skip |= {SHARED} | {n for n in names_a | names_b if n.startswith("xl/worksheets/sheet")}
            skip |= {"[Content_Types].xml", "xl/_rels/workbook.xml.rels"}  # they name the shared table
            skip |= {"xl/styles.xml"}  # the same formats, numbered in another order (first use vs first flush)
        elif names_a != names_b:
            return [f"xlsx parts differ: {sorted(names_a ^ names_b)}"]
        return [f"xlsx part {n}: bytes differ" for n in sorted(names_a & names_b)
                if n not in skip and part(za, n) != part(zb, n)]


def _colour(color) -> tuple | None:
    return None if color is None else (color.type, color.value, color.tint)


def _style(cell) -> tuple:
    f, fill, al, bd = cell.font, cell.fill, cell.alignment, cell.border
    return (cell.number_format, f.name, f.sz, f.b, f.i, _colour(f.color), fill.fill_type, _colour(fill.fgColor),
            al.horizontal, al.vertical, al.wrap_text, al.text_rotation,
            tuple((getattr(bd, s).style, _colour(getattr(bd, s).color)) for s in ("left", "right", "top", "bottom")))


def _sheet_facts(s) -> tuple:
    """Everything about a sheet but its cells: merges, panes, filter, print setup, sizes, colour scales."""
    ps, pm = s.page_setup, s.page_margins
    return (s.max_row, s.max_column, sorted(str(m) for m in s.merged_cells.ranges), s.freeze_panes,
            s.auto_filter.ref, s.print_area, s.print_title_rows,
            (ps.orientation, ps.paperSize, ps.fitToWidth, ps.fitToHeight, s.sheet_properties.pageSetUpPr.fitToPage),
            (pm.left, pm.right, pm.top, pm.bottom, pm.header, pm.footer), s.print_options.gridLines,
            s.sheet_view.showGridLines, str(s.oddHeader.center.text), str(s.oddFooter.center.text),
            sorted((str(rng.sqref), repr([(r.type, r.colorScale.cfvo if r.colorScale else None) for r in rules]))
                   for rng, rules in s.conditional_formatting._cf_rules.items()),
            {k: d.height for k, d in s.row_dimensions.items() if d.height},
            {k: (d.min, d.max, d.width) for k, d in s.column_dimensions.items()})


def _compare_workbooks(a: Path, b: Path, limit: int, ignore_run_time: bool) -> list[str]:
    import openpyxl

    wa, wb = openpyxl.load_workbook(a), openpyxl.load_workbook(b)
    if wa.sheetnames != wb.sheetnames:
        return [f"sheets differ: {wa.sheetnames} vs {wb.sheetnames}"]
    diffs: list[str] = []
    for name in wa.sheetnames:
        sa, sb = wa[name], wb[name]
        if _sheet_facts(sa) != _sheet_facts(sb):
            diffs.append(f"{name}: sheet layout differs: {_sheet_facts(sa)} vs {_sheet_facts(sb)}")
        for row_a, row_b in zip(sa.iter_rows(), sb.iter_rows()):
            for ca, cb in zip(row_a, row_b):
                va, vb = ca.value, cb.value
                if ignore_run_time and isinstance(va, str) and isinstance(vb, str):
                    va, vb = RUN_TIME.sub("", va), RUN_TIME.sub("", vb)
                ga = (va, ca.data_type, _style(ca), ca.comment.text if ca.comment else None)
                gb = (vb, cb.data_type, _style(cb), cb.comment.text if cb.comment else None)
                if ga != gb:
                    diffs.append(f"{name}!{ca.coordinate}: {ga!r} vs {gb!r}")
                    if len(diffs) >= limit:
                        return diffs
    return diffs


# --- before/after ------------------------------------------------------------------------------

def _lay_out(commit: str, dest: Path) -> Path:
    """COMMIT's tree as an importable `tdkt` package (the editable install's mapping)."""
    src = dest / "src"
    src.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    pkg = dest / "pkg"
    pkg.mkdir()
    subprocess.run(["cp", "-r", str(src / "tdkt"), str(pkg / "tdkt")], check=True)
    for sub, folder in PACKAGES.items():
        subprocess.run(["cp", "-r", str(src / folder), str(pkg / "tdkt" / sub)], check=True)
    return pkg


def _run_child(case: str, out: Path, run_time: str, old_pkg: Path | None) -> None:
    cmd = [sys.executable]
    env = dict(os.environ)
    if old_pkg is not None:
        cmd.append("-S")
        env["PYTHONPATH"] = f"{old_pkg}{os.pathsep}{SITE}"
    cmd += [__file__, "write", case, str(out), run_time]
    used = subprocess.run(cmd, check=True, env=env, cwd=tempfile.gettempdir(), capture_output=True,
                          text=True).stdout.strip().splitlines()[-1]
    expected = old_pkg / "tdkt" / "pipeline" / "output" if old_pkg else ROOT / "pipeline" / "output"
    if Path(used) != expected:
        raise SystemExit(f"the writers of {used} ran, not those of {expected}")


def ab(before: str, cases: list[str], run_time: str) -> int:
    failed = False
    with tempfile.TemporaryDirectory(prefix="tdkt-writers-ab-") as tmp:
        tmp = Path(tmp)
        old_pkg = _lay_out(before, tmp / "before")
        for k, case in enumerate(cases):
            a, b = tmp / f"a{k}", tmp / f"b{k}"
            _run_child(case, a, run_time, old_pkg)
            _run_child(case, b, run_time, None)
            diffs = compare_dirs(a, b)
            sizes = ", ".join(f"{n} {(b / n).stat().st_size} B" for n in CASE_FILES if (b / n).exists())
            print(f"{case}: {'identical' if not diffs else f'{len(diffs)} differences'} ({sizes})")
            for d in diffs[:20]:
                print("   ", d)
            failed |= bool(diffs)
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("ab")
    p.add_argument("--before", required=True)
    p.add_argument("--records", action="append", default=[], help="a reports.json (default rules and roster)")
    p.add_argument("--synthetic", default="60,2000", help="synthetic case sizes, comma-separated ('' for none)")
    p.add_argument("--run-time", default="2023-07-03T08:15:00")
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--ignore-run-time", action="store_true")
    w = sub.add_parser("write")
    w.add_argument("case")
    w.add_argument("out", type=Path)
    w.add_argument("run_time")
    args = parser.parse_args(argv)
    if args.cmd == "write":
        write_case(args.case, args.out, args.run_time)
        return 0
    if args.cmd == "compare":
        diffs = compare_dirs(args.a, args.b, ignore_run_time=args.ignore_run_time)
        print("identical" if not diffs else "\n".join(diffs))
        return 1 if diffs else 0
    cases = [f"synthetic:{n}" for n in args.synthetic.split(",") if n.strip()]
    cases += [str(Path(r).resolve()) for r in args.records]
    return ab(args.before, cases, args.run_time)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
