"""PDF text-layer reader: reading order, header/closing columns, tables, font cues, paragraphs,
legacy fonts, and the PDF failure modes. Fixtures: a DOCX built with python-docx, converted
once per module by LibreOffice."""

from __future__ import annotations

from pathlib import Path

import pytest

import extract_fixtures as fx
from tdkt.extractors import ExtractionError, Limits, extract
from tdkt.extractors.pdf_chars import RunDecoder
from tdkt.extractors.pdf_reader import has_text_layer, read_pdf


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("pdf")
    docx = fx.make_report_docx(root / "report.docx")
    enc_dir = root / "enc"
    enc_dir.mkdir()
    return {"docx": docx, "pdf": fx.soffice_convert(docx, root), "encrypted": fx.make_encrypted_pdf(docx, enc_dir)}


@pytest.fixture(scope="module")
def doc(made):
    return read_pdf(made["pdf"], Limits())


def texts(document, region=None):
    return [b.full_text for b in document.blocks if b.region == region]


def find(document, needle):
    hits = [b for b in document.blocks if needle in b.full_text]
    assert hits, f"{needle!r} not found in {[b.full_text for b in document.blocks]}"
    return hits[0]


def test_format_pages_and_every_source_line_recovered(doc):
    assert doc.format == "pdf" and doc.pages == 2
    flat = " ".join(doc.text.replace(" | ", " ").split())
    for line in fx.source_text().splitlines():
        assert " ".join(line.split()) in flat


def test_header_columns_are_kept_apart(doc):
    left, right = texts(doc, "header-left"), texts(doc, "header-right")
    assert left == ["ỦY BAN NHÂN DÂN", "XÃ TÂY VINH", "Số: 45/BC-UBND"]
    # Where LibreOffice wraps the motto depends on the fonts it finds (a fallback font's wider
    # letters push "NGHĨA" to the next line); the words and their order do not.
    assert " ".join(right).startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc")
    assert right[-1] == "Tây Vinh, ngày 20 tháng 6 năm 2023"
    # No block mixes the two sides, and the header comes first in reading order.
    assert not any("Số:" in t and "ngày" in t for t in doc.text.splitlines())
    n = len(right)
    assert n in (3, 4)
    assert [b.region for b in doc.blocks[: 3 + n]] == ["header-left"] * 3 + ["header-right"] * n


def test_closing_columns_span_the_page_break(doc):
    left, right = texts(doc, "closing-left"), texts(doc, "closing-right")
    assert left == ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
    assert right == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]
    assert find(doc, "Nguyễn Văn An").where.page == 2


def test_table_is_a_table_block_and_not_repeated_as_lines(doc):
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows == [["Danh hiệu", "Số lượng"], ["Lao động tiên tiến", "25"], ["Chiến sĩ thi đua cơ sở", "3"]]
    assert tables[0].where.page == 1 and tables[0].where.table == 1
    assert not [b for b in doc.blocks if b.kind != "table" and "Lao động tiên tiến" in b.text]
    # Reading order: the table sits between the second list item and heading II.
    order = [b.full_text[:12] for b in doc.blocks]
    assert order.index("Danh hiệu | ") < order.index("II. PHƯƠNG H")


def test_wrapped_lines_join_into_paragraphs_and_items_split(doc):
    para = find(doc, "Ủy ban nhân dân xã đã ban hành")
    assert para.text == fx.BODY[2][1]
    assert para.alignment == "justify" and para.indent and para.indent > 10
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert [b.text for b in items] == [fx.BODY[5][1], fx.BODY[6][1]]
    assert find(doc, "1. Công tác lãnh đạo").text == "1. Công tác lãnh đạo, chỉ đạo"


def test_font_cues(doc):
    title = find(doc, "BÁO CÁO")
    assert title.text == "BÁO CÁO"
    assert title.bold and title.all_caps and title.alignment == "center" and title.font_size == 14.0
    heading = find(doc, "I. KẾT QUẢ")
    assert heading.bold and heading.all_caps and heading.alignment == "left"
    body = find(doc, "Hội đồng Thi đua")
    assert body.bold is False and body.all_caps is False and body.font_size == 13.0
    assert body.font_name == "LiberationSerif"
    assert find(doc, "Tây Vinh, ngày").italic is True


