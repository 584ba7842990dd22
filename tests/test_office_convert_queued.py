"""office_convert.convert_queued: a run's .doc/.rtf files converted by one LibreOffice start, then
read from the queue by the file's identity — the same Document as a conversion of its own; a file
changed since the batch, or one the batch left out, is converted alone. Real LibreOffice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tdkt.extractors import extract, office_convert

# TCVN3 bytes in a .VnTime run: "Báo cáo sơ kết" ("á" = 0xB8, "ơ" = 0xAC, "ế" = 0xD5).
RTF = (r"{\rtf1\ansi\deff0{\fonttbl{\f0\fnil .VnTime;}{\f1\fnil Times New Roman;}}"
       r"\pard\f0\fs26 B\'b8o c\'b8o s\'ac k\'d5t {NAME}\par"
       r"\pard\f1 Plain Unicode line\par}")


def _rtf(path: Path, name: str) -> Path:
    path.write_bytes(RTF.replace("{NAME}", name).encode("latin-1"))
    return path


@pytest.fixture()
def queue_env():
    saved = os.environ.pop(office_convert.QUEUED_ENV, None)
    yield
    office_convert.end_queued()
    if saved is not None:
        os.environ[office_convert.QUEUED_ENV] = saved


def test_queued_files_read_as_their_own_conversion(tmp_path, queue_env):
    files = [_rtf(tmp_path / f"{i}.rtf", f"so {i}") for i in range(3)]
    (tmp_path / "x.txt").write_text("không phải văn bản Word")
    before = {f: f.read_bytes() for f in files}
    alone = {f: extract(f).text for f in files}  # no queue: one soffice each

    assert office_convert.convert_queued([*files, tmp_path / "x.txt"], runs=2) == 3
    folder = Path(os.environ[office_convert.QUEUED_ENV])
    assert len(list(folder.glob("*.docx"))) == 3
    for f in files:
        assert office_convert._queued_docx(f) is not None
        document = extract(f)
        assert document.text == alone[f]
        assert "Báo cáo sơ kết" in document.text and document.format == "rtf"
        assert document.meta["converter"] == "libreoffice"
    assert {f: f.read_bytes() for f in files} == before  # inputs untouched
    office_convert.end_queued()
    assert not folder.exists() and office_convert.QUEUED_ENV not in os.environ


def test_a_file_changed_after_the_batch_is_converted_again(tmp_path, queue_env):
    a, b = _rtf(tmp_path / "a.rtf", "cu"), _rtf(tmp_path / "b.rtf", "b")
    assert office_convert.convert_queued([a, b]) == 2
    _rtf(a, "moi hon")  # new content, new size and mtime
    os.utime(a, ns=(a.stat().st_atime_ns, a.stat().st_mtime_ns + 10**9))
    assert office_convert._queued_docx(a) is None
    assert "moi hon" in extract(a).text


def test_too_few_files_or_no_office_files_are_not_queued(tmp_path, queue_env):
    assert office_convert.convert_queued([_rtf(tmp_path / "one.rtf", "1")]) == 0
    assert office_convert.QUEUED_ENV not in os.environ
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"PK\x03\x04 not really")
    assert office_convert.convert_queued([docx, tmp_path / "missing.doc"]) == 0
