"""Item classes blind set 17 (123-128) showed at first contact, in other words than the samples'.

- A movement answered only that it is under way ("...: Ủy ban đang triển khai thực hiện theo kế
  hoạch của huyện") is named, not reported — like "tiếp tục thực hiện"; under way with something
  done still counts.
- The unit's description in its background section ("02 công chức kiêm nhiệm các lĩnh vực ..., bảo
  hiểm xã hội") names the fields its staff cover: no field of emulation (P3) is reported by it.
- Direct workers named by the work they do themselves ("viên chức trực tiếp giảng dạy 3/5",
  "chiến sĩ trực tiếp chiến đấu") are K4's; their leaders doing something directly are not.
- "khen thưởng" as the name of the field ("chưa được tập huấn về thi đua, khen thưởng", "công tác
  khen thưởng") is no award: managers named beside it give no ratio (K5).
- A stage or session's ordinal ("Chương trình ... giai đoạn 2", "Hội nghị lần thứ 7") is no quantity:
  a movement named only inside a quoted programme's name in such a sentence is not reported.
- A label naming the district's new-rural movement alone (M6), followed by contributions to the
  district's fund for it, reports M6 (the contributions may report M1 too); a label naming both
  movements followed only by the people's work still reports M1 alone (set 15).
- An assessment with no heading (a letter or a report with no outline): a paragraph opening with
  "Nhìn chung", "Nói chung", "Tóm lại" ... is read as the assessment section is, sentence by sentence
  — a good verdict is a strength (D1), a fault found a shortcoming (D2); the same words in a paragraph
  that does not open so, or a plan in such a paragraph, are neither.
"""

from item_helpers import judge_default

from tdkt.pipeline.check.language import has_quantity

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


def _with_background(*results_lines):
    return judge_default(
        ("I. ĐẶC ĐIỂM, TÌNH HÌNH", {"kind": "heading", "heading_level": 1}),
        "Trạm có 05 viên chức, trong đó 02 viên chức kiêm nhiệm nhiều lĩnh vực (kế toán, bảo hiểm xã hội, "
        "chính sách người có công, quản lý hồ sơ).",
        HEADING,
        *results_lines)


def test_the_fields_a_units_staff_cover_in_its_background_report_no_field():
    results = _with_background(
        "- Cải cách hành chính: tiếp nhận và giải quyết 36/36 hồ sơ thủ tục hành chính đúng hạn.")
    assert results["P3"].status == "partial", results["P3"].note
    assert "an sinh xã hội" in results["P3"].note.split("Chưa nêu")[1]


def test_a_field_with_results_in_the_body_still_counts():
    results = _with_background(
        "- Cải cách hành chính: tiếp nhận và giải quyết 36/36 hồ sơ thủ tục hành chính đúng hạn.",
        "- Chăm lo gia đình chính sách: thăm, tặng 48 suất quà cho gia đình người có công dịp 27/7.")
    assert results["P3"].status == "present", results["P3"].note


