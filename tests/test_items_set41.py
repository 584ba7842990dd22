"""Item classes blind set 41 (267-272) showed at first contact, in other words than the samples'.

- The directive's required contents pasted as prompts, the answer typed under each: a prompt holds
  every keyword of its point (the fields of emulation, the ratios, the documents), and reports none
  of them; the answer under it is judged by itself (check/copied_prompt.py, the rules'
  `directive_points`). A labelled line left with a placeholder answer ("...: …", "...: ____")
  reports nothing either.
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
RESULTS = "II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA"
AWARDS = "III. CÔNG TÁC KHEN THƯỞNG"

_FIELDS_PROMPT = ("- Kết quả phát động thi đua trên các lĩnh vực: Cải cách hành chính, lao động giỏi, lao động sáng "
                  "tạo, nghiên cứu ứng dụng tiến bộ khoa học - kỹ thuật, áp dụng công nghệ mới, cải tiến lề lối làm "
                  "việc, cải tiến phương pháp quản lý, thực hiện các chính sách an sinh xã hội.")
_AWARDS_PROMPT = ("Kết quả xét, công nhận sáng kiến cấp cơ sở; khen thưởng thành tích năm 2022 (danh hiệu “Lao động "
                  "tiên tiến”, “Tập thể lao động tiên tiến”, “Chiến sĩ thi đua cơ sở”, Giấy khen); khen chuyên đề, "
                  "đột xuất 6 tháng đầu năm 2023 cho tập thể, cá nhân thuộc cơ quan, đơn vị, địa phương; tỷ lệ cá "
                  "nhân là người lao động trực tiếp, là cán bộ lãnh đạo, quản lý được tặng danh hiệu “Lao động tiên "
                  "tiến”, “Chiến sĩ thi đua cơ sở”, Giấy khen tính đến ngày 30 tháng 6 năm 2023.")
_SOCIAL = ("Đối với chính sách an sinh xã hội: Hợp tác xã chi hỗ trợ 48 xã viên khó khăn, tổng số tiền 96 triệu "
           "đồng; mua 30 thẻ bảo hiểm y tế cho hộ cận nghèo.")


def test_a_pasted_prompt_of_the_fields_reports_only_what_is_answered_under_it():
    items = judge_default(*HEAD, RESULTS, (_FIELDS_PROMPT, {"bold": True}), _SOCIAL)
    assert items["P3"].status == "partial", items["P3"].note
    assert "an sinh xã hội" in items["P3"].note.split("Chưa nêu")[0], items["P3"].note


def test_the_units_own_sentence_on_two_fields_still_reports_them():
    # contrast: the unit's own words, not the directive's, naming two fields with their results
    items = judge_default(
        *HEAD, RESULTS,
        "Hợp tác xã tổ chức hội thi lao động giỏi cho 42 xã viên, 07 người đạt giải; phong trào lao động sáng "
        "tạo có 03 giải pháp cải tiến máy sấy lúa được áp dụng, tiết kiệm 15% điện năng.",
        _SOCIAL,
    )
    assert items["P3"].status == "present", items["P3"].note


def test_ratios_named_only_in_the_pasted_prompt_and_left_as_placeholders_are_missing():
    items = judge_default(
        *HEAD, AWARDS, (_AWARDS_PROMPT, {"bold": True}),
        "- Năm 2022 Hợp tác xã có 14 xã viên đạt Lao động tiên tiến.",
        "- Tỷ lệ xã viên trực tiếp sản xuất được khen: …",
        "- Tỷ lệ thành viên Ban quản trị được khen: ______",
    )
    assert items["K4"].status == "missing", items["K4"].note
    assert items["K5"].status == "missing", items["K5"].note


def test_a_ratio_answered_under_the_pasted_prompt_is_reported():
    # contrast: the answer line gives the figure
    items = judge_default(
        *HEAD, AWARDS, (_AWARDS_PROMPT, {"bold": True}),
        "- Tỷ lệ cá nhân là người lao động trực tiếp được khen: 11/14 người, chiếm 78,6%.",
    )
    assert items["K4"].status == "present", items["K4"].note



def _prompts(*lines) -> list[str]:
    """The lines' sentences read as copied prompts."""
    from item_helpers import default_rules, item_doc
    from tdkt.pipeline.check.context import Checker
    from tdkt.pipeline.check.copied_prompt import is_copied_prompt
    from tdkt.pipeline.segment import segment

    seg = segment(item_doc(*lines), default_rules())
    checker = Checker(seg, default_rules())
    return [s.text for s in seg.sentences if is_copied_prompt(checker, s)]


