"""Figures classes found by blind set 21 (samples 147-152), each in other words, units and numbers
than the samples; DOCX files written with python-docx and read back by tdkt's reader.

Class: an appendix table of award kinds as rows ("Tập thể | Cá nhân | Trong đó cá nhân là lãnh
đạo, quản lý"), closing a combined report: the titles are its rows, the breakdown column holds
counts of leaders (no ratio column), and the leaders' ratio is its total row's count over the
individuals on that row.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set21")


def _result(tmp_path, rules, *items, unit_type=None):
    return extract_figures(table_docx(tmp_path, list(items)), rules, unit_type)


_APPENDIX = ([
    ["STT", "Loại hình khen thưởng", "Tập thể", "Cá nhân", "Trong đó: cá nhân giữ chức vụ lãnh đạo, quản lý",
     "Ghi chú"],
    ["A", "Thành tích năm 2022", "", "", "", ""],
    ["1", "Danh hiệu Lao động tiên tiến", "", "31", "6", ""],
    ["2", "Danh hiệu Chiến sĩ thi đua cơ sở", "", "4", "3", ""],
    ["3", "Giấy khen Chủ tịch UBND thị trấn", "2", "7", "1", "Tổ dân phố 3, 5"],
    ["", "Cộng số cá nhân phần A", "", "42", "10", ""],
    ["B", "Khen thưởng đột xuất năm 2023", "", "", "", ""],
    ["1", "Giấy khen Chủ tịch UBND thị trấn: phòng chống cháy rừng", "1", "3", "", ""],
], 1)


def test_appendix_rows_of_kinds_with_a_leaders_column(tmp_path, rules):
    got = _result(tmp_path, rules, "PHỤ LỤC 02", "TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG", _APPENDIX,
                  unit_type="commune")
    assert got.values.get("lao_dong_tien_tien") == 31  # not 6, the leaders among them
    assert got.values.get("chien_si_thi_dua_co_so") == 4
    assert got.values.get("giay_khen") == 9  # 2 + 7; the ad-hoc row is K3's
    assert got.values.get("khen_chuyen_de_dot_xuat") == 4
    assert got.values.get("ty_le_lanh_dao_quan_ly") == pytest.approx(23.8)  # 10 of 42, no "10" as a ratio
    assert "tính từ số liệu" in got.notes.get("K5", "")


def test_a_leaders_ratio_column_stays_a_ratio(tmp_path, rules):
    table = ([
        ["STT", "Danh hiệu", "Cá nhân", "Tỷ lệ lãnh đạo, quản lý (%)"],
        ["1", "Lao động tiên tiến", "20", "15"],
        ["2", "Chiến sĩ thi đua cơ sở", "3", "33,3"],
        ["", "Tổng cộng", "23", "17,4"],
    ], 1)
    got = _result(tmp_path, rules, "Kết quả khen thưởng năm 2022:", table)
    assert got.values.get("ty_le_lanh_dao_quan_ly") == pytest.approx(17.4)


def test_no_total_row_gives_no_leaders_ratio(tmp_path, rules):
    table = ([
        ["TT", "Hình thức", "Cá nhân", "Trong đó lãnh đạo, quản lý"],
        ["1", "Lao động tiên tiến", "18", "5"],
        ["2", "Chiến sĩ thi đua cơ sở", "2", "1"],
    ], 1)
    got = _result(tmp_path, rules, "Phụ lục: kết quả khen thưởng", table)
    assert got.values.get("lao_dong_tien_tien") == 18
    assert "ty_le_lanh_dao_quan_ly" not in got.values
