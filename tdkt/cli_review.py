"""`tdkt override`, `tdkt overrides`, `tdkt review`: the clerk's decisions from the command line
and the local review page.

`override` records one decision through tdkt/review/decisions.py (the code the page uses) and
rewrites the outputs; `overrides` lists the stored decisions, exports them to CSV or imports a
CSV; `review` serves the page (tdkt/review/app.py). Arguments and messages only live here.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _folder_args(p) -> None:
    p.add_argument("--out", required=True, help="thư mục kết quả (nơi có reports.json)")
    p.add_argument("--config", help="tệp cấu hình TOML hoặc YAML (mặc định: $TDKT_CONFIG hoặc ./tdkt.toml)")
    p.add_argument("--rules", help="tệp quy tắc YAML (mặc định: như lượt chạy trước)")
    p.add_argument("--roster", help="danh sách đơn vị CSV (mặc định: như lượt chạy trước)")


def register(sub) -> None:
    o = sub.add_parser("override", help="Ghi quyết định của cán bộ về một mục của một đơn vị.")
    o.add_argument("unit", metavar="ĐƠN_VỊ", help="mã đơn vị trong danh sách, tên đơn vị hoặc tên tệp")
    o.add_argument("item", metavar="MỤC", help="mã mục, ví dụ M3")
    o.add_argument("status", metavar="TÌNH_TRẠNG", help="có / chưa đầy đủ / không có (hoặc present / partial / missing)")
    o.add_argument("--note", required=True, help="lý do")
    o.add_argument("--by", default="", help="người quyết định")
    _folder_args(o)
    o.set_defaults(func=override)

    ls = sub.add_parser("overrides", help="Liệt kê, xuất hoặc nhập các quyết định của cán bộ.")
    _folder_args(ls)
    ls.add_argument("--export", metavar="TỆP.csv", help="xuất ra tệp CSV")
    ls.add_argument("--import", dest="import_", metavar="TỆP.csv", help="nhập từ tệp CSV rồi ghi lại kết quả")
    ls.set_defaults(func=overrides)

    r = sub.add_parser("review", help="Mở trang xem xét kết quả trên trình duyệt (máy này).")
    _folder_args(r)
    r.add_argument("--host", default=None, help="địa chỉ lắng nghe (mặc định: 127.0.0.1)")
    r.add_argument("--port", type=int, default=None, help="cổng (mặc định: 8765)")
    r.set_defaults(func=review)


def _cfg(args):
    from tdkt.flows.config import ConfigError
    from tdkt.review.decisions import folder_config

    try:
        return folder_config(args.out, args.config, args.rules, args.roster)
    except ConfigError as exc:
        print(f"Lỗi cấu hình: {exc}", file=sys.stderr)
        return None


def _said_rewrite(result: dict, out) -> str:
    if result.get("written"):
        return f"Đã ghi lại kết quả trong {out}."
    if result.get("output_locked"):
        return f"Chưa ghi lại được kết quả: {result['output_locked']}"
    if result.get("how") == "none":
        return f"Chưa có reports.json trong {out}: kết quả sẽ áp dụng quyết định ở lần chạy sau."
    return "Kết quả không thay đổi."


def _waiting(message: str) -> None:
    print(f"{message} Đang chờ...", file=sys.stderr, flush=True)


def override(args) -> int:
    from tdkt.pipeline.output.table import ITEM_STATUS_VI
    from tdkt.review.decisions import load_records, record_decision, resolve_unit

    cfg = _cfg(args)
    if cfg is None:
        return 2
    records = load_records(cfg)
    if not records:
        print(f"Không có kết quả kiểm tra trong {args.out}: hãy chạy tdkt check/run trước.", file=sys.stderr)
        return 2
    try:
        record = resolve_unit(records, args.unit)
        decision, result = record_decision(cfg, record, args.item.strip().upper(), args.status, args.note, args.by,
                                           on_wait=_waiting)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    who = record.unit.name or record.unit.header_name
    print(f"Đã ghi: {who} — mục {decision.item}: {ITEM_STATUS_VI[decision.status]} (máy: "
          f"{ITEM_STATUS_VI.get(record.items[decision.item].status, '?')}), trên tệp {record.file}.")
    print(_said_rewrite(result, args.out))
    return 1 if result.get("output_locked") else 0


def overrides(args) -> int:
    from tdkt.flows import overrides_store as ostore

    cfg = _cfg(args)
    if cfg is None:
        return 2
    if args.import_:
        return _import(cfg, Path(args.import_), args.out)
    decisions = ostore.stored_decisions(cfg.store_path)
    if args.export:
        from tdkt.pipeline.output.outputs import write_user_file

        write_user_file(Path(args.export), ostore.csv_bytes(decisions))
        print(f"Đã xuất {len(decisions)} quyết định ra {args.export}.")
        return 0
    if not decisions:
        print(f"Chưa có quyết định nào của cán bộ cho {args.out}.")
        return 0
    print(_table(decisions, cfg))
    return 0


def _import(cfg, path: Path, out) -> int:
    from tdkt.flows import overrides_store as ostore
    from tdkt.flows.lock import output_lock
    from tdkt.review.decisions import rewrite_outputs

    try:
        decisions = ostore.parse_csv(path.read_bytes())
    except FileNotFoundError:
        print(f"Không tìm thấy tệp: {path}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"Không nhập được {path}: {exc}", file=sys.stderr)
        return 2
    with output_lock(cfg.output_dir, float(cfg.lock_wait_seconds), on_wait=_waiting):
        with ostore.OverrideStore(cfg.store_path) as store:
            added = store.add_many(decisions, skip_known=True)
        result = rewrite_outputs(cfg) if added else {}
    print(f"Đã nhập {added} quyết định mới ({len(decisions) - added} quyết định đã có) từ {path}.")
    if added:
        print(_said_rewrite(result, out))
    return 0


def _table(decisions, cfg) -> str:
    """The decisions as a plain-text table in Vietnamese, the one that applies marked with *."""
    from tdkt.flows.overrides_store import STATUS_VI, latest
    from tdkt.review.decisions import load_records
    from tdkt.pipeline.supersede import unit_key

    names = {}
    for r in load_records(cfg):
        if unit_key(r):
            names.setdefault(unit_key(r), r.unit.name or r.unit.header_name)
    applies = {id(d) for d in latest(decisions)}
    head = ("", "Đơn vị", "Mục", "Tình trạng", "Người sửa", "Thời điểm", "Số văn bản", "Ghi chú")
    rows = [("*" if id(d) in applies else "", names.get(d.unit, d.unit), d.item, STATUS_VI.get(d.status, d.status),
             d.by or "-", d.at.replace("T", " "), d.number or "-", d.note) for d in decisions]
    widths = [max(len(str(x[i])) for x in [head, *rows]) for i in range(len(head) - 1)]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(x[:-1], widths)) + "  " + str(x[-1]) for x in [head, *rows]]
    lines.insert(1, "-" * min(120, len(lines[0])))
    lines.append(f"(* quyết định đang áp dụng; {len(decisions)} quyết định đã ghi)")
    return "\n".join(lines)


def review(args) -> int:
    from tdkt.review.app import ReviewSettings, serve_review

    cfg = _cfg(args)
    if cfg is None:
        return 2
    try:
        settings = ReviewSettings.from_config(cfg, host=args.host, port=args.port)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return serve_review(cfg, settings)
