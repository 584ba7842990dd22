"""Figures classes found by blind set 23 (samples 159-164), each in other words, units and numbers
than the samples; DOCX files written with python-docx and read back by tdkt's reader.

Class 1: the office that is the district's emulation secretariat reports in parts: one part is the
district's work it handled (the chairman's decisions for units across the district, district
totals and ratios; its title names the secretariat's work: `context.others_part`), one its own
office's. Only the office's part gives its figures; an appendix that the district's part points to
("chi tiết tại Phụ lục 02") is the district's too, any other appendix is read as usual.
Class 2: a part holding only the next half's tasks (`context.plan_part`) gives no figure: its
"nâng tỷ lệ ... lên 75%" is a target.
Class 3: in a passage of ad-hoc awards, a recipient named by role ("cho hội viên Lê Thị Mai")
counts one, beside the counted ones (`context.named_recipient`).
And lead_figure's cache: the lead that fills it keeps its answer.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.figures.mentions import lead_figure
from tdkt.pipeline.figures.rules import compile_rules


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set23")


def _values(tmp_path, rules, *items, unit_type="department"):
    return extract_figures(table_docx(tmp_path, list(items)), rules, unit_type).values


_DISTRICT_PART = [
    "Phòng Nội vụ là cơ quan thường trực Hội đồng Thi đua - Khen thưởng huyện, báo cáo như sau:",
    "PHẦN I. THỰC HIỆN NHIỆM VỤ THƯỜNG TRỰC HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN",
    "1. Khen thưởng năm 2022",
    "Phòng đã trình Chủ tịch UBND huyện ký Quyết định số 88/QĐ-UBND công nhận danh hiệu Tập thể lao động "
    "tiên tiến cho 76 tập thể, danh hiệu Chiến sĩ thi đua cơ sở cho 129 cá nhân; tặng Giấy khen cho 54 tập thể "
    "và 163 cá nhân.",
    "2. Khen thưởng đột xuất",
    "Chủ tịch UBND huyện tặng Giấy khen đột xuất cho 11 tập thể và 26 cá nhân (chi tiết tại Phụ lục 02).",
    "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng chiếm 64,7%; cán bộ lãnh đạo, quản lý chiếm 35,3%.",
]
_OWN_PART = [
    "PHẦN II. KẾT QUẢ THI ĐUA CỦA CƠ QUAN PHÒNG",
    "Năm 2022, cơ quan có 07 công chức đạt danh hiệu Lao động tiên tiến, 01 công chức đạt danh hiệu Chiến sĩ "
    "thi đua cơ sở; 03 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.",
]


def test_the_secretariat_part_gives_none_of_the_offices_figures(tmp_path, rules):
    got = _values(tmp_path, rules, *_DISTRICT_PART, *_OWN_PART)
    assert got.get("lao_dong_tien_tien") == 7
    assert got.get("chien_si_thi_dua_co_so") == 1  # not 129, the district's
    assert got.get("giay_khen") == 3  # not 54 + 163
    assert "tap_the_lao_dong_tien_tien" not in got  # 76 tập thể are the district's
    assert "khen_chuyen_de_dot_xuat" not in got  # 11 + 26 are the chairman's for the district
    assert "ty_le_lao_dong_truc_tiep" not in got and "ty_le_lanh_dao_quan_ly" not in got


def test_the_part_title_on_its_own_line(tmp_path, rules):
    got = _values(tmp_path, rules, "PHẦN THỨ NHẤT", "CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN HUYỆN",
                  "Chủ tịch UBND huyện công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 140 cá nhân.",
                  "PHẦN THỨ HAI", "KẾT QUẢ TẠI CƠ QUAN",
                  "Cơ quan có 02 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.")
    assert got.get("chien_si_thi_dua_co_so") == 2


def test_an_ordinary_first_part_still_counts(tmp_path, rules):
    """Control: a part titled with the unit's own results is read as before."""
    got = _values(tmp_path, rules, "PHẦN I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2023",
                  "Năm 2022, đơn vị có 02 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.",
                  unit_type="commune")
    assert got.get("chien_si_thi_dua_co_so") == 2


_CHAIRMAN_APPENDIX = ([
    ["STT", "Nội dung khen thưởng", "Tập thể", "Cá nhân"],
    ["1", "Tổng kết phong trào xây dựng nông thôn mới", "7", "15"],
    ["2", "Khen đột xuất", "4", "11"],
    ["", "Tổng cộng", "11", "26"],
], 1)


