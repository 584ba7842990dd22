"""The clerk's decisions stored and applied: the store's table, `tdkt override` / `tdkt overrides`
on folders written by `tdkt run` and by `tdkt check`, the workbook comment, a later different
report flagging the decision, the CSV copy and its return into a rebuilt store."""

from __future__ import annotations

import json
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from tdkt.cli import main
from tdkt.flows import state_repair
from tdkt.flows.config import FlowConfig
from tdkt.flows.overrides_store import (CSV_NAME, OverrideStore, csv_bytes, decisions_for_output, fingerprint,
                                        latest, parse_csv)
from tdkt.pipeline.overrides import Override

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "inbox"
TAY_VINH = "01-xa-tay-vinh.docx"
HOI_ND = "04-hoi-nong-dan.docx"


def _aged_copy(source: Path, target: Path, age: float = 600) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    old = time.time() - age
    os.utime(target, (old, old))
    return target


def _reports(out: Path) -> dict[str, dict]:
    return {Path(r["file"]).name: r for r in json.loads((out / "reports.json").read_text("utf-8"))}


def _decision(item="M3", status="present", at="2023-07-01T09:00:00", note="Đã đọc lại: có", unit="id:xa-tay-vinh"):
    return Override(unit=unit, item=item, status=status, note=note, by="Lan", at=at, sha256="a" * 64,
                    number="45/BC-UBND", date="2023-06-20")


def test_store_keeps_every_decision_and_the_latest_applies(tmp_path):
    path = tmp_path / "state" / "tdkt-state.sqlite"
    first, second = _decision(status="present"), _decision(status="partial", at="2023-07-02T10:00:00")
    other = _decision(item="D2", status="missing", unit="id:hoi-nong-dan", at="2023-07-03T08:00:00")
    with OverrideStore(path) as store:
        store.add(first)
        before = fingerprint(store.history())
        store.add_many([second, other])
    with OverrideStore(path) as store:  # a new connection reads what was committed
        history = store.history()
    assert history == [first, second, other]
    assert latest(history) == [second, other]
    assert fingerprint(history) != before and fingerprint([]) == ""


def test_csv_round_trip_keeps_vietnamese_and_defuses_formulas(tmp_path):
    decisions = [_decision(note="=1+1 là ghi chú, có dấu phẩy, và \"ngoặc\""),
                 Override(unit="name:ubnd xã mới", item="K1", status="missing", note="Không có số liệu", by="",
                          at="2023-07-03T08:00:00")]
    data = csv_bytes(decisions)
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the diacritics
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "don_vi,muc,tinh_trang,ghi_chu,nguoi_sua,thoi_diem,sha256,so_van_ban,ngay_van_ban"
    assert "'=1+1" in text and "không có" in text
    assert parse_csv(data) == decisions
    with pytest.raises(ValueError, match="thiếu cột"):
        parse_csv("don_vi,muc\nid:x,M3\n".encode())
    with pytest.raises(ValueError, match="Dòng 2"):
        parse_csv("don_vi,muc,tinh_trang,thoi_diem\nid:x,M3,tốt,2023-07-01T00:00:00\n".encode())


