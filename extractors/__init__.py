"""Readers for every file format a unit sends; each returns the same `Document`.

`extract(path)` refuses what is not a regular file (lstat: symlinks, FIFOs, devices are never
opened), sniffs the bytes, picks the reader, enforces the limits and turns every failure into
an `ExtractionError` with a Vietnamese message; files that are not reports (a .zip, a
spreadsheet, a HEIC photo without pillow-heif) get a reason that says what they are
(non_reports.py). Readers import their heavy libraries lazily so that commands which do not
read files stay fast.
"""

from __future__ import annotations

import os
from pathlib import Path

from tdkt.extractors import inbox_entries, non_reports
from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.limits import Limits
from tdkt.extractors.sniff import sniff, sniffed
from tdkt.pipeline.document import Document

__all__ = ["extract", "ExtractionError", "Limits", "sniff", "EXTENSIONS"]

# Extensions that name report formats. The inbox scanner no longer filters on them (every file
# gets a row: inbox_entries.py); the format always comes from the bytes.
EXTENSIONS = {".docx", ".doc", ".pdf", ".odt", ".rtf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".docm", ".dotx"}

_NOT_REPORTS = {
    "pptx": "bài trình chiếu",
    "html": "trang web",
    "gif": "ảnh GIF",
    "bmp": "ảnh BMP",
    "text": "tệp văn bản thuần",
    "ole": "tệp Office không phải Word",
}

_EXPECTED_BY_EXTENSION = {
    ".docx": {"docx"}, ".docm": {"docx"}, ".dotx": {"docx"}, ".doc": {"doc"}, ".pdf": {"pdf"},
    ".odt": {"odt"}, ".rtf": {"rtf"}, ".png": {"png"}, ".jpg": {"jpeg"}, ".jpeg": {"jpeg"},
    ".tif": {"tiff"}, ".tiff": {"tiff"}, ".heic": {"heic"}, ".heif": {"heic"},
}


def extract(path: str | os.PathLike, limits: Limits | None = None) -> Document:
    """Read one file into a Document, or raise ExtractionError. Never modifies the file.

    Defences run before any reader: size, format from the bytes, zip-container bounds (without
    inflating). Any other exception a reader or library raises becomes an ExtractionError, so a
    bad file gets a row with a reason instead of stopping the run.
    """
    limits = limits or Limits()
    path = Path(path)
    try:
        found = inbox_entries.entry(path)  # lstat: a symlink or a FIFO is refused unopened
        refused = inbox_entries.refusal(found)
        if refused is not None:
            raise refused
        size = found.size
        if size == 0:
            raise ExtractionError("empty")
        if size > limits.max_bytes:
            raise ExtractionError("too_large", f"{size / 1e6:.1f} MB > {limits.max_bytes / 1e6:.0f} MB")
        with sniffed(path) as (kind, opened):  # a zip container stays open: one directory read
            if kind in _ZIP_KINDS:
                from tdkt.extractors.zip_guard import check_zip

                check_zip(path, limits, opened)
            document = _read(path, kind, limits, opened)
    except ExtractionError:
        raise
    except inbox_entries.RefusedEntry as exc:  # swapped for a symlink or FIFO after the lstat
        raise exc.error from None
    except OSError as exc:  # locked, vanished, permission: may work on the next run
        raise ExtractionError("unreadable", str(exc.strerror or exc), transient=True) from exc
    except MemoryError as exc:
        raise ExtractionError("memory_limit", "không cấp phát được bộ nhớ") from exc
    except Exception as exc:  # a library choking on odd bytes: the file is corrupt for us
        raise ExtractionError("corrupt", type(exc).__name__) from exc
    expected = _EXPECTED_BY_EXTENSION.get(path.suffix.lower())
    if expected and kind not in expected:
        # Readable anyway: note it so the clerk knows the name misled, but judge the content.
        document.warnings.append(
            f"Phần mở rộng {path.suffix} không đúng với nội dung tệp ({_label(kind)}); đã đọc theo nội dung thật."
        )
    if not any(b.full_text.strip() for b in document.blocks):
        raise ExtractionError("no_text")
    return document


# Containers whose declared sizes are checked before a reader inflates anything; a plain .zip
# and a spreadsheet are only listed (directory and small property parts), never read as reports.
_ZIP_KINDS = {"docx", "pptx", "odt", "zip-corrupt"}


def _read(path: Path, kind: str, limits: Limits, opened=None) -> Document:
    if kind == "empty":
        raise ExtractionError("empty")
    if kind == "docx":
        from tdkt.extractors import docx_reader

        return docx_reader.read_docx(path, limits, opened)
    if kind == "pdf":
        from tdkt.extractors import pdf_reader

        return pdf_reader.read_pdf(path, limits)
    if kind in ("doc", "odt", "rtf"):
        from tdkt.extractors import office_convert

        return office_convert.read_via_libreoffice(path, kind, limits)
    if kind in ("png", "jpeg", "tiff"):
        from tdkt.extractors import ocr_reader

        return ocr_reader.read_image(path, limits)
    if kind == "zip-corrupt":
        from tdkt.extractors.zip_guard import diagnose

        raise diagnose(path)
    if kind == "ole-corrupt":
        raise ExtractionError("corrupt", "tệp Word cũ hỏng")
    if kind == "encrypted-ooxml":
        raise ExtractionError("encrypted")
    if kind == "zip":
        raise non_reports.describe_zip(path, limits)
    if kind in ("xlsx", "xls", "ods"):
        raise non_reports.describe_spreadsheet(path, kind)
    if kind in ("heic", "avif"):
        return non_reports.read_heif(path, kind, limits)
    if kind in _NOT_REPORTS:
        raise ExtractionError("not_a_report", _NOT_REPORTS[kind])
    raise ExtractionError("unsupported", "không nhận ra định dạng")


def _label(kind: str) -> str:
    return {"docx": "Word DOCX", "doc": "Word 97-2003", "pdf": "PDF", "odt": "OpenDocument",
            "rtf": "RTF", "png": "ảnh PNG", "jpeg": "ảnh JPEG", "tiff": "ảnh TIFF",
            "heic": "ảnh HEIC"}.get(kind, kind)
