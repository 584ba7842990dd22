"""Joins a PDF's layout must make whatever the producer's fonts and pagination: each class the
producer matrix exposed (tests/test_producer_matrix.py), stated here in other words and other
places, so that the rule is general and not fitted to the three matrix samples.

- a header date line wrapped by a wide font after any of its date words joins its next line;
- a paragraph that runs over a page break is one paragraph (page headers/numbers skipped);
- bold comes from the font name when the name says it, from the weight only when it separates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.metadata.read import read_metadata


# ----------------------------------------------------------------------------- wrapped header date
def _header_doc(right_lines: list[str]) -> Document:
    left = ["UBND HUYỆN HOÀI ÂN", "PHÒNG VĂN HÓA", "Số: 18/BC-VHTT"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", *right_lines]
    body = ["BÁO CÁO", "Kết quả thi đua, khen thưởng 6 tháng đầu năm 2024",
            "Phòng đã phát động phong trào thi đua theo Kế hoạch số 4/KH-VHTT ngày 10 tháng 02 năm 2024.",
            "Nơi nhận:", "- Lưu: VT.", "TRƯỞNG PHÒNG", "Lê Thị Hạnh"]
    blocks = [Block(kind="paragraph", text=t, where=Where(page=1, line=i + 1), region="header-left")
              for i, t in enumerate(left)]
    blocks += [Block(kind="paragraph", text=t, where=Where(page=1, line=i + 1), region="header-right")
               for i, t in enumerate(right)]
    blocks += [Block(kind="paragraph", text=t, where=Where(page=1, line=10 + i)) for i, t in enumerate(body)]
    return Document(format="pdf", blocks=blocks)


@pytest.mark.parametrize("lines", [
    ["Hoài Ân, ngày 3 tháng 7 năm", "2024"],           # wrapped after "năm"
    ["Hoài Ân, ngày 3 tháng 7", "năm 2024"],           # after the month
    ["Hoài Ân, ngày 3 tháng", "7 năm 2024"],           # after "tháng"
    ["Hoài Ân, ngày 3", "tháng 7 năm 2024"],           # after the day
    ["Hoài Ân,", "ngày 3 tháng 7 năm 2024"],           # after the place (as before)
], ids=["after-nam", "after-month", "after-thang", "after-day", "after-place"])
def test_header_date_wrapped_anywhere_joins(lines):
    meta = read_metadata(_header_doc(lines))
    assert meta.items["F3"].status == "present", meta.items["F3"].note
    assert meta.date == dt.date(2024, 7, 3) and meta.info.place == "Hoài Ân"


def test_wrapped_date_with_blank_day_keeps_its_year():
    meta = read_metadata(_header_doc(["Hoài Ân, ngày ... tháng 7 năm", "2024"]))
    assert meta.items["F3"].status == "partial"
    assert meta.date_partial == (None, 7, 2024)


def test_date_line_with_blank_year_is_not_joined_to_an_unrelated_line():
    # The year left blank on purpose, then the left column's number: nothing to join.
    meta = read_metadata(_header_doc(["Hoài Ân, ngày 3 tháng 7 năm", "Kính gửi: UBND huyện"]))
    assert meta.items["F3"].status == "partial"
    assert meta.date_partial == (3, 7, None)


def test_a_line_on_the_other_side_does_not_complete_the_date():
    doc = _header_doc(["Hoài Ân, ngày 3 tháng 7 năm"])
    # a year-like line in the LEFT column (e.g. a department's founding year) stays there
    doc.blocks.insert(3, Block(kind="paragraph", text="2024", where=Where(page=1, line=4), region="header-left"))
    meta = read_metadata(doc)
    assert meta.date is None and meta.date_partial == (3, 7, None)


# ----------------------------------------------------------------------------- page breaks
from tdkt.extractors import pdf_layout  # noqa: E402

LEFT, RIGHT, INDENT, SIZE = 72.0, 520.0, 100.0, 12.0


def _line(text: str, top: float, *, x0: float = LEFT, full: bool = True, bold: bool = False) -> list[pdf_layout.Word]:
    """One line's words; a full line is stretched to the right margin, as justified text is."""
    words = text.split()
    widths = [0.45 * SIZE * len(w) for w in words]
    natural = sum(widths) + 0.25 * SIZE * (len(words) - 1)
    gap = 0.25 * SIZE + ((RIGHT - x0 - natural) / max(1, len(words) - 1) if full else 0.0)
    out, x = [], x0
    for word, width in zip(words, widths):
        out.append(pdf_layout.Word(word, x, x + width, top, top + SIZE * 1.1, bold=bold, italic=False, size=SIZE))
        x += width + gap
    return out


