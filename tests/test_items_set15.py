"""Item classes blind set 15 (111-116) showed at first contact, in other words than the samples'.

- A movement answered only "goes on" after its label ("- Phong trào ...: tiếp tục triển khai.",
  "...: vẫn duy trì thực hiện theo kế hoạch của huyện") or as a whole sentence is named, not
  reported; a "tiếp tục" that goes on to say what was done still counts.
"""

from item_helpers import judge_default

HEADING = ("II. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


def test_a_movement_answered_only_that_it_goes_on_is_not_reported():
    results = judge_default(
        HEADING,
        "- Phong trào thi đua thực hiện chuyển đổi số: tiếp tục triển khai.",
        "- Phong trào xây dựng quy tắc ứng xử nơi công sở: vẫn duy trì thực hiện theo kế hoạch của huyện.",
        "- Phòng, chống dịch Covid-19: tiếp tục thực hiện tốt.")
    assert {m: results[m].status for m in ("M9", "M4", "M8")} == {m: "missing" for m in ("M9", "M4", "M8")}
    assert "tiếp tục thực hiện" in results["M9"].note


def test_a_movement_under_its_heading_answered_only_that_it_goes_on_is_not_reported():
    results = judge_default(
        HEADING,
        ("c) Phong trào văn hóa công sở", {"kind": "heading", "heading_level": 2}),
        "Tiếp tục được thực hiện.")
    assert results["M4"].status == "missing"


def test_going_on_with_something_done_still_counts():
    results = judge_default(
        HEADING,
        "- Phong trào thi đua thực hiện chuyển đổi số: tiếp tục triển khai, 14/14 cán bộ dùng chữ ký số.",
        "- Văn hóa công sở: tiếp tục thực hiện; cán bộ, công chức đeo thẻ khi làm việc, không có trường hợp vi phạm.")
    assert results["M9"].status == "present"
    assert results["M4"].status == "present"
