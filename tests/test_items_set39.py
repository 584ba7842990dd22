"""Item classes blind set 39 (255-260) showed at first contact, in other words than the samples'.

- A lettered (numbered) point answered only negatively, "c) Phong trào “...”: Xã không có ...", whose
  label the segmenter made a heading, is not reported by the next point of the same list ("d) Phong
  trào “...”: ...") when that point's label is too long to be a heading of its own: a follower opening
  a sibling point of the heading's numbering is that point's (check/sibling_point.py).
- A member table's header row naming a movement over a column of ticks only ("x: đơn vị có thực hiện")
  reports no result of it (check/tick_columns.py); a column of numbers under a movement still does.
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
RESULTS = "II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA"

_LONG_NEXT_POINT = ("c) Phong trào thi đua “Chung tay cải cách hành chính, xây dựng chính quyền thân thiện, "
                    "phục vụ Nhân dân” của ngành: tiếp nhận 240 hồ sơ, giải quyết trước hạn 95%.")


# --- a follower opening the next point of the heading's list ---

def test_the_next_lettered_point_does_not_report_a_point_answered_no():
    items = judge_default(
        *HEAD, RESULTS,
        "b) Phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”: Thị trấn hiện chưa có doanh nghiệp hoạt động.",
        _LONG_NEXT_POINT,
    )
    assert items["M3"].status == "missing", items["M3"].note
    assert items["M5"].status == "present", items["M5"].note


def test_the_next_numbered_point_does_not_report_it_either():
    items = judge_default(
        *HEAD, RESULTS,
        "3. Phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”: Không phát sinh trên địa bàn.",
        "4. Phong trào thi đua “Chung tay cải cách hành chính, xây dựng chính quyền thân thiện, phục vụ Nhân dân” "
        "của ngành: tiếp nhận 240 hồ sơ, giải quyết trước hạn 95%.",
    )
    assert items["M3"].status == "missing", items["M3"].note


def test_a_heading_answered_in_its_own_next_sentence_still_reports():
    # contrast: the answer under the heading is the heading's own (no sibling marker)
    items = judge_default(
        *HEAD, RESULTS,
        "b) Phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”: Phối hợp tổ chức hội nghị đối thoại với "
        "32 doanh nghiệp, giải đáp 14 kiến nghị.",
        _LONG_NEXT_POINT,
    )
    assert items["M3"].status == "present", items["M3"].note


def test_a_sibling_point_naming_the_item_itself_still_reports_it():
    # contrast: the next point names the concept in its own words
    items = judge_default(
        *HEAD, RESULTS,
        "b) Phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”: Thị trấn hiện chưa có doanh nghiệp hoạt động.",
        "c) Hỗ trợ doanh nghiệp, hộ kinh doanh và công tác cải cách hành chính của ngành trong 6 tháng: cấp mới "
        "giấy chứng nhận đăng ký kinh doanh cho 18 hộ, tiếp nhận 240 hồ sơ.",
    )
    assert items["M3"].status == "present", items["M3"].note


# --- a member table's header naming a movement over a column of ticks ---
# - A cluster's member table whose column for a movement holds only ticks ("x: xã có thực hiện") and a
#   total row counting them ("4/5"): the header row names the movement, the ticks say only that the
#   members took part, no result of it (check/tick_columns.py); a column of numbers under a movement's
#   heading still reports it.

from tdkt.pipeline.check import check_items  # noqa: E402
from tdkt.pipeline.segment import segment  # noqa: E402
from item_helpers import default_rules, item_doc  # noqa: E402

_MEMBERS = [
    ["STT", "Xã, thị trấn", "Ký giao ước thi đua", "Cải cách hành chính, một cửa", "Chuyển đổi số (tài khoản VNeID)",
     "Sáng kiến được công nhận"],
    ["1", "Xã Tân Hòa", "x", "x", "1.240", "01"],
    ["2", "Xã Tân Lợi", "x", "", "860", ""],
    ["3", "Xã Tân Mỹ", "x", "x", "1.015", ""],
    ["4", "Thị trấn Tân Phú", "x", "x", "2.310", "02"],
    ["", "Cộng", "4/4", "3/4", "5.425", "03"],
]


def _judge_with_table(*lines):
    doc = item_doc(*lines)
    rules = default_rules()
    return check_items(segment(doc, rules), rules, None, document=doc)


def test_a_column_of_ticks_under_a_movement_reports_no_result():
    items = _judge_with_table(
        *HEAD, RESULTS,
        "Kết quả của các xã, thị trấn trong Cụm (x: đơn vị có thực hiện):",
        ("", {"kind": "table", "rows": _MEMBERS}),
    )
    assert items["M5"].status == "missing", items["M5"].note


def test_a_column_of_numbers_under_a_movement_still_reports_it():
    # contrast: the digital column counts accounts activated, a result
    items = _judge_with_table(
        *HEAD, RESULTS,
        "Kết quả của các xã, thị trấn trong Cụm (x: đơn vị có thực hiện):",
        ("", {"kind": "table", "rows": _MEMBERS}),
    )
    assert items["M9"].status == "present", items["M9"].note
