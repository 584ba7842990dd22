"""Write the run's outputs atomically: reports.json and the compliance workbook."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from tdkt.pipeline.record import ReportRecord


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_reports_json(records: list[ReportRecord], out_dir: Path) -> Path:
    path = out_dir / "reports.json"
    payload = json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2)
    atomic_write_bytes(path, payload.encode("utf-8"))
    return path
