"""The DOCX read of the seventh speed pass: one open of the zip, numbering definitions read once.

extract() opens a file once: sniffing keeps a zip container open (`sniff.sniffed`) and hands it to
the zip guard and the DOCX reader instead of both opening the path again; numbering.xml's
definitions are read once per shared tree, the list counters stay per document. Real DOCX files
written by python-docx (its own template's numbering part) and by zipfile, read back.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx
import pytest

from tdkt.extractors import ExtractionError, Limits, extract, sniff
from tdkt.extractors import docx_numbering
from tdkt.extractors.docx_reader import read_docx
from tdkt.extractors.sniff import sniffed
from tdkt.extractors.zip_guard import check_zip


def _listed(path: Path, *items: str) -> Path:
    d = docx.Document()
    d.add_paragraph("BÁO CÁO SƠ KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG")
    for item in items:
        d.add_paragraph(item, style="List Number")
    d.add_paragraph("Đơn vị đã tổ chức phát động phong trào thi đua trong toàn cơ quan.")
    d.save(path)
    return path


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_extract_reads_as_the_reader_does_and_leaves_no_file_open(tmp_path):
    path = _listed(tmp_path / "bc.docx", "Thứ nhất", "Thứ hai")
    before = _open_fds()
    got = extract(path)
    assert _open_fds() == before
    assert repr(got.blocks) == repr(read_docx(path).blocks)  # the path opened by the reader itself
    assert [(b.list_label, b.text) for b in got.blocks if b.list_label] == [("1.", "Thứ nhất"), ("2.", "Thứ hai")]


def test_sniffed_keeps_only_a_readable_zip_open(tmp_path):
    path = _listed(tmp_path / "bc.docx", "Một")
    with sniffed(path) as (kind, opened):
        assert kind == sniff(path) == "docx"
        assert isinstance(opened, zipfile.ZipFile) and "word/document.xml" in opened.namelist()
    assert opened.fp is None  # closed with the block
    cut = tmp_path / "cut.docx"
    cut.write_bytes(path.read_bytes()[:3000])
    with sniffed(cut) as (kind, opened):
        assert (kind, opened) == ("zip-corrupt", None)
    with pytest.raises(ExtractionError) as err:
        extract(cut)
    assert err.value.code == "truncated"  # the guard's own diagnosis, from the path


def test_the_zip_guard_judges_an_open_container_as_the_path(tmp_path):
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("word/document.xml", b"<w/>")
        zf.writestr("word/footer9.xml", b"\0" * (30 * 2**20))
    with pytest.raises(ExtractionError) as by_path:
        check_zip(bomb, Limits())
    with sniffed(bomb) as (kind, opened), pytest.raises(ExtractionError) as by_open:
        check_zip(bomb, Limits(), opened)
    assert (by_path.value.code, by_path.value.message) == (by_open.value.code, by_open.value.message)
    with pytest.raises(ExtractionError) as err:
        extract(bomb)
    assert err.value.code == "zip_bomb"


def test_numbering_definitions_shared_counters_per_document(tmp_path):
    first = _listed(tmp_path / "a.docx", "Một", "Hai", "Ba")
    second = _listed(tmp_path / "b.docx", "Bốn", "Năm")
    docx_numbering._SHARED_DEFINITIONS.clear()
    labels = [[b.list_label for b in extract(p).blocks if b.list_label] for p in (first, second, first)]
    assert labels == [["1.", "2.", "3."], ["1.", "2."], ["1.", "2.", "3."]]  # counting starts anew per file
    assert len(docx_numbering._SHARED_DEFINITIONS) == 1  # one template: its definitions read once


def test_relationships_read_once_and_the_size_cap_still_checked(tmp_path):
    from tdkt.extractors import docx_package

    path = _listed(tmp_path / "a.docx", "Một")
    docx_package._RELS.clear()
    small = Limits(max_xml_part_bytes=700)  # python-docx's _rels/.rels is ~0.7 KB, read before any other part
    with pytest.raises(ExtractionError) as cold:
        extract(path, small)
    first = extract(path)
    assert len(docx_package._RELS) == 2  # the package's and the main part's relationships
    assert repr(extract(path).blocks) == repr(first.blocks)
    with pytest.raises(ExtractionError) as kept:  # the kept part is refused by a smaller cap all the same
        extract(path, small)
    assert cold.value.code == kept.value.code == "too_large"
    assert cold.value.message == kept.value.message and "_rels/.rels" in kept.value.message