def _page(number: int, lines: list[list[pdf_layout.Word]], tables: list[float] = ()) -> pdf_layout.PageLines:
    page = pdf_layout.PageLines(page=number, width=595.0)
    page.rows = pdf_layout.group_rows([w for line in lines for w in line], number)
    for top in tables:
        page.extras.append((top, Block(kind="table", text="", rows=[["a", "b"]], where=Where(page=number, table=1))))
    return page


def _read(pages: list[pdf_layout.PageLines]) -> list[str]:
    blocks = {page.page: pdf_layout.page_blocks(page) for page in pages}
    pdf_layout.join_page_breaks(pages, blocks)
    return [b.text for number in sorted(blocks) for b in blocks[number] if b.kind != "table"]


def _two_pages(tail: list[list[pdf_layout.Word]], head: list[list[pdf_layout.Word]], **kw) -> list[str]:
    # each page also holds a paragraph of its own (a full first line, a short last line), so
    # that its margins show
    first = [_line("Hội Cựu chiến binh đã tổ chức các hoạt động kỷ niệm ngày thành lập Hội", 640, x0=INDENT),
             _line("với nhiều hình thức phong phú.", 660, full=False), *tail]
    below = head[-1][0].top + 40
    second = [*head, _line("Các chi hội thôn tiếp tục duy trì nền nếp sinh hoạt định kỳ hằng tháng,", below, x0=INDENT),
              _line("đúng điều lệ.", below + 20, full=False)]
    return _read([_page(1, first, kw.get("tables1", ())), _page(2, second, kw.get("tables2", ()))])


def test_paragraph_cut_by_a_page_break_is_one_paragraph():
    texts = _two_pages(
        [_line("Trong sáu tháng, Hội đã vận động hội viên đóng góp xây dựng nhà tình nghĩa cho", 720, x0=INDENT),
         _line("các gia đình chính sách, trao tặng quà và thăm hỏi ốm đau; khen thưởng cho", 740)],
        [_line("11 tập thể và 27 hội viên có thành tích xuất sắc trong phong trào thi đua.", 60, full=False)])
    assert ("Trong sáu tháng, Hội đã vận động hội viên đóng góp xây dựng nhà tình nghĩa cho các gia đình "
            "chính sách, trao tặng quà và thăm hỏi ốm đau; khen thưởng cho 11 tập thể và 27 hội viên có thành "
            "tích xuất sắc trong phong trào thi đua.") in texts
    assert len(texts) == 3


def test_page_numbers_and_running_headers_between_the_parts_are_skipped():
    first = [_line("BCH Quân sự huyện", 30, x0=240, full=False),
             _line("Ban Chỉ huy Quân sự huyện đã phối hợp với các xã tổ chức huấn luyện dân quân", 700, x0=INDENT),
             _line("tự vệ năm 2024 bảo đảm quân số, thời gian, nội dung theo kế hoạch được", 720),
             _line("- 1 -", 815, x0=290, full=False)]
    second = [_line("BCH Quân sự huyện", 30, x0=240, full=False),
              _line("giao; tỷ lệ đạt khá, giỏi trên 85%.", 60, full=False),
              _line("Trang 2", 815, x0=280, full=False)]
    texts = _read([_page(1, first), _page(2, second)])
    assert ("Ban Chỉ huy Quân sự huyện đã phối hợp với các xã tổ chức huấn luyện dân quân tự vệ năm 2024 bảo "
            "đảm quân số, thời gian, nội dung theo kế hoạch được giao; tỷ lệ đạt khá, giỏi trên 85%.") in texts
    assert "- 1 -" in texts  # the page number stays a block of its own


def test_a_paragraph_over_three_pages_is_one_paragraph():
    p1 = [_line("Thực hiện Kế hoạch của Ủy ban nhân dân huyện, Phòng Tài nguyên đã rà soát toàn bộ", 740, x0=INDENT)]
    p2 = [_line("hồ sơ đất đai tồn đọng, phân loại theo từng xã, thị trấn và đề xuất hướng xử lý", 60 + 20 * k)
          for k in range(3)]
    p3 = [_line("cho từng trường hợp cụ thể.", 60, full=False)]
    texts = _read([_page(1, p1), _page(2, p2), _page(3, p3)])
    assert len(texts) == 1 and texts[0].startswith("Thực hiện Kế hoạch") and texts[0].endswith("cụ thể.")


