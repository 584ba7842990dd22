"""The thin end-to-end path: a DOCX in an inbox -> Document -> judgement -> spreadsheet row."""

import json
from pathlib import Path

import docx
import openpyxl

from tdkt.cli import main


def _write_report(path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN XÃ TÂY VINH")
    d.add_paragraph("Số: 45/BC-UBND")
    d.add_paragraph("Tây Vinh, ngày 20 tháng 6 năm 2023")
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
    d.add_paragraph("Năm 2022 xã đã được công nhận 12 sáng kiến cấp cơ sở.")
    d.save(path)


def test_check_writes_json_and_workbook(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _write_report(inbox / "tay-vinh.docx")
    (inbox / "rong.docx").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["check", str(inbox), "--out", str(out)]) == 0

    records = {Path(r["file"]).name: r for r in json.loads((out / "reports.json").read_text("utf-8"))}
    assert records["tay-vinh.docx"]["error"] is None
    assert records["tay-vinh.docx"]["items"]["K1"]["status"] == "present"
    assert records["rong.docx"]["error"].startswith("Tệp rỗng")
    assert records["rong.docx"]["items"] == {}

    wb = openpyxl.load_workbook(out / "compliance.xlsx")
    assert "Tổng hợp" in wb.sheetnames
