"""More ways of saying an item (or of not saying it), found by the blind samples 25-30.

Each test uses its own synthetic wording: a generic phrasing the rules now understand, or a
trap they now avoid. Checked through check_items on a segmented synthetic Document.
"""

import pytest

from tdkt.rules.loader import load_ruleset
from item_helpers import judge


@pytest.fixture(scope="module")
def rules():
    return load_ruleset()


# --- L1: passing on higher levels' documents is generic direction ----------------------------------

def test_l1_passing_on_documents_of_higher_levels_is_partial(rules):
    r = judge(rules, "1. Công tác chỉ đạo",
              "Cơ quan đã phổ biến đầy đủ các văn bản của tỉnh, huyện về thi đua, khen thưởng tới viên chức.")["L1"]
    assert r.status == "partial"
    assert "Chưa dẫn Kế hoạch 15/KH-UBND" in r.note


def test_l1_deploying_documents_with_a_number_is_present(rules):
    r = judge(rules, "1. Lãnh đạo, chỉ đạo",
              "Trung tâm triển khai ngay các văn bản hướng dẫn, trong đó có Kế hoạch số 07/KH-TT ngày 02/02/2023.")["L1"]
    assert r.status == "present"


def test_l1_documents_only_as_next_half_task_stay_missing(rules):
    r = judge(rules, "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
              "Tiếp tục triển khai kịp thời các văn bản mới về thi đua, khen thưởng.")["L1"]
    assert r.status == "missing"


# --- M4: complying with the office rules is a result ---------------------------------------------

def test_m4_compliance_with_office_rules_is_a_result(rules):
    r = judge(rules, "2. Các phong trào thi đua",
              "Về quy tắc ứng xử: viên chức chấp hành tốt quy định về trang phục, đeo thẻ khi làm việc.")["M4"]
    assert r.status == "present"


def test_m4_compliance_only_as_next_half_task_stays_missing(rules):
    r = judge(rules, "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
              "Yêu cầu công chức chấp hành nghiêm nội quy cơ quan, đeo thẻ khi tiếp dân.")["M4"]
    assert r.status == "missing"


# --- K4: "mostly staff working directly" in words is partial -------------------------------------

def test_k4_mostly_direct_staff_in_words_is_partial(rules):
    r = judge(rules, "3. Công tác khen thưởng",
              "Những người được tặng danh hiệu phần lớn là viên chức trực tiếp giảng dạy, chăm sóc bệnh nhân.")["K4"]
    assert r.status == "partial"
    assert "chưa có số liệu" in r.note


def test_k4_mostly_direct_staff_with_a_count_is_present(rules):
    r = judge(rules, "3. Công tác khen thưởng",
              "Trong 40 cá nhân được khen, đa số là nhân viên trực tiếp vận hành với 31 người.")["K4"]
    assert r.status == "present"


# --- K5: a percentage across ";" belongs to the other statement ----------------------------------

def test_k5_words_after_a_semicolon_do_not_borrow_the_k4_percentage(rules):
    r = judge(rules, "3. Công tác khen thưởng",
              "Người lao động trực tiếp chiếm 81,2% số cá nhân được khen; phần còn lại, chưa tới một phần năm, "
              "là cán bộ lãnh đạo, quản lý.")["K5"]
    assert r.status == "partial"


def test_k5_percentage_in_its_own_clause_is_present(rules):
    r = judge(rules, "3. Công tác khen thưởng",
              "Người lao động trực tiếp chiếm 81,2% số cá nhân được khen; cán bộ lãnh đạo, quản lý chiếm 18,8%.")["K5"]
    assert r.status == "present"


# --- M2: the poor among social-security beneficiaries is not the poverty movement ----------------

def test_m2_social_security_gifts_reaching_poor_households_are_not_the_movement(rules):
    r = judge(rules, "2. Kết quả thực hiện nhiệm vụ",
              "Thực hiện chính sách an sinh xã hội, dịp Tết xã trao 215 phần quà cho người có công, hộ nghèo "
              "trị giá 98 triệu đồng.")["M2"]
    assert r.status == "missing"


def test_m2_social_security_sentence_with_the_movement_words_counts(rules):
    r = judge(rules, "2. Kết quả thực hiện nhiệm vụ",
              "An sinh xã hội và giảm nghèo: 9 hộ thoát nghèo, vận động xây 01 nhà đại đoàn kết cho hộ nghèo.")["M2"]
    assert r.status == "present"


def test_m2_houses_for_the_poor_under_social_security_still_count(rules):
    r = judge(rules, "2. Kết quả thực hiện nhiệm vụ",
              "Về an sinh xã hội: phối hợp xây mới 3 nhà cho hộ nghèo, tặng 40 phần quà cho trẻ em.")["M2"]
    assert r.status == "present"
