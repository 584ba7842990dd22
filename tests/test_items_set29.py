"""Classes found by blind set 29 (items and metadata): synthetic cases in other words."""

import pytest

from tdkt.pipeline.document import Block, Document
from tdkt.pipeline.metadata.read import read_metadata


def _doc(*lines: str) -> Document:
    return Document([Block("paragraph", t) for t in lines])


def _status(item_id, *lines):
    from item_helpers import judge_default
    return judge_default(*lines)[item_id].status


# --- F6: a professional degree chain before the signer's name is not part of the name ---

HEALTH_HEAD = ("SỞ Y TẾ BÌNH ĐỊNH", "BỆNH VIỆN ĐA KHOA KHU VỰC", "Số: 88/BC-BV",
               "Tây Sơn, ngày 14 tháng 6 năm 2023", "BÁO CÁO",
               "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
               "I. KẾT QUẢ", "Bệnh viện đã phát động phong trào thi đua trong toàn đơn vị.",
               "Trên đây là báo cáo sơ kết thi đua, khen thưởng 6 tháng đầu năm 2023./.",
               "Nơi nhận:", "- Sở Y tế;", "- Lưu: VT.", "GIÁM ĐỐC")


@pytest.mark.parametrize("written, name", [
    ("BS.CKI Đỗ Thị Lan Anh", "Đỗ Thị Lan Anh"),
    ("ThS.BS Võ Minh Khoa", "Võ Minh Khoa"),
    ("DS.CKII Hà Văn Lộc", "Hà Văn Lộc"),
    ("TS. BS. Ngô Quang Hải", "Ngô Quang Hải"),
    ("BS. CK2 Lâm Thị Thu", "Lâm Thị Thu"),
])
def test_degree_chain_before_signer_is_dropped(written, name):
    meta = read_metadata(_doc(*HEALTH_HEAD, written))
    assert meta.info.signer == name


def test_name_without_degree_is_unchanged():
    meta = read_metadata(_doc(*HEALTH_HEAD, "Cao Thị Bích Ngọc"))
    assert meta.info.signer == "Cao Thị Bích Ngọc"


# --- A sub-section of the results whose title has no cue is not tagged as the proposals by its
# content words ("kiến nghị" of citizens, "đề xuất" a simplification as a result) ---

FIELD_RESULTS = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
                 "I. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA",
                 "1. Phong trào thi đua theo chuyên đề",
                 "2. Thủ tục hành chính và số hóa hồ sơ",
                 "- Tiếp nhận 245 hồ sơ tại Bộ phận một cửa, trả đúng hạn 240 hồ sơ; không có đơn thư "
                 "phản ánh, kiến nghị của tổ chức, công dân.",
                 "- Rà soát, đề xuất bãi bỏ 04 thủ tục về đất đai không còn phù hợp.",
                 "- Số hóa 860 hồ sơ lưu trữ; 92% văn bản đi được ký số trên phần mềm điều hành.",
                 "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
                 "- Nâng tỷ lệ hồ sơ trực tuyến lên trên 70%.")


def test_result_subsection_with_citizens_complaints_word_is_not_the_proposals():
    judged = __import__("item_helpers").judge_default(*FIELD_RESULTS)
    assert judged["M5"].status == "present"
    assert judged["M9"].status == "present"


def test_content_guard_only_under_a_results_heading():
    from tdkt.pipeline.content_tag_guard import context_winner_blocked
    from tdkt.pipeline.segment import Section
    specs = [{"id": "I.2"}, {"id": "I.4.2", "context": "plan"}, {"id": "II", "context": "proposal"}]
    results = Section(title="Kết quả", style="roman", tags={"I.2"})
    proposals = Section(title="Kiến nghị", style="roman", tags={"II"})
    assert context_winner_blocked(Section(title="a", style="arabic", parent=results), "II", specs)
    # bare tasks under a results heading are still a plan (tests/test_items_set23.py)
    assert not context_winner_blocked(Section(title="a", style="arabic", parent=results), "I.4.2", specs)
    assert not context_winner_blocked(Section(title="a", style="arabic", parent=results), "I.2", specs)
    assert not context_winner_blocked(Section(title="a", style="arabic", parent=proposals), "II", specs)
    assert not context_winner_blocked(Section(title="a", style="roman"), "II", specs)


