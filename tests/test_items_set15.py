"""Item classes blind set 15 (111-116) showed at first contact, in other words than the samples'.

- A movement answered only "goes on" after its label ("- Phong trào ...: tiếp tục triển khai.",
  "...: vẫn duy trì thực hiện theo kế hoạch của huyện") or as a whole sentence is named, not
  reported; a "tiếp tục" that goes on to say what was done still counts.
- Last year's results, dated as such with nothing of this year in the sentence (a section copied
  from the 2022 report: "Trong 6 tháng đầu năm 2022 ...", "dịp Tết Nhâm Dần 2022", "tính đến
  15/6/2022"; "Năm 2022, phường có 03 điển hình ...") report nothing for this half — movements,
  fields (P3) and examples (P5) alike; a comparison with last year and the year-end count still do.
- Health-insurance cards the state issues to the poor among others are the social-security field,
  not the poverty movement; cards donors bought or gave are the movement's work.
- A sentence reporting the examples found ("phát hiện 04 gương điển hình (bà ... - giúp nhau thoát
  nghèo)") describes people by their deeds: no result of the movement a deed belongs to, nor of a
  field (P3).
- M1 and M6 are different movements: a label naming both followed only by the commune's own criteria
  and the people's contributions reports M1 alone; a closing line that only names the goal the work
  served ("Góp phần với huyện sớm đạt chuẩn nông thôn mới.") reports nothing of M6. District-level work
  (the district's criteria, the recognition dossier) after such a label still reports M6.
- The businesses' movement (M3) without its name: dialogues and meetings with businesses, their
  petitions answered, new business registrations.
- The population's insurance coverage rate is a socio-economic target (P2), not a social-security
  campaign (P3's field); insurance cards issued are.
"""

from item_helpers import judge_default

