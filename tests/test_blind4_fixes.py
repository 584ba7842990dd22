"""Ways of writing that the fourth blind set (43-48) found, in our own wording throughout:
a member table whose lead-in names both the annual titles and the ad-hoc awards, a collective
title abbreviated in a column heading, a count of collectives as a fraction of "bộ phận", a
ratio denominator opened by "trong số" or by a breakdown ("N cá nhân được khen, trong đó ...")."""


import pytest

from tdkt.rules.loader import load_ruleset
from tdkt.pipeline.numbers import find_numbers
from figure_helpers import figures_ruleset, values
from item_helpers import judge


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("blind4")


# --- member tables of a cluster ----------------------------------------------------------------

MEMBERS = [
    ["Tên đơn vị", "Tập thể LĐTT", "LĐTT", "CSTĐCS", "Giấy khen", "Khen đột xuất, chuyên đề"],
    ["Xã Một", "2", "11", "1", "9", "4"],
    ["Xã Hai", "1", "14", "2", "12", "3"],
    ["Cộng", "3", "25", "3", "21", "7"],
]


def test_member_table_under_a_lead_naming_annual_and_adhoc_awards(rules):
    v = values(rules, "3. Khen thưởng",
               "Số liệu khen thưởng của các xã thành viên (danh hiệu thi đua năm 2022 và khen đột xuất, "
               "chuyên đề đầu năm 2023) như sau:", MEMBERS)
    assert v["tap_the_lao_dong_tien_tien"] == 3
    assert v["lao_dong_tien_tien"] == 25
    assert v["chien_si_thi_dua_co_so"] == 3
    assert v["giay_khen"] == 21
    assert v["khen_chuyen_de_dot_xuat"] == 7


def test_single_title_table_under_an_adhoc_lead_is_still_excluded(rules):
    v = values(rules, "3. Khen thưởng", "Khen thưởng đột xuất trong quý II:",
               [["Đơn vị", "Giấy khen"], ["Xã Một", "4"], ["Tổng cộng", "4"]])
    assert "giay_khen" not in v


# --- counts ------------------------------------------------------------------------------------

def test_collective_title_counted_as_a_fraction_of_sections(rules):
    v = values(rules, "3. Khen thưởng",
               "Năm 2022 có 4/6 bộ phận được công nhận Tập thể lao động tiên tiến.")
    assert v["tap_the_lao_dong_tien_tien"] == 4


def test_trong_so_is_a_count_not_an_identifier():
    assert find_numbers("trong số 35 người")[0].kind == "count"
    assert find_numbers("Quyết định số 35")[0].kind == "code"


# --- ratio denominators ------------------------------------------------------------------------

def test_denominator_opened_by_trong_so(rules):
    v = values(rules, "3. Khen thưởng",
               "Trong số 40 cá nhân được tặng thưởng, có 22 người là người lao động trực tiếp và 8 người là "
               "cán bộ lãnh đạo, quản lý.")
    assert v["ty_le_lao_dong_truc_tiep"] == 55.0
    assert v["ty_le_lanh_dao_quan_ly"] == 20.0


def test_denominator_is_the_awarded_count_a_breakdown_opens_with(rules):
    v = values(rules, "3. Khen thưởng",
               "Đã khen thưởng 40 cá nhân, trong đó có 22 người là lao động trực tiếp, 8 người là lãnh đạo, quản lý.")
    assert v["ty_le_lao_dong_truc_tiep"] == 55.0
    assert v["ty_le_lanh_dao_quan_ly"] == 20.0


def test_breakdown_of_a_headcount_without_award_gives_no_ratio(rules):
    v = values(rules, "3. Khen thưởng",
               "Cơ quan có 40 công chức, trong đó 8 người là lãnh đạo, quản lý.")
    assert "ty_le_lanh_dao_quan_ly" not in v


# --- OCR tone confusions -----------------------------------------------------------------------