def test_a_document_the_directive_names_listed_as_issued_is_no_prompt():
    # contrast: the directive's document title, listed by an office among what it had issued, opens no
    # point of the directive: it is the office's report, though its words are the directive's
    doc_line = ("- Kế hoạch số 86/KH-UBND ngày 04 tháng 4 năm 2023 của UBND huyện về tuyên truyền gương điển hình "
                "tiên tiến giai đoạn 2022 - 2025 trên địa bàn huyện Tây Sơn;")
    prompt = ("+ Công tác phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến trong các phong trào thi đua của "
              "cơ quan, đơn vị, địa phương")
    found = _prompts(*HEAD, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
                     "Văn phòng đã tham mưu Thường trực UBND huyện ban hành kịp thời các văn bản sau:", doc_line,
                     RESULTS, (prompt, {"bold": True}), "Trường giới thiệu 03 giáo viên dạy giỏi để Phòng biểu dương.")
    assert found == [prompt], found


# --- contents handed off to another report, in other phrasings (rules `referral`; L1, D1 exclude it) ---
# - An answer under a movement's heading that only says where it was reported ("Đã tổng hợp trong báo
#   cáo ... của Đảng ủy"), with no subject: nothing reported here; "đã nêu tại phần ... ở trên" points
#   within the report and is judged by where it points.
# - A long list of the contents (direction, movements, strengths and shortcomings) said to be reported
#   and compiled in the bloc's report: L1 and D1 are not reported by it. An inspection's conclusions
#   issued are no direction of the movements.

_POOR = ("+ Phong trào thi đua “Huyện Tây Sơn chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”:",
         {"bold": True})


def test_an_answer_only_pointing_to_another_report_reports_no_movement():
    items = judge_default(
        *HEAD, RESULTS, _POOR,
        "Đã được tổng hợp trong báo cáo kết quả công tác giảm nghèo quý II năm 2023 của Đảng ủy thị trấn.",
    )
    assert items["M2"].status == "missing", items["M2"].note


def test_an_answer_with_its_own_result_still_reports_the_movement():
    # contrast: the answer gives the result itself
    items = judge_default(
        *HEAD, RESULTS, _POOR,
        "Đã hỗ trợ xây mới 03 nhà đại đoàn kết cho hộ nghèo, tổng kinh phí 150 triệu đồng.",
    )
    assert items["M2"].status == "present", items["M2"].note


_HANDED = ("Trung tâm là đơn vị thuộc Khối thi đua Văn hóa - Xã hội; những nội dung về lãnh đạo, chỉ đạo công tác "
           "thi đua, tổ chức các phong trào và đánh giá ưu điểm, tồn tại đã được Trung tâm trình bày tại buổi sinh "
           "hoạt Khối và được tổng hợp vào báo cáo chung 6 tháng của Khối.")


def test_direction_and_strengths_handed_to_the_blocs_report_are_not_reported():
    items = judge_default(
        *HEAD, _HANDED,
        "1. Kết quả công tác chuyên môn",
        "Công tác kiểm tra: thực hiện 05 cuộc kiểm tra chuyên ngành; đã ban hành kết luận 04 cuộc kiểm tra, "
        "xử phạt vi phạm hành chính 18 triệu đồng.",
    )
    assert items["L1"].status == "missing", items["L1"].note
    assert items["D1"].status == "missing", items["D1"].note


def test_direction_stated_in_the_report_itself_is_still_reported():
    # contrast: the unit's own plan named beside the same hand-off
    items = judge_default(
        *HEAD, _HANDED,
        "Trung tâm đã ban hành Kế hoạch số 07/KH-TTVH ngày 14/02/2023 về tổ chức phong trào thi đua năm 2023.",
    )
    assert items["L1"].status == "present", items["L1"].note


# --- the plan's copied prompt heads the plan ---
# - In a section titled both as the assessment and the plan, the directive's plan point pasted as a
#   prompt ("- Nhiệm vụ và giải pháp 6 tháng cuối năm, chú ý rà soát ...") makes the lines under it the
#   plan, though each of them lacks a plan word (check/copied_prompt.py, a SET_ASIDE entry under `plan`).

