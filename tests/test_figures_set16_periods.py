"""Figures class found by blind set 16: award kinds and levels as rows of an appendix table whose
columns are periods ("Năm 2022 | 6 tháng đầu năm 2023 | Ghi chú"). Written in other words, units
and numbers than the sample, and read back from a python-docx file.

The annual column gives the year's titles (Giấy khen of several levels added, the levels' "- Tập
thể / - Cá nhân" sub-rows included); the half-year column gives the ad-hoc awards, the period's
initiatives and the ratios; a subtotal row mixing in a Bằng khen gives nothing.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set16-periods")


ROWS = [
    ["TT", "Loại hình khen thưởng", "Năm 2022", "6 tháng đầu năm 2023", "Ghi chú"],
    ["A", "DANH HIỆU", "", "", ""],
    ["1", "Lao động tiên tiến", "31", "-", "Viên chức trạm"],
    ["2", "Chiến sĩ thi đua cơ sở", "04", "-", ""],
    ["3", "Tập thể lao động tiên tiến", "06", "-", ""],
    ["B", "KHEN THƯỞNG", "", "", ""],
    ["1", "Bằng khen Chủ tịch UBND tỉnh", "", "", ""],
    ["", "- Tập thể", "01", "0", ""],
    ["", "- Cá nhân", "02", "01", "Phòng chống lụt bão"],
    ["2", "Giấy khen Giám đốc Sở", "", "", ""],
    ["", "- Tập thể", "03", "02", ""],
    ["", "- Cá nhân", "07", "04", "Khen đột xuất"],
    ["3", "Giấy khen Trưởng trạm", "", "", ""],
    ["", "- Tập thể", "02", "0", ""],
    ["", "- Cá nhân", "09", "03", "Khen chuyên đề"],
    ["", "Cộng mục B", "24", "10", ""],
    ["C", "SÁNG KIẾN", "", "", ""],
    ["1", "Sáng kiến được Hội đồng công nhận", "03", "0", "Chưa xét"],
    ["D", "TỶ LỆ", "", "", ""],
    ["1", "Tỷ lệ người lao động trực tiếp được khen LĐTT, CSTĐCS, Giấy khen", "", "58,4%", ""],
    ["2", "Tỷ lệ cán bộ lãnh đạo, quản lý được khen LĐTT, CSTĐCS, Giấy khen", "", "19,7%", ""],
]


def test_period_columns_read_back_from_docx(rules, tmp_path):
    d = table_docx(tmp_path, ["PHỤ LỤC KẾT QUẢ KHEN THƯỞNG", (ROWS, 1)])
    v = extract_figures(d, rules).values
    assert v["lao_dong_tien_tien"] == 31
    assert v["chien_si_thi_dua_co_so"] == 4
    assert v["tap_the_lao_dong_tien_tien"] == 6
    assert v["giay_khen"] == 21            # 3 + 7 + 2 + 9, the 2022 column; the Bằng khen left out
    assert v["khen_chuyen_de_dot_xuat"] == 9   # 2 + 4 + 0 + 3, the half-year column; not the subtotal 10
    assert v["sang_kien"] == 0             # the period's initiatives, not 2022's 3
    assert v["ty_le_lao_dong_truc_tiep"] == 58.4
    assert v["ty_le_lanh_dao_quan_ly"] == 19.7

