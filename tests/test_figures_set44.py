"""Figures classes found by blind set 44 (samples 282-287) and by 278's K4 ratio, each in other
words, units and numbers than the samples; each section below says its class and where it is fixed.
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set44")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: a pair of counts before its breakdown is the stated total --------------------------------
# (287) Under a period's label, a total given as a pair of collectives and individuals and then broken
# down ("... Giấy khen cho 02 tập thể, 05 cá nhân, trong đó ...") is the pair together; the breakdown
# word after the individuals made the individuals alone the stated total
# (prose._period_label_candidates, the pair found by prose._pair_before).

def test_a_pair_total_before_its_breakdown_is_both_counts(rules):
    got = _values(rules, "3. Công tác khen thưởng",
                  "Khen thưởng đột xuất 6 tháng đầu năm 2023: Giám đốc Trung tâm tặng Giấy khen cho 02 tập thể, "
                  "05 cá nhân, trong đó chuyên đề Tháng hành động vì an toàn thực phẩm 01 tập thể, 03 cá nhân; "
                  "đột xuất 01 tập thể, 02 cá nhân phát hiện và dập tắt kịp thời đám cháy kho hàng.")
    assert got.get("khen_chuyen_de_dot_xuat") == 7


def test_a_pair_total_joined_by_and_before_its_breakdown(rules):
    got = _values(rules, "3. Công tác khen thưởng",
                  "Khen thưởng chuyên đề 6 tháng đầu năm 2023: Chủ tịch UBND thị trấn khen thưởng 03 tập thể và 08 "
                  "cá nhân, trong đó: chuyên đề Ngày hội Đại đoàn kết 02 tập thể, 05 cá nhân; chuyên đề phòng, "
                  "chống thiên tai 01 tập thể, 03 cá nhân.")
    assert got.get("khen_chuyen_de_dot_xuat") == 11


def test_a_single_total_before_its_breakdown_stays_alone(rules):
    # contrast: one count before "trong đó" is the total by itself
    got = _values(rules, "3. Công tác khen thưởng",
                  "Khen thưởng đột xuất 6 tháng đầu năm 2023: Giám đốc Trung tâm tặng Giấy khen cho 06 cá nhân, "
                  "trong đó 04 cá nhân phòng, chống dịch sốt xuất huyết, 02 cá nhân cứu người đuối nước.")
    assert got.get("khen_chuyen_de_dot_xuat") == 6
