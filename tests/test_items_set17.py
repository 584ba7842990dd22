"""Item classes blind set 17 (123-128) showed at first contact, in other words than the samples'.

- A movement answered only that it is under way ("...: Ủy ban đang triển khai thực hiện theo kế
  hoạch của huyện") is named, not reported — like "tiếp tục thực hiện"; under way with something
  done still counts.
"""

from item_helpers import judge_default

HEADING = ("II. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


def test_a_movement_answered_only_that_it_is_under_way_is_not_reported():
    results = judge_default(
        HEADING,
        "- Chuyển đổi số: Ủy ban nhân dân thị trấn đang thực hiện theo hướng dẫn của Sở Thông tin và Truyền thông.",
        "- Phong trào văn hóa công sở: cơ quan đang triển khai thực hiện.")
    assert results["M9"].status == "missing", results["M9"].note
    assert results["M4"].status == "missing", results["M4"].note


def test_under_way_with_something_done_still_counts():
    results = judge_default(
        HEADING,
        "- Chuyển đổi số: đang triển khai thực hiện, đã cấp 27 chứng thư chữ ký số cho cán bộ, công chức.")
    assert results["M9"].status == "present", results["M9"].note

