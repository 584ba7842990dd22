"""Figures classes found by blind set 34 (samples 225-230), each in other words, units and numbers
than the samples.

Class 1 (230): a report that corrects or replaces an earlier one opens with a table of the figures
as first sent beside the corrected ones ("Số liệu cũ | Sau điều chỉnh"): only the corrected column
is the unit's figure (figures/corrections.py). A table of one such column alone is read as it is.

Class 2 (230): one table row names both ratios with a slash and one cell gives both percentages
the same way ("Tỷ lệ lãnh đạo, quản lý / người lao động trực tiếp | 25% / 75%"): each ratio takes
the percentage in its own place (figures/ratio_pairs.py), not the first one for the last title.

Class 3 (226): a table in labelled sections ("II. Khen thưởng chuyên đề, đột xuất") closes a section
with its own total row named by the label ("Cộng phần II | 01 | 04"): that row is the section's
stated figure (figures/section_totals.py), over the sum of the rows the reader recognises (a
Bằng khen row names no figure of its own).

Class 4 (226): a recognition whose parenthesis dates the registration of what it recognises
("công nhận 04 sáng kiến (đăng ký từ năm 2022)") is no plan: a plan word only inside a
parenthesis, a word of awarding outside it (figures/plan_aside.py).

Class 5 (230, its prose): under a figure's heading the cases are sorted by state, "a) Đã có quyết
định khen thưởng: 03 (...)" then "b) Đã đề nghị, đang chờ quyết định: 04 (...)": the decided label
states the figure, the pending one and the proposals under it are no awards (figures/decided.py).

Prose forms of classes 1-2 (a replacement report's full text): the slash pair in a sentence
("Tỷ lệ ... / ...: 71,4% / 28,6%", ratio_pairs.py) and a count changed in one phrase ("điều chỉnh
từ 04 xuống 03", changed_counts.py): the second number is the figure.
"""

import pytest
from figure_helpers import doc, figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set34")


def _correction_table(old="Số liệu cũ (BC số 41)", new="Sau điều chỉnh"):
    return [
        ["TT", "Chỉ tiêu", old, new, "Lý do"],
        ["1", "Số cá nhân đạt Lao động tiên tiến năm 2022", "41", "38", "Trùng 03 người"],
        ["2", "Chiến sĩ thi đua cơ sở", "06", "05", "01 người chưa có quyết định"],
        ["3", "Giấy khen Giám đốc Trung tâm", "02 tập thể, 09 cá nhân", "02 tập thể, 07 cá nhân", ""],
        ["4", "Khen thưởng đột xuất 6 tháng đầu năm 2023", "05", "02", "03 trường hợp còn chờ quyết định"],
    ]


def test_a_correction_table_gives_the_corrected_column(rules):
    got = extract_figures(doc(
        "Báo cáo này đính chính số liệu tại Báo cáo số 41/BC-TTYT ngày 09/6/2023 như sau:",
        _correction_table(),
    ), rules).values
    assert got["lao_dong_tien_tien"] == 38
    assert got["chien_si_thi_dua_co_so"] == 5
    assert got["giay_khen"] == 9
    assert got["khen_chuyen_de_dot_xuat"] == 2


@pytest.mark.parametrize("old,new", [
    ("Đã báo cáo", "Số liệu đúng"),
    ("Trước khi điều chỉnh", "Đã sửa lại"),
    ("Số liệu ghi sai", "Đính chính"),
])
def test_other_words_for_the_old_and_the_corrected_columns(rules, old, new):
    got = extract_figures(doc("Các số liệu sửa lại:", _correction_table(old, new)), rules).values
    assert got["lao_dong_tien_tien"] == 38
    assert got["khen_chuyen_de_dot_xuat"] == 2


def test_an_old_column_without_a_corrected_one_is_read_as_it_is(rules):
    # "Đã báo cáo" alone (a table of what was reported) is no correction: its figures stand
    table = [
        ["TT", "Danh hiệu", "Đã báo cáo", "Ghi chú"],
        ["1", "Lao động tiên tiến", "17", ""],
        ["2", "Chiến sĩ thi đua cơ sở", "02", ""],
    ]
    got = extract_figures(doc("Kết quả khen thưởng năm 2022:", table), rules).values
    assert got["lao_dong_tien_tien"] == 17
    assert got["chien_si_thi_dua_co_so"] == 2


