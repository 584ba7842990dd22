"""Item classes blind set 35 (231-236) showed at first contact, in other words than the samples'.

- A member of a bloc or cluster that hands its movements to the bloc's report: the clause that
  names them ("Các phong trào ...: thực hiện theo Kế hoạch của Cụm") before "; kết quả chi tiết đã
  được tổng hợp trong Báo cáo số ... của Trưởng Cụm" reports none of them (check/referral.py and
  the rules' `referral` list).
- The plan of the bloc or cluster the unit belongs to ("Kế hoạch số ... của Cụm thi đua ...") is no
  document the unit issued: alone it leaves L1 generic (rules, L1's `full`).
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")


# --- contents handed off to another body's report ---

def test_movements_named_then_handed_to_the_clusters_report_are_not_reported():
    items = judge_default(
        *HEAD,
        "1. Phòng Văn hóa và Thông tin là thành viên Cụm thi đua số 3.",
        "2. Việc hưởng ứng các phong trào (chuyển đổi số, văn hóa công sở, học tập và làm theo tư tưởng, đạo "
        "đức, phong cách Hồ Chí Minh): Phòng thực hiện theo Kế hoạch của Cụm thi đua số 3; kết quả chi tiết đã "
        "được tổng hợp trong Báo cáo số 11/BC-CTĐ3 ngày 05/6/2023 của Trưởng Cụm.",
    )
    for item in ("M4", "M9", "P4"):
        assert items[item].status == "missing", (item, items[item].note)
        assert "dẫn sang báo cáo" in items[item].note, (item, items[item].note)


def test_a_separate_report_named_in_the_next_sentence_hands_off_too():
    items = judge_default(
        *HEAD,
        "Hội tổ chức thực hiện cải cách hành chính theo kế hoạch của Khối. "
        "Kết quả cụ thể Hội đã có báo cáo riêng gửi Trưởng Khối.",
    )
    assert items["M5"].status == "missing", items["M5"].note


def test_a_clause_with_its_own_result_still_reports_beside_the_pointer():
    # contrast: the clause before the pointer says what was done, with numbers
    items = judge_default(
        *HEAD,
        "2. Văn hóa công sở: 100% công chức đeo thẻ, 12/12 người chấp hành giờ giấc làm việc; kết quả chi tiết "
        "đã được tổng hợp trong Báo cáo số 11/BC-CTĐ3 ngày 05/6/2023 của Trưởng Cụm.",
    )
    assert items["M4"].status == "present", items["M4"].note


def test_without_a_pointer_the_same_clause_is_judged_as_before():
    # contrast: no hand-off in the paragraph; the engine's reading of the clause is unchanged
    items = judge_default(
        *HEAD,
        "2. Văn hóa công sở: 100% công chức đeo thẻ, chấp hành giờ giấc làm việc; Phòng tiếp tục theo dõi.",
    )
    assert items["M4"].status == "present", items["M4"].note


# --- the bloc's plan is not the unit's own document ---

def test_the_clusters_plan_followed_leaves_direction_generic():
    items = judge_default(
        *HEAD,
        "Thực hiện Kế hoạch số 07/KH-CTĐ ngày 20/02/2023 của Cụm thi đua các xã phía Tây về phong trào thi đua "
        "năm 2023, Hội Nông dân xã triển khai, quán triệt đến các chi hội.",
    )
    assert items["L1"].status == "partial", items["L1"].note


def test_a_plan_the_unit_issued_is_named_in_full():
    # contrast: the unit's own plan, numbered
    items = judge_default(
        *HEAD,
        "Hội Nông dân xã ban hành Kế hoạch số 07/KH-HND ngày 20/02/2023 về phong trào thi đua năm 2023, "
        "quán triệt đến các chi hội.",
    )
    assert items["L1"].status == "present", items["L1"].note


# --- a criterion's dossier completed is a result of the district's new-rural goal ---

M6_LINE = ("- Xây dựng huyện nông thôn mới: Trung tâm Văn hóa - Thể thao phối hợp rà soát chỉ tiêu tỷ lệ thôn có nhà "
           "văn hóa và chỉ tiêu số hóa tư liệu (chuyển đổi số) thuộc tiêu chí huyện số 6")


def test_a_criterions_dossier_completed_reports_the_district_goal():
    items = judge_default(
        *HEAD, ("II. KẾT QUẢ THỰC HIỆN", {"bold": True}),
        M6_LINE + "; các chỉ tiêu do Trung tâm phụ trách đến nay đã đủ hồ sơ minh chứng, nộp Văn phòng Điều phối "
                  "ngày 20/5/2023.",
    )
    assert items["M6"].status == "present", items["M6"].note


def test_the_dossier_named_as_completed_after_it_reports_too():
    items = judge_default(
        *HEAD, ("II. KẾT QUẢ THỰC HIỆN", {"bold": True}),
        M6_LINE + "; hồ sơ minh chứng của Trung tâm đã được hoàn chỉnh, nộp Văn phòng Điều phối ngày 20/5/2023.",
    )
    assert items["M6"].status == "present", items["M6"].note


def test_the_criterion_only_reviewed_beside_another_movement_stays_a_name():
    # contrast: nothing completed; the line still names two movements and reports neither
    items = judge_default(*HEAD, ("II. KẾT QUẢ THỰC HIỆN", {"bold": True}), M6_LINE + ".")
    assert items["M6"].status == "missing", items["M6"].note


# --- a numbered end note belongs to the sentence that calls it ---

def _noted_report(call: str):
    return judge_default(
        *HEAD,
        ("I. CÔNG TÁC CHỈ ĐẠO", {"bold": True}),
        f"Ban Thường vụ Hội Liên hiệp Phụ nữ đã ban hành 03 văn bản chỉ đạo phong trào thi đua năm 2023{call}, "
        "quán triệt đến 14/14 chi hội.",
        ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", {"bold": True}),
        "Tiếp tục vận động hội viên tham gia các phong trào thi đua.",
        "Trên đây là báo cáo của Hội Liên hiệp Phụ nữ./.",
        "Ghi chú:",
        "(1) 14 chi hội, 1.236 hội viên.",
        "(2) Kế hoạch số 05/KH-HPN ngày 14/02/2023 về phong trào thi đua năm 2023 (triển khai Kế hoạch số 15/KH-UBND "
        "ngày 19/01/2023 của UBND huyện); Hướng dẫn số 02/HD-HPN ngày 20/02/2023 về đăng ký thi đua.",
    )


def test_the_documents_listed_in_a_called_note_make_direction_full():
    items = _noted_report("(2)")
    assert items["L1"].status == "present", items["L1"].note
    assert "Có dẫn Kế hoạch 15/KH-UBND" in items["L1"].note, items["L1"].note


def test_a_note_the_sentence_does_not_call_leaves_it_generic():
    # contrast: the body calls note (1), the documents are in note (2)
    items = _noted_report("(1)")
    assert items["L1"].status == "partial", items["L1"].note


# --- a collective's self-assessment in a telegraphic point is the strengths ---

def test_a_collectives_self_assessment_reports_strengths():
    items = judge_default(
        *HEAD,
        "1. Đội Thuế liên xã tham gia ký kết giao ước thi đua của Cụm ngày 20/02/2023.",
        "3. Tập thể cán bộ Đội đoàn kết, thực hiện tốt quy chế dân chủ, hoàn thành các chỉ tiêu thi đua đã đăng ký "
        "với Cụm. Sáu tháng cuối năm, tiếp tục thu đúng, thu đủ.",
    )
    assert items["D1"].status == "present", items["D1"].note


def test_the_same_words_as_a_titles_grounds_are_no_assessment():
    # contrast: the collective's qualities given as why it won a title
    items = judge_default(
        *HEAD,
        "1. Đội Thuế liên xã tham gia ký kết giao ước thi đua của Cụm ngày 20/02/2023.",
        "3. Tập thể Đội đoàn kết, hoàn thành tốt nhiệm vụ, được công nhận danh hiệu \"Tập thể lao động tiên tiến\" "
        "năm 2022.",
    )
    assert items["D1"].status == "missing", items["D1"].note
