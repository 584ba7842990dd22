"""Words LibreOffice breaks inside a narrow table cell are read whole again, and a row the page
break cut after its first cell's label joins its row.

LibreOffice breaks a word (no hyphen) only when the word alone is wider than the cell, so the
broken piece fills its line up to the cell's edge: "Khen thưởn" / "g năm 2022". The reader joins
the next line's first word to such a piece when it cannot stand alone as a syllable or the two
make one; a word that merely ends at the edge keeps its space. Checked on synthetic lines and on
a real DOCX with a narrow-columned table rendered by LibreOffice (only the setup's fonts).
"""

from __future__ import annotations


import docx
from docx.shared import Cm, Pt

import extract_fixtures as fx
from tdkt.extractors import Limits
from tdkt.extractors.pdf_layout import Word, join_cell_lines
from tdkt.extractors.pdf_reader import _cut_label, _cut_words, read_pdf

RIGHT = 100.0


def _line(text: str, x1: float, x0: float = 60.0) -> list[Word]:
    return [Word(text=text, x0=x0, x1=x1, top=0, bottom=10)]


def test_a_piece_filling_its_line_joins_the_rest_of_its_word():
    assert join_cell_lines([_line("Khen", 80), _line("thưởn", 94), _line("g năm", 80), _line("2022", 80)], RIGHT) \
        == "Khen thưởng năm 2022"
    assert join_cell_lines([_line("Khuy", 95), _line("ến học", 90)], RIGHT) == "Khuyến học"
    assert join_cell_lines([_line("GDN", 95), _line("N - GDTX", 95)], RIGHT) == "GDNN - GDTX"  # no syllable either side
    assert join_cell_lines([_line("trưởng", 95), _line("; khen", 80)], RIGHT) == "trưởng; khen"


def test_a_whole_word_at_the_edge_keeps_its_space():
    assert join_cell_lines([_line("Khen", 95), _line("thưởng", 95)], RIGHT) == "Khen thưởng"  # two syllables
    assert join_cell_lines([_line("năm", 95), _line("2022", 80)], RIGHT) == "năm 2022"
    assert join_cell_lines([_line("Cơ quan UB", 95), _line("MTTQVN huyện", 95)], RIGHT) == "Cơ quan UB MTTQVN huyện"
    assert join_cell_lines([_line("thưởn", 70), _line("g", 70)], RIGHT) == "thưởn g"  # far from the edge: not cut


def test_a_date_cut_at_the_edge_is_one_date_again():
    assert join_cell_lines([_line("ngày", 80), _line("14/11/201", 95), _line("9", 70)], RIGHT) == "ngày 14/11/2019"
    assert join_cell_lines([_line("5.3.20", 96), _line("24;", 70)], RIGHT) == "5.3.2024;"
    # a whole date at the edge, then a count: two words
    assert join_cell_lines([_line("14/11/2019", 95), _line("3 tập thể", 90)], RIGHT) == "14/11/2019 3 tập thể"
    # numbers that make no date together keep their space
    assert join_cell_lines([_line("tổng 12", 95), _line("3", 70)], RIGHT) == "tổng 12 3"
    assert join_cell_lines([_line("1/202", 95), _line("3", 70)], RIGHT) == "1/202 3"
    assert join_cell_lines([_line("14/11/201", 70), _line("9", 70)], RIGHT) == "14/11/201 9"  # far from the edge


def test_row_cut_after_its_label_joins_only_after_a_full_row():
    assert _cut_label(["UBND tỉnh", "", "", ""], ["Bằng khen Chủ tịch", "-", "01", "-"])
    assert not _cut_label(["II. Khen thưởng đột xuất", "", "", ""], ["Giấy khen", "1", "2", "3"])
    assert not _cut_label(["Ghi chú", "", "", ""], ["Giấy khen", "", "2", "3"])  # the row before had blanks


def test_row_cut_after_its_label_joins_a_row_whose_only_blank_is_its_last_column():
    # a per-unit table whose notes column is empty for the row the page break cut ("Tây" / "Hòa")
    assert _cut_label(["Hòa", "", "", "", ""], ["Tây", "02", "11", "04", ""])
    assert not _cut_label(["Hòa", "", "", "", "x"], ["Tây", "02", "11", "04", ""])  # a note of its own: a row
    assert not _cut_label(["Hòa", "", "", "", ""], ["Tây", "02", "", "04", ""])  # a blank count before: a row
    assert not _cut_label(["3. Hòa", "", "", "", ""], ["Tây", "02", "11", "04", ""])  # numbered: a row


def test_a_numbered_row_after_a_page_break_is_a_row_of_its_own():
    # the rest of a cut row may open with a number ("Cùng kỳ năm" / "2022"), but not with a row's
    # own numbering: a section row "2. Công tác ..." at the top of the page is the next row
    above = ["1. Tuyên truyền, phổ biến các văn bản của", "Tổ chức hội nghị", "Đạt", ""]
    assert _cut_words(["2022", "", "", ""], ["Cùng kỳ năm", "x", "y", ""])
    assert not _cut_words(["2. Công tác kiểm tra, giám sát", "", "", ""], above)
    assert not _cut_words(["b) Đoàn viên thanh niên", "", "", ""], above)
    assert _cut_words(["cấp trên", "", "", ""], above)  # the label's own words go on


def test_libreoffice_narrow_cells_read_as_the_docx_says(tmp_path):
    labels = ["Khen thưởng chuyên đề, đột xuất", "Trung tâm GDNN - GDTX", "Hội Khuyến học huyện",
              "Chiến sĩ thi đua cơ sở"]
    document = docx.Document()
    table = document.add_table(rows=len(labels) + 1, cols=4)
    table.style = "Table Grid"
    table.autofit = False
    for k, column in enumerate(table.columns):
        column.width = Cm(1.3 if k == 0 else 2.0)
    for row, label in zip(table.rows, ["Nội dung"] + labels):
        for k, cell in enumerate(row.cells):
            cell.text = label if k == 0 else ("Số" if label == "Nội dung" else str(k))
            cell.width = Cm(1.3 if k == 0 else 2.0)
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(13)
                run.font.name = "Times New Roman"
    source = document.save(tmp_path / "hep.docx") or tmp_path / "hep.docx"
    pdf = fx.soffice_convert(source, tmp_path)
    read = read_pdf(pdf, Limits())
    cells = [row[0] for b in read.blocks if b.kind == "table" for row in b.rows]
    broken = [c for c in cells if any(w in c for w in ("thưởn g", "Khuy ến", "GDN N"))]
    assert cells[1:] == labels, cells
    assert not broken
