"""The LibreOffice guard's stop path when its parent dies: EOF on its stdin and the parent-death
SIGTERM arrive together. A second stop signal arriving while the first is being handled must not
end the guard before it has killed the work and removed WORKDIR (a clean clone's CI once found the
work folder left behind). A stand-in for soffice (a Python sleeper that keeps a file open in
WORKDIR, in its own session as soffice is) keeps each case to about a second."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tdkt.extractors import office_guard

GUARD = Path(office_guard.__file__)

_SLEEPER = """
import sys, time, pathlib
work = pathlib.Path(sys.argv[1])
(work / "profile").mkdir(exist_ok=True)
handle = open(work / "profile" / "registrymodifications.xcu", "w")
time.sleep(120)
"""


def _start_guard(work: Path) -> subprocess.Popen:
    work.mkdir()
    (work / "input.rtf").write_text("{\\rtf1 x}")
    command = [sys.executable, "-c", _SLEEPER, str(work)]
    guard = subprocess.Popen([sys.executable, "-I", "-S", str(GUARD), str(work), "60", "0", "--", *command],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             start_new_session=True)
    end = time.monotonic() + 30
    while not (work / "profile" / "registrymodifications.xcu").exists():
        assert time.monotonic() < end and guard.poll() is None, "the stand-in for soffice did not start"
        time.sleep(0.02)
    return guard


@pytest.mark.parametrize("round_", range(6))
def test_eof_and_a_burst_of_stop_signals_still_remove_the_work_folder(tmp_path, round_):
    work = tmp_path / f"tdkt-lo-{round_}"
    guard = _start_guard(work)
    guard.stdin.close()  # what the parent's death does to the pipe ...
    for i in range(200):  # ... and its death signal, here repeated across the guard's clean-up
        try:
            os.kill(guard.pid, (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)[i % 3])
        except ProcessLookupError:
            break
        if i % 20 == 19:
            time.sleep(0.001 * (round_ + 1))
    stderr = guard.stderr.read().decode(errors="replace")
    assert guard.wait(30) == office_guard.STOPPED, stderr
    assert "Traceback" not in stderr
    assert not work.exists(), "the guard ended and left the work folder"


def test_one_sigterm_stops_the_work_and_removes_the_folder(tmp_path):
    work = tmp_path / "tdkt-lo-handler"
    guard = _start_guard(work)
    try:
        guard.send_signal(signal.SIGTERM)
        assert guard.wait(30) == office_guard.STOPPED
        assert not work.exists()
    finally:
        guard.kill()