def test_a_correction_table_read_from_a_real_docx(tmp_path, rules):
    document = table_docx(tmp_path, [
        "Thay thế Báo cáo số 41/BC-TTYT do nhầm số liệu. Số liệu điều chỉnh như sau:",
        (_correction_table("Số liệu tại BC số 41 (đã báo cáo)", "Số liệu điều chỉnh"), 1),
    ])
    got = extract_figures(document, rules).values
    assert got["lao_dong_tien_tien"] == 38
    assert got["giay_khen"] == 9


def test_a_slash_row_gives_each_ratio_its_own_percentage(rules):
    got = extract_figures(doc(
        "Kết quả khen thưởng năm 2022:",
        [["Nội dung", "Kết quả", "Ghi chú"],
         ["Lao động tiên tiến", "20 cá nhân", ""],
         ["Tỷ lệ lãnh đạo, quản lý / người lao động trực tiếp được khen", "25% / 75%", "trên 20 cá nhân"]],
    ), rules).values
    assert got["ty_le_lanh_dao_quan_ly"] == 25
    assert got["ty_le_lao_dong_truc_tiep"] == 75


def test_a_fraction_in_a_ratio_row_is_no_pair_of_percentages(rules):
    got = extract_figures(doc(
        "Kết quả khen thưởng năm 2022:",
        [["Nội dung", "Kết quả"],
         ["Tỷ lệ cán bộ lãnh đạo, quản lý được khen", "30%"],
         ["Người lao động trực tiếp / tổng số được khen", "14/20"]],
    ), rules).values
    assert got["ty_le_lanh_dao_quan_ly"] == 30


def _sections(total_label="Cộng phần II"):
    return [
        ["TT", "Hình thức khen thưởng", "Tập thể", "Cá nhân"],
        ["I", "Danh hiệu, Giấy khen tổng kết năm 2022", "", ""],
        ["1", "Lao động tiên tiến", "", "30"],
        ["2", "Giấy khen của Giám đốc Ban Quản lý", "02", "05"],
        ["II", "Khen thưởng chuyên đề, đột xuất", "", ""],
        ["1", "Bằng khen của Chủ tịch UBND tỉnh", "", "01"],
        ["2", "Giấy khen của Giám đốc Ban Quản lý", "01", "03"],
        ["", total_label, "01", "04"],
    ]


