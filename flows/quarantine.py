"""Copies out of the inbox: unreadable files to quarantine (with their reason), and the
optional archive. Input files are never modified, moved or deleted; every copy goes through a
temporary name and a rename, and archive copies are verified by sha256 before they count.

Copies are made only of regular files (opened with O_NOFOLLOW|O_NONBLOCK: a symlink or FIFO
is never read), never of files over the size limit (those are quarantined by reference: a note
with the name, size and reason), and get the inbox file's own permissions at most. Copy names
are derived (hash prefix + a sanitised stem shortened to fit NAME_MAX with room for the note's
suffix), so no inbox name can make a copy fail; the `.ly-do.txt` note names the original.
Deciding which files are bad is left to the readers; this module only keeps copies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import stat
import tempfile
import unicodedata
from pathlib import Path

from tdkt.extractors.inbox_entries import open_regular, shown_name
from tdkt.pipeline.output.outputs import atomic_write_bytes

NAME_MAX = 255
NOTE_SUFFIX = ".ly-do.txt"
_STEM_BYTES = 120  # prefix 13 + stem 120 + suffix 16 + note 10 + temp-name overhead < NAME_MAX
_SUFFIX_BYTES = 16
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


def _fit(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-8 bytes, on a character boundary."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", "ignore").rstrip()


def dest_name(sha256: str, source: str | os.PathLike) -> str:
    """`<hash prefix>-<sanitised name>`: the same bytes land on the same name (idempotent), two files
    with one name stay apart, and the result fits the file system whatever the inbox name was."""
    prefix = (sha256 or hashlib.sha256(os.fsencode(source)).hexdigest())[:12]
    name = unicodedata.normalize("NFC", shown_name(os.path.basename(os.fspath(source))))
    name = _UNSAFE.sub("_", name).strip(" .") or "tep"
    stem, suffix = os.path.splitext(name)
    if len(suffix.encode("utf-8")) > _SUFFIX_BYTES:
        stem, suffix = name, ""
    return f"{prefix}-{_fit(stem, _STEM_BYTES)}{suffix}"


def _default_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def copy_restricted(source: str | os.PathLike, dest: Path, max_bytes: int | None = None) -> None:
    """Copy a regular file atomically, never through a symlink, with the source's permissions at most.

    Raises OSError (RefusedEntry for a symlink or special file) or ValueError past `max_bytes`.
    """
    with os.fdopen(open_regular(source), "rb") as src:
        st = os.fstat(src.fileno())
        if max_bytes is not None and st.st_size > max_bytes:
            raise ValueError(f"{st.st_size} > {max_bytes} bytes")
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".q-", suffix=".tmp", dir=dest.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
                os.fchmod(out.fileno(), _default_mode() & stat.S_IMODE(st.st_mode))
            os.replace(tmp, dest)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


def _note(source, sha256: str, reason: str, code: str | None, size: int | None, copied: bool) -> bytes:
    raw = os.fsencode(source)
    lines = [f"Tệp gốc: {shown_name(source)}"]
    if shown_name(source).encode("utf-8") != raw:
        lines.append(f"Tên gốc (byte, không phải UTF-8): {raw.hex()}")
    lines += [f"Lý do: {reason}", f"Mã lỗi: {code or ''}", f"SHA-256: {sha256}"]
    if size is not None:
        lines.append(f"Kích thước: {size} byte")
    if not copied:
        lines.append("Bản sao: không sao chép (chỉ ghi lại tên, kích thước và lý do); tệp gốc vẫn ở hộp thư đến.")
    lines.append(f"Thời điểm cách ly: {dt.datetime.now().replace(microsecond=0).isoformat()}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def quarantine(source: Path, sha256: str, reason: str, code: str | None, folder: Path, *,
               copy: bool = True, size: int | None = None, max_bytes: int | None = None) -> Path:
    """Keep an unreadable file in quarantine beside a `.ly-do.txt` note; returns the copy's path,
    or the note's when there is no copy (not copied by choice: too large; or it could not be read)."""
    dest = Path(folder) / dest_name(sha256, source)
    note = dest.with_name(dest.name + NOTE_SUFFIX)
    copied = dest.exists()
    if copy and not copied:
        try:
            copy_restricted(source, dest, max_bytes)
            copied = True
        except (OSError, ValueError):
            pass  # the note below still records why
    if not note.exists():
        atomic_write_bytes(note, _note(source, sha256, reason, code, size, copied))
    return dest if copied else note


def release(paths: list[str], folder: Path) -> None:
    """Remove quarantine copies and notes tdkt made (only inside `folder`): the file was later read fine."""
    base = os.path.realpath(folder) + os.sep
    for p in paths:
        if p and os.path.realpath(p).startswith(base):
            for target in (p, p + NOTE_SUFFIX) if not p.endswith(NOTE_SUFFIX) else (p,):
                try:
                    os.unlink(target)
                except FileNotFoundError:
                    pass


def archive(source: Path, sha256: str, folder: Path) -> Path | None:
    """Copy a judged file into the archive and verify it; None when the copy could not be verified."""
    from tdkt.extractors.inbox_entries import sha256_regular

    dest = Path(folder) / dest_name(sha256, source)
    try:
        if dest.exists() and dest.stat().st_size == os.lstat(source).st_size:
            return dest
        copy_restricted(source, dest)
    except (OSError, ValueError):
        return None
    if sha256_regular(dest) != sha256:
        dest.unlink(missing_ok=True)  # a bad copy must not pass for an archived file
        return None
    return dest
