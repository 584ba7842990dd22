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
from tdkt.pipeline.metadata import read_metadata


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