@pytest.mark.parametrize("tail,head", [
    # a full stop, then a capital: a new paragraph that happens to start on the next page
    ("Công tác tuyên truyền được đẩy mạnh trên hệ thống loa truyền thanh của các thôn.",
     "Phong trào xây dựng gia đình văn hóa tiếp tục được duy trì tại các khu dân cư."),
    # a list item on the next page
    ("Công tác tuyên truyền được đẩy mạnh trên hệ thống loa truyền thanh các thôn gồm",
     "- Thôn Kiên Long, thôn Kiên Thạnh và thôn Thạnh Danh tổ chức tốt hội thi."),
    # a numbered heading on the next page
    ("Công tác tuyên truyền được đẩy mạnh trên hệ thống loa truyền thanh các thôn và",
     "2. Công tác khen thưởng"),
], ids=["full-stop-capital", "list-item", "numbered-heading"])
def test_a_new_paragraph_on_the_next_page_is_not_joined(tail, head):
    texts = _two_pages([_line(tail, 740, x0=INDENT)], [_line(head, 60, full=False)])
    assert tail in texts and head in texts


def test_an_indented_first_line_on_the_next_page_is_a_new_paragraph():
    texts = _two_pages([_line("Xã đã hoàn thành chỉ tiêu tiêm chủng mở rộng cho trẻ em dưới một tuổi và", 720, x0=INDENT),
                        _line("phụ nữ mang thai đạt tỷ lệ cao nhất từ trước đến nay trong toàn huyện nhà", 740)],
                       [_line("tiếp tục rà soát các đối tượng chưa tiêm đủ mũi.", 60, x0=INDENT, full=False)])
    assert "tiếp tục rà soát các đối tượng chưa tiêm đủ mũi." in texts


def test_a_short_last_line_or_a_bold_line_is_not_continued():
    short = _two_pages([_line("a) Kết quả thực hiện phong trào thi đua", 740, x0=INDENT, full=False)],
                       [_line("trong các trường học được triển khai rộng khắp.", 60, full=False)])
    assert "a) Kết quả thực hiện phong trào thi đua" in short
    bold = _two_pages([_line("Công tác tuyên truyền được đẩy mạnh trên hệ thống loa truyền thanh các thôn và", 740,
                             x0=INDENT)],
                      [_line("khen thưởng đột xuất", 60, full=False, bold=True)])
    assert "khen thưởng đột xuất" in bold


def test_a_table_between_the_parts_keeps_them_apart():
    tail = "Kết quả bình xét danh hiệu thi đua của các đơn vị được tổng hợp trong bảng sau và"
    texts = _two_pages([_line(tail, 700, x0=INDENT)],
                       [_line("được Hội đồng thi đua thống nhất đề nghị.", 120, full=False)], tables2=[60.0])
    assert tail in texts


# A real LibreOffice PDF: a small page, a paragraph longer than a page, a page number in the footer.
_LONG = ("Năm 2024, Hội Liên hiệp Phụ nữ xã đã vận động hội viên tham gia xây dựng nông thôn mới, trồng "
         "cây xanh trên các tuyến đường liên thôn, giữ gìn vệ sinh môi trường khu dân cư, hỗ trợ phụ nữ "
         "nghèo vay vốn phát triển kinh tế gia đình với tổng dư nợ hơn 3 tỷ đồng; qua phong trào, Hội đã "
         "đề nghị khen thưởng cho 7 chi hội và 23 hội viên tiêu biểu, trong đó có những người đã gắn bó "
         "với công tác hội nhiều năm liền ở các thôn vùng sâu, vùng xa của xã, được nhân dân tin yêu, "
         "quý trọng và ghi nhận bằng nhiều hình thức khác nhau trong các đợt sơ kết, tổng kết hằng năm.")


@pytest.fixture(scope="module")
def page_break_pdf(tmp_path_factory):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    import extract_fixtures as fx

    root = tmp_path_factory.mktemp("page-break")
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(12), Cm(9)
    section.left_margin = section.right_margin = Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(1.2)
    style = d.styles["Normal"]
    style.font.name, style.font.size = "Liberation Serif", Pt(11)
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    footer._p.append(field)
    for body in ["Báo cáo kết quả công tác Hội sáu tháng đầu năm như sau.", _LONG,
                 "Hội tiếp tục phát động thi đua trong sáu tháng cuối năm."]:
        p = d.add_paragraph(body)
        p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.alignment = 3  # justify
    d.save(str(root / "break.docx"))
    return fx.soffice_convert(root / "break.docx", root)


def test_libreoffice_paragraph_over_pages_is_one_block(page_break_pdf):
    from tdkt.extractors.limits import Limits
    from tdkt.extractors.pdf_reader import read_pdf

    doc = read_pdf(page_break_pdf, Limits())
    assert doc.pages >= 2  # the long paragraph really runs over a page break
    texts = [b.text for b in doc.blocks]
    assert _LONG in texts, texts
    assert "Hội tiếp tục phát động thi đua trong sáu tháng cuối năm." in texts
    assert {"1", "2"} <= set(texts)  # page numbers stay blocks of their own


# ----------------------------------------------------------------------------- bold by name
from tdkt.extractors import pdf_chars  # noqa: E402


def _table(*fonts: tuple[str, int]) -> pdf_chars.FontTable:
    table = pdf_chars.FontTable()
    for name, weight in fonts:
        table.index(name.encode(), 0, weight)
    return table