def test_a_rebuilt_store_takes_the_decisions_back_from_the_csv(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    store_path = tmp_path / "state" / "tdkt-state.sqlite"
    with OverrideStore(store_path) as store:
        store.add_many([_decision(), _decision(item="D2", status="missing")])
    (out / CSV_NAME).write_bytes(csv_bytes(decisions_for_output(store_path, out)))
    for side in ("-wal", "-shm"):
        Path(str(store_path) + side).unlink(missing_ok=True)
    store_path.write_bytes(b"this is not a database" * 100)  # a power cut, a full disk
    state_repair.notices.clear()
    from tdkt.flows import store as store_module

    store_module._checked.discard(str(store_path.resolve()))  # as a new process would: checked at open
    restored = decisions_for_output(store_path, out)
    assert [(d.item, d.status) for d in restored] == [("M3", "present"), ("D2", "missing")]
    assert any("hỏng" in n for n in state_repair.notices)
    assert any("khôi phục 2 quyết định" in n for n in state_repair.notices)
    assert list(store_path.parent.glob("tdkt-state.sqlite.hong-*"))
    assert len(decisions_for_output(store_path, out)) == 2  # imported once


def _run(cfg: FlowConfig) -> dict:
    from tdkt.flows.run import run_once

    return run_once(cfg)


def _different_report(source: Path, target: Path, age: float) -> Path:
    """The same unit's next report: another number and date (a new document, not a copy)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                assert "Số: 45/BC-UBND" in text and "ngày 20 tháng 6 năm 2023" in text
                data = text.replace("Số: 45/BC-UBND", "Số: 52/BC-UBND").replace(
                    "ngày 20 tháng 6 năm 2023", "ngày 28 tháng 6 năm 2023").encode("utf-8")
            zout.writestr(info, data)
    old = time.time() - age
    os.utime(target, (old, old))
    return target


def test_override_from_the_command_line_lasts_shows_in_the_workbook_and_goes_stale(tmp_path, monkeypatch, capsys):
    import openpyxl

    monkeypatch.chdir(tmp_path)
    _aged_copy(SAMPLES / TAY_VINH, tmp_path / "inbox" / TAY_VINH, age=900)
    _aged_copy(SAMPLES / HOI_ND, tmp_path / "inbox" / HOI_ND, age=900)
    cfg = FlowConfig(inbox="inbox", output=str(tmp_path / "out"), concurrency=1, retries=0)
    out = cfg.output_dir
    assert _run(cfg)["judged"] == 2
    engine = _reports(out)[TAY_VINH]["items"]["M3"]["status"]
    wanted = "missing" if engine != "missing" else "present"

    assert main(["override", "Tây Vinh", "m3", {"missing": "không có", "present": "có"}[wanted],
                 "--note", "Đọc lại bản giấy: phần M3 chỉ nêu tên phong trào", "--by", "Nguyễn Thị Lan",
                 "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Đã ghi: UBND xã Tây Vinh — mục M3" in said
    item = _reports(out)[TAY_VINH]["items"]["M3"]
    assert item["status"] == engine  # the engine's verdict stays
    assert item["override"]["status"] == wanted and item["override"]["by"] == "Nguyễn Thị Lan"
    assert "stale" not in item["override"]
    assert "override" not in _reports(out)[HOI_ND]["items"]["M3"]

    # The workbook's Chi tiết cell says so in its comment, with the clerk's note.
    book = openpyxl.load_workbook(out / "compliance.xlsx")
    sheet = book["Chi tiết"]
    cells = [c for row in sheet.iter_rows() for c in row if c.comment and "Cán bộ đã sửa" in c.comment.text]
    assert len(cells) == 1 and "phần M3 chỉ nêu tên phong trào" in cells[0].comment.text
    header = next(r for r in sheet.iter_rows() if any(str(c.value or "").startswith("M3\n") for c in r))
    assert str(header[cells[0].column - 1].value).startswith("M3\n")

    # The CSV copy is there, and the next pass keeps the decision without rewriting anything.
    rows = (out / CSV_NAME).read_bytes().decode("utf-8-sig").splitlines()
    assert len(rows) == 2 and rows[1].startswith("id:xa-tay-vinh,M3,")
    again = _run(cfg)
    assert again["judged"] == 0 and not again["written"]
    assert _reports(out)[TAY_VINH]["items"]["M3"]["override"]["status"] == wanted

    # A new, different report from the unit: the decision is flagged for review, not applied.
    newer = _different_report(SAMPLES / TAY_VINH, tmp_path / "inbox" / "01-xa-tay-vinh-bo-sung.docx", age=300)
    assert _run(cfg)["judged"] == 1
    found = _reports(out)
    assert found[TAY_VINH]["superseded_by"] == f"inbox/{newer.name}"
    flagged = found[newer.name]["items"]["M3"]
    assert flagged["override"]["stale"] is True and flagged["override"]["status"] == wanted
    book = openpyxl.load_workbook(out / "compliance.xlsx")
    notes = [c.comment.text for row in book["Chi tiết"].iter_rows() for c in row if c.comment]
    assert any(n.startswith("Quyết định cũ của cán bộ (trên văn bản trước), cần xem lại") for n in notes)

    # Listing in Vietnamese, export and import.
    assert main(["overrides", "--out", str(out)]) == 0
    listing = capsys.readouterr().out
    assert "Đơn vị" in listing and "UBND xã Tây Vinh" in listing and "Nguyễn Thị Lan" in listing
    exported = tmp_path / "xuat.csv"
    assert main(["overrides", "--out", str(out), "--export", str(exported)]) == 0
    assert parse_csv(exported.read_bytes())[0].note == "Đọc lại bản giấy: phần M3 chỉ nêu tên phong trào"


def test_overrides_on_a_check_folder_and_import(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    _aged_copy(SAMPLES / HOI_ND, inbox / HOI_ND)
    out = tmp_path / "out"
    assert main(["check", str(inbox), "--out", str(out)]) == 0
    assert main(["override", HOI_ND, "D2", "chưa đầy đủ", "--note", "Thiếu tồn tại, hạn chế", "--out", str(out)]) == 0
    assert _reports(out)[HOI_ND]["items"]["D2"]["override"]["status"] == "partial"
    assert (out / ".tdkt" / "tdkt-state.sqlite").is_file() and (out / CSV_NAME).is_file()
    # `tdkt check` again into the same folder applies the stored decision.
    assert main(["check", str(inbox), "--out", str(out)]) == 0
    assert _reports(out)[HOI_ND]["items"]["D2"]["override"]["note"] == "Thiếu tồn tại, hạn chế"

    # Import into another folder judged on the same file: the decision applies there too.
    other = tmp_path / "out2"
    assert main(["check", str(inbox), "--out", str(other)]) == 0
    assert main(["overrides", "--out", str(other), "--import", str(out / CSV_NAME)]) == 0
    assert "Đã nhập 1 quyết định mới" in capsys.readouterr().out
    assert _reports(other)[HOI_ND]["items"]["D2"]["override"]["status"] == "partial"
    assert main(["overrides", "--out", str(other), "--import", str(out / CSV_NAME)]) == 0
    assert "Đã nhập 0 quyết định mới (1 quyết định đã có)" in capsys.readouterr().out

    # Bad input: an unknown unit, an unknown status, no note.
    capsys.readouterr()
    assert main(["override", "xã không có", "D2", "có", "--note", "x", "--out", str(out)]) == 2
    assert "Không tìm thấy đơn vị" in capsys.readouterr().err
    assert main(["override", "hoi-nong-dan", "D2", "tốt", "--note", "x", "--out", str(out)]) == 2
    assert "không hợp lệ" in capsys.readouterr().err
    assert main(["override", "hoi-nong-dan", "Z9", "có", "--note", "x", "--out", str(out)]) == 2
    assert "Mục Z9 không có" in capsys.readouterr().err


def test_a_decision_never_drops_rows_when_files_wait_to_be_judged(tmp_path, monkeypatch):
    """New files in the inbox, or a new engine that invalidates every result: the decision is
    written into the last outputs; judging stays the next pass's work."""
    from tdkt.flows import versions

    monkeypatch.chdir(tmp_path)
    _aged_copy(SAMPLES / HOI_ND, tmp_path / "inbox" / HOI_ND)
    cfg = FlowConfig(inbox="inbox", output=str(tmp_path / "out"), concurrency=1, retries=0)
    _run(cfg)
    _aged_copy(SAMPLES / TAY_VINH, tmp_path / "inbox" / TAY_VINH)  # arrived, not judged yet
    monkeypatch.setattr(versions, "code_version", lambda: "engine-upgraded")  # every result is stale
    assert main(["override", "hoi-nong-dan", "D2", "không có", "--note", "Không nêu hạn chế", "--out",
                 str(cfg.output_dir)]) == 0
    found = _reports(cfg.output_dir)
    assert list(found) == [HOI_ND]
    assert found[HOI_ND]["items"]["D2"]["override"]["status"] == "missing"
    summary = _run(cfg)  # the next pass judges both and keeps the decision
    assert summary["judged"] == 2
    found = _reports(cfg.output_dir)
    assert set(found) == {HOI_ND, TAY_VINH}
    assert found[HOI_ND]["items"]["D2"]["override"]["note"] == "Không nêu hạn chế"
