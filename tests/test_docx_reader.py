"""DOCX reader: every quirk of real Word files round-trips to the expected text and cues.

Fixtures are built in tmp_path with python-docx, with raw WordprocessingML injected where
python-docx has no API (tracked changes, content controls, text boxes, numbering...).
"""

from __future__ import annotations

import time
import zipfile

import docx
import pytest
from docx.oxml.parser import parse_xml
from docx.shared import Pt

from tdkt.extractors.docx_reader import read_docx
from tdkt.extractors.errors import ExtractionError

W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W_URI}" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def body_xml(d, xml: str):
    """Append raw block-level XML (one element) to the body, before the section properties."""
    el = parse_xml(f'<w:wrap {NS}>{xml}</w:wrap>')[0]
    body = d.element.body
    body.insert(len(body) - 1, el)
    return el


def para_xml(d, inner: str, ppr: str = ""):
    return body_xml(d, f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p>")


def run(text: str, rpr: str = "") -> str:
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def save(d, tmp_path, name="t.docx"):
    path = tmp_path / name
    d.save(str(path))
    return path


def texts(doc, kind=None):
    return [b.text for b in doc.blocks if kind is None or b.kind == kind]


def by_text(doc, text):
    matches = [b for b in doc.blocks if b.text == text]
    assert matches, (text, texts(doc))
    return matches[0]


# ----------------------------------------------------------------------------- runs and inline


def test_split_runs_tracked_changes_and_containers(tmp_path):
    d = docx.Document()
    para_xml(d, run("Báo c") + run("áo", "<w:b/>") + run(" sơ kết"))
    para_xml(d, run("Đã khen ") + f'<w:ins w:id="1" w:author="A" w:date="2023-06-01T00:00:00Z">{run("thưởng ")}</w:ins>'
             + '<w:del w:id="2" w:author="A" w:date="2023-06-01T00:00:00Z"><w:r><w:delText>XOÁ </w:delText></w:r></w:del>'
             + f'<w:moveFrom w:id="3" w:author="A" w:date="2023-06-01T00:00:00Z">{run("CŨ ")}</w:moveFrom>'
             + f'<w:moveTo w:id="4" w:author="A" w:date="2023-06-01T00:00:00Z">{run("25 tập thể")}</w:moveTo>')
    rid = d.part.relate_to("https://thiduakhenthuong.vn", "http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/hyperlink", is_external=True)
    para_xml(d, run("Xem ") + f'<w:hyperlink r:id="{rid}">{run("cổng thông tin")}</w:hyperlink>'
             + '<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>' + run(" số 12") + "</w:sdtContent></w:sdt>"
             + '<w:customXml w:element="x">' + run(" và") + "</w:customXml>"
             + '<w:smartTag w:uri="u" w:element="place">' + run(" Tây Sơn") + "</w:smartTag>"
             + '<w:fldSimple w:instr=" PAGE ">' + run(" 7") + "</w:fldSimple>")
    # complex field: the instruction is not text, the result is
    para_xml(d, run("Trang ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             + '<w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>'
             + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("3")
             + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    # block-level content control and a hidden run
    body_xml(d, '<w:sdt><w:sdtPr/><w:sdtContent><w:p>' + run("Trong khung nội dung") + run(" ẩn", "<w:vanish/>")
             + "</w:p></w:sdtContent></w:sdt>")
    doc = read_docx(save(d, tmp_path))
    assert texts(doc) == ["Báo cáo sơ kết", "Đã khen thưởng 25 tập thể", "Xem cổng thông tin số 12 và Tây Sơn 7",
                          "Trang 3", "Trong khung nội dung"]
    assert "XOÁ" not in doc.text and "CŨ" not in doc.text and "MERGEFORMAT" not in doc.text


def test_tabs_breaks_hyphens_and_symbols(tmp_path):
    d = docx.Document()
    para_xml(d, '<w:r><w:t>Số:</w:t><w:tab/><w:t>45</w:t><w:br/><w:t>Ngày</w:t><w:cr/><w:t>20</w:t></w:r>')
    para_xml(d, '<w:r><w:t>thi</w:t><w:softHyphen/><w:t>đua 2022</w:t><w:noBreakHyphen/><w:t>2023</w:t></w:r>')
    para_xml(d, '<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> mục</w:t></w:r>')
    para_xml(d, '<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>c</w:t>'
                '<w:sym w:font=".VnTime" w:char="F0B8"/><w:t>c</w:t></w:r>')
    doc = read_docx(save(d, tmp_path))
    assert texts(doc) == ["Số: 45\nNgày\n20", "thiđua 2022-2023", "• mục", "các"]


def test_textbox_in_alternate_content_is_read_once(tmp_path):
    d = docx.Document()
    box = '<w:txbxContent><w:p>' + run("KHẨN") + "</w:p></w:txbxContent>"
    para_xml(d, run("Kính gửi UBND huyện")
             + '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
               f'<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
               f'</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>'
               "</mc:Fallback></mc:AlternateContent></w:r>")
    para_xml(d, '<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>' + run("Hộp VML") + "</w:p>"
             "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    doc = read_docx(save(d, tmp_path))
    assert texts(doc) == ["Kính gửi UBND huyện", "KHẨN", "Hộp VML"]
    assert [b.kind for b in doc.blocks] == ["paragraph", "textbox", "textbox"]
    assert doc.text.count("KHẨN") == 1


def test_header_and_footer_parts(tmp_path):
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "UBND HUYỆN TÂY SƠN"
    section.footer.paragraphs[0].text = "Trang chân"
    d.add_paragraph("Nội dung")
    doc = read_docx(save(d, tmp_path))
    assert [(b.kind, b.text) for b in doc.blocks] == [("header", "UBND HUYỆN TÂY SƠN"), ("paragraph", "Nội dung"),
                                                      ("footer", "Trang chân")]


# ----------------------------------------------------------------------------- tables


def _borderless(table):
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(f'<w:tblBorders {NS}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def _fill(cell, lines):
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def build_admin_document(d):
    header = d.add_table(rows=1, cols=2)
    _borderless(header)
    _fill(header.cell(0, 0), ["ỦY BAN NHÂN DÂN", "XÃ TÂY VINH", "Số: 45/BC-UBND"])
    _fill(header.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                              "Tây Vinh, ngày 20 tháng 6 năm 2023"])
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
    d.add_paragraph("Trong 6 tháng đầu năm, phong trào thi đua được triển khai.")
    data = d.add_table(rows=3, cols=3)
    data.style = d.styles["Table Grid"]
    for r, row in enumerate([["Danh hiệu", "Số lượng", "Ghi chú"], ["Lao động tiên tiến", "25", ""],
                             ["Chiến sĩ thi đua cơ sở", "3", "x"]]):
        for c, value in enumerate(row):
            data.cell(r, c).text = value
    d.add_paragraph("Trên đây là báo cáo.")
    closing = d.add_table(rows=1, cols=2)
    _borderless(closing)
    _fill(closing.cell(0, 0), ["Nơi nhận:", "- Như trên;", "- Lưu: VT."])
    _fill(closing.cell(0, 1), ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn An"])


def test_layout_tables_become_region_paragraphs_and_data_tables_stay_tables(tmp_path):
    d = docx.Document()
    build_admin_document(d)
    doc = read_docx(save(d, tmp_path))
    number = by_text(doc, "Số: 45/BC-UBND")
    assert number.region == "header-left" and number.kind == "paragraph"
    assert (number.where.table, number.where.row, number.where.col, number.where.paragraph) == (1, 1, 1, 3)
    date = by_text(doc, "Tây Vinh, ngày 20 tháng 6 năm 2023")
    assert date.region == "header-right" and (date.where.col, date.where.paragraph) == (2, 6)
    assert by_text(doc, "Nơi nhận:").region == "closing-left"
    signer = by_text(doc, "Nguyễn Văn An")
    assert signer.region == "closing-right" and signer.where.table == 3
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows == [["Danh hiệu", "Số lượng", "Ghi chú"], ["Lao động tiên tiến", "25", ""],
                              ["Chiến sĩ thi đua cơ sở", "3", "x"]]
    assert tables[0].where.table == 2 and tables[0].where.paragraph == 10
    # body paragraphs carry no region; paragraph numbers count the table-cell paragraphs
    title = by_text(doc, "BÁO CÁO")
    assert title.region is None and title.where.paragraph == 7 and title.where.table is None
    assert by_text(doc, "Trên đây là báo cáo.").where.paragraph == 19
    # document order
    assert doc.blocks[0].text == "ỦY BAN NHÂN DÂN" and doc.blocks[-1].text == "Nguyễn Văn An"


def test_borderless_layout_table_without_cues_at_the_top(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    _borderless(t)
    _fill(t.cell(0, 0), ["PHÒNG NỘI VỤ", "Số 12"])
    _fill(t.cell(0, 1), ["Huyện Tây Sơn", "Tháng 6/2023"])
    for i in range(5):
        d.add_paragraph(f"Đoạn {i}")
    doc = read_docx(save(d, tmp_path))
    assert by_text(doc, "PHÒNG NỘI VỤ").region == "header-left"
    assert by_text(doc, "Tháng 6/2023").region == "header-right"


def test_small_bordered_data_table_in_the_middle_is_a_table(tmp_path):
    d = docx.Document()
    for i in range(4):
        d.add_paragraph(f"Đoạn {i}")
    t = d.add_table(rows=2, cols=2)
    t.style = d.styles["Table Grid"]
    for r, row in enumerate([["Hình thức", "Số lượng"], ["Bằng khen của Chủ tịch UBND tỉnh", "3"]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for i in range(4):
        d.add_paragraph(f"Sau {i}")
    doc = read_docx(save(d, tmp_path))
    assert [b.rows for b in doc.blocks if b.kind == "table"] == [[["Hình thức", "Số lượng"],
                                                                  ["Bằng khen của Chủ tịch UBND tỉnh", "3"]]]


def test_merged_cells_are_not_duplicated(tmp_path):
    d = docx.Document()
    d.add_paragraph("Trước")
    t = d.add_table(rows=3, cols=3)
    t.style = d.styles["Table Grid"]
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Kết quả khen thưởng"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "Cấp huyện"
    t.cell(1, 1).text, t.cell(1, 2).text = "Giấy khen", "12"
    t.cell(2, 1).text, t.cell(2, 2).text = "Danh hiệu", "4"
    d.add_paragraph("Sau")
    for i in range(3):
        d.add_paragraph(f"Thêm {i}")
    doc = read_docx(save(d, tmp_path))
    table = [b for b in doc.blocks if b.kind == "table"][0]
    assert table.rows == [["Kết quả khen thưởng", "", ""], ["Cấp huyện", "Giấy khen", "12"], ["", "Danh hiệu", "4"]]
    assert table.full_text.count("Kết quả khen thưởng") == 1 and table.full_text.count("Cấp huyện") == 1


# ----------------------------------------------------------------------------- numbering

NUMBERING = f"""<w:numbering {NS}>
  <w:abstractNum w:abstractNumId="10">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>
      <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="11">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="12">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
    <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="13">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="14">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="Phần %1:"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%2."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="11"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="12"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="13"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="14"/></w:num>
  <w:num w:numId="7"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/>
    <w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1/"/></w:lvl></w:lvlOverride></w:num>
  <w:num w:numId="8"><w:abstractNumId w:val="11"/></w:num>
  <w:num w:numId="9"><w:abstractNumId w:val="11"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""


def _set_numbering(d):
    numbering = d.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(NUMBERING):
        numbering.append(child)


def numbered(d, text, num_id, ilvl):
    return para_xml(d, run(text), f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def test_auto_numbering_renders_labels_across_levels_and_restarts(tmp_path):
    d = docx.Document()
    _set_numbering(d)
    plan = [("KẾT QUẢ", 1, 0), ("Lãnh đạo", 1, 1), ("Phát động", 1, 2), ("Tổ chức", 1, 2), ("Khen thưởng", 1, 1),
            ("Hồ sơ", 1, 2), ("NHIỆM VỤ", 1, 0), ("Trọng tâm", 1, 1), ("Đề nghị", 1, 2),
            ("Một", 2, 0), ("Một chấm một", 2, 1), ("Một chấm hai", 2, 1), ("Hai", 2, 0), ("Hai chấm một", 2, 1),
            ("Năm", 3, 0), ("Sáu", 3, 0), ("Chấm", 4, 0), ("Gạch", 4, 1),
            ("La mã", 5, 0), ("Không đệm", 5, 1), ("Pháp lý", 5, 2), ("Ghi đè", 7, 0), ("Ghi đè 2", 7, 0),
            # numIds on one abstractNum share its count (Word); a startOverride restarts it once
            ("Tiếp nối", 8, 0), ("Tiếp nối con", 8, 1), ("Lại từ đầu", 9, 0), ("Tiếp sau", 9, 0),
            ("Về số 2", 2, 0)]
    for text, num, ilvl in plan:
        numbered(d, text, num, ilvl)
    para_xml(d, run("Không số"))
    doc = read_docx(save(d, tmp_path))
    labels = {b.text: b.list_label for b in doc.blocks}
    assert [labels[t] for t, _, _ in plan] == [
        "I.", "1.", "a)", "b)", "2.", "a)", "II.", "1.", "a)",
        "1.", "1.1.", "1.2.", "2.", "2.1.",
        "5.", "6.", "•", "-",
        "I.", "01.", "1.1.1", "C/", "D/",
        "7.", "7.1.", "1.", "2.", "3."]
    assert labels["Không số"] is None
    item = by_text(doc, "KẾT QUẢ")
    assert item.kind == "list_item" and item.text == "KẾT QUẢ" and item.full_text == "I. KẾT QUẢ"
    assert item.indent == pytest.approx(567 / 20)
    assert by_text(doc, "Không số").kind == "paragraph"


def test_numbering_through_heading_styles(tmp_path):
    d = docx.Document()
    _set_numbering(d)
    for sid in ("Heading1", "Heading2"):
        style = d.styles.element.get_by_id(sid)
        ppr = style.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {NS}><w:numId w:val="6"/></w:numPr>'))
    d.add_heading("Tổng quan", level=1)
    d.add_heading("Bối cảnh", level=2)
    d.add_heading("Mục tiêu", level=2)
    d.add_heading("Kết luận", level=1)
    d.add_heading("Kiến nghị", level=2)
    doc = read_docx(save(d, tmp_path))
    got = [(b.kind, b.heading_level, b.list_label, b.text) for b in doc.blocks]
    assert got == [("heading", 1, "Phần 1:", "Tổng quan"), ("heading", 2, "i.", "Bối cảnh"),
                   ("heading", 2, "ii.", "Mục tiêu"), ("heading", 1, "Phần 2:", "Kết luận"),
                   ("heading", 2, "i.", "Kiến nghị")]
    assert doc.blocks[0].style == "Heading 1"


def test_list_paragraph_style_numbering(tmp_path):
    d = docx.Document()
    d.add_paragraph("Thứ nhất", style="List Number")
    d.add_paragraph("Thứ hai", style="List Number")
    d.add_paragraph("Ý gạch", style="List Bullet")
    doc = read_docx(save(d, tmp_path))
    assert [(b.kind, b.list_label) for b in doc.blocks] == [("list_item", "1."), ("list_item", "2."),
                                                            ("list_item", "•")]


# ----------------------------------------------------------------------------- cues


def test_heading_levels_from_names_outline_and_localized_styles(tmp_path):
    d = docx.Document()
    styles = d.styles.element
    styles.append(parse_xml(f'<w:style {NS} w:type="paragraph" w:styleId="TieuDe2"><w:name w:val="Tiêu đề 2"/>'
                            '<w:basedOn w:val="Normal"/></w:style>'))
    styles.append(parse_xml(f'<w:style {NS} w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục lớn"/>'
                            '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'))
    d.add_heading("Chương một", level=1)
    para_xml(d, run("Mục hai"), '<w:pStyle w:val="TieuDe2"/>')
    para_xml(d, run("Mục outline"), '<w:pStyle w:val="Muc"/>')
    para_xml(d, run("Đoạn có cấp"), '<w:outlineLvl w:val="2"/>')
    para_xml(d, run("Văn bản thường"), '<w:outlineLvl w:val="9"/>')
    doc = read_docx(save(d, tmp_path))
    assert [(b.kind, b.heading_level) for b in doc.blocks] == [("heading", 1), ("heading", 2), ("heading", 1),
                                                               ("heading", 3), ("paragraph", None)]
    assert doc.blocks[1].style == "Tiêu đề 2"


def test_formatting_cues(tmp_path):
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(14)
    d.styles["Normal"].font.name = "Times New Roman"
    p = d.add_paragraph()
    p.add_run("Phần lớn chữ trong đoạn này đậm ").bold = True
    p.add_run("và").bold = False  # 2 of 27 visible characters: still bold (>= 90 %)
    p.alignment = 1  # center
    p = d.add_paragraph()
    p.add_run("Nửa đậm ").bold = True
    p.add_run("nửa thường")
    para_xml(d, run("kết quả thực hiện", "<w:caps/><w:i/>"), '<w:jc w:val="both"/><w:ind w:left="720" w:firstLine="360"/>')
    para_xml(d, run("ĐỘC LẬP - TỰ DO") + run(" 2023", '<w:sz w:val="26"/>'), '<w:jc w:val="right"/>')
    para_xml(d, run("ABC"))
    p = d.add_paragraph()
    p.add_run("Cỡ mười hai").font.size = Pt(12)
    p.runs[0].font.name = "Arial"
    doc = read_docx(save(d, tmp_path))
    b = doc.blocks
    assert (b[0].bold, b[0].alignment, b[0].font_size, b[0].font_name) == (True, "center", 14.0, "Times New Roman")
    assert b[1].bold is False
    assert (b[2].text, b[2].all_caps, b[2].italic, b[2].alignment, b[2].indent) == (
        "KẾT QUẢ THỰC HIỆN", True, True, "justify", 54.0)
    assert (b[3].all_caps, b[3].alignment, b[3].font_size) == (True, "right", 14.0)
    assert b[4].all_caps is False  # only 3 letters
    assert (b[5].font_size, b[5].font_name, b[5].alignment) == (12.0, "Arial", "left")


# ----------------------------------------------------------------------------- legacy fonts

_TONED = {"a": "aàảãáạ", "ă": "ăằẳẵắặ", "â": "âầẩẫấậ", "e": "eèẻẽéẹ", "ê": "êềểễếệ", "i": "iìỉĩíị",
          "o": "oòỏõóọ", "ô": "ôồổỗốộ", "ơ": "ơờởỡớợ", "u": "uùủũúụ", "ư": "ưừửữứự", "y": "yỳỷỹýỵ"}
_BYTES = {"a": "a\xb5\xb6\xb7\xb8\xb9", "ă": "\xa8\xbb\xbc\xbd\xbe\xc6", "â": "\xa9\xc7\xc8\xc9\xca\xcb",
          "e": "e\xcc\xce\xcf\xd0\xd1", "ê": "\xaa\xd2\xd3\xd4\xd5\xd6", "i": "i\xd7\xd8\xdc\xdd\xde",
          "o": "o\xdf\xe1\xe2\xe3\xe4", "ô": "\xab\xe5\xe6\xe7\xe8\xe9", "ơ": "\xac\xea\xeb\xec\xed\xee",
          "u": "u\xef\xf1\xf2\xf3\xf4", "ư": "\xad\xf5\xf6\xf7\xf8\xf9", "y": "y\xfa\xfb\xfc\xfd\xfe"}
TCVN3_CODES = {letter: _BYTES[base][i] for base, row in _TONED.items() for i, letter in enumerate(row)}
TCVN3_CODES["đ"] = "\xae"


def tcvn3(text: str) -> str:
    return "".join(TCVN3_CODES.get(c, c) for c in text)


def legacy_run(text: str, font: str, extra: str = "") -> str:
    """A run in a legacy font; U+00AD becomes w:softHyphen as Word stores it."""
    parts = text.split("\u00ad")
    inner = '<w:softHyphen/>'.join(f'<w:t xml:space="preserve">{p}</w:t>' for p in parts)
    return f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>{extra}</w:rPr>{inner}</w:r>'


def test_tcvn3_and_vni_runs_are_decoded(tmp_path):
    d = docx.Document()
    para_xml(d, legacy_run(tcvn3("cộng hòa xã hội chủ nghĩa việt nam"), ".VnTimeH", "<w:b/>"))
    para_xml(d, legacy_run(tcvn3("Báo cáo sơ kết công tác thi đua, khen thưởng"), ".VnTime"))
    para_xml(d, legacy_run(tcvn3("thưởng"), ".VnTime") + run(" (Unicode)"))
    para_xml(d, legacy_run("Baùo caùo thi ñua, khen thöôûng ñöôïc 25 taäp theå", "VNI-Times"))
    doc = read_docx(save(d, tmp_path))
    assert texts(doc) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Báo cáo sơ kết công tác thi đua, khen thưởng",
                          "thưởng (Unicode)", "Báo cáo thi đua, khen thưởng được 25 tập thể"]
    assert doc.meta["legacy_encodings"] == ["tcvn3", "vni"]
    assert doc.blocks[0].all_caps and doc.blocks[0].bold and doc.blocks[0].font_name == ".VnTimeH"
    assert doc.blocks[1].font_name == ".VnTime"


def test_legacy_font_from_paragraph_style_and_defaults(tmp_path):
    d = docx.Document()
    d.styles["Normal"].font.name = ".VnTime"
    d.add_paragraph(tcvn3("Trường tiểu học Tây Vinh"))
    d.add_paragraph().add_run("VNI: ").font.name = "Arial"
    d.paragraphs[-1].add_run("Tröôøng").font.name = "VNI-Times"
    doc = read_docx(save(d, tmp_path))
    assert texts(doc) == ["Trường tiểu học Tây Vinh", "VNI: Trường"]


def test_undeclared_tcvn3_text_is_guessed_with_a_warning(tmp_path):
    d = docx.Document()
    d.add_paragraph(tcvn3("Báo cáo sơ kết công tác thi đua, khen thưởng của đơn vị, ủy ban nhân dân xã"))
    d.add_paragraph("2023")
    doc = read_docx(save(d, tmp_path))
    assert doc.blocks[0].text == "Báo cáo sơ kết công tác thi đua, khen thưởng của đơn vị, ủy ban nhân dân xã"
    assert doc.meta["legacy_encodings"] == ["tcvn3"] and doc.meta["legacy_encoding_guessed"] == "tcvn3"
    assert doc.warnings and "TCVN3" in doc.warnings[0]


def test_unicode_document_has_no_legacy_encodings(tmp_path):
    d = docx.Document()
    build_admin_document(d)
    doc = read_docx(save(d, tmp_path))
    assert doc.meta["legacy_encodings"] == [] and not doc.warnings


# ----------------------------------------------------------------------------- bad input and speed


def test_corrupt_files_raise_extraction_error(tmp_path):
    not_zip = tmp_path / "a.docx"
    not_zip.write_bytes(b"PK\x03\x04 this is not really a zip")
    no_document = tmp_path / "b.docx"
    with zipfile.ZipFile(no_document, "w") as z:
        z.writestr("hello.txt", "x")
    broken_xml = tmp_path / "c.docx"
    d = docx.Document()
    d.add_paragraph("x")
    d.save(str(tmp_path / "ok.docx"))
    with zipfile.ZipFile(tmp_path / "ok.docx") as src, zipfile.ZipFile(broken_xml, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    for path in (not_zip, no_document, broken_xml):
        with pytest.raises(ExtractionError) as info:
            read_docx(path)
        assert info.value.code == "corrupt"


def test_three_page_report_reads_fast(tmp_path):
    d = docx.Document()
    build_admin_document(d)
    for i in range(40):
        d.add_paragraph(f"{i}. Trong 6 tháng đầu năm 2023, công tác thi đua, khen thưởng được triển khai đồng bộ, "
                        "bám sát nhiệm vụ chính trị; phong trào thi đua yêu nước được phát động sâu rộng.")
    path = save(d, tmp_path)
    read_docx(path)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        read_docx(path)
        runs.append(time.perf_counter() - start)
    assert sorted(runs)[2] < 0.1  # measured ~ 10 ms; generous bound for a shared 2-core machine


def test_tables_nested_in_layout_cells_and_frame_tables(tmp_path):
    d = docx.Document()
    frame = d.add_table(rows=1, cols=1)  # a page frame around the header table
    cell = frame.cell(0, 0)
    cell.paragraphs[0].text = "Khung trang"
    header = cell.add_table(rows=1, cols=2)
    _borderless(header)
    _fill(header.cell(0, 0), ["ỦY BAN NHÂN DÂN", "Số: 7/BC-UBND"])
    _fill(header.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    for i in range(4):
        d.add_paragraph(f"Nội dung {i}")
    closing = d.add_table(rows=1, cols=2)
    _borderless(closing)
    _fill(closing.cell(0, 0), ["Nơi nhận:", "- Lưu: VT."])
    right = closing.cell(0, 1)
    right.paragraphs[0].text = "KT. CHỦ TỊCH"
    nested = right.add_table(rows=2, cols=1)
    nested.cell(0, 0).text = "PHÓ CHỦ TỊCH"
    nested.cell(1, 0).text = "Trần Thị Bình"
    doc = read_docx(save(d, tmp_path))
    assert by_text(doc, "Khung trang").region is None and by_text(doc, "Khung trang").kind == "paragraph"
    assert by_text(doc, "Số: 7/BC-UBND").region == "header-left"
    assert by_text(doc, "Độc lập - Tự do - Hạnh phúc").region == "header-right"
    assert by_text(doc, "- Lưu: VT.").region == "closing-left"
    assert [by_text(doc, t).region for t in ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Bình")] == ["closing-right"] * 3
    assert not [b for b in doc.blocks if b.kind == "table"]
    # tables are numbered in document order, nested ones included; cells carry the innermost table
    assert (by_text(doc, "Số: 7/BC-UBND").where.table, by_text(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").where.col) == (2, 2)
    signer = by_text(doc, "Trần Thị Bình").where
    assert (signer.table, signer.row, signer.col) == (4, 2, 1)


VNI_ROWS = {"a": ("a", "aø", "aû", "aõ", "aù", "aï"), "ă": ("aê", "aè", "aú", "aü", "aé", "aë"),
            "â": ("aâ", "aà", "aå", "aã", "aá", "aä"), "e": ("e", "eø", "eû", "eõ", "eù", "eï"),
            "ê": ("eâ", "eà", "eå", "eã", "eá", "eä"), "i": ("i", "ì", "æ", "ó", "í", "ò"),
            "o": ("o", "oø", "oû", "oõ", "où", "oï"), "ô": ("oâ", "oà", "oå", "oã", "oá", "oä"),
            "ơ": ("ô", "ôø", "ôû", "ôõ", "ôù", "ôï"), "u": ("u", "uø", "uû", "uõ", "uù", "uï"),
            "ư": ("ö", "öø", "öû", "öõ", "öù", "öï"), "y": ("y", "yø", "yû", "yõ", "yù", "î")}


def test_every_letter_through_a_docx_in_both_legacy_encodings(tmp_path):
    letters = [letter for row in _TONED.values() for letter in row] + ["đ"]
    lower = " ".join(letters)
    vni = {letter: VNI_ROWS[base][i] for base, row in _TONED.items() for i, letter in enumerate(row)}
    vni["đ"] = "ñ"
    d = docx.Document()
    para_xml(d, legacy_run(tcvn3(lower), ".VnTime"))  # ư as w:softHyphen
    para_xml(d, legacy_run(tcvn3(lower), ".VnTimeH"))
    para_xml(d, legacy_run(" ".join(vni[c] for c in letters), "VNI-Times"))
    para_xml(d, legacy_run(" ".join(vni[c].upper() for c in letters), "VNI-Times"))
    doc = read_docx(save(d, tmp_path))
    assert texts(doc) == [lower, lower.upper(), lower, lower.upper()]
    assert len({c for c in lower.split() if not c.isascii()}) == 67  # + the 6 plain vowels


def test_unicode_text_left_in_a_legacy_font_is_not_decoded(tmp_path):
    d = docx.Document()
    para_xml(d, legacy_run("Báo cáo sơ kết thi đua", ".VnTime"))
    doc = read_docx(save(d, tmp_path))
    assert texts(doc) == ["Báo cáo sơ kết thi đua"] and doc.meta["legacy_encodings"] == []


def test_full_width_row_of_a_header_table_is_body(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    _borderless(t)
    t.cell(0, 0).text, t.cell(0, 1).text = "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(1, 0).text, t.cell(1, 1).text = "Số: 9/BC-UBND", "Tây Sơn, ngày 2 tháng 6 năm 2023"
    t.cell(2, 0).merge(t.cell(2, 1)).text = "BÁO CÁO"
    for i in range(4):
        d.add_paragraph(f"Nội dung {i}")
    doc = read_docx(save(d, tmp_path))
    assert by_text(doc, "Số: 9/BC-UBND").region == "header-left"
    assert by_text(doc, "Tây Sơn, ngày 2 tháng 6 năm 2023").region == "header-right"
    assert by_text(doc, "BÁO CÁO").region is None and by_text(doc, "BÁO CÁO").where.row == 3


def test_strict_open_xml_namespaces(tmp_path):
    d = docx.Document()
    d.add_paragraph("Văn bản định dạng Strict")
    src = save(d, tmp_path, "transitional.docx")
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(strict, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith(".xml"):
                data = data.replace(W_URI.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            zout.writestr(item, data)
    assert texts(read_docx(strict)) == ["Văn bản định dạng Strict"]