def test_a_name_that_speaks_beats_a_made_up_weight():
    # As Ghostscript re-writes: the plain regular face weighs more than the bold one, and the
    # weights even split "cleanly" (530 | 690, 712); the family's names say which is bold.
    table = _table(("ABCDEF+DejaVuSans", 712), ("ABCDEF+DejaVuSans-Bold", 690), ("GHIJKL+NotoSerif-Regular", 530))
    assert table.page_bold({0, 1, 2}) == {0: False, 1: True, 2: False}


def test_silent_names_are_judged_by_weights_that_split_clearly():
    # A producer naming its fonts F1/F2 (no style in the name) with honest weights.
    table = _table(("F1", 400), ("F2", 700), ("Arial-BoldMT", 700))
    assert table.page_bold({0, 1, 2}) == {0: False, 1: True, 2: True}
    # Weights close together say nothing: the silent face is the family's regular one.
    close = _table(("F1", 400), ("F2", 480))
    assert close.page_bold({0, 1}) == {0: False, 1: False}


def test_weights_that_contradict_the_speaking_names_are_not_used():
    table = _table(("F1", 720), ("TimesNewRomanPS-BoldMT", 420), ("TimesNewRomanPSMT", 400))
    assert table.page_bold({0, 1, 2})[0] is False


def test_a_nameless_font_without_weight_does_not_vote():
    table = _table(("", 0), ("LiberationSans-Bold", 0))
    bold_of = table.page_bold({0, 1})
    assert bold_of[0] is None
    # "Ư" from the nameless (Type 3) font, "U" and "T" bold: the word is bold
    assert pdf_chars._vote({0: 1, 1: 2}, table.fonts, bold_of, "LiberationSans") == (True, False)


def test_fallback_letters_do_not_outvote_the_main_family():
    # "ỦY": "Ủ" drawn from a regular fallback face inside a bold word of the main family.
    table = _table(("LiberationSerif-Bold", 0), ("NotoSans-Regular", 0))
    bold_of = table.page_bold({0, 1})
    assert pdf_chars._vote({0: 1, 1: 1}, table.fonts, bold_of, "LiberationSerif")[0] is True
    # a word wholly in the fallback font votes by its own face
    assert pdf_chars._vote({1: 2}, table.fonts, bold_of, "LiberationSerif")[0] is False


_STYLED = [("II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", True, False),
           ("Hội Nông dân xã đã vận động hội viên chuyển đổi cơ cấu cây trồng, ứng dụng tiến bộ kỹ thuật "
            "vào sản xuất; tổ chức 06 lớp tập huấn cho 312 lượt hội viên.", False, False),
           ("Những tồn tại, hạn chế", True, True),
           ("Việc nhân rộng mô hình sản xuất giỏi còn chậm ở một số chi hội.", False, True),
           ("Xã Tây Xuân đề nghị Ủy ban nhân dân huyện tặng Giấy khen cho 04 hội viên.", False, False)]


@pytest.fixture(scope="module")
def styled_pdfs(tmp_path_factory):
    import shutil
    import subprocess

    import docx

    import extract_fixtures as fx

    root = tmp_path_factory.mktemp("bold")
    out = {}
    for family in ("Liberation Serif", "DejaVu Serif"):
        d = docx.Document()
        for text, bold, italic in _STYLED:
            run = d.add_paragraph().add_run(text)
            run.bold, run.italic, run.font.name = bold, italic, family
        name = family.split()[0].lower()
        d.save(str(root / f"{name}.docx"))
        out[f"lo-{name}"] = fx.soffice_convert(root / f"{name}.docx", root)
        assert shutil.which("gs"), "Ghostscript comes from scripts/setup.sh"
        out[f"gs-{name}"] = root / f"{name}.gs.pdf"
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        f"-sOutputFile={out[f'gs-{name}']}", str(out[f"lo-{name}"])], check=True, timeout=120)
    return out


@pytest.mark.parametrize("producer", ["lo-liberation", "gs-liberation", "lo-dejavu", "gs-dejavu"])
def test_bold_and_italic_read_as_written_whatever_the_producer(styled_pdfs, producer):
    from tdkt.extractors.limits import Limits
    from tdkt.extractors.pdf_reader import read_pdf

    blocks = read_pdf(styled_pdfs[producer], Limits()).blocks
    assert {b.text: b.bold for b in blocks} == {text: bold for text, bold, _ in _STYLED}
    if producer.endswith("liberation"):
        # DejaVu Serif has no italic face among the setup's fonts: LibreOffice slants the
        # regular one, and no font name says italic (not read as italic: known, left alone)
        assert {b.text: b.italic for b in blocks} == {text: italic for text, _, italic in _STYLED}
