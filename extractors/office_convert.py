""".doc / .odt / .rtf -> DOCX with LibreOffice headless, then the DOCX reader.

What it does: runs `soffice --headless --convert-to docx` with a private profile directory per
call (parallel conversions otherwise fight over one profile lock and fail or hang), in a
temporary output directory (never next to the input, which may be a read-only share), under a
timeout that kills soffice's whole process group; then reads the result with
docx_reader.read_docx and records the original format.
What it leaves to others: the DOCX reading itself (docx_reader), retries (the flow retries
errors marked transient).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.limits import Limits
from tdkt.pipeline.document import Document

_SOFFICE_NAMES = ("soffice", "libreoffice")


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
    with tempfile.TemporaryDirectory(prefix="tdkt-lo-") as work:
        converted = convert_to_docx(path, Path(work), limits)
        document = docx_reader.read_docx(converted, limits)
    document.format = kind
    document.meta["converter"] = "libreoffice"
    return document


def convert_to_docx(path: Path, work: Path, limits: Limits) -> Path:
    """Run soffice into `work`/out; return the DOCX path. `work` also holds the private profile."""
    soffice = find_soffice()
    if soffice is None:
        raise ExtractionError("converter_unavailable")
    out_dir, profile = work / "out", work / "profile"
    out_dir.mkdir()
    # A copy with a plain ASCII name: soffice derives the output name from the input's and some
    # builds mangle non-ASCII names; the copy also guarantees the original is never touched.
    source = work / ("input" + path.suffix.lower() if path.suffix else "input.doc")
    shutil.copyfile(path, source)
    command = [
        soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
        "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML",
        "--outdir", str(out_dir), str(source),
    ]
    env = {**os.environ, "HOME": str(work)}  # first-start files land in the temp dir too
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)  # own process group, so a kill takes oosplash too
    try:
        _, stderr = proc.communicate(timeout=limits.timeout_seconds)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise ExtractionError("conversion_failed", f"quá {limits.timeout_seconds:.0f} giây", transient=True)
    finally:
        _kill_group(proc)  # soffice may leave helpers behind even after a clean exit
    result = out_dir / "input.docx"
    if proc.returncode != 0 or not result.exists() or result.stat().st_size == 0:
        reason = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if stderr else []
        raise ExtractionError("conversion_failed", (reason[0][:120] if reason else f"mã lỗi {proc.returncode}"))
    return result


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


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
