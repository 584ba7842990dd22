"""Item classes blind sets 37 and 38 (243-254) showed at first contact, in other words than the samples'.

- A movement's line that counts only the unit's promotion of it (banners, posters, flags, news items,
  broadcasts: "...: treo 30 băng rôn, 12 áp phích; Đài truyền thanh xã phát 15 bài") names the
  movement, it reports no result of it (check/promotion.py, the rules' `promotion` list); a deed or a
  count of something else beside the promotion still reports it.
- An armed force's own discipline ("chấp hành nghiêm Điều lệnh ..., quy tắc ứng xử ...") is not the
  district's office-culture movement unless tied to it (M4's `exclude`).
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
RESULTS = "II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA"


# --- a movement's line that counts only promotion ---

def test_a_movement_line_counting_only_banners_and_broadcasts_reports_nothing():
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào thi đua “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: Hội treo 30 băng "
        "rôn, 12 áp phích tại nhà văn hóa các thôn; Đài truyền thanh xã phát 15 bài.",
    )
    assert items["M2"].status == "missing", items["M2"].note
    assert "tuyên truyền" in items["M2"].note


def test_a_banner_calling_on_people_to_give_is_still_only_a_banner():
    # the banner's message ("kêu gọi ... ủng hộ") is no deed of the movement
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào xây dựng huyện đạt chuẩn đô thị loại IV: Đoàn Thanh niên treo 60 cờ phướn, 25 băng rôn "
        "kêu gọi nhân dân giữ gìn mỹ quan đô thị trên các tuyến phố; đăng 07 tin trên trang thông tin của Đoàn.",
    )
    assert items["M7"].status == "missing", items["M7"].note


def test_promotion_beside_a_deed_of_the_movement_still_reports_it():
    # contrast: a clause with a count of its own (money given) beside the banners
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào thi đua “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: Hội treo 30 băng "
        "rôn tại các thôn; vận động hội viên đóng góp 42 triệu đồng vào Quỹ “Vì người nghèo”.",
    )
    assert items["M2"].status == "present", items["M2"].note


def test_a_deed_told_beside_the_banners_in_one_clause_still_reports_it():
    # contrast: one clause, the banners and the people's deed ("hiến" is a strong result)
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào xây dựng huyện đạt chuẩn đô thị loại IV: Hội treo 20 băng rôn và vận động 36 hộ ven thị trấn "
        "hiến 640 m2 đất mở rộng vỉa hè.",
    )
    assert items["M7"].status == "present", items["M7"].note


def test_propaganda_events_the_unit_organised_are_work_done():
    # contrast: counted rounds of mobile propaganda are events organised, not material put up
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào thi đua “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: Hội tổ chức 08 đợt "
        "tuyên truyền lưu động tại các thôn, treo 30 băng rôn.",
    )
    assert items["M2"].status == "present", items["M2"].note


# --- an armed force's own discipline is not the district's office-culture movement ---

def test_the_forces_own_regulations_and_conduct_code_are_not_office_culture():
    items = judge_default(
        *HEAD, RESULTS,
        "Thực hiện cuộc vận động “Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ”, 100% cán "
        "bộ, chiến sĩ Ban Chỉ huy Quân sự chấp hành nghiêm Điều lệnh quản lý bộ đội, quy tắc ứng xử khi giao tiếp "
        "với nhân dân; 6 tháng không có trường hợp vi phạm kỷ luật.",
    )
    assert items["M4"].status == "missing", items["M4"].note


def test_the_forces_regulations_tied_to_the_movement_report_it():
    # contrast: the same discipline told as the unit's part in the district's movement
    items = judge_default(
        *HEAD, RESULTS,
        "Hưởng ứng phong trào thi đua thực hiện văn hóa công sở, 100% cán bộ, chiến sĩ Ban Chỉ huy Quân sự chấp "
        "hành nghiêm Điều lệnh quản lý bộ đội, quy tắc ứng xử khi giao tiếp với nhân dân, đeo biển tên khi làm việc.",
    )
    assert items["M4"].status == "present", items["M4"].note
