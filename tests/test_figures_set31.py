"""Figures classes found by blind set 31 (samples 207-212), each in other words, units and numbers
than the samples.

Class 1 (207): a long report puts its figures in appendix tables after its closing sentence, each
under a line naming the appendix in sentence case ("Phụ lục 02"), after the next half's tasks part.
That line is an appendix heading (figures/appendix_title.py): it ends the tasks part, so the
appendix tables are read as results, not as a plan's.

Class 2 (207, 209; issue 12 point 1): a table cut by a page break whose second part sits under a
line "Biểu 02 (tiếp theo)" and repeats the header: that line is the cut's, so the table stage joins
the parts into one table (table_stage._is_page_furniture) and the rows of the second part keep
the section row above them in the first part.

Class 3 (209): the ratio part of an awards table gives each group's count under "Cá nhân | Cộng"
and its percentage alone in the last cell, under "Ghi chú": the "Cộng" cell is the count, the
stated percentage is the ratio (figures/note_percent.py).

Class 4 (207): a sentence pointing to its appendix, "... công nhận các sáng kiến cấp cơ sở (Phụ
lục 6)": the number after "Phụ lục" / "Biểu" / "Mẫu" / "Điều" labels a part of a document, it
counts nothing (figures/label_numbers.py).

Class 5 (207): an appendix listing items one per row under a caption "DANH MỤC SÁNG KIẾN ..." /
"DANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU ...", with no count column: the rows are the count
(figures/captioned.py list_rows).

Class 6 (207): an appendix of one award per sub-unit ("KHEN THƯỞNG GIẤY KHEN CỦA GIÁM ĐỐC ... NĂM
2022" over "Đơn vị | Tập thể | Cá nhân") with no total row: the award's figure is the sum of its
rows, each row a part (figures/captioned.py sub_unit_rows). A total row, when written, wins.

Class 7 (207): the armed forces name their leaders "cán bộ chủ trì" (the commanders and political
officers of each level): "cán bộ chủ trì, chỉ huy các cấp chiếm 31,5%" is the leaders' ratio
(rules data: a title of `ty_le_lanh_dao_quan_ly`).

Class 8 (211): an education office's section on the school year's proposals ("... đề nghị khen
thưởng năm học 2022 - 2023") holds one paragraph on the office's own titles of the calendar year
("Cơ quan Phòng năm 2022 được công nhận ...; 11/12 công chức đạt ..."): a paragraph naming the
titles' year and no school year is read by its own words, not excluded by the heading
(figures/own_year.py).

Class 9 (211): schools write their managers "CBQL" (cán bộ quản lý): "... có 42 CBQL (chiếm
12,1%)" is the leaders' ratio (rules data: a title of `ty_le_lanh_dao_quan_ly`). With it, a
staff table by level ("Cấp học | ... | CBQL | GV | NV | Tổng CB, GV, NV") showed a false ratio
from its counts: a ratio computed from a table's counts needs a word of awards in the table's
lead or headings, or a count title's column (figures/staff_table.py); the same held for the
managers written in full ("Cán bộ quản lý").
"""

import pytest
from figure_helpers import doc, figures_ruleset, values

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.figures.appendix_title import appendix_title


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set31")


_BODY = (
    "PHẦN I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
    "Kết quả bình xét danh hiệu thi đua năm 2022 của các đội, trạm có phụ lục kèm theo.",
    "PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023",
    "1. Phấn đấu 100% đội, trạm đăng ký danh hiệu thi đua.",
    "Trên đây là báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của Hạt Kiểm lâm./.",
)

