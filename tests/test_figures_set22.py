"""Figures classes found by blind set 22 (samples 153-158), each in other words, units and numbers
than the samples; DOCX files written with python-docx and read back by tdkt's reader.

Class 1: an office that reports for the bodies under it puts their titles of the school (or
other) year in a table under a heading naming that year ("Kết quả thi đua năm học ..."), with a
column per title. The year qualifies every column, so none of them is the office's own 2022 title
(the rules' exclude_context "năm học"), while a lead that names several figures together
("danh hiệu năm 2022, khen chuyên đề 2023") still leaves each column its own.
Class 2: a ratio column holding counts ("Người lao động trực tiếp | 1.180") beside a total column
that names a title ("Tổng số LĐTT | 1.312") is a ratio of the two; a count over 100 with no total
beside it is no ratio.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set22")


def _values(tmp_path, rules, *items, unit_type=None):
    return extract_figures(table_docx(tmp_path, list(items)), rules, unit_type).values


# --- class 1: the sub-units' titles of a school year, a column per title ---------------------------

_OWN_2022 = ("Năm 2022, cơ quan Phòng được Chủ tịch UBND huyện công nhận danh hiệu \"Tập thể lao động tiên tiến\"; "
             "11/12 công chức đạt danh hiệu \"Lao động tiên tiến\", trong đó 01 đồng chí đạt \"Chiến sĩ thi đua cơ sở\".")

_SCHOOL_YEAR_TABLE = (
    [["Khối trường", "TTLĐTT", "Lao động tiên tiến", "CSTĐCS"],
     ["Trường mầm non", "8", "241", "30"],
     ["Trường tiểu học", "12", "455", "52"],
     ["Trường THCS", "7", "390", "44"],
     ["Tổng cộng", "27", "1.086", "126"]], 1)


def test_school_year_titles_of_the_schools_are_not_the_offices(tmp_path, rules):
    got = _values(tmp_path, rules,
                  "II. Công tác khen thưởng",
                  _OWN_2022,
                  "III. Tổng hợp danh hiệu thi đua năm học 2022-2023 của các trường trực thuộc",
                  _SCHOOL_YEAR_TABLE,
                  unit_type="education")
    assert got.get("lao_dong_tien_tien") == 11  # not the schools' 1.086
    assert got.get("tap_the_lao_dong_tien_tien") == 1
    assert got.get("chien_si_thi_dua_co_so") == 1


def test_the_school_year_in_the_lead_in_line_also_qualifies_every_column(tmp_path, rules):
    got = _values(tmp_path, rules,
                  "3. Thi đua",
                  _OWN_2022,
                  "Số liệu các trường đạt danh hiệu cuối năm học 2022 - 2023 như sau:",
                  _SCHOOL_YEAR_TABLE,
                  unit_type="education")
    assert got.get("lao_dong_tien_tien") == 11
    assert got.get("chien_si_thi_dua_co_so") == 1


def test_the_school_year_that_closed_in_2022_is_the_2022_titles(tmp_path, rules):
    # contrast: the rules' own exception ("năm học 2021 - 2022" ended in 2022) stays
    got = _values(tmp_path, rules,
                  "Kết quả danh hiệu thi đua năm học 2021 - 2022 (Quyết định công nhận tháng 8/2022):",
                  _SCHOOL_YEAR_TABLE,
                  unit_type="education")
    assert got.get("lao_dong_tien_tien") == 1086
    assert got.get("tap_the_lao_dong_tien_tien") == 27


def test_a_lead_naming_several_figures_together_leaves_each_column_its_own(tmp_path, rules):
    # contrast (before and after): "chuyên đề, đột xuất" in the lead is the K3 column's, not a
    # qualifier of the 2022 titles' columns
    got = _values(tmp_path, rules,
                  "Kết quả khen thưởng danh hiệu năm 2022 và khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023:",
                  ([["Đơn vị", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Khen thưởng chuyên đề, đột xuất"],
                    ["Toàn cơ quan", "17", "02", "05"]], 1))
    assert got.get("lao_dong_tien_tien") == 17
    assert got.get("chien_si_thi_dua_co_so") == 2


# --- class 2: a ratio column of counts beside a title's total column -------------------------------

def test_a_ratio_column_of_counts_over_a_titles_total_column(tmp_path, rules):
    got = _values(tmp_path, rules,
                  "Cơ cấu cá nhân đạt danh hiệu:",
                  ([["Khối", "Tổng số LĐTT", "Lãnh đạo, quản lý", "Người lao động trực tiếp"],
                    ["Khối văn phòng", "212", "31", "181"],
                    ["Khối cơ sở", "1.100", "101", "999"],
                    ["Cộng", "1.312", "132", "1.180"]], 1))
    assert got.get("ty_le_lao_dong_truc_tiep") == 89.9  # 1.180 of 1.312, not the count 1.180
    assert got.get("ty_le_lanh_dao_quan_ly") == 10.1


def test_a_count_over_a_hundred_with_no_base_is_no_ratio(tmp_path, rules):
    got = _values(tmp_path, rules,
                  "Cơ cấu cá nhân được khen thưởng:",
                  ([["Khối", "Lãnh đạo, quản lý", "Người lao động trực tiếp"],
                    ["Cộng", "27", "214"]], 1))
    assert "ty_le_lao_dong_truc_tiep" not in got or got["ty_le_lao_dong_truc_tiep"] <= 100


# --- class 3: a quoted title, its colon, and an explicit negative: a stated zero ------------------

def test_a_quoted_title_answered_none_is_a_stated_zero(tmp_path, rules):
    got = _values(tmp_path, rules,
                  "2. Khen thưởng năm 2022",
                  "+ Danh hiệu “Lao động tiên tiến”: 17 công chức.",
                  "+ Danh hiệu “Chiến sĩ thi đua cơ sở”: không có (chưa có đề tài được nghiệm thu).",
                  unit_type="commune")
    assert got.get("lao_dong_tien_tien") == 17
    assert got.get("chien_si_thi_dua_co_so") == 0


def test_a_quoted_title_with_its_count_is_no_zero(tmp_path, rules):
    # contrast (before and after): the count after the quote is the figure
    got = _values(tmp_path, rules,
                  "+ Danh hiệu \"Chiến sĩ thi đua cơ sở\": 02 đồng chí (không có đồng chí nào bị kỷ luật).",
                  unit_type="commune")
    assert got.get("chien_si_thi_dua_co_so") == 2


# --- class 4: a stated total split in two counts, only the leaders named ---------------------------

def test_the_unnamed_partner_of_the_leaders_is_the_direct_workers_share(tmp_path, rules):
    got = _values(tmp_path, rules,
                  "3. Tỷ lệ khen thưởng",
                  "Trong tổng số 40 cá nhân được khen thưởng nêu trên, có 06 người là cán bộ lãnh đạo, quản lý, "
                  "34 người là công nhân, lái xe và bảo vệ.")
    assert got.get("ty_le_lanh_dao_quan_ly") == 15.0
    assert got.get("ty_le_lao_dong_truc_tiep") == 85.0


def test_a_split_that_does_not_add_up_gives_no_partner(tmp_path, rules):
    # contrast (before and after): three groups, or parts that are not the whole, leave K4 unread
    got = _values(tmp_path, rules,
                  "Trong tổng số 40 cá nhân được khen thưởng, có 06 người là cán bộ lãnh đạo, quản lý, "
                  "20 người là công nhân.")
    assert got.get("ty_le_lanh_dao_quan_ly") == 15.0
    assert "ty_le_lao_dong_truc_tiep" not in got


def test_a_named_direct_workers_count_is_read_as_usual(tmp_path, rules):
    # contrast: both groups named: each its own count
    got = _values(tmp_path, rules,
                  "Trong tổng số 40 cá nhân được khen thưởng, có 06 người là cán bộ lãnh đạo, quản lý, "
                  "30 người là người lao động trực tiếp.")
    assert got.get("ty_le_lao_dong_truc_tiep") == 75.0
