"""Figures classes found by blind set 32 (samples 213-218), each in other words, units and numbers
than the samples.

Class 1 (213): an award decision quoted with its recipients numbered after its colon, no count
written ("Quyết định số ... công nhận ... cho: 1. Bà A; 2. Ông B; ..."): the count is the number of
names listed (figures/inline_names.py), collectives told from individuals by the name; under a
heading of thematic awards the lists of several decisions add up as the passage's parts.
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set32")


def _decisions():
    return doc(
        "III. KẾT QUẢ KHEN THƯỞNG",
        "1. Khen thưởng năm 2022",
        "Theo Quyết định số 35/QĐ-UBND ngày 09/01/2023 của Chủ tịch UBND phường, danh hiệu Lao động tiên "
        "tiến được công nhận cho: 1. Bà Hồ Thị Mai, công chức Địa chính; 2. Ông Lưu Văn Khánh; 3. Bà Tạ Thị "
        "Nga; 4. Ông Lâm Quốc Bảo, Phó Chủ tịch UBND phường.",
        "Quyết định số 36/QĐ-UBND ngày 09/01/2023 về việc tặng Giấy khen cho: 1. Tổ dân phố 4; 2. Chi đoàn "
        "phường; 3. Ông Lưu Văn Khánh, Phó Chỉ huy trưởng; 4. Bà Tạ Thị Nga.",
        "2. Khen thưởng chuyên đề, đột xuất",
        "Quyết định số 88/QĐ-UBND ngày 14/4/2023 tặng Giấy khen cho các hộ hiến đất mở rộng hẻm số 7: 1. Ông "
        "Mạc Văn Tư; 2. Bà Lò Thị Hạnh; 3. Ông Quan Văn Định.",
        "Quyết định số 102/QĐ-UBND ngày 30/5/2023 tặng Giấy khen đột xuất cho: 1. Anh Vi Văn Sơn, bảo vệ dân "
        "phố, đã bắt giữ 01 đối tượng cướp giật; 2. Chị Nông Thị Hoa.",
    )


def test_a_decisions_numbered_names_are_its_count(rules):
    got = extract_figures(_decisions(), rules)
    assert got.values["lao_dong_tien_tien"] == 4
    assert got.values["giay_khen"] == 4
    assert "2 tập thể, 2 cá nhân" in got.notes["K2"]


def test_numbered_name_lists_under_a_thematic_heading_add_up(rules):
    got = extract_figures(_decisions(), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 5  # 3 + 2, the deed's "01 đối tượng" no recipient


def test_a_count_written_before_the_colon_is_kept(rules):
    got = extract_figures(doc(
        "Khen thưởng",
        "UBND thị trấn tặng Giấy khen cho 03 cá nhân: 1. Ông Hà Văn Ninh; 2. Bà Đinh Thị Yến.",
    ), rules)
    assert got.values["giay_khen"] == 3


def test_an_individuals_title_does_not_count_a_listed_collective(rules):
    got = extract_figures(doc(
        "Khen thưởng",
        "Quyết định số 7/QĐ-UBND công nhận danh hiệu Chiến sĩ thi đua cơ sở cho: 1. Ông Kha Văn Lợi; "
        "2. Tổ Kế toán; 3. Bà Ma Thị Dung.",
    ), rules)
    assert got.values["chien_si_thi_dua_co_so"] == 2
