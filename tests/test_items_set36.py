"""Item classes blind set 36 (237-242) showed at first contact, in other words than the samples'.

- A cited document's full date of an earlier year ("... gắn với Kế hoạch số 52/KH-UBND ngày 14
  tháng 3 năm 2019 ...") is the document's date, not history of the sentence's work: the rules'
  `history` list takes "năm 2018" .. "năm 2021" but not as the year of a full date.
- A heading typed without diacritics ("III. PHUONG HUONG, NHIEM VU 6 THANG CUOI NAM") is the
  directive section its folded title phrases name (pipeline/ascii_titles.py): a movement named
  only under the plan heading is a plan, not a result.
- The unit's make-up told in its background section ("Đặc điểm tình hình": "... 64 viên chức,
  trong đó 9 cán bộ quản lý ...") is no ratio of those awarded: K4/K5 exclude `background`.
- A collective title conferred on the unit itself ("... danh hiệu Tập thể lao động tiên tiến năm 2022
  cho Văn phòng ...") is a count of one without a digit (check/unit_itself.py, the rules'
  `unit_itself`); before, K2 named it only when an unrelated count shared its paragraph.
"""

from item_helpers import judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")


# --- a cited document's full date is no history ---

def test_a_document_dated_in_an_earlier_year_does_not_make_the_results_history():
    items = judge_default(
        *HEAD,
        "3. Hưởng ứng phong trào thi đua thực hiện văn hóa công sở gắn với Kế hoạch số 52/KH-UBND ngày 14 "
        "tháng 3 năm 2019 của UBND tỉnh, viên chức của Trung tâm mặc đồng phục, đeo thẻ đúng quy định; "
        "6 tháng qua không có trường hợp nào đi muộn, về sớm.",
    )
    assert items["M4"].status == "present", items["M4"].note


def test_work_of_an_earlier_year_is_still_history():
    # contrast: the year stands alone as the time of the work, no date of a document
    items = judge_default(
        *HEAD,
        "3. Năm 2019, viên chức của Trung tâm thực hiện văn hóa công sở, mặc đồng phục, đeo thẻ đúng quy định.",
    )
    assert items["M4"].status == "missing", items["M4"].note


# --- a heading typed without diacritics ---

PLAN_LINES = (
    "I. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA",
    "Hội vận động hội viên đóng góp 45 triệu đồng làm 2 km đường bê tông nội đồng.",
)


# tasks whose words (phong trào thi đua, chỉ tiêu, kế hoạch) would tag an untitled section as results
PLAN_TASKS = (
    "- Duy trì các phong trào thi đua của Hội theo kế hoạch; bảo đảm 100% chỉ tiêu Hội cấp trên giao.",
    "- Vận động hội viên góp sức cùng huyện hoàn thành các tiêu chí huyện đạt chuẩn nông thôn mới năm 2023; "
    "mở lớp hướng dẫn hội viên cài đặt ứng dụng VNeID, chuyển đổi số trong sinh hoạt chi hội.",
)


def test_a_plan_heading_without_diacritics_keeps_its_tasks_out_of_the_results():
    items = judge_default(
        *HEAD, *PLAN_LINES,
        "III. PHUONG HUONG, NHIEM VU 6 THANG CUOI NAM",
        *PLAN_TASKS,
    )
    for item in ("M6", "M9"):
        assert items[item].status == "missing", (item, items[item].note)


def test_the_same_heading_with_diacritics_reads_the_same():
    # contrast: the heading typed with its diacritics; the verdicts must agree
    items = judge_default(
        *HEAD, *PLAN_LINES,
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM",
        *PLAN_TASKS,
    )
    for item in ("M6", "M9"):
        assert items[item].status == "missing", (item, items[item].note)


def test_a_results_heading_without_diacritics_keeps_its_results():
    # contrast: an ASCII heading of results; the work under it still reports the movement
    items = judge_default(
        *HEAD,
        "II. KET QUA THUC HIEN CAC PHONG TRAO THI DUA",
        "- Hội đã hướng dẫn 320 hội viên cài đặt ứng dụng VNeID, 100% chi hội lập nhóm Zalo để chuyển đổi số "
        "trong sinh hoạt.",
    )
    assert items["M9"].status == "present", items["M9"].note


def test_ascii_titles_need_letters_all_without_diacritics():
    from tdkt.pipeline.ascii_titles import is_ascii_title
    assert is_ascii_title("IV. PHUONG HUONG “NHIEM VU” – 6 THANG CUOI NAM")
    assert not is_ascii_title("IV. PHƯƠNG HUONG NHIEM VU")
    assert not is_ascii_title("1.2 - 2023")


# --- the unit's make-up in its background section is no ratio of those awarded ---

def test_the_staff_make_up_in_the_background_section_is_no_leaders_ratio():
    items = judge_default(
        *HEAD,
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Trung tâm có 64 viên chức và người lao động, trong đó 9 cán bộ quản lý, 41 viên chức chuyên môn và "
        "14 lao động hợp đồng trực tiếp phục vụ.",
        "II. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
        "Trung tâm được Giám đốc Sở tặng Giấy khen cho 03 viên chức có thành tích trong đợt cao điểm.",
    )
    assert items["K5"].status == "missing", items["K5"].note


def test_a_leaders_share_of_the_awards_still_counts_under_the_awards_heading():
    # contrast: the same make-up words, told of those awarded, under the awards heading
    items = judge_default(
        *HEAD,
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Trung tâm có 64 viên chức và người lao động.",
        "II. CÔNG TÁC KHEN THƯỞNG",
        "Trong 14 cá nhân được khen thưởng có 3 cán bộ quản lý, chiếm 21,4%.",
    )
    assert items["K5"].status == "present", items["K5"].note


# --- a collective title conferred on the unit itself counts one ---

AWARDS = "II. CÔNG TÁC KHEN THƯỞNG"
DECISION = ("Chủ tịch UBND huyện ban hành Quyết định số 64/QĐ-UBND ngày 09/01/2023 công nhận danh hiệu "
            "\"Tập thể lao động tiên tiến\" năm 2022 cho Văn phòng HĐND và UBND huyện")


def test_the_units_own_collective_title_is_named_without_a_digit():
    items = judge_default(*HEAD, AWARDS, DECISION + ".")
    assert "Tập thể lao động tiên tiến" in items["K2"].note.split("Chưa nêu")[0], items["K2"].note


def test_a_title_given_to_collectives_in_general_still_needs_its_count():
    # contrast: "cho các tập thể" names no recipient to count
    items = judge_default(*HEAD, AWARDS, "Chủ tịch UBND huyện công nhận danh hiệu \"Tập thể lao động tiên tiến\" "
                          "năm 2022 cho các tập thể có thành tích.")
    assert "Có nêu: Tập thể lao động tiên tiến" not in items["K2"].note, items["K2"].note
