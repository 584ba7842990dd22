"""Figures classes found by blind set 35 (samples 231-236), each in other words, units and numbers
than the samples.

Class 1 (232): beside its own awards a department reports those its proposal earned for the
communes or schools in the same decision, the counts followed by whose they are ("... cho 03 tập
thể, 06 cá nhân thuộc các trường tiểu học"): other bodies' people, not the unit's awards
(figures/others_recipients.py). The unit's own recipients in the same sentence stay; a cluster's
members are its own to report.

Class 2 (233): a stated zero that names who was not awarded by kind ("chưa có tập thể, cá nhân
được khen thưởng đột xuất"): the kind words stand between the negation and the title as the
case words do (`context.zero_filler`).

Class 3 (233): the unit by its own name as the subject, the grantor between "được" and "công nhận"
("Ban Quản lý dự án ... được Chủ tịch UBND huyện công nhận danh hiệu “Tập thể lao động tiên
tiến”"): one collective, as with "được <grantor> tặng" (figures/prose.py).

Class 4 (232): the body states the count and calls an end note that breaks it down decision by
decision ("... có 03 lượt ... được khen thưởng chuyên đề(18)."): the note's sum is compared with
the body's count, not chosen over it (figures/passages.py); a call from a sentence with no count
leaves the note's parts summed.

Class 5 (found testing class 1, no sample missed it): the body named right after a count says whose
the counted are ("03 cá nhân thuộc Tổ Kỹ thuật"): in a passage summed award by award it is no
further recipient named one by one (figures/passages.py).
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set35")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: awards earned for other bodies' people -------------------------------------------

def test_awards_for_the_schools_people_in_the_same_decision_are_not_the_units(rules):
    got = _values(
        rules,
        "3. Khen thưởng đột xuất",
        "Quyết định số 245/QĐ-UBND ngày 05/5/2023 của Chủ tịch UBND huyện tặng Giấy khen cho 02 cá nhân "
        "của Phòng Giáo dục và Đào tạo có thành tích tổ chức Hội khỏe Phù Đổng.",
        "Cũng tại Quyết định này, theo đề nghị của Phòng, Chủ tịch UBND huyện tặng Giấy khen cho 03 tập "
        "thể và 06 cá nhân thuộc các trường tiểu học.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 2


def test_the_units_own_recipient_in_the_same_sentence_stays(rules):
    got = _values(
        rules,
        "2. Khen thưởng chuyên đề",
        "Giám đốc Sở Văn hóa và Thể thao tặng Giấy khen cho 01 cá nhân của Trung tâm; cùng đợt, tặng "
        "Giấy khen cho 05 cá nhân của các xã, thị trấn. Chủ tịch UBND huyện tặng Giấy khen cho 02 cá "
        "nhân của Trung tâm.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 3


def test_an_end_note_breaking_down_the_bodys_count_leaves_out_the_communes(rules):
    got = _values(
        rules,
        "III. CÔNG TÁC KHEN THƯỞNG",
        "- Khen thưởng đột xuất: 6 tháng đầu năm có 02 lượt cá nhân của Trạm được khen thưởng đột xuất(4).",
        "Ghi chú:",
        "(4) Quyết định số 88/QĐ-UBND ngày 03/5/2023 của Chủ tịch UBND huyện tặng Giấy khen cho 01 cá nhân "
        "của Trạm có thành tích phòng, chống dịch bệnh gia súc; Quyết định số 91/QĐ-SNN ngày 10/5/2023 "
        "của Giám đốc Sở tặng Giấy khen 01 cá nhân. Cùng Quyết định số 88/QĐ-UBND, Chủ tịch UBND huyện "
        "tặng Giấy khen cho 02 tập thể, 07 cá nhân ở các xã vùng dịch.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 2


def test_a_cluster_reports_its_members_awards(rules):
    # a cluster's sender reports for its members: "thuộc các xã" is its own whole, not others'
    got = _values(
        rules,
        "2. Khen thưởng đột xuất",
        "Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể, 05 cá nhân thuộc các xã trong Cụm. "
        "Giám đốc Công an tỉnh tặng Giấy khen cho 03 cá nhân thuộc các xã trong Cụm.",
        unit_type="cluster",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 10


def test_the_units_own_people_said_to_be_its_own_are_counted(rules):
    # "của Phòng" (the unit, no plural "các") is whose they are: the unit's own awards
    got = _values(
        rules,
        "2. Khen thưởng đột xuất",
        "Chủ tịch UBND huyện tặng Giấy khen cho 03 cá nhân của Phòng. Giám đốc Sở Xây dựng tặng "
        "Giấy khen cho 01 cá nhân của Phòng.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 4


# --- class 2: a zero naming who was not awarded by kind -----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Sáu tháng đầu năm 2023, Trạm chưa có tập thể, cá nhân được khen thưởng đột xuất.",
    "Đến nay cơ quan không có tập thể hoặc cá nhân nào được khen thưởng chuyên đề.",
])
def test_a_zero_naming_the_kinds_not_awarded(rules, sentence):
    got = _values(rules, "4. Công tác khen thưởng", sentence)
    assert got["khen_chuyen_de_dot_xuat"] == 0


def test_a_count_beside_a_kind_not_awarded_stays_a_count(rules):
    got = _values(rules, "4. Công tác khen thưởng",
                  "Trong 6 tháng, 04 cá nhân được khen thưởng đột xuất; chưa có tập thể được khen.")
    assert got["khen_chuyen_de_dot_xuat"] == 4


# --- class 3: the unit by name, the grantor between "được" and "công nhận" ---------------------

@pytest.mark.parametrize("grantor", ["UBND huyện", "Chủ tịch UBND huyện", "Giám đốc Sở Xây dựng"])
def test_the_unit_by_name_recognised_by_a_named_grantor(rules, grantor):
    got = _values(
        rules,
        "3. Khen thưởng",
        f"Năm 2022, Ban Quản lý dự án đầu tư xây dựng huyện được {grantor} công nhận danh hiệu "
        "“Tập thể lao động tiên tiến”; 09 viên chức đạt danh hiệu “Lao động tiên tiến”.",
    )
    assert got["tap_the_lao_dong_tien_tien"] == 1
    assert got["lao_dong_tien_tien"] == 9


def test_several_bodies_recognised_by_a_grantor_are_no_count_of_one(rules):
    got = _values(
        rules,
        "3. Khen thưởng",
        "Năm 2022, các tổ chuyên môn được Hiệu trưởng công nhận danh hiệu “Tập thể lao động tiên tiến”.",
    )
    assert got.get("tap_the_lao_dong_tien_tien") != 1


# --- class 4: an end note called by the body's total is its breakdown ---------------------------

def _noted(body):
    return (
        "II. KHEN THƯỞNG",
        body,
        "Ghi chú:",
        "(3) Quyết định số 55/QĐ-UBND ngày 14/3/2023 của Chủ tịch UBND huyện tặng Giấy khen cho 02 cá nhân "
        "của Chi cục có thành tích phòng cháy, chữa cháy rừng. Quyết định số 60/QĐ-UBND ngày 20/3/2023 "
        "của Chủ tịch UBND huyện tặng Giấy khen cho 05 cá nhân tham gia chữa cháy rừng tại địa phương.",
    )


def test_the_bodys_stated_count_stands_over_the_sum_of_its_note(rules):
    got = _values(rules, *_noted(
        "- Khen thưởng đột xuất: 6 tháng đầu năm có 02 lượt cá nhân của Chi cục được khen thưởng đột xuất(3)."))
    assert got["khen_chuyen_de_dot_xuat"] == 2


def test_a_note_called_by_a_sentence_with_no_count_is_summed(rules):
    got = _values(rules, *_noted(
        "- Khen thưởng đột xuất: 6 tháng đầu năm, Chủ tịch UBND huyện đã khen thưởng đột xuất kịp thời(3)."))
    assert got["khen_chuyen_de_dot_xuat"] == 7


# --- class 5: a body named after "thuộc" / "của" right after a count is whose they are ---------

def test_a_team_named_after_the_count_is_whose_they_are(rules):
    got = _values(
        rules,
        "2. Khen thưởng đột xuất",
        "Chủ tịch UBND huyện tặng Giấy khen cho 03 cá nhân thuộc Tổ Kỹ thuật. Giám đốc Sở Xây dựng tặng "
        "Giấy khen cho 01 cá nhân thuộc Tổ Hành chính.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 4


def test_a_team_named_as_a_recipient_of_its_own_still_counts(rules):
    got = _values(
        rules,
        "2. Khen thưởng đột xuất",
        "Chủ tịch UBND huyện tặng Giấy khen cho 03 cá nhân và Tổ Kỹ thuật. Giám đốc Sở Xây dựng tặng "
        "Giấy khen cho 01 cá nhân.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 5
