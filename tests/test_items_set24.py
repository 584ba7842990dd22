"""Item classes blind set 24 (165-170) showed at first contact, in other words than the samples'.

- A share told as a rough fraction with digits ("chiếm chưa tới 1/4", "khoảng 1/3") only bounds or
  rounds it, as words do ("khoảng hai phần ba"): a ratio item that needs a figure is `partial`. A
  fraction stated as the share ("chiếm 1/4") or a count over the total ("07/29 cá nhân") is a figure.
- The district's movements listed in brackets, the list cut into clauses by its ";" ("Hội đã phổ biến
  đến các chi hội 08 phong trào (chung tay vì người nghèo; văn hóa công sở; huyện đạt chuẩn nông thôn
  mới năm 2023; ...)"): an entry only names its movement, even one with a result word in its name
  ("đạt chuẩn"). An entry with a figure of its own still reports it.
- The district's new-rural goal closing a sentence about other work ("..., góp phần cùng huyện phấn
  đấu về đích nông thôn mới năm 2023") is the goal the work served, no result of M6; a sentence with
  the district's own criteria or dossier before it still is.
- Last year's results left in a report drafted over last year's: a sentence that tells "the year"
  ("trong năm, ...") and dates its results to the past year's end ("tính đến ngày 31/12/2022") is
  history, however its ";" clauses are cut. A year-end count alone, or such a date beside this
  period's results ("6 tháng đầu năm 2023"), still reports.
- A heading naming two fields of P3 ("4. Cải cách hành chính và ứng dụng tiến bộ khoa học") over a
  first paragraph about one of them (the one-stop desk): a later paragraph under it that names no
  other field (software, cameras put to use) reports the other; when every paragraph is about the
  first field, the other is not reported.
"""

from item_helpers import judge_default

