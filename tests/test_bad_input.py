"""Every bad file gets a typed ExtractionError with a Vietnamese reason, nothing else escapes
extract(), nothing is inflated to find a zip bomb, and input files are never modified."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import extract_fixtures as fx
from tdkt.extractors import ExtractionError, Limits, extract
from tdkt.extractors.errors import MESSAGES
from tdkt.extractors.zip_guard import check_zip


@pytest.fixture
def docx(tmp_path) -> Path:
    return fx.make_report_docx(tmp_path / "report.docx")


def expect(path: Path, code: str, limits: Limits | None = None) -> ExtractionError:
    """extract() must raise `code` and leave the file's bytes and mtime as they were."""
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(ExtractionError) as err:
        extract(path, limits)
    assert err.value.code == code, err.value
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert err.value.message and "{detail}" not in err.value.message
    return err.value


def _zip(path: Path, parts: dict[str, bytes], level: int = 9) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def test_empty(tmp_path):
    empty = tmp_path / "rong.docx"
    empty.write_bytes(b"")
    expect(empty, "empty")


def test_too_large(docx):
    err = expect(docx, "too_large", Limits(max_bytes=1000))
    assert "MB" in err.message


def test_truncated_docx(docx, tmp_path):
    cut = tmp_path / "cut.docx"
    cut.write_bytes(docx.read_bytes()[:4000])
    expect(cut, "truncated")


def test_corrupt_docx(tmp_path):
    # A valid zip whose document part is not XML: python-docx chokes, extract() names it.
    bad = _zip(tmp_path / "hong.docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\x00\x01 not xml"})
    expect(bad, "corrupt")


def test_zip_bomb_by_ratio_is_refused_without_inflating(tmp_path, monkeypatch):
    bomb = _zip(tmp_path / "bom.docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>",
                                        "word/footer9.xml": b"\0" * (30 * 2**20)})
    # Reading any part would go through ZipFile.open: forbid it to prove the check only lists.
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: pytest.fail("inflated a part"))
    with pytest.raises(ExtractionError) as err:
        check_zip(bomb, Limits())
    assert err.value.code == "zip_bomb" and "tỉ lệ nén" in err.value.message
    monkeypatch.undo()
    expect(bomb, "zip_bomb")


def test_blank_picture_is_not_a_bomb(tmp_path):
    # A white BMP deflates ~1000:1 but is never inflated by the reader; only the total counts.
    docx = _zip(tmp_path / "anh.docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>",
                                        "word/media/image1.bmp": b"\xff" * (8 * 2**20)})
    check_zip(docx, Limits())
    with pytest.raises(ExtractionError) as err:
        check_zip(docx, Limits(max_uncompressed_bytes=4 * 2**20))
    assert err.value.code == "zip_bomb"


def test_zip_bomb_by_total_size_and_by_entries(tmp_path):
    import os

    parts = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}
    parts.update({f"word/media/p{i}.bin": os.urandom(300_000) for i in range(4)})  # incompressible
    big = _zip(tmp_path / "lon.docx", parts, level=1)
    expect(big, "zip_bomb", Limits(max_uncompressed_bytes=1_000_000))
    many = _zip(tmp_path / "nhieu.docx", {**{f"word/x{i}.xml": b"<x/>" for i in range(50)},
                                          "word/document.xml": b"<w/>"})
    err = expect(many, "zip_bomb", Limits(max_zip_entries=20))
    assert "thành phần" in err.message


def test_encrypted_ooxml(docx, tmp_path):
    import msoffcrypto.format.ooxml

    locked = tmp_path / "mat-khau.docx"
    with open(docx, "rb") as src, open(locked, "wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(src).encrypt("matkhau", out)
    err = expect(locked, "encrypted")
    assert "mật khẩu" in err.message


def test_docx_that_is_really_a_spreadsheet(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "Danh sách khen thưởng"
    fake = tmp_path / "bao-cao.docx"
    book.save(fake)
    err = expect(fake, "not_a_report")
    assert "Excel" in err.message


@pytest.mark.parametrize("name, data, code", [
    ("trang.html", b"<!DOCTYPE html><html><body>B\xc3\xa1o c\xc3\xa1o</body></html>", "not_a_report"),
    ("ghi-chu.txt", "Báo cáo sơ kết công tác thi đua".encode(), "not_a_report"),
    ("rac.bin", bytes(range(256)) * 8, "unsupported"),
    ("hong.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 3000, "corrupt"),
    ("anh.gif", b"GIF89a" + b"\0" * 100, "not_a_report"),
])
def test_not_reports_and_garbage(tmp_path, name, data, code):
    path = tmp_path / name
    path.write_bytes(data)
    expect(path, code)


def test_broken_image_and_pixel_limit(tmp_path):
    from PIL import Image

    broken = tmp_path / "hong.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    expect(broken, "corrupt")
    huge = tmp_path / "lon.png"
    Image.new("L", (2000, 2000), 255).save(huge)
    err = expect(huge, "too_large", Limits(max_image_pixels=1_000_000))
    assert "điểm ảnh" in err.message


def test_unexpected_library_error_becomes_extraction_error(docx, monkeypatch):
    from tdkt.extractors import docx_reader

    def explode(path, limits, opened=None):
        raise KeyError("word/styles.xml")

    monkeypatch.setattr(docx_reader, "read_docx", explode)
    err = expect(docx, "corrupt")
    assert "KeyError" in err.message


def test_missing_file_is_transient(tmp_path):
    with pytest.raises(ExtractionError) as err:
        extract(tmp_path / "khong-co.docx")
    assert err.value.code == "unreadable" and err.value.transient


def test_every_message_is_vietnamese_and_formats():
    for code, template in MESSAGES.items():
        message = ExtractionError(code, "chi tiết").message
        assert message.endswith(".") and "{" not in message, code
        bare = ExtractionError(code).message  # no detail: no empty or code-only parentheses
        assert "()" not in bare and f"({code})" not in bare and "{" not in bare, code
        assert any(ch in template for ch in "ăâđêôơưáàảãạệịọụ"), code


def test_good_docx_still_reads(docx):
    before = (docx.read_bytes(), docx.stat().st_mtime_ns)
    document = extract(docx)
    assert "Số: 45/BC-UBND" in document.text
    assert (docx.read_bytes(), docx.stat().st_mtime_ns) == before
