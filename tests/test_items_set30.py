"""Classes found by blind set 30 (items): synthetic cases in other words."""


def _status(item_id, *lines, figures=None):
    from item_helpers import judge_default
    return judge_default(*lines, figures=figures)[item_id].status


RESULTS = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
           "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")


# --- M3: businesses met about what they owe the office are its collection work, not the movement ---

def test_dialogue_with_businesses_about_late_contributions_is_no_movement_result():
    assert _status("M3", *RESULTS,
                   "Chi cục phối hợp tổ chức 02 buổi đối thoại với 41 doanh nghiệp về việc chậm nộp "
                   "tiền thuế và các khoản nợ đọng.") == "missing"


def test_businesses_owing_contributions_named_first_is_no_movement_result():
    assert _status("M3", *RESULTS,
                   "Đơn vị đã làm việc trực tiếp về số nợ bảo hiểm kéo dài với 09 doanh nghiệp, "
                   "kiến nghị doanh nghiệp cam kết lộ trình trả nợ.") == "missing"


def test_dialogue_with_businesses_on_their_problems_still_reports_the_movement():
    # contrast: support for businesses stays a result of the movement
    assert _status("M3", *RESULTS,
                   "Chi cục tổ chức 03 hội nghị đối thoại với 115 doanh nghiệp, giải đáp 27 vướng mắc "
                   "về hóa đơn điện tử.") == "present"


def test_movement_named_with_a_debt_clause_still_reports_it():
    # contrast: the movement's own name keeps the sentence, debts or not
    assert _status("M3", *RESULTS,
                   "Hưởng ứng phong trào \"Doanh nghiệp Việt Nam hội nhập và phát triển\", Chi cục đã "
                   "đối thoại với 30 doanh nghiệp, hướng dẫn 12 doanh nghiệp chậm nộp thuế gia hạn theo "
                   "quy định.") == "present"


# --- K4/K5: a small table whose rows name the groups and whose headings say the numbers are ratios ---

def _table_items(tmp_path, rows, lead="Cơ cấu cá nhân được tặng danh hiệu và Giấy khen trong kỳ như sau:"):
    # judged by the item check alone (no figures): the rows must report the ratios by themselves
    from figure_helpers import table_docx
    from item_helpers import default_rules

    from tdkt.pipeline.check import check_items
    from tdkt.pipeline.segment import segment

    document = table_docx(tmp_path, [
        "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
        "I. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG", lead, (rows, 1),
        "II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM", "Tiếp tục đẩy mạnh phong trào thi đua."])
    rules = default_rules()
    return check_items(segment(document, rules), rules, None, document=document)


def test_ratio_rows_under_a_ratio_heading_report_both_ratios(tmp_path):
    items = _table_items(tmp_path, [["Đối tượng", "Số cá nhân", "Tỷ lệ (%)"],
                                    ["Công nhân trực tiếp sản xuất", "36", "72"],
                                    ["Cán bộ quản lý các phân xưởng", "14", "28"]])
    assert items["K4"].status == "present", items["K4"].note
    assert items["K5"].status == "present", items["K5"].note


def test_group_rows_under_a_structure_heading_with_counts_report_the_ratios(tmp_path):
    # "Cơ cấu" over the counts: numbers from which the ratio follows
    items = _table_items(tmp_path, [["Nhóm", "Cơ cấu (lượt người)"],
                                    ["Giáo viên trực tiếp đứng lớp", "41"],
                                    ["Cán bộ lãnh đạo nhà trường", "6"]])
    assert items["K4"].status == "present", items["K4"].note
    assert items["K5"].status == "present", items["K5"].note


def test_staff_table_without_a_ratio_heading_reports_no_ratio(tmp_path):
    # contrast: the unit's staff by post, numbers that are no share of those awarded
    items = _table_items(tmp_path, [["Chức danh", "Số người"],
                                    ["Cán bộ lãnh đạo, quản lý", "4"],
                                    ["Công chức trực tiếp thực hiện nhiệm vụ chuyên môn", "9"]],
                         lead="Biên chế của Phòng hiện có:")
    assert items["K4"].status == "missing", items["K4"].note
    assert items["K5"].status == "missing", items["K5"].note


# --- M4: the office-culture deeds done "tại / ở Bộ phận một cửa": the desk is a place, not a second movement ---

def test_office_culture_deeds_done_at_the_one_stop_desk_report_the_movement():
    assert _status("M4", *RESULTS,
                   "Viên chức chấp hành nghiêm giờ giấc làm việc, mặc đồng phục ngành khi tiếp dân ở "
                   "Bộ phận một cửa của Chi nhánh.") == "present"


def test_office_culture_deeds_at_the_desk_after_tai_report_the_movement():
    assert _status("M4", *RESULTS,
                   "Cán bộ xã thực hiện nghiêm việc đeo thẻ công chức, giữ thái độ niềm nở tại Bộ phận "
                   "một cửa.") == "present"


def test_two_movements_named_as_movements_still_need_a_strong_result():
    # contrast: a real list of movements, passed on, reports neither
    assert _status("M4", *RESULTS,
                   "Cán bộ, công chức được quán triệt các phong trào xây dựng văn hóa công sở, đẩy mạnh "
                   "cải cách hành chính và bộ phận một cửa hiện đại.") == "missing"


# --- P3: an office's records digitised, a database built: the field of applying new technology ---

CCHC_LINE = "Tiếp nhận 318 hồ sơ thủ tục hành chính, trả kết quả đúng hạn 100%."


def test_records_digitised_are_the_new_technology_field():
    assert _status("P3", *RESULTS, CCHC_LINE,
                   "Phòng đã số hóa 6.240 hồ sơ hộ tịch lưu trữ từ năm 1995 đến nay.") == "present"


def test_a_database_built_and_put_to_use_is_the_new_technology_field():
    assert _status("P3", *RESULTS, CCHC_LINE,
                   "Hoàn thành xây dựng cơ sở dữ liệu giá đất của huyện, đưa vào sử dụng từ tháng 4/2023.") \
        == "present"


def test_digital_signatures_used_daily_are_no_field_of_their_own():
    # contrast: the everyday office tools (as the earlier labels read them)
    assert _status("P3", *RESULTS, CCHC_LINE,
                   "100% công chức sử dụng chữ ký số trên phần mềm quản lý văn bản.") == "partial"
