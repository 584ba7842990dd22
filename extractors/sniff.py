"""Tell a file's format from its bytes, never from its name.

The file is opened once, never through a symlink and never blocking on a FIFO
(inbox_entries.open_regular raises RefusedEntry, an OSError, for those); the zip and OLE
directories are read from that same open file. `sniffed` keeps a zip container open for the
block, so the zip guard and the DOCX reader use the directory read here (one open, one read).
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tdkt.extractors.inbox_entries import open_regular

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# ISO-BMFF brands of HEIF stills (iPhone photos) and AVIF.
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}


def sniff(path: Path) -> str:
    """Return one of: empty, pdf, docx, xlsx, pptx, odt, ods, zip, zip-corrupt, doc, xls,
    encrypted-ooxml, ole, rtf, png, jpeg, tiff, gif, bmp, heic, avif, html, text, unknown."""
    with os.fdopen(open_regular(path), "rb") as fh:
        return _sniff_open(fh)


@contextmanager
def sniffed(path: Path) -> Iterator[tuple[str, zipfile.ZipFile | None]]:
    """(sniff(path), the zip container left open) for the block: a zip whose directory sniffing
    read is handed on (to the zip guard and the DOCX reader) instead of being opened and its
    central directory read again; None for any other kind or a corrupt zip. The file is opened
    once, as `sniff` opens it; closed when the block ends (at once when nothing is kept)."""
    with os.fdopen(open_regular(path), "rb") as fh:
        kept: list[zipfile.ZipFile] = []
        kind = _sniff_open(fh, kept)
        if not kept:
            fh.close()  # a PDF, an image...: its reader opens it itself, as after `sniff`
        try:
            yield kind, (kept[0] if kept else None)
        finally:
            for zf in kept:
                zf.close()


def _sniff_open(fh, keep: list | None = None) -> str:
    head = fh.read(8192)
    if not head:
        return "empty"
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04" or head[:4] == b"PK\x05\x06":
        return _sniff_zip(fh, keep)
    if head[:8] == OLE_MAGIC:
        return _sniff_ole(fh)
    if head[:5] == b"{\\rtf":
        return "rtf"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if head[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:2] == b"BM":
        return "bmp"
    if head[4:8] == b"ftyp":
        brands = {head[8:12]} | {head[i:i + 4] for i in range(16, min(len(head), 64), 4)}
        if brands & _AVIF_BRANDS:
            return "avif"
        if brands & _HEIF_BRANDS:
            return "heic"
    lowered = head[:512].lower()
    if b"<html" in lowered or b"<!doctype html" in lowered:
        return "html"
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        return "unknown"


_ZIP_ERRORS = (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError)


def _sniff_zip(fh, keep: list | None = None) -> str:
    """The zip container's kind; with `keep`, a readable container's open ZipFile goes there."""
    try:
        fh.seek(0)
        zf = zipfile.ZipFile(fh)
    except _ZIP_ERRORS:
        return "zip-corrupt"
    try:
        kind = _zip_kind(zf)
    except _ZIP_ERRORS:
        kind = "zip-corrupt"
    if keep is not None and kind != "zip-corrupt":
        keep.append(zf)
    else:
        zf.close()
    return kind


def _zip_kind(zf: zipfile.ZipFile) -> str:
    names = set(zf.namelist()[:5000])
    if "mimetype" in names:
        with zf.open("mimetype") as part:  # read a few bytes only: never inflate a whole part here
            mime = part.read(100)
        if b"opendocument.text" in mime:
            return "odt"
        if b"opendocument.spreadsheet" in mime:
            return "ods"
    if "word/document.xml" in names or any(n.endswith("/document.xml") and n.startswith("word") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    return "zip"


def _sniff_ole(fh) -> str:
    # Word 97-2003 files carry a "WordDocument" stream, Excel a "Workbook"; an encrypted
    # DOCX/XLSX is an OLE container holding "EncryptedPackage" (+ "EncryptionInfo").
    import olefile

    try:
        fh.seek(0)
        with olefile.OleFileIO(fh) as ole:
            streams = {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except (OSError, ValueError, IndexError, TypeError, AttributeError):
        return "ole-corrupt"
    if "WordDocument" in streams:
        return "doc"
    if "EncryptedPackage" in streams:
        return "encrypted-ooxml"
    if "Workbook" in streams or "Book" in streams:
        return "xls"
    return "ole"
