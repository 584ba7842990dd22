"""Runs one LibreOffice conversion so that it cannot outlive tdkt (standard library only).

Started by office_convert as `python -I -S office_guard.py WORKDIR TIMEOUT MEMORY_MB -- soffice ...`
with a pipe on its stdin. It starts soffice in a new session (soffice forks soffice.bin, which
a parent-death signal on soffice alone would not reach), capped in address space (RLIMIT_AS)
and with PR_SET_PDEATHSIG, then waits for whichever comes first:
- soffice ends → the session is killed (helpers soffice leaves behind) → exit with its code;
- TIMEOUT seconds → the session is killed → exit 124;
- EOF on stdin (the process that started us died, even by SIGKILL) or SIGTERM/SIGINT/SIGHUP →
  the session is killed, WORKDIR (the input's copy, the profile, the output) removed → exit 143.
What it leaves to others: building the command and reading the result (office_convert).
"""

from __future__ import annotations

import os
import resource
import select
import shutil
import signal
import subprocess
import sys
import time

TIMED_OUT, STOPPED = 124, 143


class _Stop(Exception):
    pass


def _die_with_parent(sig: int) -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, sig, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _kill_session(proc: subprocess.Popen) -> None:
    """SIGKILL soffice's whole group and wait (up to 5 s) until none of it is left."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the session leader's pid is the group's id
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    end = time.monotonic() + 5
    while time.monotonic() < end:  # soffice.bin (not our child) may still be on its way out
        try:
            os.killpg(proc.pid, 0)
        except (ProcessLookupError, PermissionError):
            return
        time.sleep(0.05)


def main(argv: list[str]) -> int:
    workdir, timeout, memory_mb = argv[0], float(argv[1]), int(argv[2])
    command = argv[argv.index("--") + 1:]

    stopping = []  # one _Stop only: EOF and the parent-death SIGTERM arrive together, and a second
    # _Stop raised inside the clean-up below would end the guard before it removes WORKDIR

    def stop(signum=None, frame=None):
        if not stopping:
            stopping.append(signum)
            raise _Stop()

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, stop)

    def limit() -> None:  # in the child, before exec
        _die_with_parent(signal.SIGKILL)
        if memory_mb > 0:
            cap = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (cap, resource.getrlimit(resource.RLIMIT_AS)[1]))

    proc = None
    try:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=limit)
        deadline = time.monotonic() + timeout
        while proc.poll() is None:
            left = deadline - time.monotonic()
            if left <= 0:
                _kill_session(proc)
                return TIMED_OUT
            ready, _, _ = select.select([sys.stdin], [], [], min(left, 0.2))
            if ready and not os.read(sys.stdin.fileno(), 1024):
                stop()  # EOF: the process that started us is gone
        code = proc.returncode
        _kill_session(proc)
        return code if code >= 0 else 128 - code
    except _Stop:
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):  # no handler work during the clean-up
            signal.signal(sig, signal.SIG_IGN)
        if proc is not None:
            _kill_session(proc)
        end = time.monotonic() + 10  # a killed soffice.bin may still be closing files in it
        while True:
            shutil.rmtree(workdir, ignore_errors=True)
            if not os.path.exists(workdir) or time.monotonic() > end:
                break
            time.sleep(0.1)
        return STOPPED


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
