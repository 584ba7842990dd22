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

from tdkt.pipeline.output.outputs import OutputLockedError  # noqa: E402
from tdkt.pipeline.supersede import mark_superseded  # noqa: E402
from tdkt.pipeline.output.workbook import write_workbook  # noqa: E402

RUN = {"run_time": dt.datetime(2023, 7, 3, 8, 15), "rules_file": "tay-son-2023-h1.yaml"}
SHEETS = ["Tổng hợp", "Theo cụm, khối", "Chi tiết", "Số liệu", "Chưa nộp", "Bản cũ, bản sao", "Lỗi tệp", "Bằng chứng"]
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


def _head_row(ws) -> int:
    """The table's heading row: the header area above it differs by sheet."""
    return next(r for r in range(1, 12) if ws.cell(r, 1).value == "STT")


def _header(ws, row=None):
    return [c.value for c in ws[row or _head_row(ws)] if c.value is not None]


def _columns(ws) -> dict:
    return {str(c.value).split("\n")[0]: c.column for c in ws[_head_row(ws)] if c.value}


def test_sheets_headings_and_header_area(tmp_path):
    roster = demo_roster(12)
    path, wb = _write(tmp_path, _records(roster), roster)
    assert path == tmp_path / "compliance.xlsx"
    assert wb.sheetnames == SHEETS
    ws = wb["Tổng hợp"]
    assert ws["A1"].value.startswith("TỔNG HỢP — Sơ kết công tác thi đua")
    assert "tay-son-2023-h1.yaml" in ws["A2"].value and "03/07/2023 08:15" in ws["A2"].value
    # counts by status at the top: 12 roster units + the unreadable file no unit could be named for
    counts = {v.split("\n")[0]: int(v.split("\n")[1]) for v in (c.value for c in ws[3]) if v and "\n" in v}
    assert counts == {"Đạt": 2, "Thiếu nội dung": 1, "Nộp muộn": 1, "Chưa nộp": 8, "Lỗi tệp": 1,
                      "Không đúng nội dung": 0}
    assert _head_row(ws) == 6 and _header(ws)[:4] == ["STT", "Đơn vị", "Tình trạng", "Cụm/khối thi đua"]
    assert "Mục còn thiếu" in _header(ws) and "Tỷ lệ đã báo cáo" in _header(ws)
    assert _header(wb["Chưa nộp"]) == ["STT", "Đơn vị", "Loại đơn vị", "Cụm/khối thi đua", "Hạn nộp", "Tình hình",
                                      "Số ngày quá hạn", "Ghi chú"]
    assert _header(wb["Bằng chứng"])[-2:] == ["Câu bằng chứng", "Vị trí"]
    assert "Sáng kiến cấp cơ sở" in _header(wb["Số liệu"])
    for name in SHEETS:
        s = wb[name]
        head = _head_row(s)
        assert s.freeze_panes == f"C{head + 1}"
        assert s.auto_filter.ref.startswith(f"A{head}:")
        assert s.print_title_rows == f"${head}:${head}"
        assert s.page_setup.orientation == "landscape" and s.page_setup.paperSize == 9
        # fitToWidth absent means 1 (ECMA-376 default; XlsxWriter writes only other values)
        assert (s.page_setup.fitToWidth or 1) == 1 and s.page_setup.fitToHeight == 0
        assert s.sheet_properties.pageSetUpPr.fitToPage
        assert s.column_dimensions["B"].width >= 15
    # Bằng chứng prints nothing by default: its print area is one blank cell
    area = wb["Bằng chứng"].print_area
    cell = area.split("!")[-1].replace("$", "").split(":")[0]
    assert wb["Bằng chứng"][cell].value is None


