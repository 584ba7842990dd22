"""Figures classes found by blind set 40 (samples 261-266), each in other words, units and numbers
than the samples.

Class 1 (261): a body named after a title ("Hội đồng sáng kiến ...") with its make-up in the same
sentence ("... gồm 07 thành viên"): the members are no count of the title (figures/body_members.py,
the rules' `context.composition` and `context.composition_unit`)."""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set40")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: a council's make-up is no count of the title in its name ----------------------------

def test_a_councils_members_are_not_initiatives(rules):
    got = _values(rules, "2. Công tác khen thưởng",
                  "Hội đồng Khoa học, sáng kiến của Trường được thành lập mới, bao gồm 07 thành viên do Hiệu trưởng "
                  "làm Chủ tịch.")
    assert got.get("sang_kien") is None


def test_a_councils_members_leave_the_initiatives_it_recognised(rules):
    got = _values(rules, "2. Công tác khen thưởng",
                  "Hội đồng sáng kiến cơ quan gồm 07 thành viên đã họp, công nhận 04 sáng kiến cấp cơ sở.")
    assert got.get("sang_kien") == 4


def test_initiatives_counted_with_gom_stay(rules):
    # contrast: "gồm" before a count of the title itself is a breakdown, not a body's make-up
    got = _values(rules, "2. Công tác khen thưởng",
                  "Đã công nhận 03 sáng kiến, gồm 02 sáng kiến về quản lý và 01 sáng kiến về chuyên môn.")
    assert got.get("sang_kien") == 3
