"""Progress of long work, shown to a person at a terminal and to nobody else.

`tdkt check` and `tdkt run` open a `FileProgress` (a rich progress bar on stderr: files done /
total, the file just finished, errors so far) only when stdout is a terminal, so cron, systemd
and pipes get exactly the lines they got before. Passes report through `started` / `file_done`
to whatever listener the command installed (`listen`): the bar, `watch`'s one timestamped line
per file, or nothing. What a record means (unit, status) is read here only to say it.
"""

from __future__ import annotations

import datetime as dt
import sys
from contextlib import contextmanager

_listener = None  # an object with start(total) and done(name, record_dict)


def started(total: int) -> None:
    if _listener is not None and total:
        _listener.start(total)


def file_done(name: str, record: dict) -> None:
    if _listener is not None:
        _listener.done(name, record)


@contextmanager
def listen(listener):
    """Install `listener` for the passes of this process while the block runs."""
    global _listener
    previous, _listener = _listener, listener
    try:
        yield listener
    finally:
        _listener = previous
        close = getattr(listener, "close", None)
        if close:
            close()


def on_terminal(stream=None) -> bool:
    stream = stream or sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class FileProgress:
    """A rich progress bar: «Đang kiểm tra 12/150 tệp · lỗi: 1 · <file>»; silent off a terminal."""

    def __init__(self, enabled: bool | None = None):
        self.enabled = on_terminal() if enabled is None else enabled
        self.errors = 0
        self._bar = None
        self._task = None

    def start(self, total: int) -> None:
        if not self.enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        if self._bar is None:
            self._bar = Progress(TextColumn("Đang kiểm tra"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("tệp · lỗi: {task.fields[errors]} · {task.fields[current]}"),
                                 TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("", total=total, errors=0, current="")
        else:
            self._bar.update(self._task, total=total, completed=0)

    def done(self, name: str, record: dict) -> None:
        self.errors += bool(record.get("error"))
        if self._bar is not None:
            self._bar.update(self._task, advance=1, errors=self.errors, current=_short(name))

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


class LineLog:
    """`watch`: one timestamped line per file judged — the file, the unit, what it was found."""

    def __init__(self, write=print):
        self.write = write

    def start(self, total: int) -> None:
        pass

    def done(self, name: str, record: dict) -> None:
        self.write(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} {describe(name, record)}")


def describe(name: str, record: dict) -> str:
    """«tệp — đơn vị: tình trạng» for one judged record (a dict of reports.json)."""
    if record.get("error"):
        return f"{name} — lỗi tệp: {record['error']}"
    unit = (record.get("unit") or {}).get("name") or (record.get("unit") or {}).get("header_name") or "(chưa rõ đơn vị)"
    items = record.get("items") or {}
    missing = [k for k, v in items.items() if k != "T1" and (v or {}).get("status") == "missing"]
    late = (record.get("days_late") or 0) > 0 or (items.get("T1") or {}).get("status") == "missing"
    state = "nộp muộn" if late else ("thiếu " + ", ".join(missing) if missing else "đủ mục")
    if (record.get("document") or {}).get("on_subject") is False:
        state = "không đúng nội dung"
    return f"{name} — {unit}: {state}"


def _short(name: str, width: int = 40) -> str:
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    return name if len(name) <= width else "…" + name[-(width - 1):]
