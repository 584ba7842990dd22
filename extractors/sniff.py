"""Tell a file's format from its bytes, never from its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(path: Path) -> str:
    """Return one of: empty, pdf, docx, xlsx, pptx, odt, ods, zip, zip-corrupt, doc, xls,
    encrypted-ooxml, ole, rtf, png, jpeg, tiff, gif, bmp, html, text, unknown."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
    if not head:
        return "empty"
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04" or head[:4] == b"PK\x05\x06":
        return _sniff_zip(path)
    if head[:8] == OLE_MAGIC:
        return _sniff_ole(path)
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
    lowered = head[:512].lower()
    if b"<html" in lowered or b"<!doctype html" in lowered:
        return "html"
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        return "unknown"


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist()[:5000])
            if "mimetype" in names:
                with zf.open("mimetype") as fh:  # read a few bytes only: never inflate a whole part here
                    mime = fh.read(100)
                if b"opendocument.text" in mime:
                    return "odt"
                if b"opendocument.spreadsheet" in mime:
                    return "ods"
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return "zip-corrupt"
    if "word/document.xml" in names or any(n.endswith("/document.xml") and n.startswith("word") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    return "zip"


def _sniff_ole(path: Path) -> str:
    # Word 97-2003 files carry a "WordDocument" stream, Excel a "Workbook"; an encrypted
    # DOCX/XLSX is an OLE container holding "EncryptedPackage" (+ "EncryptionInfo").
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
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
