"""Item classes blind set 14 (103-110) showed at first contact, in other words than the samples'.

- A movement named with a pointer to results told elsewhere ("kết quả cụ thể đã nêu tại mục 2")
  is no result of its own: the pointer is not a result, and "mục 2" is no quantity.
- Movements a unit only passed on "để tuyên truyền, vận động ... hưởng ứng" are named, not reported:
  "tuyên truyền, vận động" spreads the word (a "vận động" that gets something done still counts).
- A section titled "Công tác tuyên truyền, quán triệt và tổ chức thực hiện" tells how the unit carried
  the movements out; only a title that is "Tổ chức thực hiện" itself is the directive's closing part
  (proposals).
- Strengths assessed without the word "ưu điểm" (D1): "hình thức" is formalism only when it is one
  ("còn nặng về hình thức"), not the forms of the work ("nội dung, hình thức thi đua được đổi mới");
  "Nhìn chung, ..." opening a sentence whose subject is long still judges the period.
- The directly working share in words, named by who they are ("phần lớn là tổ trưởng ..., người trực
  tiếp ..."), is K4 in words: partial without a figure.
- A movement only as the subject of a draft the unit commented on ("góp ý dự thảo đề án ..."), or only
  as what others were called on to join ("tuyên truyền, vận động ... tham gia ...", no number, nothing
  done), is named, not reported.
- A paragraph led by a movement's name and a colon ("Phong trào “...”: ...") reports the movement by
  the sentences after the label in that paragraph, though the label's own sentence holds no result;
  not a label that lists several movements, nor the next paragraph.
- One sentence that tells the 2022 Giấy khen and the year's ad-hoc awards together ("tặng Giấy khen ...
  năm 2022 và khen thưởng đột xuất ...") reports both (K2's Giấy khen, K3); a Giấy khen that is itself
  ad hoc ("Giấy khen đột xuất") stays K3's alone.
- Awards given in the half itself, listed under its label ("6 tháng 2023: Hội cấp trên tặng Giấy khen
  ..."), are the half's thematic / ad-hoc awards (K3) — not the 2022 titles handed out in those months.
"""

from item_helpers import judge_default

from tdkt.pipeline.check.language import has_quantity

