"""Build the DOCX templates of the office's documents (rules/templates/*.docx) with python-docx.

Run `.venv/bin/python scripts/make_templates.py` to regenerate them; the output is the same
for the same python-docx (no dates or random ids are written). The layout follows Nghị định
30/2020/NĐ-CP, Phụ lục I: A4, Times New Roman, margins top/bottom 20 mm, left 30 mm, right
15 mm; a borderless two-column header table (issuing body | Quốc hiệu and Tiêu ngữ, each with a
short rule below; number | place and date); "Kính gửi"; the body; a borderless table with
"Nơi nhận" on the left and the signer's block on the right.

Placeholders are whole paragraphs or runs written as {{name}}; pipeline/documents/docx_writer.py fills
them and inserts the body at {{noi_dung}} and the annex at {{phu_luc}}. The office may restyle a
template in Word (fonts, spacing, the styles named "TDKT ...") as long as the placeholders stay.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

FONT = "Times New Roman"
OUT_DIR = Path(__file__).resolve().parent.parent / "rules" / "templates"
TEXT_WIDTH_CM = 16.5  # A4 210 mm - 30 mm - 15 mm
LEFT_COL_CM, RIGHT_COL_CM = 6.3, 10.2


def _fonts(rpr_owner, size: float, bold=False, italic=False) -> None:
    font = rpr_owner.font
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    rfonts = rpr_owner.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)


def _para_style(doc, name: str, size: float, *, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                first_line_cm: float = 0.0, before: float = 0, after: float = 0, line: float = 1.0,
                keep_next=False):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    _fonts(style, size, bold, italic)
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Cm(first_line_cm) if first_line_cm else None
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = line
    fmt.keep_with_next = keep_next
    fmt.widow_control = True
    return style


def _styles(doc) -> None:
    normal = doc.styles["Normal"]
    _fonts(normal, 14)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    center = WD_ALIGN_PARAGRAPH.CENTER
    _para_style(doc, "TDKT Co quan chu quan", 13, align=center)
    _para_style(doc, "TDKT Co quan ban hanh", 13, bold=True, align=center)
    _para_style(doc, "TDKT Quoc hieu", 13, bold=True, align=center)
    _para_style(doc, "TDKT Tieu ngu", 14, bold=True, align=center)
    _para_style(doc, "TDKT Duong ke", 2, align=center, before=2)
    _para_style(doc, "TDKT So ky hieu", 13, align=center, before=6)
    _para_style(doc, "TDKT Trich yeu cong van", 12, align=center, before=3)
    _para_style(doc, "TDKT Dia danh ngay", 14, italic=True, align=center, before=6)
    _para_style(doc, "TDKT Ten loai", 14, bold=True, align=center, before=18)
    _para_style(doc, "TDKT Trich yeu", 14, bold=True, align=center)
    _para_style(doc, "TDKT Kinh gui", 14, align=WD_ALIGN_PARAGRAPH.LEFT, before=12, after=6)
    _para_style(doc, "TDKT Kinh gui danh sach", 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    _para_style(doc, "TDKT Noi dung", 14, first_line_cm=1.27, before=6, line=1.1)
    _para_style(doc, "TDKT Gach dau dong", 14, first_line_cm=1.27, before=3, line=1.1)
    _para_style(doc, "TDKT Muc 1", 14, bold=True, first_line_cm=1.27, before=9, keep_next=True)
    _para_style(doc, "TDKT Muc 2", 14, bold=True, first_line_cm=1.27, before=6, keep_next=True)
    _para_style(doc, "TDKT Muc 3", 14, bold=True, italic=True, first_line_cm=1.27, before=6, keep_next=True)
    _para_style(doc, "TDKT Trich dan", 13, italic=True, first_line_cm=1.27, before=3, line=1.1)
    _para_style(doc, "TDKT Bang", 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _para_style(doc, "TDKT Bang so", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para_style(doc, "TDKT Bang tieu de", 12, bold=True, align=center)
    _para_style(doc, "TDKT Bang giua", 12, align=center)
    _para_style(doc, "TDKT Bang tong", 12, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    _para_style(doc, "TDKT Phu luc", 14, bold=True, align=center, before=0, keep_next=True)
    _para_style(doc, "TDKT Phu luc ten", 14, bold=True, align=center, keep_next=True)
    _para_style(doc, "TDKT Phu luc kem theo", 14, italic=True, align=center, after=12, keep_next=True)
    _para_style(doc, "TDKT Ghi chu", 12, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=6)
    _para_style(doc, "TDKT Noi nhan", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=12)
    _para_style(doc, "TDKT Noi nhan danh sach", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _para_style(doc, "TDKT Tham quyen", 14, bold=True, align=center, before=12)
    _para_style(doc, "TDKT Chu ky", 14, align=center)
    _para_style(doc, "TDKT Nguoi ky", 14, bold=True, align=center)


def _page(section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = section.footer_distance = Mm(10)


def _page_numbers(section) -> None:
    """Nghị định 30/2020, Phụ lục I: page numbers in Arabic digits, 13-14 pt upright, centred in the
    top margin, none on the first page (a PAGE field, so Word and LibreOffice count the pages)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    _fonts(run, 13)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _fixed_widths(table, widths_cm: list[float]) -> None:
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(Cm(width).twips)))


