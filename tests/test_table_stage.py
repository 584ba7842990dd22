"""The table stage (pipeline/table_stage.py): headers, spans, totals, breakdown rows, units,
tables cut by a page break — on blocks as readers give them and on a DOCX written by python-docx
(merged heading cells as Word stores them) read back by tdkt's own DOCX reader."""

from pathlib import Path

import docx
import pytest

from tdkt.extractors import extract
from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.table_stage import resolve_rows, resolve_tables


def _table(rows, page=1, table=1):
    return Block(kind="table", text="", rows=rows, where=Where(page=page, table=table))


def test_header_rows_spans_units_totals_and_breakdown():
    t = resolve_rows([
        ["STT", "Hình thức", "Giấy khen", "", "Tỷ lệ (%)"],
        ["", "", "Tập thể", "Cá nhân", ""],
        ["1", "Phòng Kế toán", "1", "2", "50%"],
        ["", "Trong đó:", "", "", ""],
        ["", "- Tổ thu", "0", "1", ""],
        ["2", "Phòng Kỹ thuật", "0", "3", "75%"],
        ["", "Tổng cộng", "1", "5", ""],
    ], Where(paragraph=4, table=2))
    assert len(t.header) == 2
    assert t.labels[2] == "Giấy khen Tập thể" and t.labels[3] == "Giấy khen Cá nhân"
    assert [c.unit for c in t.columns][2:] == ["col", "ind", "percent"]
    assert [r.kind for r in t.rows] == ["data", "breakdown", "breakdown", "data", "total"]
    assert t.rows[-1].where.label() == "bảng 2, hàng 7"


def test_total_words_without_tone_marks_and_cong_not_cong_tac():
    t = resolve_rows([["Đơn vị", "LĐTT"], ["Tong cong", "9"], ["Công tác dân vận", "3"], ["Cộng", "12"]], Where())
    assert [r.kind for r in t.rows] == ["total", "data", "total"]


def test_table_cut_by_a_page_break_with_a_wrapped_heading_tail():
    first = _table([["Đơn vị", "Lao động tiên tiến", "Tỷ lệ người lao động trực"]], page=2)
    second = _table([["", "", "tiếp"], ["Đội 1", "4", "80%"], ["Đội 2", "3", "75%"]], page=3)
    tables = resolve_tables(Document(blocks=[first, Block(kind="paragraph", text="2"), second]))
    joined = tables[id(first)]
    assert tables[id(second)] is None
    assert joined.labels[2] == "Tỷ lệ người lao động trực tiếp"
    assert [r.cells[0] for r in joined.rows] == ["Đội 1", "Đội 2"]
    assert joined.rows[0].where.label() == "trang 3, bảng 1, hàng 2"


def test_repeated_header_is_dropped_and_numbering_must_continue():
    head = ["TT", "Danh hiệu", "Số lượng"]
    a = _table([head, ["1", "Lao động tiên tiến", "12"]], page=1)
    b = _table([head, ["2", "Giấy khen", "4"]], page=2)
    tables = resolve_tables(Document(blocks=[a, b]))
    assert [r.cells[1] for r in tables[id(a)].rows] == ["Lao động tiên tiến", "Giấy khen"]
    # a numbered first row that restarts at 1 is another table of the same width
    c = _table([["1", "Sáng kiến", "2"]], page=3)
    tables = resolve_tables(Document(blocks=[a, c]))
    assert tables[id(c)] is not None and len(tables[id(a)].rows) == 1


def test_text_between_tables_keeps_them_apart():
    head = ["TT", "Danh hiệu", "Số lượng"]
    a = _table([head, ["1", "Lao động tiên tiến", "12"]])
    b = _table([["2", "Giấy khen", "4"]], page=2)
    para = Block(kind="paragraph", text="Kết quả khen thưởng đột xuất như sau:")
    tables = resolve_tables(Document(blocks=[a, para, b]))
    assert tables[id(b)] is not None


def test_docx_merged_heading_cell_read_back(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Kết quả khen thưởng năm 2022:")
    table = d.add_table(rows=5, cols=4)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Đơn vị"
    table.cell(0, 1).merge(table.cell(1, 1)).text = "Lao động tiên tiến"
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Giấy khen"
    table.cell(1, 2).text, table.cell(1, 3).text = "Tập thể", "Cá nhân"
    for r, row in enumerate([["Tổ Hành chính", "5", "1", "2"], ["Tổ Kỹ thuật", "4", "0", "1"],
                             ["Cộng", "9", "1", "3"]], start=2):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "bang.docx"
    d.save(path)
    document = extract(path)
    resolved = [t for t in document.resolved_tables().values() if t is not None]
    assert len(resolved) == 1
    t = resolved[0]
    assert "Giấy khen" in t.labels[2] and "Tập thể" in t.labels[2]
    assert "Giấy khen" in t.labels[3] and "Cá nhân" in t.labels[3]
    assert (t.columns[2].unit, t.columns[3].unit) == ("col", "ind")
    assert [r.kind for r in t.rows] == ["data", "data", "total"]
    assert document.resolved_tables() is document.resolved_tables()  # resolved once
    assert "_resolved_tables" not in document.to_dict()


@pytest.mark.parametrize("cells", [["", "", ""], ["", "-", ""]])
def test_a_table_of_only_a_header_is_kept(cells):
    t = resolve_rows([["Đơn vị", "LĐTT", "CSTĐCS"], cells], Where())
    assert t.labels == ["Đơn vị", "LĐTT", "CSTĐCS"]
