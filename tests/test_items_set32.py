"""Classes found by blind set 32 (items): synthetic cases in other words."""


def _status(item_id, *lines, figures=None):
    from item_helpers import judge_default
    return judge_default(*lines, figures=figures)[item_id].status


RESULTS = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
           "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")


# --- M4: a sum of money before "phục vụ" is no uniform ("đồng" + "phục vụ", not "đồng phục") ---

def test_money_followed_by_serving_is_no_uniform():
    assert _status("M4", *RESULTS,
                   "Hội Phụ nữ mở 03 gian hàng giá 0 đồng phục vụ 640 lượt công nhân khu công nghiệp.") == "missing"


def test_amount_in_millions_serving_people_is_no_uniform():
    assert _status("M4", *RESULTS,
                   "Xã chi 4,5 triệu đồng phục vụ bữa ăn cho 90 người tham gia ngày hội.") == "missing"


def test_uniforms_worn_still_report_office_culture():
    # contrast: the uniform itself
    assert _status("M4", *RESULTS,
                   "100% công chức mặc đồng phục, đeo thẻ khi làm việc tại trụ sở.") == "present"


# --- target / budget: "giao" (assigned) is not the first syllable of "giao thông", "giao lưu" ---

def test_criteria_on_roads_are_no_assigned_target():
    assert _status("M6", *RESULTS,
                   "Thị trấn cung cấp số liệu các chỉ tiêu về giao thông nội thị, cấp nước sạch phục vụ "
                   "Đoàn thẩm định công nhận huyện Tây Sơn đạt chuẩn nông thôn mới năm 2023.") == "present"


def test_money_for_roads_is_no_assigned_budget():
    assert _status("M1", *RESULTS,
                   "Nhân dân thôn Hòa Lạc đóng góp kinh phí làm đường giao thông nông thôn 320 triệu "
                   "đồng, bê tông hóa 1,4 km.") == "present"


def test_an_assigned_quota_is_still_a_target():
    # contrast: "chỉ tiêu ... giao" said of an assignment stays a target
    assert _status("M6", *RESULTS,
                   "Phòng phấn đấu hoàn thành chỉ tiêu huyện giao về hồ sơ công nhận huyện đạt chuẩn nông "
                   "thôn mới.") == "missing"


def test_funds_assigned_are_still_a_budget_line():
    # contrast: funds that were assigned, no work done
    assert _status("M1", *RESULTS,
                   "Kinh phí xây dựng nông thôn mới được giao năm 2023 là 2,6 tỷ đồng.") == "missing"


# --- M1: the communes keeping their own criterion, beside the district's dossier ---

def test_communes_keeping_their_criterion_beside_the_district_dossier_report_the_people_movement():
    assert _status("M1", *RESULTS,
                   "- Nông thôn mới: 11/11 xã giữ vững tiêu chí số 17 về môi trường; Phòng đã chuẩn bị "
                   "minh chứng tiêu chí môi trường cấp huyện để Đoàn của tỉnh thẩm định công nhận huyện "
                   "đạt chuẩn nông thôn mới.") == "present"


def test_the_district_dossier_alone_is_no_people_movement():
    # contrast: only the district's criteria and dossier (M6's)
    assert _status("M1", *RESULTS,
                   "- Nông thôn mới: Phòng đã chuẩn bị minh chứng tiêu chí môi trường cấp huyện để Đoàn "
                   "của tỉnh thẩm định công nhận huyện đạt chuẩn nông thôn mới.") == "missing"


# --- D1: a judgement a body states with a colon (minutes, conclusions), no "ưu điểm" label ---

MINUTES = ("BIÊN BẢN", "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
           "III. KẾT LUẬN CỦA CHỦ TRÌ")


def test_a_meeting_judging_the_period_with_a_colon_reports_strengths():
    assert _status("D1", *MINUTES,
                   "Hội nghị nhất trí đánh giá: trong 6 tháng, các chi hội đã hưởng ứng phong trào thi đua "
                   "tích cực, việc bình xét khen thưởng công khai, đúng quy định.") == "present"


def test_a_body_remarking_only_faults_reports_no_strength():
    # contrast: the judgement finds fault only
    assert _status("D1", *MINUTES,
                   "Đoàn kiểm tra nhận xét: hồ sơ đề nghị khen thưởng của một số chi hội còn chậm, chưa "
                   "đầy đủ.") == "missing"


def test_the_word_assessment_inside_a_sentence_opens_no_assessment():
    # contrast: "đánh giá" as a task in the opening speech, no colon after it
    assert _status("D1", *MINUTES,
                   "Chủ tọa đề nghị các đại biểu thảo luận, đánh giá đúng kết quả thi đua và góp ý tích "
                   "cực cho dự thảo báo cáo.") == "missing"


# --- K4/K5: a per-member table whose share columns are named by the heading ---

def _share_table(tmp_path, rows):
    # judged by the item check alone (no figures): the table must report the ratios by itself
    from figure_helpers import table_docx
    from item_helpers import default_rules
    from tdkt.pipeline.check import check_items
    from tdkt.pipeline.segment import segment

    document = table_docx(tmp_path, [
        "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của Khối",
        "I. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG", "Kết quả của từng đơn vị thành viên:", (rows, 1),
        "II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM", "Tiếp tục đẩy mạnh phong trào thi đua."])
    rules = default_rules()
    return check_items(segment(document, rules), rules, None, document=document)


HEAD = ["Đơn vị", "LĐTT", "Giấy khen", "Tỷ lệ CB lãnh đạo, quản lý được khen (%)",
        "Tỷ lệ người lao động trực tiếp được khen (%)"]


def test_share_columns_with_figures_per_member_report_both_ratios(tmp_path):
    items = _share_table(tmp_path, [HEAD, ["Trường Mầm non Hoa Sen", "18", "4", "16,7", "83,3"],
                                    ["Trường Tiểu học số 2", "22", "6", "18,2", "81,8"]])
    assert items["K4"].status == "present", items["K4"].note
    assert items["K5"].status == "present", items["K5"].note


def test_share_columns_left_blank_report_the_ratios_in_words_only(tmp_path):
    # contrast: the columns are there, no member filled them in
    items = _share_table(tmp_path, [HEAD, ["Trường Mầm non Hoa Sen", "18", "4", "-", "-"],
                                    ["Trường Tiểu học số 2", "22", "6", "", "-"]])
    assert items["K4"].status == "partial", items["K4"].note
    assert items["K5"].status == "partial", items["K5"].note
