"""`tdkt check PATH... --out DIR`: judge files once, write reports.json and the workbook."""

from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    check = sub.add_parser("check", help="Kiểm tra các tệp báo cáo và ghi kết quả.")
    check.add_argument("paths", nargs="+", help="tệp hoặc thư mục (tìm cả thư mục con)")
    check.add_argument("--out", required=True, help="thư mục ghi kết quả")
    check.add_argument("--rules", help="tệp quy tắc YAML (mặc định: hướng dẫn sơ kết 6 tháng đầu năm 2023)")
    check.add_argument("--roster", help="danh sách đơn vị CSV")
    check.set_defaults(func=run)


def run(args) -> int:
    from tdkt.cli import files_under
    from tdkt.pipeline.outputs import write_outputs
    from tdkt.pipeline.process import process_file
    from tdkt.rules.loader import RulesError, load_roster, load_ruleset

    try:
        ruleset = load_ruleset(args.rules)
        roster = load_roster(args.roster)
    except RulesError as exc:
        print(f"Lỗi cấu hình: {exc}", file=sys.stderr)
        return 2
    try:
        files = files_under(args.paths)
    except FileNotFoundError as exc:
        print(f"Không tìm thấy: {exc}", file=sys.stderr)
        return 2
    records = [process_file(f, ruleset, roster) for f in files]
    out = Path(args.out)
    write_outputs(records, ruleset, roster, out)
    bad = sum(1 for r in records if r.error)
    print(f"Đã kiểm tra {len(records)} tệp ({bad} tệp lỗi). Kết quả: {out / 'compliance.xlsx'}")
    return 0
