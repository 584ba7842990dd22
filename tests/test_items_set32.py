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
