"""Figures classes found by blind set 25 (samples 171-176), each in other words, units and
numbers than the samples; Documents built from paragraphs (figure_helpers.doc) and DOCX files
written with python-docx and read back by tdkt's reader.

Class 1 (176): an award table with counts and bonus money side by side ("Số lượng: Tập thể |
Cá nhân; Tiền thưởng (đồng): Mức thưởng | Thành tiền"): a money column is never a count, and an
"x" ticking the collectives' count cell is the office itself, one collective.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx, values

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set25")


# Class 1 (176): counts and money in one titles-as-rows table.
_MONEY_TABLE = [
    ["STT", "Hình thức khen thưởng", "Số lượng", "Số lượng", "Tiền thưởng (đồng)", "Tiền thưởng (đồng)", "Ghi chú"],
    ["", "", "Tập thể", "Cá nhân", "Mức thưởng", "Thành tiền", ""],
    ["A", "Thành tích năm 2022", "", "", "", "", ""],
    ["1", "Tập thể lao động tiên tiến", "x", "", "1.180.000", "1.180.000", "QĐ số 211/QĐ-UBND"],
    ["2", "Lao động tiên tiến", "", "07", "447.000", "3.129.000", ""],
    ["3", "Giấy khen của Chủ tịch UBND huyện", "x", "03", "447.000 (TT) 224.000 (CN)", "1.119.000", ""],
]


def test_money_columns_are_no_counts_and_a_tick_counts_the_office(rules):
    got = values(rules, "2. Kết quả khen thưởng", "Kết quả khen thưởng và tiền thưởng như sau:", _MONEY_TABLE)
    assert got.get("tap_the_lao_dong_tien_tien") == 1
    assert got.get("lao_dong_tien_tien") == 7
    assert got.get("giay_khen") == 4


def test_money_table_read_back_from_docx(tmp_path, rules):
    doc = table_docx(tmp_path, ["2. Kết quả khen thưởng", "Kết quả khen thưởng và tiền thưởng như sau:",
                                (_MONEY_TABLE, 2)])
    got = extract_figures(doc, rules).values
    assert (got.get("tap_the_lao_dong_tien_tien"), got.get("lao_dong_tien_tien"), got.get("giay_khen")) == (1, 7, 4)


def test_a_tick_under_individuals_counts_nothing(rules):
    # "x" under individuals names nobody's number: the row's other count stands alone
    rows = [
        ["TT", "Danh hiệu", "Tập thể", "Cá nhân", "Thành tiền (đồng)"],
        ["1", "Giấy khen của Chủ tịch UBND huyện", "02", "x", "900.000"],
    ]
    got = values(rules, "2. Kết quả khen thưởng", rows)
    assert got.get("giay_khen") == 2