def test_summary_one_row_per_unit_with_counts_colours_and_common_items(tmp_path):
    roster = demo_roster(12)
    records = _records(roster)
    for r in records[:5]:  # every report lacks F6: named once above the table, not in each row
        if not r.error:
            r.items["F6"].status = "missing"
    _, wb = _write(tmp_path, records, roster)
    ws = wb["Tổng hợp"]
    cols = _columns(ws)
    head = _head_row(ws)
    rows = {ws.cell(r, cols["Đơn vị"]).value: r for r in range(head + 1, ws.max_row + 1)}
    cell = lambda unit, col: ws.cell(rows[unit], cols[col])  # noqa: E731
    assert len(rows) == 13  # 12 roster units + the unreadable file; the older version is not a row
    assert cell("UBND xã Tây Số 0", "Tình trạng").value == "Thiếu nội dung"
    assert cell("UBND xã Tây Số 0", "Tình trạng").fill.fgColor.rgb.endswith("FFEB9C")
    assert cell("UBND xã Tây Số 2", "Tình trạng").value == "Nộp muộn"
    assert cell("UBND xã Tây Số 2", "Thời hạn").value == "Trễ 4 ngày"
    assert cell("UBND xã Tây Số 1", "Mục còn thiếu").value == "M3 Doanh nghiệp hội nhập và phát triển\n+ mục chung: F6"
    assert cell("UBND xã Tây Số 0", "Mục còn thiếu").value == "+ mục chung: F6"
    assert cell("UBND xã Tây Số 1", "Số mục đã báo cáo").value == "27/29"
    share = cell("UBND xã Tây Số 1", "Tỷ lệ đã báo cáo")
    assert abs(share.value - 27 / 29) < 1e-3 and share.number_format == "0%"
    assert "Có 1 bản khác" in cell("UBND xã Tây Số 3", "Cảnh báo, ghi chú").value
    assert cell("UBND xã Tây Số 4", "Tình trạng").value == "Chưa nộp"
    assert cell("UBND xã Tây Số 4", "Thời hạn").value == "Quá hạn 10 ngày"  # no period in these rules: open
    assert cell("(tệp hong)", "Tình trạng").value == "Lỗi tệp"
    common = ws.cell(4, 1).value
    assert common.startswith("Mục thiếu ở phần lớn đơn vị") and "F6 Nơi nhận (4/4)" in common
    assert "M3" not in common
    ranges = [str(cf.sqref) for cf in ws.conditional_formatting]
    rules = [rule for cf in ws.conditional_formatting for rule in cf.rules]
    letter = openpyxl.utils.get_column_letter(cols["Tỷ lệ đã báo cáo"])
    assert any(r.startswith(f"{letter}{head + 1}:") for r in ranges) and rules[0].type == "colorScale"
    # older versions and copies on their own sheet, saying why
    versions = wb["Bản cũ, bản sao"]
    vcols = _columns(versions)
    vrow = _head_row(versions) + 1
    assert versions.cell(vrow, vcols["Tệp"]).value == "cu.docx"
    assert versions.cell(vrow, vcols["Bản đang dùng"]).value == "moi.docx"
    assert versions.cell(vrow, vcols["Loại"]).value == "Bản cũ"
    errors = wb["Lỗi tệp"]
    ecols = _columns(errors)
    erow = _head_row(errors) + 1
    assert errors.cell(erow, ecols["Tệp"]).value == "hong.pdf"
    assert errors.cell(erow, ecols["Lý do"]).value == "Tệp PDF bị mã hóa, không mở được."
    assert errors.cell(erow, ecols["Định dạng"]).value == "PDF"
    clusters = wb["Theo cụm, khối"]
    ccols = _columns(clusters)
    crow = _head_row(clusters) + 1
    assert clusters.cell(crow, ccols["Cụm/khối thi đua"]).value == "Cụm thi đua số 1"
    assert [clusters.cell(crow, ccols[c]).value for c in ("Số đơn vị phải nộp", "Đã nộp", "Đúng hạn", "Nộp muộn",
                                                          "Chưa nộp")] == [6, 4, 3, 1, 2]
    assert clusters.cell(crow, ccols["Mục thường thiếu nhất"]).value.startswith("F6 Nơi nhận (4/4)")


