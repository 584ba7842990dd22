"""Write the compliance tables (pipeline/table.py) as a styled .xlsx for the district office.

Six sheets, each with a header area (title, rules file, run time, legend) above a table
whose header row and unit column are frozen, with autofilter, widths, wrapping and print
setup (A4 landscape, one page wide, header row repeated). Built with openpyxl's write-only
mode: rows stream to disk-sized buffers instead of living as Cell objects, and write-only
cells still carry styles and comments. Every string is stored as text, never as a formula.
What the sheets mean is table.py's business; sanitising text is safe_cells.py's.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from tdkt.pipeline.safe_cells import cell_text
from tdkt.pipeline.table import (ITEM_STATUS_VI, MARKS, ST_CONTENT, ST_ERROR, ST_LATE, ST_MISSING, ST_OFF, ST_OK, ST_OLD, Tables,
                                 build_tables)

FONT = "Arial"  # has Vietnamese in Excel; LibreOffice substitutes the metric-twin Liberation Sans
# ✓ ◐ ✗ at a readable size: Windows has this font; elsewhere fontconfig falls back to DejaVu Sans.
# (Arial/Liberation Sans draw ◐ tiny or not at all.)
MARK_FONT = "Segoe UI Symbol"
HEADER_ROW = 5  # rows 1-4 are the header area
COMMENT_AUTHOR = "tdkt"
COMMENT_BUDGET = 15000  # comment cells before ✓ cells lose theirs (a district's run is ~1,500)
THINNED_NOTE = "Lượt này có nhiều đơn vị nên chỉ ô ◐ và ✗ có chú thích."

GREEN, YELLOW, RED, ORANGE, PURPLE, GREY = "C6EFCE", "FFEB9C", "FFC7CE", "F8CBAD", "E4DFEC", "EDEDED"
MARK_FILL = {MARKS["present"]: GREEN, MARKS["partial"]: YELLOW, MARKS["missing"]: RED}
STATUS_FILL = {ST_OK: GREEN, ST_CONTENT: YELLOW, ST_LATE: ORANGE, ST_MISSING: RED, ST_ERROR: PURPLE, ST_OLD: GREY, ST_OFF: RED,
               **{ITEM_STATUS_VI[s]: MARK_FILL[MARKS[s]] for s in MARKS}}
CHIPS = (ST_OK, ST_CONTENT, ST_LATE, ST_MISSING, ST_ERROR, ST_OLD, ST_OFF)
STATUS_HELP = (
    "Tình trạng (xét theo thứ tự): Lỗi tệp = không đọc được tệp; Đã có bản mới = bản cũ, đơn vị được xét theo "
    "bản gửi sau cùng hoặc là bản sao của văn bản đang dùng; Không đúng nội dung = văn bản nói về việc khác (gửi nhầm); Nộp muộn = quá hạn nộp; Thiếu nội dung = còn mục không có (mục chưa đầy đủ vẫn tính là đã "
    "báo cáo); Đạt = đủ mục, đúng hạn; Chưa nộp = đơn vị trong danh sách chưa gửi báo cáo."
)


@dataclass(frozen=True)
class Col:
    """How one column looks: width in characters and the kind of value it holds."""

    width: float
    kind: str = "text"  # text | wrap | center | int | num | date | datetime | mark | status


SHEETS = {
    "summary": ("Tổng hợp", {
        "STT": Col(5, "int"), "Đơn vị": Col(26, "wrap"), "Tình trạng": Col(13, "status"),
        "Loại đơn vị": Col(11, "wrap"), "Cụm/khối thi đua": Col(14, "wrap"), "Tệp": Col(18, "wrap"),
        "Số văn bản": Col(11, "wrap"), "Ngày văn bản": Col(11, "date"), "Thời điểm nhận": Col(16, "datetime"),
        "Hạn nộp": Col(11, "date"), "Thời hạn": Col(11, "wrap"), "Số ngày trễ": Col(7, "int"),
        "Số mục đã báo cáo": Col(9, "int"), "Tổng số mục": Col(7, "int"), "Mục còn thiếu": Col(30, "wrap"),
        "Mục chưa đầy đủ": Col(26, "wrap"), "Cảnh báo": Col(30, "wrap"), "Ghi chú": Col(24, "wrap")}),
    "detail": ("Chi tiết", {"STT": Col(5, "int"), "Đơn vị": Col(30, "wrap"), "Cụm/khối thi đua": Col(16, "wrap"),
                            "Tệp": Col(20, "wrap")}),
    "figures": ("Số liệu", {"STT": Col(5, "int"), "Đơn vị": Col(32, "wrap"), "Loại đơn vị": Col(14, "wrap"),
                            "Cụm/khối thi đua": Col(18, "wrap"), "Cảnh báo": Col(45, "wrap")}),
    "missing": ("Chưa nộp", {"STT": Col(5, "int"), "Đơn vị": Col(36, "wrap"), "Loại đơn vị": Col(16, "wrap"),
                             "Cụm/khối thi đua": Col(26, "wrap"), "Hạn nộp": Col(12, "date"),
                             "Số ngày quá hạn": Col(10, "int")}),
    "errors": ("Lỗi tệp", {"STT": Col(5, "int"), "Tệp": Col(34, "wrap"), "Định dạng": Col(10, "center"),
                           "Lý do": Col(50, "wrap"), "Mã lỗi": Col(14, "wrap"), "Thời điểm nhận": Col(15, "datetime"),
                           "Nơi lưu tệp": Col(34, "wrap"), "Mã tệp (SHA-256)": Col(18, "text")}),
    "evidence": ("Bằng chứng", {"STT": Col(6, "int"), "Đơn vị": Col(28, "wrap"), "Tệp": Col(18, "wrap"),
                                "Mã mục": Col(6, "center"), "Tên mục": Col(22, "wrap"), "Tình trạng": Col(12, "status"),
                                "Ghi chú": Col(30, "wrap"), "Câu bằng chứng": Col(70, "wrap"),
                                "Vị trí": Col(14, "wrap")}),
}
LEGENDS = {
    "summary": STATUS_HELP,
    "detail": "Rê chuột vào một ô để xem ghi chú và câu bằng chứng đầu tiên; trang «Bằng chứng» có đủ các câu. "
              "Mục chưa đầy đủ vẫn tính là đã báo cáo.",
    "figures": "Số liệu do đơn vị nêu trong báo cáo; ô trống = báo cáo không nêu. Dòng «Cộng» chỉ cộng các đơn vị "
               "thành viên (báo cáo của cụm/khối đã là số tổng hợp nên không cộng lại); tỷ lệ không cộng.",
    "missing": "Đơn vị có trong danh sách nhưng chưa có báo cáo đọc được. Số ngày quá hạn tính đến thời điểm lập.",
    "errors": "Tệp không đọc được; đơn vị gửi tệp này cần gửi lại. Tệp gốc không bị sửa hay xóa.",
    "evidence": "Mỗi dòng là một câu trong báo cáo làm căn cứ cho kết luận về một mục (chỉ xét bản gửi sau cùng).",
}


def write_workbook(records, ruleset, roster, out_dir: Path, run_info: dict | None = None, *,
                   tables: Tables | None = None, filename: str = "compliance.xlsx") -> Path:
    """Build (unless given) the tables and write `out_dir/filename` atomically."""
    from tdkt.pipeline.outputs import write_user_file

    tables = tables if tables is not None else build_tables(records, ruleset, roster, run_info)
    path = Path(out_dir) / filename
    write_user_file(path, workbook_bytes(tables))  # OutputLockedError when Excel holds the old copy
    return path


def workbook_bytes(tables: Tables, *, write_only: bool = True, comments: bool = True) -> bytes:
    """The .xlsx file as bytes. `write_only=False` and `comments=False` exist for bench/workbook.py."""
    from openpyxl import Workbook

    wb = Workbook(write_only=write_only)
    if not write_only:
        wb.remove(wb.active)
    styles = _Styles(wb)
    meta = _meta_line(tables)
    for key, (title, cols) in SHEETS.items():
        frame = getattr(tables, key)
        spec = dict(cols)
        if key == "detail":
            spec.update({i: Col(7.5, "mark") for i in tables.item_ids})
        if key == "figures":
            spec.update({k: Col(15, "ratio") if k in tables.ratio_keys else Col(11, "num")
                         for k in tables.figure_labels})
        headers = [_header_text(c, tables) for c in frame.columns]
        notes = _comment_notes(tables) if key == "detail" and comments else None
        legend = LEGENDS[key]
        if key == "detail" and notes is not None and notes.attrs.get("thinned"):
            legend += " " + THINNED_NOTE
        heading = f"{title.upper()} — {tables.title}" if tables.title else title.upper()
        _write_sheet(wb, styles, title, heading, frame, headers, spec, meta, legend, notes,
                     write_only_fast_rows=write_only,
                     header_height=88 if key == "detail" else (45 if key == "figures" else 32),
                     bold_blank_stt=key == "figures", chips=key in ("summary", "detail"))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _comment_notes(tables: Tables):
    """The Chi tiết comments to write. Each comment costs ~0.1 ms to write and slows Excel's
    opening (legacy VML drawings), so beyond COMMENT_BUDGET only ◐ and ✗ cells keep theirs:
    a ✓ cell's evidence is on the Bằng chứng sheet anyway."""
    notes = tables.detail_notes
    if int((notes != "").to_numpy().sum()) <= COMMENT_BUDGET:
        return notes
    marks = tables.detail[notes.columns].reset_index(drop=True)
    thinned = notes.where(marks != MARKS["present"], "")
    thinned.attrs["thinned"] = True
    return thinned


