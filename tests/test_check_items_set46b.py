"""Item classes blind set 46 (291-296) showed at first contact, in other words than the samples'.

- A mass organisation (a district's youth union, farmers' or veterans' association) reports for all
  its branches under a title saying "toàn huyện": that is its own scope, and a sentence whose actor is
  its own standing committee ("Ban Thường vụ Huyện Đoàn đã tặng Giấy khen ...") is its own award,
  not the district's: the rules' `own_scope` (check/others_scope.py).
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")


# --- class 1: a mass organisation's own awards under a "toàn huyện" summary -----------------------

def _youth_union(award_sentence):
    return judge_default(
        "BCH HUYỆN ĐOÀN TÂY SƠN", *HEAD,
        "Ban Thường vụ Huyện Đoàn báo cáo như sau:",
        ("Kết quả chung trong toàn huyện", {"bold": True}),
        "Toàn huyện có 14 cơ sở Đoàn với 6.210 đoàn viên. Các cấp bộ Đoàn kết nạp 240 đoàn viên mới. "
        + award_sentence,
        "I. CÔNG TÁC CHỈ ĐẠO",
        "Ban Thường vụ Huyện Đoàn ban hành Kế hoạch số 12-KH/HĐTN ngày 10/02/2023 về phong trào thi đua năm 2023.",
    )


def test_a_mass_organisations_own_committee_awarding_under_a_district_wide_summary_is_its_own():
    items = _youth_union("Ban Thường vụ Huyện Đoàn đã tặng Giấy khen cho 7 tập thể và 16 cá nhân có thành tích "
                         "xuất sắc năm 2022; phần lớn cá nhân được khen là đoàn viên trực tiếp lao động sản xuất.")
    assert items["K2"].status == "partial", items["K2"].note
    assert items["K4"].status == "partial", items["K4"].note


def test_the_district_chairmans_awards_under_a_district_wide_summary_stay_the_districts():
    # contrast: the district's own awarding body is not the organisation's committee
    items = _youth_union("Chủ tịch UBND huyện đã tặng Giấy khen cho 7 tập thể và 16 cá nhân có thành tích "
                         "xuất sắc năm 2022; phần lớn cá nhân được khen là đoàn viên trực tiếp lao động sản xuất.")
    assert items["K2"].status == "missing", items["K2"].note
    assert items["K4"].status == "missing", items["K4"].note
