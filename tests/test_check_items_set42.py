"""Item classes blind sets 42-43 (273-281) showed at first contact, in other words than the samples'.

1. A line titled with both new-rural movements ("the people's chung sức movement and the district
   reaching the standard in 2023"), its content only the district's criteria or dossier: the people's
   movement is named in the title, not reported (M1's exclusion: "chung sức" as part of the pair of
   names rescues nothing). A road or grid "liên xã" (between communes) and a commune meeting another
   named standard (legal access) are district criteria, not the commune reaching the new-rural standard.
2. "Giao dịch" (a transaction) is no "giao" (an allocation): the budget's users transacting online ("đơn vị
   sử dụng ngân sách giao dịch qua dịch vụ công trực tuyến") is a result, not a budget line (the rules'
   `budget` and `target` lists: "dịch" after "giao" as "thông" and "lưu" already were).
3. A leader's words quoted ("... phát biểu: “Cán bộ phải ...”"), over one or more sentences: what the
   speaker asks is an instruction, no result (check/quoted_speech.py, the rules' list `quoted_speech`).
4. Benefit claims settled ("giải quyết 23 hồ sơ chế độ, chính sách" for veterans, soldiers' families) are
   the social-policy field, not administrative reform: a dossier of a policy, with no procedure, one-stop
   or deadline word beside it, reports no M5 (M5's `exclude`).
5. A heading answered by a bare negation and nothing else ("Không phát sinh.", "Không có."): no subject, no
   count, a heading with no content for an item that has no figure (P5; the rules' list `bare_none` in its
   `exclude_contexts`). A line that names the point and answers it ("- Gương điển hình: chưa có.") still
   reports it with none, as the rules' `negative_ok` says.
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
RESULTS = "II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA"

_PAIR = "- Phong trào “Tây Sơn chung sức xây dựng nông thôn mới” và xây dựng huyện đạt chuẩn nông thôn mới năm 2023: "


def test_a_title_naming_both_movements_over_district_criteria_reports_only_the_district_one():
    items = judge_default(
        *HEAD, RESULTS,
        _PAIR + "Phòng Văn hóa hoàn thành hồ sơ minh chứng tiêu chí số 6 về văn hóa của bộ tiêu chí huyện nông "
                "thôn mới, gửi Văn phòng Điều phối để thẩm định; 14/15 xã đạt chuẩn tiếp cận pháp luật năm 2022.",
    )
    assert items["M1"].status == "missing", items["M1"].note
    assert items["M6"].status == "present", items["M6"].note


def test_the_same_title_over_the_peoples_contributions_reports_the_peoples_movement():
    # contrast: the content is the people's movement
    items = judge_default(
        *HEAD, RESULTS,
        _PAIR + "Nhân dân hiến 1.200 m² đất, đóng góp 310 ngày công làm 0,8 km đường bê tông thôn Phú Lạc.",
    )
    assert items["M1"].status == "present", items["M1"].note


def test_a_road_between_communes_checked_for_the_district_dossier_is_no_commune_standard():
    items = judge_default(
        *HEAD, RESULTS,
        ("c) Thi đua bảo đảm giao thông phục vụ xây dựng nông thôn mới", {"kind": "heading"}),
        "Rà soát tiêu chí số 2 về giao thông trong bộ tiêu chí huyện nông thôn mới, hoàn thành hồ sơ xác nhận "
        "tuyến đường liên xã đạt chuẩn phục vụ thẩm định huyện đạt chuẩn nông thôn mới năm 2023.",
    )
    assert items["M1"].status == "missing", items["M1"].note


def test_a_commune_reaching_the_new_rural_standard_is_still_the_peoples_movement():
    # contrast: the commune's own new-rural standard, beside the district's dossier
    items = judge_default(
        *HEAD, RESULTS,
        ("c) Thi đua xây dựng nông thôn mới", {"kind": "heading"}),
        "Hoàn thành hồ sơ tiêu chí huyện nông thôn mới; xã Bình Nghi đạt chuẩn nông thôn mới nâng cao tháng 4/2023.",
    )
    assert items["M1"].status == "present", items["M1"].note


def test_budget_users_transacting_online_is_a_digital_result_not_a_budget_line():
    items = judge_default(
        *HEAD, RESULTS,
        "- Thi đua “Thuế điện tử”: 96% doanh nghiệp và các cơ quan sử dụng ngân sách giao dịch qua cổng dịch vụ "
        "công trực tuyến; 100% giấy nộp tiền được ký số.",
    )
    assert items["M9"].status == "present", items["M9"].note


def test_money_allocated_for_the_digital_drive_stays_a_budget_line():
    # contrast: the allocation itself
    items = judge_default(
        *HEAD, RESULTS,
        "- Ngân sách huyện giao 120 triệu đồng cho dịch vụ công trực tuyến và chữ ký số năm 2023.",
    )
    assert items["M9"].status == "missing", items["M9"].note


_QUOTE = ("Kết luận hội nghị, đồng chí Bí thư Đảng ủy phát biểu: “Việc bình xét phải công khai, dành phần lớn cho người "
          "lao động trực tiếp, hạn chế khen cán bộ lãnh đạo, quản lý. Mỗi công chức phải thực hiện tốt văn hóa công sở, "
          "để tổ chức, công dân đến làm việc hài lòng.”")


def test_a_quoted_instruction_over_two_sentences_reports_nothing():
    items = judge_default(*HEAD, RESULTS, _QUOTE)
    assert items["M4"].status == "missing", items["M4"].note
    assert items["K5"].status == "missing", items["K5"].note
    assert items["K4"].status == "missing", items["K4"].note


def test_the_units_own_result_after_the_quotation_still_reports():
    # contrast: the report's own sentence, outside the quotation, gives the result
    items = judge_default(
        *HEAD, RESULTS, _QUOTE,
        "Trong 6 tháng, 100% cán bộ, công chức thực hiện đúng quy định về văn hóa công sở, không có trường hợp vi phạm.",
    )
    assert items["M4"].status == "present", items["M4"].note


def test_a_quoted_result_is_not_an_instruction():
    # contrast: a leader quoted on what was achieved (numbers, "đã") is still a result
    items = judge_default(
        *HEAD, RESULTS,
        "Đồng chí Chủ tịch đánh giá: “Sáu tháng qua, cán bộ xã đã thực hiện tốt văn hóa công sở. "
        "Có 12/12 công chức được đánh giá không vi phạm quy tắc ứng xử.”",
    )
    assert items["M4"].status == "present", items["M4"].note


def test_benefit_claims_settled_are_social_policy_not_administrative_reform():
    items = judge_default(
        *HEAD, RESULTS,
        "- Công tác chính sách: phối hợp giải quyết 31 hồ sơ chế độ, chính sách cho người có công và thân nhân "
        "liệt sĩ, bảo đảm đúng đối tượng.",
    )
    assert items["M5"].status == "missing", items["M5"].note


def test_benefit_claims_through_the_one_stop_desk_on_time_are_administrative_reform():
    # contrast: the procedure's own words (one-stop desk, deadlines)
    items = judge_default(
        *HEAD, RESULTS,
        "- Bộ phận một cửa giải quyết 64 hồ sơ chế độ, chính sách cho người có công, 100% đúng hạn.",
    )
    assert items["M5"].status == "present", items["M5"].note


_EXAMPLES_HEAD = ("d) Phát hiện, bồi dưỡng, nhân rộng gương điển hình tiên tiến", {"kind": "heading"})


def test_a_heading_answered_by_a_bare_negation_is_a_heading_without_content():
    items = judge_default(*HEAD, RESULTS, _EXAMPLES_HEAD, "Không phát sinh.", ("3. Công tác khen thưởng", {"kind": "heading"}))
    assert items["P5"].status == "missing", items["P5"].note


def test_a_line_naming_the_examples_and_answering_none_still_reports_them():
    # contrast: the point named in the answer's own line
    items = judge_default(*HEAD, RESULTS, "- Gương điển hình tiên tiến: chưa có.")
    assert items["P5"].status == "present", items["P5"].note


def test_a_heading_answered_by_a_sentence_with_its_subject_still_reports():
    # contrast: the answer says what was not found, with its subject
    items = judge_default(*HEAD, RESULTS, _EXAMPLES_HEAD,
                          "Trong 6 tháng, Hội phát hiện 02 gương điển hình trong phong trào nông dân sản xuất giỏi.")
    assert items["P5"].status == "present", items["P5"].note
