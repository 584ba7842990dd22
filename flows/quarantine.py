"""Copies out of the inbox: unreadable files to quarantine (with their reason), and the
optional archive. Input files are never modified, moved or deleted; every copy goes through a
temporary name and a rename, and archive copies are verified by sha256 before they count.
Deciding which files are bad is left to the readers; this module only keeps copies.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tdkt.pipeline.outputs import atomic_copy_file, atomic_write_bytes
from tdkt.pipeline.process import sha256_file


def _dest_name(sha256: str, source: Path) -> str:
    # The hash prefix keeps two different files with the same name apart, and makes the copy
    # idempotent: the same bytes always land on the same name.
    return f"{(sha256 or 'khong-doc-duoc')[:12]}-{source.name}"


def quarantine(source: Path, sha256: str, reason: str, code: str | None, folder: Path) -> Path:
    """Copy an unreadable file into quarantine beside a `.ly-do.txt` note; returns the copy's path.

    A file that cannot even be opened gets the note alone.
    """
    dest = folder / _dest_name(sha256, source)
    note = dest.with_name(dest.name + ".ly-do.txt")
    if not dest.exists():
        try:
            atomic_copy_file(source, dest)
        except OSError:
            pass  # the note below still records why
    if not note.exists():
        atomic_write_bytes(note, (
            f"Tệp gốc: {source}\n"
            f"Lý do: {reason}\n"
            f"Mã lỗi: {code or ''}\n"
            f"SHA-256: {sha256}\n"
            f"Thời điểm cách ly: {dt.datetime.now().replace(microsecond=0).isoformat()}\n"
        ).encode("utf-8"))
    return dest


def archive(source: Path, sha256: str, folder: Path) -> Path | None:
    """Copy a judged file into the archive and verify it; None when the copy could not be verified."""
    dest = folder / _dest_name(sha256, source)
    if dest.exists() and dest.stat().st_size == source.stat().st_size:
        return dest
    atomic_copy_file(source, dest)
    if sha256_file(dest) != sha256:
        dest.unlink(missing_ok=True)  # a bad copy must not pass for an archived file
        return None
    return dest
