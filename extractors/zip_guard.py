"""Zip-container defences for DOCX/ODT/XLSX, checked from the central directory only.

What it does: refuses a container whose declared sizes could exhaust memory (sum of
uncompressed sizes, per-part compression ratio, number of parts) and tells a truncated
container (no end-of-central-directory record: the copy stopped early) from a corrupt one.
Nothing is inflated here: `zipfile.ZipFile.infolist()` reads only the directory. The declared
sizes are a reliable bound afterwards because zipfile never inflates a part past its declared
size (ZipExtFile stops there and checks the CRC).
What it leaves to others: reading the parts (docx_reader, sniff).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.limits import Limits

_EOCD = b"PK\x05\x06"
_NEVER_INFLATED = ("word/media/", "Pictures/", "xl/media/", "ppt/media/")  # still count in the total
_RATIO_FLOOR = 256 * 1024  # parts smaller than this cannot hurt, whatever their ratio


def check_zip(path: Path, limits: Limits, opened: zipfile.ZipFile | None = None) -> None:
    """Raise ExtractionError("zip_bomb" | "truncated" | "corrupt") or return quietly. `opened`: the
    container already open on `path` (sniff.sniffed), whose directory is then not read again."""
    if opened is not None:
        infos = opened.infolist()
    else:
        try:
            with zipfile.ZipFile(path) as zf:
                infos = zf.infolist()
        except zipfile.BadZipFile as exc:
            raise diagnose(path) from exc
        except (OSError, ValueError, EOFError) as exc:
            raise ExtractionError("corrupt", "tệp nén Office hỏng") from exc
    if len(infos) > limits.max_zip_entries:
        raise ExtractionError("zip_bomb", f"{len(infos)} thành phần > {limits.max_zip_entries}")
    total = 0
    for info in infos:
        total += info.file_size
        if total > limits.max_uncompressed_bytes:
            raise ExtractionError("zip_bomb", f"giải nén > {limits.max_uncompressed_bytes // 2**20} MB")
        if info.filename.startswith(_NEVER_INFLATED):
            continue  # pictures are never read by the readers; a blank BMP deflates 1000:1 honestly
        if info.file_size > _RATIO_FLOOR and info.file_size / max(info.compress_size, 1) > limits.max_compression_ratio:
            raise ExtractionError("zip_bomb", f"{info.filename}: tỉ lệ nén {info.file_size / max(info.compress_size, 1):.0f}:1")


def diagnose(path: Path) -> ExtractionError:
    """Why a zip container cannot be opened: truncated (no end record) or corrupt."""
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 66_000))  # the end record sits in the last 64 KiB + 22 bytes
        tail = fh.read()
    if _EOCD not in tail:
        return ExtractionError("truncated")
    return ExtractionError("corrupt", "tệp nén Office hỏng")
