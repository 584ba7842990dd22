"""Figures classes found by blind set 39 (samples 255-260), each in other words, units and numbers
than the samples.

Class 1 (257): an office that handles the district's award dossiers tells, in one sentence, whose
dossiers they were ("... hồ sơ đề nghị khen thưởng của các cơ quan, đơn vị, địa phương") and, in a
later ";" clause, what it submitted for them ("...; trình ký 19 quyết định khen thưởng và 02 quyết
định công nhận sáng kiến với 35 sáng kiến"): the scope said by the sentence's earlier clause holds for its later clauses, unless a clause
turns to the unit's own ("riêng cơ quan ...", the rules' `context.own_scope`) (figures/clause_scope.py).

Class 2 (258): a closing total dated to last year alone is no mix of the annual and the ad-hoc awards.
Class 3 (258): one person named as an ad-hoc award's subject, her role in apposition, is one recipient.
Class 4 (255): a mass organisation's leaders called "cán bộ chủ chốt" state the leaders' ratio.
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


# --- class 2: a total dated to last year is no mix of the annual and the ad-hoc awards ---------------
# (258) "Như vậy, tính chung trong năm 2022, ... có 01 tập thể và 03 cá nhân được tặng Giấy khen" closes
# the 2022 titles; when the half year's ad-hoc awards happen to make up the difference (3 in the
# table + 1 ad-hoc = 4), the total is still last year's: a total naming the past year
# (`context.past_period`) and not this period (`context.current_period`) is kept
# (figures/mixed_totals.py).

_YEAR_TABLE = [["Danh hiệu, hình thức khen thưởng", "Tập thể", "Cá nhân"],
               ["Lao động tiên tiến", "-", "27"],
               ["Giấy khen của Chủ tịch UBND huyện", "-", "05"]]


def test_a_total_of_last_year_is_kept_beside_the_ad_hoc_award(rules):
    got = _values(rules, "3. Công tác khen thưởng", "b) Khen thưởng năm 2022", _YEAR_TABLE,
                  "Bên cạnh đó, tập thể Trạm được Giám đốc Sở Nông nghiệp tặng Giấy khen năm 2022. Tính chung cả "
                  "năm 2022, đơn vị có 01 tập thể và 05 cá nhân được tặng Giấy khen.",
                  "c) Khen thưởng đột xuất 6 tháng đầu năm 2023",
                  "Chủ tịch UBND huyện tặng Giấy khen đột xuất cho 01 cá nhân có thành tích cứu hộ trong mưa lũ.")
    assert got.get("giay_khen") == 6
    assert got.get("khen_chuyen_de_dot_xuat") == 1


def test_a_total_from_the_year_start_still_mixes_them(rules):
    # contrast (set 37's class): "từ đầu năm đến nay" counts this year's hand-outs, both kinds
    got = _values(rules, "3. Công tác khen thưởng", "b) Khen thưởng năm 2022", _YEAR_TABLE,
                  "c) Khen thưởng đột xuất 6 tháng đầu năm 2023",
                  "Chủ tịch UBND huyện tặng Giấy khen đột xuất cho 01 cá nhân có thành tích cứu hộ trong mưa lũ.",
                  "Như vậy, từ đầu năm đến nay tổng số cá nhân được tặng Giấy khen là 06.")
    assert got.get("giay_khen") == 5


# --- class 3: one person named as the subject of an ad-hoc Giấy khen ----------------------------------
# (258) Under the ad-hoc awards' heading, one person is named with her role and deed in apposition
# ("Thầy Lê Minh Quân, nhân viên Tổ Hành chính, đạt giải Nhì ..., được Giám đốc Sở tặng Giấy khen"):
# she is one recipient of the figure (a title of collectives and individuals alike), and the zero
# the next sentence states for another kind of award ("chưa có trường hợp khen đột xuất") does not
# outrank her (figures/named_subject.py).

_AD_HOC_HEAD = "c) Khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023"


def test_one_person_named_with_role_and_prize_is_one_ad_hoc_award(rules):
    got = _values(rules, "3. Công tác khen thưởng", _AD_HOC_HEAD,
                  "Thầy Lê Minh Quân, nhân viên Tổ Hành chính, đạt giải Nhì Hội thi tin học văn phòng khối đơn vị "
                  "sự nghiệp cấp huyện, được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen (Quyết định số "
                  "845/QĐ-SGDĐT ngày 02/5/2023). Sáu tháng đầu năm, đơn vị chưa có trường hợp đề nghị khen thưởng "
                  "đột xuất.")
    assert got.get("khen_chuyen_de_dot_xuat") == 1


def test_a_named_person_without_apposition_is_one_too(rules):
    got = _values(rules, "3. Công tác khen thưởng", _AD_HOC_HEAD,
                  "Đồng chí Trần Quốc Bảo được Chủ tịch UBND huyện tặng Giấy khen đột xuất vì đã cứu người bị nạn "
                  "trên sông ngày 09/3/2023.")
    assert got.get("khen_chuyen_de_dot_xuat") == 1


def test_two_named_people_are_no_single_recipient(rules):
    # contrast: "và" joins a second person: not one recipient (no count made up from the names here)
    got = _values(rules, "3. Công tác khen thưởng", _AD_HOC_HEAD,
                  "Thầy Lê Minh Quân, nhân viên Tổ Hành chính, và cô Phạm Thu Hà được Giám đốc Sở tặng Giấy khen.")
    assert got.get("khen_chuyen_de_dot_xuat") != 1


def test_a_count_of_people_is_still_read_as_counted(rules):
    # contrast: a stated count beside a named person keeps the count
    got = _values(rules, "3. Công tác khen thưởng", _AD_HOC_HEAD,
                  "Giám đốc Sở tặng Giấy khen chuyên đề cho 03 cá nhân có thành tích trong Hội thi tin học.")
    assert got.get("khen_chuyen_de_dot_xuat") == 3


# --- class 4: a mass organisation's leaders called "cán bộ chủ chốt" ----------------------------------
# (255) A union or youth league names its leaders "cán bộ chủ chốt" (the items' K5 has the words):
# "..., 11 đồng chí là cán bộ chủ chốt Đoàn cơ sở, chiếm 30,6%" states the leaders' ratio.


def test_key_officials_of_a_mass_organisation_are_its_leaders(rules):
    got = _values(rules, "3. Công tác khen thưởng",
                  "Trong số 36 đoàn viên được Ban Thường vụ Huyện đoàn tặng Giấy khen năm 2022, có 20 đồng chí là "
                  "đoàn viên trực tiếp lao động sản xuất, chiếm 55,6%; 11 đồng chí là cán bộ chủ chốt Đoàn cơ sở, "
                  "chiếm 30,6%.")
    assert got.get("ty_le_lanh_dao_quan_ly") == 30.6
    assert got.get("ty_le_lao_dong_truc_tiep") == 55.6


def test_key_officials_named_with_their_organisation_inside(rules):
    got = _values(rules, "3. Công tác khen thưởng",
                  "Tỷ lệ cán bộ Hội chủ chốt trong số cá nhân được khen thưởng năm 2022 là 18,5%.")
    assert got.get("ty_le_lanh_dao_quan_ly") == 18.5
