"""Narrow PDF table cells: words LibreOffice wrapped letter-group by letter-group read whole, and a
header row the page break cut in two read as one row (extractors/pdf_cell_wrap.py).

In a cell two or three letters wide nearly every line is a piece of a word; whole short words at
a line's end look the same. A break is read inside a word only where the line holds one word
that, with the next glyph, would not fit the cell, and then only when the pieces make a word
(a syllable with Vietnamese spelling, a number, an acronym). Checked on drawn lines with made-up
geometry, and on a DOCX with such a table rendered by the real LibreOffice (only the setup's
fonts), its cells compared with the DOCX's own.
"""

from __future__ import annotations

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

import extract_fixtures as fx
from tdkt.extractors import Limits
from tdkt.extractors.docx_reader import read_docx
from tdkt.extractors.pdf_cell_wrap import CellLines, Piece, cell_text, is_word, row_cut_by_page, spelled
from tdkt.extractors.pdf_layout import Word, join_cell_lines
from tdkt.extractors.pdf_reader import read_pdf

SIZE = 13.0
EM = 0.5 * SIZE  # every made-up glyph is this wide
# The cell takes two glyphs with room for no third: a two-glyph line is full, a one-glyph line
# had room left (its next glyph would have fitted, so the line ended its word).
INNER = 3 * EM - 1


def _cell(*lines: str, inner: float = INNER, left: float = 100.0) -> CellLines:
    drawn = []
    for line in lines:
        x, pieces = left, []
        for word in line.split():
            pieces.append(Piece(word, x, x + EM * len(word), SIZE))
            x += EM * (len(word) + 0.5)
        drawn.append(pieces)
    return CellLines(drawn, inner)


def test_pieces_of_words_are_joined_and_whole_words_kept_apart():
    # "n" + "h" would have fitted: "n" ended its word, though "n" + "họ" + "c" spells "nhọc"
    assert cell_text(_cell("Ti", "n", "họ", "c")) == "Tin học"
    assert cell_text(_cell("Kh", "ởi", "sắ", "c")) == "Khởi sắc"
    assert cell_text(_cell("Qu", "yế", "t", "tâ", "m")) == "Quyết tâm"
    assert cell_text(_cell("mù", "a", "mư", "a")) == "mùa mưa"  # fewest words: "mùa", not "mù a"
    assert cell_text(_cell("SÁ", "NG", "TẠ", "O")) == "SÁNG TẠO"


def test_spelling_decides_between_two_syllable_readings():
    # every line full: "độ nghuế" would be two syllables too, but "ngh" goes only before i, e, ê
    assert cell_text(_cell("độ", "ng", "hu", "ế", inner=2 * EM + 0.5)) == "động huế"
    assert spelled("nghe") and spelled("nghĩ") and spelled("quản") and spelled("quen") and spelled("giếng")
    assert not spelled("nghuế") and not spelled("ghà") and not spelled("kô") and not spelled("ci")


def test_numbers_and_acronyms_continue():
    assert cell_text(_cell("4.7", "50")) == "4.750"
    assert cell_text(_cell("19", "45")) == "1945"
    assert cell_text(_cell("HĐ", "ND", "xã")) == "HĐND xã"
    assert cell_text(_cell("TĐ", "KT", "nă", "m", "19", "98")) == "TĐKT năm 1998"


def test_what_makes_no_word_is_not_joined():
    full4 = 4 * EM + 1  # four glyphs fit, a fifth does not
    assert cell_text(_cell("KHEN", "THƯỞNG", inner=full4)) == "KHEN THƯỞNG"  # shaped vowels: no acronym
    assert cell_text(_cell("CHUNG", "TAY", inner=full4)) == "CHUNG TAY"  # a syllable is no acronym's piece
    assert cell_text(_cell("ấp", "19")) == "ấp 19"  # letters run into digits: two words
    assert not is_word(["nă", "m20"]) and not is_word(["ký,", "gia"])
    assert not is_word(["1/202", "3"])  # no whole date: a fraction's cut is not told from two
    assert is_word(["14/11/201", "9"]) and is_word(["3.0", "00"]) and is_word(["(tr.đ/ngư", "ời/tháng)"])
    assert not is_word(["ng"]) and not is_word(["m"]) and is_word(["C,"]) and is_word(["F0"])


