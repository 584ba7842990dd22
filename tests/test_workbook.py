"""The written .xlsx, opened again with openpyxl: sheets, headings, values, colours, comments,
frozen panes, print setup, and hostile report text that must stay inert text."""

import datetime as dt
import os
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import demo_roster, demo_ruleset, make_record  # noqa: E402

from tdkt.pipeline.outputs import OutputLockedError  # noqa: E402
from tdkt.pipeline.supersede import mark_superseded  # noqa: E402
from tdkt.pipeline.workbook import write_workbook  # noqa: E402

RUN = {"run_time": dt.datetime(2023, 7, 3, 8, 15), "rules_file": "tay-son-2023-h1.yaml"}
SHEETS = ["Tổng hợp", "Chi tiết", "Số liệu", "Chưa nộp", "Lỗi tệp", "Bằng chứng"]
HOSTILE = [
    '=HYPERLINK("http://evil.example/x","Bấm vào đây")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "=[1]Sheet1!A1",
    "Bình thường\x00\x01\x1b có ký tự điều khiển\u202e",
]


def _write(tmp_path, records, roster=None):
    roster = roster or demo_roster(12)
    path = write_workbook(mark_superseded(records), demo_ruleset(), roster, tmp_path, RUN)
    return path, openpyxl.load_workbook(path)


def _records(roster):
    u = {x.id: x for x in roster.units}
    return [
        make_record("ok.docx", u["xa-0"], figures={"sang_kien": 3, "ty_le_lao_dong_truc_tiep": 62.5}),
        make_record("thieu.docx", u["xa-1"], statuses={"M3": "missing", "K2": "partial"}),
        make_record("muon.docx", u["xa-2"], statuses={"T1": "missing"}, days_late=4),
        make_record("cu.docx", u["xa-3"], date="2023-06-01"),
        make_record("moi.docx", u["xa-3"], date="2023-06-05"),
        make_record("hong.pdf", error="Tệp PDF bị mã hóa, không mở được."),
    ]


def _header(ws, row=5):
    return [c.value for c in ws[row] if c.value is not None]


def test_sheets_headings_and_header_area(tmp_path):
    roster = demo_roster(12)
    path, wb = _write(tmp_path, _records(roster), roster)
    assert path == tmp_path / "compliance.xlsx"
    assert wb.sheetnames == SHEETS
    ws = wb["Tổng hợp"]
    assert ws["A1"].value.startswith("TỔNG HỢP — Sơ kết công tác thi đua")
    assert "tay-son-2023-h1.yaml" in ws["A2"].value and "03/07/2023 08:15" in ws["A2"].value
    assert [c.value for c in ws[3] if c.value] == ["Đạt", "Thiếu nội dung", "Nộp muộn", "Chưa nộp", "Lỗi tệp",
                                                  "Đã có bản mới", "Không đúng nội dung"]  # the legend
    assert _header(ws)[:5] == ["STT", "Đơn vị", "Tình trạng", "Loại đơn vị", "Cụm/khối thi đua"]
    assert "Mục còn thiếu" in _header(ws)
    assert _header(wb["Chưa nộp"]) == ["STT", "Đơn vị", "Loại đơn vị", "Cụm/khối thi đua", "Hạn nộp",
                                      "Số ngày quá hạn"]
    assert _header(wb["Bằng chứng"])[-2:] == ["Câu bằng chứng", "Vị trí"]
    assert "Sáng kiến cấp cơ sở" in _header(wb["Số liệu"])
    for name in SHEETS:
        s = wb[name]
        assert s.freeze_panes == "C6"
        assert s.auto_filter.ref.startswith("A5:")
        assert s.print_title_rows == "$5:$5"
        assert s.page_setup.orientation == "landscape"
        # fitToWidth absent means 1 (ECMA-376 default; XlsxWriter writes only other values)
        assert (s.page_setup.fitToWidth or 1) == 1 and s.page_setup.fitToHeight == 0
        assert s.sheet_properties.pageSetUpPr.fitToPage
        assert s.column_dimensions["B"].width >= 15