_TITLES_TABLE = [
    ["STT", "Đội, trạm", "Tập thể lao động tiên tiến", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"],
    ["1", "Trạm Kiểm lâm Vĩnh Sơn", "1", "7", "1"],
    ["2", "Đội Kiểm lâm cơ động", "1", "11", "2"],
    ["3", "Trạm Kiểm lâm Tây Giang", "0", "6", "0"],
    ["", "Tổng cộng", "2", "24", "3"],
]


def test_a_sentence_case_appendix_line_ends_the_tasks_part(rules):
    got = values(rules, *_BODY, "Phụ lục 02", "TỔNG HỢP DANH HIỆU THI ĐUA NĂM 2022 CỦA HẠT", _TITLES_TABLE)
    assert got.get("lao_dong_tien_tien") == 24
    assert got.get("tap_the_lao_dong_tien_tien") == 2
    assert got.get("chien_si_thi_dua_co_so") == 3


def test_a_tasks_parts_own_table_without_an_appendix_line_stays_a_plan(rules):
    # contrast: the same table right under the tasks part, with no appendix line, is its targets
    got = values(rules, *_BODY[:4], _TITLES_TABLE)
    assert "lao_dong_tien_tien" not in got


@pytest.mark.parametrize("line", ["Phụ lục 1", "Phụ lục số 03", "PHỤ LỤC II", "Phụ lục 2 (tiếp theo)",
                                  "Phụ lục IV:", "Phụ lục"])
def test_appendix_title_lines(line):
    assert appendix_title(line)


@pytest.mark.parametrize("line", ["(chi tiết tại Phụ lục 1 kèm theo)",
                                  "Phụ lục 1 kèm theo báo cáo này gồm 03 biểu tổng hợp số liệu",
                                  "Phụ lục số liệu"])
def test_pointers_to_an_appendix_are_no_title(line):
    assert not appendix_title(line)


_CUT_HEADER = ["TT", "Hình thức khen thưởng", "Tập thể", "Cá nhân"]


def _cut_table(between):
    first = [_CUT_HEADER,
             ["I", "Khen thưởng tổng kết năm 2022", "", ""],
             ["1", "Giấy khen của Giám đốc Trung tâm", "3", "12"],
             ["2", "Giấy khen của Chủ tịch UBND huyện", "1", "2"],
             ["II", "Khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023", "", ""]]
    second = [_CUT_HEADER,
              ["1", "Giấy khen của Giám đốc Trung tâm", "2", "5"]]
    blocks = [Block(kind="paragraph", text="Kết quả khen thưởng của Trung tâm như sau:", where=Where(paragraph=1)),
              Block(kind="table", text="", rows=first, where=Where(page=1, table=1)),
              Block(kind="paragraph", text=between, where=Where(paragraph=2)),
              Block(kind="table", text="", rows=second, where=Where(page=2, table=2))]
    return Document(blocks=blocks)


@pytest.mark.parametrize("between", ["Biểu 02 (tiếp theo)", "PHỤ LỤC 3 (Tiếp)"])
def test_a_table_cut_under_a_continued_line_is_one_table(rules, between):
    got = extract_figures(_cut_table(between), rules).values
    assert got.get("giay_khen") == 18  # the 2022 rows only
    assert got.get("khen_chuyen_de_dot_xuat") == 7  # the cut row stays under its section


def test_a_table_after_a_new_caption_is_another_table(rules):
    # contrast: a caption of its own between two tables with the same columns starts a new table
    document = _cut_table("Biểu 03. Khen thưởng của các phòng chuyên môn")
    assert len([t for t in document.resolved_tables().values() if t is not None]) == 2


def _ratio_part(share_cell_direct="71,4%", share_cell_leaders="28,6%", total_head="Tổng số"):
    return [
        ["STT", "Nội dung", "Tập thể", "Cá nhân", total_head, "Ghi chú"],
        ["1", "Giấy khen của Giám đốc Bệnh viện", "2", "14", "16", ""],
        ["2", "Danh hiệu Lao động tiên tiến", "-", "28", "28", ""],
        ["III", "TỶ LỆ CÁ NHÂN ĐƯỢC KHEN THƯỞNG", "", "", "", ""],
        ["1", "Tổng số cá nhân được khen", "-", "42", "42", "100%"],
        ["2", "Trong đó: nhân viên trực tiếp chuyên môn (người lao động trực tiếp)", "-", "30", "30",
         share_cell_direct],
        ["3", "Trong đó: lãnh đạo, quản lý khoa, phòng", "-", "12", "12", share_cell_leaders],
    ]


def test_a_ratio_rows_percentage_in_its_note_cell_beats_the_total_columns_count(rules):
    got = values(rules, "Kết quả khen thưởng năm 2022 như sau:", _ratio_part())
    assert got.get("ty_le_lao_dong_truc_tiep") == 71.4
    assert got.get("ty_le_lanh_dao_quan_ly") == 28.6


def test_a_total_cell_stating_its_own_percentage_stays_the_ratio(rules):
    # contrast: the total column's cell carries the percentage itself ("30 (71,4%)")
    table = _ratio_part(share_cell_direct="", share_cell_leaders="")
    table[5][4], table[6][4] = "30 (71,4%)", "12 (28,6%)"
    got = values(rules, "Kết quả khen thưởng năm 2022 như sau:", table)
    assert got.get("ty_le_lao_dong_truc_tiep") == 71.4
    assert got.get("ty_le_lanh_dao_quan_ly") == 28.6


_POINTER = "Hội đồng khoa học của Trung tâm đã xét, công nhận các đề tài, sáng kiến cấp cơ sở (Phụ lục 4)."


def test_an_appendix_number_in_a_sentence_is_no_count(rules):
    assert "sang_kien" not in values(rules, "II. KẾT QUẢ", _POINTER)
    assert "giay_khen" not in values(rules, "II. KẾT QUẢ", "Giám đốc tặng Giấy khen theo Biểu số 03 kèm theo.")


def test_a_count_after_an_appendix_word_and_a_verb_still_counts(rules):
    # contrast: "Phụ lục" then a verb then the count
    got = values(rules, "II. KẾT QUẢ", "Theo phụ lục kèm theo, Hội đồng công nhận 05 sáng kiến cấp cơ sở.")
    assert got.get("sang_kien") == 5


def _appendix(caption, table, *body):
    return doc("II. KẾT QUẢ", *body, "Trên đây là báo cáo của Trung tâm./.", "Phụ lục 4", caption, table)


_INITIATIVES = [
    ["STT", "Tên đề tài, sáng kiến", "Chủ nhiệm", "Quyết định công nhận"],
    ["1", "Phần mềm nhắc lịch tiêm chủng qua tin nhắn", "BS. Lê Thị Hồng", "QĐ 51/QĐ-TTYT ngày 02/3/2023"],
    ["2", "Quy trình phân loại rác thải y tế tại khoa", "ĐD. Trần Văn Tâm", "QĐ 51/QĐ-TTYT ngày 02/3/2023"],
    ["3", "Sổ tay hướng dẫn chăm sóc người bệnh sau mổ", "ĐD. Phạm Thị Lan", "QĐ 77/QĐ-TTYT ngày 10/5/2023"],
    ["4", "Bảng kiểm an toàn phẫu thuật rút gọn", "BS. Võ Minh Quân", "QĐ 77/QĐ-TTYT ngày 10/5/2023"],
]


def test_a_captioned_list_of_initiatives_counts_its_rows(rules):
    got = extract_figures(_appendix("DANH MỤC ĐỀ TÀI, SÁNG KIẾN ĐƯỢC CÔNG NHẬN CẤP CƠ SỞ", _INITIATIVES,
                                    _POINTER), rules)
    assert got.values.get("sang_kien") == 4
    assert "đếm 4 dòng" in got.notes.get("K1", "")


def test_a_list_not_captioned_as_one_figure_counts_nothing(rules):
    # contrast: the same rows under a caption naming no figure
    got = values(rules, *["II. KẾT QUẢ", "Trên đây là báo cáo./.", "Phụ lục 4",
                          "DANH MỤC ĐỀ TÀI NGHIÊN CỨU ĐANG THỰC HIỆN", _INITIATIVES])
    assert "sang_kien" not in got


_GIAY_KHEN_BY_TEAM = [
    ["STT", "Khoa, phòng", "Tập thể", "Cá nhân"],
    ["1", "Khoa Khám bệnh", "1", "4"],
    ["2", "Khoa Nội tổng hợp", "", "3"],
    ["3", "Khoa Ngoại", "1", "2"],
    ["4", "Phòng Kế hoạch - Nghiệp vụ", "", "2"],
]


def test_one_award_per_sub_unit_without_a_total_row_adds_up(rules):
    got = extract_figures(_appendix("GIẤY KHEN CỦA GIÁM ĐỐC TRUNG TÂM Y TẾ NĂM 2022", _GIAY_KHEN_BY_TEAM), rules)
    assert got.values.get("giay_khen") == 13
    assert len(got.parts.get("giay_khen", [])) == 4


def test_one_award_per_sub_unit_with_a_total_row_takes_the_total(rules):
    # contrast: the written total wins, even when it differs from the rows' sum
    table = _GIAY_KHEN_BY_TEAM + [["", "Cộng", "2", "12"]]
    got = values(rules, "II. KẾT QUẢ", "Trên đây là báo cáo./.", "Phụ lục 4",
                 "GIẤY KHEN CỦA GIÁM ĐỐC TRUNG TÂM Y TẾ NĂM 2022", table)
    assert got.get("giay_khen") == 14


def test_the_armed_forces_heads_are_the_leaders_ratio(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Trong số cá nhân được khen thưởng năm 2022, quân nhân, dân quân trực tiếp huấn luyện, "
                 "sẵn sàng chiến đấu chiếm 68,5%; cán bộ chủ trì các cơ quan, đơn vị chiếm 31,5%.")
    assert got.get("ty_le_lanh_dao_quan_ly") == 31.5


def test_a_unit_presiding_over_an_event_is_no_ratio(rules):
    # contrast: "chủ trì" as a verb (to preside, to lead an event), with a percentage nearby
    got = values(rules, "2. Kết quả", "Ban Chỉ huy Quân sự chủ trì diễn tập, 100% dân quân tham gia đạt yêu cầu.")
    assert "ty_le_lanh_dao_quan_ly" not in got


_SCHOOL_YEAR_HEADING = "3. Kết quả xét, đề nghị khen thưởng năm học 2022 - 2023"


def test_the_offices_own_calendar_year_titles_under_a_school_year_heading(rules):
    got = values(rules, _SCHOOL_YEAR_HEADING,
                 "Đề nghị Chủ tịch UBND huyện công nhận danh hiệu Lao động tiên tiến cho 860 cá nhân năm học 2022 - 2023.",
                 "Tập thể Trung tâm Giáo dục nghề nghiệp năm 2022 đạt danh hiệu Tập thể lao động tiên tiến; "
                 "11/12 viên chức đạt danh hiệu Lao động tiên tiến, 01 đạt Chiến sĩ thi đua cơ sở.")
    assert got.get("tap_the_lao_dong_tien_tien") == 1
    assert got.get("lao_dong_tien_tien") == 11
    assert got.get("chien_si_thi_dua_co_so") == 1


def test_school_year_titles_under_a_school_year_heading_stay_excluded(rules):
    # contrast: a paragraph naming the school year, and one naming no year at all
    got = values(rules, _SCHOOL_YEAR_HEADING,
                 "Năm 2022 - 2023 là năm học đầu tiên thực hiện chương trình mới; 640 giáo viên đạt Lao động tiên tiến.",
                 "Có 58 cá nhân được đề nghị công nhận Chiến sĩ thi đua cơ sở.")
    assert "lao_dong_tien_tien" not in got
    assert "chien_si_thi_dua_co_so" not in got


def test_schools_short_form_of_managers_is_the_leaders_ratio(rules):
    got = values(rules, "2. Kết quả khen thưởng năm 2022",
                 "Trong 347 cá nhân được công nhận Lao động tiên tiến có 42 CBQL (chiếm 12,1%), "
                 "305 giáo viên, nhân viên trực tiếp giảng dạy (chiếm 87,9%).")
    assert got.get("ty_le_lanh_dao_quan_ly") == 12.1
    assert got.get("ty_le_lao_dong_truc_tiep") == 87.9


def test_managers_registering_is_no_ratio(rules):
    # contrast: "100% CBQL, giáo viên đăng ký thi đua" is a pledge, no share of awarded people
    got = values(rules, "1. Phát động thi đua", "100% CBQL, giáo viên, nhân viên đăng ký danh hiệu thi đua.")
    assert "ty_le_lanh_dao_quan_ly" not in got


def _staff_table(managers_head):
    return [["Khối", "Số trường", "Số lớp", managers_head, "Giáo viên", "Nhân viên", "Tổng số CB, GV, NV"],
            ["Mầm non", "9", "102", "21", "180", "33", "234"],
            ["Tiểu học", "12", "230", "27", "345", "41", "413"],
            ["Tổng cộng", "21", "332", "48", "525", "74", "647"]]


@pytest.mark.parametrize("managers_head", ["CBQL", "Cán bộ quản lý"])
def test_a_staff_table_by_level_gives_no_leaders_ratio(rules, managers_head):
    got = values(rules, "I. ĐẶC ĐIỂM TÌNH HÌNH", "Quy mô trường, lớp và đội ngũ đến tháng 5/2023:",
                 _staff_table(managers_head))
    assert "ty_le_lanh_dao_quan_ly" not in got


def test_a_table_of_awarded_people_by_level_gives_the_ratio_from_counts(rules):
    # contrast: the same columns under a lead of awards
    got = values(rules, "2. Khen thưởng", "Cơ cấu cá nhân được khen thưởng năm 2022 theo khối:",
                 _staff_table("CBQL"))
    assert got.get("ty_le_lanh_dao_quan_ly") == 7.4
