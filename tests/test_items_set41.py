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
