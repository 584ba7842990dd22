"""Item classes blind set 40 (261-266) showed at first contact, in other words than the samples'.

- A count of what exists, "hiện có 11 doanh nghiệp, 03 hợp tác xã" (the area's or the unit's make-up),
  with no strong result beside it, is the situation, no result of a movement: a bold movement heading
  whose only follower with a number is such a sentence is not reported (check/inventory.py, rules
  `inventory`); the heading's later follower with a result still reports it, and a count with a change
  ("hiện có ..., tăng 02 ...") is a result.
- A bold movement heading's passage ends at the next bold paragraph naming another movement, a label too
  long to be made a heading ("Phong trào thi đua “...” ... giai đoạn 2019 - 2025", more than 20 words): the
  sentences from that label on are its movement's, not the heading's followers (check/bold_label.py); the
  heading's own follower before the label still reports it.
- A labelled point whose answer opens with a past year, "- Phong trào “...”: trong năm 2022, ...", is last
  year's work left in, as "Hưởng ứng phong trào ..., trong năm 2022 ..." is (rules `history`, and
  `past_openers` for the rest of its paragraph); an answer dated to this half year still reports.
- A heading naming two points ("3. Học tập và làm theo ... Hồ Chí Minh; phát hiện, bồi dưỡng điển hình tiên
  tiến"): a follower naming only the other point (the study of Chỉ thị 05) reports that point, not the
  advanced examples (check/shared_heading.py); a sentence naming the examples still reports them, and a
  heading naming one point hands it to its follower as before.
- A registration sentence opened by a past year's date ("Từ đầu năm 2022, 100% viên chức đã đăng ký thi đua
  và ký giao ước ... năm 2022"), nothing of 2023 in it, is last year's registration left in a report built on
  last year's: P1's registration part is absent (rules P1 `exclude`); a registration at the review of 2022
  ("Tại hội nghị tổng kết năm 2022, ... đăng ký") or dated "đầu năm" alone is this year's.
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
RESULTS = ("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", {"bold": True})
BUSINESS = ("3. Phong trào thi đua “Doanh nghiệp Việt Nam hội nhập và phát triển”", {"bold": True})
NEXT = ("4. Phong trào thi đua “Cán bộ, công chức, viên chức huyện Tây Sơn thi đua thực hiện văn hóa công sở”",
        {"bold": True})
NEXT_BODY = "Toàn thể 27 công chức thị trấn đeo thẻ, mặc trang phục theo quy định, không vi phạm giờ giấc."


# --- a count of what exists under a movement's heading ---

def test_a_count_of_the_firms_that_exist_reports_no_result():
    items = judge_default(
        *HEAD, RESULTS, BUSINESS,
        "Hiện nay thị trấn có 11 doanh nghiệp, 03 hợp tác xã dịch vụ và 214 hộ kinh doanh cá thể đang hoạt động.",
        NEXT, NEXT_BODY,
    )
    assert items["M3"].status == "missing", items["M3"].note


def test_an_inventory_on_the_territory_reports_no_result_either():
    items = judge_default(
        *HEAD, RESULTS, BUSINESS,
        "Trên địa bàn thị trấn hiện có 11 doanh nghiệp và 03 hợp tác xã.",
        NEXT, NEXT_BODY,
    )
    assert items["M3"].status == "missing", items["M3"].note


def test_a_later_follower_with_a_result_still_reports_the_movement():
    # contrast: the inventory opens the passage, the next sentence tells what was done
    items = judge_default(
        *HEAD, RESULTS, BUSINESS,
        "Trên địa bàn thị trấn hiện có 11 doanh nghiệp và 03 hợp tác xã.",
        "Trong 6 tháng, thị trấn đã hỗ trợ 05 hộ kinh doanh chuyển đổi lên hoạt động theo mô hình công ty.",
        NEXT, NEXT_BODY,
    )
    assert items["M3"].status == "present", items["M3"].note


def test_a_count_with_its_change_is_a_result():
    # contrast: the count beside what grew in the period
    items = judge_default(
        *HEAD, RESULTS, BUSINESS,
        "Trên địa bàn thị trấn hiện có 11 doanh nghiệp, tăng 02 doanh nghiệp so với cuối năm 2022.",
        NEXT, NEXT_BODY,
    )
    assert items["M3"].status == "present", items["M3"].note


# --- a bold label too long to be a heading ends the bold heading's passage ---

from tdkt.pipeline.check import check_items  # noqa: E402
from tdkt.pipeline.segment import segment  # noqa: E402
from item_helpers import default_rules, item_doc  # noqa: E402

_BOLD_HEADING = ("Phong trào thi đua “Doanh nghiệp Việt Nam hội nhập và phát triển”", {"bold": True})
_LONG_BOLD_LABEL = ("Phong trào thi đua “Cán bộ, công chức, viên chức huyện Tây Sơn thi đua thực hiện văn hóa công sở” "
                    "trong đội ngũ cán bộ, công chức và người lao động của thị trấn giai đoạn 2019 - 2025",
                    {"bold": True})
_LABEL_BODY = ("27/27 cán bộ, công chức thị trấn đeo thẻ, mặc đồng phục đúng quy định; kết quả tự chấm điểm "
               "quý I/2023 đạt 95/100 điểm.")


def _judge_doc(*lines):
    doc = item_doc(*lines)
    rules = default_rules()
    return check_items(segment(doc, rules), rules, None, document=doc)


def test_the_next_movements_long_bold_label_ends_the_heading_passage():
    items = _judge_doc(
        *HEAD, RESULTS, _BOLD_HEADING,
        "Thị trấn tiếp tục tuyên truyền, vận động các hộ kinh doanh hưởng ứng phong trào.",
        _LONG_BOLD_LABEL, _LABEL_BODY,
    )
    assert items["M3"].status == "missing", items["M3"].note
    assert items["M4"].status == "present", items["M4"].note


def test_the_headings_own_follower_before_the_label_still_reports_it():
    # contrast: a result under the heading, before the next movement's label
    items = _judge_doc(
        *HEAD, RESULTS, _BOLD_HEADING,
        "Trong 6 tháng, thị trấn hỗ trợ 04 hộ kinh doanh chuyển lên hoạt động theo mô hình công ty.",
        _LONG_BOLD_LABEL, _LABEL_BODY,
    )
    assert items["M3"].status == "present", items["M3"].note



# --- a labelled point answered with last year's work ---

_POVERTY = "- Phong trào thi đua “Huyện Tây Sơn chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: "


def test_a_labelled_point_answered_with_last_years_work_reports_nothing():
    items = judge_default(
        *HEAD, ("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", {"bold": True}),
        _POVERTY + "trong năm 2022, Hội đã vận động xây dựng 06 nhà đại đoàn kết cho hội viên nghèo với số tiền "
                   "330 triệu đồng.",
        "Hội cũng giúp 14 hộ hội viên thoát nghèo, vượt chỉ tiêu Trung ương Hội giao.",
    )
    assert items["M2"].status == "missing", items["M2"].note


def test_a_labelled_point_answered_in_one_sentence_of_last_year_reports_nothing():
    items = judge_default(
        *HEAD, ("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", {"bold": True}),
        _POVERTY + "trong năm 2022, Hội đã vận động xây dựng 06 nhà đại đoàn kết cho hội viên nghèo với số tiền "
                   "330 triệu đồng và giúp 14 hộ thoát nghèo.",
    )
    assert items["M2"].status == "missing", items["M2"].note


def test_a_labelled_point_answered_for_this_half_year_still_reports():
    # contrast: the same answer dated to the period
    items = judge_default(
        *HEAD, ("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", {"bold": True}),
        _POVERTY + "trong 6 tháng đầu năm, Hội đã vận động xây dựng 06 nhà đại đoàn kết cho hội viên nghèo với số "
                   "tiền 330 triệu đồng, tăng 02 nhà so với năm 2022.",
    )
    assert items["M2"].status == "present", items["M2"].note


# --- a heading naming two points ---

_TWO_POINTS = ("3. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; phát hiện, bồi dưỡng "
               "điển hình tiên tiến", {"bold": True})
_STUDY = "Chi đoàn tổ chức cho 45/45 đoàn viên học tập chuyên đề năm 2023 theo Chỉ thị số 05-CT/TW."
_PLAN_PART = ("III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM", {"bold": True})


def test_the_other_points_follower_does_not_report_the_examples():
    items = judge_default(*HEAD, RESULTS, _TWO_POINTS, _STUDY, _PLAN_PART, "Tiếp tục thực hiện các nhiệm vụ.")
    assert items["P5"].status == "missing", items["P5"].note
    assert items["P4"].status == "present", items["P4"].note


def test_a_sentence_naming_the_examples_under_it_still_reports_them():
    # contrast: the examples told in their own words
    items = judge_default(*HEAD, RESULTS, _TWO_POINTS, _STUDY,
                          "Chi đoàn tuyên dương 06 đoàn viên tiêu biểu để nhân rộng trong toàn chi đoàn.",
                          _PLAN_PART, "Tiếp tục thực hiện các nhiệm vụ.")
    assert items["P5"].status == "present", items["P5"].note


def test_a_heading_naming_the_examples_alone_still_hands_them_on():
    # contrast: one point in the heading, its follower is its answer
    items = judge_default(*HEAD, RESULTS, ("3. Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", {"bold": True}),
                          "Chi đoàn chọn 03 đoàn viên xuất sắc giới thiệu lên Huyện đoàn.",
                          _PLAN_PART, "Tiếp tục thực hiện các nhiệm vụ.")
    assert items["P5"].status == "present", items["P5"].note


# --- a registration dated to a past year's start ---

_REVIEW = "Ngày 12/01/2023, Trạm tổ chức hội nghị tổng kết công tác năm 2022."


def test_a_registration_opened_by_last_years_date_is_not_this_years():
    items = judge_default(
        *HEAD, ("I. KẾT QUẢ", {"bold": True}), _REVIEW,
        "Từ đầu năm 2022, 100% viên chức của Trạm đã đăng ký thi đua và ký giao ước thực hiện chỉ tiêu chuyên môn "
        "năm 2022.",
    )
    assert items["P1"].status == "partial", items["P1"].note


def test_a_registration_at_the_review_of_last_year_is_this_years():
    # contrast: the year named is the review's, not the registration's
    items = judge_default(
        *HEAD, ("I. KẾT QUẢ", {"bold": True}),
        "Tại hội nghị tổng kết công tác năm 2022, 100% viên chức của Trạm đã đăng ký thi đua và ký giao ước thực "
        "hiện chỉ tiêu chuyên môn.",
    )
    assert items["P1"].status == "present", items["P1"].note


def test_a_registration_dated_early_in_the_year_alone_is_this_years():
    # contrast: "đầu năm" with no past year
    items = judge_default(
        *HEAD, ("I. KẾT QUẢ", {"bold": True}), _REVIEW,
        "Từ đầu năm, 100% viên chức của Trạm đã đăng ký thi đua và ký giao ước thực hiện chỉ tiêu chuyên môn.",
    )
    assert items["P1"].status == "present", items["P1"].note
