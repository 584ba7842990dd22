"""Write the compliance tables (pipeline/output/table.py) as a styled .xlsx for the district office.
The tables' rows are plain Python values, written cell by cell with XlsxWriter (no DataFrames).

Eight sheets, each with a header area (title, rules file, run time, legend; on Tổng hợp the
counts by status and the items most units lack) above a table whose header row and unit column
are frozen, with autofilter, widths, wrapping, row heights from the wrapped text, and print setup
(A4 landscape, one page wide, header row repeated). Tổng hợp, Theo cụm, khối and Chi tiết are
sized to print at >= 9 pt (column widths summed against the A4 width); Bằng chứng's print area
is a blank cell, so printing the workbook leaves its hundreds of pages out. Written with XlsxWriter,
one shared Format per look, the Chi tiết comments included: a district's workbook (up to
IN_MEMORY_ROWS table rows, ~330 units) is built in memory, no temporary files; a larger one in
constant_memory mode, each row streamed to a temporary file as soon as the next one starts, so
memory stays flat (2,000 units: ~2 s, was ~7 s with openpyxl's write-only mode). Both give the
same cells, styles and comments (bench/writers_unchanged.py). Every string is written as a
string, never as a formula.
What the sheets mean is table.py's business; sanitising text is safe_cells.py's.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from tdkt.pipeline.output.safe_cells import cell_text
from tdkt.pipeline.output.table import (ITEM_STATUS_VI, MARKS, ST_CONTENT, ST_ERROR, ST_LATE, ST_MISSING, ST_OFF, ST_OK, ST_OLD, Table,
                                 Tables, build_tables)
from tdkt.pipeline.output.overview import COMMON_SHARE
from tdkt.pipeline.output.text_fit import text_width, wrapped_lines

FONT = "Arial"  # has Vietnamese in Excel; LibreOffice substitutes the metric-twin Liberation Sans
# ✓ ◐ ✗ at a readable size: Windows has this font; elsewhere fontconfig falls back to DejaVu Sans.
# (Arial/Liberation Sans draw ◐ tiny or not at all.)
MARK_FONT = "Segoe UI Symbol"
# Characters of Arial 10 (Liberation Sans, same metrics) per unit of column width, for the big
# sheets' cheap estimate; the printed sheets measure words (text_fit.py).
CHARS_PER_WIDTH = 1.3
LINE_HEIGHT = 12.75  # points per wrapped line of 10 pt text (Excel's own row height for Arial 10)
COMMENT_AUTHOR = "tdkt"
# Table rows over all sheets up to which the workbook is built in memory (~330 units): faster
# than streaming, but memory grows with the rows (600 units, 18k rows: 1.3 s of CPU against ~1.8 s
# streamed, +80 MB peak against +30 MB; bench/workbook.py).
IN_MEMORY_ROWS = 10000
COMMENT_BUDGET = 15000  # comment cells before ✓ cells lose theirs (a district's run is ~1,500)
THINNED_NOTE = "Lượt này có nhiều đơn vị nên chỉ ô ◐ và ✗ có chú thích."

GREEN, YELLOW, RED, ORANGE, PURPLE, GREY = "C6EFCE", "FFEB9C", "FFC7CE", "F8CBAD", "E4DFEC", "EDEDED"
MARK_FILL = {MARKS["present"]: GREEN, MARKS["partial"]: YELLOW, MARKS["missing"]: RED}
STATUS_FILL = {ST_OK: GREEN, ST_CONTENT: YELLOW, ST_LATE: ORANGE, ST_MISSING: RED, ST_ERROR: PURPLE, ST_OLD: GREY, ST_OFF: RED,
               **{ITEM_STATUS_VI[s]: MARK_FILL[MARKS[s]] for s in MARKS}}
STATUS_HELP = (
    "Tình trạng (xét theo thứ tự): Lỗi tệp = không đọc được tệp; Đã có bản mới = bản cũ, đơn vị được xét theo "
    "bản gửi sau cùng hoặc là bản sao của văn bản đang dùng; Không đúng nội dung = văn bản nói về việc khác (gửi nhầm); Nộp muộn = quá hạn nộp; Thiếu nội dung = còn mục không có (mục chưa đầy đủ vẫn tính là đã "
    "báo cáo); Đạt = đủ mục, đúng hạn; Chưa nộp = đơn vị trong danh sách chưa gửi báo cáo."
)


@dataclass(frozen=True)
class Col:
    """How one column looks: width in characters and the kind of value it holds."""

    width: float
    kind: str = "text"  # text | wrap | center | int | num | ratio | pct | date | datetime | mark | status


SHEETS = {
    "overview": ("Tổng hợp", {
        # 124 width units: fitted to the A4 landscape page at ~94 %, so 10 pt prints at >= 9 pt
        "STT": Col(4, "int"), "Đơn vị": Col(17, "wrap"), "Tình trạng": Col(12, "status"),
        "Cụm/khối thi đua": Col(9, "wrap"), "Văn bản": Col(13, "wrap"), "Thời hạn": Col(9, "wrap"),
        "Số mục đã báo cáo": Col(6, "center"), "Tỷ lệ đã báo cáo": Col(6, "pct"), "Mục còn thiếu": Col(22, "wrap"),
        "Mục chưa đầy đủ": Col(10, "wrap"), "Cảnh báo, ghi chú": Col(16, "wrap")}),
    "clusters": ("Theo cụm, khối", {
        "STT": Col(4, "int"), "Cụm/khối thi đua": Col(21, "wrap"), "Số đơn vị phải nộp": Col(7, "int"),
        "Đã nộp": Col(6, "int"), "Đúng hạn": Col(6, "int"), "Nộp muộn": Col(6, "int"), "Chưa nộp": Col(6, "int"),
        "Tệp lỗi, cần gửi lại": Col(7, "int"), "Không đúng nội dung": Col(8, "int"), "Thiếu nội dung": Col(7, "int"),
        "Đạt": Col(6, "int"), "Mục thường thiếu nhất": Col(44, "wrap")}),
    "detail": ("Chi tiết", {"STT": Col(4, "int"), "Đơn vị": Col(20, "wrap"), "Tình trạng": Col(10, "status"),
                            "Cụm/khối thi đua": Col(16, "wrap"), "Tệp": Col(24, "wrap")}),
    "figures": ("Số liệu", {"STT": Col(5, "int"), "Đơn vị": Col(32, "wrap"), "Loại đơn vị": Col(14, "wrap"),
                            "Cụm/khối thi đua": Col(18, "wrap"), "Cảnh báo": Col(45, "wrap")}),
    "missing": ("Chưa nộp", {"STT": Col(5, "int"), "Đơn vị": Col(34, "wrap"), "Loại đơn vị": Col(14, "wrap"),
                             "Cụm/khối thi đua": Col(24, "wrap"), "Hạn nộp": Col(12, "date"),
                             "Tình hình": Col(16, "wrap"), "Số ngày quá hạn": Col(10, "int"), "Ghi chú": Col(30, "wrap")}),
    "versions": ("Bản cũ, bản sao", {"STT": Col(5, "int"), "Đơn vị": Col(26, "wrap"), "Tệp": Col(28, "wrap"),
                                    "Loại": Col(11, "wrap"), "Số văn bản": Col(12, "wrap"),
                                    "Ngày văn bản": Col(11, "date"), "Thời điểm nhận": Col(15, "datetime"),
                                    "Số mục đã báo cáo": Col(9, "int"), "Bản đang dùng": Col(26, "wrap"),
                                    "Lý do": Col(40, "wrap")}),
    "errors": ("Lỗi tệp", {"STT": Col(5, "int"), "Tệp": Col(30, "wrap"), "Đơn vị": Col(22, "wrap"),
                           "Định dạng": Col(14, "wrap"), "Lý do": Col(46, "wrap"), "Mã lỗi": Col(12, "wrap"),
                           "Thời điểm nhận": Col(15, "datetime"), "Nơi lưu tệp": Col(26, "wrap"),
                           "Mã tệp (SHA-256)": Col(18, "text")}),
    "evidence": ("Bằng chứng", {"STT": Col(6, "int"), "Đơn vị": Col(28, "wrap"), "Tệp": Col(18, "wrap"),
                                "Mã mục": Col(6, "center"), "Tên mục": Col(22, "wrap"), "Tình trạng": Col(12, "status"),
                                "Ghi chú": Col(30, "wrap"), "Câu bằng chứng": Col(70, "wrap"),
                                "Vị trí": Col(14, "wrap")}),
}
ITEM_WIDTH = 3.4  # a Chi tiết item column: one mark; its heading (two lines) is turned 90°
PRINTED_AFTER_ITEMS = False  # Chi tiết's cluster and file columns (after the items) are left off the page
LEGENDS = {
    "overview": STATUS_HELP,
    "clusters": "Mỗi dòng là một cụm/khối thi đua: số đơn vị phải nộp theo danh sách, đã nộp (báo cáo đúng nội dung), "
                "đúng hạn, nộp muộn, chưa nộp (kể cả đơn vị chỉ gửi tệp lỗi), và các mục nhiều đơn vị còn thiếu "
                "(số đơn vị thiếu / số đơn vị đã nộp).",
    "detail": "Rê chuột vào một ô để xem ghi chú và câu bằng chứng đầu tiên; trang «Bằng chứng» có đủ các câu. "
              "Mục chưa đầy đủ vẫn tính là đã báo cáo. Ô viền xanh, chữ nghiêng: cán bộ đã sửa (ghi chú có lý do); "
              "ô viền cam: quyết định cũ của cán bộ trên văn bản trước, cần xem lại; ô viền chấm tím: máy chưa chắc "
              "chắn (ghi chú nói vì sao), nên đọc trước. Cột mục theo thứ tự của hướng dẫn.",
    "figures": "Số liệu do đơn vị nêu trong báo cáo; ô trống = báo cáo không nêu. Dòng «Cộng» chỉ cộng các đơn vị "
               "thành viên (báo cáo của cụm/khối đã là số tổng hợp nên không cộng lại); tỷ lệ không cộng.",
    "missing": "Đơn vị có trong danh sách nhưng chưa có báo cáo đọc được. Khi kỳ báo cáo còn mở, số ngày quá hạn "
               "tính đến ngày lập bảng; khi kỳ đã kết thúc, ghi «Quá hạn» và tính đến ngày kết thúc kỳ.",
    "versions": "Các tệp không dùng để xét: bản sao của văn bản đang dùng (xét theo bản đọc được đầy đủ nhất), "
                "văn bản cũ đã có văn bản mới thay, văn bản gửi nhầm. Cột «Lý do» nói vì sao.",
    "errors": "Tệp không đọc được; đơn vị gửi tệp này cần gửi lại. Đơn vị được nhận ra từ tên tệp hoặc nội dung "
              "(nếu có). Tệp gốc không bị sửa hay xóa.",
    "evidence": "Mỗi dòng là một câu trong báo cáo làm căn cứ cho kết luận về một mục (chỉ xét bản gửi sau cùng). "
                "Trang này không in cùng bảng tính (vùng in để trống); muốn in: Bố cục trang → Vùng in → Xóa vùng in.",
}
OVERRIDE_WORDS = {"override": "Cán bộ đã sửa", "stale": "Cần xem lại", "review": "Máy chưa chắc chắn"}


def write_workbook(records, ruleset, roster, out_dir: Path, run_info: dict | None = None, *,
                   tables: Tables | None = None, filename: str = "compliance.xlsx") -> Path:
    """Build (unless given) the tables and write `out_dir/filename` atomically."""
    from tdkt.pipeline.output.outputs import write_user_file

    tables = tables if tables is not None else build_tables(records, ruleset, roster, run_info)
    path = Path(out_dir) / filename
    write_user_file(path, workbook_bytes(tables))  # OutputLockedError when Excel holds the old copy
    return path


def workbook_bytes(tables: Tables, *, write_only: bool = True, comments: bool = True) -> bytes:
    """The .xlsx file as bytes: built in memory up to IN_MEMORY_ROWS table rows, streamed above.
    `write_only=False` (XlsxWriter's normal mode: every row kept until the end, packaged through
    temporary files) and `comments=False` exist for bench/workbook.py."""
    import contextlib
    import tempfile

    import xlsxwriter

    buf = io.BytesIO()
    rows = sum(len(t) for t in (getattr(tables, key) for key in SHEETS) if t is not None)
    in_memory = write_only and rows <= IN_MEMORY_ROWS
    with (contextlib.nullcontext() if in_memory else tempfile.TemporaryDirectory(prefix="tdkt-xlsx-")) as tmp:
        # constant_memory: each row goes to a temporary file once the next row starts (inline
        # strings, no shared-string table), so memory stays flat with thousands of units. A smaller
        # workbook is built in memory instead: no temporary files to create and delete (they were
        # half of a one-file check's writing CPU); the cells, styles and comments are the same.
        options = {"in_memory": True} if in_memory else {"constant_memory": write_only, "tmpdir": tmp}
        wb = xlsxwriter.Workbook(buf, {**options, "strings_to_formulas": False, "strings_to_urls": False,
                                       "strings_to_numbers": False})
        styles = _Styles(wb)
        meta = _meta_line(tables)
        for key, (title, cols) in SHEETS.items():
            table = getattr(tables, key)
            if table is None:
                continue
            spec = dict(cols)
            if key == "detail":
                spec.update({i: Col(ITEM_WIDTH, "mark") for i in tables.item_ids})
            if key == "figures":
                spec.update({k: Col(15, "ratio") if k in tables.ratio_keys else Col(11, "num")
                             for k in tables.figure_labels})
            headers = [_header_text(c, tables) for c in table.columns]
            notes = _comment_notes(tables) if key == "detail" and comments else None
            legend = LEGENDS[key]
            if key == "detail" and notes is not None and notes.attrs.get("thinned"):
                legend += " " + THINNED_NOTE
            heading = f"{title.upper()} — {tables.title}" if tables.title else title.upper()
            top = [("title", heading), ("meta", meta)] + _top_rows(key, tables, table, legend)
            _write_sheet(wb, styles, title, table, headers, spec, top, notes,
                         flags=tables.detail_flags if key == "detail" else None,
                         header_height=_header_height(key, tables, headers, spec, list(table.columns)), bold_blank_stt=key in ("figures", "clusters"),
                         exact_wrap=key in ("overview", "clusters", "detail"), printed=key != "evidence",
                         print_columns=len(tables.item_ids) + 3 if key == "detail" else None)  # STT, unit, status
        wb.close()
    return buf.getvalue()


def _comment_notes(tables: Tables):
    """The Chi tiết comments to write. Each comment costs ~0.1 ms to write and slows Excel's
    opening (legacy VML drawings), so beyond COMMENT_BUDGET only ◐ and ✗ cells keep theirs:
    a ✓ cell's evidence is on the Bằng chứng sheet anyway."""
    notes = tables.detail_notes
    if sum(1 for row in notes.rows for text in row if text != "") <= COMMENT_BUDGET:
        return notes
    at = [tables.detail.columns.index(c) for c in notes.columns]  # each note column's mark column
    thinned = Table(notes.columns, ([text if mark_row[j] != MARKS["present"] else ""
                                     for text, j in zip(note_row, at)]
                                    for note_row, mark_row in zip(notes.rows, tables.detail.rows, strict=True)))
    thinned.attrs["thinned"] = True
    return thinned


