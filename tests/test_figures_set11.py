"""Figures classes found by blind set 11 (samples 85-90), each written in other words than the
samples. The table cases are written as DOCX with python-docx (merged group headings, as Word
writes them) and read back by tdkt's reader, so the table stage sees what a clerk's file gives.

Classes: an appendix table whose row totals several titles together (the ratios' denominator,
no figure of one title) and whose ratio cells carry the count with its percentage; a title's
count given only per sub-unit; short forms and a stated "none" with its period and owner;
awards the office prepared for others; a note under a table explaining its dash.
"""

import pytest
from figure_helpers import figures_ruleset, values, table_docx

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set11")


_docx = table_docx


# --- an appendix table: a row totalling several titles, ratios inside count cells ---------------

SCHOOL_APPENDIX = (
    [["STT", "Danh hiệu thi đua, hình thức khen thưởng", "Trường THCS Tây Lộc", "Trường THCS Tây Lộc",
      "Toàn ngành giáo dục huyện (tham khảo)", "Toàn ngành giáo dục huyện (tham khảo)"],
     ["STT", "Danh hiệu thi đua, hình thức khen thưởng", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân"],
     ["1", "Lao động tiên tiến", "", "34", "", "812"],
     ["2", "Chiến sĩ thi đua cơ sở", "", "5", "", "97"],
     ["3", "Tập thể lao động tiên tiến", "3", "", "58", ""],
     ["4", "Giấy khen của Chủ tịch UBND huyện", "1", "7", "22", "140"],
     ["", "Cộng lượt cá nhân đạt danh hiệu LĐTT, CSTĐCS và được tặng Giấy khen", "", "46", "", "1.049"],
     ["", "Trong đó: - Giáo viên, nhân viên trực tiếp giảng dạy, phục vụ", "", "37 (80,4%)", "", "861 (82,1%)"],
     ["", "- Cán bộ quản lý", "", "9 (19,6%)", "", "188 (17,9%)"]],
    2,
)


def test_a_row_totalling_several_titles_is_no_figure_of_one(tmp_path, rules):
    document = _docx(tmp_path, ["Phụ lục: Kết quả khen thưởng năm 2022 của nhà trường", SCHOOL_APPENDIX])
    got = extract_figures(document, rules).values
    # the "Cộng ... LĐTT, CSTĐCS và ... Giấy khen" row names Giấy khen last: 46 is no Giấy khen count
    assert got["giay_khen"] == 8
    assert got["lao_dong_tien_tien"] == 34
    assert got["chien_si_thi_dua_co_so"] == 5
    assert got["tap_the_lao_dong_tien_tien"] == 3


def test_a_ratio_cell_holding_a_count_and_its_percentage_gives_the_percentage(tmp_path, rules):
    got = extract_figures(_docx(tmp_path, [SCHOOL_APPENDIX]), rules).values
    assert got["ty_le_lao_dong_truc_tiep"] == 80.4
    assert got["ty_le_lanh_dao_quan_ly"] == 19.6



# --- a title's count given only per sub-unit in one clause ----------------------------------------

def test_counts_given_per_sub_unit_after_the_title_add_up(tmp_path, rules):
    document = _docx(tmp_path, [
        "Kết quả bình xét danh hiệu năm 2022 của Trung tâm:",
        ("Danh hiệu Lao động tiên tiến: Khoa Nội 9 viên chức, Khoa Ngoại 07 viên chức, Phòng Hành chính 4 người. "
         "Có 02 viên chức đạt danh hiệu Chiến sĩ thi đua cơ sở."),
    ])
    result = extract_figures(document, rules)
    assert result.values["lao_dong_tien_tien"] == 20
    assert result.values["chien_si_thi_dua_co_so"] == 2
    assert [v for v, _ in result.parts["lao_dong_tien_tien"]] == [9, 7, 4]
    assert "9 + 7 + 4 = 20" in result.notes["K2"]


def test_a_per_sub_unit_list_with_other_words_is_left_to_prose(rules):
    # items that are not "name + count + unit word" (a comparison, a plan) are no parts
    got = values(rules, "Lao động tiên tiến: Tổ Một 5 người, tăng 2 người so với năm 2021.")
    assert got["lao_dong_tien_tien"] == 5
    # unit words of the wrong kind (collectives for an individuals' title) are no parts either
    got = values(rules, "Lao động tiên tiến: Thôn Hòa Lạc 3 tổ, Thôn Phú Mỹ 2 tổ.")
    assert got.get("lao_dong_tien_tien") != 5


# --- abbreviations in a terse list; a stated "none" for the unit's own ad-hoc awards ----------------

def test_abbreviated_initiatives_and_a_stated_none_for_ad_hoc_awards(rules):
    got = values(rules, "- SK cấp cơ sở năm 2022: 02 SK được Hội đồng xét công nhận.",
                 "- Khen CĐ, ĐX 6 tháng đầu năm của cơ quan: không.")
    assert got == {"sang_kien": 2, "khen_chuyen_de_dot_xuat": 0}


def test_awards_the_office_prepared_for_others_do_not_beat_its_stated_none(rules):
    got = values(rules, "Khen thưởng đột xuất 6 tháng năm 2023 của Văn phòng: không có.",
                 "Tham mưu Chủ tịch UBND huyện khen đột xuất 04 tập thể, 09 cá nhân (các chốt dân quân "
                 "phòng chống lụt bão) tại QĐ 77/QĐ-UBND.")
    assert got["khen_chuyen_de_dot_xuat"] == 0


# --- a note under a table explains its signs; it states no zero -------------------------------------

MEMBERS_TABLE = [["TT", "Đơn vị", "TTLĐTT", "LĐTT", "Giấy khen (CN)"],
                 ["1", "Trạm Y tế xã Tây An", "-", "5", "1"],
                 ["2", "Trạm Y tế xã Bình Hòa", "-", "4", "0"],
                 ["3", "Khoa Dược", "1", "6", "2"],
                 ["", "Tổng cộng", "", "15", "3"]]


def test_a_note_on_a_tables_dash_is_no_zero(tmp_path, rules):
    document = _docx(tmp_path, [(MEMBERS_TABLE, 1),
                                'Ghi chú: các trạm y tế không xét danh hiệu "Tập thể lao động tiên tiến" (ký hiệu "-").'])
    got = extract_figures(document, rules).values
    assert got["lao_dong_tien_tien"] == 15
    assert "tap_the_lao_dong_tien_tien" not in got  # its total cell is blank: no figure, and no 0


def test_the_same_words_as_a_statement_still_state_a_zero(rules):
    assert values(rules, "Năm 2022, đơn vị không đạt danh hiệu Tập thể lao động tiên tiến.") == \
        {"tap_the_lao_dong_tien_tien": 0}
