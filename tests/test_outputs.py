"""write_outputs: formats chosen, supersession applied to every output, the CSV, and `--format`."""

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import demo_roster, demo_ruleset, make_record  # noqa: E402

from tdkt.pipeline.output.outputs import FILENAMES, parse_formats, write_outputs  # noqa: E402

RUN = {"run_time": dt.datetime(2023, 7, 3, 8, 15), "rules_file": "tay-son-2023-h1.yaml"}


def _records(roster):
    u = roster.units
    return [
        make_record("cu.docx", u[0], date="2023-06-01", statuses={"M3": "missing"}),
        make_record("moi.docx", u[0], date="2023-06-05", warnings=["=cmd|' /C calc'!A0", "dòng hai"]),
        make_record("b.docx", u[1], statuses={"M3": "missing", "F6": "missing"}),
        make_record("hong.pdf", error="Tệp rỗng."),
    ]


def test_default_writes_all_three_with_supersession(tmp_path):
    roster = demo_roster(6)
    written = write_outputs(_records(roster), demo_ruleset(), roster, tmp_path, run_info=RUN)
    assert set(written) == {"json", "xlsx", "csv"}
    assert all(p.exists() and p.parent == tmp_path for p in written.values())
    data = {r["file"]: r for r in json.loads(written["json"].read_text("utf-8"))}
    assert data["cu.docx"]["superseded_by"] == "moi.docx" and data["moi.docx"]["superseded_by"] is None
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILENAMES.values())


def test_formats_choose_the_outputs(tmp_path):
    roster = demo_roster(6)
    written = write_outputs(_records(roster), demo_ruleset(), roster, tmp_path, formats=("csv",), run_info=RUN)
    assert list(written) == ["csv"]
    assert [p.name for p in tmp_path.iterdir()] == ["tong-hop.csv"]


def test_csv_is_the_summary_sheet_safe_for_excel(tmp_path):
    roster = demo_roster(6)
    path = write_outputs(_records(roster), demo_ruleset(), roster, tmp_path, formats=("csv",), run_info=RUN)["csv"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel shows the diacritics
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 6 + 1 + 1  # roster units + the older version + the bad file
    by_file = {r["Tệp"]: r for r in rows}
    assert by_file["moi.docx"]["Tình trạng"] == "Đạt"
    assert by_file["cu.docx"]["Tình trạng"] == "Đã có bản mới"
    assert by_file["b.docx"]["Mục còn thiếu"] == "M3 Doanh nghiệp hội nhập và phát triển; F6 Nơi nhận"
    assert by_file["moi.docx"]["Cảnh báo"] == "'=cmd|' /C calc'!A0; dòng hai"
    assert by_file["moi.docx"]["Ngày văn bản"] == "2023-06-05"
    assert by_file["moi.docx"]["Thời điểm nhận"] == "2023-06-20 09:00:00"
    assert by_file["b.docx"]["Số mục đã báo cáo"] == "27" and by_file["b.docx"]["Tổng số mục"] == "29"
    assert by_file["hong.pdf"]["Tình trạng"] == "Lỗi tệp"
    assert sum(r["Tình trạng"] == "Chưa nộp" for r in rows) == 4
    assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())


def test_parse_formats():
    assert parse_formats(None) == ("json", "xlsx", "csv")
    assert parse_formats(" XLSX, csv ,xlsx") == ("xlsx", "csv")
    with pytest.raises(ValueError, match="Định dạng không hỗ trợ: pdf"):
        parse_formats("xlsx,pdf")


def test_cli_format_option(tmp_path, monkeypatch, capsys):
    from tdkt.cli import main
    from tdkt.pipeline import process
    from tdkt.rules import loader

    # The rules file, the roster and the judging engine belong to others: stand-ins here.
    monkeypatch.setattr(loader, "load_ruleset", lambda path=None: demo_ruleset())
    monkeypatch.setattr(loader, "load_roster", lambda path=None: demo_roster(6))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.docx").write_bytes(b"not judged: process_file is replaced below")

    def fake_process(path, ruleset, roster_, *a, **k):
        return make_record(str(path), roster_.units[0])

    monkeypatch.setattr(process, "process_file", fake_process)
    out = tmp_path / "out"
    args = ["check", str(inbox), "--out", str(out)]
    assert main([*args, "--format", "csv,json"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["reports.json", "tong-hop.csv"]
    assert "tong-hop.csv" in capsys.readouterr().out
    assert main([*args, "--format", "xlsx,doc"]) == 2
    assert "Định dạng không hỗ trợ: doc" in capsys.readouterr().err
    assert main(args) == 0
    assert (out / "compliance.xlsx").exists()


def test_outputs_get_the_mode_of_an_ordinary_new_file(tmp_path):
    # mkstemp makes 0600 files; the office's other users must be able to open the workbook.
    import os

    from tdkt.pipeline.output.outputs import atomic_copy_file, atomic_write_bytes

    old = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "a.json", b"[]")
        atomic_copy_file(tmp_path / "a.json", tmp_path / "b.json")
    finally:
        os.umask(old)
    for name in ("a.json", "b.json"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.json").read_bytes() == b"[]"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
