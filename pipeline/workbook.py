"""Write the compliance tables (pipeline/table.py) as a styled .xlsx for the district office.

Six sheets, each with a header area (title, rules file, run time, legend) above a table
whose header row and unit column are frozen, with autofilter, widths, wrapping and print
setup (A4 landscape, one page wide, header row repeated). Written with XlsxWriter in
constant_memory mode: each row streams to a temporary file as soon as the next one starts, with
one shared Format per look and the Chi tiết comments (2,000 units: ~2 s, was ~7 s with openpyxl's
write-only mode). Every string is written as a string, never as a formula.
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
    """The .xlsx file as bytes. `write_only=False` (every row kept in memory until the end) and
    `comments=False` exist for bench/workbook.py."""
    import tempfile

    import xlsxwriter

    buf = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="tdkt-xlsx-") as tmp:
        # constant_memory: each row goes to a temporary file once the next row starts (inline
        # strings, no shared-string table), so memory stays flat with thousands of units.
        wb = xlsxwriter.Workbook(buf, {"constant_memory": write_only, "tmpdir": tmp,
                                       "strings_to_formulas": False, "strings_to_urls": False,
                                       "strings_to_numbers": False})
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
                         header_height=88 if key == "detail" else (45 if key == "figures" else 32),
                         bold_blank_stt=key == "figures", chips=key in ("summary", "detail"))
        wb.close()
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
                 bold_blank_stt, chips) -> None:
    ws = wb.add_worksheet(title)
    columns = list(frame.columns)
    ncols, nrows = len(columns), len(frame)
    kinds = [spec.get(c, Col(14, "wrap")).kind for c in columns]
    first = HEADER_ROW - 1  # 0-based row of the table header

    for i, c in enumerate(columns):
        ws.set_column(i, i, spec.get(c, Col(14)).width)
    ws.freeze_panes(first + 1, 2)
    ws.autofilter(first, 0, first + max(nrows, 1), ncols - 1)
    ws.repeat_rows(first)
    _print_setup(ws, title)

    def put(r: int, c: int, value, fmt) -> None:
        if value is None:
            ws.write_blank(r, c, None, fmt)
        elif isinstance(value, str):
            ws.write_string(r, c, cell_text(value), fmt)  # text from a report is never a formula
        elif isinstance(value, bool):
            ws.write_boolean(r, c, value, fmt)
        elif isinstance(value, (dt.date, dt.datetime)):
            ws.write_datetime(r, c, value, fmt)
        else:
            ws.write_number(r, c, value, fmt)

    put(0, 0, heading, styles.title)
    put(1, 0, meta, styles.meta)
    if chips:
        marks = list(MARK_FILL) if title == "Chi tiết" else list(CHIPS)
        words = {MARKS["present"]: "✓ Có", MARKS["partial"]: "◐ Chưa đầy đủ", MARKS["missing"]: "✗ Không có"}
        for j, m in enumerate(marks, start=1):
            put(2, j, words.get(m, m), styles.fill(m, mark=m in MARK_FILL))
        put(3, 0, legend, styles.legend)
    else:
        put(2, 0, legend, styles.meta)
    ws.set_row(first, header_height)
    for j, h in enumerate(headers):
        put(first, j, h, styles.header)

    templates = [styles.body(k) for k in kinds]
    # (column, characters per wrapped line) of the columns whose text wraps
    wrap_cols = [(j, max(1, int(spec.get(c, Col(14)).width * 1.4))) for j, c in enumerate(columns)
                 if kinds[j] in ("wrap", "status")]
    filled = [kinds[j] in ("mark", "status") for j in range(ncols)]
    note_rows = notes.itertuples(index=False, name=None) if notes is not None else None
    first_note = ncols - notes.shape[1] if notes is not None else ncols
    write_string = ws.write_string  # the bulk of the cells: one call each, no type dispatch
    for r, row in enumerate(_python_rows(frame), start=first + 1):
        # Neither LibreOffice nor every Excel re-fits wrapped rows on open: give each row its height.
        lines = 1
        for j, per_line in wrap_cols:
            v = row[j]
            if isinstance(v, str) and (len(v) > per_line or "\n" in v):
                lines = max(lines, _wrapped_lines(v, per_line))
        if lines > 1:
            ws.set_row(r, min(409, 12.5 * lines + 3))
        bold = bold_blank_stt and row[0] is None
        note_row = next(note_rows) if note_rows is not None else ()
        for j, value in enumerate(row):
            if filled[j] and value in styles.fills:
                fmt = styles.fill(value, mark=kinds[j] == "mark")
            else:
                fmt = styles.total(kinds[j]) if bold else templates[j]
            if isinstance(value, str):
                write_string(r, j, cell_text(value), fmt)  # text from a report is never a formula
            else:
                put(r, j, value, fmt)
            if j >= first_note and note_row[j - first_note]:
                ws.write_comment(r, j, cell_text(note_row[j - first_note]),
                                 {"author": COMMENT_AUTHOR, "x_scale": 320 / 128, "y_scale": 110 / 74})
    if nrows == 0:  # say so, rather than leave the clerk wondering whether the sheet failed
        put(first + 1, 1, "(không có)", styles.meta)


def _python_rows(frame):
    """Rows of plain Python values, None for every kind of missing (NaN, NA, NaT)."""
    plain = frame.astype(object)
    plain = plain.where(plain.notna(), None)
    for row in plain.itertuples(index=False, name=None):
        yield tuple(v.item() if hasattr(v, "item") and not isinstance(v, (str, dt.date)) else v for v in row)


def _print_setup(ws, title: str) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # one page wide, as many pages down as needed
    ws.set_margins(left=0.4, right=0.4, top=0.8, bottom=0.8)  # room for the page header and footer
    ws.hide_gridlines(0)  # not printed; shown on screen
    safe = title.replace("&", "&&")
    ws.set_header(f"&C{safe}", {"margin": 0.3})
    ws.set_footer("&CTrang &P/&N", {"margin": 0.3})


def _lines(value, width: float) -> int:
    """Estimated wrapped lines of a text in a column `width` characters wide (Arial 10)."""
    if not isinstance(value, str) or not value:
        return 1
    return _wrapped_lines(value, max(1, int(width * 1.4)))


def _wrapped_lines(value: str, per_line: int) -> int:
    return sum(-(-len(part) // per_line) or 1 for part in value.split("\n"))


class _Styles:
    """One XlsxWriter Format per look, made once and shared by every cell of that look."""

    def __init__(self, wb):
        self._wb = wb
        thin = {"border": 1, "border_color": "#BFBFBF"}
        self._thin = thin
        self.fills = {**MARK_FILL, **STATUS_FILL}
        self.title = wb.add_format({"font_name": FONT, "font_size": 13, "bold": True, "font_color": "#1F4E78"})
        self.meta = wb.add_format({"font_name": FONT, "font_size": 9, "italic": True, "font_color": "#595959"})
        self.legend = wb.add_format({"font_name": FONT, "font_size": 9, "font_color": "#404040"})
        self.header = wb.add_format({"font_name": FONT, "font_size": 10, "bold": True, "font_color": "#FFFFFF",
                                     "pattern": 1, "bg_color": "#1F4E78", "text_wrap": True, "align": "center",
                                     "valign": "vcenter", **thin})
        self._body: dict[str, object] = {}
        self._total: dict[str, object] = {}
        self._fill: dict[tuple, object] = {}

    def _args(self, kind: str) -> dict:
        fmt = {"date": "DD/MM/YYYY", "datetime": "DD/MM/YYYY HH:MM", "int": "0", "num": "#,##0", "ratio": "0.0"}.get(kind)
        args = {"valign": "top", **self._thin}
        if kind in ("wrap", "status"):
            args["text_wrap"] = True
        if kind in ("center", "mark", "status", "date", "datetime", "int"):
            args["align"] = "center"
        if fmt:
            args["num_format"] = fmt
        return args

    def body(self, kind: str):
        if kind not in self._body:
            self._body[kind] = self._wb.add_format({"font_name": FONT, "font_size": 10, **self._args(kind)})
        return self._body[kind]

    def total(self, kind: str):
        if kind not in self._total:
            self._total[kind] = self._wb.add_format({"font_name": FONT, "font_size": 10, "bold": True, "pattern": 1,
                                                     "bg_color": "#DDEBF7", **self._args(kind)})
        return self._total[kind]

    def fill(self, value: str, mark: bool = False):
        key = (value, mark)
        if key not in self._fill:
            kind = "mark" if mark else "status"
            self._fill[key] = self._wb.add_format({"font_name": MARK_FONT if mark else FONT,
                                                   "font_size": 11 if mark else 10, "pattern": 1,
                                                   "bg_color": "#" + self.fills[value], **self._args(kind)})
        return self._fill[key]
