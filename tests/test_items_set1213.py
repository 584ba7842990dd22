"""Item classes blind sets 12 (91-96) and 13 (97-102) showed at first contact, in other words than
the samples'.

- The pandemic movement's results of an earlier year, marked as such, and a leftover pandemic fund
  moved elsewhere, are not results of this half (M8).
- A unit that only folded the movements into others' plans and leaves "the concrete results" to the
  bodies in charge reports no result of its own (other_body).
- "Xét công nhận sáng kiến ... chưa được quan tâm" is a fault found, not a report of initiatives;
  "chưa có sáng kiến được công nhận" still is (K1).
- A goal named as what the work served ("hướng tới mục tiêu ...") or a plan as the yardstick of a
  result ("theo kế hoạch năm") frames a result; it is not a mere target.
"""

from item_helpers import judge_default

HEADING = ("I. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


def test_pandemic_results_of_an_earlier_year_marked_as_such_are_history():
    results = judge_default(
        HEADING,
        "d) Phòng, chống dịch Covid-19 (năm 2021): xã được Chủ tịch UBND tỉnh tặng Bằng khen; tiêm mũi 4 đạt 88,5%.")
    assert results["M8"].status == "missing"
    this_half = judge_default(
        HEADING, "d) Phòng, chống dịch Covid-19: trong 6 tháng đầu năm 2023, xã tiêm mũi 4 cho 1.150 người, đạt 88,5%.")
    assert this_half["M8"].status == "present"


def test_a_leftover_pandemic_fund_moved_elsewhere_is_a_budget_line():
    results = judge_default(
        HEADING,
        "Khoản tồn quỹ ủng hộ phòng, chống dịch Covid-19 của xã (45 triệu đồng) đã được thống nhất chuyển sang "
        "Quỹ Vì người nghèo để sửa chữa 03 nhà ở cho hộ nghèo.")
    assert results["M8"].status == "missing"
    assert results["M2"].status == "present"  # the poor's houses are reported all the same


def test_movements_folded_into_plans_with_results_left_to_the_bodies_in_charge():
    results = judge_default(
        HEADING,
        "- Các phong trào “Xã hội chung sức xây dựng nông thôn mới”, “Cả nước chung tay vì người nghèo”, "
        "“Doanh nghiệp Việt Nam hội nhập và phát triển”: Văn phòng đã hướng dẫn các ngành lồng ghép vào "
        "chương trình công tác năm; kết quả cụ thể do các ngành chủ trì phong trào tổng hợp, báo cáo riêng.")
    assert {m: results[m].status for m in ("M1", "M2", "M3")} == {m: "missing" for m in ("M1", "M2", "M3")}
    assert "cơ quan khác" in results["M1"].note


def test_initiatives_named_as_a_fault_found_are_no_report_but_a_plain_negative_is():
    fault = judge_default(
        ("III. HẠN CHẾ", {"kind": "heading", "heading_level": 1}),
        "Hạn chế: Một số đơn vị nộp hồ sơ muộn; công tác xét, công nhận sáng kiến ở các thôn còn ít được chú trọng.")
    assert fault["K1"].status == "missing"
    negative = judge_default(
        ("I.3. Sáng kiến", {"kind": "heading", "heading_level": 2}),
        "Trong kỳ, cơ quan chưa có sáng kiến nào được Hội đồng xét công nhận.")
    assert negative["K1"].status == "present"


def test_a_goal_named_as_what_the_work_served_frames_a_result():
    results = judge_default(
        HEADING,
        "Hướng đến mục tiêu huyện đạt chuẩn nông thôn mới năm 2023, xã đã hoàn thành 3 km đường trục chính "
        "thuộc tiêu chí giao thông cấp huyện và nộp hồ sơ minh chứng cho Văn phòng Điều phối.")
    assert results["M6"].status == "present"
    against_plan = judge_default(
        HEADING,
        "Về xây dựng đô thị loại IV, thị trấn đã hoàn thành 03/05 công trình hạ tầng theo kế hoạch năm.")
    assert against_plan["M7"].status == "present"


def test_a_bare_goal_is_still_a_target():
    results = judge_default(
        HEADING, "Mục tiêu năm 2023 xây dựng huyện đạt chuẩn nông thôn mới, thị trấn đạt tiêu chí đô thị loại IV.")
    assert results["M6"].status == "missing" and results["M7"].status == "missing"


def test_a_workday_lent_to_another_districts_movement_is_not_the_districts_own():
    results = judge_default(
        HEADING,
        "Cơ quan cử 15 công chức tham gia ngày công làm kênh mương nội đồng tại xã Cát Hiệp, hưởng ứng phong trào "
        "xây dựng nông thôn mới của huyện Phù Cát.")
    assert results["M1"].status == "missing"
    own = judge_default(
        HEADING,
        "Cơ quan cử 15 công chức tham gia ngày công làm kênh mương nội đồng tại xã Tây Phú, hưởng ứng phong trào "
        "chung sức xây dựng nông thôn mới của huyện.")
    assert own["M1"].status == "present"


def test_only_taking_part_in_the_movement_is_a_mention():
    results = judge_default(
        HEADING, "- Các chi hội cơ sở tích cực tham gia vào phong trào xây dựng nông thôn mới, đô thị văn minh ở địa phương.")
    assert results["M1"].status == "missing"
    counted = judge_default(
        HEADING, "- Các chi hội cơ sở tham gia phong trào xây dựng nông thôn mới với 640 ngày công, làm mới 2 km đường bê tông.")
    assert counted["M1"].status == "present"


def test_a_counted_set_of_examples_honoured_is_found_examples():
    results = judge_default(
        HEADING,
        "Dịp kỷ niệm ngày thành lập Hội, Ban Thường vụ biểu dương 12 hội viên tiên tiến xuất sắc trong sản xuất, "
        "kinh doanh; giới thiệu 03 gương đề nghị Trung ương Hội tuyên dương.")
    assert results["P5"].status == "present"
