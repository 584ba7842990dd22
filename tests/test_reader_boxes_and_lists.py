"""Two table shapes the readers must treat alike in DOCX and PDF (found by set 36's renderings):

- a box drawn as a one-column table around a summary ("KẾT QUẢ NỔI BẬT" and its bullets, one per
  row) is a frame, not data: DOCX unwraps it into body paragraphs, so the PDF reader must too;
- a short list of people with their posts under a row-number header ("STT | Họ và tên | Chức vụ",
  "1 | ... | Phó Giám đốc") at the end of a report is data, not a signature block, although its
  cells hold the words of a signing title.

Files made here with python-docx and, for the PDF, LibreOffice (only the setup's fonts)."""

from __future__ import annotations

import docx

import extract_fixtures as fx
from tdkt.extractors import Limits, extract
from tdkt.extractors.pdf_reader import read_pdf

BULLETS = ["ĐIỂM NHẤN 6 THÁNG", "- Cấp 1.120 thẻ hội viên mới, đạt 93,3% kế hoạch năm.",
           "- Vận động 214 triệu đồng cho quỹ hỗ trợ hội viên khó khăn.",
           "- Xây dựng mới 05 mô hình kinh tế tập thể."]


def _boxed_summary_docx(path):
    document = docx.Document()
    document.add_paragraph("Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của Hội.")
    box = document.add_table(rows=len(BULLETS), cols=1)
    box.style = "Table Grid"
    for row, text in zip(box.rows, BULLETS):
        row.cells[0].text = text
    document.add_paragraph("I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC PHONG TRÀO THI ĐUA")
    document.add_paragraph("Ban Thường vụ ban hành Kế hoạch số 03/KH-HCTĐ về phong trào thi đua năm 2023.")
    document.save(path)
    return path


def test_a_one_column_box_is_body_text_in_docx_and_pdf(tmp_path):
    source = _boxed_summary_docx(tmp_path / "hop-tom-tat.docx")
    pdf = fx.soffice_convert(source, tmp_path)
    for read in (extract(source), read_pdf(pdf, Limits())):
        assert not [b for b in read.blocks if b.kind == "table"], read.format
        texts = [b.text for b in read.blocks if b.kind != "table"]
        for line in BULLETS:
            assert any(line in text for text in texts), (read.format, line, texts)


def _people_list_docx(path):
    document = docx.Document()
    document.add_paragraph("Phụ lục: Danh sách cá nhân được tặng Giấy khen")
    document.add_paragraph("Mục 2. Chiến sĩ thi đua cơ sở năm 2022")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["STT", "Họ và tên", "Chức vụ"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1", "Đinh Quốc Bảo", "Phó Giám đốc"]):
        cell.text = text
    document.add_paragraph("Nơi nhận: - Như trên; - Lưu: VT.")
    document.save(path)
    return path


def test_a_numbered_list_of_people_and_posts_stays_a_table(tmp_path):
    read = extract(_people_list_docx(tmp_path / "danh-sach.docx"))
    tables = [b.rows for b in read.blocks if b.kind == "table"]
    assert tables == [[["STT", "Họ và tên", "Chức vụ"], ["1", "Đinh Quốc Bảo", "Phó Giám đốc"]]]
    assert not any(b.region for b in read.blocks if "Đinh Quốc Bảo" in b.text)