def _header_text(column: str, tables: Tables) -> str:
    if column in tables.item_labels and column in tables.item_ids:
        return f"{column}\n{tables.item_labels[column]}"
    return tables.figure_labels.get(column, column)


def _meta_line(tables: Tables) -> str:
    when = tables.run_time.strftime("%d/%m/%Y %H:%M") if tables.run_time else ""
    return f"Quy tắc: {tables.rules_file} · Lập lúc: {when} · Công cụ: tdkt"


def _write_sheet(wb, styles, title, heading, frame, headers, spec, meta, legend, notes, *, header_height,
                 bold_blank_stt, chips, write_only_fast_rows=True) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    if write_only_fast_rows:
        ws._values_to_row = _cells_as_given  # skip openpyxl's per-cell try/except; unused if renamed
    columns = list(frame.columns)
    ncols, nrows = len(columns), len(frame)
    kinds = [spec.get(c, Col(14, "wrap")).kind for c in columns]
    last = get_column_letter(ncols)

    # Everything above the rows must be set before the first append: write-only streams the sheet head.
    for i, c in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = spec.get(c, Col(14)).width
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    ws.row_dimensions[HEADER_ROW].height = header_height
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(nrows, 1)}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _print_setup(ws, title)

    def cell(value, style):
        if isinstance(value, str):
            c = WriteOnlyCell(ws, cell_text(value))
            c.data_type = "s"  # text from a report is never a formula
        else:
            c = WriteOnlyCell(ws, value)
        c._style = style  # shared and never mutated afterwards
        return c

    ws.append([cell(heading, styles.title)])
    ws.append([cell(meta, styles.meta)])
    if chips:
        marks = list(MARK_FILL) if title == "Chi tiết" else list(CHIPS)
        words = {MARKS["present"]: "✓ Có", MARKS["partial"]: "◐ Chưa đầy đủ", MARKS["missing"]: "✗ Không có"}
        ws.append([None, *[cell(words.get(m, m), styles.fill(m, mark=m in MARK_FILL)) for m in marks]])
    else:
        ws.append([cell(legend, styles.meta)])
    ws.append([cell(legend, styles.legend)] if chips else [])
    ws.append([cell(h, styles.header) for h in headers])

    templates = [styles.body(k) for k in kinds]
    wrap_cols = [(j, spec.get(c, Col(14)).width) for j, c in enumerate(columns) if kinds[j] in ("wrap", "status")]
    note_rows = notes.itertuples(index=False, name=None) if notes is not None else None
    first_note = ncols - notes.shape[1] if notes is not None else ncols
    for r, row in enumerate(_python_rows(frame)):
        # Neither LibreOffice nor every Excel re-fits wrapped rows on open: give each row its height.
        lines = max([_lines(row[j], w) for j, w in wrap_cols] or [1])
        if lines > 1:
            ws.row_dimensions[HEADER_ROW + 1 + r].height = min(409, 12.5 * lines + 3)
        bold = bold_blank_stt and row[0] is None
        note_row = next(note_rows) if note_rows is not None else ()
        out = []
        for j, value in enumerate(row):
            kind = kinds[j]
            if kind in ("mark", "status") and value in styles.fills:
                c = cell(value, styles.fill(value, mark=kind == "mark"))
            else:
                c = cell(value, styles.total(kind) if bold else templates[j])
            if j >= first_note and note_row[j - first_note]:
                c.comment = Comment(note_row[j - first_note], COMMENT_AUTHOR, height=110, width=320)
            out.append(c)
        ws.append(out)
    if nrows == 0:  # say so, rather than leave the clerk wondering whether the sheet failed
        ws.append([None, cell("(không có)", styles.meta)])