def _header_text(column: str, tables: Tables) -> str:
    if column in tables.item_labels and column in tables.item_ids:
        return f"{column}\n{tables.item_labels[column]}"
    return tables.figure_labels.get(column, column)


def _meta_line(tables: Tables) -> str:
    when = tables.run_time.strftime("%d/%m/%Y %H:%M") if tables.run_time else ""
    return f"Quy tắc: {tables.rules_file} · Lập lúc: {when} · Công cụ: tdkt"


def _header_height(key: str, tables: Tables, headers: list[str], spec: dict, columns: list[str]) -> float:
    """The heading row's height: the tallest wrapped heading (bold: measured a size up)."""
    if key == "detail":  # item headings turned 90°: the longest label decides
        longest = max((text_width(_header_text(i, tables).split("\n")[-1], 11) for i in tables.item_ids),
                      default=60)
        return min(250, longest + 14)
    lines = max((wrapped_lines(h, spec.get(c, Col(14)).width, 11) for h, c in zip(headers, columns)), default=1)
    return max(18, LINE_HEIGHT * lines + 5)


def _top_rows(key: str, tables: Tables, table: Table, legend: str) -> list[tuple]:
    """The header area under the title and the meta line, as (kind, payload) rows."""
    if key == "overview":
        rows: list[tuple] = [("counts", list(tables.counts.items()))]
        rows.append(("note", _common_line(tables)))
        rows.append(("legend", legend))
        return rows
    if key == "detail":
        words = {MARKS["present"]: "✓ Có", MARKS["partial"]: "◐ Chưa đầy đủ", MARKS["missing"]: "✗ Không có"}
        chips = [(words[m], (m, True, "")) for m in MARK_FILL]
        chips += [(OVERRIDE_WORDS[f], (MARKS["present"], True, f)) for f in OVERRIDE_WORDS]
        return [("chips", chips), ("legend", legend)]
    return [("legend", legend)]


