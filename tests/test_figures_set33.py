"""Figures classes found by blind set 33 (samples 219-224), each in other words, units and numbers
than the samples.

Class 1 (222): a telegraphic report shortens "tập thể" as "TT" in the title itself ("TT LĐTT: bảy
tập thể"), as it does in its counts ("04 TT, 09 CN"): the title of collectives
(rules: `tap_the_lao_dong_tien_tien.titles` "tt lđtt"), not "LĐTT" of individuals with no count.
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set33")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type).values


# Class 1: "TT LĐTT" is the collectives' title

def test_a_shortened_collectives_title_takes_its_count_in_words(rules):
    got = _values(rules, "III. Khen thưởng", "2. Danh hiệu năm 2022:", "- LĐTT: ba mươi mốt cá nhân.",
                  "- TT LĐTT: bảy tập thể (thôn, chi hội).", "- CSTĐCS: hai cá nhân.", unit_type="commune")
    assert got["tap_the_lao_dong_tien_tien"] == 7
    assert got["lao_dong_tien_tien"] == 31


def test_a_shortened_collectives_title_beside_the_individuals_title(rules):
    got = _values(rules, "Khen thưởng", "Năm 2022 thị trấn có 09 TT LĐTT và 40 LĐTT.")
    assert got["tap_the_lao_dong_tien_tien"] == 9
    assert got["lao_dong_tien_tien"] == 40


def test_tt_for_a_town_before_the_individuals_title_is_no_collective(rules):
    got = _values(rules, "Khen thưởng", "Năm 2022 UBND TT Phú Phong có 40 LĐTT.")
    assert "tap_the_lao_dong_tien_tien" not in got
    assert got["lao_dong_tien_tien"] == 40
