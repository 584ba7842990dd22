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