def test_ocr_acute_for_hook_above_reads_as_the_phrase():
    from tdkt.pipeline.matching import Canon

    canon = Canon()
    found = canon.phrases(["điển hình tiên tiến", "tổng kết"])
    assert found.search(canon.text("Đơn vị đã biếu dương 07 điến hình tiên tiến."))
    assert found.search(canon.text("Đã tống kết phong trào năm trước."))
    # Real words with the acute tone stay as they are outside those phrases.
    assert canon.text("tố cáo") == "tố cáo"


# --- items ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


def test_p1_registration_named_only_as_a_shortcoming_is_partial(ruleset):
    r = judge(ruleset, "2. Kết quả các phong trào thi đua",
              "Đầu năm, đơn vị tổ chức tổng kết công tác năm 2022 và phát động thi đua năm 2023.",
              "4. Đánh giá", "Tồn tại: khâu đăng ký thi đua của các tổ còn chậm, mang tính hình thức.")["P1"]
    assert r.status == "partial"


def test_p1_registration_reported_as_done_is_present(ruleset):
    r = judge(ruleset, "2. Kết quả các phong trào thi đua",
              "Đầu năm, đơn vị tổ chức tổng kết công tác năm 2022, phát động thi đua năm 2023; "
              "100% tổ đã đăng ký thi đua.")["P1"]
    assert r.status == "present"


def test_m1_district_roads_and_the_districts_task_are_not_the_commune_movement(ruleset):
    r = judge(ruleset, "2. Kết quả các phong trào thi đua",
              "Tiêu chí giao thông đã đạt, 100% đường huyện được bê tông hóa.",
              "Nhìn chung, các phong trào gắn với nhiệm vụ của huyện là xây dựng nông thôn mới; ý thức công chức được nâng lên.")["M1"]
    assert r.status == "missing"


def test_m1_commune_roads_built_with_peoples_help_are_the_movement(ruleset):
    r = judge(ruleset, "2. Kết quả các phong trào thi đua",
              "Nhân dân hiến 800 m2 đất, bê tông hóa 2 km đường giao thông nông thôn.")["M1"]
    assert r.status == "present"


# --- K3: a paragraph labelled with the period's awards -----------------------------------------

def test_period_label_adds_every_award_of_the_paragraph(rules):
    v = values(rules, "3. Công tác khen thưởng",
               "Năm 2022: 02 tập thể và 05 cá nhân được tặng Giấy khen.",
               "Khen thưởng trong 6 tháng đầu năm 2023: Chủ tịch UBND tỉnh tặng Bằng khen cho 02 cá nhân có thành "
               "tích phòng chống bão lụt; dịp Tết Nguyên đán, UBND huyện tặng Giấy khen cho 03 tập thể, 04 cá nhân.")
    assert v["khen_chuyen_de_dot_xuat"] == 9
    assert v["giay_khen"] == 7


def test_period_label_with_only_plans_is_read_as_usual(rules):
    v = values(rules, "3. Công tác khen thưởng",
               "Khen thưởng 6 tháng đầu năm 2023: dự kiến đề nghị tặng Giấy khen cho 05 cá nhân.")
    assert "khen_chuyen_de_dot_xuat" not in v


def test_report_title_is_no_period_label(rules):
    v = values(rules, "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
               "3. Công tác khen thưởng", "Chủ tịch UBND huyện tặng Giấy khen cho 03 tập thể, 04 cá nhân có thành tích năm 2022.")
    assert v["giay_khen"] == 7 and "khen_chuyen_de_dot_xuat" not in v


# --- common layouts and phrasings --------------------------------------------------------------

def test_two_line_header_with_a_heading_spanning_collective_and_individual_columns(rules):
    v = values(rules, "3. Khen thưởng", [
        ["Đơn vị", "Danh hiệu", "", "Giấy khen", ""],
        ["", "LĐTT", "CSTĐCS", "Tập thể", "Cá nhân"],
        ["Tổ 1", "6", "1", "1", "2"],
        ["Tổ 2", "9", "1", "0", "5"],
        ["Tổng cộng", "15", "2", "1", "7"],
    ])
    assert v["giay_khen"] == 8
    assert v["lao_dong_tien_tien"] == 15
    assert v["chien_si_thi_dua_co_so"] == 2


