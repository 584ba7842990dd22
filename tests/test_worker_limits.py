"""Limits before the work and on the work: hostile files made here, small on disk, with lowered
limits so each case runs in seconds — a DOCX whose document.xml inflates past the cap, a PDF
whose page is 200 inches wide, a worker allocating past its RLIMIT_AS, a file over its
deadline — each fails with its Vietnamese reason while the other files are judged; LibreOffice
dies with the process that started it and leaves no temporary copy; a SIGTERM stops `tdkt
check` within seconds."""

from __future__ import annotations

import glob
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import extract_fixtures as fx
from tdkt.extractors import ExtractionError, Limits, extract
from tdkt.extractors.limits import PdfBudget, render_scale
from tdkt.workers import WorkerPool

ROOT = Path(__file__).resolve().parents[1]
TDKT = ROOT / ".venv" / "bin" / "tdkt"


# -- hostile files --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hostile")
    good = fx.make_report_docx(root / "tot.docx")
    return {"good": good, "inflating": _inflating_docx(good, root / "phinh-to.docx"),
            "huge_page": _huge_page_pdf(root / "trang-khong-lo.pdf"), "slow": _slow_rtf(root / "cham.rtf")}


def _inflating_docx(good: Path, out: Path, extra_bytes: int = 2 * 2**20) -> Path:
    """The good report with ~2 MB of varied paragraphs appended to document.xml: about 1 MB on
    disk, a compression ratio the zip guard accepts, past a 1 MB part cap once inflated."""
    rng = random.Random(7)
    words = "báo cáo thi đua khen thưởng phong trào đơn vị tập thể cá nhân xã huyện năm tháng".split()
    paragraphs, size = [], 0
    while size < extra_bytes:
        text = " ".join(rng.choice(words) + str(rng.randrange(10**6)) for _ in range(40))
        paragraphs.append(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
        size += len(paragraphs[-1])
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:sectPr", "".join(paragraphs).encode() + b"<w:sectPr", 1)
            dst.writestr(item, data)
    return out


def _huge_page_pdf(out: Path) -> Path:
    """A scanned page 200 inches square: 10x10 pixels at 0.05 dpi (a few hundred bytes)."""
    from PIL import Image

    Image.new("L", (10, 10), 255).save(out, "PDF", resolution=0.05)
    return out


def _slow_rtf(out: Path, paragraphs: int = 30_000) -> Path:
    """An RTF that keeps LibreOffice busy for several seconds (~3 MB)."""
    body = "\n".join(rf"\pard Dong {i}: bao cao so ket thi dua khen thuong \b dam\b0  \i nghieng\i0\par"
                     for i in range(paragraphs))
    out.write_text(r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}" + body + "}", encoding="ascii")
    return out


# -- bounds checked before the work ----------------------------------------------------------
def test_docx_part_inflating_past_the_cap_is_refused_before_parsing(files):
    assert files["inflating"].stat().st_size < 1.5 * 2**20
    with pytest.raises(ExtractionError) as err:
        extract(files["inflating"], Limits(max_xml_part_bytes=2**20))
    assert err.value.code == "too_large" and "word/document.xml" in err.value.message
    assert "giải nén 2 MB > 1 MB" in err.value.message
    assert "Số: 45/BC-UBND" in extract(files["inflating"]).text  # under the default cap it reads


def test_pdf_page_too_large_to_render_is_refused(files):
    assert files["huge_page"].stat().st_size < 2000
    with pytest.raises(ExtractionError) as err:
        extract(files["huge_page"])
    assert err.value.code == "too_large" and "200×200 inch" in err.value.message
    assert "triệu điểm ảnh" in err.value.message


def test_render_scale_lowers_resolution_to_the_pixel_cap():
    a4 = (595, 842)
    assert render_scale(*a4, 300, Limits()) == pytest.approx(300 / 72)
    lowered = Limits(max_render_pixels=4_000_000)  # A4 at 300 dpi is 8.7 Mpx
    scale = render_scale(*a4, 300, lowered)
    assert 150 / 72 <= scale < 300 / 72 and (595 * scale) * (842 * scale) <= 4_000_000
    with pytest.raises(ExtractionError):
        render_scale(*a4, 300, Limits(max_render_pixels=1_000_000))  # would need < 150 dpi


def test_pdf_budget_refuses_dense_pages_and_files():
    budget = PdfBudget(Limits(max_page_chars=1000, max_pdf_chars=2500))
    budget.page(1, 900)
    budget.page(2, 900)
    with pytest.raises(ExtractionError) as err:
        budget.page(3, 900)
    assert "2.500 ký tự" in err.value.message
    with pytest.raises(ExtractionError) as err:
        PdfBudget(Limits(max_page_chars=1000)).page(4, 5000)
    assert "trang 4" in err.value.message


# -- caps on the work -----------------------------------------------------------------------
def _allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 2**20))


def test_memory_breach_replaces_only_that_worker():
    pool = WorkerPool(2, context="fork", preload=())
    limits = Limits(max_memory_mb=600)
    try:
        got = dict(pool.map(_allocate, [(1,), (4000,), (2,), (3,)], limits))
        pids = {pool.call(os.getpid, (), limits).kind for _ in range(3)}
    finally:
        pool.kill()
    assert [got[i].kind for i in range(4)] == ["ok", "memory", "ok", "ok"]
    assert got[0].value == 2**20 and got[3].value == 3 * 2**20
    assert "vượt giới hạn bộ nhớ" in got[1].error().message and got[1].error().code == "memory_limit"
    assert pids == {"ok"}  # the pool still works after the breach


