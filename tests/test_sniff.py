"""The format comes from the bytes, never from the name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import extract_fixtures as fx
from tdkt.extractors.sniff import sniff


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_office_containers(tmp_path):
    import openpyxl

    docx = fx.make_report_docx(tmp_path / "a.pdf")  # misleading name on purpose
    assert sniff(docx) == "docx"
    book = tmp_path / "b.docx"
    openpyxl.Workbook().save(book)
    assert sniff(book) == "xlsx"
    odt = tmp_path / "c.odt"
    with zipfile.ZipFile(odt, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<x/>")
    assert sniff(odt) == "odt"
    plain = tmp_path / "d.zip"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("readme.txt", "x")
    assert sniff(plain) == "zip"
    cut = _write(tmp_path / "e.docx", docx.read_bytes()[:3000])
    assert sniff(cut) == "zip-corrupt"


def test_ole_containers(tmp_path):
    import msoffcrypto.format.ooxml

    docx = fx.make_report_docx(tmp_path / "r.docx")
    locked = tmp_path / "locked.docx"
    with open(docx, "rb") as src, open(locked, "wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(src).encrypt("x", out)
    assert sniff(locked) == "encrypted-ooxml"
    assert sniff(_write(tmp_path / "junk.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)) == "ole-corrupt"


@pytest.mark.parametrize("data, kind", [
    (b"", "empty"),
    (b"%PDF-1.4\n...", "pdf"),
    (b"\xef\xbb\xbf\n%PDF-1.7\n", "pdf"),
    (b"{\\rtf1\\ansi hello}", "rtf"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "png"),
    (b"\xff\xd8\xff\xe0" + b"\0" * 20, "jpeg"),
    (b"II*\x00" + b"\0" * 20, "tiff"),
    (b"GIF89a", "gif"),
    (b"<!DOCTYPE html><html></html>", "html"),
    ("Báo cáo sơ kết".encode(), "text"),
    (bytes(range(128, 256)), "unknown"),
])
def test_magic_bytes(tmp_path, data, kind):
    assert sniff(_write(tmp_path / "f.docx", data)) == kind
