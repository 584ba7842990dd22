"""Item classes blind set 18 (129-134) showed at first contact, in other words than the samples'.

- "phấn đấu" said of the district the unit joined ("Cùng huyện phấn đấu về đích nông thôn mới năm
  2023: Hội cử ... tham gia ...") is the district's goal, the unit's part is done: no plan, no target.
  The unit's own "phấn đấu" stays a plan.
- A sentence dated last year ("trong năm 2022 ...") after the movement it answers ("Thực hiện phong
  trào xây dựng huyện đạt chuẩn nông thôn mới năm 2023, trong năm 2022 ...") is history: the year in
  the movement's name is no date of the sentence. A date of this year outside the name still is.
"""

from item_helpers import judge_default

HEADING = ("II. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


def test_striving_said_of_the_district_the_unit_joined_is_no_plan():
    results = judge_default(
        HEADING,
        "- Cùng với huyện phấn đấu đạt chuẩn huyện nông thôn mới năm 2023: Đoàn Thanh niên cử 04 đoàn viên "
        "tham gia tổ khảo sát mức độ hài lòng của người dân về xây dựng huyện nông thôn mới, thu về 230 phiếu.")
    assert results["M6"].status == "present", results["M6"].note


def test_the_units_own_striving_stays_a_plan():
    results = judge_default(
        HEADING,
        "- Đoàn Thanh niên phấn đấu cùng huyện đạt chuẩn huyện nông thôn mới năm 2023, tham gia tổ khảo sát "
        "mức độ hài lòng của người dân.")
    assert results["M6"].status == "missing", results["M6"].note


def test_last_years_work_after_the_movement_it_answered_is_history():
    results = judge_default(
        HEADING,
        "Thực hiện phong trào xây dựng huyện Tây Sơn đạt chuẩn nông thôn mới năm 2023, trong năm 2022 Phòng đã "
        "thẩm định 06 hồ sơ công trình thuộc tiêu chí giao thông cấp huyện.")
    assert results["M6"].status == "missing", results["M6"].note
    assert "những năm trước" in results["M6"].note


def test_a_date_of_this_year_outside_the_name_still_counts():
    results = judge_default(
        HEADING,
        "Thực hiện phong trào xây dựng huyện Tây Sơn đạt chuẩn nông thôn mới năm 2023, từ năm 2022 đến tháng "
        "5/2023 Phòng đã thẩm định 06 hồ sơ công trình thuộc tiêu chí giao thông cấp huyện.")
    assert results["M6"].status == "present", results["M6"].note