def test_breakdown_in_the_clause_after_the_awarded_total(rules):
    v = values(rules, "3. Khen thưởng",
               "Chủ tịch UBND tặng thưởng cho 50 cá nhân; trong đó 20 người là lao động trực tiếp, "
               "5 người là cán bộ lãnh đạo, quản lý.")
    assert v["ty_le_lao_dong_truc_tiep"] == 40.0
    assert v["ty_le_lanh_dao_quan_ly"] == 10.0


def test_breakdown_after_a_count_of_collectives_gives_no_ratio(rules):
    v = values(rules, "3. Khen thưởng",
               "Đã khen thưởng cho 05 tập thể; trong đó 2 tập thể là lãnh đạo, quản lý.")
    assert "ty_le_lanh_dao_quan_ly" not in v


def test_member_table_with_giay_khen_split_by_abbreviated_headings(rules):
    v = values(rules, "3. Khen thưởng", [
        ["Đơn vị", "LĐTT", "Giấy khen (TT)", "Giấy khen (CN)"],
        ["Trường A", "7", "1", "2"],
        ["Trường B", "8", "0", "3"],
        ["Toàn khối", "15", "1", "5"],
    ])
    assert v["giay_khen"] == 6
    assert v["lao_dong_tien_tien"] == 15


def test_total_introduced_by_a_colon_serves_every_clause(rules):
    v = values(rules, "3. Khen thưởng",
               "Tổng số cá nhân được tặng thưởng: 60 người, trong đó người lao động trực tiếp 30 người; "
               "cán bộ lãnh đạo, quản lý 12 người.")
    assert v["ty_le_lao_dong_truc_tiep"] == 50.0
    assert v["ty_le_lanh_dao_quan_ly"] == 20.0


def test_breakdown_paragraph_reads_the_total_of_the_paragraph_before(rules):
    v = values(rules, "3. Khen thưởng",
               "Tổng số cá nhân được khen thưởng trong kỳ: 80 người.",
               "Trong đó: người lao động trực tiếp 36 người; cán bộ lãnh đạo, quản lý 20 người.")
    assert v["ty_le_lao_dong_truc_tiep"] == 45.0
    assert v["ty_le_lanh_dao_quan_ly"] == 25.0


def test_quantity_heading_spanning_collective_and_individual_columns_adds_them(rules):
    v = values(rules, "3. Khen thưởng", [
        ["STT", "Hình thức", "Số lượng", ""],
        ["", "", "Tập thể", "Cá nhân"],
        ["1", "Giấy khen", "3", "9"],
        ["2", "Lao động tiên tiến", "", "21"],
    ])
    assert v["giay_khen"] == 12
    assert v["lao_dong_tien_tien"] == 21


def test_ratio_rows_counted_against_the_total_row(rules):
    v = values(rules, "3. Khen thưởng", [
        ["Nội dung", "Số người"],
        ["Tổng số cá nhân được khen", "50"],
        ["Lao động trực tiếp", "35"],
        ["Lãnh đạo, quản lý", "10"],
    ])
    assert v["ty_le_lao_dong_truc_tiep"] == 70.0
    assert v["ty_le_lanh_dao_quan_ly"] == 20.0


def test_breakdown_in_an_aside_right_after_the_awarded_total(rules):
    v = values(rules, "3. Khen thưởng",
               "Chủ tịch UBND xã khen thưởng 25 cá nhân (10 người lao động trực tiếp, 5 cán bộ lãnh đạo, quản lý).")
    assert v["ty_le_lao_dong_truc_tiep"] == 40.0
    assert v["ty_le_lanh_dao_quan_ly"] == 20.0


def test_aside_after_a_headcount_without_award_gives_no_ratio(rules):
    v = values(rules, "3. Khen thưởng", "Đơn vị có 25 công chức (5 cán bộ lãnh đạo, quản lý) tham gia thi đua.")
    assert "ty_le_lanh_dao_quan_ly" not in v
