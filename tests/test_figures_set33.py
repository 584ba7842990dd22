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


# Class 2 (221, 223): the sentence opening with the report's own period outranks one opening with
# an earlier one — the half year written without its year, a school unit's school year 2022 - 2023

def test_a_zero_for_the_half_year_without_its_year_outranks_last_years_count(rules):
    got = _values(rules, "IV. KHEN THƯỞNG", "1. Sáng kiến",
                  "Năm 2022 Chi cục có 03 sáng kiến được Hội đồng sáng kiến Cục công nhận (tháng 11/2022). "
                  "Sáu tháng đầu năm chưa có sáng kiến nào được công nhận (Cục xét vào cuối năm).")
    assert got["sang_kien"] == 0


def test_the_half_year_of_another_year_is_not_the_reports_own(rules):
    got = _values(rules, "IV. KHEN THƯỞNG", "1. Sáng kiến",
                  "6 tháng đầu năm 2022 có 02 sáng kiến được công nhận. Năm 2022 Chi cục có 03 sáng kiến được "
                  "công nhận.")
    assert got["sang_kien"] == 2  # neither opens with this period: the first statement, as before


def test_the_school_year_closing_in_the_half_year_outranks_the_one_before(rules):
    got = _values(rules, "Phần II. Khen thưởng", [
        ["Nội dung yêu cầu", "Kết quả thực hiện"],
        ["Tổ chức phát động thi đua", "Phát động ngày 20/02/2023, 100% tổ chuyên môn ký giao ước thi đua."],
        ["Điển hình tiên tiến", "Giới thiệu 02 gương giáo viên tận tụy với học viên vùng khó."],
        ["Sáng kiến được công nhận", "Năm học 2021-2022: 06 sáng kiến (đã báo cáo). Năm học 2022-2023: Hội đồng "
                                     "sáng kiến nhà trường công nhận 03 sáng kiến (Quyết định ngày 18/5/2023)."],
    ], unit_type="education")
    assert got["sang_kien"] == 3


# Class 3 (220): the half year as a label with its colon opens a sentence whose clauses, cut at ";",
# are each an award of the period by another grantor: they add up, as after "6 tháng đầu năm 2023,"
# (figures/period_opening.py)

def test_a_period_label_with_a_colon_adds_its_grantors_clauses(rules):
    got = extract_figures(doc(
        "III. CÔNG TÁC KHEN THƯỞNG",
        "Năm 2022: Hội Nông dân tỉnh tặng Giấy khen cho 03 tập thể và 05 cá nhân.",
        "Sáu tháng đầu năm 2023: Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 02 tập thể và 01 cá nhân có "
        "thành tích trong phong trào sản xuất giỏi; Ban Chỉ đạo Cuộc vận động tỉnh tặng Giấy khen cho 04 cá nhân.",
    ), rules, "mass_org")
    assert got.values["khen_chuyen_de_dot_xuat"] == 7
    assert got.values["giay_khen"] == 8
    assert [v for v, _ in got.parts["khen_chuyen_de_dot_xuat"]] == [3, 4]


def test_a_period_label_with_a_proposal_clause_adds_nothing_proposed(rules):
    got = _values(rules, "III. CÔNG TÁC KHEN THƯỞNG",
                  "Sáu tháng đầu năm 2023: Hội Nông dân tỉnh tặng Giấy khen cho 02 tập thể; đề nghị Trung ương Hội "
                  "tặng Bằng khen cho 01 cá nhân.", unit_type="mass_org")
    assert got["khen_chuyen_de_dot_xuat"] == 2


# Class 4 (223): a recap of the half year's decisions that counts emulation titles ("danh hiệu",
# yearly, never ad hoc) beside Giấy khen sums year-end and thematic awards: its Giấy khen count is
# neither figure, nor the total of the thematic passage above it (figures/title_recap.py)

def _recap(closing: str):
    return doc(
        "IV. CÔNG TÁC KHEN THƯỞNG",
        "2. Khen thưởng năm 2022",
        "Quyết định số 95/QĐ-CCT ngày 20/02/2023 của Cục trưởng tặng Giấy khen cho 04 cá nhân hoàn thành xuất sắc "
        "nhiệm vụ năm 2022.",
        "3. Khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023",
        "- Quyết định số 301/QĐ-CCT ngày 12/4/2023 của Cục trưởng tặng Giấy khen cho 01 tập thể (Đội Kiểm tra) và "
        "01 cá nhân có thành tích trong đợt cao điểm chống thất thu quý I/2023;",
        "- Quyết định số 410/QĐ-CCT ngày 25/5/2023 của Cục trưởng tặng Giấy khen cho 02 cá nhân đạt giải Ba Hội thi "
        "nghiệp vụ cấp tỉnh năm 2023.",
        closing,
    )


def test_a_recap_counting_titles_beside_giay_khen_is_no_ad_hoc_total(rules):
    got = extract_figures(_recap(
        "Như vậy, trong 6 tháng đầu năm 2023, tập thể, cá nhân của Chi cục được khen thưởng 01 danh hiệu tập thể, "
        "12 danh hiệu cá nhân và 08 Giấy khen của Cục trưởng (01 tập thể, 07 cá nhân)."), rules, "provincial_unit")
    assert got.values["khen_chuyen_de_dot_xuat"] == 4  # 2 + 2, the passage's parts
    assert got.values["giay_khen"] == 4  # the year-end decision's, not the recap's 8


def test_a_recap_of_the_ad_hoc_awards_alone_stays_their_total(rules):
    got = extract_figures(_recap(
        "Như vậy, trong 6 tháng đầu năm 2023, Chi cục được khen thưởng chuyên đề, đột xuất 05 lượt (01 tập thể, "
        "04 cá nhân)."), rules, "provincial_unit")
    assert got.values["khen_chuyen_de_dot_xuat"] == 5  # a stated total wins over its parts (4)
