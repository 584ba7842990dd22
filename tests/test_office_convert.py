""".doc/.odt/.rtf through LibreOffice: text arrives, format recorded, nothing written next to
the input, parallel conversions do not collide, timeouts and missing soffice are typed errors."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import extract_fixtures as fx
from tdkt.extractors import ExtractionError, Limits, extract
from tdkt.extractors.office_convert import is_encrypted_doc, read_via_libreoffice


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("office")
    docx = fx.make_report_docx(root / "report.docx")
    out = {kind: fx.soffice_convert(docx, root, kind) for kind in ("doc", "odt", "rtf")}
    # Inputs live in their own folder so the test can see that nothing is written beside them.
    inbox = root / "inbox"
    inbox.mkdir()
    for kind, path in out.items():
        out[kind] = path.rename(inbox / f"Báo cáo 6 tháng.{kind}")
    return out


def _state(folder: Path) -> dict:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.mark.parametrize("kind", ["doc", "odt", "rtf"])
def test_converted_and_read(made, kind):
    before = _state(made[kind].parent)
    document = extract(made[kind])
    assert document.format == kind and document.meta["converter"] == "libreoffice"
    text = document.text
    for needle in ("Số: 45/BC-UBND", "Tây Vinh, ngày 20 tháng 6 năm 2023", "Lao động tiên tiến",
                   "Hội đồng Thi đua - Khen thưởng xã được kiện toàn", "Nguyễn Văn An"):
        assert needle in text
    assert any(b.kind == "table" for b in document.blocks)
    assert _state(made[kind].parent) == before  # input untouched, nothing written beside it


def test_parallel_conversions_do_not_collide(made):
    results: dict[str, object] = {}

    def run(kind: str) -> None:
        try:
            results[kind] = extract(made[kind]).format
        except Exception as exc:  # recorded, asserted below
            results[kind] = exc

    threads = [threading.Thread(target=run, args=(k,)) for k in ("doc", "odt")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert results == {"doc": "doc", "odt": "odt"}


def test_timeout_kills_and_is_final(made):
    # A timeout would only time out again: not transient, so the flow does not retry it.
    with pytest.raises(ExtractionError) as err:
        read_via_libreoffice(made["doc"], "doc", Limits(timeout_seconds=0.3))
    assert err.value.code == "read_timeout" and not err.value.transient
    assert "quá thời gian đọc" in err.value.message and "giây" in err.value.message


def test_memory_cap_reaches_libreoffice(made):
    # LibreOffice runs under the same RLIMIT_AS as the workers: with 200 MB it cannot even start.
    with pytest.raises(ExtractionError) as err:
        read_via_libreoffice(made["doc"], "doc", Limits(max_memory_mb=200))
    assert err.value.code == "conversion_failed"
    assert extract(made["doc"], Limits(max_memory_mb=2048)).format == "doc"  # the default-sized cap is enough


def test_missing_soffice(made, monkeypatch):
    monkeypatch.setenv("TDKT_SOFFICE", "/nonexistent/soffice")
    with pytest.raises(ExtractionError) as err:
        extract(made["odt"])
    assert err.value.code == "converter_unavailable"
    assert "LibreOffice" in err.value.message


def test_garbage_doc_fails_cleanly(tmp_path):
    # An OLE container with a WordDocument stream LibreOffice cannot make sense of.
    broken = tmp_path / "hong.rtf"
    broken.write_bytes(b"{\\rtf1 " + os.urandom(2000))
    try:
        document = extract(broken)
    except ExtractionError as err:
        assert err.code in ("conversion_failed", "no_text", "corrupt")
    else:  # LibreOffice salvages some RTF; then it must be an ordinary rtf Document
        assert document.format == "rtf"


def test_password_protected_doc_is_encrypted(made, tmp_path):
    import olefile

    # Set the FIB's fEncrypted bit in a copy: what Word writes for a password-protected .doc.
    locked = tmp_path / "co-mat-khau.doc"
    locked.write_bytes(made["doc"].read_bytes())
    with olefile.OleFileIO(str(locked), write_mode=True) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        stream[0x0B] |= 0x01
        ole.write_stream("WordDocument", bytes(stream))
    assert is_encrypted_doc(locked) and not is_encrypted_doc(made["doc"])
    with pytest.raises(ExtractionError) as err:
        extract(locked)
    assert err.value.code == "encrypted"
