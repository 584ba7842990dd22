"""What is in an inbox folder, told without following or opening anything.

Every name under the inbox is one of: a regular file to read; an entry refused without
opening it (a symlink, which could point at any file the service can read, or a FIFO, device
or socket, which could block or leak); a lock or system file that is skipped (Office's `~$*`,
LibreOffice's `.~lock.*#`, Thumbs.db, desktop.ini, .DS_Store, hidden files). Nothing is
skipped for its extension: the format comes from the bytes (sniff.py).

Names: any byte sequence the file system allows is carried as a surrogate-escaped str (what
os.listdir gives; os.fsencode gives the bytes back) and shown readably (`shown_name`, invalid
bytes as \\xNN). `open_regular` opens a file with O_NOFOLLOW|O_NONBLOCK and checks it is a
regular file, so a path swapped for a symlink or a FIFO after listing is still refused.
What it leaves to others: reading formats (the readers), judging, and what to do with a row.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from tdkt.extractors.errors import ExtractionError

SYSTEM_NAMES = {"thumbs.db", "ehthumbs.db", "desktop.ini", ".ds_store"}

REGULAR, SYMLINK, SPECIAL, SKIPPED = "file", "symlink", "special", "skipped"


@dataclass(frozen=True)
class InboxEntry:
    path: Path  # as listed (surrogate-escaped when the name is not UTF-8)
    kind: str  # REGULAR | SYMLINK | SPECIAL
    size: int
    mtime_ns: int
    mode: int  # st_mode from lstat


def is_skipped_name(name: str) -> bool:
    """Lock and system files the office never means as reports (and hidden files)."""
    if name.startswith((".", "~$")):  # hidden, .~lock.x.docx#, Word's owner file ~$x.docx
        return True
    return name.lower() in SYSTEM_NAMES


def kind_of(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return SYMLINK
    if stat.S_ISREG(mode):
        return REGULAR
    return SPECIAL


def entry(path: Path) -> InboxEntry:
    """lstat one path (never follows it); raises OSError when it vanished."""
    st = os.lstat(path)
    return InboxEntry(Path(path), kind_of(st.st_mode), st.st_size, st.st_mtime_ns, st.st_mode)


def walk(folder: Path, skipped: list | None = None) -> list[InboxEntry]:
    """Every entry under `folder`, sorted; symlinked folders are listed as symlinks, not entered.

    Lock, system and hidden names (hidden folders included) are appended to `skipped`.
    """
    found: list[InboxEntry] = []
    pending = [Path(folder)]
    while pending:
        current = pending.pop()
        try:
            children = list(os.scandir(current))
        except FileNotFoundError:
            continue  # removed while walking
        for child in children:
            if is_skipped_name(child.name):
                if skipped is not None:
                    skipped.append(Path(child.path))
                continue
            try:
                st = child.stat(follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISDIR(st.st_mode):
                pending.append(Path(child.path))
                continue
            found.append(InboxEntry(Path(child.path), kind_of(st.st_mode), st.st_size, st.st_mtime_ns,
                                    st.st_mode))
    return sorted(found, key=lambda e: os.fsencode(e.path))


def shown_name(path: str | os.PathLike) -> str:
    """A name for people and for UTF-8 outputs: bytes that are not UTF-8 appear as \\xNN."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "backslashreplace")


def storage_key(path: str | os.PathLike) -> str:
    """The path as a str any UTF-8 store accepts: itself when it is valid UTF-8, else its readable
    form (a real name spelling '\\xff' literally would share the key: it then costs one re-hash)."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return shown_name(text)


class RefusedEntry(OSError):
    """Not a regular file (a symlink, FIFO, device...): `error` says why, in Vietnamese. An OSError,
    so callers that treat "cannot open" alike need nothing new."""

    def __init__(self, error: ExtractionError):
        super().__init__(errno.EPERM, error.message)
        self.error = error


def open_regular(path: str | os.PathLike) -> int:
    """A read-only descriptor on a regular file; never follows a symlink, never blocks on a FIFO.

    Raises RefusedEntry for anything else, OSError when it cannot be opened. The caller closes
    the descriptor.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP or _is_symlink(path):  # O_NOFOLLOW met a symlink
            raise RefusedEntry(ExtractionError("symlink")) from exc
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise RefusedEntry(ExtractionError("special_file", _special_label(mode)))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _is_symlink(path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def refusal(e: InboxEntry) -> ExtractionError | None:
    """Why an entry is refused without being opened, or None for a regular file."""
    if e.kind == SYMLINK:
        return ExtractionError("symlink")
    if e.kind == SPECIAL:
        return ExtractionError("special_file", _special_label(e.mode))
    return None


def _special_label(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "đường ống FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "tệp thiết bị"
    if stat.S_ISDIR(mode):
        return "thư mục"
    return "tệp đặc biệt"


def sha256_regular(path: str | os.PathLike, max_bytes: int | None = None) -> str:
    """sha256 of a regular file opened safely; ExtractionError("too_large") past `max_bytes`
    (checked on the open descriptor before any byte is read)."""
    fd = open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if max_bytes is not None and size > max_bytes:
            raise ExtractionError("too_large", f"{size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB")
        digest = hashlib.sha256()
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
