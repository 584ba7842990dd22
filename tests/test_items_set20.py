"""Item classes blind set 20 (141-146) showed at first contact, in other words than the samples'.

- A goal named as the topic the work done answers ("Đối với mục tiêu xây dựng huyện ... đạt chuẩn
  nông thôn mới năm 2023, Phòng đã ...") frames a result: it is no target-only mention (M6). The
  same opener followed only by striving is still a target.
"""

from item_helpers import judge_default

MOVEMENTS = ("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


# --- a goal as the topic of the work done ----------------------------------------------------------

def test_work_done_for_a_named_goal_reports_the_movement():
    results = judge_default(
        MOVEMENTS,
        "Đối với mục tiêu đưa huyện đạt chuẩn nông thôn mới trong năm 2023, Hội Nông dân huyện đã rà soát "
        "các tiêu chí huyện thuộc lĩnh vực được giao, gửi báo cáo tự đánh giá cho Văn phòng Điều phối "
        "ngày 12/4/2023.")
    assert results["M6"].status == "present", results["M6"].note


def test_only_striving_for_a_named_goal_is_still_no_result():
    results = judge_default(
        MOVEMENTS,
        "Đối với mục tiêu đưa huyện đạt chuẩn nông thôn mới trong năm 2023, Hội phấn đấu hoàn thành các "
        "tiêu chí huyện được giao.")
    assert results["M6"].status == "missing", results["M6"].note
