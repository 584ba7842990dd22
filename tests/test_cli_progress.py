"""The command line for a person: `--version`, argparse's messages in Vietnamese, a progress bar
on a terminal (a real pseudo-terminal) and none in a pipe, watch's line per file judged."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_flow_helpers import make_config, settle, write_report  # noqa: E402

from tdkt import __version__, progress  # noqa: E402
from tdkt.cli import main  # noqa: E402

TDKT = [sys.executable, "-m", "tdkt"]


def test_version_and_vietnamese_argparse_messages(capsys):
    with pytest.raises(SystemExit) as ended:
        main(["--version"])
    assert ended.value.code == 0 and capsys.readouterr().out.strip() == f"tdkt {__version__}"
    with pytest.raises(SystemExit) as ended:
        main(["kiem-tra"])
    err = capsys.readouterr().err
    assert ended.value.code == 2
    assert err.startswith("Cách dùng: tdkt") and "tdkt: lỗi: tham số LỆNH: lựa chọn không hợp lệ: 'kiem-tra'" in err
    with pytest.raises(SystemExit):
        main(["check"])
    assert "tdkt check: lỗi: thiếu tham số bắt buộc: paths, --out" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["check", "a.docx", "--out", "x", "--workers", "hai"])
    assert "tham số --workers: giá trị int không hợp lệ: 'hai'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    helptext = capsys.readouterr().out
    assert "tham số theo vị trí:" in helptext and "tùy chọn:" in helptext and "in hướng dẫn này rồi thoát" in helptext
    assert "usage:" not in helptext and "error:" not in err


def _run_in_pty(args: list[str], cwd: Path) -> str:
    """The command's terminal output as a person would see it (both streams on one pty)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its terminal
        os.chdir(cwd)
        os.environ["COLUMNS"] = "160"
        os.execv(args[0], args)
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8", "replace")


def test_check_shows_progress_on_a_terminal_and_nothing_in_a_pipe(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3):
        write_report(inbox / f"bc-{i}.docx", number=f"{i}/BC-UBND")
    (inbox / "hong.docx").write_bytes(b"PK\x03\x04 not a zip")
    args = [*TDKT, "check", str(inbox), "--out", str(tmp_path / "out"), "--format", "json"]
    seen = _run_in_pty(args, tmp_path)
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", seen)
    assert "Đang kiểm tra" in plain and re.search(r"\d/4", plain), seen[-2000:]
    assert "lỗi: 1" in plain  # errors so far
    assert "Đã kiểm tra 4 tệp (1 tệp lỗi)" in plain
    piped = subprocess.run(args, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert piped.returncode == 0
    assert "Đang kiểm tra" not in piped.stdout + piped.stderr and "\x1b[" not in piped.stdout + piped.stderr
    assert piped.stdout.startswith("Đã kiểm tra 4 tệp (1 tệp lỗi)")


def test_passes_tell_the_listener_one_line_per_file(tmp_path):
    from tdkt.flows.passes import run_pass
    from tdkt.flows.work import judge_one

    cfg = make_config(tmp_path)
    write_report(tmp_path / "inbox" / "bc-vinh.docx")
    (tmp_path / "inbox" / "rong.docx").write_bytes(b"")
    for f in (tmp_path / "inbox").iterdir():
        settle(f)

    def inline(cfg, entries, rules_id, on_result):
        for e in entries:
            on_result(e, judge_one(e.path, e.display, e.sha256, e.received_at, None, None, {}))

    lines: list[str] = []
    with progress.listen(progress.LineLog(lines.append)):
        run_pass(cfg, judge_many=inline)
    assert len(lines) == 2
    stamp = r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} "
    assert all(re.match(stamp, x) for x in lines)
    vinh = next(x for x in lines if "bc-vinh.docx" in x)
    assert "— UBND xã Tây Vinh: " in vinh
    assert "rong.docx — lỗi tệp: Tệp rỗng" in next(x for x in lines if "rong.docx" in x)
    lines.clear()
    run_pass(cfg, judge_many=None)  # nothing listening, nothing judged: silent
    assert lines == []