def test_the_appendix_the_district_part_points_to_is_the_districts(tmp_path, rules):
    got = _values(tmp_path, rules, *_DISTRICT_PART, *_OWN_PART,
                  "PHỤ LỤC 02", "TỔNG HỢP KHEN THƯỞNG ĐỘT XUẤT CỦA CHỦ TỊCH UBND HUYỆN", _CHAIRMAN_APPENDIX)
    assert "khen_chuyen_de_dot_xuat" not in got  # the appendix's 37 are the chairman's for the district


def test_an_appendix_nobody_pointed_to_is_read(tmp_path, rules):
    """The same table as the unit's own appendix, after a plan part: read (the part's scope ends)."""
    got = _values(tmp_path, rules, "PHẦN I. KẾT QUẢ THỰC HIỆN",
                  "Đơn vị đã tổ chức sơ kết phong trào thi đua.",
                  "PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023",
                  "Tiếp tục phát động các phong trào thi đua.",
                  "PHỤ LỤC", "TỔNG HỢP KHEN THƯỞNG ĐỘT XUẤT CỦA ĐƠN VỊ", _CHAIRMAN_APPENDIX,
                  unit_type="commune")
    assert got.get("khen_chuyen_de_dot_xuat") == 37


def test_a_plan_part_gives_no_ratio(tmp_path, rules):
    got = _values(tmp_path, rules, "PHẦN I. KẾT QUẢ THỰC HIỆN",
                  "Năm 2022, đơn vị có 12 cá nhân đạt danh hiệu Lao động tiên tiến.",
                  "PHẦN III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023",
                  "3. Nâng tỷ lệ khen thưởng người lao động trực tiếp cả năm lên trên 75%.",
                  unit_type="commune")
    assert got.get("lao_dong_tien_tien") == 12
    assert "ty_le_lao_dong_truc_tiep" not in got


def test_a_part_that_reviews_before_its_tasks_is_read(tmp_path, rules):
    got = _values(tmp_path, rules, "PHẦN III. ĐÁNH GIÁ CHUNG VÀ NHIỆM VỤ 6 THÁNG CUỐI NĂM",
                  "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng đạt 58,3%.",
                  unit_type="commune")
    assert got.get("ty_le_lao_dong_truc_tiep") == pytest.approx(58.3)


def test_a_member_named_by_role_is_one_more_recipient(tmp_path, rules):
    got = _values(tmp_path, rules, "2. Khen thưởng 6 tháng đầu năm 2023",
                  "Nhân dịp tổng kết Hội thi nhà nông đua tài, Hội Nông dân tỉnh tặng Giấy khen cho 03 tập thể và "
                  "05 cá nhân. Ban Thường vụ Hội Nông dân huyện tặng Giấy khen đột xuất cho hội viên Lê Thị Mai, "
                  "Chi hội thôn Hòa Lạc, đã phát hiện và báo tin kịp thời vụ cháy kho lúa (tháng 4/2023).",
                  unit_type="mass_org")
    assert got.get("khen_chuyen_de_dot_xuat") == 9  # 3 + 5 + 1, no total stated


def test_lead_figure_answers_the_lead_that_fills_its_cache(rules):
    compiled = compile_rules(rules)
    compiled.lead_cache.clear()
    for i in range(512):
        compiled.lead_cache[f"mục {i}"] = None
    assert lead_figure("khen thưởng đột xuất:", compiled) == "khen_chuyen_de_dot_xuat"
    assert lead_figure("khen thưởng đột xuất:", compiled) == "khen_chuyen_de_dot_xuat"


def test_a_registration_not_achieved_in_an_aside_is_no_plan(tmp_path, rules):
    """Class 4: "(có đăng ký <a higher title> nhưng chưa đạt)" beside the title the collective
    reached compares the outcome with its registration: the statement is still a result."""
    got = _values(tmp_path, rules, "Năm 2022, cơ quan có 15 công chức đạt danh hiệu Lao động tiên tiến; tập thể "
                  "Văn phòng đạt danh hiệu Tập thể lao động tiên tiến (có đăng ký danh hiệu Tập thể lao động xuất "
                  "sắc nhưng chưa đạt vì thiếu 01 chỉ tiêu).")
    assert got.get("tap_the_lao_dong_tien_tien") == 1


def test_a_registration_alone_stays_a_plan(tmp_path, rules):
    got = _values(tmp_path, rules, "Đầu năm 2023, tập thể Văn phòng đăng ký danh hiệu Tập thể lao động tiên tiến; "
                  "15 công chức đăng ký danh hiệu Lao động tiên tiến.")
    assert "tap_the_lao_dong_tien_tien" not in got and "lao_dong_tien_tien" not in got