def _cells_as_given(cells, row_idx):
    """Write-only rows made only of our own Cell objects (or None): place them, nothing else."""
    for col_idx, c in enumerate(cells, 1):
        if c is not None:
            c.column, c.row = col_idx, row_idx
            yield c


def _python_rows(frame):
    """Rows of plain Python values, None for every kind of missing (NaN, NA, NaT)."""
    plain = frame.astype(object)
    plain = plain.where(plain.notna(), None)
    for row in plain.itertuples(index=False, name=None):
        yield tuple(v.item() if hasattr(v, "item") and not isinstance(v, (str, dt.date)) else v for v in row)


def _print_setup(ws, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.8  # room for the page header and footer
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.gridLines = False
    ws.oddHeader.center.text = title
    ws.oddFooter.center.text = "Trang &P/&N"


def _lines(value, width: float) -> int:
    """Estimated wrapped lines of a text in a column `width` characters wide (Arial 10)."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(1, int(width * 1.4))
    return sum(-(-len(part) // per_line) or 1 for part in value.split("\n"))


class _Styles:
    """Shared StyleArrays: one template per look, copied onto cells (far cheaper than
    assigning Font/Fill objects to every cell)."""

    def __init__(self, wb):
        from types import SimpleNamespace

        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        # Style indices live in the workbook: any object whose .parent is `wb` can register them.
        self._scratch = SimpleNamespace(parent=wb)
        self._cell, self._Font, self._Fill, self._Align = WriteOnlyCell, Font, PatternFill, Alignment
        thin = Side(style="thin", color="BFBFBF")
        self._border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.fills = {**MARK_FILL, **STATUS_FILL}
        self.title = self._make(font=Font(name=FONT, size=13, bold=True, color="1F4E78"))
        self.meta = self._make(font=Font(name=FONT, size=9, italic=True, color="595959"))
        self.legend = self._make(font=Font(name=FONT, size=9, color="404040"))
        self.header = self._make(font=Font(name=FONT, size=10, bold=True, color="FFFFFF"),
                                 fill=PatternFill("solid", fgColor="1F4E78"), border=self._border,
                                 alignment=Alignment(wrap_text=True, horizontal="center", vertical="center"))
        self._body: dict[str, object] = {}
        self._total: dict[str, object] = {}
        self._fill: dict[tuple, object] = {}

    def _make(self, font=None, fill=None, border=None, alignment=None, number_format=None):
        c = self._cell(self._scratch, None)
        if font is not None:
            c.font = font
        if fill is not None:
            c.fill = fill
        if border is not None:
            c.border = border
        if alignment is not None:
            c.alignment = alignment
        if number_format is not None:
            c.number_format = number_format
        return c._style

    def _args(self, kind: str) -> dict:
        Align = self._Align
        fmt = {"date": "DD/MM/YYYY", "datetime": "DD/MM/YYYY HH:MM", "int": "0", "num": "#,##0", "ratio": "0.0"}.get(kind)
        horizontal = "center" if kind in ("center", "mark", "status", "date", "datetime", "int") else None
        return dict(alignment=Align(wrap_text=kind in ("wrap", "status"), vertical="top", horizontal=horizontal),
                    number_format=fmt, border=self._border)

    def body(self, kind: str):
        if kind not in self._body:
            self._body[kind] = self._make(font=self._Font(name=FONT, size=10), **self._args(kind))
        return self._body[kind]

    def total(self, kind: str):
        if kind not in self._total:
            self._total[kind] = self._make(font=self._Font(name=FONT, size=10, bold=True),
                                           fill=self._Fill("solid", fgColor="DDEBF7"), **self._args(kind))
        return self._total[kind]

    def fill(self, value: str, mark: bool = False):
        key = (value, mark)
        if key not in self._fill:
            kind = "mark" if mark else "status"
            self._fill[key] = self._make(font=self._Font(name=MARK_FONT if mark else FONT, size=11 if mark else 10),
                                         fill=self._Fill("solid", fgColor=self.fills[value]), **self._args(kind))
        return self._fill[key]
