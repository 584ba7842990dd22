"""How a command ends when something outside the documents fails: one Vietnamese line, an exit
code that says so, no traceback (unless `--debug`).

Exit codes: 0 done · 1 outputs not written (folder read-only, no permission, disk full, share
gone) or another failure · 2 configuration · 3 inbox unavailable (flows/plan.py) · 4 the output
folder is held by another pass (flows/lock.py) · 130 interrupted. Commands handle the failures
they expect themselves; this is the net under all of them (tdkt/cli.py calls `run_guarded`).
"""

from __future__ import annotations

import os
import sqlite3
import sys

EXIT_NOT_WRITTEN = 1
EXIT_BUSY = 4


def debug_enabled() -> bool:
    return os.environ.get("TDKT_DEBUG", "") not in ("", "0")


def say_notice(message: str) -> None:
    print(f"Cảnh báo: {message}", file=sys.stderr, flush=True)


def run_guarded(func, args) -> int:
    """Run a sub-command; map the failures of the world around it to a line and an exit code."""
    from tdkt.flows import state_repair
    from tdkt.pipeline.output.write_guard import OutputWriteError, describe_os_error

    state_repair.on_notice = say_notice
    try:
        return func(args)
    except KeyboardInterrupt:
        print("Đã dừng. Kết quả đã kiểm tra được giữ lại; lần chạy sau sẽ tiếp tục.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the net: a line, not a traceback
        if debug_enabled():
            raise
        from tdkt.flows.lock import OutputBusyError

        if isinstance(exc, OutputBusyError):
            print(str(exc), file=sys.stderr)
            return EXIT_BUSY
        if isinstance(exc, OutputWriteError):  # expected, and already says what to do
            print(str(exc), file=sys.stderr)
            return EXIT_NOT_WRITTEN
        if isinstance(exc, OSError):
            message = describe_os_error(exc, getattr(args, "out", None))
        elif isinstance(exc, sqlite3.DatabaseError):
            message = (f"Tệp trạng thái (SQLite) bị hỏng trong lúc chạy ({exc}); chạy lại để tdkt kiểm tra, "
                       "chuyển tệp hỏng sang bên và tạo lại.")
        else:
            message = f"Lỗi không mong đợi ({type(exc).__name__}: {exc})."
        print(f"{message} Chạy lại với --debug để xem chi tiết.", file=sys.stderr)
        return EXIT_NOT_WRITTEN