def test_provenance_page_and_line(doc):
    first = doc.blocks[0]
    assert (first.where.page, first.where.line) == (1, 1)
    para = find(doc, "Ủy ban nhân dân xã đã ban hành")
    assert para.where.page == 1 and para.where.line > 8
    assert para.where.label().startswith("trang 1, dòng ")
    body_lines = [b.where.line for b in doc.blocks if b.region is None and b.where.page == 1 and b.kind != "table"]
    assert body_lines == sorted(body_lines)


def test_legacy_font_decoded_by_font_name_per_run():
    # Runs of one word, each with its own font (subset prefixes already stripped by pdf_chars).
    decoder = RunDecoder()
    decoder.start_page([".VnTime", "Arial", "VnTimeH"], "B¸o c¸o THI ®ua")
    assert decoder.guessed is None  # a legacy font name decides, not the characters
    assert decoder.decode([("B¸o", ".VnTime")]) == "Báo"
    assert decoder.decode([("THI", "Arial")]) == "THI"
    assert decoder.decode([("®ua", "VnTimeH")]) == "ĐUA"
    # One word whose letters come from two fonts: each run by its own font.
    assert decoder.decode([("Th", "Arial"), ("\xadëng", ".VnTime")]) == "Thưởng"
    assert decoder.legacy_fonts == {".VnTime", "VnTimeH"}


def test_legacy_text_without_legacy_font_name_is_guessed(tmp_path):
    # LibreOffice substitutes the missing .VnTime font, so the PDF only has the TCVN3 bytes.
    lines = ["báo cáo sơ kết công tác thi đua khen thưởng sáu tháng đầu năm",
             "ủy ban nhân dân xã tây vinh đã tổ chức phát động phong trào thi đua"]
    pdf = fx.soffice_convert(fx.make_tcvn3_docx(tmp_path / "t.docx", lines), tmp_path)
    document = read_pdf(pdf, Limits())
    assert document.meta["legacy_encoding_guessed"] == "tcvn3"
    # LibreOffice does not draw byte 0xAD ("ư" in TCVN3: a soft hyphen to it), hence "thởng".
    assert "báo cáo sơ kết công tác thi đua" in document.text
    assert "ủy ban nhân dân xã tây vinh đã tổ chức phát động phong trào thi đua" in document.text


def test_has_text_layer():
    assert has_text_layer("Báo cáo sơ kết công tác thi đua, khen thưởng")
    assert not has_text_layer("  12 \n ")
    assert not has_text_layer("\ufffd" * 40 + "abc")
    assert not has_text_layer("\ue001\ue002\ue003" * 20)


def test_encrypted_pdf(made):
    with pytest.raises(ExtractionError) as err:
        extract(made["encrypted"])
    assert err.value.code == "encrypted"
    assert "mật khẩu" in err.value.message


def test_truncated_and_corrupt_pdf(made, tmp_path):
    data = made["pdf"].read_bytes()
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(data[: len(data) // 3])
    with pytest.raises(ExtractionError) as err:
        extract(truncated)
    assert err.value.code == "truncated"
    corrupt = tmp_path / "junk.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    with pytest.raises(ExtractionError) as err:
        extract(corrupt)
    assert err.value.code == "corrupt"


def test_too_many_pages(made):
    with pytest.raises(ExtractionError) as err:
        read_pdf(made["pdf"], Limits(max_pages=1))
    assert err.value.code == "too_many_pages"


def test_pdf_named_docx_is_read_as_pdf_with_a_warning(made, tmp_path):
    misnamed = tmp_path / "bao-cao.docx"
    misnamed.write_bytes(made["pdf"].read_bytes())
    document = extract(misnamed)
    assert document.format == "pdf"
    assert any(".docx" in w and "PDF" in w for w in document.warnings)