# --- A movement named and then closed with "chưa có kết quả cụ thể" is not reported ---

MOVEMENTS = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
             "I. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA")


def test_movement_named_then_no_result_yet_is_missing():
    assert _status("M3", *MOVEMENTS,
                   "Về phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”, do trên địa bàn phường "
                   "chỉ có 04 cơ sở kinh doanh nhỏ lẻ nên Ủy ban mới phổ biến trong các cuộc họp tổ dân phố, "
                   "chưa có kết quả cụ thể.") == "missing"


def test_no_result_to_report_yet_is_missing():
    assert _status("M7", *MOVEMENTS,
                   "Phong trào thi đua xây dựng huyện đạt chuẩn đô thị loại IV: đơn vị lồng ghép tuyên truyền "
                   "tại 03 buổi sinh hoạt chi bộ, hiện chưa có kết quả để báo cáo.") == "missing"


def test_deed_done_then_more_to_come_is_still_present():
    assert _status("M3", *MOVEMENTS,
                   "Ủy ban đã tổ chức gặp mặt 15 doanh nghiệp, hỗ trợ thành lập mới 02 doanh nghiệp; "
                   "các nội dung khác chưa có kết quả cụ thể.") == "present"


# --- Telegraphic reports: office abbreviations and point-by-point answers in one paragraph ---

TERSE = ("BÁO CÁO", "Sơ kết công tác TĐ-KT 6 tháng đầu năm 2023", "I. KẾT QUẢ", "1. Các phong trào")


def test_poverty_fund_abbreviated_is_the_poverty_movement():
    assert _status("M2", *TERSE, "- Quỹ VNN: 11/11 CC, VC đóng góp 01 ngày lương, tổng 3.150.000 đồng.") == "present"


def test_working_methods_abbreviated_is_a_field_of_p3():
    judged = __import__("item_helpers").judge_default(
        *TERSE, "- Cải tiến lề lối LV: sửa đổi 02 quy định nội bộ, công khai lịch công tác trên phần mềm.",
        "- CCHC: giải quyết 64/64 hồ sơ đúng hạn tại Bộ phận một cửa.")
    assert judged["P3"].status == "present"
    assert "cải tiến lề lối" in judged["P3"].note


def test_fields_answered_none_and_not_the_units_own_work_are_not_reported():
    # One paragraph answers four fields: two "none", one not the unit's work, one with a result.
    judged = __import__("item_helpers").judge_default(
        *TERSE, "- Lĩnh vực: CCHC: đơn vị không trực tiếp tiếp nhận hồ sơ (TTHC do Bộ phận một cửa huyện "
                "tiếp nhận). LĐ giỏi, LĐ sáng tạo: không có. Cải tiến lề lối LV: rà soát, sửa đổi quy chế "
                "làm việc của cơ quan.")
    assert judged["P3"].status == "partial"
    assert "cải tiến lề lối" in judged["P3"].note and "Chưa nêu: cải cách hành chính" in judged["P3"].note
    assert judged["M5"].status == "missing"


def test_explanation_after_a_negative_answer_still_goes_with_it():
    # The chain of negative_answer.py stops only at a new labelled point, not at an explanation.
    assert _status("M3", *TERSE, "- Phong trào Doanh nghiệp Việt Nam hội nhập và phát triển: không có. "
                   "Trên địa bàn chỉ có 03 cơ sở kinh doanh nhỏ, đơn vị chỉ phổ biến đến cán bộ.") == "missing"