K_HEADING = ("III. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1})


def test_direct_workers_named_by_the_work_they_do_themselves():
    results = judge_default(
        K_HEADING,
        "Trong 5 cá nhân được tặng danh hiệu năm 2022, có 03 viên chức trực tiếp giảng dạy (60%), "
        "02 cán bộ quản lý (40%).")
    assert results["K4"].status == "present", results["K4"].note
    words = judge_default(
        K_HEADING,
        "Các cá nhân được khen thưởng phần nhiều là chiến sĩ trực tiếp chiến đấu ở các đội.")
    assert words["K4"].status == "partial", words["K4"].note


def test_a_leader_doing_something_directly_is_no_direct_worker():
    results = judge_default(
        K_HEADING,
        "Năm 2022 có 06 cá nhân được khen thưởng; đồng chí Phó Chủ tịch công đoàn lãnh đạo trực tiếp "
        "thực hiện việc bình xét.")
    assert results["K4"].status == "missing", results["K4"].note


def test_the_fields_name_beside_managers_gives_no_ratio():
    results = judge_default(
        ("IV. ĐÁNH GIÁ CHUNG", {"kind": "heading", "heading_level": 1}),
        "Hạn chế: cán bộ quản lý của đơn vị đều kiêm nhiệm, chưa được bồi dưỡng nghiệp vụ thi đua, khen thưởng; "
        "cán bộ lãnh đạo ít quan tâm công tác khen thưởng.")
    assert results["K5"].status == "missing", results["K5"].note


def test_managers_among_those_awarded_in_words_stay_partial():
    results = judge_default(
        K_HEADING,
        "Số cán bộ lãnh đạo, quản lý được khen thưởng chỉ chiếm phần nhỏ.")
    assert results["K5"].status == "partial", results["K5"].note


def test_a_stage_or_session_ordinal_is_no_quantity():
    assert not has_quantity("Đề án “Hỗ trợ phụ nữ khởi nghiệp” giai đoạn 2, kéo dài đến năm 2025")
    assert not has_quantity("Hội nghị Ban Chấp hành lần thứ 7 (khóa IX)")
    assert not has_quantity("triển khai Chương trình giai đoạn II")
    assert has_quantity("giai đoạn 2 đã hỗ trợ 15 hộ")


def test_a_movement_only_inside_a_programmes_name_with_its_stage_is_not_reported():
    results = judge_default(
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", {"kind": "heading", "heading_level": 1}),
        "Hướng dẫn số 05/HD-HPN ngày 12/02/2023 về triển khai Chương trình “Phụ nữ chung tay phòng, "
        "chống đại dịch Covid-19” giai đoạn 2 trong các chi hội.")
    assert results["M8"].status == "missing", results["M8"].note
    done = judge_default(
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", {"kind": "heading", "heading_level": 1}),
        "Triển khai Chương trình “Phụ nữ chung tay phòng, chống đại dịch Covid-19” giai đoạn 2: các chi hội "
        "đã hỗ trợ 120 suất quà cho hội viên.")
    assert done["M8"].status == "present", done["M8"].note


def test_a_label_naming_the_district_movement_alone_reports_it_with_the_contributions():
    results = judge_default(
        HEADING,
        "- Xây dựng huyện Tây Sơn đạt chuẩn nông thôn mới năm 2023: Hội vận động hội viên đóng góp 52,4 triệu "
        "đồng và 180 ngày công cho Quỹ xây dựng nông thôn mới của huyện.")
    assert results["M6"].status == "present", results["M6"].note
    both = judge_default(
        HEADING,
        "- Phong trào “Chung sức xây dựng nông thôn mới” và xây dựng huyện đạt chuẩn nông thôn mới năm 2023: "
        "hội viên đóng góp 52,4 triệu đồng và 180 ngày công làm đường bê tông thôn Đông.")
    assert both["M6"].status == "missing", both["M6"].note
    assert both["M1"].status == "present", both["M1"].note


def _letter(*paragraphs):
    return judge_default(
        "Tổ hợp tác có 24 thành viên, hoạt động trong lĩnh vực nuôi trồng thủy sản.",
        "Trong 6 tháng, tổ đã tiêu thụ 18 tấn cá cho thành viên, doanh thu 640 triệu đồng.",
        *paragraphs)


def test_an_unheaded_paragraph_that_judges_the_period_reports_strengths_and_shortcomings():
    results = _letter(
        "Nói chung, nửa đầu năm tổ duy trì được nề nếp, các thành viên gắn bó, phấn khởi. "
        "Song việc bình xét thi đua trong tổ còn làm theo cảm tính, thiếu tiêu chí rõ ràng.")
    assert results["D1"].status == "present", results["D1"].note
    assert results["D2"].status == "present", results["D2"].note
    assert "Song" in " ".join(e.text for e in results["D2"].evidence)


def test_the_same_words_without_the_opening_are_neither():
    results = _letter(
        "Các thành viên gắn bó, phấn khởi khi tham gia buổi tập huấn kỹ thuật nuôi cá lồng.")
    assert results["D1"].status == "missing", results["D1"].note
    assert results["D2"].status == "missing", results["D2"].note


def test_a_plan_in_such_a_paragraph_is_no_assessment():
    results = _letter(
        "Tóm lại, thời gian tới tổ sẽ phấn đấu mở rộng diện tích nuôi lên 12 ha, giữ vững nề nếp sinh hoạt.")
    assert results["D1"].status == "missing", results["D1"].note
