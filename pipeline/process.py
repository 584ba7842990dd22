"""From one file to one record: fingerprint, read, judge. Every failure becomes a record.

`process_file` is what `tdkt check` calls; the flows call `judge_file` with the fingerprint
and receipt time they already know, and ask it to re-raise transient reading failures so that
Prefect can retry them. A timeout is never transient (it would only time out again, costing the
timeout once per retry). The deadline and memory cap of the whole call are tdkt.workers' job:
a MemoryError while judging propagates to the worker, which fails the file with its reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from tdkt.pipeline.record import ReportRecord, os_reason


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def received_time_from_mtime_ns(mtime_ns: int) -> str:
    """When a file arrived: its modification time, local, to the second (ISO)."""
    return dt.datetime.fromtimestamp(mtime_ns / 1e9).replace(microsecond=0).isoformat()


def received_time(path: Path) -> str:
    return received_time_from_mtime_ns(os.stat(path).st_mtime_ns)


def judge_file(path: Path, ruleset, roster, limits=None, *, display: str, sha256: str,
               received_at: str | None, raise_transient: bool = False) -> ReportRecord:
    """Read and judge one file whose fingerprint is known.

    Never raises for a bad file (the record carries the Vietnamese reason), except an
    ExtractionError marked transient when `raise_transient` is set.
    """
    from tdkt.extractors import ExtractionError, extract, sniff
    from tdkt.pipeline.judge import judge

    try:
        document = extract(path, limits)
    except ExtractionError as exc:
        if raise_transient and exc.transient and exc.code not in _NEVER_RETRIED:
            raise
        try:
            fmt = _format_of(sniff(path))
        except OSError:
            fmt = "unknown"
        return ReportRecord(file=display, sha256=sha256, format=fmt, error=exc.message, error_code=exc.code,
                            received_at=received_at, rules=ruleset.id)
    except MemoryError:  # the worker's memory cap: tdkt.workers turns it into the file's reason
        raise
    except Exception as exc:  # a reader bug must not stop the run: report it on the file's row
        return ReportRecord(file=display, sha256=sha256, error=f"Lỗi khi đọc tệp ({type(exc).__name__}).",
                            error_code="internal", received_at=received_at, rules=ruleset.id)
    record = judge(document, ruleset, roster, file=display, sha256=sha256, received_at=received_at)
    if document.format == "image":  # one photographed page may be joined with the photos beside it
        from tdkt.pipeline.photo_pages import keep_page_document

        keep_page_document(record, document)
    return record


def process_file(path: str | os.PathLike, ruleset, roster, limits=None, *, display_path: str | None = None,
                 sha256: str | None = None) -> ReportRecord:
    """Fingerprint, read and judge one file. Never raises for a bad file."""
    path = Path(path)
    shown = display_path or str(path)
    try:
        digest = sha256 or sha256_file(path)
        received = received_time(path)
    except OSError as exc:
        return ReportRecord(file=shown, sha256="", error=f"Không đọc được tệp: {os_reason(exc)}",
                            error_code="unreadable", rules=ruleset.id)
    return judge_file(path, ruleset, roster, limits, display=shown, sha256=digest, received_at=received)


_NEVER_RETRIED = {"timeout", "read_timeout", "memory_limit"}


def _format_of(kind: str) -> str:
    # output.md knows docx | pdf | pdf-scanned | doc | unknown; odt/rtf go through the .doc path.
    return {"docx": "docx", "pdf": "pdf", "doc": "doc", "odt": "doc", "rtf": "doc"}.get(kind, "unknown")
