"""`tdkt check PATH... --out DIR [--format xlsx,json,csv]`: judge files once, write the outputs.

Outputs are written by pipeline/outputs.write_outputs; this module only parses arguments and
prints what was written (in Vietnamese).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path


def register(sub) -> None:
    check = sub.add_parser("check", help="Kiểm tra các tệp báo cáo và ghi kết quả.")
    check.add_argument("paths", nargs="+", help="tệp hoặc thư mục (tìm cả thư mục con)")
    check.add_argument("--out", required=True, help="thư mục ghi kết quả")
    check.add_argument("--rules", help="tệp quy tắc YAML (mặc định: hướng dẫn sơ kết 6 tháng đầu năm 2023)")
    check.add_argument("--roster", help="danh sách đơn vị CSV")
    check.add_argument("--format", dest="formats", default=None, metavar="DS",
                       help="các kết quả cần ghi, cách nhau bằng dấu phẩy: xlsx, json, csv (mặc định: cả ba)")
    check.set_defaults(func=run)


def run(args) -> int:
    from tdkt.cli import check_entry, files_under, load_rules
    from tdkt.pipeline.outputs import OutputLockedError, parse_formats, write_outputs

    try:
        formats = parse_formats(getattr(args, "formats", None))
    except ValueError as exc:
        print(f"Lỗi tham số --format: {exc}", file=sys.stderr)
        return 2
    rules = load_rules(args)
    if rules is None:
        return 2
    ruleset, roster = rules
    try:
        skipped: list = []
        files = files_under(args.paths, skipped)
    except FileNotFoundError as exc:
        print(f"Không tìm thấy: {exc}", file=sys.stderr)
        return 2
    run_info = {"run_time": dt.datetime.now().replace(microsecond=0), "rules_file": Path(ruleset.path).name}
    records = [check_entry(f, ruleset, roster) for f in files]
    out = Path(args.out)
    try:
        written = write_outputs(records, ruleset, roster, out, formats=formats, run_info=run_info)
    except OutputLockedError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    bad = sum(1 for r in records if r.error)
    skipped_note = f", bỏ qua {len(skipped)} tệp khóa/tệp hệ thống" if skipped else ""
    print(f"Đã kiểm tra {len(records)} tệp ({bad} tệp lỗi{skipped_note}). Kết quả:")
    for path in written.values():
        print(f"  {path}")
    return 0
