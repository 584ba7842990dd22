"""Item classes blind set 40 (261-266) showed at first contact, in other words than the samples'.

- A count of what exists, "hiện có 11 doanh nghiệp, 03 hợp tác xã" (the area's or the unit's make-up),
  with no strong result beside it, is the situation, no result of a movement: a bold movement heading
  whose only follower with a number is such a sentence is not reported (check/inventory.py, rules
  `inventory`); the heading's later follower with a result still reports it, and a count with a change
  ("hiện có ..., tăng 02 ...") is a result.
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
RESULTS = ("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", {"bold": True})
BUSINESS = ("3. Phong trào thi đua “Doanh nghiệp Việt Nam hội nhập và phát triển”", {"bold": True})
NEXT = ("4. Phong trào thi đua “Cán bộ, công chức, viên chức huyện Tây Sơn thi đua thực hiện văn hóa công sở”",
        {"bold": True})
NEXT_BODY = "Toàn thể 27 công chức thị trấn đeo thẻ, mặc trang phục theo quy định, không vi phạm giờ giấc."


# --- a count of what exists under a movement's heading ---

def test_a_count_of_the_firms_that_exist_reports_no_result():
    items = judge_default(
        *HEAD, RESULTS, BUSINESS,
        "Hiện nay thị trấn có 11 doanh nghiệp, 03 hợp tác xã dịch vụ và 214 hộ kinh doanh cá thể đang hoạt động.",
        NEXT, NEXT_BODY,
    )
    assert items["M3"].status == "missing", items["M3"].note


def test_an_inventory_on_the_territory_reports_no_result_either():
    items = judge_default(
        *HEAD, RESULTS, BUSINESS,
        "Trên địa bàn thị trấn hiện có 11 doanh nghiệp và 03 hợp tác xã.",
        NEXT, NEXT_BODY,
    )
    assert items["M3"].status == "missing", items["M3"].note


def test_a_later_follower_with_a_result_still_reports_the_movement():
    # contrast: the inventory opens the passage, the next sentence tells what was done
    items = judge_default(
        *HEAD, RESULTS, BUSINESS,
        "Trên địa bàn thị trấn hiện có 11 doanh nghiệp và 03 hợp tác xã.",
        "Trong 6 tháng, thị trấn đã hỗ trợ 05 hộ kinh doanh chuyển đổi lên hoạt động theo mô hình công ty.",
        NEXT, NEXT_BODY,
    )
    assert items["M3"].status == "present", items["M3"].note


def test_a_count_with_its_change_is_a_result():
    # contrast: the count beside what grew in the period
    items = judge_default(
        *HEAD, RESULTS, BUSINESS,
        "Trên địa bàn thị trấn hiện có 11 doanh nghiệp, tăng 02 doanh nghiệp so với cuối năm 2022.",
        NEXT, NEXT_BODY,
    )
    assert items["M3"].status == "present", items["M3"].note
