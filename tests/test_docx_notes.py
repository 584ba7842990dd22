"""DOCX footnotes and endnotes: read after the body as blocks of kind "note" with their number
("chú thích 2"), legacy fonts decoded per run, separators and notes no mark points to left out,
and never judged as body text. Files from LibreOffice (flat ODT -> DOCX and -> Word 97 .doc, read
through tdkt's own conversion) and a DOCX carrying the parts as Word writes them (separator
notes -1/0, marks out of id order, a mark in a tracked deletion, a text box's mc:Fallback copy)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import pytest
from docx.oxml.parser import parse_xml

from extract_fixtures import make_report_docx, soffice_convert, tcvn3_encode
from tdkt.extractors import extract
from tdkt.extractors.docx_reader import read_docx


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _fodt(body: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls><style:font-face style:name=".VnTime" svg:font-family=".VnTime"/></office:font-face-decls>
 <office:automatic-styles>
  <style:style style:name="VN" style:family="text"><style:text-properties style:font-name=".VnTime"/></style:style>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/>
   <style:footer-style/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p>Trang chân</text:p></style:footer></style:master-page></office:master-styles>
 <office:body><office:text>{body}</office:text></office:body>
</office:document>"""


def _note(note_class: str, citation: str, inner: str) -> str:
    return (f'<text:note text:note-class="{note_class}"><text:note-citation>{citation}</text:note-citation>'
            f"<text:note-body><text:p>{inner}</text:p></text:note-body></text:note>")


LEGACY_NOTE = "Tổng số 12 tập thể được khen thưởng"  # TCVN3: "ư" is the soft-hyphen byte


@pytest.fixture(scope="module")
def libreoffice_notes(tmp_path_factory) -> Path:
    """A flat ODT with two footnotes (one typed in .VnTime with TCVN3 bytes), an endnote and a footer."""
    folder = tmp_path_factory.mktemp("notes")
    body = (
        "<text:p>Đoạn thứ nhất của thân văn bản"
        + _note("footnote", "1", "Chú thích thứ nhất, chữ Unicode.") + " còn tiếp.</text:p>"
        + "<text:p>Đoạn thứ hai"
        + _note("footnote", "2", f'<text:span text:style-name="VN">{escape(tcvn3_encode(LEGACY_NOTE))}</text:span>')
        + ".</text:p>"
        + "<text:p>Đoạn thứ ba" + _note("endnote", "i", "Chú thích cuối văn bản.") + ".</text:p>"
    )
    source = folder / "ghi-chu.fodt"
    source.write_text(_fodt(body), encoding="utf-8")
    return source


EXPECTED = [
    ("paragraph", "đoạn 1", "Đoạn thứ nhất của thân văn bản còn tiếp."),
    ("paragraph", "đoạn 2", "Đoạn thứ hai."),
    ("paragraph", "đoạn 3", "Đoạn thứ ba."),
    ("note", "chú thích 1", "Chú thích thứ nhất, chữ Unicode."),
    ("note", "chú thích 2", LEGACY_NOTE),
    ("note", "chú thích cuối văn bản 1", "Chú thích cuối văn bản."),
    ("footer", "không rõ vị trí", "Trang chân"),
]


def _seen(document) -> list[tuple[str, str, str]]:
    return [(b.kind, b.where.label(), b.text) for b in document.blocks]


def test_libreoffice_docx_notes_come_after_the_body_numbered_and_decoded(libreoffice_notes, tmp_path):
    converted = soffice_convert(libreoffice_notes, tmp_path, "docx")
    with zipfile.ZipFile(converted) as z:  # the producer wrote its separators: they must not show
        assert b'w:type="separator"' in z.read("word/footnotes.xml")
    document = read_docx(converted)
    assert _seen(document) == EXPECTED
    note = document.blocks[4]
    assert note.where.footnote == 2 and note.where.paragraph is None and note.font_name == ".VnTime"
    assert document.meta["legacy_encodings"] == ["tcvn3"]


def test_word97_doc_notes_are_read_through_the_conversion(libreoffice_notes, tmp_path):
    legacy_doc = soffice_convert(libreoffice_notes, tmp_path, "doc")  # the legacy corpus's path
    assert legacy_doc.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE2 Word file
    assert _seen(extract(legacy_doc)) == EXPECTED


# -- the parts as Word writes them ----------------------------------------------------------------
_FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
 <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
 <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
 <w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>
  <w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>
  <w:r><w:t xml:space="preserve"> Ghi chú có mã số 1, đánh dấu sau.</w:t></w:r></w:p></w:footnote>
 <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Ghi chú có mã số 2, đánh dấu trước.</w:t></w:r></w:p>
  <w:p><w:r><w:t>Đoạn thứ hai của ghi chú 2.</w:t></w:r></w:p></w:footnote>
 <w:footnote w:id="3"><w:p><w:r><w:t>Ghi chú mà dấu nằm trong phần đã xóa.</w:t></w:r></w:p></w:footnote>
 <w:footnote w:id="4"><w:p><w:r><w:t>Ghi chú không có dấu nào trỏ tới.</w:t></w:r></w:p></w:footnote>
 <w:footnote w:id="5"><w:p><w:r><w:t>Ghi chú trong hộp văn bản.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""

_ENDNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes {W}>
 <w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
 <w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>
 <w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Chú thích cuối.</w:t></w:r></w:p></w:endnote>
