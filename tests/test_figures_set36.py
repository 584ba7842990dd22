"""Figures classes found by blind set 36 (samples 237-242), each in other words, units and numbers
than the samples.

Class 1 (240): a passage summed award by award (figures/passages.py) closes with the K4 share
("Trong tổng số ... được khen thưởng, ... chiếm 60%"): its "tổng số" is the ratio's denominator,
not a total of the passage, so the parts still add up.
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set36")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: the share sentence closing a summed passage --------------------------------------

def test_a_share_sentence_under_the_heading_is_no_total_of_the_passage(rules):
    got = _values(
        rules,
        "3. Khen thưởng đột xuất, chuyên đề",
        "- Chủ tịch Hội Cựu chiến binh huyện tặng Giấy khen cho 02 tập thể, 04 cá nhân có thành tích "
        "trong phong trào xây dựng đường giao thông nông thôn.",
        "- Khen thưởng đột xuất 02 cá nhân (hội viên Trần Văn Bảy, chi hội thôn Đông) đã kịp thời dập tắt đám cháy rừng.",
        "Tính chung các đợt khen thưởng (tổng kết năm 2022, khen chuyên đề và đột xuất năm 2023), trong tổng "
        "số cá nhân được khen, cựu chiến binh trực tiếp sản xuất chiếm 62,5% (10/16 cá nhân).",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 8
    assert got["ty_le_lao_dong_truc_tiep"] == 62.5


def test_a_stated_total_in_the_passage_still_wins_over_the_sum(rules):
    got = _values(
        rules,
        "3. Khen thưởng đột xuất, chuyên đề",
        "- Chủ tịch Hội Cựu chiến binh huyện tặng Giấy khen cho 02 tập thể, 04 cá nhân có thành tích "
        "trong phong trào xây dựng đường giao thông nông thôn.",
        "- Khen thưởng đột xuất 02 cá nhân (hội viên Trần Văn Bảy, chi hội thôn Đông) đã kịp thời dập tắt đám cháy rừng.",
        "Tổng cộng 6 tháng đầu năm khen thưởng đột xuất, chuyên đề cho 09 lượt tập thể, cá nhân.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 9