def _rule(cell, length_cm: float, cell_cm: float) -> None:
    """A short centred horizontal rule: an empty paragraph whose top border is `length_cm` long."""
    p = cell.add_paragraph(style="TDKT Duong ke")
    side = max((cell_cm - length_cm) / 2, 0)
    p.paragraph_format.left_indent = Cm(side)
    p.paragraph_format.right_indent = Cm(side)
    p_pr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(key), value)
    bdr.append(top)
    p_pr.insert_element_before(bdr, "w:spacing", "w:ind", "w:jc", "w:rPr")


def _set_first(cell, text: str, style: str) -> None:
    p = cell.paragraphs[0]
    p.style = style
    p.add_run(text)


def _header(doc, kind: str) -> None:
    table = doc.add_table(rows=2, cols=2)
    _no_borders(table)
    _fixed_widths(table, [LEFT_COL_CM, RIGHT_COL_CM])
    left, right = table.cell(0, 0), table.cell(0, 1)
    _set_first(left, "{{co_quan_chu_quan}}", "TDKT Co quan chu quan")
    left.add_paragraph("{{co_quan_ban_hanh}}", style="TDKT Co quan ban hanh")
    _rule(left, 2.2, LEFT_COL_CM)
    _set_first(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TDKT Quoc hieu")
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc", style="TDKT Tieu ngu")
    _rule(right, 6.2, RIGHT_COL_CM)
    number, date = table.cell(1, 0), table.cell(1, 1)
    _set_first(number, "Số: {{so_ky_hieu}}", "TDKT So ky hieu")
    if kind == "cong-van":
        number.add_paragraph("{{trich_yeu}}", style="TDKT Trich yeu cong van")
    _set_first(date, "{{dia_danh_ngay}}", "TDKT Dia danh ngay")


def _signature(doc) -> None:
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _fixed_widths(table, [8.0, TEXT_WIDTH_CM - 8.0])
    row_pr = table.rows[0]._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")  # the signer's block never leaves its name on the next page
    row_pr.append(cant_split)
    left, right = table.cell(0, 0), table.cell(0, 1)
    _set_first(left, "Nơi nhận:", "TDKT Noi nhan")
    left.add_paragraph("{{noi_nhan}}", style="TDKT Noi nhan danh sach")
    _set_first(right, "{{tham_quyen}}", "TDKT Tham quyen")
    for _ in range(4):  # room for the signature and the seal
        right.add_paragraph("", style="TDKT Chu ky")
    right.add_paragraph("{{nguoi_ky}}", style="TDKT Nguoi ky")


def build(kind: str) -> Document:
    doc = Document()
    doc.core_properties.author = "tdkt"
    doc.core_properties.title = {"cong-van": "Công văn", "bao-cao": "Báo cáo"}[kind]
    _styles(doc)
    _page(doc.sections[0])
    _page_numbers(doc.sections[0])
    body = doc.element.body
    for child in list(body):  # the default document's empty paragraph
        if child.tag == qn("w:p"):
            body.remove(child)
    _header(doc, kind)
    if kind == "cong-van":
        doc.add_paragraph("Kính gửi: {{kinh_gui}}", style="TDKT Kinh gui")
    else:
        doc.add_paragraph("{{ten_loai}}", style="TDKT Ten loai")
        doc.add_paragraph("{{trich_yeu}}", style="TDKT Trich yeu")
        _rule(doc, 3.0, TEXT_WIDTH_CM)
    doc.add_paragraph("{{noi_dung}}", style="TDKT Noi dung")
    _signature(doc)
    doc.add_paragraph("{{phu_luc}}", style="TDKT Noi dung")
    return doc


def _fixed_core_dates(path: Path) -> None:
    """python-docx stamps nothing time-dependent when unset, but keep the zip entries' dates fixed."""
    import zipfile

    entries = []
    with zipfile.ZipFile(path) as zin:
        for info in zin.infolist():
            entries.append((info.filename, zin.read(info.filename)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def main(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in ("cong-van", "bao-cao"):
        path = out_dir / f"{kind}.docx"
        build(kind).save(str(path))
        _fixed_core_dates(path)
        written.append(path)
    return written


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_DIR):
        print(p)
