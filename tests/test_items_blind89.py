"""Ways of writing that blind sets 8 (67-72) and 9 (73-78) found, each class in our own words:
movements named without results (auxiliaries around a name, lists of movements, another body's
figures, a background section, other epidemics, years already closed), fields of emulation in
the armed forces' words, anniversaries that are not quantities, ratios as counts, and
assessments written without the words "ưu điểm" / "hạn chế"."""

from item_helpers import judge_default as judge

H2 = {"kind": "heading", "heading_level": 2}
H1 = {"kind": "heading", "heading_level": 1}


# --- an auxiliary ("đã", "được") around a quoted name is no result -----------------------------

def test_a_quoted_movement_launched_with_an_auxiliary_reports_nothing():
    r = judge("Ngày 10/02/2023, Đảng ủy xã đã quán triệt, phát động hưởng ứng phong trào "
              "\"Doanh nghiệp Việt Nam hội nhập và phát triển\" đến toàn thể cán bộ.")
    assert r["M3"].status == "missing"


def test_a_quoted_movement_with_a_real_result_still_counts():
    r = judge("Hưởng ứng phong trào \"Doanh nghiệp Việt Nam hội nhập và phát triển\", xã đã hỗ trợ "
              "ba hộ kinh doanh chuyển lên doanh nghiệp.")
    assert r["M3"].status == "present"


# --- anniversaries and named days are no quantity ------------------------------------------------

def test_an_anniversary_beside_a_movement_name_is_no_result():
    r = judge("Phong trào \"Thanh niên lao động sáng tạo, tình nguyện vì cộng đồng\" tiếp tục được Đoàn "
              "xác định là trọng tâm, gắn với các hoạt động kỷ niệm 92 năm Ngày thành lập Đoàn 26/3.")
    assert r["P3"].status == "missing"


def test_anniversary_words_do_not_hide_a_real_count():
    from tdkt.pipeline.check.language import has_quantity

    assert not has_quantity("chào mừng 48 năm Ngày giải phóng miền Nam 30/4")
    assert not has_quantity("kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh")
    assert has_quantity("nhân dịp kỷ niệm Ngày Quốc tế Phụ nữ, Hội tặng 12 suất quà")


# --- nouns that look like results: "các cấp" (levels) is no grant, "cuộc vận động" no mobilising ---

def test_the_levels_of_an_association_are_no_result():
    r = judge("Phong trào \"Nông dân thi đua sản xuất kinh doanh giỏi\" tiếp tục được các cấp Hội "
              "xác định là nhiệm vụ trọng tâm, xuyên suốt.")
    assert r["P3"].status == "missing"


def test_a_grant_beside_a_quoted_name_still_counts():
    r = judge("Hưởng ứng phong trào \"Chung tay vì người nghèo\", xã đã cấp thẻ bảo hiểm y tế miễn phí "
              "cho các gia đình khó khăn.")
    assert r["M2"].status == "present"


def test_a_campaign_named_beside_a_movement_is_no_result():
    r = judge("Phong trào \"Thanh niên tình nguyện, sáng tạo\" được lồng ghép với Cuộc vận động "
              "\"Thanh niên sống đẹp\" trong sinh hoạt chi đoàn.")
    assert r["P3"].status == "missing"


# --- fields of emulation in the armed forces' words ---------------------------------------------

def test_the_army_rear_policy_is_the_social_security_field():
    r = judge("Về chính sách hậu phương quân đội, Ban đã thăm hỏi, tặng quà 9 gia đình quân nhân đang tại ngũ.",
              "Về cải cách hành chính, 100% hồ sơ đăng ký nghĩa vụ quân sự được giải quyết đúng hạn.")
    assert r["P3"].status == "present"
    assert "an sinh" in r["P3"].note.split("Chưa nêu")[0]


# --- another epidemic (livestock, crops, dengue) is not the Covid-19 movement ------------------

def test_animal_disease_control_is_not_the_covid_movement():
    r = judge("Công tác phòng, chống dịch bệnh trên đàn heo được tổ chức chặt chẽ, đã tiêm phòng 8.200 liều vắc xin "
              "dịch tả heo châu Phi.")
    assert r["M8"].status == "missing"


def test_covid_vaccination_still_counts():
    r = judge("Công tác phòng, chống dịch Covid-19 được duy trì, đã tiêm 1.150 liều vắc xin nhắc lại.")
    assert r["M8"].status == "present"


# --- a period closed before the year ("(2020 - 2022)") is history --------------------------------

def test_a_closed_period_in_brackets_is_history():
    r = judge("Trong thời gian chống dịch Covid-19 (2020 - 2022), Phòng đã cấp giấy đi đường cho 900 xe chở hàng.")
    assert r["M8"].status == "missing"


# --- online filing counted among the one-stop results is administrative reform, not M9 ----------