def test_summary_values_and_status_colours(tmp_path):
    roster = demo_roster(12)
    _, wb = _write(tmp_path, _records(roster), roster)
    ws = wb["Tổng hợp"]
    cols = {c.value: c.column for c in ws[5]}
    rows = {ws.cell(r, cols["Tệp"]).value: r for r in range(6, ws.max_row + 1)}
    status = lambda f: ws.cell(rows[f], cols["Tình trạng"])  # noqa: E731
    assert status("ok.docx").value == "Đạt" and status("ok.docx").fill.fgColor.rgb.endswith("C6EFCE")
    assert status("thieu.docx").value == "Thiếu nội dung" and status("thieu.docx").fill.fgColor.rgb.endswith("FFEB9C")
    assert status("muon.docx").value == "Nộp muộn"
    assert status("cu.docx").value == "Đã có bản mới" and status("moi.docx").value == "Đạt"
    assert status("hong.pdf").value == "Lỗi tệp"
    assert ws.cell(rows["muon.docx"], cols["Thời hạn"]).value == "Trễ 4 ngày"
    assert ws.cell(rows["muon.docx"], cols["Số ngày trễ"]).value == 4
    assert ws.cell(rows["thieu.docx"], cols["Mục còn thiếu"]).value == "M3 Doanh nghiệp hội nhập và phát triển"
    date_cell = ws.cell(rows["ok.docx"], cols["Ngày văn bản"])
    assert date_cell.value == dt.datetime(2023, 6, 20) and date_cell.number_format == "DD/MM/YYYY"
    assert ws.cell(rows["thieu.docx"], cols["Mục còn thiếu"]).alignment.wrap_text
    missing = [ws.cell(r, cols["Đơn vị"]).value for r in range(6, ws.max_row + 1)
               if ws.cell(r, cols["Tình trạng"]).value == "Chưa nộp"]
    assert "Cụm thi đua số 1" in missing and len(missing) == 8
    assert ws.auto_filter.ref == f"A5:R{ws.max_row}"
    assert wb["Chưa nộp"].max_row == 5 + 8
    errors = wb["Lỗi tệp"]
    assert errors["B6"].value == "hong.pdf" and errors["D6"].value == "Tệp PDF bị mã hóa, không mở được."


def test_detail_marks_fills_and_comments(tmp_path):
    roster = demo_roster(12)
    _, wb = _write(tmp_path, _records(roster), roster)
    ws = wb["Chi tiết"]
    head = {c.value.split("\n")[0]: c.column for c in ws[5] if c.value}
    assert ws.cell(5, head["M3"]).value == "M3\nDoanh nghiệp hội nhập và phát triển"
    row = next(r for r in range(6, ws.max_row + 1) if ws.cell(r, head["Tệp"]).value == "thieu.docx")
    m3, k2, l1 = (ws.cell(row, head[i]) for i in ("M3", "K2", "L1"))
    assert (l1.value, k2.value, m3.value) == ("✓", "◐", "✗")
    assert l1.fill.fgColor.rgb.endswith("C6EFCE") and k2.fill.fgColor.rgb.endswith("FFEB9C")
    assert m3.fill.fgColor.rgb.endswith("FFC7CE")
    assert k2.comment is not None
    assert k2.comment.text == "Ghi chú K2\n«Câu bằng chứng của mục K2.» (đoạn 3)"
    assert m3.comment is None  # nothing to say about an item with no evidence and no note
    assert "cu.docx" not in [ws.cell(r, head["Tệp"]).value for r in range(6, ws.max_row + 1)]
    figures = wb["Số liệu"]
    fh = {c.value: c.column for c in figures[5]}
    ratio = figures.cell(6, fh["Tỷ lệ người lao động trực tiếp (%)"])
    assert ratio.value == 62.5 and ratio.number_format == "0.0"
    total = next(r for r in range(6, figures.max_row + 1) if str(figures.cell(r, 2).value).startswith("Toàn huyện"))
    assert figures.cell(total, 2).font.bold and figures.cell(total, fh["Sáng kiến cấp cơ sở"]).value == 3


