"""Every inbox file gets an answer (issue 9 point 6): a report read by its bytes whatever its
name, a Vietnamese reason for what is not a report (a .zip lists its members, a spreadsheet says
whose it is, a HEIC photo is read or asked for as JPEG/PDF), lock and system files skipped and
counted. Spreadsheets from three producers (openpyxl, LibreOffice .xlsx/.ods/.xls), zips from
Python's zipfile and from Info-ZIP's `zip`, a HEIC encoded by libheif (pillow-heif)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from test_flow_helpers import make_config, reports, settle, write_report
from tdkt.extractors import ExtractionError, extract, sniff
from tdkt.flows.passes import run_pass
from tdkt.flows.work import judge_one

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _inline_judge(cfg, entries, rules_id, on_result):
    for e in entries:
        on_result(e, judge_one(e.path, e.display, e.sha256, e.received_at, cfg.rules or None,
                               cfg.roster or None, dict(cfg.limits)))


def _spreadsheet(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Số liệu khen thưởng"
    ws["A2"] = "UBND XÃ BÌNH NGHI"
    ws["B3"] = 12
    wb.properties.creator = "Lê Thị Hoa"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    settle(path)
    return path


def _tdkt(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tdkt", *args], capture_output=True, text=True, timeout=300)


def test_a_folder_scan_answers_every_file_and_counts_the_skipped_ones(tmp_path):
    inbox = tmp_path / "inbox"
    report = write_report(inbox / "bao-cao-tay-vinh")  # no extension
    write_report(inbox / "ban-sua.pdf", number="46/BC-UBND")  # a DOCX named .pdf
    _spreadsheet(inbox / "so-lieu.xlsx")
    with zipfile.ZipFile(inbox / "goi-bao-cao.zip", "w") as zf:
        zf.write(report, "Báo cáo Tây Vinh.docx")
        zf.writestr("Phụ lục/bảng số liệu.pdf", b"%PDF-1.4 ...")
    (inbox / "ghi-chu.txt").write_text("Gửi kèm báo cáo.", encoding="utf-8")
    for lock_or_system in ("~$bao-cao.docx", ".~lock.bao-cao.docx#", "Thumbs.db", "desktop.ini", ".DS_Store",
                           ".an.docx"):
        (inbox / lock_or_system).write_bytes(b"\x00\x01")
    (inbox / ".git").mkdir()
    (inbox / ".git" / "HEAD").write_bytes(b"ref")
    for p in inbox.iterdir():
        settle(p)

    cfg = make_config(tmp_path)
    summary = run_pass(cfg, judge_many=_inline_judge).summary
    assert (summary["files"], summary["skipped"]) == (5, 7)
    rows = reports(cfg.output_dir)
    assert set(rows) == {"bao-cao-tay-vinh", "ban-sua.pdf", "so-lieu.xlsx", "goi-bao-cao.zip", "ghi-chu.txt"}
    assert rows["bao-cao-tay-vinh"]["error"] is None
    assert rows["bao-cao-tay-vinh"]["document"]["number"] == "45/BC-UBND"
    assert rows["ban-sua.pdf"]["error"] is None and rows["ban-sua.pdf"]["document"]["number"] == "46/BC-UBND"
    sheet = rows["so-lieu.xlsx"]
    assert sheet["error_code"] == "not_a_report"
    assert "bảng tính Excel" in sheet["error"] and "UBND XÃ BÌNH NGHI" in sheet["error"] and "Lê Thị Hoa" in sheet["error"]
    archive = rows["goi-bao-cao.zip"]
    assert archive["error_code"] == "archive"
    assert "2 tệp có vẻ là báo cáo" in archive["error"] and "Báo cáo Tây Vinh.docx" in archive["error"]
    assert "giải nén" in archive["error"]
    assert rows["ghi-chu.txt"]["error_code"] == "not_a_report"

    # The command line says how many were skipped, for `run` and for `check`.
    from tdkt.cli_flows import _say

    assert "bỏ qua 7 tệp khóa/tệp hệ thống" in _say(summary)
    done = _tdkt("check", str(inbox), "--out", str(tmp_path / "out-check"), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "bỏ qua 7 tệp" in done.stdout
    assert set(reports(tmp_path / "out-check")) == set(rows)


def test_spreadsheets_from_other_producers_say_whose_they_are(tmp_path):
    assert shutil.which("soffice"), "LibreOffice is missing: scripts/setup.sh installs it"
    made = _spreadsheet(tmp_path / "goc.xlsx")
    shutil.copy(made, tmp_path / "lo.xlsx")
    for fmt in ("ods", "xls"):
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                        "--convert-to", fmt, "--outdir", str(tmp_path / fmt), str(made)],
                       check=True, capture_output=True, timeout=180)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo"), str(tmp_path / "ods" / "goc.ods")],
                   check=True, capture_output=True, timeout=180)
    cases = {tmp_path / "ods" / "goc.ods": ("ods", "bảng tính OpenDocument", True),
             tmp_path / "lo" / "goc.xlsx": ("xlsx", "bảng tính Excel", True),  # LibreOffice: shared strings
             tmp_path / "xls" / "goc.xls": ("xls", "bảng tính Excel 97-2003", False)}
    for path, (kind, label, names_unit) in cases.items():
        renamed = path.with_name("bao-cao.docx")  # a spreadsheet sent under a report's name
        path.rename(renamed)
        assert sniff(renamed) == kind
        with pytest.raises(ExtractionError) as err:
            extract(renamed)
        assert err.value.code == "not_a_report", path
        assert label in err.value.message and "Lê Thị Hoa" in err.value.message, err.value.message
        assert ("UBND XÃ BÌNH NGHI" in err.value.message) == names_unit, err.value.message


def test_a_zip_made_by_info_zip_lists_its_members(tmp_path):
    assert shutil.which("zip"), "Info-ZIP `zip` is missing: scripts/setup.sh installs it"
    folder = tmp_path / "gui"
    write_report(folder / "Báo cáo xã Tây Vinh.docx")
    (folder / "ảnh").mkdir()
    (folder / "ảnh" / "trang-1.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really")
    subprocess.run(["zip", "-r", "-q", str(tmp_path / "goi.zip"), "."], cwd=folder, check=True)
    plain = tmp_path / "ghi-chu.zip"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("doc-truoc.txt", "x")
    with pytest.raises(ExtractionError) as err:
        extract(tmp_path / "goi.zip")
    assert err.value.code == "archive"
    assert "2 tệp có vẻ là báo cáo" in err.value.message
    assert "Báo cáo xã Tây Vinh.docx" in err.value.message and "ảnh/trang-1.jpg" in err.value.message
    with pytest.raises(ExtractionError) as err:
        extract(plain)
    assert "1 tệp: doc-truoc.txt" in err.value.message


def test_a_heic_phone_photo_is_read_and_without_pillow_heif_gets_a_clear_reason(tmp_path, monkeypatch):
    pillow_heif = pytest.importorskip("pillow_heif")
    from PIL import Image

    pillow_heif.register_heif_opener()
    photo = tmp_path / "IMG_0412.HEIC"
    with Image.open(SAMPLES / "inbox" / "18-huyen-doan.photo.jpg") as img:
        img.save(photo, quality=80)  # encoded by libheif, not by the sample generator
    assert sniff(photo) == "heic"

    cfg = make_config(tmp_path)
    shutil.copy(photo, tmp_path / "inbox" / photo.name)
    settle(tmp_path / "inbox" / photo.name)
    run_pass(cfg, judge_many=_inline_judge)
    row = reports(cfg.output_dir)[photo.name]
    assert row["error"] is None
    assert row["unit"]["roster_id"] == "huyen-doan"
    assert row["document"]["number"] == "142-BC/HĐTS"

    monkeypatch.setitem(sys.modules, "pillow_heif", None)  # a machine without it
    with pytest.raises(ExtractionError) as err:
        extract(photo)
    assert err.value.code == "photo_format"
    assert "HEIC" in err.value.message and "JPEG" in err.value.message and "PDF" in err.value.message


def test_zip_member_names_written_as_utf8_without_the_flag_are_shown_right(tmp_path):
    from tdkt.extractors.non_reports import _member_name

    info = zipfile.ZipInfo("x")
    info.filename = "Báo cáo.docx".encode("utf-8").decode("cp437")  # what zipfile makes of them
    info.flag_bits = 0
    assert _member_name(info) == "Báo cáo.docx"
    info.filename = "R\x82sum\x82.docx"  # real cp437 bytes stay as zipfile decoded them
    assert _member_name(info) == "R\x82sum\x82.docx"


def test_skipped_names_are_only_lock_and_system_files():
    from tdkt.extractors.inbox_entries import is_skipped_name

    for name in ("~$bao-cao.docx", ".~lock.bao-cao.docx#", "Thumbs.db", "thumbs.db", "desktop.ini", ".DS_Store",
                 ".an"):
        assert is_skipped_name(name), name
    for name in ("bao-cao", "bao-cao.xlsx", "IMG_0001.HEIC", "goi.zip", "~bao-cao.docx", "desktop.ini.docx"):
        assert not is_skipped_name(name), name