def _common_line(tables: Tables) -> str:
    """The items most units lack, named once for the whole table."""
    if not tables.common_missing:
        return (f"Không có mục nào thiếu ở phần lớn ({int(COMMON_SHARE * 100)}% trở lên) trong "
                f"{tables.reporting_units} đơn vị đã gửi báo cáo.")
    items = "; ".join(f"{i} {tables.item_labels.get(i, i)} ({n}/{tables.reporting_units})"
                      for i, n in tables.common_missing)
    return (f"Mục thiếu ở phần lớn đơn vị ({int(COMMON_SHARE * 100)}% trở lên trong {tables.reporting_units} đơn vị "
            f"đã gửi báo cáo), không nhắc lại đầy đủ ở từng dòng (cột «Mục còn thiếu» ghi «+ mục chung»): {items}.")


def _write_sheet(wb, styles, title, table: Table, headers, spec, top, notes, *, flags, header_height, bold_blank_stt,
                 exact_wrap, printed, print_columns) -> None:
    ws = wb.add_worksheet(title)
    columns = list(table.columns)
    ncols, nrows = len(columns), len(table)
    kinds = [spec.get(c, Col(14, "wrap")).kind for c in columns]
    widths = [spec.get(c, Col(14)).width for c in columns]
    first = len(top)  # 0-based row of the table header
    shown = print_columns or ncols  # columns on the printed page
    span = max(1, shown - 1)

    for i, c in enumerate(columns):
        ws.set_column(i, i, widths[i])
    ws.freeze_panes(first + 1, 2)
    ws.autofilter(first, 0, first + max(nrows, 1), ncols - 1)
    ws.repeat_rows(first)
    _print_setup(ws, title)
    if not printed:  # a blank cell beside the header row: printing the workbook skips this sheet
        ws.print_area(first, ncols + 1, first, ncols + 1)
    elif print_columns:
        ws.print_area(0, 0, first + max(nrows, 1), shown - 1)

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

    page_width = sum(widths[:shown]) + 0.7 * (shown - 1)  # merged cells: the columns and their gaps
    for r, (kind, payload) in enumerate(top):
        if kind in ("title", "meta"):
            style = styles.title if kind == "title" else styles.meta
            ws.merge_range(r, 0, r, span, cell_text(payload), style)
            if kind == "title":
                ws.set_row(r, 20)
        elif kind in ("legend", "note"):
            style = styles.legend if kind == "legend" else styles.note
            ws.merge_range(r, 0, r, span, cell_text(payload), style)
            ws.set_row(r, LINE_HEIGHT * wrapped_lines(payload, page_width) + 4)
        elif kind == "chips":  # a legend of coloured cells; over narrow columns each spans several
            j = 1
            for label, key in payload:
                k = j
                while k < ncols - 1 and sum(widths[j:k + 1]) < 14:
                    k += 1
                if k > j:
                    ws.merge_range(r, j, r, k, label, styles.fill(*key))
                else:
                    put(r, j, label, styles.fill(*key))
                j = k + 1
            ws.set_row(r, 16)
        elif kind == "counts":  # the status words over their unit counts, in the status columns
            put(r, 1, "Số đơn vị theo tình trạng:", styles.count_label)
            lines, j = 1, 2
            for status, n in payload:
                k = j
                while k < ncols - 1 and sum(widths[j:k + 1]) < 10:  # narrow columns: span two
                    k += 1
                text = f"{status}\n{n}"
                if k > j:
                    ws.merge_range(r, j, r, k, text, styles.count(status))
                else:
                    put(r, j, text, styles.count(status))
                lines = max(lines, wrapped_lines(text, sum(widths[j:k + 1]), 11))  # bold: a size up
                j = k + 1
            ws.set_row(r, LINE_HEIGHT * lines + 4)
    ws.set_row(first, header_height)
    for j, h in enumerate(headers):
        put(first, j, h, styles.header_rotated if kinds[j] == "mark" else styles.header)

    templates = [styles.body(k) for k in kinds]
    # (column, characters per wrapped line) of the columns whose text wraps
    wrap_cols = [(j, max(1, int(widths[j] * CHARS_PER_WIDTH))) for j in range(ncols)
                 if kinds[j] in ("wrap", "status")]
    if exact_wrap:  # the printed sheets: words measured with the font's widths (text_fit.py)
        def count_lines(v: str, per_line: int, j: int) -> int:
            return wrapped_lines(v, widths[j])
    else:  # the big sheets: by character count, cheap
        def count_lines(v: str, per_line: int, j: int) -> int:
            return _wrapped_lines(v, per_line)
    filled = [kinds[j] in ("mark", "status") for j in range(ncols)]
    note_rows = iter(notes.rows) if notes is not None else None
    flag_rows = iter(flags.rows) if flags is not None else None
    side = notes if notes is not None else flags  # per-item tables: their columns start here
    first_note = columns.index(side.columns[0]) if side is not None and len(side.columns) else ncols
    last_note = first_note + (len(side.columns) if side is not None else 0)
    write_string = ws.write_string  # the bulk of the cells: one call each, no type dispatch
    for r, row in enumerate(table.rows, start=first + 1):
        # Neither LibreOffice nor every Excel re-fits wrapped rows on open: give each row its height.
        lines = 1
        for j, per_line in wrap_cols:
            v = row[j]
            if isinstance(v, str) and (len(v) > per_line // 2 or "\n" in v):
                lines = max(lines, count_lines(v, per_line, j))
        if lines > 1:
            ws.set_row(r, min(409, LINE_HEIGHT * lines + 3))
        bold = bold_blank_stt and row[0] is None
        note_row = next(note_rows) if note_rows is not None else ()
        flag_row = next(flag_rows) if flag_rows is not None else ()
        for j, value in enumerate(row):
            if filled[j] and value in styles.fills:
                flag = flag_row[j - first_note] if flag_row and first_note <= j < last_note else ""
                fmt = styles.fill(value, kinds[j] == "mark", flag)
            else:
                fmt = styles.total(kinds[j]) if bold else templates[j]
            if isinstance(value, str):
                write_string(r, j, cell_text(value), fmt)  # text from a report is never a formula
            else:
                put(r, j, value, fmt)
            if note_row and first_note <= j < last_note and note_row[j - first_note]:
                ws.write_comment(r, j, cell_text(note_row[j - first_note]),
                                 {"author": COMMENT_AUTHOR, "x_scale": 320 / 128, "y_scale": 110 / 74})
    if nrows == 0:  # say so, rather than leave the clerk wondering whether the sheet failed
        put(first + 1, 1, "(không có)", styles.meta)
    for j, kind in enumerate(kinds):  # the share reported: red (none) → yellow → green (all)
        if kind == "pct" and nrows:
            ws.conditional_format(first + 1, j, first + nrows, j, {
                "type": "3_color_scale", "min_type": "num", "min_value": 0, "mid_type": "num", "mid_value": 0.5,
                "max_type": "num", "max_value": 1, "min_color": "#F8696B", "mid_color": "#FFEB84",
                "max_color": "#63BE7B"})


def _print_setup(ws, title: str) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # one page wide, as many pages down as needed
    ws.set_margins(left=0.25, right=0.25, top=0.7, bottom=0.7)  # room for the page header and footer
    ws.hide_gridlines(1)  # shown on screen, not printed (0 would print them too)
    safe = title.replace("&", "&&")
    ws.set_header(f"&C{safe}", {"margin": 0.3})
    ws.set_footer("&CTrang &P/&N", {"margin": 0.3})


def _lines(value, width: float) -> int:
    """Estimated wrapped lines of a text in a column `width` characters wide (Arial 10)."""
    if not isinstance(value, str) or not value:
        return 1
    return _wrapped_lines(value, max(1, int(width * CHARS_PER_WIDTH)))


def _wrapped_lines(value: str, per_line: int) -> int:
    """Lines by character count (fast: the big sheets)."""
    return sum(-(-len(part) // per_line) or 1 for part in value.split("\n"))


class _Styles:
    """One XlsxWriter Format per look, made once and shared by every cell of that look."""

    def __init__(self, wb):
        self._wb = wb
        thin = {"border": 1, "border_color": "#BFBFBF"}
        self._thin = thin
        self.fills = {**MARK_FILL, **STATUS_FILL}
        self.title = wb.add_format({"font_name": FONT, "font_size": 13, "bold": True, "font_color": "#1F4E78"})
        # 10 pt at least: the printed page is fitted to its width at ~90-95 %
        self.meta = wb.add_format({"font_name": FONT, "font_size": 10, "italic": True, "font_color": "#595959"})
        self.legend = wb.add_format({"font_name": FONT, "font_size": 10, "font_color": "#404040", "text_wrap": True,
                                     "valign": "top"})
        self.note = wb.add_format({"font_name": FONT, "font_size": 10, "bold": True, "font_color": "#9C0006",
                                   "text_wrap": True, "valign": "top", "pattern": 1, "bg_color": "#FFF2CC"})
        self.count_label = wb.add_format({"font_name": FONT, "font_size": 10, "bold": True, "valign": "vcenter",
                                          "align": "right", "text_wrap": True})
        self.header = wb.add_format({"font_name": FONT, "font_size": 10, "bold": True, "font_color": "#FFFFFF",
                                     "pattern": 1, "bg_color": "#1F4E78", "text_wrap": True, "align": "center",
                                     "valign": "vcenter", **thin})
        self.header_rotated = wb.add_format({"font_name": FONT, "font_size": 10, "bold": True, "font_color": "#FFFFFF",
                                             "pattern": 1, "bg_color": "#1F4E78", "text_wrap": True,
                                             "align": "center", "valign": "bottom", "rotation": 90, **thin})
        self._body: dict[str, object] = {}
        self._total: dict[str, object] = {}
        self._fill: dict[tuple, object] = {}
        self._count: dict[str, object] = {}

    def _args(self, kind: str) -> dict:
        fmt = {"date": "DD/MM/YYYY", "datetime": "DD/MM/YYYY HH:MM", "int": "0", "num": "#,##0", "ratio": "0.0",
               "pct": "0%"}.get(kind)
        args = {"valign": "top", **self._thin}
        if kind in ("wrap", "status"):
            args["text_wrap"] = True
        if kind in ("center", "mark", "status", "date", "datetime", "int", "pct"):
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

    def count(self, status: str):
        """A status word and its number of units, on the status colour."""
        if status not in self._count:
            self._count[status] = self._wb.add_format({
                "font_name": FONT, "font_size": 10, "bold": True, "pattern": 1, "text_wrap": True,
                "bg_color": "#" + STATUS_FILL.get(status, GREY), "align": "center", "valign": "vcenter", **self._thin})
        return self._count[status]

    def fill(self, value: str, mark: bool = False, flag: str = ""):
        """A coloured status or ✓◐✗ cell; `flag` "override" (the clerk decided: blue border,
        italic) or "stale" (a decision on an earlier document: orange border, needs a look)."""
        key = (value, mark, flag)
        if key not in self._fill:
            kind = "mark" if mark else "status"
            args = {"font_name": MARK_FONT if mark else FONT, "font_size": 11 if mark else 10, "pattern": 1,
                    "bg_color": "#" + self.fills[value], **self._args(kind)}
            if flag == "override":
                args.update({"border": 2, "border_color": "#2F5597", "italic": True, "font_color": "#1F3864"})
            elif flag == "stale":
                args.update({"border": 2, "border_color": "#ED7D31", "bold": True})
            elif flag == "review":
                args.update({"border": 4, "border_color": "#7030A0"})
            self._fill[key] = self._wb.add_format(args)
        return self._fill[key]