def test_opens_a_point():
    from tdkt.pipeline.check.point_label import opens_a_point
    assert opens_a_point("Cải tiến lề lối làm việc: giao ban hằng tuần.")
    assert opens_a_point("+ Chuyển đổi số: 100% văn bản được ký số.")
    assert not opens_a_point("Lý do: trên địa bàn không có doanh nghiệp.")
    assert not opens_a_point("Trong 6 tháng có 12 hồ sơ: 10 đúng hạn.")
    assert not opens_a_point("Đơn vị chỉ phổ biến đến cán bộ.")


def test_title_with_abbreviated_subject_is_the_half_year_review():
    lines = ("UBND HUYỆN TÂY SƠN", "PHÒNG VĂN HÓA", "Số: 30/BC-VHTT", "Tây Sơn, ngày 19 tháng 6 năm 2023",
             "BÁO CÁO", "Sơ kết TĐ - KT 6 tháng đầu năm 2023",
             "I. KẾT QUẢ", "Phòng đã phát động phong trào thi đua.", "Nơi nhận:", "- Lưu: VT.",
             "TRƯỞNG PHÒNG", "Lê Thị Hạnh")
    from item_helpers import default_rules
    assert read_metadata(_doc(*lines), default_rules()).items["F4"].status == "present"
    assert read_metadata(_doc(*lines)).items["F4"].status == "present"  # without a ruleset too


# --- M7: civilised streets alone are the Front's "đô thị văn minh" campaign, not the class-IV
# urban movement; with the town's fabric or the class-IV tie in the sentence they report it ---

FRONT = ("III. KẾT QUẢ CÁC CUỘC VẬN ĐỘNG",
         '2. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"')


def test_civilised_streets_kept_without_the_towns_fabric_are_not_m7():
    assert _status("M7", *FRONT,
                   "Ban Công tác Mặt trận khu phố Phú Hòa vận động 210 hộ ký cam kết giữ nếp sống văn minh "
                   "đô thị; duy trì 05 tuyến phố văn minh, đăng ký thêm 02 tuyến mới.") == "missing"


def test_civilised_streets_with_sidewalks_cleared_report_m7():
    assert _status("M7", *FRONT,
                   "Nhân dân khu phố Phú Hòa tháo dỡ 48 mái che lấn chiếm vỉa hè, 02 tuyến được công nhận "
                   "tuyến phố văn minh.") == "present"


def test_civilised_streets_tied_to_the_class_iv_standard_report_m7():
    assert _status("M7", *FRONT,
                   "Có thêm 03 tuyến phố văn minh, góp phần xây dựng huyện đạt chuẩn đô thị loại IV.") == "present"


# --- P5 "reported; figures when given" (as K1): a stated none answers it with a count of zero ---

def test_advanced_examples_answered_none_are_reported():
    assert _status("P5", *TERSE, "- Phát hiện, nhân rộng điển hình tiên tiến: chưa có.") == "present"


def test_advanced_examples_found_wanting_in_the_results_are_not_reported():
    assert _status("P5", *TERSE,
                   "- Việc phát hiện, bồi dưỡng điển hình tiên tiến chưa được quan tâm đúng mức.") == "missing"


def test_advanced_examples_counted_are_reported():
    assert _status("P5", *TERSE, "- Biểu dương 04 gương điển hình tiên tiến trong phong trào.") == "present"


# --- a result measured as a share of the year's plan ("đạt 80% kế hoạch năm") is no target ---

def test_share_of_the_years_plan_reached_is_a_result():
    assert _status("M7", *MOVEMENTS, ("4. Xây dựng đô thị loại IV", {"kind": "heading", "heading_level": 2}),
                   "Nâng cấp 1,6 km lề đường trục chính, đạt 65% kế hoạch năm; trồng 210 cây xanh.") == "present"


def test_the_years_plan_as_a_target_is_still_a_target():
    assert _status("M7", *MOVEMENTS, ("4. Xây dựng đô thị loại IV", {"kind": "heading", "heading_level": 2}),
                   "Chỉ tiêu kế hoạch năm: nâng cấp 3 km lề đường, trồng 500 cây xanh.") == "missing"
