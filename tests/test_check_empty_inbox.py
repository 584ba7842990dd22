"""`tdkt check --out DIR` over a folder that is empty now while DIR/reports.json lists files from
it (an unmounted share, an emptied mount point): refused with exit 3 and one Vietnamese line,
outputs untouched byte for byte; `--allow-empty` accepts it. Real DOCX files, `tdkt check` in a
subprocess (the exit code and stderr are what cron records)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from test_flow_helpers import write_report


def _check(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tdkt", "check", *args], capture_output=True, text=True,
                          timeout=240, cwd=cwd, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def _listed(out: Path) -> list[str]:
    return [Path(r["file"]).name for r in json.loads((out / "reports.json").read_text("utf-8"))]


def test_an_emptied_folder_is_refused_and_the_outputs_stay_byte_for_byte(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    for i in range(2):
        write_report(inbox / f"bc-{i}.docx", number=f"{i}/BC-UBND")
    first = _check(str(inbox), "--out", str(out))
    assert first.returncode == 0, first.stderr
    assert _listed(out) == ["bc-0.docx", "bc-1.docx"]
    before = _outputs(out)
    assert set(before) == {"reports.json", "compliance.xlsx", "tong-hop.csv"}

    for f in inbox.iterdir():  # the share unmounted: its mount point is an empty folder
        f.unlink()
    (inbox / "Thumbs.db").write_bytes(b"x")  # a system file is no content
    done = _check(str(inbox), "--out", str(out))
    assert done.returncode == 3, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "đang trống" in lines[0] and "2 tệp" in lines[0] and "--allow-empty" in lines[0]
    assert _outputs(out) == before

    accepted = _check(str(inbox), "--out", str(out), "--allow-empty")
    assert accepted.returncode == 0, accepted.stderr
    assert json.loads((out / "reports.json").read_text("utf-8")) == []
    # Now the outputs know no file there: an empty folder is nothing to protect.
    assert _check(str(inbox), "--out", str(out)).returncode == 0


def test_the_folder_is_recognised_under_another_spelling_and_from_a_relative_run(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    write_report(inbox / "con" / "bc.docx")  # in a subfolder: still "under" the inbox
    assert _check("inbox", "--out", "out", cwd=tmp_path).returncode == 0  # records say "inbox/con/bc.docx"
    before = _outputs(out)
    (inbox / "con" / "bc.docx").unlink()
    link = tmp_path / "o-mang"
    os.symlink(inbox, link)  # the same share reached through a link
    for spelling, cwd in ((str(inbox) + "/", None), ("./inbox", tmp_path), (str(link), None)):
        done = _check(spelling, "--out", str(out), cwd=cwd)
        assert done.returncode == 3, (spelling, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
    assert _outputs(out) == before


def test_one_of_two_folders_emptied_is_refused_but_unrelated_or_first_outputs_are_not(tmp_path):
    a, b, out = tmp_path / "cum-1", tmp_path / "cum-2", tmp_path / "out"
    write_report(a / "a.docx", commune="Tây Vinh")
    write_report(b / "b.docx", commune="Bình Nghi", number="7/BC-UBND")
    assert _check(str(a), str(b), "--out", str(out)).returncode == 0
    before = _outputs(out)
    (b / "b.docx").unlink()
    done = _check(str(a), str(b), "--out", str(out))  # half the district's rows would vanish
    assert done.returncode == 3 and "cum-2" in done.stderr, (done.stdout, done.stderr)
    assert _outputs(out) == before

    # Folders the outputs know nothing of: nothing to protect, the check runs as asked.
    fresh = tmp_path / "moi"
    fresh.mkdir()
    assert _check(str(fresh), "--out", str(tmp_path / "out-moi")).returncode == 0
    assert _check(str(fresh), "--out", str(out)).returncode == 0
    assert json.loads((out / "reports.json").read_text("utf-8")) == []


def test_a_folder_with_files_is_checked_even_when_some_known_files_are_gone(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    write_report(inbox / "cu.docx")
    write_report(inbox / "con-lai.docx", number="9/BC-UBND")
    assert _check(str(inbox), "--out", str(out)).returncode == 0
    (inbox / "cu.docx").unlink()  # a file withdrawn: not an unmounted share
    done = _check(str(inbox), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert _listed(out) == ["con-lai.docx"]


def test_unreadable_previous_reports_json_does_not_block_the_check(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    out.mkdir()
    (out / "reports.json").write_bytes(b"\x00not json")
    done = _check(str(inbox), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads((out / "reports.json").read_text("utf-8")) == []


def test_an_output_folder_inside_or_around_the_checked_folder_is_refused(tmp_path):
    inbox = tmp_path / "inbox"
    write_report(inbox / "bc.docx")
    for out in (inbox, inbox / "ket-qua", tmp_path):  # the same, inside, around
        done = _check(str(inbox), "--out", str(out))
        assert done.returncode == 2, (out, done.stdout, done.stderr)
        assert "không được nằm trong thư mục cần kiểm tra" in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in inbox.rglob("*")) == ["bc.docx"]  # nothing written into it
    # A file named alone is not a folder being checked: its folder may take the outputs.
    assert _check(str(inbox / "bc.docx"), "--out", str(inbox / "ket-qua"), "--format", "json").returncode == 0