@pytest.mark.parametrize("label", ["Cộng phần II", "Cộng mục II", "Tổng cộng (II)", "Cộng II"])
def test_a_sections_own_total_row_is_its_figure(rules, label):
    got = extract_figures(doc("Kết quả khen thưởng:", _sections(label)), rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 5  # 1 + 4, the Bằng khen row counted by the section's total
    assert got["giay_khen"] == 7
    assert got["lao_dong_tien_tien"] == 30


def test_a_total_row_of_another_section_label_is_not_this_sections(rules):
    got = extract_figures(doc("Kết quả khen thưởng:", _sections("Cộng phần I")), rules).values
    assert got["khen_chuyen_de_dot_xuat"] != 5


def test_lettered_sections_in_a_real_docx(tmp_path, rules):
    rows = [
        ["Hình thức khen thưởng", "Tập thể", "Cá nhân", "Ghi chú"],
        ["A. Danh hiệu, Giấy khen tổng kết năm 2022", "", "", ""],
        ["Lao động tiên tiến", "", "30", ""],
        ["Giấy khen của Giám đốc Ban Quản lý", "02", "05", ""],
        ["B. Khen thưởng chuyên đề, đột xuất", "", "", ""],
        ["Bằng khen của Chủ tịch UBND tỉnh", "", "01", "Phòng chống bão"],
        ["Giấy khen của Giám đốc Ban Quản lý", "01", "03", ""],
        ["Cộng mục B", "01", "04", ""],
    ]
    document = table_docx(tmp_path, ["Kết quả khen thưởng trong kỳ như sau:", (rows, 1)])
    got = extract_figures(document, rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 5


def test_a_registration_year_in_a_parenthesis_is_no_plan(rules):
    got = extract_figures(doc(
        "III. KHEN THƯỞNG",
        "1. Sáng kiến",
        "Hội đồng xét sáng kiến của Sở đã công nhận 04 sáng kiến cấp cơ sở của viên chức Trạm (đăng ký năm 2022). "
        "Năm 2023 có 09 viên chức đăng ký sáng kiến mới.",
    ), rules).values
    assert got["sang_kien"] == 4


def test_a_plan_word_in_the_clause_itself_stays_a_plan(rules):
    got = extract_figures(doc(
        "III. KHEN THƯỞNG",
        "1. Sáng kiến",
        "Năm 2023 Trạm đăng ký 06 sáng kiến cấp cơ sở (chưa công nhận).",
    ), rules).values
    assert got.get("sang_kien") != 6


def _by_state(decided="b) Đã có quyết định: 02 (01 tập thể, 01 cá nhân)"):
    return doc(
        "III. CÔNG TÁC KHEN THƯỞNG",
        "2. Khen thưởng đột xuất, chuyên đề 6 tháng đầu năm 2023",
        decided,
        "- Chủ tịch UBND huyện tặng Giấy khen cho Tổ dân phố số 3 về thành tích phòng, chống bão số 1 (Quyết định "
        "ngày 12/4/2023).",
        "- Chủ tịch UBND thị trấn tặng Giấy khen cho bà Lê Thị Thu có thành tích truy bắt kẻ trộm (Quyết định số "
        "31/QĐ-UBND ngày 08/5/2023).",
        "c) Đã đề nghị, đang chờ quyết định: 05 (01 tập thể, 04 cá nhân)",
        "- Đã đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Hội Nông dân thị trấn.",
        "- Đã đề nghị Giám đốc Sở Tài chính tặng Giấy khen cho 04 cá nhân, chưa có quyết định.",
        "IV. ĐÁNH GIÁ CHUNG",
    )


def test_the_decided_label_states_the_figure(rules):
    got = extract_figures(_by_state(), rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 2


@pytest.mark.parametrize("label", ["b) Đã có quyết định khen thưởng: 01 tập thể, 01 cá nhân",
                                   "b) Đã được khen thưởng: 02 trường hợp"])
def test_other_words_for_the_decided_label(rules, label):
    assert extract_figures(_by_state(label), rules).values["khen_chuyen_de_dot_xuat"] == 2


def test_proposals_under_the_pending_label_are_no_awards(rules):
    got = extract_figures(_by_state(), rules).values
    assert "giay_khen" not in got  # the 04 individuals proposed to the department head are no 2022 Giấy khen


def test_a_status_label_under_a_heading_naming_no_figure_gives_nothing(rules):
    got = extract_figures(doc(
        "IV. CÔNG TÁC KHÁC",
        "a) Đã có quyết định: 06 (02 tập thể, 04 cá nhân)",
    ), rules).values
    assert "khen_chuyen_de_dot_xuat" not in got


def test_a_slash_pair_in_a_sentence_gives_each_ratio_its_own(rules):
    got = extract_figures(doc(
        "III. KHEN THƯỞNG",
        "Tỷ lệ cán bộ lãnh đạo, quản lý / người lao động trực tiếp được khen: 18,2% / 81,8%.",
    ), rules).values
    assert got["ty_le_lanh_dao_quan_ly"] == 18.2
    assert got["ty_le_lao_dong_truc_tiep"] == 81.8


@pytest.mark.parametrize("phrase,figure,value", [
    ("Danh hiệu Chiến sĩ thi đua cơ sở: điều chỉnh từ 05 xuống 04 cá nhân.", "chien_si_thi_dua_co_so", 4),
    ("Danh hiệu Lao động tiên tiến: sửa từ 31 thành 29 cá nhân.", "lao_dong_tien_tien", 29),
])
def test_a_count_changed_in_one_phrase_is_its_second_number(rules, phrase, figure, value):
    assert extract_figures(doc("III. KHEN THƯỞNG", phrase), rules).values[figure] == value
