""".doc / .odt / .rtf -> DOCX with LibreOffice headless, then the DOCX reader.

What it does: runs `soffice --headless --convert-to docx` with a private profile directory per
call (parallel conversions otherwise fight over one profile lock and fail or hang), in a
temporary directory (never next to the input, which may be a read-only share); then reads the
result with docx_reader.read_docx and records the original format.
LibreOffice never outlives tdkt: soffice runs under office_guard.py, a small watcher that starts
it in a session of its own, capped in memory (RLIMIT_AS = Limits.max_memory_mb) and with a
parent-death signal, kills that whole session on the timeout, on a signal, or as soon as the
process that started it dies (its stdin pipe closes, even on SIGKILL), and then removes the
temporary directory. The guard itself gets a parent-death signal too. Temporary directories of
conversions whose process is gone are swept at the next conversion.
A timeout is final (it would only time out again); it is not marked transient.
Queued files: `convert_queued(paths, limits)` converts every .doc/.odt/.rtf of a run's queue in
one soffice start per worker (LibreOffice's start-up, ~2-3 s, dominates a small file's
conversion), into a folder named in $TDKT_LO_QUEUED (inherited by forked or spawned reading
workers); read_via_libreoffice then takes a queued file's DOCX from there by the file's identity
(device, inode, size, mtime) and converts on its own only what is not there (a file changed
since, one the batch could not convert, a batch that timed out). `end_queued()` removes it.
What it leaves to others: the DOCX reading itself (docx_reader), retries (the flow retries
errors marked transient), deciding what is queued (tdkt check).
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.limits import Limits, die_with_parent
from tdkt.pipeline.document import Document

_SOFFICE_NAMES = ("soffice", "libreoffice")
_GUARD = Path(__file__).with_name("office_guard.py")
_TMP_PREFIX = "tdkt-lo-"
_TIMED_OUT, _STOPPED = 124, 143  # office_guard's exit codes


def find_soffice() -> str | None:
    """Path of LibreOffice's soffice, from $TDKT_SOFFICE or PATH."""
    configured = os.environ.get("TDKT_SOFFICE")
    if configured:
        return configured if shutil.which(configured) else None
    for name in _SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def read_via_libreoffice(path: Path, kind: str, limits: Limits) -> Document:
    """Convert `path` (kind "doc" | "odt" | "rtf") to DOCX and read it; format stays the original."""
    from tdkt.extractors import docx_reader

    path = Path(path)
    if kind == "doc" and is_encrypted_doc(path):
        raise ExtractionError("encrypted")
    queued = _queued_docx(path)
    if queued is not None:
        try:
            document = docx_reader.read_docx(queued, limits)
        except ExtractionError:
            document = None  # read it the usual way below; an error then is the file's own
        if document is not None:
            document.format = kind
            document.meta["converter"] = "libreoffice"
            return document
    sweep_stale_workdirs()
    work = Path(tempfile.mkdtemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-"))
    try:
        converted = convert_to_docx(path, work, limits)
        document = docx_reader.read_docx(converted, limits)
    finally:  # also on KeyboardInterrupt and on a signal handler's exception
        shutil.rmtree(work, ignore_errors=True)
    document.format = kind
    document.meta["converter"] = "libreoffice"
    return document


def convert_to_docx(path: Path, work: Path, limits: Limits) -> Path:
    """Run soffice into `work`/out; return the DOCX path. `work` also holds the private profile."""
    out_dir = work / "out"
    out_dir.mkdir()
    # A copy with a plain ASCII name: soffice derives the output name from the input's and some
    # builds mangle non-ASCII names; the copy also guarantees the original is never touched.
    source = work / ("input" + path.suffix.lower() if path.suffix else "input.doc")
    shutil.copyfile(path, source)
    proc, stderr = _run_soffice([source], work, limits.timeout_seconds, limits)
    if proc.returncode == _TIMED_OUT:
        raise ExtractionError("read_timeout", f"LibreOffice chuyển đổi quá {limits.timeout_seconds:g} giây")
    result = out_dir / "input.docx"
    if proc.returncode != 0 or not result.exists() or result.stat().st_size == 0:
        lines = stderr.decode("utf-8", "replace").strip().splitlines() if stderr else []
        lines = [line for line in lines if "javaldx" not in line]  # a warning on every run
        if any("soffice.bin(" in line or "bad_alloc" in line for line in lines):  # a crash's backtrace
            raise ExtractionError("conversion_failed", f"LibreOffice dừng bất thường, có thể do vượt giới hạn "
                                                       f"bộ nhớ {limits.max_memory_mb} MB")
        raise ExtractionError("conversion_failed", (lines[-1][:120] if lines else f"mã lỗi {proc.returncode}"))
    return result


def _run_soffice(sources: list[Path], work: Path, timeout: float, limits: Limits):
    """soffice --convert-to docx for `sources` into `work`/out under office_guard; (process, stderr tail)."""
    return _wait_soffice(*_start_soffice(sources, work, timeout, limits), timeout)


def _start_soffice(sources: list[Path], work: Path, timeout: float, limits: Limits):
    soffice = find_soffice()
    if soffice is None:
        raise ExtractionError("converter_unavailable")
    out_dir, profile = work / "out", work / "profile"
    command = [
        soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
        "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML",
        "--outdir", str(out_dir), *map(str, sources),
    ]
    env = {**os.environ, "HOME": str(work)}  # first-start files land in the temp dir too
    guard = [sys.executable, "-I", "-S", str(_GUARD), str(work), f"{timeout:g}",
             str(int(limits.max_memory_mb)), "--", *command]
    # The guard's stdin is a pipe only this process holds: when this process dies, it reads EOF.
    err = tempfile.TemporaryFile()  # noqa: SIM115 - closed by _wait_soffice; unlinked at once
    try:
        proc = subprocess.Popen(guard, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=err,
                                env=env, preexec_fn=lambda: die_with_parent(signal.SIGTERM),
                                start_new_session=True)  # outside a reading worker's group: a kill of
        # that group (its deadline) must leave the guard alive to clean up after soffice
    except BaseException:
        err.close()
        raise
    return proc, err


def _wait_soffice(proc: subprocess.Popen, err, timeout: float):
    with err:
        try:
            proc.wait(timeout=timeout + 30)
        except BaseException:  # our own deadline, a signal, Ctrl-C: the guard cleans up and goes
            _stop_guard(proc)
            raise
        finally:
            proc.stdin.close()
        err.seek(0)
        stderr = err.read()[-4096:]
    return proc, stderr


QUEUED_ENV = "TDKT_LO_QUEUED"
_QUEUED_KINDS = ("doc", "odt", "rtf")
_QUEUED_SECONDS_PER_FILE = 15


def _identity(path: Path) -> str | None:
    """The name a queued file's DOCX is kept under: changes when the file does."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}".encode()
    return hashlib.sha1(key).hexdigest()


def _queued_docx(path: Path) -> Path | None:
    folder = os.environ.get(QUEUED_ENV)
    key = _identity(path) if folder else None
    if not key:
        return None
    found = Path(folder) / f"{key}.docx"
    return found if found.is_file() else None


def convert_queued(paths, limits: Limits | None = None, runs: int = 1, min_files: int = 2) -> int:
    """Convert the queue's .doc/.odt/.rtf files (told by their bytes) with `runs` soffice starts
    side by side; returns how many DOCX are kept for read_via_libreoffice. Never raises for a
    file: one the batch did not convert is converted on its own when it is read."""
    import zipfile

    from tdkt.extractors.sniff import sniff

    limits = limits or Limits()
    queue = []
    for path in map(Path, paths):
        try:
            kind = sniff(path)
        except OSError:
            continue
        if kind in _QUEUED_KINDS and not (kind == "doc" and is_encrypted_doc(path)):
            queue.append(path)
    if len(queue) < min_files or find_soffice() is None:
        return 0
    folder = os.environ.get(QUEUED_ENV)
    if not folder or not os.path.isdir(folder):
        folder = tempfile.mkdtemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-queued-")
        os.environ[QUEUED_ENV] = folder
    runs = max(1, min(runs, len(queue)))
    started = []  # (work, {copy: key}, proc, err)
    kept = 0
    try:
        for chunk in (queue[i::runs] for i in range(runs)):
            work = Path(tempfile.mkdtemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-"))
            (work / "out").mkdir()
            sources = {}
            for i, path in enumerate(chunk):
                key = _identity(path)
                if key is not None:
                    copy = work / f"f{i:05d}{path.suffix.lower() or '.doc'}"  # ASCII names; copies only
                    shutil.copyfile(path, copy)
                    sources[copy] = key
            # One file's timeout plus a short allowance per file: a file that hangs LibreOffice
            # stops the batch early; the files left out are converted one by one when read.
            timeout = limits.timeout_seconds + _QUEUED_SECONDS_PER_FILE * len(sources)
            started.append((work, sources, timeout, *_start_soffice(list(sources), work, timeout, limits)))
        for work, sources, timeout, proc, err in started:
            _wait_soffice(proc, err, timeout)
            for copy, key in sources.items():
                result = work / "out" / (copy.stem + ".docx")
                if result.is_file() and zipfile.is_zipfile(result):  # a half-written DOCX has no directory
                    os.replace(result, Path(folder) / f"{key}.docx")
                    kept += 1
    except (OSError, ExtractionError):
        pass  # what was converted is kept; the rest is converted file by file
    except BaseException:  # a stop (SIGTERM, Ctrl-C) while one batch ran: every batch's guard cleans up
        for *_, proc, err in started:
            if proc.poll() is None:
                _stop_guard(proc)
            err.close()
        raise
    finally:
        for work, *_ in started:
            shutil.rmtree(work, ignore_errors=True)
    return kept


def end_queued() -> None:
    """Remove the queued conversions (the run is over)."""
    folder = os.environ.pop(QUEUED_ENV, None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def _stop_guard(proc: subprocess.Popen) -> None:
    try:
        proc.send_signal(signal.SIGTERM)  # the guard kills soffice's session and removes the work dir
        proc.wait(timeout=25)  # its own bounds: 10 s for the session, 10 s for the folder
    except (ProcessLookupError, subprocess.TimeoutExpired, OSError, ValueError):
        proc.kill()


def sweep_stale_workdirs() -> None:
    """Remove conversion directories whose process is gone (killed before its guard started, or
    killed with its guard still stopping soffice): what still runs in such a folder (soffice, its
    guard) is killed first, so that nothing writes into the folder while it is removed."""
    for folder in glob.glob(os.path.join(tempfile.gettempdir(), _TMP_PREFIX + "*")):
        pid = os.path.basename(folder)[len(_TMP_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            _kill_users(folder)
            shutil.rmtree(folder, ignore_errors=True)


def _kill_users(folder: str, wait: float = 3.0) -> None:
    """SIGKILL the processes whose command line names `folder`; wait (bounded) until they are gone."""
    needle = folder.encode()
    users = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid():
            try:
                if needle in Path(f"/proc/{entry}/cmdline").read_bytes():
                    os.kill(int(entry), signal.SIGKILL)
                    users.append(int(entry))
            except (OSError, ProcessLookupError):
                continue
    end = time.monotonic() + wait
    while users and time.monotonic() < end:
        users = [p for p in users if _alive(p)]
        if users:
            time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is gone for our purpose
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return True


def is_encrypted_doc(path: Path) -> bool:
    """Word 97-2003 password protection: the FIB's fEncrypted bit (0x0100 in the 16-bit flags at
    offset 0x0A of the WordDocument stream), read with olefile."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            if not ole.exists("WordDocument"):
                return False
            with ole.openstream("WordDocument") as stream:
                fib = stream.read(12)
    except (OSError, ValueError, IndexError, TypeError):
        return False
    return len(fib) >= 12 and bool(int.from_bytes(fib[0x0A:0x0C], "little") & 0x0100)
