"""From one file to one record: fingerprint, read, judge. Every failure becomes a record."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from tdkt.pipeline.record import ReportRecord


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def received_time(path: Path) -> str:
    """When the file arrived: its modification time, local, to the second."""
    return dt.datetime.fromtimestamp(os.stat(path).st_mtime).replace(microsecond=0).isoformat()


def process_file(path: str | os.PathLike, ruleset, roster, limits=None, *, display_path: str | None = None,
                 sha256: str | None = None) -> ReportRecord:
    """Read and judge one file. Never raises for a bad file: the record carries the error."""
    from tdkt.extractors import ExtractionError, extract, sniff
    from tdkt.pipeline.judge import judge

    path = Path(path)
    shown = display_path or str(path)
    try:
        digest = sha256 or sha256_file(path)
        received = received_time(path)
    except OSError as exc:
        return ReportRecord(file=shown, sha256="", error=f"Không đọc được tệp: {exc.strerror or exc}",
                            error_code="unreadable", rules=ruleset.id)
    try:
        document = extract(path, limits)
    except ExtractionError as exc:
        try:
            fmt = _format_of(sniff(path))
        except OSError:
            fmt = "unknown"
        return ReportRecord(file=shown, sha256=digest, format=fmt, error=exc.message, error_code=exc.code,
                            received_at=received, rules=ruleset.id)
    except Exception as exc:  # a reader bug must not stop the run: report it on the file's row
        return ReportRecord(file=shown, sha256=digest, error=f"Lỗi khi đọc tệp ({type(exc).__name__}).",
                            error_code="internal", received_at=received, rules=ruleset.id)
    return judge(document, ruleset, roster, file=shown, sha256=digest, received_at=received)


def _format_of(kind: str) -> str:
    return kind if kind in ("docx", "pdf", "doc") else "unknown"