def test_detail_marks_fills_comments_and_overrides(tmp_path):
    roster = demo_roster(12)
    records = _records(roster)
    records[1].items["M1"].override = {"status": "missing", "note": "Chỉ nêu tên phong trào", "by": "Lan",
                                       "at": "2023-07-01T10:00:00"}
    records[1].items["P1"].override = {"status": "missing", "note": "", "by": "Lan", "at": "2023-07-01",
                                       "stale": True}
    _, wb = _write(tmp_path, records, roster)
    ws = wb["Chi tiết"]
    head = _columns(ws)
    hrow = _head_row(ws)
    assert ws.cell(hrow, head["M3"]).value == "M3\nDoanh nghiệp hội nhập và phát triển"
    assert ws.cell(hrow, head["M3"]).alignment.textRotation == 90
    order = [c for c in head if c[:1] in "LPMKDFT" and c[1:].isdigit()]
    assert order[:3] == ["L1", "P1", "P2"] and order[-1] == "T1"  # the directive's order
    assert head["Tình trạng"] < head["L1"] < head["T1"] < head["Tệp"]
    row = next(r for r in range(hrow + 1, ws.max_row + 1) if ws.cell(r, head["Tệp"]).value == "thieu.docx")
    assert ws.cell(row, head["Tình trạng"]).value == "Thiếu nội dung"
    m3, k2, l1 = (ws.cell(row, head[i]) for i in ("M3", "K2", "L1"))
    assert (l1.value, k2.value, m3.value) == ("✓", "◐", "✗")
    assert l1.fill.fgColor.rgb.endswith("C6EFCE") and k2.fill.fgColor.rgb.endswith("FFEB9C")
    assert m3.fill.fgColor.rgb.endswith("FFC7CE")
    assert k2.comment is not None
    assert k2.comment.text == "Ghi chú K2\n«Câu bằng chứng của mục K2.» (đoạn 3)"
    assert m3.comment is None  # nothing to say about an item with no evidence and no note
    assert not l1.font.italic and l1.border.left.style == "thin"
    m1 = ws.cell(row, head["M1"])  # the clerk's word: ✗, blue border, italic, the note in the comment
    assert m1.value == "✗" and m1.font.italic and m1.border.left.style == "medium"
    assert m1.border.left.color.rgb.endswith("2F5597")
    assert "Cán bộ đã sửa: Không có (Lan" in m1.comment.text and "Chỉ nêu tên phong trào" in m1.comment.text
    p1 = ws.cell(row, head["P1"])  # a decision on another document: the engine's ✓, flagged orange
    assert p1.value == "✓" and p1.border.left.color.rgb.endswith("ED7D31")
    assert "cần xem lại" in p1.comment.text
    assert "cu.docx" not in [ws.cell(r, head["Tệp"]).value for r in range(hrow + 1, ws.max_row + 1)]
    assert "Cán bộ đã sửa: M1" in wb["Tổng hợp"].cell(
        next(r for r in range(7, 30) if wb["Tổng hợp"].cell(r, 2).value == "UBND xã Tây Số 1"),
        _columns(wb["Tổng hợp"])["Cảnh báo, ghi chú"]).value
    figures = wb["Số liệu"]
    fh = _columns(figures)
    frow = _head_row(figures) + 1
    ratio = figures.cell(frow, fh["Tỷ lệ người lao động trực tiếp (%)"])
    assert ratio.value == 62.5 and ratio.number_format == "0.0"
    total = next(r for r in range(frow, figures.max_row + 1) if str(figures.cell(r, 2).value).startswith("Toàn huyện"))
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
    texts = [ws.cell(r, 8).value for r in range(_head_row(ws) + 1, ws.max_row + 1)]
    assert '=HYPERLINK("http://evil.example/x","Bấm vào đây")' in texts
    assert "=1+1" in texts  # the tab was removed, the text kept
    assert "Bình thường có ký tự điều khiển" in texts
    long_cell = next(t for t in texts if t and t.startswith("Rất dài."))
    assert long_cell.endswith("…") and len(long_cell) <= 500
    assert wb["Tổng hợp"]["B7"].value == "UBND xã Tây Số 0"
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
    assert wb["Chưa nộp"].max_row == 4 + 6
    assert wb["Bằng chứng"].auto_filter.ref == "A4:I5"


def test_large_runs_keep_comments_only_where_something_is_wrong(tmp_path, monkeypatch):
    from tdkt.pipeline.output import workbook

    monkeypatch.setattr(workbook, "COMMENT_BUDGET", 10)
    roster = demo_roster(6)
    recs = [make_record(f"{i}.docx", roster.units[i], statuses={"K2": "partial"}) for i in range(3)]
    _, wb = _write(tmp_path, recs, roster)
    ws = wb["Chi tiết"]
    head = _columns(ws)
    assert ws.cell(6, head["K2"]).comment.text.startswith("Ghi chú K2")
    assert ws.cell(6, head["L1"]).value == "✓" and ws.cell(6, head["L1"]).comment is None
    assert "chỉ ô ◐ và ✗ có chú thích" in ws["A4"].value
    assert wb["Lỗi tệp"]["B5"].value == "(không có)"