</w:endnotes>"""


def _ref(kind: str, note_id: int) -> str:
    return f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="{note_id}"/></w:r>'


def _add_parts(path: Path, parts: dict[str, str]) -> None:
    """Add note parts to a saved DOCX: the part, its relationship and its content type."""
    kinds = {"word/footnotes.xml": "footnotes", "word/endnotes.xml": "endnotes"}
    with zipfile.ZipFile(path) as z:
        items = {name: z.read(name) for name in z.namelist()}
    rels = items["word/_rels/document.xml.rels"].decode("utf-8")
    types = items["[Content_Types].xml"].decode("utf-8")
    for i, (name, xml) in enumerate(parts.items()):
        kind = kinds[name]
        rels = rels.replace("</Relationships>", f'<Relationship Id="rIdNote{i}" Type="http://schemas.openxmlformats.org/'
                                                f'officeDocument/2006/relationships/{kind}" Target="{kind}.xml"/>'
                                                "</Relationships>")
        types = types.replace("</Types>", f'<Override PartName="/{name}" ContentType="application/vnd.openxmlformats-'
                                          f'officedocument.wordprocessingml.{kind}+xml"/></Types>')
        items[name] = xml.encode("utf-8")
    items["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    items["[Content_Types].xml"] = types.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items.items():
            z.writestr(name, data)


def test_word_conventions_mark_order_separators_deletions_and_text_box_copies(tmp_path):
    d = docx.Document()
    d.add_paragraph("Mở đầu").runs[0]._r.addnext(parse_xml(_ref("footnote", 2)))
    deleted = d.add_paragraph("Câu còn lại")
    deleted._p.append(parse_xml(f'<w:del {W} w:id="9" w:author="A" w:date="2023-07-01T00:00:00Z">'
                                '<w:r><w:delText>câu đã xóa</w:delText></w:r>'
                                '<w:r><w:footnoteReference w:id="3"/></w:r></w:del>'))
    d.add_paragraph("Tiếp theo")._p.append(parse_xml(_ref("footnote", 1)))
    d.add_paragraph("Nhắc lại")._p.append(parse_xml(_ref("footnote", 2)))  # a second mark: read once
    box = f"""<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
      xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
      xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>
      <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r>
        <w:r><w:footnoteReference w:id="5"/></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>
      <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r>
        <w:r><w:footnoteReference w:id="5"/></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
      </mc:AlternateContent></w:r>"""
    d.add_paragraph("Neo")._p.append(parse_xml(box))
    d.add_paragraph("Kết")._p.append(parse_xml(_ref("endnote", 1)))
    path = tmp_path / "word.docx"
    d.save(str(path))
    _add_parts(path, {"word/footnotes.xml": _FOOTNOTES, "word/endnotes.xml": _ENDNOTES})

    notes = [(b.where.label(), b.text) for b in read_docx(path).blocks if b.kind == "note"]
    assert notes == [
        ("chú thích 1", "Ghi chú có mã số 2, đánh dấu trước."),  # numbered by the marks, not the ids
        ("chú thích 1", "Đoạn thứ hai của ghi chú 2."),
        ("chú thích 2", "Ghi chú có mã số 1, đánh dấu sau."),
        ("chú thích 3", "Ghi chú trong hộp văn bản."),  # its mc:Fallback copy is not a second mark
        ("chú thích cuối văn bản 1", "Chú thích cuối."),
    ]


def test_a_docx_without_note_parts_reads_as_before(tmp_path):
    d = docx.Document()
    d.add_paragraph("Chỉ có thân văn bản.")
    path = tmp_path / "plain.docx"
    d.save(str(path))
    assert _seen(read_docx(path)) == [("paragraph", "đoạn 1", "Chỉ có thân văn bản.")]


# -- notes are not judged as body text ------------------------------------------------------------
_DISTURBING = [  # what a note could say that would change a verdict if it were taken as body text
    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM",
    "Tổng số 999 tập thể được tặng Giấy khen, 888 cá nhân được tặng Bằng khen.",
    "Nơi nhận: - Lưu: VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Trần Thị Ghi Chú",
    "Số: 99/BC-XYZ, ngày 01 tháng 01 năm 2020",
]


def test_notes_do_not_change_what_is_judged(tmp_path):
    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster, load_ruleset

    plain = make_report_docx(tmp_path / "khong-ghi-chu.docx")
    noted = make_report_docx(tmp_path / "co-ghi-chu.docx")
    d = docx.Document(str(noted))
    body_paragraphs = [p for p in d.paragraphs if p.text.strip()]
    footnotes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>']
    for i, text in enumerate(_DISTURBING, start=1):
        body_paragraphs[min(i + 3, len(body_paragraphs) - 1)]._p.append(parse_xml(_ref("footnote", i)))
        footnotes.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p></w:footnote>')
    d.save(str(noted))
    _add_parts(noted, {"word/footnotes.xml": f'<w:footnotes {W}>{"".join(footnotes)}</w:footnotes>'})

    with_notes = read_docx(noted)
    assert [b.text for b in with_notes.blocks if b.kind == "note"] == _DISTURBING
    ruleset, roster = load_ruleset(), load_roster()
    records = [judge(read_docx(p), ruleset, roster, file="x.docx", sha256="0") for p in (plain, noted)]
    before, after = (r.to_dict() for r in records)
    for key in ("items", "figures", "document", "unit", "warnings"):
        assert after[key] == before[key], key
