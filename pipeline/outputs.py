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


def write_outputs(records: list[ReportRecord], ruleset, roster, out_dir: Path,
                  formats: tuple[str, ...] = ("json", "xlsx", "csv"), run_info: dict | None = None) -> dict[str, Path]:
    """Write every requested output for one run; returns {format: path}."""
    from tdkt.pipeline.workbook import write_workbook

    out_dir = Path(out_dir)
    written: dict[str, Path] = {}
    if "json" in formats:
        written["json"] = write_reports_json(records, out_dir)
    if "xlsx" in formats:
        written["xlsx"] = write_workbook(records, ruleset, roster, out_dir)
    return written
