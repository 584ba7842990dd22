"""Figures classes found by blind set 24 (samples 165-170), each in other words, units and
numbers than the samples; Documents built from paragraphs (figure_helpers.doc) and DOCX files
written with python-docx and read back by tdkt's reader.

Class 1 (168): a small office gives its awards by name, one line per recipient, the title after
a colon and no number ("- Đồng chí ..., Trưởng phòng: danh hiệu “Chiến sĩ thi đua cơ sở”"):
one named person (or the office itself, "Tập thể Phòng ...:") is a count of one.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx, values

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set24")


_BY_NAME = [
    "III. CÔNG TÁC KHEN THƯỞNG",
    "Kết quả bình xét năm 2022 (Quyết định số 45/QĐ-UBND ngày 09/01/2023 của Chủ tịch UBND huyện):",
    "+ Tập thể Phòng Tư pháp: danh hiệu “Tập thể lao động tiên tiến”.",
    "+ 05/05 công chức đạt danh hiệu “Lao động tiên tiến”.",
    "+ Bà Lê Thị Mai Hương, Trưởng phòng: danh hiệu “Chiến sĩ thi đua cơ sở”.",
    "+ Ông Trần Quốc Việt, chuyên viên: Giấy khen của Chủ tịch UBND huyện.",
]


def test_awards_given_by_name_count_one_each(rules):
    got = values(rules, *_BY_NAME)
    assert got.get("tap_the_lao_dong_tien_tien") == 1
    assert got.get("lao_dong_tien_tien") == 5
    assert got.get("chien_si_thi_dua_co_so") == 1
    assert got.get("giay_khen") == 1


def test_awards_by_name_read_back_from_docx(tmp_path, rules):
    got = extract_figures(table_docx(tmp_path, _BY_NAME), rules).values
    assert (got.get("chien_si_thi_dua_co_so"), got.get("giay_khen"), got.get("tap_the_lao_dong_tien_tien")) == (1, 1, 1)


def test_named_lines_that_are_no_award_of_one(rules):
    # two people before the colon, a negation after it, a plural body: not a count of one
    got = values(rules, "3. Khen thưởng",
                 "- Đồng chí Phạm Văn Bình và đồng chí Hồ Thị Lan: danh hiệu “Chiến sĩ thi đua cơ sở”.",
                 "- Ông Nguyễn Hữu Tài, kế toán: chưa đủ điều kiện đề nghị Giấy khen.",
                 "- Các phòng chuyên môn: danh hiệu “Tập thể lao động tiên tiến”.")
    assert got.get("chien_si_thi_dua_co_so") != 1
    assert got.get("giay_khen") in (None, 0)
    assert got.get("tap_the_lao_dong_tien_tien") != 1