HEADING = ("I. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


def test_movements_named_with_a_pointer_to_results_elsewhere_are_not_reported_by_it():
    results = judge_default(
        HEADING,
        "Chi cục đã phổ biến đến toàn thể công chức các phong trào thi đua của huyện, trong đó có phong trào "
        "“Cán bộ, công chức, viên chức huyện Tây Sơn thi đua thực hiện văn hóa công sở”, phong trào “Huyện Tây "
        "Sơn chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” và phong trào thi đua thực hiện chuyển "
        "đổi số; gắn các phong trào với nhiệm vụ chuyên môn (kết quả cụ thể đã trình bày tại phần 1 của báo cáo).")
    assert {m: results[m].status for m in ("M2", "M4", "M9")} == {m: "missing" for m in ("M2", "M4", "M9")}


def test_a_result_beside_a_pointer_still_counts():
    results = judge_default(
        HEADING,
        "Phong trào “Huyện Tây Sơn chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: Chi cục đã "
        "hỗ trợ 04 hộ nghèo sửa chữa nhà ở (chi tiết tại mục 3.b).")
    assert results["M2"].status == "present"


def test_a_pointer_to_a_part_of_the_report_is_no_quantity():
    for pointer in ("kết quả đã nêu tại mục 2.1", "như đã báo cáo ở mục II.3", "xem Phụ lục 4", "tại mục 3.a"):
        assert not has_quantity(pointer), pointer
    assert has_quantity("đã hỗ trợ 12 hộ (mục 2)")


def test_movements_only_passed_on_to_spread_the_word_are_not_reported():
    results = judge_default(
        HEADING,
        "Với các phong trào thi đua khác như phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển” và phong "
        "trào thi đua đặc biệt phòng, chống và chiến thắng đại dịch Covid-19, Hội đã phổ biến xuống các chi hội "
        "để tuyên truyền, vận động hội viên và người lao động hưởng ứng.")
    assert results["M3"].status == "missing" and results["M8"].status == "missing"


def test_spreading_the_word_that_gets_something_done_still_counts():
    results = judge_default(
        HEADING,
        "Hưởng ứng phong trào “Huyện Tây Sơn chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, Hội đã "
        "tuyên truyền, vận động hội viên đóng góp 18 triệu đồng cho Quỹ Vì người nghèo.")
    assert results["M2"].status == "present"


def test_a_section_on_how_the_movements_were_carried_out_is_not_the_closing_part():
    carried_out = judge_default(
        ("II. CÔNG TÁC PHỔ BIẾN, QUÁN TRIỆT VÀ TỔ CHỨC THỰC HIỆN", {"kind": "heading", "heading_level": 1}),
        "Tháng 02/2023, 100% chi hội trực thuộc đã ký kết giao ước thi đua và gửi bản đăng ký thi đua về Hội.")
    assert carried_out["P1"].status == "present"
    closing = judge_default(
        ("IV. TỔ CHỨC THỰC HIỆN", {"kind": "heading", "heading_level": 1}),
        "Đề nghị các chi hội tổ chức ký kết giao ước thi đua và gửi bản đăng ký thi đua về Hội trước ngày 30/7.")
    assert closing["P1"].status == "missing"


ASSESSMENT = ("III. NHẬN XÉT CHUNG", {"kind": "heading", "heading_level": 1})


def test_the_forms_of_the_work_renewed_are_a_strength_not_formalism():
    results = judge_default(
        ASSESSMENT,
        "Các hình thức tuyên truyền, nội dung, hình thức thi đua của Hội được đổi mới, thiết thực, hướng về "
        "chi hội; việc khen thưởng kịp thời, đúng đối tượng.")
    assert results["D1"].status == "present"
    formalism = judge_default(ASSESSMENT, "Một số phong trào ở chi hội còn nặng về hình thức, hiệu quả thấp.")
    assert formalism["D1"].status == "missing" and formalism["D2"].status == "present"


def test_an_overall_verdict_with_a_long_subject_is_a_strength():
    results = judge_default(
        ("I. KẾT QUẢ ĐẠT ĐƯỢC", {"kind": "heading", "heading_level": 1}),
        "Nhìn chung, trong sáu tháng đầu năm 2023, công tác thi đua, khen thưởng của Liên đoàn Lao động huyện "
        "và các công đoàn cơ sở trực thuộc được triển khai đồng bộ, bám sát nhiệm vụ chính trị.")
    assert results["D1"].status == "present"
    faulted = judge_default(
        ("I. KẾT QUẢ ĐẠT ĐƯỢC", {"kind": "heading", "heading_level": 1}),
        "Nhìn chung, trong sáu tháng đầu năm 2023, công tác thi đua, khen thưởng của Liên đoàn Lao động huyện "
        "và các công đoàn cơ sở trực thuộc còn chậm, chưa được triển khai đồng bộ.")
    assert faulted["D1"].status == "missing"


def test_the_directly_working_share_named_by_who_they_are_is_a_ratio_in_words():
    results = judge_default(
        ("IV. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1}),
        "Trong số cá nhân được tặng Giấy khen, đa số là tổ trưởng tổ hòa giải, chi hội trưởng, những người trực "
        "tiếp bám địa bàn dân cư.")
    assert results["K4"].status == "partial"


def test_a_movement_only_as_the_subject_of_a_draft_commented_on_is_not_reported():
    results = judge_default(
        HEADING,
        "Hội đã tham gia góp ý 03 dự thảo văn bản của Ủy ban nhân dân huyện, trong đó có dự thảo Đề án chuyển "
        "đổi số huyện giai đoạn 2023 - 2025.")
    assert results["M9"].status == "missing"
    assert "dự thảo" in results["M9"].note  # the clerk is told why, in Vietnamese


def test_a_movement_only_as_what_others_were_called_on_to_join_is_not_reported():
    called = judge_default(
        HEADING,
        "Đoàn xã đã phối hợp với các chi đoàn thôn tuyên truyền, vận động đoàn viên, thanh niên tích cực tham "
        "gia giữ gìn mỹ quan đô thị, văn minh đô thị.")
    assert called["M7"].status == "missing"
    assert "vận động tham gia" in called["M7"].note
    done = judge_default(
        HEADING,
        "Đoàn xã đã vận động đoàn viên, thanh niên tham gia chỉnh trang đô thị, trồng 300 cây xanh trên các "
        "tuyến phố chính.")
    assert done["M7"].status == "present"


def test_a_paragraph_led_by_a_movements_name_reports_it_by_its_following_sentences():
    results = judge_default(
        HEADING,
        "+ Phong trào “Huyện Tây Sơn chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: Chi nhánh luôn "
        "đồng hành cùng các xã trong công tác này. Sáu tháng qua, đơn vị giải ngân 1,2 tỷ đồng cho 31 hộ vay "
        "vốn phát triển sản xuất.")
    assert results["M2"].status == "present"
    assert "31 hộ" in results["M2"].evidence[0].text


def test_a_label_listing_several_movements_or_the_next_paragraph_does_not_report_them():
    listed = judge_default(
        HEADING,
        "- Các phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”, xây dựng đô thị loại IV: Trường chủ "
        "yếu phổ biến cho giáo viên. Trong 6 tháng, trường tổ chức 02 buổi ngoại khóa cho 450 học sinh.")
    assert listed["M3"].status == "missing" and listed["M7"].status == "missing"
    next_paragraph = judge_default(
        HEADING,
        "+ Phong trào “Huyện Tây Sơn chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: Chi nhánh luôn "
        "đồng hành cùng các xã.",
        "Về nghiệp vụ, đơn vị giải ngân 1,2 tỷ đồng cho 31 khách hàng.")
    assert next_paragraph["M2"].status == "missing"


AWARDS = ("III. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1})


def test_the_2022_certificates_told_beside_the_ad_hoc_awards_are_reported():
    results = judge_default(
        AWARDS,
        "Chủ tịch UBND phường đã tặng Giấy khen cho 03 tập thể, 09 cá nhân có thành tích tiêu biểu trong năm "
        "2022 và khen thưởng đột xuất 04 cá nhân có hành động dũng cảm cứu người.")
    assert results["K2"].status == "partial" and "Giấy khen" in results["K2"].note.split("Chưa nêu")[0]
    assert results["K3"].status == "present"


def test_an_ad_hoc_certificate_is_not_a_2022_certificate():
    results = judge_default(
        AWARDS, "Tháng 3/2023, UBND phường tặng Giấy khen đột xuất cho 02 cá nhân có thành tích trong năm 2022.")
    assert results["K2"].status == "missing"


def test_awards_listed_under_the_halfs_own_label_are_the_halfs_awards():
    results = judge_default(
        AWARDS,
        "- Năm 2022: Hội cấp tỉnh tặng Bằng khen 01 tập thể.",
        "- 6 tháng đầu năm 2023: Trung ương Hội tặng Bằng khen 01 cá nhân và Tỉnh Hội tặng Giấy khen 03 cá nhân "
        "có thành tích trong đợt cao điểm hiến máu tình nguyện.")
    assert results["K3"].status == "present"


def test_the_2022_titles_handed_out_in_the_half_are_not_its_own_awards():
    results = judge_default(
        AWARDS,
        "Trong 6 tháng đầu năm 2023, UBND huyện tặng Giấy khen cho 04 tập thể có thành tích xuất sắc năm 2022.")
    assert results["K3"].status == "missing"
