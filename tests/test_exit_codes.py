"""Exit codes tell the truth: outputs that cannot be written (a read-only mount, a full disk, a
file where the folder should be, a write failing half-way) end `check` and `run` with a
non-zero code and one Vietnamese line, no traceback, the previous outputs intact; a second pass
on one output folder waits for, or is refused by, the first; `watch` says a repeating failure once.

Tests run as root, where permissions stop nothing: the read-only folder is a real read-only
bind mount and the full disk a real 2 MB tmpfs, both inside a private mount namespace
(`unshare -m`); the test is skipped where that is not allowed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from test_flow_helpers import write_report
from tdkt.flows.lock import OutputBusyError, output_lock

TDKT = [sys.executable, "-m", "tdkt"]


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_") and k != "TDKT_DEBUG"}
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    return env


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*")) if p.is_file()
            and not p.name.startswith(".")}


def _one_line_no_traceback(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture(scope="module")
def inbox_and_outputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("exit-codes")
    write_report(root / "inbox" / "bc-1.docx")
    write_report(root / "inbox" / "bc-2.docx", commune="Tây Bình", number="7/BC-UBND")
    return root


def _can_unshare() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(not _can_unshare(), reason="no private mount namespace here")


def _in_namespace(setup: str, argv: list[str]) -> subprocess.CompletedProcess:
    command = " ".join(f"'{a}'" for a in argv)
    return subprocess.run(["unshare", "-m", "sh", "-c", f"{setup} && exec {command}"], env=_env(),
                          capture_output=True, text=True, timeout=300)


@needs_mounts
@pytest.mark.parametrize("command", ["check", "run"])
def test_read_only_output_folder_exits_non_zero_with_one_line(inbox_and_outputs, command):
    root = inbox_and_outputs
    out = root / f"out-ro-{command}"
    first = subprocess.run(TDKT + [command, str(root / "inbox"), "--out", str(out)], env=_env(),
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    before = _digests(out)
    write_report(root / "inbox" / f"bc-moi-{command}.docx", commune="Tây An", number="9/BC-UBND")
    proc = _in_namespace(f"mount --bind '{out}' '{out}' && mount -o remount,ro,bind '{out}'",
                         TDKT + [command, str(root / "inbox"), "--out", str(out)])
    (root / "inbox" / f"bc-moi-{command}.docx").unlink()
    assert proc.returncode == 1, proc.stdout + proc.stderr
    line = _one_line_no_traceback(proc.stderr)
    assert "Không ghi được kết quả" in line and "chỉ cho phép đọc" in line
    assert _digests(out) == before  # the previous outputs are intact


@needs_mounts
def test_full_disk_is_refused_before_reading(inbox_and_outputs):
    out = inbox_and_outputs / "out-full"
    out.mkdir()
    proc = _in_namespace(f"mount -t tmpfs -o size=1m tmpfs '{out}'",
                         TDKT + ["check", str(inbox_and_outputs / "inbox"), "--out", str(out)])
    assert proc.returncode == 1
    line = _one_line_no_traceback(proc.stderr)
    assert "ổ đĩa chỉ còn" in line and "MB" in line


def test_a_file_where_the_output_folder_should_be(inbox_and_outputs, tmp_path):
    blocker = tmp_path / "ket-qua"
    blocker.write_text("not a folder", encoding="utf-8")
    for command in ("check", "run"):
        proc = subprocess.run(TDKT + [command, str(inbox_and_outputs / "inbox"), "--out", str(blocker)],
                              env=_env(), capture_output=True, text=True, timeout=300)
        assert proc.returncode == 1, (command, proc.stderr)
        assert "không phải thư mục" in _one_line_no_traceback(proc.stderr)
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_disk_filling_up_half_way_through_the_writing_keeps_old_outputs(inbox_and_outputs, tmp_path, monkeypatch,
                                                                        capsys):
    from tdkt.cli import main

    out = tmp_path / "out"
    assert main(["check", str(inbox_and_outputs / "inbox"), "--out", str(out)]) == 0
    before = _digests(out)
    capsys.readouterr()
    real_replace = os.replace

    def full_disk(src, dst, *a, **k):
        if str(dst).endswith((".xlsx", ".csv")):  # reports.json went through; the workbook does not
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_replace(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", full_disk)
    assert main(["check", str(inbox_and_outputs / "inbox"), "--out", str(out)]) == 1
    line = _one_line_no_traceback(capsys.readouterr().err)
    assert "ổ đĩa đã đầy" in line
    after = _digests(out)
    assert after["compliance.xlsx"] == before["compliance.xlsx"] and after["tong-hop.csv"] == before["tong-hop.csv"]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]  # no half-written temporaries


def test_debug_flag_shows_the_traceback(inbox_and_outputs, tmp_path):
    blocker = tmp_path / "ket-qua"
    blocker.write_text("x", encoding="utf-8")
    proc = subprocess.run(TDKT + ["--debug", "run", str(inbox_and_outputs / "inbox"), "--out", str(blocker)],
                          env=_env(), capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0 and "Traceback" in proc.stderr and "OutputWriteError" in proc.stderr


def test_second_run_is_refused_while_another_pass_holds_the_folder(inbox_and_outputs, tmp_path):
    out = tmp_path / "out"
    conf = tmp_path / "tdkt.toml"
    conf.write_text("[run]\nlock_wait_seconds = 0\n", encoding="utf-8")
    with output_lock(out):  # this test process is "the first pass"
        proc = subprocess.run(TDKT + ["run", str(inbox_and_outputs / "inbox"), "--out", str(out), "--config",
                                      str(conf)], env=_env(), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 4, proc.stderr
    line = _one_line_no_traceback(proc.stderr)
    assert "đang được một lượt khác ghi" in line and f"pid {os.getpid()}" in line
    assert not (out / "reports.json").exists()  # nothing judged, nothing written


def test_second_run_waits_for_the_first_then_reuses_its_work(inbox_and_outputs, tmp_path):
    out = tmp_path / "out"
    conf = tmp_path / "tdkt.toml"
    conf.write_text("[run]\nlock_wait_seconds = 120\n", encoding="utf-8")
    with output_lock(out):
        proc = subprocess.Popen(TDKT + ["run", str(inbox_and_outputs / "inbox"), "--out", str(out), "--config",
                                        str(conf)], env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        time.sleep(6)  # long enough to have started and met the lock
        assert proc.poll() is None  # still waiting for us
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert "đang được một lượt khác ghi" in stderr and "Đang chờ" in stderr
    assert "Đã xử lý 2 tệp" in stdout


def test_lock_is_reentrant_in_its_thread_and_excludes_other_threads(tmp_path):
    seen = []
    with output_lock(tmp_path):
        with output_lock(tmp_path):  # `tdkt run` holds it, then its flow takes it again
            seen.append("nested")

        def other():
            try:
                with output_lock(tmp_path, wait_seconds=0.3):
                    seen.append("other got it")
            except OutputBusyError as exc:
                seen.append(str(exc))

        t = threading.Thread(target=other)
        t.start()
        t.join()
    assert seen[0] == "nested" and "đang được một lượt khác ghi" in seen[1]
    with output_lock(tmp_path, wait_seconds=0):  # released for good once the holder is done
        pass


def test_watch_says_a_repeating_failure_once(capsys):
    from tdkt.flows.watch import _vietnamese

    written = []
    report = _vietnamese(written.append)
    problem = "OutputWriteError: Không ghi được kết quả vào /srv/out: ổ đĩa đã đầy (hoặc hết hạn mức)."
    for _ in range(5):
        report({"error": problem})
    report({"error": "OutputBusyError: Thư mục kết quả /srv/out đang được một lượt khác ghi (pid 1)."})
    report({"files": 1, "written": True})
    report({"error": problem})  # after a good pass, the same failure is news again
    lines = [line for line in capsys.readouterr().out.splitlines() if line]
    assert len(lines) == 3 and "OutputWriteError" not in lines[0] and "ổ đĩa đã đầy" in lines[0]
    assert "đang được một lượt khác ghi" in lines[1] and "ổ đĩa đã đầy" in lines[2]
    assert len(written) == 1