AWARDS = ("III. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1})


# --- a rough fraction ------------------------------------------------------------------------------

def test_a_leaders_share_bounded_by_a_fraction_is_words_not_a_figure():
    results = judge_default(
        AWARDS,
        "Trong 41 cá nhân được Chủ tịch UBND huyện tặng Giấy khen, có 30 người lao động trực tiếp, chiếm "
        "73,2%; số cán bộ lãnh đạo, quản lý được khen chiếm chưa tới 1/4.")
    assert results["K5"].status == "partial", results["K5"].note
    assert results["K4"].status == "present", results["K4"].note


def test_a_leaders_share_rounded_to_a_fraction_is_words_not_a_figure():
    results = judge_default(
        AWARDS,
        "Cán bộ lãnh đạo, quản lý được khen thưởng trong 6 tháng chiếm khoảng 1/3 tổng số cá nhân.")
    assert results["K5"].status == "partial", results["K5"].note


def test_a_leaders_share_stated_as_a_fraction_or_a_count_is_a_figure():
    stated = judge_default(
        AWARDS, "Cán bộ lãnh đạo, quản lý được khen thưởng trong 6 tháng chiếm 1/4 tổng số cá nhân.")
    assert stated["K5"].status == "present", stated["K5"].note
    counted = judge_default(
        AWARDS, "Cán bộ lãnh đạo, quản lý được khen thưởng: 07/29 cá nhân, chưa đến một phần tư.")
    assert counted["K5"].status == "present", counted["K5"].note


# --- a bracketed list of movements cut by its ";" ------------------------------------------------

MOVEMENTS = ("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


def test_movements_listed_in_brackets_across_semicolons_are_only_named():
    results = judge_default(
        MOVEMENTS,
        "Đầu năm, Hội ban hành kế hoạch thi đua năm 2023. Ban Thường vụ Hội đã phổ biến đến 12/12 chi hội 08 phong trào thi đua do huyện phát động trong năm "
        "(chung tay vì người nghèo; văn hóa công sở; cải cách hành chính; huyện đạt chuẩn nông thôn mới năm "
        "2023; đô thị loại IV năm 2024; chuyển đổi số) và đưa vào nghị quyết của từng chi hội.")
    for item in ("M2", "M4", "M6", "M7", "M9"):
        assert results[item].status == "missing", (item, results[item].note)
    assert "danh sách các phong trào" in results["M6"].note


def test_an_entry_with_a_figure_of_its_own_still_reports():
    results = judge_default(
        MOVEMENTS,
        "Đầu năm, Hội ban hành kế hoạch thi đua năm 2023. Ban Thường vụ Hội đã phổ biến đến các chi hội các phong trào thi đua do huyện phát động (văn hóa "
        "công sở; huyện đạt chuẩn nông thôn mới năm 2023: vận động 230 hội viên dọn vệ sinh 4,5 km kênh "
        "mương; chuyển đổi số) và đưa vào nghị quyết của từng chi hội.")
    assert results["M6"].status == "present", results["M6"].note


# --- the district's goal closing a sentence about other work -------------------------------------

def test_the_district_goal_closing_other_work_is_no_result_of_it():
    results = judge_default(
        MOVEMENTS,
        "- Phong trào chung tay vì người nghèo: đoàn viên thanh niên ra quân 12 đợt sửa 03 nhà cho hộ cận "
        "nghèo, trồng 1.500 cây xanh ven tỉnh lộ, góp phần cùng huyện phấn đấu về đích nông thôn mới năm 2023.")
    assert results["M6"].status == "missing", results["M6"].note
    assert results["M2"].status == "present", results["M2"].note


def test_the_district_criteria_before_the_same_goal_still_report_it():
    results = judge_default(
        MOVEMENTS,
        "- Phối hợp Văn phòng Điều phối rà soát 02 tiêu chí huyện về môi trường và y tế trên địa bàn, góp "
        "phần cùng huyện phấn đấu về đích nông thôn mới năm 2023.")
    assert results["M6"].status == "present", results["M6"].note


# --- last year's sentence left in ----------------------------------------------------------------

COVID_2022 = ("- Phòng, chống dịch Covid-19: trong năm, Trạm Y tế phối hợp các thôn tổ chức 07 đợt tiêm chủng "
              "với 3.560 liều vắc xin cho người dân trên địa bàn và vận động người dân khai báo y tế đầy đủ; "
              "tính đến hết ngày 31/12/2022, tỷ lệ trẻ em từ 5 đến dưới 12 tuổi tiêm đủ 02 mũi đạt 88,4%.")


def test_the_year_dated_to_last_years_end_is_history():
    results = judge_default(MOVEMENTS, "Công tác tuyên truyền được duy trì thường xuyên.", COVID_2022)
    assert results["M8"].status == "missing", results["M8"].note
    assert "những năm trước" in results["M8"].note


def test_this_period_beside_last_years_end_still_reports():
    results = judge_default(
        MOVEMENTS, "Công tác tuyên truyền được duy trì thường xuyên.",
        COVID_2022.replace("trong năm,", "6 tháng đầu năm 2023,"))
    assert results["M8"].status == "present", results["M8"].note
    alone = judge_default(
        MOVEMENTS, "- Phòng, chống dịch Covid-19: tính đến ngày 31/12/2022, tỷ lệ trẻ em từ 5 đến dưới 12 "
        "tuổi tiêm đủ 02 mũi vắc xin đạt 88,4%.")
    assert alone["M8"].status == "present", alone["M8"].note


# --- a heading naming two fields, its later paragraph reporting the second -------------------------

FIELDS = ("II. THI ĐUA TRÊN CÁC LĨNH VỰC", {"kind": "heading", "heading_level": 1})
TWO_FIELDS = ("4. Cải cách hành chính và ứng dụng tiến bộ khoa học", {"kind": "heading", "heading_level": 2})
ONE_STOP = "- Bộ phận một cửa của Trung tâm tiếp nhận 642 hồ sơ, giải quyết đúng hạn 632 hồ sơ (98,4%)."


def test_a_later_paragraph_under_a_two_field_heading_reports_the_second_field():
    results = judge_default(
        FIELDS, TWO_FIELDS, ONE_STOP,
        "- Đưa phần mềm quản lý khám chữa bệnh vào sử dụng tại 04 trạm; lắp đặt 12 camera giám sát an ninh "
        "tại khu điều trị, giảm 30% thời gian chờ của người bệnh.")
    assert results["P3"].status == "present", results["P3"].note
    assert "ứng dụng khoa học" in results["P3"].note.split("Chưa nêu")[0]


def test_paragraphs_all_about_the_first_field_leave_the_second_unreported():
    results = judge_default(
        FIELDS, TWO_FIELDS, ONE_STOP,
        "- Niêm yết công khai 100% thủ tục hành chính thuộc thẩm quyền tại Bộ phận một cửa; không có hồ sơ "
        "trễ hạn.")
    assert results["P3"].status == "partial", results["P3"].note
