"""Figures classes found by blind set 37 (samples 243-248), each in other words, units and numbers
than the samples.

Class 1 (244): a numbered line quoting the directive's long point as the office's own title ("4.
Tỷ lệ cá nhân là ... được tặng danh hiệu ..., Giấy khen tính đến ngày 30/6/2023"), too long for
the figures walk's heading bounds, is a title all the same when it stands alone, ends with no
stop and counts nothing: the passage of the heading before it (the ad-hoc awards') closes there,
and the ratio's "Tổng số ... lượt" under it is no total of that passage (figures/long_title.py).

Class 2 (245): a paragraph opened by the period's label ("Khen thưởng đột xuất: ...") adds every
count after it, except a count its own clause proposes ("...; đồng thời đề nghị Chủ tịch UBND
huyện tặng Giấy khen cho 01 cá nhân (chưa có quyết định)") (figures/proposed_clauses.py).

Class 3 (247): the parenthesis breaking down the ad-hoc awards' count by grantor ("khen thưởng
chuyên đề, đột xuất 03 cá nhân (02 cá nhân được ... tặng Giấy khen ..., 01 cá nhân được ... tặng
Giấy khen ...)") names those awards: its Giấy khen are no annual Giấy khen
(figures/breakdown_titles.py).

Class 4 (245): a closing total of Giấy khen "từ đầu năm đến nay" that adds the annual ones and the
ad-hoc ones (19 + 4 = 23) is neither figure (figures/mixed_totals.py).

Class 5 (248): a Giấy khen the report still proposes for a deed of this half year ("đề nghị Chủ
tịch UBND huyện tặng Giấy khen cho 01 tập thể và 03 cá nhân có thành tích xuất sắc trong xây dựng
hồ sơ ..."), naming no year before, is no annual Giấy khen; one proposed for last year's work, or
with no deed, stays the fallback (figures/ad_hoc_proposals.py, rules `context.deed`).
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set37")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: a numbered title quoting the directive's long point -------------------------------

_LONG_TITLE = ("4. Tỷ lệ cá nhân là hội viên trực tiếp sản xuất, là cán bộ lãnh đạo, quản lý được tặng danh "
               "hiệu \"Lao động tiên tiến\", \"Chiến sĩ thi đua cơ sở\", Giấy khen tính đến ngày 30 tháng 6 năm 2023")


def test_a_long_numbered_title_closes_the_ad_hoc_passage_before_it(rules):
    assert len(_LONG_TITLE) > 160
    got = _values(
        rules,
        "3. Khen thưởng chuyên đề, đột xuất trong 6 tháng đầu năm 2023",
        "Sáu tháng qua, Hội không có tập thể, cá nhân nào được khen thưởng chuyên đề, đột xuất.",
        _LONG_TITLE,
        "Tổng cộng 12 lượt cá nhân được công nhận danh hiệu và tặng Giấy khen; trong đó hội viên trực tiếp "
        "sản xuất 09 lượt, chiếm 75%; cán bộ lãnh đạo, quản lý 03 lượt, chiếm 25%.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 0
    assert got["ty_le_lao_dong_truc_tiep"] == 75


def test_a_title_of_middle_length_closes_it_too(rules):
    title = ("d) Tỷ lệ người lao động trực tiếp, cán bộ lãnh đạo, quản lý được khen thưởng danh hiệu "
             "\"Lao động tiên tiến\", Giấy khen đến 30/6/2023")
    assert 120 <= len(title) <= 160
    got = _values(
        rules,
        "c) Khen thưởng đột xuất",
        "Trạm chưa có trường hợp được khen thưởng đột xuất.",
        title,
        "Tổng số 08 lượt cá nhân được khen; trực tiếp 05 lượt (62,5%), lãnh đạo, quản lý 03 lượt (37,5%).",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 0


def test_a_long_numbered_statement_with_counts_stays_in_the_passage(rules):
    # a numbered line that reports (counts, and a stop) is a point of the passage, not a title
    got = _values(
        rules,
        "3. Khen thưởng chuyên đề, đột xuất",
        "a) Chủ tịch UBND huyện tặng Giấy khen đột xuất cho 02 cá nhân là hội viên Chi hội thôn Hòa Trung đã "
        "có hành động dũng cảm cứu người bị nạn trong mưa lũ đầu tháng 5 năm 2023 tại khu vực đập dâng.",
        "b) Ban Thường vụ Hội tặng Giấy khen chuyên đề cho 01 tập thể về phong trào nông dân sản xuất giỏi.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 3


# --- class 2: a proposal clause in a paragraph of the period's awards ---------------------------

def test_a_proposed_count_after_the_label_is_no_award_of_the_period(rules):
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "- Khen thưởng chuyên đề: Giám đốc Trung tâm tặng Giấy khen cho 02 tập thể và 05 cá nhân có thành tích "
        "trong đợt tiêm chủng mở rộng; đồng thời trình Chủ tịch UBND huyện khen thưởng 02 cá nhân (đang chờ quyết định).",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 7


def test_an_award_made_on_a_proposal_still_counts(rules):
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "- Khen thưởng đột xuất: theo đề nghị của Công an thị trấn, Chủ tịch UBND thị trấn tặng Giấy khen cho "
        "01 tập thể (Đội dân phòng khu phố 3); Chủ tịch UBND huyện tặng Giấy khen cho 02 cá nhân có thành tích "
        "bắt giữ đối tượng trộm cắp.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 3


# --- class 3: Giấy khen named in the breakdown of the ad-hoc awards' count ------------------------

def test_giay_khen_in_the_breakdown_of_the_ad_hoc_count_are_not_the_annual_figure(rules):
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "Năm 2022, Trạm được Chủ tịch UBND xã công nhận danh hiệu \"Tập thể lao động tiên tiến\" và tặng Giấy khen "
        "cho 01 tập thể, 04 cá nhân; 6 tháng đầu năm 2023, khen thưởng đột xuất 04 cá nhân (03 cá nhân được Giám "
        "đốc Trung tâm Y tế tặng Giấy khen về phòng, chống sốt xuất huyết, 01 cá nhân được Chủ tịch UBND xã tặng "
        "Giấy khen vì cứu người đuối nước).",
    )
    assert got["giay_khen"] == 5
    assert got["khen_chuyen_de_dot_xuat"] == 4


def test_giay_khen_in_another_titles_aside_still_count(rules):
    # only the figure that absorbs Giấy khen has its breakdown read so
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "Năm 2022, 12 cá nhân đạt danh hiệu \"Lao động tiên tiến\" (trong đó 03 cá nhân được Chủ tịch UBND huyện "
        "tặng Giấy khen).",
    )
    assert got["lao_dong_tien_tien"] == 12
    assert got["giay_khen"] == 3


# --- class 4: a closing total adding the annual Giấy khen and the ad-hoc ones ----------------------

def _town(closing):
    return ("3. Công tác khen thưởng",
            "- Khen thưởng năm 2022: Chủ tịch UBND thị trấn tặng Giấy khen cho 03 tập thể và 08 cá nhân hoàn thành "
            "xuất sắc nhiệm vụ năm 2022.",
            "- Khen thưởng chuyên đề: Chủ tịch UBND thị trấn tặng Giấy khen cho 02 cá nhân có thành tích trong công "
            "tác phòng, chống lụt bão.",
            closing)


def test_a_total_of_the_annual_and_ad_hoc_giay_khen_is_neither(rules):
    got = _values(rules, *_town("Tổng cộng từ đầu năm đến nay, thị trấn đã tặng Giấy khen cho 13 lượt tập thể, cá nhân."))
    assert got["giay_khen"] == 11
    assert got["khen_chuyen_de_dot_xuat"] == 2


def test_a_total_of_the_annual_giay_khen_alone_still_wins(rules):
    got = _values(rules, *_town("Tổng số Giấy khen năm 2022 của thị trấn: 12 lượt tập thể, cá nhân."))
    assert got["giay_khen"] == 12


# --- class 5: a Giấy khen still proposed, for this half year's deeds ----------------------------

def test_a_giay_khen_proposed_for_the_half_years_deeds_is_no_annual_giay_khen(rules):
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "Ban Thường vụ Hội đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 02 chi hội và 05 hội viên có thành tích "
        "trong phong trào hiến đất làm đường giao thông nông thôn.",
    )
    assert "giay_khen" not in got


def test_a_giay_khen_of_last_year_still_awaited_stays_the_fallback(rules):
    got = _values(
        rules,
        "3. Công tác khen thưởng",
        "Hội đã đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 03 hội viên hoàn thành xuất sắc nhiệm vụ năm 2022 "
        "(đến nay chưa có quyết định).",
    )
    assert got["giay_khen"] == 3


def test_a_giay_khen_proposed_with_no_deed_stays_the_fallback(rules):
    got = _values(rules, "3. Công tác khen thưởng", "Hội đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 04 hội viên.")
    assert got["giay_khen"] == 4