def test_online_share_of_one_stop_dossiers_is_administrative_reform():
    r = judge("Về cải cách hành chính, bộ phận một cửa đã nhận 860 hồ sơ, trả đúng hạn 99%, "
              "hồ sơ trực tuyến chiếm 41%.")
    assert r["M5"].status == "present"
    assert r["M9"].status == "missing"


def test_online_filing_reported_as_digital_transformation_counts():
    r = judge("Tỷ lệ hồ sơ trực tuyến của xã đạt 45%, tăng 12% so với cùng kỳ.")
    assert r["M9"].status == "present"


# --- another body's results: the district's in a unit's background, another office's figures ---

def test_the_districts_achievements_in_a_background_section_are_not_the_units_results():
    r = judge(("I. ĐẶC ĐIỂM TÌNH HÌNH", H1),
              "Chi nhánh có 14 nhân viên. Trên địa bàn, đến nay 11/11 xã đã đạt chuẩn nông thôn mới, "
              "04 xã đạt chuẩn nông thôn mới nâng cao.",
              ("II. KẾT QUẢ THI ĐUA", H1),
              "Chi nhánh cho vay 212 hộ nghèo với tổng số tiền 8,4 tỷ đồng.")
    assert r["M1"].status == "missing"
    assert r["M2"].status == "present"


def test_another_offices_district_wide_figure_is_not_the_units_result():
    r = judge("Theo số liệu của Chi cục Thống kê, quý I trên địa bàn huyện có 9 doanh nghiệp được thành lập mới.")
    assert r["M3"].status == "missing"


# --- movements named in a list that the unit "continues to take up", with no result -------------

def test_movements_listed_as_taken_up_report_none_of_them():
    r = judge("Chi bộ tiếp tục quán triệt, hưởng ứng các phong trào: thi đua thực hiện văn hóa công sở, "
              "phòng, chống dịch Covid-19 và xây dựng đô thị văn minh.")
    for item in ("M4", "M7", "M8"):
        assert r[item].status == "missing", item


def test_a_listed_movement_with_a_count_still_counts():
    r = judge("Hưởng ứng các phong trào văn hóa công sở và phòng, chống dịch Covid-19, cơ quan đã tiêm "
              "nhắc lại cho 36 người.")
    assert r["M8"].status == "present"


# --- assessments in any words: what a passage under "Đánh giá" does, not its labels -------------

def test_an_unlabelled_assessment_paragraph_gives_strengths_and_shortcomings():
    r = judge(("III. NHẬN XÉT CHUNG", H1),
              "Sáu tháng qua, việc tổ chức các đợt thi đua của Đoàn thể luôn được Ban Thường vụ coi trọng, "
              "nội dung bám sát nhiệm vụ, tạo khí thế phấn khởi trong đoàn viên.",
              "Việc biểu dương người tốt ở một vài chi đoàn vẫn còn chậm, hồ sơ gửi lên chưa đúng mẫu.",
              ("IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM", H1),
              "Tiếp tục phát động thi đua lập thành tích chào mừng Đại hội.")
    assert r["D1"].status == "present"
    assert r["D2"].status == "present"


def test_a_purely_critical_assessment_gives_no_strengths():
    r = judge(("III. ĐÁNH GIÁ", H1),
              "Một số tổ sản xuất chưa đăng ký thi đua; việc sơ kết từng đợt còn chậm, còn hình thức.")
    assert r["D1"].status == "missing"
    assert r["D2"].status == "present"


def test_a_plan_sentence_under_a_mixed_assessment_title_is_no_strength():
    r = judge(("III. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG THỜI GIAN TỚI", H1),
              "Thời gian tới, đơn vị sẽ tổ chức thi đua thiết thực, hiệu quả hơn.")
    assert r["D1"].status == "missing"


def test_good_and_bad_sides_as_bullets():
    r = judge(("3. Đánh giá", H2),
              "- Mặt được: các tổ đều có chỉ tiêu thi đua, doanh thu tăng so với cùng kỳ.",
              "- Mặt chưa được: hai tổ không đạt chỉ tiêu sản lượng; khen thưởng còn ít.")
    assert r["D1"].status == "present"
    assert r["D2"].status == "present"


# --- ratios written as counts: "x/y cá nhân", "cơ cấu ... N người" -------------------------------

def test_a_fraction_of_individuals_is_a_quantity_not_a_document_symbol():
    from tdkt.pipeline.check.language import has_quantity

    assert has_quantity("có 9/12 cá nhân là công nhân trực tiếp sản xuất")
    assert not has_quantity("theo Kế hoạch 15/KH-UBND của huyện")


def test_a_structure_of_the_awarded_in_head_counts_gives_both_ratios():
    r = judge("Cơ cấu số người đạt Lao động tiên tiến năm 2022: công nhân trực tiếp sản xuất 17 người; "
              "cán bộ quản lý (giám đốc, tổ trưởng) 03 người.")
    assert r["K4"].status == "present"
    assert r["K5"].status == "present"
