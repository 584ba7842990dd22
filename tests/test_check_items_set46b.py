"""Item classes blind set 46 (291-296) showed at first contact, in other words than the samples'.

- A mass organisation (a district's youth union, farmers' or veterans' association) reports for all
  its branches under a title saying "toàn huyện": that is its own scope, and a sentence whose actor is
  its own standing committee ("Ban Thường vụ Huyện Đoàn đã tặng Giấy khen ...") is its own award,
  not the district's: the rules' `own_scope` (check/others_scope.py).
- Another body named only as the source of one figure, in a parenthesis ("... 11 doanh nghiệp đăng ký
  thành lập (theo thống kê của Chi cục Thuế), Phòng cấp ..."): the sentence stays the unit's report;
  the `other_body` list sets it aside only when said outside the parenthesis (check/source_note.py).
- Money allocated to a movement, told by its amount ("bố trí 3.200 triệu đồng vốn sự nghiệp hỗ trợ các
  xã thực hiện phong trào ..."): a budget line, not the movement's result (the rules' `budget` list),
  unless the sentence also tells the money spent or raised (disbursed, the people's contributions).
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


# --- class 2: another body as one figure's source, in a parenthesis --------------------------------

def _business_movement(sentence):
    return judge_default("PHÒNG KINH TẾ VÀ HẠ TẦNG", *HEAD, "II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", sentence)


def test_another_body_cited_in_a_parenthesis_as_one_figures_source_leaves_the_sentence_the_units():
    items = _business_movement(
        'Hưởng ứng phong trào thi đua "Doanh nghiệp Việt Nam hội nhập và phát triển", 6 tháng đầu năm trên địa bàn '
        'huyện có 11 doanh nghiệp đăng ký thành lập (theo thống kê của Chi cục Thuế khu vực), Phòng cấp giấy chứng '
        'nhận đăng ký cho 87 hộ kinh doanh và tổ chức 02 buổi tọa đàm với doanh nghiệp.')
    assert items["M3"].status == "present", items["M3"].note


def test_another_bodys_figures_quoted_outside_a_parenthesis_stay_set_aside():
    # contrast: the whole sentence is the other body's count
    items = _business_movement(
        'Hưởng ứng phong trào thi đua "Doanh nghiệp Việt Nam hội nhập và phát triển", theo thống kê của Chi cục Thuế '
        'khu vực, 6 tháng đầu năm trên địa bàn huyện có 11 doanh nghiệp đăng ký thành lập.')
    assert items["M3"].status == "missing", items["M3"].note


# --- class 3: an allocation to a movement told by its amount ---------------------------------------

def _finance_office(sentence):
    return judge_default("PHÒNG TÀI CHÍNH - KẾ HOẠCH", *HEAD, "II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", sentence)


def test_money_allocated_to_a_movement_told_by_its_amount_is_a_budget_line():
    items = _finance_office(
        '- Tham mưu Chủ tịch UBND huyện bố trí 3.200 triệu đồng vốn sự nghiệp hỗ trợ các xã thực hiện phong trào thi '
        'đua "Huyện Tây Sơn chung sức xây dựng nông thôn mới"; thẩm định quyết toán 14 công trình hoàn thành.')
    assert items["M1"].status == "missing", items["M1"].note


def test_the_peoples_contributions_to_the_movement_in_money_still_report_it():
    # contrast: money given by the people is the movement's result
    items = _finance_office(
        '- Hưởng ứng phong trào thi đua "Huyện Tây Sơn chung sức xây dựng nông thôn mới", nhân dân đóng góp 450 triệu '
        'đồng và 1.200 ngày công làm 2,3 km đường giao thông nông thôn.')
    assert items["M1"].status == "present", items["M1"].note


def test_an_allocation_with_its_disbursement_reports_the_movement():
    # contrast: what was spent of it is a result
    items = _finance_office(
        '- Tham mưu Chủ tịch UBND huyện bố trí 3.200 triệu đồng vốn sự nghiệp hỗ trợ các xã thực hiện phong trào thi '
        'đua "Huyện Tây Sơn chung sức xây dựng nông thôn mới", đến ngày 20/6/2023 đã giải ngân 1.350 triệu đồng, đạt 42%.')
    assert items["M1"].status == "present", items["M1"].note
