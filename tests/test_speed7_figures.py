"""The figures' per-paragraph and per-lead answers kept by the seventh speed pass answer as before.

`prose.past_paragraph` keeps whether a paragraph opens as last year's work (asked for every clause,
twice); `passages.PassageSums` keeps a lead's figure and period label, and skips folding a
paragraph with no colon (no opening label). Real rules (the figures test ruleset), real DOCX
files written with python-docx and read back by tdkt's reader.
"""

import dataclasses
import re

import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.figures.passages import PassageSums
from tdkt.pipeline.figures.prose import past_paragraph
from tdkt.pipeline.figures.rules import compile_rules
from tdkt.pipeline.figures.walk import Sentence


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("speed7")


PAST = ("Trong năm 2022, UBND xã đã khen thưởng 47 tập thể, 128 cá nhân. Trong tổng số cá nhân "
        "được khen thưởng, lãnh đạo chiếm 18,2%.")


def test_past_paragraph_follows_the_rules_it_is_asked_with(rules):
    compiled = compile_rules(rules)
    first, second = (Sentence(s, "tr. 1", "", False, "", PAST) for s in PAST.split(". ", 1))
    assert past_paragraph(first, compiled) and past_paragraph(second, compiled)
    assert past_paragraph(second, compiled)  # asked again: the kept answer
    # the same paragraph under rules with another opener: asked anew, not the kept answer
    other = dataclasses.replace(compiled, ctx={**compiled.ctx, "past_opener": re.compile("suốt cả năm 2021")})
    assert not past_paragraph(first, other)
    assert past_paragraph(first, compiled)
    # a clause that names this period is read as this period's, though the paragraph opens as past
    mixed = "Trong năm 2022, UBND xã khen thưởng 47 tập thể; 6 tháng đầu năm 2023, khen thưởng 12 tập thể."
    clauses = [Sentence(s, "tr. 1", "", False, "", mixed) for s in mixed.split("; ")]
    assert [past_paragraph(s, compiled) for s in clauses] == [True, False]


def test_lead_figures_are_kept_per_lead_and_match_a_fresh_reading(rules):
    compiled = compile_rules(rules)
    sums = PassageSums(compiled)
    period_lead = "1. khen thưởng sáu tháng đầu năm 2023 | "
    got = sums._lead_figures(period_lead)
    assert got == PassageSums(compiled)._lead_figures(period_lead)
    assert got[0] is None and got[1] == "khen_chuyen_de_dot_xuat"
    assert sums._lead_figures(period_lead) is got  # asked once per lead
    assert sums._lead_figures(" | ") == (None, None)
    assert sums._lead_figures("3. khen thưởng chuyên đề, đột xuất | ")[0] == "khen_chuyen_de_dot_xuat"


def test_a_label_needs_a_colon_and_is_still_read_with_one(rules):
    compiled = compile_rules(rules)
    sums = PassageSums(compiled)
    assert sums._label_figure("Về khen thưởng đột xuất: Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể.") \
        == "khen_chuyen_de_dot_xuat"
    assert sums._label_figure("Về khen thưởng đột xuất, Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể.") is None


def test_awards_of_a_labelled_paragraph_and_a_period_heading_still_add_up(tmp_path, rules):
    got = extract_figures(table_docx(tmp_path, [
        "III. CÔNG TÁC KHEN THƯỞNG",
        "1. Khen thưởng sáu tháng đầu năm 2023",
        "Ban Thường vụ Huyện ủy tặng Giấy khen cho 02 tập thể và 01 cá nhân của Hội. Chủ tịch Hội "
        "khen thưởng đột xuất 02 đoàn viên (anh Lê Văn Hùng, chị Trần Thị Mai) đã dập tắt đám cháy.",
    ]), rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 5
    got = extract_figures(table_docx(tmp_path, [
        "III. CÔNG TÁC KHEN THƯỞNG",
        "Về khen thưởng đột xuất: Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể và 02 cá nhân "
        "đã cứu người. Giám đốc Công an tỉnh tặng Giấy khen cho 03 cá nhân đã bắt cướp.",
    ], name="label.docx"), rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 6
