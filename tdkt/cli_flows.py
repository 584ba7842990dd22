"""`tdkt run`, `tdkt watch`, `tdkt serve`: the orchestration commands (Prefect, imported lazily).

Settings come from one file (`--config`, else $TDKT_CONFIG, else ./tdkt.toml); the flags given
here override it. Failures of the world around a run (outputs not writable, the output folder
held by another pass, damaged state) end in one Vietnamese line and an exit code
(tdkt/cli_errors.py); repairs of damaged state are announced as "Cảnh báo: ..." on stderr.
"""

from __future__ import annotations

import sys


def _common(p) -> None:
    p.add_argument("inbox", nargs="?", help="thư mục hộp thư đến (mặc định: theo tệp cấu hình)")
    p.add_argument("--out", help="thư mục ghi kết quả (mặc định: theo tệp cấu hình)")
    p.add_argument("--config", help="tệp cấu hình TOML hoặc YAML (mặc định: $TDKT_CONFIG hoặc ./tdkt.toml)")
    p.add_argument("--rules", help="tệp quy tắc YAML")
    p.add_argument("--roster", help="danh sách đơn vị CSV")
    p.add_argument("--state", help="thư mục trạng thái (SQLite, PREFECT_HOME)")
    p.add_argument("--concurrency", type=int, help="số tệp đọc song song")


def register(sub) -> None:
    run_p = sub.add_parser("run", help="Chạy một lượt trên hộp thư đến (luồng Prefect).")
    _common(run_p)
    run_p.set_defaults(func=run)
    watch_p = sub.add_parser("watch", help="Theo dõi hộp thư đến và cập nhật bảng tổng hợp khi có tệp mới.")
    _common(watch_p)
    watch_p.set_defaults(func=watch)
    serve_p = sub.add_parser("serve", help="Chạy theo lịch hằng đêm và theo dõi hộp thư (máy chủ Prefect).")
    _common(serve_p)
    serve_p.add_argument("--cron", help="lịch chạy dạng cron (mặc định: 0 2 * * *)")
    serve_p.add_argument("--no-watch", action="store_true", help="chỉ chạy theo lịch, không theo dõi thư mục")
    serve_p.set_defaults(func=serve)


def _stop_on_sigterm() -> None:
    """SIGTERM (systemd, a timeout) ends the command like Ctrl+C: cleanup handlers run, so the
    embedded Prefect server and the worker processes do not outlive it."""
    import signal

    def _raise(signum, frame):
        from tdkt import workers

        workers.stop_all()  # the file being read stops now, not when its deadline comes
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _raise)


def _config(args):
    from tdkt.flows.config import ConfigError, load_config, validate

    try:
        cfg = load_config(args.config).with_overrides(
            inbox=args.inbox, output=args.out, rules=args.rules, roster=args.roster, state=args.state,
            concurrency=args.concurrency, schedule_cron=getattr(args, "cron", None))
        validate(cfg)
    except ConfigError as exc:
        print(f"Lỗi cấu hình: {exc}", file=sys.stderr)
        return None
    from pathlib import Path

    if not cfg.districts and not Path(cfg.inbox).is_dir():  # [[districts]]: each has its own inbox
        print(f"Không tìm thấy thư mục hộp thư đến: {cfg.inbox}", file=sys.stderr)
        return None
    return cfg


def _say(summary: dict) -> str:
    text = (f"Đã xử lý {summary['files']} tệp: {summary['judged']} tệp mới kiểm tra, "
            f"{summary['reused']} tệp dùng lại kết quả cũ, {summary['errors']} tệp lỗi")
    if summary.get("deferred"):
        text += f", {summary['deferred']} tệp đang được ghi (để lượt sau)"
    if summary.get("skipped"):
        text += f", bỏ qua {summary['skipped']} tệp khóa/tệp hệ thống"
    if summary.get("output_locked"):
        return text + f". Chưa ghi được kết quả: {summary['output_locked']}"
    if not summary.get("written"):
        text += ". Kết quả không thay đổi"
    return text + f". Kết quả: {summary['out']}"


def run(args) -> int:
    from tdkt.flows.config import ConfigError
    from tdkt.flows.plan import InboxUnavailableError
    from tdkt.rules.loader import RulesError

    cfg = _config(args)
    if cfg is None:
        return 2
    from tdkt.flows.run import run_once

    _stop_on_sigterm()
    if cfg.districts:  # a province office: one pass per district, then the province sheet
        return _run_districts(cfg)
    from tdkt import progress

    try:
        with progress.listen(progress.FileProgress()):  # a bar on a terminal, nothing otherwise
            summary = run_once(cfg)
    except (RulesError, ConfigError) as exc:  # ConfigError: also a Dask cluster that cannot take the pass
        print(f"Lỗi cấu hình: {exc}", file=sys.stderr)
        return 2
    except InboxUnavailableError as exc:  # outputs left as they were
        print(str(exc), file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("Đã dừng. Kết quả đã kiểm tra được giữ lại; lần chạy sau sẽ tiếp tục.", file=sys.stderr)
        return 130
    if summary.get("output_locked"):  # results are stored; the outputs were not replaced
        print(_say(summary), file=sys.stderr)
        return 1
    print(_say(summary))
    if getattr(cfg, "documents_letters", False) or getattr(cfg, "documents_draft_report", False):
        from tdkt.cli_documents import after_run  # [documents] in the config: letters / draft report

        return after_run(cfg)
    return 0


def _run_districts(cfg) -> int:
    from tdkt.flows.districts import run_districts

    def say(name: str, summary: dict) -> None:
        if summary.get("problem"):
            print(f"{name}: {summary['problem']}", file=sys.stderr)
        else:
            print(f"{name}: {_say(summary)}", file=sys.stderr if summary.get("output_locked") else sys.stdout)

    result = run_districts(cfg, on_district=say)
    print(f"Bảng tổng hợp các huyện: {result['sheet']}")
    summaries = result["districts"].values()
    if any(s.get("problem") for s in summaries):
        return 3
    return 1 if any(s.get("output_locked") for s in summaries) else 0


def watch(args) -> int:
    cfg = _config(args)
    if cfg is None:
        return 2
    from tdkt.flows.watch import watch_forever

    from tdkt import progress

    _stop_on_sigterm()
    with progress.listen(progress.LineLog(lambda line: print(line, flush=True))):  # one line per file judged
        watch_forever(cfg, report=lambda s: print(_say(s), flush=True))
    return 0


def serve(args) -> int:
    cfg = _config(args)
    if cfg is None:
        return 2
    from tdkt.flows.serve import serve_forever

    _stop_on_sigterm()
    return serve_forever(cfg, watch=not args.no_watch, report=lambda s: print(_say(s), flush=True))
