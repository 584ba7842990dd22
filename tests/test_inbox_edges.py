"""The inbox's edges (issue 15 points 1-3, 6, 8; issue 9 point 7): entries that are not files the
office put there, names that are not UTF-8 or too long, a share that vanished, folders that
overlap, fresh files and future mtimes, files over the size limit, outputs replaced behind
tdkt's back. Real files, real passes (run_pass as the flow runs it), `tdkt run` in a subprocess
where the exit code matters."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import pytest

from test_flow_helpers import make_config, reports, settle, sha, write_report
from tdkt.flows import plan as plan_module
from tdkt.flows.passes import run_pass
from tdkt.flows.plan import InboxUnavailableError
from tdkt.flows.work import judge_one


def _inline_judge(cfg, entries, rules_id, on_result):
    for e in entries:
        on_result(e, judge_one(e.path, e.display, e.sha256, e.received_at, cfg.rules or None,
                               cfg.roster or None, dict(cfg.limits)))


def _tdkt(*args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tdkt", *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _files_under(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def _corrupt_docx(path) -> None:
    with open(path, "wb") as fh:
        fh.write(b"PK\x03\x04" + b"\x13" * 300)
    settle(Path(os.fsdecode(path)) if isinstance(path, bytes) else path)


# -- entries that are not the office's files -----------------------------------------------------
def test_symlinks_to_secrets_and_fifos_get_a_row_and_are_never_opened_or_copied(tmp_path):
    secret_dir = tmp_path / "ngoai"
    secret_dir.mkdir()
    secret = secret_dir / "mat-khau.txt"
    secret.write_bytes(b"SECRET-7f3a9c " * 50)
    fifo_outside = secret_dir / "ong-ngoai"
    os.mkfifo(fifo_outside)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_report(inbox / "tot.docx")
    os.symlink(secret, inbox / "bao-cao.pdf")
    os.symlink(fifo_outside, inbox / "bao-cao-2.docx")  # following it would block the run
    os.symlink("/proc/self/environ", inbox / "moi-truong.docx")
    os.mkfifo(inbox / "ong.pdf")
    out = tmp_path / "out"

    done = _tdkt("run", str(inbox), "--out", str(out))
    assert done.returncode == 0, done.stderr
    rows = reports(out)
    assert rows["tot.docx"]["error"] is None
    for name in ("bao-cao.pdf", "bao-cao-2.docx", "moi-truong.docx"):
        assert rows[name]["error_code"] == "symlink" and "liên kết" in rows[name]["error"], name
        assert rows[name]["sha256"] == "" and rows[name]["quarantined_to"] is None
    assert rows["ong.pdf"]["error_code"] == "special_file" and "FIFO" in rows["ong.pdf"]["error"]
    written = _files_under(out)
    assert not any(b"SECRET-7f3a9c" in data for data in written.values())  # not copied, not quoted
    assert not any(b"PATH=" in data for data in written.values())  # /proc/self/environ neither
    assert not (out / "cach-ly").exists() or not any((out / "cach-ly").iterdir())

    # `tdkt check` on the same folder: the same rows, nothing opened.
    checked = _tdkt("check", str(inbox), "--out", str(tmp_path / "out-check"), "--format", "json")
    assert checked.returncode == 0, checked.stderr
    rows = reports(tmp_path / "out-check")
    assert {rows[n]["error_code"] for n in ("bao-cao.pdf", "bao-cao-2.docx", "moi-truong.docx")} == {"symlink"}
    assert rows["ong.pdf"]["error_code"] == "special_file"


def test_a_path_swapped_for_a_symlink_or_fifo_after_listing_is_still_refused(tmp_path):
    from tdkt.extractors import ExtractionError, extract
    from tdkt.extractors.inbox_entries import RefusedEntry, sha256_regular
    from tdkt.flows.quarantine import copy_restricted

    secret = tmp_path / "secret"
    secret.write_bytes(b"x" * 100)
    link = tmp_path / "link.docx"
    os.symlink(secret, link)
    fifo = tmp_path / "fifo.docx"
    os.mkfifo(fifo)
    for path, code in ((link, "symlink"), (fifo, "special_file")):
        with pytest.raises(RefusedEntry) as err:
            sha256_regular(path)
        assert err.value.error.code == code
        with pytest.raises(RefusedEntry):
            copy_restricted(path, tmp_path / "copy")
        with pytest.raises(ExtractionError) as err:
            extract(path)
        assert err.value.code == code
    assert not (tmp_path / "copy").exists()


def test_quarantine_copies_keep_the_inbox_files_permissions_at_most(tmp_path):
    cfg = make_config(tmp_path)
    private = tmp_path / "inbox" / "rieng.docx"
    _corrupt_docx(private)
    os.chmod(private, 0o600)
    old_umask = os.umask(0o002)  # the office's usual umask: new files 0664
    try:
        run_pass(cfg, judge_many=_inline_judge)
    finally:
        os.umask(old_umask)
    copy = Path(reports(cfg.output_dir)["rieng.docx"]["quarantined_to"])
    assert copy.read_bytes() == private.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


# -- names -----------------------------------------------------------------------------------
def test_a_name_that_is_not_utf8_neither_crashes_run_nor_check(tmp_path):
    cfg = make_config(tmp_path)
    inbox = os.fsencode(tmp_path / "inbox")
    good = write_report(tmp_path / "mau.docx")
    with open(inbox + b"/bao-cao-x\xe3-t\xe2y-vinh.docx", "wb") as fh:  # a Latin-1 name from an old share
        fh.write(good.read_bytes())
    os.utime(inbox + b"/bao-cao-x\xe3-t\xe2y-vinh.docx", (time.time() - 120,) * 2)
    _corrupt_docx(inbox + b"/h\xf4ng.docx")

    first = run_pass(cfg, judge_many=_inline_judge).summary
    assert (first["files"], first["judged"], first["written"]) == (2, 2, True)
    rows = reports(cfg.output_dir)
    assert rows["bao-cao-x\\xe3-t\\xe2y-vinh.docx"]["error"] is None
    assert rows["bao-cao-x\\xe3-t\\xe2y-vinh.docx"]["document"]["number"] == "45/BC-UBND"
    broken = rows["h\\xf4ng.docx"]
    copy = Path(broken["quarantined_to"])
    assert copy.read_bytes() == b"PK\x03\x04" + b"\x13" * 300
    note = Path(str(copy) + ".ly-do.txt").read_text("utf-8")
    assert "h\\xf4ng.docx" in note and (b"h\xf4ng.docx").hex() in note
    # The store keeps the name too: the next pass reuses everything.
    second = run_pass(cfg, judge_many=None).summary
    assert (second["judged"], second["reused"]) == (0, 2)

    done = _tdkt("check", str(tmp_path / "inbox"), "--out", str(tmp_path / "out-check"))
    assert done.returncode == 0, done.stderr
    assert set(reports(tmp_path / "out-check")) == {"bao-cao-x\\xe3-t\\xe2y-vinh.docx", "h\\xf4ng.docx"}
    assert (tmp_path / "out-check" / "compliance.xlsx").stat().st_size > 0


def test_a_long_nfd_name_on_a_corrupt_file_is_quarantined_under_a_short_name(tmp_path):
    cfg = make_config(tmp_path)
    long_name = unicodedata.normalize(
        "NFD", "Báo cáo sơ kết công tác thi đua khen thưởng sáu tháng đầu năm hai nghìn không trăm hai mươi ba "
               "của Ủy ban nhân dân xã Tây Vinh huyện Tây Sơn tỉnh Bình Định bản chính.docx")
    assert 240 <= len(long_name.encode("utf-8")) <= 255
    bad = tmp_path / "inbox" / long_name
    _corrupt_docx(bad)

    run_pass(cfg, judge_many=_inline_judge)
    row = next(iter(reports(cfg.output_dir).values()))
    copy = Path(row["quarantined_to"])
    note = Path(str(copy) + ".ly-do.txt")
    assert copy.read_bytes() == bad.read_bytes() and note.exists()
    assert len(note.name.encode("utf-8")) <= 200 and copy.name.endswith(".docx")
    assert unicodedata.normalize("NFC", copy.name) == copy.name  # shown as the clerk types it
    assert "Báo cáo sơ kết" in copy.name
    assert long_name in unicodedata.normalize("NFD", note.read_text("utf-8"))
    assert run_pass(cfg, judge_many=None).summary["errors"] == 1  # and the next run is quiet


# -- the inbox cannot be seen ------------------------------------------------------------------
def test_an_emptied_inbox_with_known_files_stops_the_run_and_keeps_the_outputs(tmp_path):
    inbox = tmp_path / "inbox"
    out = tmp_path / "out"
    for i in range(2):
        write_report(inbox / f"bc-{i}.docx", number=f"{i}/BC-UBND")
    assert _tdkt("run", str(inbox), "--out", str(out)).returncode == 0
    before = {p: data for p, data in _files_under(out).items() if "/.tdkt/" not in p}
    assert before

    for f in inbox.iterdir():  # an unmounted share: the mount point is an empty folder
        f.unlink()
    done = _tdkt("run", str(inbox), "--out", str(out))
    assert done.returncode != 0
    assert "trống" in done.stderr and "Traceback" not in done.stderr
    after = {p: data for p, data in _files_under(out).items() if "/.tdkt/" not in p}
    assert after == before  # byte for byte

    inbox.rmdir()  # the mount point itself gone
    done = _tdkt("run", str(inbox), "--out", str(out))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert {p: data for p, data in _files_under(out).items() if "/.tdkt/" not in p} == before

    # An intentionally emptied inbox, said so in the configuration.
    inbox.mkdir()
    conf = tmp_path / "tdkt.toml"
    conf.write_text("[run]\nallow_empty_inbox = true\n", encoding="utf-8")
    done = _tdkt("run", str(inbox), "--out", str(out), "--config", str(conf))
    assert done.returncode == 0, done.stderr
    assert json.loads((out / "reports.json").read_text("utf-8")) == []


def test_a_pass_refuses_an_empty_inbox_before_touching_the_store(tmp_path):
    cfg = make_config(tmp_path)
    write_report(tmp_path / "inbox" / "bc.docx")
    run_pass(cfg, judge_many=_inline_judge)
    (tmp_path / "inbox" / "bc.docx").unlink()
    (tmp_path / "inbox" / "Thumbs.db").write_bytes(b"x")  # system files do not count as content
    with pytest.raises(InboxUnavailableError, match="trống"):
        run_pass(cfg, judge_many=None)
    from tdkt.flows.store import Store

    with Store(cfg.store_path) as store:
        assert len(store.files()) == 1  # nothing forgotten


def test_output_or_state_inside_the_inbox_is_refused(tmp_path):
    inbox = tmp_path / "inbox"
    write_report(inbox / "bc.docx")
    for args in (["--out", str(inbox)], ["--out", str(inbox / "ket-qua")],
                 ["--out", str(tmp_path / "out"), "--state", str(inbox / ".tdkt")],
                 ["--out", str(tmp_path)]):  # the inbox inside the output folder
        done = _tdkt("run", str(inbox), *args)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert "hộp thư đến" in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in inbox.iterdir()) == ["bc.docx"]


def test_the_watcher_says_once_that_the_inbox_is_gone_and_once_that_it_is_back(tmp_path):
    from tdkt.flows.watch import InboxWatcher

    cfg = make_config(tmp_path)
    said: list[dict] = []
    outcome = {"down": True}

    def fake_run(c):
        assert c.settle_max_wait_seconds == 0  # the watcher never blocks on fresh files
        if outcome["down"]:
            raise InboxUnavailableError("Hộp thư đến đang trống.")
        return {"files": 1, "written": False}

    watcher = InboxWatcher(cfg, report=said.append, run=fake_run)
    for _ in range(3):
        watcher._pass()
    outcome["down"] = False
    watcher._pass()
    watcher._pass()
    try:
        assert [s for s in said if "inbox_unavailable" in s] == [{"inbox_unavailable": "Hộp thư đến đang trống."}]
        assert [s for s in said if s.get("inbox_back")] == [{"inbox_back": True}]
    finally:
        if watcher._observer is not None:
            watcher._observer.stop()
            watcher._observer.join(timeout=5)


# -- fresh files ---------------------------------------------------------------------------------
def test_a_file_still_being_copied_when_the_run_starts_is_judged_in_that_run(tmp_path):
    cfg = make_config(tmp_path, settle_seconds=1.0, settle_max_wait_seconds=60.0)
    source = write_report(tmp_path / "nguon.docx", extra="Bản đang chép vào hộp thư.")
    data = source.read_bytes()
    target = tmp_path / "inbox" / "dang-chep.docx"

    def copy_slowly():
        for name in ("dang-chep.docx", "chep-sau.docx"):  # the second appears after the run listed the inbox
            with open(target.with_name(name), "wb") as fh:
                for start in range(0, len(data), len(data) // 6 + 1):
                    fh.write(data[start:start + len(data) // 6 + 1])
                    fh.flush()
                    time.sleep(0.4)  # shorter than the settle time: still one copy in progress

    writer = threading.Thread(target=copy_slowly)
    writer.start()
    time.sleep(0.1)
    try:
        summary = run_pass(cfg, judge_many=_inline_judge).summary
    finally:
        writer.join()
    assert (summary["files"], summary["deferred"]) == (2, 0)
    for name in ("dang-chep.docx", "chep-sau.docx"):
        row = reports(cfg.output_dir)[name]
        assert row["error"] is None and row["sha256"] == sha(source)


def test_a_future_mtime_is_judged_not_deferred_forever(tmp_path):
    cfg = make_config(tmp_path, settle_seconds=0.5, settle_max_wait_seconds=10.0)
    future = write_report(tmp_path / "inbox" / "tuong-lai.docx")
    ahead = time.time() + 3 * 86400  # a PC whose clock is days ahead
    os.utime(future, (ahead, ahead))
    summary = run_pass(cfg, judge_many=_inline_judge).summary
    assert (summary["judged"], summary["deferred"]) == (1, 0)
    assert reports(cfg.output_dir)["tuong-lai.docx"]["error"] is None

    # The watcher's passes (no waiting): deferred once, judged once it was seen unchanged.
    watching = make_config(tmp_path, output=str(tmp_path / "out-watch"), settle_seconds=0.5,
                           settle_max_wait_seconds=0.0)
    plan_module._observed.clear()
    assert run_pass(watching, judge_many=_inline_judge).summary["deferred"] == 1
    time.sleep(0.6)
    later = run_pass(watching, judge_many=_inline_judge).summary
    assert (later["deferred"], later["files"]) == (0, 1)
    plan_module._observed.clear()  # a new process (the next night, a restarted watcher)
    again = run_pass(watching, judge_many=None).summary  # known unchanged: no settling again, no judge
    assert (again["deferred"], again["reused"], again["written"]) == (0, 1, False)


def test_watch_does_not_quarantine_a_download_that_paused_and_releases_stale_copies(tmp_path):
    source = write_report(tmp_path / "nguon.docx")
    data = source.read_bytes()
    target = tmp_path / "inbox" / "tai-ve.docx"

    # A browser download paused longer than the settle time: half a file is judged (an error row),
    # but not copied to quarantine while it may still be arriving.
    cfg = make_config(tmp_path, settle_seconds=0.2, settle_max_wait_seconds=0.0, quarantine_grace_seconds=30.0)
    target.write_bytes(data[: len(data) // 2])
    time.sleep(0.3)
    half = run_pass(cfg, judge_many=_inline_judge).summary
    assert half["judged"] == 1 and half["quarantine_pending"] == 1 and half["recheck_after"] > 0
    assert reports(cfg.output_dir)["tai-ve.docx"]["error"]
    assert not cfg.quarantine_dir.exists() or not any(cfg.quarantine_dir.iterdir())
    target.write_bytes(data)  # the download resumes and completes
    time.sleep(0.3)
    run_pass(cfg, judge_many=_inline_judge)
    assert reports(cfg.output_dir)["tai-ve.docx"]["error"] is None
    assert not cfg.quarantine_dir.exists() or not any(cfg.quarantine_dir.iterdir())

    # With no grace (or a pause past it) the half file is quarantined; once the full file reads
    # fine, the stale copy and its note are removed.
    cfg2 = make_config(tmp_path, output=str(tmp_path / "out2"), settle_seconds=0.2, settle_max_wait_seconds=0.0,
                       quarantine_grace_seconds=0.0)
    target.write_bytes(data[: len(data) // 3])
    time.sleep(0.3)
    run_pass(cfg2, judge_many=_inline_judge)
    copy = Path(reports(cfg2.output_dir)["tai-ve.docx"]["quarantined_to"])
    assert copy.exists() and Path(str(copy) + ".ly-do.txt").exists()
    target.write_bytes(data)
    time.sleep(0.3)
    run_pass(cfg2, judge_many=_inline_judge)
    assert reports(cfg2.output_dir)["tai-ve.docx"]["error"] is None
    assert list(cfg2.quarantine_dir.iterdir()) == []


# -- limits before work --------------------------------------------------------------------------
def test_an_oversize_file_is_neither_hashed_nor_copied(tmp_path, monkeypatch):
    cfg = make_config(tmp_path, limits={"max_bytes": 200_000})
    write_report(tmp_path / "inbox" / "nho.docx")
    big = tmp_path / "inbox" / "qua-lon.pdf"
    with open(big, "wb") as fh:  # sparse: 5 GB on paper, nothing on disk
        fh.truncate(5 * 1024**3)
    settle(big)
    hashed: list[str] = []
    from tdkt.extractors import inbox_entries

    real_sha = inbox_entries.sha256_regular
    monkeypatch.setattr(inbox_entries, "sha256_regular",
                        lambda p, max_bytes=None: hashed.append(os.fspath(p)) or real_sha(p, max_bytes))
    import tdkt.pipeline.process as process

    monkeypatch.setattr(process, "sha256_file", lambda p: (_ for _ in ()).throw(AssertionError(f"hashed {p}")))

    summary = run_pass(cfg, judge_many=_inline_judge).summary
    assert summary["files"] == 2
    assert [Path(p).name for p in hashed] == ["nho.docx"]
    row = reports(cfg.output_dir)["qua-lon.pdf"]
    assert row["error_code"] == "too_large" and row["sha256"] == ""
    note = Path(row["quarantined_to"])
    assert note.name.endswith(".ly-do.txt")
    text = note.read_text("utf-8")
    assert "qua-lon.pdf" in text and str(5 * 1024**3) in text and "không sao chép" in text
    assert [p.name for p in cfg.quarantine_dir.iterdir()] == [note.name]  # a note, no copy
    assert run_pass(cfg, judge_many=None).summary["judged"] == 0  # and it stays settled


# -- outputs consistent with the store ---------------------------------------------------------
def test_outputs_replaced_behind_tdkts_back_are_repaired_on_the_next_run(tmp_path):
    cfg = make_config(tmp_path)
    for i in range(2):
        write_report(tmp_path / "inbox" / f"bc-{i}.docx", number=f"{i}/BC-UBND")
    assert run_pass(cfg, judge_many=_inline_judge).summary["written"]
    assert run_pass(cfg, judge_many=None).summary["written"] is False

    other = tmp_path / "khac"
    write_report(other / "la.docx", commune="Bình Nghi")
    done = _tdkt("check", str(other), "--out", str(cfg.output_dir))  # into the same folder
    assert done.returncode == 0, done.stderr
    assert set(reports(cfg.output_dir)) == {"la.docx"}

    again = run_pass(cfg, judge_many=None).summary
    assert again["written"] and again["judged"] == 0
    assert set(reports(cfg.output_dir)) == {"bc-0.docx", "bc-1.docx"}
    # An output edited in place (same name, other bytes) is repaired too.
    csv = cfg.output_dir / "tong-hop.csv"
    csv.write_bytes(csv.read_bytes() + b"sua tay\r\n")
    assert run_pass(cfg, judge_many=None).summary["written"]
    assert b"sua tay" not in csv.read_bytes()
    assert run_pass(cfg, judge_many=None).summary["written"] is False
