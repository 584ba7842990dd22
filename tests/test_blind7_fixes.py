"""Ways of writing that the seventh blind set (61-66) found, in our own wording throughout: a stated
zero with words about the case between the negation and the award ("chưa có trường hợp nào được
đề nghị ..."), and a count of a health centre's departments ("khoa, phòng") as collectives."""

from figure_helpers import figures_ruleset, values
from item_helpers import judge_default as _judge

RULES = figures_ruleset("blind7")


# --- a stated zero: the negation, then words naming the case, then the award --------------------

def test_no_case_proposed_for_an_ad_hoc_award_is_a_zero():
    v = values(RULES, "Từ đầu năm đến nay, Đội chưa có trường hợp nào được đề nghị khen thưởng đột xuất.")
    assert v.get("khen_chuyen_de_dot_xuat") == 0


def test_case_words_without_a_negation_keep_the_stated_count():
    v = values(RULES, "Đơn vị đã xét, khen thưởng đột xuất cho 02 cá nhân.")
    assert v.get("khen_chuyen_de_dot_xuat") == 2


# --- departments of a health centre counted as collectives ---------------------------------------

def test_departments_and_stations_reaching_the_collective_title_are_counted():
    v = values(RULES, "Năm 2022 có 7 khoa, phòng được công nhận danh hiệu \"Tập thể lao động tiên tiến\".")
    assert v.get("tap_the_lao_dong_tien_tien") == 7


def test_departments_alone_are_counted():
    v = values(RULES, "Có 4 khoa đạt danh hiệu Tập thể lao động tiên tiến năm 2022.")
    assert v.get("tap_the_lao_dong_tien_tien") == 4


# --- a table whose cells hold "collectives / individuals" under a two-row header -----------------

def test_pair_cells_under_a_two_row_header_give_recognised_counts():
    table = [["Hình thức khen thưởng", "Đã đề nghị", "Được công nhận"],
             ["(năm 2022)", "(tập thể / cá nhân)", "(tập thể / cá nhân)"],
             ["Giấy khen của Chủ tịch UBND", "5 / 8", "4 / 7"],
             ["Lao động tiên tiến", "- / 30", "- / 28"],
             ["Tập thể lao động tiên tiến", "2 / -", "2 / -"]]
    v = values(RULES, "Kết quả bình xét như sau:", table)
    assert v.get("giay_khen") == 11
    assert v.get("lao_dong_tien_tien") == 28
    assert v.get("tap_the_lao_dong_tien_tien") == 2


# --- awarded people described at length, then named by the ratio title in parentheses ------------

def test_a_count_named_by_a_parenthesised_ratio_title_gives_the_ratio():
    v = values(RULES, "Năm 2022 toàn đơn vị có 50 cá nhân được khen thưởng, trong đó 40 người là công nhân, "
                      "thợ điện trực tiếp sửa chữa lưới điện (người lao động trực tiếp).")
    assert v.get("ty_le_lao_dong_truc_tiep") == 80.0


def test_a_parenthesised_ratio_title_after_another_number_takes_no_count():
    v = values(RULES, "Năm 2022 đơn vị có 50 cá nhân được khen thưởng, trong đó 40 người là công nhân; "
                      "tổ sửa chữa có 12 thợ (người lao động trực tiếp) chưa được khen.")
    assert v.get("ty_le_lao_dong_truc_tiep") != 80.0


# --- K5: a mass organisation's leaders as "cán bộ ... chủ chốt", the share in words -------------


def test_key_officers_share_in_words_is_partial():
    r = _judge("I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG", "3. Công tác khen thưởng",
               "Trong số hội viên được khen thưởng, đa số là nông dân trực tiếp sản xuất; chừng một phần tư "
               "là cán bộ Hội chủ chốt ở chi hội.")
    assert r["K5"].status == "partial"


# --- M1 / M8: a movement named only as a budget purpose or as past history ----------------------

RESULTS = ("I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG", "2. Kết quả các phong trào thi đua")


def test_new_rural_areas_only_as_what_revenue_funds_is_missing():
    r = _judge(*RESULTS, "Số thu ngân sách từ đấu giá quyền sử dụng đất đạt 12 tỷ đồng, tạo nguồn chi cho "
                         "chương trình xây dựng nông thôn mới của huyện.")
    assert r["M1"].status == "missing"


def test_people_contributing_to_new_rural_areas_still_counts():
    r = _judge(*RESULTS, "Nhân dân đóng góp 2 tỷ đồng và hiến 3.000 m2 đất làm đường, tạo nguồn lực xây dựng "
                         "nông thôn mới ở các thôn.")
    assert r["M1"].status == "present"


def test_a_pandemic_movement_wound_up_earlier_is_missing():
    r = _judge(*RESULTS, "Phong trào thi đua chống dịch Covid-19 đã được Cơ quan sơ kết, tổng kết và khen "
                         "thưởng từ năm trước.")
    assert r["M8"].status == "missing"
