"""Builders shared by the flow tests (no tests here): DOCX reports and configurations in tmp_path."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from tdkt.flows.config import FlowConfig


def write_report(path: Path, commune: str = "Tây Vinh", number: str = "45/BC-UBND", day: int = 20,
                 extra: str = "") -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN")
    d.add_paragraph(f"XÃ {commune.upper()}")
    d.add_paragraph(f"Số: {number}")
    d.add_paragraph(f"{commune}, ngày {day} tháng 6 năm 2023")
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
    d.add_paragraph("I. KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG")
    d.add_paragraph("Năm 2022 xã đã được công nhận 12 sáng kiến cấp cơ sở.")
    if extra:
        d.add_paragraph(extra)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)
    settle(path)
    return path


def settle(path: Path) -> None:
    """Age a file's mtime so the pass does not take it for one still being written."""
    old = time.time() - 120
    os.utime(path, (old, old))


def make_config(tmp_path: Path, **overrides) -> FlowConfig:
    values = dict(inbox=str(tmp_path / "inbox"), output=str(tmp_path / "out"), concurrency=1,
                  retries=1, retry_delay_seconds=0.0)
    values.update(overrides)
    (tmp_path / "inbox").mkdir(parents=True, exist_ok=True)
    return FlowConfig(**values)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reports(out: Path) -> dict[str, dict]:
    return {Path(r["file"]).name: r for r in json.loads((out / "reports.json").read_text("utf-8"))}
