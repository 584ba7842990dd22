"""Write a run's outputs atomically: reports.json, the compliance workbook and the summary CSV.

`write_outputs` is the one entry point the CLI and the flows call. It marks superseded
versions first (so every output agrees on which report counts), builds the tables once, then
hands them to each writer. Each file is written under a temporary name and renamed.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

from tdkt.pipeline.record import ReportRecord

FORMATS = ("json", "xlsx", "csv")
FILENAMES = {"json": "reports.json", "xlsx": "compliance.xlsx", "csv": "tong-hop.csv"}


def _default_mode() -> int:
    # mkstemp creates 0600 files; outputs are for the office's other users too, so they get the
    # mode an ordinary new file would get under the current umask.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _atomic(path: Path, fill) -> None:
    """Create a temporary file beside `path`, let `fill(tmp_path, fd)` write it, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        fill(tmp, fd)
        os.chmod(tmp, _default_mode())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename: readers never see half a file."""
    def fill(tmp, fd):
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    _atomic(path, fill)


def atomic_copy_file(source: Path, path: Path) -> None:
    """Copy `source` to `path` atomically, streaming (a quarantined file may be very large)."""
    import shutil

    def fill(tmp, fd):
        os.close(fd)
        shutil.copyfile(source, tmp)

    _atomic(path, fill)


class OutputLockedError(PermissionError):
    """An output could not be replaced, usually because Excel or LibreOffice has it open (Windows
    locks open files). The message is Vietnamese and names the file."""


def write_user_file(path: Path, data: bytes) -> None:
    """atomic_write_bytes for files people open: a lock becomes a clear OutputLockedError."""
    try:
        atomic_write_bytes(path, data)
    except PermissionError as exc:
        raise OutputLockedError(
            f"Không ghi được {path}: tệp đang được mở bằng chương trình khác (Excel, LibreOffice...) "
            "hoặc thư mục không cho phép ghi. Hãy đóng tệp rồi chạy lại; bản cũ vẫn còn nguyên.") from exc


def write_reports_json(records: list[ReportRecord], out_dir: Path) -> Path:
    path = Path(out_dir) / FILENAMES["json"]
    # One compact record per line: json's C encoder (indent= forces the pure-Python one, ~10x
    # slower at a province's tens of thousands of records), still readable line by line.
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    payload = "[\n" + ",\n".join(encode(_public(r.to_dict())) for r in records) + "\n]\n" if records else "[]\n"
    atomic_write_bytes(path, payload.encode("utf-8"))
    return path


def _public(data: dict) -> dict:
    data.pop("page_document", None)  # an image's own reading: for joining pages, not for readers
    return data


def summary_csv_bytes(summary) -> bytes:
    """The summary table (table.py's `Table`) as UTF-8 CSV with a BOM (so Excel shows the
    diacritics), CRLF line ends, fields quoted only where needed, ISO dates, empty cells empty,
    lists joined by "; " (one record per line for simple readers) and risky leading characters
    neutralised (safe_cells.csv_field). Written with the csv module."""
    import csv
    import datetime as dt

    from tdkt.pipeline.output.safe_cells import csv_field

    def field(v):
        return csv_field(v.isoformat(sep=" ") if isinstance(v, dt.datetime)
                         else v.isoformat() if isinstance(v, dt.date)
                         else v.replace("\n", "; ") if isinstance(v, str) else v)

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # None is written as an empty field
    writer.writerow(summary.columns)
    writer.writerows([field(v) for v in row] for row in summary.rows)
    return buf.getvalue().encode("utf-8-sig")


def parse_formats(text: str | None) -> tuple[str, ...]:
    """"xlsx,json" -> ("xlsx", "json"); raises ValueError with a Vietnamese message."""
    if not text:
        return FORMATS
    chosen = tuple(dict.fromkeys(p.strip().lower() for p in text.split(",") if p.strip()))
    unknown = [p for p in chosen if p not in FORMATS]
    if unknown or not chosen:
        raise ValueError(f"Định dạng không hỗ trợ: {', '.join(unknown) or '(trống)'}. "
                         f"Chọn trong: {', '.join(FORMATS)}.")
    return chosen


def write_outputs(records: list[ReportRecord], ruleset, roster, out_dir: Path,
                  formats: tuple[str, ...] = FORMATS, run_info: dict | None = None,
                  overrides: list | None = None) -> dict[str, Path]:
    """Write every requested output for one run; returns {format: path}.

    run_info may carry `run_time` (datetime or ISO string) and `rules_file` (name shown in the
    sheet headers). Raises OutputLockedError when the .xlsx or .csv is held open elsewhere.
    """
    from tdkt.pipeline.supersede import mark_superseded

    from tdkt.pipeline.photo_pages import merge_photo_pages

    out_dir = Path(out_dir)
    records = mark_superseded(merge_photo_pages(records, ruleset, roster))
    if overrides:  # a clerk's decisions (pipeline/overrides.py), applied in every output
        from tdkt.pipeline.overrides import apply_overrides

        records = apply_overrides(records, overrides)
    written: dict[str, Path] = {}
    if "json" in formats:
        written["json"] = write_reports_json(records, out_dir)
    if "xlsx" in formats or "csv" in formats:
        from tdkt.pipeline.output.table import build_tables

        tables = build_tables(records, ruleset, roster, run_info)
        if "csv" in formats:
            path = out_dir / FILENAMES["csv"]
            write_user_file(path, summary_csv_bytes(tables.summary))
            written["csv"] = path
        if "xlsx" in formats:
            from tdkt.pipeline.output.workbook import write_workbook

            written["xlsx"] = write_workbook(records, ruleset, roster, out_dir, tables=tables,
                                             filename=FILENAMES["xlsx"])
    return written
