"""Figures classes found by blind set 24 (samples 165-170), each in other words, units and
numbers than the samples; Documents built from paragraphs (figure_helpers.doc) and DOCX files
written with python-docx and read back by tdkt's reader.

Class 1 (168): a small office gives its awards by name, one line per recipient, the title after
a colon and no number ("- Đồng chí ..., Trưởng phòng: danh hiệu “Chiến sĩ thi đua cơ sở”"):
one named person (or the office itself, "Tập thể Phòng ...:") is a count of one.
Class 2 (167, 170): last year's count beside the half year's stated zero (per clause).
Class 3 (170): an ad-hoc label's paragraph with last year's clause and a breakdown in parentheses.
Class 4 (169): one year's awards listed in a "Tập thể:" item and a "Cá nhân:" item: a title given
to both kinds (Giấy khen) is the sum of the two, a body named without a number counting one.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx, values

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set24")


_BY_NAME = [
    "III. CÔNG TÁC KHEN THƯỞNG",
    "Kết quả bình xét năm 2022 (Quyết định số 45/QĐ-UBND ngày 09/01/2023 của Chủ tịch UBND huyện):",
    "+ Tập thể Phòng Tư pháp: danh hiệu “Tập thể lao động tiên tiến”.",
    "+ 05/05 công chức đạt danh hiệu “Lao động tiên tiến”.",
    "+ Bà Lê Thị Mai Hương, Trưởng phòng: danh hiệu “Chiến sĩ thi đua cơ sở”.",
    "+ Ông Trần Quốc Việt, chuyên viên: Giấy khen của Chủ tịch UBND huyện.",
]


def test_awards_given_by_name_count_one_each(rules):
    got = values(rules, *_BY_NAME)
    assert got.get("tap_the_lao_dong_tien_tien") == 1
    assert got.get("lao_dong_tien_tien") == 5
    assert got.get("chien_si_thi_dua_co_so") == 1
    assert got.get("giay_khen") == 1


def test_awards_by_name_read_back_from_docx(tmp_path, rules):
    got = extract_figures(table_docx(tmp_path, _BY_NAME), rules).values
    assert (got.get("chien_si_thi_dua_co_so"), got.get("giay_khen"), got.get("tap_the_lao_dong_tien_tien")) == (1, 1, 1)


def test_named_lines_that_are_no_award_of_one(rules):
    # two people before the colon, a negation after it, a plural body: not a count of one
    got = values(rules, "3. Khen thưởng",
                 "- Đồng chí Phạm Văn Bình và đồng chí Hồ Thị Lan: danh hiệu “Chiến sĩ thi đua cơ sở”.",
                 "- Ông Nguyễn Hữu Tài, kế toán: chưa đủ điều kiện đề nghị Giấy khen.",
                 "- Các phòng chuyên môn: danh hiệu “Tập thể lao động tiên tiến”.")
    assert got.get("chien_si_thi_dua_co_so") != 1
    assert got.get("giay_khen") in (None, 0)
    assert got.get("tap_the_lao_dong_tien_tien") != 1


# Class 2 (167, 170): last year's count beside the half year's stated zero, in one paragraph or
# one sentence, the year after a label ("Về đề tài, sáng kiến: năm 2022 ..."): the period's zero.
def test_last_years_count_beside_the_half_years_zero_in_two_sentences(rules):
    got = values(rules, "2. Công tác khen thưởng",
                 "Về đề tài, sáng kiến: năm 2022 có 03 sáng kiến của viên chức Trung tâm được công nhận cấp cơ sở. "
                 "Sáu tháng đầu năm 2023 chưa có sáng kiến được công nhận; 04 viên chức đăng ký sáng kiến mới.")
    assert got.get("sang_kien") == 0


def test_last_years_count_beside_the_half_years_zero_in_one_sentence(rules):
    got = values(rules, "II. KHEN THƯỞNG",
                 "+ Sáng kiến: năm 2022 Hội đồng xét duyệt công nhận 05 sáng kiến; 6 tháng đầu năm 2023 "
                 "chưa tổ chức xét công nhận sáng kiến (Hội đồng họp vào quý IV).")
    assert got.get("sang_kien") == 0


def test_the_half_years_count_still_wins_over_last_years(rules):
    got = values(rules, "II. KHEN THƯỞNG",
                 "+ Sáng kiến: năm 2022 có 05 sáng kiến được công nhận; 6 tháng đầu năm 2023 có 02 sáng kiến được công nhận.")
    assert got.get("sang_kien") == 2


# Class 3 (170): under a label of the ad-hoc awards, last year's clause ("cả năm 2022 ...") and a
# parenthesis breaking the half year's count down by occasion add nothing to the period's figure.
def test_ad_hoc_label_with_last_years_clause_and_a_breakdown(rules):
    got = values(rules, "3. Khen thưởng",
                 "+ Khen thưởng đột xuất: cả năm 2022 Chủ tịch UBND thị trấn khen thưởng 12 tập thể, 30 cá nhân. "
                 "6 tháng đầu năm 2023 khen thưởng 03 tập thể, 04 cá nhân (phòng chống cháy rừng: 02 tập thể, "
                 "01 cá nhân; bắt giữ đối tượng trộm cắp: 01 tập thể, 03 cá nhân).")
    assert got.get("khen_chuyen_de_dot_xuat") == 7


def test_ad_hoc_label_counts_of_the_half_year_still_add(rules):
    got = values(rules, "3. Khen thưởng",
                 "- Khen thưởng chuyên đề, đột xuất: Chủ tịch UBND xã tặng Giấy khen cho 02 tập thể, 06 cá nhân "
                 "(thành tích phòng chống dịch); khen thưởng đột xuất 01 tập thể, 02 cá nhân.")
    assert got.get("khen_chuyen_de_dot_xuat") == 11


# Class 4 (169): "- Đối với tập thể: ..." and "- Đối với cá nhân: ..." items of one list.
_BY_KIND = [
    "2. Kết quả khen thưởng năm 2022",
    "- Đối với tập thể: Trạm được công nhận danh hiệu “Tập thể lao động tiên tiến”; khoa Dược được "
    "Chủ tịch UBND huyện tặng Giấy khen.",
    "- Đối với cá nhân: 17 viên chức đạt danh hiệu “Lao động tiên tiến”; 05 viên chức được Chủ tịch "
    "UBND huyện tặng Giấy khen.",
]


def test_one_title_listed_by_recipient_kind_adds_up(rules):
    got = values(rules, *_BY_KIND)
    assert got.get("giay_khen") == 6  # khoa Dược + 05 viên chức
    assert got.get("lao_dong_tien_tien") == 17
    assert got.get("tap_the_lao_dong_tien_tien") == 1


def test_by_kind_counts_add_read_back_from_docx(tmp_path, rules):
    items = ["2. Kết quả khen thưởng năm 2022",
             "+ Tập thể: 02 tổ sản xuất được Giám đốc Công ty tặng Giấy khen.",
             "+ Cá nhân: 09 người lao động được Giám đốc Công ty tặng Giấy khen."]
    assert extract_figures(table_docx(tmp_path, items), rules).values.get("giay_khen") == 11


def test_by_kind_items_of_a_proposal_or_one_kind_add_nothing(rules):
    proposed = values(rules, "3. Đề nghị khen thưởng năm 2023",
                      "Trạm đề nghị:",
                      "- Tập thể: đề nghị tặng Giấy khen cho tổ Xét nghiệm.",
                      "- Cá nhân: đề nghị tặng Giấy khen cho 04 cá nhân.")
    assert proposed.get("giay_khen") != 5
    one_kind = values(rules, "2. Kết quả khen thưởng năm 2022",
                      "- Cá nhân: 06 viên chức được tặng Giấy khen.",
                      "- Tập thể lao động tiên tiến: 01 (Trạm).")
    assert one_kind.get("giay_khen") == 6


# Class 5 (165): under a lead-in naming both last year's titles and the half year's ad-hoc awards,
# a clause opening with last year ("năm 2022 có ...") gives 2022's titles and Giấy khen, neither
# excluded nor absorbed by the lead's "đột xuất"; a summing-up sentence naming another figure
# ("Như vậy, 04 đơn vị ... có 03 sáng kiến") is no total of the ad-hoc awards.
_BOTH_PERIODS = [
    "III. KHEN THƯỞNG",
    "Kết quả khen thưởng năm 2022 và khen thưởng đột xuất 6 tháng đầu năm 2023 của các đội như sau:",
    "Như vậy, 04 đội đã có 03 sáng kiến được công nhận; năm 2022 có 41 người đạt danh hiệu Lao động tiên "
    "tiến, Giám đốc Ban Quản lý tặng Giấy khen cho 05 tập thể và 12 cá nhân. Trong 6 tháng đầu năm 2023, "
    "Ban Quản lý khen thưởng đột xuất cho 02 tập thể và 06 cá nhân.",
]


def test_last_years_clause_under_a_lead_naming_both_periods(rules):
    got = values(rules, *_BOTH_PERIODS)
    assert got.get("giay_khen") == 17
    assert got.get("lao_dong_tien_tien") == 41
    assert got.get("khen_chuyen_de_dot_xuat") == 8  # not the 04 đội of the summing-up clause


def test_the_half_years_giay_khen_under_the_same_lead_stays_ad_hoc(rules):
    got = values(rules, _BOTH_PERIODS[0], _BOTH_PERIODS[1],
                 "Sáu tháng đầu năm 2023, Giám đốc Ban Quản lý tặng Giấy khen cho 01 tập thể và 03 cá nhân.")
    assert got.get("khen_chuyen_de_dot_xuat") == 4
    assert got.get("giay_khen") is None


# Class 6 (165's table): title columns whose heading says the cells are "collectives / individuals"
# ("Giấy khen năm 2022 (TT/CN)", "Khen CĐ, đột xuất 6 tháng 2023 (TT/CN)"): a cell "5/14" is 5
# collectives and 14 individuals (19), no fraction; the totals row gives the figures.
_PAIR_TABLE = [
    ["TT", "Đơn vị", "LĐTT năm 2022", "Giấy khen năm 2022 (TT/CN)", "Khen CĐ, đột xuất 6 tháng 2023 (TT/CN)"],
    ["1", "Trường Mầm non Hoa Sen", "18", "2/6", "1/3"],
    ["2", "Trường Tiểu học số 2", "23", "3/8", "0/2"],
    ["", "Tổng cộng", "41", "5/14", "1/5"],
]


def test_collectives_individuals_pair_cells_under_a_tt_cn_heading(rules):
    got = values(rules, "3. Khen thưởng", "Kết quả khen thưởng của các trường như sau:", _PAIR_TABLE)
    assert got.get("giay_khen") == 19
    assert got.get("khen_chuyen_de_dot_xuat") == 6
    assert got.get("lao_dong_tien_tien") == 41


def test_pair_cells_read_back_from_docx(tmp_path, rules):
    doc = table_docx(tmp_path, ["3. Khen thưởng", "Kết quả khen thưởng của các trường như sau:", (_PAIR_TABLE, 1)])
    got = extract_figures(doc, rules).values
    assert (got.get("giay_khen"), got.get("khen_chuyen_de_dot_xuat")) == (19, 6)