HEADING = ("II. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


def test_a_movement_answered_only_that_it_goes_on_is_not_reported():
    results = judge_default(
        HEADING,
        "- Phong trào thi đua thực hiện chuyển đổi số: tiếp tục triển khai.",
        "- Phong trào xây dựng quy tắc ứng xử nơi công sở: vẫn duy trì thực hiện theo kế hoạch của huyện.",
        "- Phòng, chống dịch Covid-19: tiếp tục thực hiện tốt.")
    assert {m: results[m].status for m in ("M9", "M4", "M8")} == {m: "missing" for m in ("M9", "M4", "M8")}
    assert "tiếp tục thực hiện" in results["M9"].note


def test_a_movement_under_its_heading_answered_only_that_it_goes_on_is_not_reported():
    results = judge_default(
        HEADING,
        ("c) Phong trào văn hóa công sở", {"kind": "heading", "heading_level": 2}),
        "Tiếp tục được thực hiện.")
    assert results["M4"].status == "missing"


def test_going_on_with_something_done_still_counts():
    results = judge_default(
        HEADING,
        "- Phong trào thi đua thực hiện chuyển đổi số: tiếp tục triển khai, 14/14 cán bộ dùng chữ ký số.",
        "- Văn hóa công sở: tiếp tục thực hiện; cán bộ, công chức đeo thẻ khi làm việc, không có trường hợp vi phạm.")
    assert results["M9"].status == "present"
    assert results["M4"].status == "present"


def test_last_years_results_report_nothing_for_this_half():
    results = judge_default(
        HEADING,
        ("b) Phong trào “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”",
         {"kind": "heading", "heading_level": 2}),
        "Dịp Tết Nguyên đán Nhâm Dần 2022, Hội phối hợp các nhà hảo tâm trao 130 suất quà cho hộ nghèo.",
        "Trong 6 tháng đầu năm 2022, hỗ trợ sửa chữa 03 nhà ở cho hộ nghèo ở tổ dân phố 4.",
        "Tính đến 15/6/2022, toàn phường còn 42 hộ nghèo.",
        ("c) Điển hình tiên tiến", {"kind": "heading", "heading_level": 2}),
        "Năm 2022, phường có 03 điển hình tiên tiến được biểu dương (hộ sản xuất kinh doanh giỏi).")
    assert results["M2"].status == "missing"
    assert "năm trước" in results["M2"].note
    assert results["P5"].status == "missing"


def test_a_comparison_with_last_year_and_the_year_end_count_still_report():
    results = judge_default(
        HEADING,
        "Quỹ “Vì người nghèo” phường tiếp nhận 64 triệu đồng, tăng 12% so với 6 tháng đầu năm 2022.",
        "Tính đến 31/12/2022, toàn phường còn 42 hộ nghèo; trong 6 tháng đã hỗ trợ 02 hộ thoát nghèo.",
        "Năm 2022 và 6 tháng đầu năm 2023, phường phát hiện 05 điển hình tiên tiến.")
    assert results["M2"].status == "present"
    assert results["P5"].status == "present"


def test_a_field_told_only_for_last_year_is_not_one_of_the_fields():
    results = judge_default(
        HEADING,
        ("3. Thi đua trên các lĩnh vực", {"kind": "heading", "heading_level": 2}),
        "- Cải cách hành chính: tiếp nhận 980 hồ sơ, giải quyết đúng hạn 100%.",
        "- Năm 2022, phong trào nông dân sản xuất kinh doanh giỏi có 215 hộ đạt danh hiệu các cấp.")
    assert results["P3"].status == "partial"


def test_health_insurance_cards_the_state_issues_are_not_the_poverty_movement():
    issued = judge_default(
        HEADING,
        "- Chính sách xã hội: cấp 860 thẻ BHYT cho người thuộc hộ nghèo, hộ cận nghèo và người cao tuổi.")
    assert issued["M2"].status == "missing"
    given = judge_default(
        HEADING,
        "- Hội vận động mạnh thường quân mua tặng 35 thẻ bảo hiểm y tế cho hội viên thuộc hộ nghèo.")
    assert given["M2"].status == "present"


def test_the_deeds_of_examples_found_are_no_result_of_a_movement():
    results = judge_default(
        HEADING,
        "Trong 6 tháng, Hội phát hiện 04 gương điển hình (chị Lê Thị Hoa - giúp nhau thoát nghèo; anh Võ Văn "
        "Tư - hiến 200 m2 đất làm đường giao thông nông thôn), đề nghị huyện biểu dương 02 gương.")
    assert results["P5"].status == "present"
    assert results["M2"].status == "missing" and results["M1"].status == "missing"


NTM_LABEL = "- Phong trào “Chung sức xây dựng nông thôn mới” và xây dựng huyện Tây Sơn đạt chuẩn nông thôn mới: "


def test_a_label_naming_both_new_rural_movements_with_only_the_communes_work_reports_m1_alone():
    results = judge_default(
        HEADING,
        NTM_LABEL + "thôn Hòa Lạc giữ vững 5/5 tiêu chí khu dân cư; nhân dân góp 96 triệu đồng, 310 ngày công, "
        "hiến 540 m2 đất mở rộng 0,8 km đường liên thôn.")
    assert results["M1"].status == "present"
    assert results["M6"].status == "missing"


def test_a_label_naming_both_with_district_level_work_reports_m6_too():
    results = judge_default(
        HEADING,
        NTM_LABEL + "nhân dân góp 96 triệu đồng, 310 ngày công; xã hoàn thiện 12 bộ hồ sơ minh chứng tiêu chí huyện "
        "gửi Văn phòng Điều phối nông thôn mới huyện.")
    assert results["M1"].status == "present"
    assert results["M6"].status == "present"


def test_a_closing_line_naming_the_district_goal_reports_nothing_of_m6():
    alone = judge_default(
        HEADING,
        "Trong 6 tháng, Hội vận động hội viên góp 420 ngày công, làm mới 0,6 km kênh mương nội đồng.",
        "Góp phần với huyện sớm đạt chuẩn nông thôn mới vào năm 2023.")
    assert alone["M6"].status == "missing"
    with_work = judge_default(
        HEADING,
        "Góp phần cùng huyện đạt chuẩn nông thôn mới, xã đã hoàn thành 02 tiêu chí huyện về môi trường.")
    assert with_work["M6"].status == "present"


def test_the_businesses_movement_by_its_work_without_its_name():
    for sentence in (
            "- Doanh nghiệp: tổ chức 02 buổi đối thoại với 64 doanh nghiệp trên địa bàn.",
            "Phối hợp tổ chức gặp mặt doanh nghiệp đầu năm, có 52 doanh nghiệp tham dự.",
            "Đã trả lời 14/14 kiến nghị của doanh nghiệp, hợp tác xã.",
            "Cấp mới giấy chứng nhận đăng ký hộ kinh doanh cho 118 hộ."):
        assert judge_default(HEADING, sentence)["M3"].status == "present", sentence


def test_the_insurance_coverage_rate_is_no_social_security_field():
    rate = judge_default(
        HEADING,
        "- Cải cách hành chính: tiếp nhận 740 hồ sơ, giải quyết đúng hạn 100%.",
        "- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,5%.")
    assert rate["P3"].status == "partial"
    cards = judge_default(
        HEADING,
        "- Cải cách hành chính: tiếp nhận 740 hồ sơ, giải quyết đúng hạn 100%.",
        "- Cấp 310 thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.")
    assert cards["P3"].status == "present"


def test_the_deeds_of_examples_found_are_no_field_either():
    results = judge_default(
        HEADING,
        "- Cải cách hành chính: tiếp nhận 740 hồ sơ, giải quyết đúng hạn 100%.",
        "- Trong 6 tháng phát hiện 02 gương điển hình (ông Phan Văn Lực - nông dân sản xuất kinh doanh giỏi).")
    assert results["P3"].status == "partial"