def test_a_line_with_room_left_ended_its_word():
    assert cell_text(_cell("Hà", "nh", "Ki", "m", inner=8 * EM)) == "Hà nh Ki m"
    # the old entry point (a cell's right edge, the lines' own left) goes the same way
    words = [[Word(text="Kh", x0=60, x1=60 + 2 * EM, top=0, bottom=SIZE * 1.1, size=SIZE)],
             [Word(text="ối", x0=60, x1=60 + 2 * EM, top=20, bottom=20 + SIZE * 1.1, size=SIZE)]]
    assert join_cell_lines(words, 60 + 2.5 * EM + 4.0) == "Khối"
    assert join_cell_lines(words, 60 + 6 * EM + 4.0) == "Kh ối"


def test_a_row_cut_inside_its_words_by_the_page_is_its_rows_rest():
    above = [_cell("ST"), _cell("Ti", "n"), _cell("Ng", "uy")]
    # "Tin" / "học" and "Nguy" / "Hà": whole words either side, a new row may start so
    assert not row_cut_by_page(above, [None, _cell("họ", "c"), _cell("Hà")])
    # "Nguy" + "ễn": the page cut a word
    assert row_cut_by_page(above, [None, _cell("họ", "c"), _cell("ễn")])
    assert not row_cut_by_page(above, [_cell("2"), _cell("Ki", "m"), _cell("x")])  # the next row
    # a cell above with room left on its last line ended its text there
    assert not row_cut_by_page([None, _cell("Ti", "n"), _cell("Ng", "uy", inner=10 * EM)],
                               [None, _cell("họ", "c"), _cell("ễn")])
    # a filled cell under an empty one is a new row's
    assert not row_cut_by_page([None, _cell("Ti", "n"), _cell("Ng", "uy")], [_cell("ng"), None, _cell("ễn")])


HEADER = ["STT", "Tên cơ quan", "Số hộ được hỗ trợ vay vốn", "Kinh phí vận động (nghìn đồng)",
          "Tập thể LĐXS năm 2021", "Phát động hưởng ứng", "Nhà nhân ái bàn giao", "Ghi chú"]
ROWS = [["1", "Phòng Nội vụ", "14", "4.750", "x", "x", "02", ""],
        ["2", "Trường Mầm non Hoa Sen", "9", "1.968", "x", "", "01", "HĐND"],
        ["3", "Đội Thuế liên xã", "", "215", "", "x", "", "Tin học"]]
FILLS = (37, 38, 39, 40)  # lines of text before each table: its header row starts lower each time


def _report(path):
    document = docx.Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21)
    section.top_margin = section.bottom_margin = section.left_margin = section.right_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(13)
    normal.paragraph_format.space_after = Pt(0)
    for k, fill in enumerate(FILLS):
        if k:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for line in range(fill):
            document.add_paragraph(f"Đoạn {k + 1}, dòng thứ {line + 1} của phần trình bày.")
        table = document.add_table(rows=len(ROWS) + 1, cols=len(HEADER))
        table.style, table.autofit = "Table Grid", False
        for c, column in enumerate(table.columns):
            column.width = Cm(1.3 if c == 1 else 1.07)
        for r, cells in enumerate([HEADER] + ROWS):
            for c, text in enumerate(cells):
                cell = table.rows[r].cells[c]
                cell.width = Cm(1.3 if c == 1 else 1.07)
                cell.text = text
                for run in cell.paragraphs[0].runs:
                    run.font.bold = r == 0
    document.save(path)
    return path


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cellwrap")
    source = _report(tmp / "hep-cot.docx")
    return source, fx.soffice_convert(source, tmp)


def test_libreoffice_narrow_table_reads_as_its_docx(rendered):
    source, pdf = rendered
    want = [b.rows for b in read_docx(source, Limits()).blocks if b.kind == "table"]
    got = [b.rows for b in read_pdf(pdf, Limits()).blocks if b.kind == "table"]
    assert want == [[HEADER] + ROWS] * len(FILLS)
    assert got == want


def test_the_header_row_is_cut_by_a_page_break_in_the_rendering(rendered):
    # the class under test is there: each table's header row starts at a page's foot, some of
    # its lines on that page and the rest on the next (pdfplumber's text, line by line)
    import pdfplumber

    with pdfplumber.open(str(rendered[1])) as pdf:
        pages = [(page.extract_text() or "").splitlines() for page in pdf.pages]
    cut = [k for k, (lines, following) in enumerate(zip(pages, pages[1:]))
           if lines and lines[0].startswith("Đoạn") and lines[-1].split()[:1] != ["Đoạn"]
           and following and not following[0].startswith(("1 ", "Đoạn"))]
    assert len(cut) == len(FILLS), pages
