"""The writers without pandas: table.py's plain-row `Table`, the CSV written with the csv module
(read back by another parser, pandas'), `tdkt check` writing every output without importing
pandas, and the flow's artifact rows from the overview table.

That the clerk's files are the same as the pandas writers' is shown by bench/writers_unchanged.py
(byte- and cell-level comparison against a commit's writers); these tests hold the behaviour.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import demo_roster, demo_ruleset, make_record  # noqa: E402

from tdkt.pipeline.output.outputs import summary_csv_bytes, write_outputs  # noqa: E402
from tdkt.pipeline.output.table import Table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RUN = {"run_time": dt.datetime(2023, 7, 3, 8, 15), "rules_file": "tay-son-2023-h1.yaml"}


def test_table_from_dicts_numbers_fills_and_casts():
    t = Table.from_dicts([{"Đơn vị": "A", "Số": 3.0, "Tỷ lệ": float("nan")}, {"Đơn vị": "B", "Thừa": 1}],
                         ["STT", "Đơn vị", "Số", "Tỷ lệ"], ints=("Số",))
    assert t.columns == ["STT", "Đơn vị", "Số", "Tỷ lệ"] and len(t) == 2
    assert t.rows == [[1, "A", 3, None], [2, "B", None, None]]  # NaN and missing keys: empty cells
    assert type(t.rows[0][2]) is int
    assert t.column("Đơn vị") == ["A", "B"]
    assert t.dicts()[1] == {"STT": 2, "Đơn vị": "B", "Số": None, "Tỷ lệ": None}
    assert t.by("Đơn vị")["A"]["Số"] == 3
    unnumbered = Table.from_dicts([{"STT": None, "Đơn vị": "A"}], ["STT", "Đơn vị"], number=False)
    assert unnumbered.column("STT") == [None]
    with pytest.raises(ValueError):  # a column set from the wrong number of values is a bug
        t.set_column("Số", [1])


def test_csv_read_back_by_another_parser():
    """Quoting, empty cells, whole numbers and line ends as pandas' reader understands them."""
    import pandas as pd  # an independent CSV parser (a dependency of tdkt, no longer on the writers' path)
    table = Table(["STT", "Đơn vị", "Số", "Ngày", "Lúc", "Ghi chú"], [
        [1, 'Hội "Cựu chiến binh", xã', 27, dt.date(2023, 6, 5), dt.datetime(2023, 6, 20, 9, 0), "dòng một\ndòng hai"],
        [2, "-2+3", None, None, None, ""],
    ])
    raw = summary_csv_bytes(table)
    assert raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n") and raw.count(b"\r\n") == 3
    assert b'"H\xe1\xbb\x99i ""C' in raw  # a quote doubled inside a quoted field
    back = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(back.columns) == table.columns
    assert back.iloc[0].tolist() == ["1", 'Hội "Cựu chiến binh", xã', "27", "2023-06-05", "2023-06-20 09:00:00",
                                     "dòng một; dòng hai"]
    assert back.iloc[1].tolist() == ["2", "'-2+3", "", "", "", ""]  # a formula-looking text is made inert


def test_check_writes_every_output_without_pandas(tmp_path):
    """The one-file command in a fresh interpreter: all three outputs, no pandas imported."""
    sample = ROOT / "samples" / "inbox" / "01-xa-tay-vinh.docx"
    out = tmp_path / "out"
    code = ("import sys; from tdkt.cli import main; rc = main(['check', sys.argv[1], '--out', sys.argv[2]]); "
            "print('pandas-imported' if 'pandas' in sys.modules else 'no-pandas', rc)")
    done = subprocess.run([sys.executable, "-c", code, str(sample), str(out)], capture_output=True, text=True,
                          check=True, cwd=tmp_path)
    assert done.stdout.split()[-2:] == ["no-pandas", "0"]
    assert sorted(p.name for p in out.iterdir()) == ["compliance.xlsx", "reports.json", "tong-hop.csv"]
    rows = list(csv.DictReader(io.StringIO((out / "tong-hop.csv").read_bytes().decode("utf-8-sig"))))
    csv_row = next(r for r in rows if r["Tệp"].endswith("01-xa-tay-vinh.docx"))
    ws = openpyxl.load_workbook(out / "compliance.xlsx")["Tổng hợp"]
    head = next(r for r in range(1, 12) if ws.cell(r, 1).value == "STT")
    units = [ws.cell(r, 2).value for r in range(head + 1, ws.max_row + 1)]
    assert "UBND xã Tây Vinh" in units and csv_row["Đơn vị"] == "UBND xã Tây Vinh"


