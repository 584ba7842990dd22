"""`tdkt eval [SAMPLES_DIR]`: measure the checker on the labelled samples and print the scores."""

from __future__ import annotations

import sys


def register(sub) -> None:
    ev = sub.add_parser("eval", help="Đánh giá độ chính xác trên bộ báo cáo mẫu có nhãn.")
    ev.add_argument("samples", nargs="?", default="samples", help="thư mục mẫu (có labels/, inbox/)")
    ev.add_argument("--rules", help="tệp quy tắc YAML")
    ev.add_argument("--roster", help="danh sách đơn vị CSV")
    ev.add_argument("--all-variants", action="store_true",
                    help="chấm cả các bản định dạng khác (PDF, bản quét...) để so độ nhất quán")
    ev.add_argument("--only", action="append", help="chỉ chấm mẫu có tên bắt đầu bằng chuỗi này")
    ev.add_argument("--details", action="store_true", help="liệt kê mọi chỗ sai lệch")
    ev.set_defaults(func=run)


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def run(args) -> int:
    from pathlib import Path

    from tdkt.cli import load_rules
    from tdkt.pipeline.evaluate import evaluate

    rules = load_rules(args)
    if rules is None:
        return 2
    ruleset, roster = rules
    if not (Path(args.samples) / "labels").is_dir():
        print(f"Không thấy thư mục nhãn {Path(args.samples) / 'labels'}.", file=sys.stderr)
        return 2
    r = evaluate(args.samples, ruleset, roster, all_variants=args.all_variants, only=args.only)
    print(f"Đã chấm {len(r.samples)} báo cáo mẫu (bản chính) trong {r.seconds:.2f} giây"
          f" ({1000 * r.seconds / max(getattr(r, 'judged', 1), 1):.0f} ms/tệp).")
    for key in r.missing_files:
        print(f"  Thiếu tệp trong inbox cho mẫu {key}.")
    print("\nCờ 'thiếu' theo mục (lớp dương = thiếu):")
    print(f"  {'Mục':<5} {'Chính xác':>9} {'Độ phủ':>8} {'F1':>7}   TP  FP  FN  TN")
    for item_id in ruleset.item_ids:
        c = r.per_item.get(item_id)
        if c is None:
            continue
        print(f"  {item_id:<5} {_pct(c.precision):>9} {_pct(c.recall):>8} {_pct(c.f1):>7}"
              f"  {c.tp:3d} {c.fp:3d} {c.fn:3d} {c.tn:3d}")
    o = r.overall
    print(f"  {'Chung':<5} {_pct(o.precision):>9} {_pct(o.recall):>8} {_pct(o.f1):>7}"
          f"  {o.tp:3d} {o.fp:3d} {o.fn:3d} {o.tn:3d}")
    print(f"\nĐúng trạng thái (có/một phần/thiếu): {_pct(r.status_accuracy)} ({r.status_correct}/{r.status_total})")
    print(f"Đúng số liệu: {_pct(r.figure_accuracy)} ({r.figures_correct}/{r.figures_total})")
    print(f"Đúng thông tin văn bản (đơn vị, số, ngày, người ký): {_pct(r.metadata_accuracy)}"
          f" ({r.metadata_correct}/{r.metadata_total})")
    if r.consistency:
        print("\nNhất quán giữa các định dạng (trạng thái trùng với bản chính):")
        for name, agree, total in r.consistency:
            print(f"  {name:<45} {agree:3d}/{total:<3d} {_pct(agree / total if total else 0)}")
    if args.details and r.mismatches:
        print("\nSai lệch:")
        for m in r.mismatches:
            print(f"  {m.sample} {m.what}: nhãn {m.expected!r}, máy {m.got!r}. {m.note}".rstrip())
    elif r.mismatches:
        print(f"\n{len(r.mismatches)} chỗ sai lệch (xem --details).")
    return 0
