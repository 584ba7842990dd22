"""Copies out of the inbox: unreadable files to quarantine (with their reason), and the
optional archive. Input files are never modified, moved or deleted; every copy goes through a
temporary name and a rename, and archive copies are verified by sha256 before they count.
Deciding which files are bad is left to the readers; this module only keeps copies.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from tdkt.pipeline.process import sha256_file


def _dest_name(sha256: str, source: Path) -> str:
    # The hash prefix keeps two different files with the same name apart, and makes the copy
    # idempotent: the same bytes always land on the same name.
    return f"{(sha256 or 'khong-doc-duoc')[:12]}-{source.name}"


def _atomic_copy(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, dest)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _atomic_text(dest: Path, text: str) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, dest)


def quarantine(source: Path, sha256: str, reason: str, code: str | None, folder: Path) -> Path:
    """Copy an unreadable file into quarantine beside a `.ly-do.txt` note; returns the copy's path.

    A file that cannot even be opened gets the note alone.
    """
    dest = folder / _dest_name(sha256, source)
    note = dest.with_name(dest.name + ".ly-do.txt")
    if not dest.exists():
        try:
            _atomic_copy(source, dest)
        except OSError:
            pass  # the note below still records why
    if not note.exists():
        _atomic_text(note, (
            f"Tệp gốc: {source}\n"
            f"Lý do: {reason}\n"
            f"Mã lỗi: {code or ''}\n"
            f"SHA-256: {sha256}\n"
            f"Thời điểm cách ly: {dt.datetime.now().replace(microsecond=0).isoformat()}\n"
        ))
    return dest


def archive(source: Path, sha256: str, folder: Path) -> Path | None:
    """Copy a judged file into the archive and verify it; None when the copy could not be verified."""
    dest = folder / _dest_name(sha256, source)
    if dest.exists() and dest.stat().st_size == source.stat().st_size:
        return dest
    _atomic_copy(source, dest)
    if sha256_file(dest) != sha256:
        dest.unlink(missing_ok=True)  # a bad copy must not pass for an archived file
        return None
    return dest