def test_hostile_report_text_stays_inert_text(tmp_path):
    roster = demo_roster(6)
    unit = roster.units[0]
    rec = make_record("a.docx", unit, statuses={"M3": "partial"}, warnings=list(HOSTILE))
    for item_id, text in zip(["L1", "P1", "P2", "P3", "M1", "M2", "M3"], HOSTILE):
        rec.items[item_id].evidence[0].text = text
        rec.items[item_id].note = text
    rec.document.number = "=1+1"
    rec.items["K1"].evidence[0].text = "Rất dài. " * 5000
    stranger = make_record('=HYPERLINK("http://x","y").docx', name="@Hội\tlạ", figures={"sang_kien": 1})
    path, wb = _write(tmp_path, [rec, stranger], roster)
    seen = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                assert c.hyperlink is None
                if isinstance(c.value, str):
                    seen += c.value.startswith(("=", "+", "-", "@"))
                    assert not any(ch in c.value for ch in "\x00\x01\x1b\t\u202e"), (ws.title, c.coordinate)
                    assert len(c.value) <= 32767
    assert seen >= 10  # the hostile strings are there, as text
    ws = wb["Bằng chứng"]
    texts = [ws.cell(r, 8).value for r in range(6, ws.max_row + 1)]
    assert '=HYPERLINK("http://evil.example/x","Bấm vào đây")' in texts
    assert "=1+1" in texts  # the tab was removed, the text kept
    assert "Bình thường có ký tự điều khiển" in texts
    long_cell = next(t for t in texts if t and t.startswith("Rất dài."))
    assert long_cell.endswith("…") and len(long_cell) <= 500
    assert wb["Tổng hợp"]["B6"].value == "UBND xã Tây Số 0"
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert not any("externalLink" in n for n in names)
        for n in names:
            if n.startswith("xl/worksheets/sheet"):
                xml = z.read(n).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml and "<hyperlink" not in xml


def test_write_is_atomic_and_a_locked_copy_gives_a_clear_message(tmp_path, monkeypatch):
    roster = demo_roster(6)
    path, _ = _write(tmp_path, [make_record("a.docx", roster.units[0])], roster)
    before = path.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["compliance.xlsx"]  # no temporary left behind

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(OutputLockedError) as info:
        _write(tmp_path, [make_record("b.docx", roster.units[1])], roster)
    assert "đang được mở" in str(info.value) and "compliance.xlsx" in str(info.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["compliance.xlsx"]


def test_empty_run_still_writes_every_sheet(tmp_path):
    roster = demo_roster(6)
    _, wb = _write(tmp_path, [], roster)
    assert wb.sheetnames == SHEETS
    assert wb["Chưa nộp"].max_row == 5 + 6
    assert wb["Bằng chứng"].auto_filter.ref == "A5:I6"


def test_large_runs_keep_comments_only_where_something_is_wrong(tmp_path, monkeypatch):
    from tdkt.pipeline import workbook

    monkeypatch.setattr(workbook, "COMMENT_BUDGET", 10)
    roster = demo_roster(6)
    recs = [make_record(f"{i}.docx", roster.units[i], statuses={"K2": "partial"}) for i in range(3)]
    _, wb = _write(tmp_path, recs, roster)
    ws = wb["Chi tiết"]
    head = {c.value.split("\n")[0]: c.column for c in ws[5] if c.value}
    assert ws.cell(6, head["K2"]).comment.text.startswith("Ghi chú K2")
    assert ws.cell(6, head["L1"]).value == "✓" and ws.cell(6, head["L1"]).comment is None
    assert "chỉ ô ◐ và ✗ có chú thích" in ws["A4"].value
    assert wb["Lỗi tệp"]["B6"].value == "(không có)"