def test_flow_artifact_rows_come_from_the_overview_table(tmp_path):
    from tdkt.flows.config import FlowConfig
    from tdkt.flows.inbox_flow import artifact_rows
    from tdkt.rules.loader import load_roster

    roster = load_roster()
    u = roster.units
    records = [make_record("a.docx", u[0], statuses={"M3": "missing"}), make_record("b.docx", u[1])]
    rows, missing = artifact_rows(SimpleNamespace(records=records), FlowConfig(output=str(tmp_path)))
    assert [r["Đơn vị"] for r in rows[:2]] == [u[0].name, u[1].name]
    assert rows[0]["Tình trạng"] == "Thiếu nội dung" and "M3" in rows[0]["Mục còn thiếu"]
    assert rows[0]["Số mục đã báo cáo"] == "28/29" and rows[1]["Mục còn thiếu"] == ""
    assert all(isinstance(v, str) for r in rows for v in r.values())
    assert set(missing) == {x.name for x in u[2:]}


def test_thinned_comments_follow_the_marks(tmp_path, monkeypatch):
    """Over the comment budget only ◐ and ✗ cells keep their comment, read back with openpyxl."""
    from tdkt.pipeline.output import workbook

    monkeypatch.setattr(workbook, "COMMENT_BUDGET", 5)
    roster = demo_roster(6)
    records = [make_record("a.docx", roster.units[0], statuses={"M3": "missing", "K2": "partial"})]
    write_outputs(records, demo_ruleset(), roster, tmp_path, formats=("xlsx",), run_info=RUN)
    ws = openpyxl.load_workbook(tmp_path / "compliance.xlsx")["Chi tiết"]
    head = next(r for r in range(1, 12) if ws.cell(r, 1).value == "STT")
    marks = {ws.cell(head, c).value.split("\n")[0]: ws.cell(head + 1, c) for c in range(4, ws.max_column + 1)
             if ws.cell(head, c).value}
    assert marks["K2"].value == "◐" and marks["K2"].comment is not None
    assert "Ghi chú K2" in marks["K2"].comment.text
    assert marks["L1"].value == "✓" and marks["L1"].comment is None
    assert workbook.THINNED_NOTE in " ".join(str(c.value) for row in ws.iter_rows(max_row=head) for c in row)


def test_small_workbook_in_memory_equals_the_streamed_one(tmp_path, monkeypatch):
    """Under IN_MEMORY_ROWS the workbook is built in memory (no temporary files), above it streamed
    (constant memory): the clerk's cells, styles, comments and sheet setup are the same."""
    from writers_unchanged import compare_dirs

    from tdkt.pipeline.output import workbook
    from synthetic import synthetic_records

    roster = demo_roster(40)
    records = synthetic_records(45, demo_ruleset(), roster)
    records[3].items["M3"].override = {"status": "present", "note": "Đã đọc lại", "by": "Lan", "at": "2023-07-01"}
    small, big = tmp_path / "small", tmp_path / "big"
    write_outputs(records, demo_ruleset(), roster, small, formats=("xlsx",), run_info=RUN)
    monkeypatch.setattr(workbook, "IN_MEMORY_ROWS", 0)
    write_outputs(records, demo_ruleset(), roster, big, formats=("xlsx",), run_info=RUN)
    with zipfile.ZipFile(small / "compliance.xlsx") as z:
        assert "xl/sharedStrings.xml" in z.namelist()  # built in memory
    with zipfile.ZipFile(big / "compliance.xlsx") as z:
        assert "xl/sharedStrings.xml" not in z.namelist()  # streamed: inline strings
    assert compare_dirs(small, big) == []
