"""Figures classes found by blind set 39 (samples 255-260), each in other words, units and numbers
than the samples.

Class 1 (257): an office that handles the district's award dossiers tells, in one sentence, whose
dossiers they were ("... hồ sơ đề nghị khen thưởng của các cơ quan, đơn vị, địa phương") and, in a
later ";" clause, what it submitted for them ("...; trình ký 19 quyết định khen thưởng và 02 quyết
định công nhận sáng kiến với 35 sáng kiến"): the scope said by the sentence's earlier clause holds for its later clauses, unless a clause
turns to the unit's own ("riêng cơ quan ...", the rules' `context.own_scope`) (figures/clause_scope.py).
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set39")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: the district's scope said by a sentence's first clause -------------------------------

_HANDLED = ("Sáu tháng đầu năm, Phòng thẩm định 160 hồ sơ đề nghị khen thưởng của các cơ quan, đơn vị, địa phương "
            "trình Hội đồng; Phòng rà soát, trình Chủ tịch UBND huyện ký 19 quyết định khen thưởng và 02 quyết định "
            "công nhận sáng kiến với 35 sáng kiến cấp cơ sở")


def test_a_later_clause_of_a_sentence_about_the_district_dossiers_is_not_the_units(rules):
    got = _values(rules, "3. Công tác khen thưởng", _HANDLED + ".",
                  "Về sáng kiến: 01 sáng kiến của công chức Phòng được công nhận là sáng kiến cấp cơ sở.")
    assert got.get("sang_kien") == 1


def test_alone_the_district_clause_gives_no_figure(rules):
    got = _values(rules, "3. Công tác khen thưởng", _HANDLED + ".")
    assert got.get("sang_kien") is None


def test_a_clause_turning_to_the_units_own_keeps_its_count(rules):
    # contrast: "riêng cơ quan Phòng ..." says the unit's own scope again
    got = _values(rules, "3. Công tác khen thưởng",
                  _HANDLED + "; riêng cơ quan Phòng có 02 sáng kiến được công nhận.")
    assert got.get("sang_kien") == 2


def test_a_sentence_with_no_district_clause_keeps_its_later_counts(rules):
    # contrast: the first clause tells the unit's own work, not others' dossiers
    got = _values(rules, "3. Công tác khen thưởng",
                  "Phòng hoàn thiện 06 hồ sơ thi đua của cơ quan; Chủ tịch UBND huyện công nhận 03 sáng kiến cấp cơ sở "
                  "của công chức Phòng.")
    assert got.get("sang_kien") == 3

