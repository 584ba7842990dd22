"""The compliance workbook for the office. Spine version: one sheet, one row per record."""

from __future__ import annotations

import io
from pathlib import Path

from tdkt.pipeline.outputs import atomic_write_bytes
from tdkt.pipeline.record import ReportRecord


def write_workbook(records: list[ReportRecord], ruleset, roster, out_dir: Path, **_) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    ws.append(["Tệp", "Đơn vị", "Số mục đã báo cáo", "Lỗi tệp"])
    for r in records:
        ws.append([r.file, r.unit.name or "", f"{r.reported_count}/{len(ruleset.item_ids)}", r.error or ""])
    buf = io.BytesIO()
    wb.save(buf)
    path = out_dir / "compliance.xlsx"
    atomic_write_bytes(path, buf.getvalue())
    return path
