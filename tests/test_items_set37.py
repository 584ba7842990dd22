"""Item classes blind sets 37 and 38 (243-254) showed at first contact, in other words than the samples'.

- A movement's line that counts only the unit's promotion of it (banners, posters, flags, news items,
  broadcasts: "...: treo 30 băng rôn, 12 áp phích; Đài truyền thanh xã phát 15 bài") names the
  movement, it reports no result of it (check/promotion.py, the rules' `promotion` list); a deed or a
  count of something else beside the promotion still reports it.
- An armed force's own discipline ("chấp hành nghiêm Điều lệnh ..., quy tắc ứng xử ...") is not the
  district's office-culture movement unless tied to it (M4's `exclude`).
- A concept only inside a bracketed list of targets ("... các chỉ tiêu ... (...; giảm 0,8% tỷ lệ hộ nghèo)")
  is a target (check/target_list.py, the rules' `target_list`).
- A paragraph weighing the period's faults against its results ("Bên cạnh những thành tích đã đạt được, ...
  vẫn còn hạn chế: ...") under the second half's heading is an assessment (check/assessment.py; the rules'
  `assessment_openers`), unless its own words turn to the plan.
- A goal named as the topic of work done ("Thực hiện mục tiêu ..., Phòng đã hoàn thiện ...") frames a
  result (the rules' `target`).
- A plan word only inside a parenthesis describing a place ("thôn A (khu dân cư dự kiến đưa vào nội thị)
  đã hoàn thành ...") is no plan of the sentence (check/aside_plan.py).
- A movement launched "gắn với" the directive's theme names the theme, no report of P4 (P4's `exclude`).
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
RESULTS = "II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA"


# --- a movement's line that counts only promotion ---

def test_a_movement_line_counting_only_banners_and_broadcasts_reports_nothing():
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào thi đua “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: Hội treo 30 băng "
        "rôn, 12 áp phích tại nhà văn hóa các thôn; Đài truyền thanh xã phát 15 bài.",
    )
    assert items["M2"].status == "missing", items["M2"].note
    assert "tuyên truyền" in items["M2"].note


def test_a_banner_calling_on_people_to_give_is_still_only_a_banner():
    # the banner's message ("kêu gọi ... ủng hộ") is no deed of the movement
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào xây dựng huyện đạt chuẩn đô thị loại IV: Đoàn Thanh niên treo 60 cờ phướn, 25 băng rôn "
        "kêu gọi nhân dân giữ gìn mỹ quan đô thị trên các tuyến phố; đăng 07 tin trên trang thông tin của Đoàn.",
    )
    assert items["M7"].status == "missing", items["M7"].note


def test_promotion_beside_a_deed_of_the_movement_still_reports_it():
    # contrast: a clause with a count of its own (money given) beside the banners
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào thi đua “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: Hội treo 30 băng "
        "rôn tại các thôn; vận động hội viên đóng góp 42 triệu đồng vào Quỹ “Vì người nghèo”.",
    )
    assert items["M2"].status == "present", items["M2"].note


def test_a_deed_told_beside_the_banners_in_one_clause_still_reports_it():
    # contrast: one clause, the banners and the people's deed ("hiến" is a strong result)
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào xây dựng huyện đạt chuẩn đô thị loại IV: Hội treo 20 băng rôn và vận động 36 hộ ven thị trấn "
        "hiến 640 m2 đất mở rộng vỉa hè.",
    )
    assert items["M7"].status == "present", items["M7"].note


def test_propaganda_events_the_unit_organised_are_work_done():
    # contrast: counted rounds of mobile propaganda are events organised, not material put up
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào thi đua “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: Hội tổ chức 08 đợt "
        "tuyên truyền lưu động tại các thôn, treo 30 băng rôn.",
    )
    assert items["M2"].status == "present", items["M2"].note


# --- an armed force's own discipline is not the district's office-culture movement ---

def test_the_forces_own_regulations_and_conduct_code_are_not_office_culture():
    items = judge_default(
        *HEAD, RESULTS,
        "Thực hiện cuộc vận động “Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ”, 100% cán "
        "bộ, chiến sĩ Ban Chỉ huy Quân sự chấp hành nghiêm Điều lệnh quản lý bộ đội, quy tắc ứng xử khi giao tiếp "
        "với nhân dân; 6 tháng không có trường hợp vi phạm kỷ luật.",
    )
    assert items["M4"].status == "missing", items["M4"].note


def test_the_forces_regulations_tied_to_the_movement_report_it():
    # contrast: the same discipline told as the unit's part in the district's movement
    items = judge_default(
        *HEAD, RESULTS,
        "Hưởng ứng phong trào thi đua thực hiện văn hóa công sở, 100% cán bộ, chiến sĩ Ban Chỉ huy Quân sự chấp "
        "hành nghiêm Điều lệnh quản lý bộ đội, quy tắc ứng xử khi giao tiếp với nhân dân, đeo biển tên khi làm việc.",
    )
    assert items["M4"].status == "present", items["M4"].note


# --- a concept only inside a bracketed list of targets ---

def test_an_entry_of_a_bracketed_list_of_targets_is_no_result():
    items = judge_default(
        *HEAD, RESULTS,
        "Các phòng trong Khối chủ động tham mưu Ủy ban nhân dân huyện triển khai các chỉ tiêu chủ yếu của kế "
        "hoạch năm 2023 (thu ngân sách tăng 7%; 100% xã duy trì chuẩn nông thôn mới; giảm 0,8% tỷ lệ hộ nghèo). "
        "Kết quả: Phòng Nông nghiệp hướng dẫn gieo sạ 4.200 ha lúa.",
    )
    assert items["M2"].status == "missing", items["M2"].note


def test_targets_reached_in_a_bracket_are_results():
    # contrast: the parenthesis lists the targets reached
    items = judge_default(
        *HEAD, RESULTS,
        "Các phòng trong Khối đã tham mưu hoàn thành vượt 03 chỉ tiêu chủ yếu của 6 tháng (thu ngân sách tăng 7%; "
        "giảm 0,8% tỷ lệ hộ nghèo, 29 hộ thoát nghèo).",
    )
    assert items["M2"].status == "present", items["M2"].note


def test_a_result_told_after_the_bracket_still_reports():
    # contrast: the same concept named again outside the targets' parenthesis, with a result
    items = judge_default(
        *HEAD, RESULTS,
        "Khối triển khai các chỉ tiêu kinh tế - xã hội (thu ngân sách tăng 7%; giảm 0,8% tỷ lệ hộ nghèo), trong 6 "
        "tháng đã hỗ trợ 12 hộ nghèo sửa chữa nhà ở.",
    )
    assert items["M2"].status == "present", items["M2"].note


# --- the period's faults weighed under the second half's heading ---

PLAN_HEAD = ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023", {"bold": True})


def test_faults_weighed_against_the_results_under_the_plan_heading_are_an_assessment():
    items = judge_default(
        *HEAD, RESULTS,
        "Hội vận động hội viên đóng góp 18 triệu đồng xây nhà tình thương.",
        PLAN_HEAD,
        "Bên cạnh những thành tích đã đạt được, công tác thi đua của Hội vẫn còn hạn chế: một số chi hội đăng ký "
        "thi đua còn hình thức; việc sơ kết ở cơ sở chậm.",
        "- Tiếp tục đẩy mạnh phong trào thi đua trong hội viên.",
    )
    assert items["D2"].status == "present", items["D2"].note


def test_a_task_to_overcome_faults_under_the_plan_heading_is_a_plan():
    # contrast: the same heading, a task naming the faults
    items = judge_default(
        *HEAD, RESULTS,
        "Hội vận động hội viên đóng góp 18 triệu đồng xây nhà tình thương.",
        PLAN_HEAD,
        "- Tiếp tục khắc phục những hạn chế, tồn tại trong công tác thi đua của các chi hội.",
    )
    assert items["D2"].status == "missing", items["D2"].note


def test_an_opened_paragraph_that_turns_to_the_plan_is_a_plan():
    # contrast: the opener, then the second half's work in its own words
    items = judge_default(
        *HEAD, RESULTS,
        "Hội vận động hội viên đóng góp 18 triệu đồng xây nhà tình thương.",
        PLAN_HEAD,
        "Bên cạnh những thành tích đã đạt được, trong 6 tháng cuối năm Hội sẽ khắc phục những hạn chế còn tồn tại.",
    )
    assert items["D2"].status == "missing", items["D2"].note


# --- a goal named as the topic of the work done ---

def test_a_goal_carried_out_with_work_done_frames_a_result():
    items = judge_default(
        *HEAD, RESULTS,
        "Thực hiện mục tiêu xây dựng huyện đạt chuẩn nông thôn mới năm 2023, Phòng Y tế đã hoàn thiện hồ sơ tiêu chí "
        "y tế cấp huyện và gửi Văn phòng Điều phối.",
    )
    assert items["M6"].status == "present", items["M6"].note


def test_a_goal_still_being_carried_out_is_a_target():
    # contrast: no work said done
    items = judge_default(
        *HEAD, RESULTS,
        "Phòng Y tế tiếp tục thực hiện mục tiêu xây dựng huyện đạt chuẩn nông thôn mới năm 2023 trong lĩnh vực y tế.",
    )
    assert items["M6"].status == "missing", items["M6"].note


# --- a plan word inside a parenthesis that describes a place ---

def test_a_place_described_by_its_planned_future_does_not_make_the_work_a_plan():
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào xây dựng huyện đạt chuẩn đô thị loại IV: thôn Thuận Nhứt (khu dân cư dự kiến đưa vào nội thị) "
        "đã hoàn thành lắp 60 bóng đèn chiếu sáng, trồng 120 cây xanh dọc tuyến đường liên thôn.",
    )
    assert items["M7"].status == "present", items["M7"].note


def test_a_parenthesis_dating_the_units_own_action_keeps_it_a_plan():
    # contrast: the aside dates what the unit is to do, nothing done outside it
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào xây dựng huyện đạt chuẩn đô thị loại IV: Hội ra quân chỉnh trang tuyến đường liên thôn, trồng "
        "cây xanh (dự kiến ngày 20/7/2023).",
    )
    assert items["M7"].status == "missing", items["M7"].note


# --- a launch's theme is no report of the linkage ---

def test_a_movement_launched_with_the_directives_theme_does_not_report_the_linkage():
    items = judge_default(
        *HEAD, RESULTS,
        "Ngày 15/02/2023, Hội tổ chức hội nghị phát động thi đua năm 2023 trong hội viên, gắn với việc làm theo "
        "tấm gương đạo đức Hồ Chí Minh.",
    )
    assert items["P4"].status == "missing", items["P4"].note


def test_a_launch_with_the_linkages_own_work_reports_it():
    # contrast: the members' registrations to follow the example are the linkage's work
    items = judge_default(
        *HEAD, RESULTS,
        "Ngày 15/02/2023, Hội phát động thi đua năm 2023 gắn với việc làm theo tấm gương đạo đức Hồ Chí Minh; "
        "42/45 hội viên đăng ký việc làm theo cụ thể.",
    )
    assert items["P4"].status == "present", items["P4"].note
