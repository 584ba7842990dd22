"""Classes found by blind set 31 (items): synthetic cases in other words."""


def _status(item_id, *lines, figures=None):
    from item_helpers import judge_default
    return judge_default(*lines, figures=figures)[item_id].status


RESULTS = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
           "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
AWARDS = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
          "III. CÔNG TÁC KHEN THƯỞNG")


# --- K5: leaders named by the armed forces' words or the short form beside their share ---

def test_officers_in_command_with_their_share_report_the_leaders_ratio():
    assert _status("K5", *AWARDS,
                   "Trong số cá nhân được khen năm 2022, chiến sĩ trực tiếp huấn luyện chiếm 71,2%, cán bộ chỉ huy "
                   "trung đội trở lên chiếm 28,8%.") == "present"


def test_officers_presiding_with_their_share_report_the_leaders_ratio():
    assert _status("K5", *AWARDS,
                   "Cán bộ chủ trì cơ quan, đơn vị được tặng danh hiệu chiếm tỷ lệ 24%.") == "present"


def test_short_form_beside_its_share_reports_the_leaders_ratio():
    assert _status("K5", *AWARDS,
                   "Trong 214 viên chức được tặng danh hiệu, có 19 CBQL (chiếm 8,9%).") == "present"


def test_short_form_in_the_staff_make_up_is_no_ratio():
    # contrast: the staff of the office by post, no share of those awarded
    assert _status("K5", *AWARDS,
                   "Tổng số viên chức 61 người, trong đó CBQL: 04; giáo viên: 50; nhân viên: 07.") == "missing"


def test_commanders_leading_the_movement_are_no_ratio():
    # contrast: the officers as those who led the work
    assert _status("K5", *RESULTS,
                   "Cấp ủy, chỉ huy các cấp thường xuyên quan tâm lãnh đạo phong trào thi đua trong đơn vị.") == "missing"


# --- M9: results of a sector's own e-services, the movement not named ---

def test_online_filing_and_e_invoices_report_digital_transformation():
    assert _status("M9", *RESULTS,
                   "Tỷ lệ doanh nghiệp kê khai thuế qua mạng đạt 98,9%; có 1.204 hộ kinh doanh đã sử dụng hóa đơn "
                   "điện tử.") == "present"


def test_electronic_exchange_of_dossiers_reports_digital_transformation():
    assert _status("M9", *RESULTS,
                   "Thực hiện liên thông điện tử 312 hồ sơ đăng ký biến động đất đai với Văn phòng Đăng ký đất đai.") \
        == "present"


def test_website_news_is_no_digital_transformation():
    # contrast: a website, e-mail and e-commerce are no e-service of the office
    assert _status("M9", *RESULTS,
                   "Đăng 24 tin bài trên Trang thông tin điện tử, trả lời 16 thư điện tử của người dân; kiểm tra 05 "
                   "cơ sở kinh doanh thương mại điện tử.") == "missing"


# --- P4: a labelled paragraph opened with the plan's wording, its results in the sentences after ---

def test_labelled_paragraph_after_plan_wording_reports_its_results():
    assert _status("P4", *RESULTS,
                   "- Việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh: tiếp tục đẩy mạnh thực hiện Chỉ thị số "
                   "05-CT/TW gắn với nhiệm vụ chuyên môn. 27/27 đảng viên của chi bộ đăng ký việc làm cụ thể, "
                   "được đánh giá hằng quý.") == "present"


def test_labelled_paragraph_after_plan_wording_with_no_result_stays_unreported():
    # contrast: what follows the wording says nothing done
    assert _status("P4", *RESULTS,
                   "- Việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh: tiếp tục đẩy mạnh thực hiện Chỉ thị số "
                   "05-CT/TW gắn với nhiệm vụ chuyên môn. Chi bộ thường xuyên nhắc nhở đảng viên.") == "missing"


def test_plan_wording_under_the_plan_heading_stays_a_plan():
    # contrast: the same paragraph among the second half's tasks
    assert _status("P4", "BÁO CÁO", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023",
                   "- Việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh: tiếp tục đẩy mạnh thực hiện Chỉ thị số "
                   "05-CT/TW. Phấn đấu 100% đảng viên đăng ký việc làm cụ thể.") == "missing"


# --- M3/M7 and the like: the movements counted, a few named; the count is no result of any ---

COUNTED = ("Hội tiếp tục hưởng ứng 07 phong trào thi đua do cấp trên phát động, trong đó có phong trào “Doanh "
           "nghiệp Việt Nam hội nhập và phát triển” và phong trào “Chung tay vì người nghèo - Không để ai bị bỏ lại "
           "phía sau”.")


def test_movements_counted_and_named_report_none_of_them():
    assert _status("M3", *RESULTS, COUNTED) == "missing"
    assert _status("M2", *RESULTS, COUNTED) == "missing"


def test_movements_counted_and_named_with_a_result_of_their_own_still_report():
    # contrast: the sentence goes on with what was done
    assert _status("M2", *RESULTS,
                   "Xã triển khai 08 phong trào thi đua, trong đó có phong trào “Chung tay vì người nghèo - Không để "
                   "ai bị bỏ lại phía sau” và phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”, vận động "
                   "ủng hộ Quỹ được 14,5 triệu đồng.") == "present"


# --- M1: the national target programme's capital paid out is a budget line, no result of the movement ---

