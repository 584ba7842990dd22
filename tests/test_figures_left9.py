"""Figures classes left open by the ninth round's blind sets, in other words than the samples'.

Class 1 (241): a collective title conferred on one body named right after it ("... công nhận danh
hiệu “Tập thể lao động tiên tiến” năm 2022 cho Trạm Khuyến nông huyện") is a count of one
(prose._self_recipient_after); "cho các tập thể", "cho 03 tập thể" are not.

Class 2 (no sample; a synthetic finding): a sentence stating only a share under the thematic and
ad-hoc awards' heading ("Tỷ lệ người lao động trực tiếp được khen: 100%") names no recipient: it
gave the ad-hoc figure 1. A sentence with its own count still gives it.
"""

from figure_helpers import figures_ruleset, values

RULES = figures_ruleset("left9")
AWARDS = "II. CÔNG TÁC KHEN THƯỞNG"
ADHOC = "2. Khen thưởng chuyên đề, đột xuất"


# --- class 1: a collective title given to one body named after it ---

def test_a_collective_title_conferred_on_one_named_body_counts_one():
    got = values(RULES, AWARDS, "Ngày 15/01/2023, Chủ tịch UBND huyện ban hành Quyết định số 64/QĐ-UBND công "
                 "nhận danh hiệu \"Tập thể lao động tiên tiến\" năm 2022 cho Trạm Khuyến nông huyện.")
    assert got.get("tap_the_lao_dong_tien_tien") == 1, got


def test_the_body_may_be_called_a_collective_before_its_name():
    got = values(RULES, AWARDS, "Hội được công nhận danh hiệu Tập thể lao động tiên tiến cho tập thể Văn phòng "
                 "Hội theo Quyết định số 12/QĐ-UBND ngày 20/01/2023.")
    assert got.get("tap_the_lao_dong_tien_tien") == 1, got


def test_collectives_in_general_are_no_count():
    # contrast: no body named
    got = values(RULES, AWARDS, "Quyết định số 64/QĐ-UBND công nhận danh hiệu Tập thể lao động tiên tiến năm 2022 "
                 "cho các tập thể có thành tích.")
    assert "tap_the_lao_dong_tien_tien" not in got, got


def test_a_count_of_collectives_is_still_read_as_counted():
    got = values(RULES, AWARDS, "UBND huyện công nhận danh hiệu Tập thể lao động tiên tiến cho 03 tập thể.")
    assert got.get("tap_the_lao_dong_tien_tien") == 3, got


# --- class 2: a share alone under the ad-hoc heading ---

def test_a_share_alone_under_the_ad_hoc_heading_gives_no_ad_hoc_count():
    got = values(RULES, AWARDS, ADHOC, "Tỷ lệ người lao động trực tiếp được khen: 100%.")
    assert got.get("ty_le_lao_dong_truc_tiep") == 100, got
    assert "khen_chuyen_de_dot_xuat" not in got, got


def test_a_share_sentence_naming_the_ad_hoc_awards_gives_no_ad_hoc_count():
    got = values(RULES, AWARDS, ADHOC,
                 "Trong tổng số cá nhân được khen thưởng đột xuất, người lao động trực tiếp chiếm 60%.")
    assert got.get("ty_le_lao_dong_truc_tiep") == 60, got
    assert "khen_chuyen_de_dot_xuat" not in got, got


def test_a_counted_award_beside_its_share_still_counts():
    # contrast: the sentence counts those awarded
    got = values(RULES, AWARDS, ADHOC,
                 "Ban Thường vụ khen thưởng 06 cá nhân, trong đó người lao động trực tiếp chiếm 50%.")
    assert got.get("khen_chuyen_de_dot_xuat") == 6, got


def test_one_named_person_under_the_ad_hoc_heading_still_counts_one():
    got = values(RULES, AWARDS, ADHOC, "Đồng chí Nguyễn Văn An được khen thưởng.")
    assert got.get("khen_chuyen_de_dot_xuat") == 1, got