_MIXED = "III. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM"
_PLAN_PROMPT = ("- Nhiệm vụ và giải pháp 6 tháng cuối năm, chú ý rà soát các chỉ tiêu chưa đạt theo kế hoạch, những "
                "nhiệm vụ trọng tâm còn lại của 6 tháng cuối năm (kể cả các nhiệm vụ mới phát sinh) để tiếp tục phát "
                "động và thực hiện tốt các phong trào thi đua.")
_ASSESS_PROMPT = ("- Đánh giá ưu điểm, khuyết điểm trong tổ chức các phong trào thi đua, thực hiện các giải pháp nâng "
                  "cao chất lượng công tác thi đua, khen thưởng.")
_TASK = "- Phối hợp Phòng Văn hóa triển khai chuyển đổi số, cài đặt ứng dụng VNeID cho 100% đoàn viên."


def test_a_task_under_the_plans_copied_prompt_is_the_plan():
    items = judge_default(*HEAD, _MIXED, (_PLAN_PROMPT, {"bold": True}), _TASK)
    assert items["M9"].status == "missing", items["M9"].note


def test_a_result_under_the_assessments_copied_prompt_still_reports():
    # contrast: the same line under the assessment's prompt is a result of the half year
    items = judge_default(*HEAD, _MIXED, (_ASSESS_PROMPT, {"bold": True}), _TASK)
    assert items["M9"].status == "present", items["M9"].note


# --- a ";" clause cut inside a parenthesis ---
# - "... 03 đề tài sáng kiến đăng ký (A; Giải pháp chuyển đổi số ...), đang ...": the clause opening with the
#   list's last entry names the movement only in the entry, an initiative's title: no result of it
#   (check/bracket_entry.py, a SET_ASIDE entry for the movements).

_CLAUSES = ("Năm học 2022 - 2023, Trường có 03 đề tài sáng kiến kinh nghiệm đăng ký cấp cơ sở (Ứng dụng phần mềm "
            "quản lý thư viện điện tử cho học sinh khối 6 và khối 7 của trường; Giải pháp chuyển đổi số trong quản lý "
            "hồ sơ học sinh), hiện đang hoàn thiện để trình Hội đồng khoa học của trường xét chọn vào tháng 9. Đến nay "
            "Trường chưa có sáng kiến được công nhận.")


def test_a_movements_words_only_in_an_entry_cut_from_its_parenthesis_report_nothing():
    items = judge_default(*HEAD, RESULTS, _CLAUSES)
    assert items["M9"].status == "missing", items["M9"].note


def test_a_result_outside_the_parenthesis_still_reports():
    # contrast: the clause after the bracket tells the movement's result itself
    items = judge_default(
        *HEAD, RESULTS,
        _CLAUSES.replace("hiện đang hoàn thiện để trình Hội đồng khoa học của trường xét chọn vào tháng 9",
                         "đồng thời nhà trường đã chuyển đổi số 1.150 hồ sơ học sinh lên phần mềm"),
    )
    assert items["M9"].status == "present", items["M9"].note


# --- a paragraph's label read with its later sentences ---
# - "Về cải cách hành chính: ... . Tỷ lệ hồ sơ nộp trực tuyến đạt ...%." The online share told after the
#   paragraph's administrative-reform label is that reform's (M5), as it is when one sentence says both
#   (check/label_scope.py, rules `label_scope`, in M9's exclude_contexts).

_REFORM = ("Đối với cải cách hành chính: Bộ phận một cửa của phường tiếp nhận 842 hồ sơ, giải quyết đúng hạn 100%. "
           "Số hồ sơ được nộp trực tuyến chiếm 41,2%.")


def test_the_online_share_under_a_reform_label_is_the_reforms():
    items = judge_default(*HEAD, RESULTS, _REFORM)
    assert items["M9"].status == "missing", items["M9"].note
    assert items["M5"].status == "present", items["M5"].note


def test_the_online_share_under_a_digital_label_still_reports_it():
    # contrast: the same paragraph labelled as the digital transformation
    items = judge_default(*HEAD, RESULTS, _REFORM.replace("Đối với cải cách hành chính", "Về chuyển đổi số"))
    assert items["M9"].status == "present", items["M9"].note
