"""Item classes blind set 18 (129-134) showed at first contact, in other words than the samples'.

- "phấn đấu" said of the district the unit joined ("Cùng huyện phấn đấu về đích nông thôn mới năm
  2023: Hội cử ... tham gia ...") is the district's goal, the unit's part is done: no plan, no target.
  The unit's own "phấn đấu" stays a plan.
- A sentence dated last year ("trong năm 2022 ...") after the movement it answers ("Thực hiện phong
  trào xây dựng huyện đạt chuẩn nông thôn mới năm 2023, trong năm 2022 ...") is history: the year in
  the movement's name is no date of the sentence. A date of this year outside the name still is.
- A pledge dated to last year ("các đơn vị đã ký giao ước thi đua năm 2022", left over from last
  year's report) is no registration for this year (P1 partial); a comparison with last year's
  ("cùng kỳ năm 2022") or this year's pledge beside it is.
- A heading naming several parts of an item ("Tổng kết, phát động, đăng ký thi đua") hands a part
  to the sentence under it only when that sentence does not name another part instead: a sentence
  about the review and the launch is no registration; one naming no part still reports the heading's.
- A paragraph opened as last year's work ("Trong năm 2022, Phòng đã khen thưởng ...") carries its year
  to its later sentences: the ratios there are last year's (K4/K5 stay words only, partial) unless a
  sentence marks this period; "Năm 2022, X được công nhận danh hiệu ..." names a title's year and
  carries nothing.
- Initiatives answered only with a hedge ("việc xét công nhận sáng kiến gần như không thực hiện"):
  neither a count nor a stated zero, K1 partial; a stated zero or a count stays present.
- Leaders named by their posts in the ratio ("05 người là hiệu trưởng, phó hiệu trưởng (chiếm 12,5%)")
  are K5's; one leader's own award with no share is no ratio.
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


REVIEW_HEADING = ("1. Tổng kết, phát động, đăng ký thi đua", {"kind": "heading", "heading_level": 2})
REVIEW = ("Ngày 12/01/2023, Phòng tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 và phát "
          "động phong trào thi đua năm 2023.")


def test_last_years_pledge_left_in_the_report_is_no_registration_for_this_year():
    results = judge_default(
        REVIEW_HEADING, REVIEW,
        "Sau hội nghị, 100% tổ chuyên môn đã ký giao ước thi đua năm 2022, trong đó 09/09 công chức đăng ký "
        "danh hiệu.")
    assert results["P1"].status == "partial", results["P1"].note
    assert "đăng ký, giao ước" in results["P1"].note.split("Chưa nêu")[1]


def test_this_years_pledge_compared_with_last_year_counts():
    results = judge_default(
        REVIEW_HEADING, REVIEW,
        "Sau hội nghị, 05 tổ chuyên môn đã ký giao ước thi đua (cùng kỳ năm 2022: 04 tổ).")
    assert results["P1"].status == "present", results["P1"].note


def test_a_heading_naming_several_parts_gives_a_sentence_only_the_parts_it_names():
    results = judge_default(REVIEW_HEADING, REVIEW)
    assert results["P1"].status == "partial", results["P1"].note
    assert "đăng ký, giao ước" in results["P1"].note.split("Chưa nêu")[1]


def test_a_sentence_naming_no_part_reports_what_its_heading_names():
    results = judge_default(
        ("1. Đăng ký thi đua năm 2023", {"kind": "heading", "heading_level": 2}),
        "Có 07/07 tổ chuyên môn và 38/40 viên chức tham gia, gửi về Thường trực Hội đồng trước ngày 15/02/2023.")
    assert results["P1"].status == "present", results["P1"].note


AWARDS_HEADING = ("IV. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1})
IN_WORDS = ("Người được khen chủ yếu là viên chức trực tiếp giảng dạy; cán bộ lãnh đạo, quản lý được khen "
            "chiếm tỷ lệ nhỏ.")


def test_ratios_in_a_paragraph_opened_as_last_years_work_are_last_years():
    results = judge_default(
        AWARDS_HEADING,
        "Trong năm 2022, Trường đã khen thưởng và đề nghị khen thưởng cho 09 tập thể, 52 cá nhân. Trong số cá "
        "nhân được khen, giáo viên trực tiếp giảng dạy chiếm 71,2%, cán bộ lãnh đạo, quản lý chiếm 9,6%.",
        IN_WORDS)
    assert results["K4"].status == "partial", results["K4"].note
    assert results["K5"].status == "partial", results["K5"].note


def test_a_titles_year_or_a_mark_of_this_period_carries_no_past():
    titles_year = judge_default(
        AWARDS_HEADING,
        "Năm 2022, Trường được công nhận danh hiệu Tập thể lao động tiên tiến. Trong số cá nhân được khen, "
        "giáo viên trực tiếp giảng dạy chiếm 71,2%, cán bộ lãnh đạo, quản lý chiếm 9,6%.")
    this_period = judge_default(
        AWARDS_HEADING,
        "Trong năm 2022, Trường đã khen thưởng cho 09 tập thể, 52 cá nhân. Sáu tháng đầu năm, trong số cá "
        "nhân được khen, giáo viên trực tiếp giảng dạy chiếm 71,2%, cán bộ lãnh đạo, quản lý chiếm 9,6%.")
    for results in (titles_year, this_period):
        assert results["K4"].status == "present", results["K4"].note
        assert results["K5"].status == "present", results["K5"].note


def test_initiatives_answered_only_with_a_hedge_are_partial():
    hedged = judge_default(
        AWARDS_HEADING,
        "Phong trào lao động sáng tạo còn hạn chế, việc đề xuất, xét công nhận sáng kiến gần như không thực hiện.")
    stated_zero = judge_default(AWARDS_HEADING, "Sáu tháng đầu năm, Hội đồng chưa xét công nhận sáng kiến nào.")
    counted = judge_default(AWARDS_HEADING, "Hội đồng đã xét, công nhận 03 sáng kiến cấp cơ sở.")
    assert hedged["K1"].status == "partial", hedged["K1"].note
    assert stated_zero["K1"].status == "present", stated_zero["K1"].note
    assert counted["K1"].status == "present", counted["K1"].note


def test_leaders_named_by_their_posts_in_the_ratio_are_k5s():
    ratio = judge_default(
        AWARDS_HEADING,
        "Trong 40 cá nhân được tặng Giấy khen, 35 người là giáo viên trực tiếp đứng lớp (chiếm 87,5%), 05 người "
        "là hiệu trưởng, phó hiệu trưởng các trường (chiếm 12,5%).")
    single = judge_default(
        AWARDS_HEADING, "Có 01 đồng chí là phó hiệu trưởng được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert ratio["K5"].status == "present", ratio["K5"].note
    assert single["K5"].status == "missing", single["K5"].note
