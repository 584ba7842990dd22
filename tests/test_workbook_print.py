"""The workbook as the clerk prints it: rendered to PDF by real LibreOffice and read back with
pdfplumber. Tổng hợp and Theo cụm, khối fit a few A4 landscape pages at >= 9 pt with no text cut
off (LibreOffice draws no line a row is too short for, so a missing word means a cut row), and
Bằng chứng is not printed."""

import datetime as dt
import math
import re
import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_fixtures import soffice_convert  # noqa: E402
from synthetic import demo_roster, demo_ruleset, synthetic_records  # noqa: E402

from tdkt.pipeline.supersede import mark_superseded  # noqa: E402
from tdkt.pipeline.output.workbook import write_workbook  # noqa: E402


UNITS = 60
A4 = (841.9, 595.3)  # landscape, points
LONG_WARNING = ("Số Chiến sĩ thi đua cơ sở (12) vượt 15% số Lao động tiên tiến (40); tổng tỷ lệ người lao động "
                "trực tiếp và lãnh đạo, quản lý vượt 100%.")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    out = tmp_path_factory.mktemp("print")
    roster, ruleset = demo_roster(UNITS), demo_ruleset()
    records = synthetic_records(UNITS - 6, ruleset, roster)
    for r in records[::7]:
        if not r.error:
            r.warnings.append(LONG_WARNING)
    xlsx = write_workbook(mark_superseded(records), ruleset, roster, out,
                          {"run_time": dt.datetime(2023, 7, 3, 8, 0), "rules_file": "tay-son-2023-h1.yaml"})
    pdf = soffice_convert(xlsx, out, "pdf")
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            words = page.extract_words(extra_attrs=["size"])
            body = [w for w in words if w["upright"] and 40 < w["top"] < page.height - 40]  # not header/footer
            head = " ".join(w["text"] for w in words if w["top"] < 40)
            pages.append({"sheet": head, "size": (page.width, page.height), "words": body,
                          "text": " ".join(w["text"] for w in body)})
    return openpyxl.load_workbook(xlsx), pages


def _of(pages, sheet):
    return [p for p in pages if p["sheet"] == sheet]


def test_every_page_is_a4_landscape_and_evidence_is_not_printed(printed):
    _, pages = printed
    assert pages
    for p in pages:
        assert abs(p["size"][0] - A4[0]) < 2 and abs(p["size"][1] - A4[1]) < 2, p["sheet"]
    sheets = {p["sheet"] for p in pages}
    assert {"Tổng hợp", "Theo cụm, khối", "Chi tiết"} <= sheets
    assert "Bằng chứng" not in sheets


def test_summary_fits_a_few_pages_at_nine_points_or_more(printed):
    book, pages = printed
    summary = _of(pages, "Tổng hợp")
    assert summary, "Tổng hợp printed no page"
    assert len(summary) <= math.ceil(UNITS / 9) + 1, len(summary)  # 60 units, ~10 rows a page
    for sheet in ("Tổng hợp", "Theo cụm, khối"):
        sizes = [w["size"] for p in _of(pages, sheet) for w in p["words"]]
        assert sizes and min(sizes) >= 8.95, (sheet, min(sizes))
    details = [w["size"] for p in _of(pages, "Chi tiết") for w in p["words"]]
    assert min(details) >= 7.5  # 30 item columns on one page width: still legible


def test_no_wrapped_text_is_cut_off(printed):
    book, pages = printed
    text = " ".join(p["text"] for p in _of(pages, "Tổng hợp"))
    ws = book["Tổng hợp"]
    head = next(r for r in range(1, 12) if ws.cell(r, 1).value == "STT")
    cols = {c.value: c.column for c in ws[head] if c.value}
    checked = 0
    for r in range(head + 1, ws.max_row + 1):
        for name in ("Đơn vị", "Mục còn thiếu", "Mục chưa đầy đủ", "Cảnh báo, ghi chú"):
            value = ws.cell(r, cols[name]).value
            if not value:
                continue
            last = re.findall(r"\w+", value.split("\n")[-1])  # the last line is the first to be cut
            for word in last[-2:]:
                assert word in text, (r, name, value)
                checked += 1
    assert checked > UNITS  # the check ran over every row