def test_deadline_kills_the_worker_and_the_others_go_on():
    pool = WorkerPool(2, context="fork", preload=())
    try:
        started = time.monotonic()
        got = dict(pool.map(time.sleep, [(0,), (30,), (0,)], Limits(deadline_seconds=1.5)))
        elapsed = time.monotonic() - started
    finally:
        pool.kill()
    assert [got[i].kind for i in range(3)] == ["ok", "timeout", "ok"]
    assert "quá thời gian đọc" in got[1].error().message and elapsed < 20


def test_flow_judge_one_returns_a_timeout_record_without_retry(files):
    # A deadline shorter than any read: the flow gets the file's error row, not an exception to retry.
    from tdkt.flows import work

    record = work.judge_one(str(files["good"]), "tot.docx", "0" * 64, "2023-07-01T08:00:00", None, None,
                            {"deadline_seconds": 0.001})
    assert record["error_code"] == "read_timeout" and "quá thời gian đọc" in record["error"]


def test_check_fails_hostile_files_with_reasons_and_judges_the_rest(files, tmp_path):
    from tdkt.cli_check import check_files
    from tdkt.rules.loader import load_roster, load_ruleset

    ruleset, roster = load_ruleset(None), load_roster(None)
    order = [files["good"], files["inflating"], files["huge_page"], files["slow"], files["good"]]
    limits = Limits(max_xml_part_bytes=2**20, deadline_seconds=4, timeout_seconds=60)
    before = set(glob.glob("/tmp/tdkt-lo-*"))
    records = check_files(order, ruleset, roster, workers=2, limits=limits)
    assert [Path(r.file).name for r in records] == [p.name for p in order]  # input order
    assert records[0].error is None and records[0].items and records[4].to_dict() == records[0].to_dict()
    assert records[1].error_code == "too_large" and "document.xml" in records[1].error
    assert records[2].error_code == "too_large" and "điểm ảnh" in records[2].error
    assert records[3].error_code == "read_timeout" and "quá thời gian đọc" in records[3].error
    _assert_no_libreoffice_left(before)  # the killed worker's LibreOffice went with it


# -- LibreOffice dies with its parent ---------------------------------------------------------
def _lo_processes(marker: str) -> list[int]:
    """Live (not zombie) processes whose command line mentions `marker`."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes()
            state = Path(f"/proc/{entry}/stat").read_bytes().rsplit(b")", 1)[-1].split()[0]
        except OSError:
            continue
        if marker.encode() in cmd and state != b"Z":
            found.append(int(entry))
    return found


def _wait_for(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def _assert_no_libreoffice_left(before: set[str]) -> None:
    new = set(glob.glob("/tmp/tdkt-lo-*")) - before
    # Wait for the event (every guard and soffice of those folders gone; the bound only stops a hang),
    # then the folders must be gone too: a guard removes its folder before it exits.
    assert _wait_for(lambda: not any(_lo_processes(d) for d in new), 120), new
    assert not (set(glob.glob("/tmp/tdkt-lo-*")) - before), new


_CONVERT = """
import sys
from pathlib import Path
from tdkt.extractors import Limits
from tdkt.extractors.office_convert import read_via_libreoffice
read_via_libreoffice(Path(sys.argv[1]), "rtf", Limits(timeout_seconds=300))
"""


def test_libreoffice_dies_with_a_killed_parent_and_leaves_no_copy(files):
    parent = subprocess.Popen([sys.executable, "-c", _CONVERT, str(files["slow"])])
    marker = f"/tdkt-lo-{parent.pid}-"
    try:
        assert _wait_for(lambda: any("soffice.bin" in Path(f"/proc/{p}/cmdline").read_text(errors="replace")
                                     for p in _lo_processes(marker)), 60), "soffice did not start"
        workdir = glob.glob(f"/tmp/tdkt-lo-{parent.pid}-*")
        assert workdir and list(Path(workdir[0]).glob("input.rtf"))  # the copy LibreOffice reads
        guards = [pid for pid in _lo_processes(marker) if b"office_guard.py" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        assert len(guards) == 1
        parent.kill()  # SIGKILL: no finally, no handler runs in the parent
        parent.wait(10)
        # The guard is the event to wait for (however loaded the machine): it removes the copy, then
        # exits. The bound only keeps a hung guard from hanging the suite.
        assert _wait_for(lambda: not _lo_processes(marker), 120), "LibreOffice or its guard outlived the parent"
        assert not glob.glob(f"/tmp/tdkt-lo-{parent.pid}-*"), "the guard ended and left the temporary copy"
    finally:
        parent.kill()
        for pid in _lo_processes(marker):
            os.kill(pid, signal.SIGKILL)


def test_sigterm_stops_check_within_seconds(files, tmp_path):
    out = tmp_path / "out"
    before = set(glob.glob("/tmp/tdkt-lo-*"))
    run = subprocess.Popen([str(TDKT), "check", str(files["slow"]), str(files["good"]), "--out", str(out)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert _wait_for(lambda: any(_lo_processes(d) for d in set(glob.glob("/tmp/tdkt-lo-*")) - before), 60)
        started = time.monotonic()
        run.send_signal(signal.SIGTERM)
        _, stderr = run.communicate(timeout=15)
        assert time.monotonic() - started < 10
    finally:
        run.kill()
    assert run.returncode == 143 and "Đã dừng" in stderr and "Traceback" not in stderr
    assert not out.exists() or not any(out.iterdir())  # nothing half-written
    _assert_no_libreoffice_left(before)
