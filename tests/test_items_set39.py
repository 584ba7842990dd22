"""Item classes blind set 39 (255-260) showed at first contact, in other words than the samples'.

- A lettered (numbered) point answered only negatively, "c) Phong trào “...”: Xã không có ...", whose
  label the segmenter made a heading, is not reported by the next point of the same list ("d) Phong
  trào “...”: ...") when that point's label is too long to be a heading of its own: a follower opening
  a sibling point of the heading's numbering is that point's (check/sibling_point.py).
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