def test_programme_capital_disbursed_is_no_result_of_the_movement():
    assert _status("M1", *RESULTS,
                   "Đến 15/6/2023, đơn vị đã kiểm soát chi 45,2 tỷ đồng vốn đầu tư; trong đó nguồn vốn chương trình "
                   "mục tiêu quốc gia xây dựng nông thôn mới giải ngân 9,8 tỷ đồng, đạt 40,1% kế hoạch.") == "missing"


def test_programme_capital_with_the_peoples_contributions_still_reports_it():
    # contrast: the people's part of the movement is there
    assert _status("M1", *RESULTS,
                   "Nhân dân đóng góp 1,2 tỷ đồng cùng vốn Chương trình MTQG xây dựng nông thôn mới được thanh toán "
                   "để bê tông hóa 3,4 km đường thôn.") == "present"


# --- M5: a service office's one-stop work and dossiers settled on time, the movement not named ---

def test_one_stop_work_of_a_service_office_reports_administrative_reform():
    assert _status("M5", *RESULTS,
                   "Thực hiện một cửa trong thẩm định hồ sơ thanh toán: 100% hồ sơ được tiếp nhận tại một đầu mối, "
                   "trả kết quả qua dịch vụ bưu chính.") == "present"


def test_dossiers_settled_right_and_early_report_administrative_reform():
    assert _status("M5", *RESULTS,
                   "Đã thẩm định 3.215 hồ sơ đề nghị thanh toán, 99,8% giải quyết đúng và trước thời hạn.") == "present"


def test_a_one_stop_task_for_the_second_half_is_no_result():
    # contrast: the same words as a task
    assert _status("M5", *RESULTS,
                   "Thời gian tới, đơn vị sẽ thực hiện một cửa trong kiểm soát chi đầu tư.") == "missing"


# --- K4/K5: a heading of the award proposals forwarded for the members is award work, not a proposal
# to the district ---

def test_ratio_under_a_heading_of_award_proposals_reports_the_leaders_ratio():
    assert _status("K5", "BÁO CÁO", "III. CÔNG TÁC KHEN THƯỞNG",
                   "2. Kết quả bình xét, đề nghị khen thưởng năm học 2022 - 2023",
                   "Trong 860 cá nhân được đề nghị công nhận danh hiệu có 74 cán bộ quản lý, chiếm 8,6%.") == "present"


def test_ratio_under_the_proposals_to_the_district_stays_a_proposal():
    # contrast: a heading that also asks the district (kiến nghị) keeps its sentences proposals
    assert _status("K5", "BÁO CÁO", "IV. KIẾN NGHỊ, ĐỀ NGHỊ KHEN THƯỞNG",
                   "Trong 860 cá nhân được đề nghị công nhận danh hiệu có 74 cán bộ quản lý, chiếm 8,6%.") == "missing"


# --- K2: the unit's own titles of 2022 in a line under the heading of the school year's review ---

SCHOOL_YEAR = ("BÁO CÁO", "III. CÔNG TÁC KHEN THƯỞNG", "2. Bình xét, đề nghị khen thưởng năm học 2022 - 2023",
               "Đề nghị công nhận danh hiệu “Lao động tiên tiến” cho 412 cá nhân, “Chiến sĩ thi đua cơ sở” cho 37 "
               "cá nhân của các trường.")


def test_own_titles_of_2022_under_the_school_year_heading_report_the_titles():
    from item_helpers import judge_default
    result = judge_default(*SCHOOL_YEAR,
                           "Năm 2022, cơ quan Phòng được công nhận “Tập thể lao động tiên tiến”; 9/10 công chức đạt "
                           "danh hiệu “Lao động tiên tiến”, 01 đạt “Chiến sĩ thi đua cơ sở”.")["K2"]
    assert result.status == "partial", result.note
    assert "Chưa nêu: Giấy khen" in result.note


def test_school_year_proposals_alone_are_no_2022_titles():
    # contrast: only the schools' proposals of the school year
    assert _status("K2", *SCHOOL_YEAR) == "missing"


def test_a_school_year_line_under_that_heading_is_no_2022_titles():
    # contrast: a line of the school year's own, even with "đạt"
    assert _status("K2", *SCHOOL_YEAR,
                   "Năm học 2022 - 2023, 26/30 trường đạt danh hiệu “Tập thể lao động tiên tiến”, 1.105 giáo viên "
                   "đạt “Lao động tiên tiến”.") == "missing"


# --- P2: political-task results told only in words touch the item; figures make it present ---

def test_results_in_words_alone_are_partial():
    assert _status("P2", *RESULTS,
                   "Sản xuất vụ Hè Thu thắng lợi, năng suất đạt khá; tiêm phòng đợt 2 cho đàn gia súc, gia cầm đạt "
                   "chỉ tiêu kế hoạch giao.") == "partial"


def test_results_with_figures_are_present():
    # contrast: a figure against the plan
    assert _status("P2", *RESULTS,
                   "Thu ngân sách trên địa bàn đạt 4,6 tỷ đồng, bằng 58% dự toán; tiêm phòng đợt 2 đạt chỉ tiêu.") \
        == "present"


def test_a_rounds_ordinal_is_no_quantity():
    from tdkt.pipeline.check import has_quantity
    assert not has_quantity("tiêm phòng vắc xin đợt 1 cơ bản đạt kế hoạch")
    assert has_quantity("tổ chức 02 đợt tiêm phòng cho đàn gia súc")  # contrast: a count of rounds
