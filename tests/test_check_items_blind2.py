"""Ways of saying an item (or of not saying it) found by the blind samples 31-36.

Each test uses its own synthetic wording, checked through check_items on a segmented
synthetic Document: a phrasing the rules now understand, or a trap they now avoid.
"""

import pytest

from tdkt.rules.loader import load_ruleset
from item_helpers import judge


@pytest.fixture(scope="module")
def rules():
    return load_ruleset()


# --- P3: renewing the way an organisation works is the working-methods field --------------------

def test_p3_renewed_ways_of_working_count_as_working_methods(rules):
    r = judge(rules, "2. Các phong trào thi đua",
              "Hội các cấp đổi mới phương thức hoạt động, giảm bớt hội họp, tăng cường bám sát chi hội.",
              "Hội đã trao 150 suất quà cho gia đình chính sách, người có công.")["P3"]
    assert r.status == "present"


def test_p3_working_methods_only_as_a_task_stay_out(rules):
    r = judge(rules, "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
              "Tiếp tục đổi mới phương thức hoạt động, giảm hội họp.")["P3"]
    assert r.status == "missing"


# --- M7: "đô thị văn minh" inside the Front's campaign name is no urban-standard result ----------

def test_m7_campaign_name_with_civilised_town_is_not_the_urban_movement(rules):
    r = judge(rules, '4. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"',
              "Các khu dân cư đã vận động Nhân dân góp 2,1 tỷ đồng, hiến 900 m2 đất mở rộng đường thôn.")["M7"]
    assert r.status == "missing"


def test_m7_real_urban_results_still_count(rules):
    r = judge(rules, "2. Các phong trào thi đua",
              "Thị trấn đã hoàn thành chỉnh trang đô thị 3 tuyến phố, đạt 2 tiêu chí đô thị loại IV.")["M7"]
    assert r.status == "present"


# --- K2: a Giấy khen given as a thematic award is not the 2022 Giấy khen ------------------------

def test_k2_thematic_giay_khen_does_not_fill_the_2022_part(rules):
    r = judge(rules, "3. Công tác khen thưởng",
              "Năm 2022 có 09 cá nhân đạt Lao động tiên tiến, 01 cá nhân đạt Chiến sĩ thi đua cơ sở, "
              "02 tập thể đạt Tập thể lao động tiên tiến.",
              "Dịp sơ kết chuyên đề phòng chống thiên tai, Chủ tịch Hội tặng Giấy khen cho 4 tập thể, 7 cá nhân.")["K2"]
    assert r.status == "partial"
    assert "Giấy khen" in r.note


# --- M2: the national target programme's name is not a target ----------------------------------

def test_m2_help_to_the_poor_from_the_national_programme_is_a_result(rules):
    r = judge(rules, "2. Các phong trào thi đua",
              "Từ vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, đã hỗ trợ 40 con dê giống cho 40 hộ nghèo.")["M2"]
    assert r.status == "present"


def test_m2_a_real_poverty_target_stays_a_target(rules):
    r = judge(rules, "2. Các phong trào thi đua",
              "Mục tiêu năm 2023 giảm 1,5% hộ nghèo.")["M2"]
    assert r.status == "missing"


# --- M1 vs M6: a passage only about the district's criteria and dossier is not M1 -------------

def test_m1_district_criterion_and_dossier_passage_is_not_the_people_movement(rules):
    res = judge(rules, "3. Tham gia xây dựng nông thôn mới",
                "Chi nhánh đã hoàn thành 6 km đường ống, đạt tiêu chí huyện về nước sạch, gửi văn bản "
                "phục vụ hồ sơ công nhận huyện đạt chuẩn nông thôn mới.")
    assert res["M1"].status == "missing"
    assert res["M6"].status == "present"


def test_m1_people_contributions_under_the_same_heading_still_count(rules):
    r = judge(rules, "3. Tham gia xây dựng nông thôn mới",
              "Nhân dân đã đóng góp 800 triệu đồng, hiến 1.200 m2 đất làm đường giao thông nông thôn.")["M1"]
    assert r.status == "present"


# --- P5: outstanding teams put forward for replication are advanced examples -------------------

def test_p5_outstanding_teams_for_replication(rules):
    r = judge(rules, "2. Các phong trào thi đua",
              "Công ty chọn 03 nhóm sản xuất tiêu biểu để nhân rộng ra các phân xưởng.")["P5"]
    assert r.status == "present"


# --- K4: "LĐ trực tiếp" in a bullet, words only ------------------------------------------------

def test_k4_abbreviated_direct_workers_in_words_is_partial(rules):
    r = judge(rules, "4. Khen thưởng", "- Tỷ lệ cá nhân là LĐ trực tiếp: chiếm đa số")["K4"]
    assert r.status == "partial"


# --- D1: "Ưu:" as a bullet's lead-in -----------------------------------------------------------

def test_d1_short_lead_in_for_strengths(rules):
    r = judge(rules, "II. ĐÁNH GIÁ", "- Ưu: các thôn hưởng ứng tích cực, khen thưởng đúng người.")["D1"]
    assert r.status == "present"


def test_d1_priority_is_not_strengths(rules):
    r = judge(rules, "2. Các phong trào thi đua", "Ưu tiên hỗ trợ hộ nghèo vay vốn sản xuất.")["D1"]
    assert r.status == "missing"
