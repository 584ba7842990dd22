"""Figures classes found by blind set 10 (samples 79-84), each written in other words than the
samples: a numbered list whose points are full statements (not headings: their words are no
context for the points after them), a "...:" lead-in preceded by a statement in the same
paragraph, and the unit's own collective title given under the unit's own name.

The DOCX cases are written with python-docx and read back by tdkt's reader (typed numbers and
Word's automatic numbering), so the numbering reaches the figures as a clerk's file would.
"""

import docx
import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.extractors import extract
from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set10")


def _docx(tmp_path, paragraphs, auto_numbering=False):
    """A DOCX of (text, numbered?) paragraphs; numbered ones typed "1. " or Word-numbered."""
    d = docx.Document()
    n = 0
    for text, numbered in paragraphs:
        if numbered and auto_numbering:
            d.add_paragraph(text, style="List Number")
        elif numbered:
            n += 1
            d.add_paragraph(f"{n}. {text}")
        else:
            d.add_paragraph(text)
    path = tmp_path / "bc.docx"
    d.save(path)
    return extract(path)


# --- a numbered point that is a statement is no heading ---------------------------------------------

NUMBERED_STATEMENTS = [
    ("IV. THI ĐUA VÀ KHEN THƯỞNG", False),
    ("Hội đồng khoa học của Trung tâm xét công nhận 9 đề tài, sáng kiến cấp cơ sở trong năm học 2022 - 2023.", True),
    ("Kết quả bình xét năm 2022 của Văn phòng Trung tâm: 15 viên chức đạt danh hiệu Lao động tiên tiến, "
     "02 viên chức đạt Chiến sĩ thi đua cơ sở; 03 viên chức được Giám đốc Sở tặng Giấy khen.", True),
    ("Khen thưởng đột xuất: Giám đốc Trung tâm tặng Giấy khen cho 2 tập thể và 6 cá nhân cứu hộ trong đợt mưa lũ tháng 3/2023.", True),
]


@pytest.mark.parametrize("auto_numbering", [False, True], ids=["typed", "word-numbering"])
def test_a_numbered_statement_is_no_heading_for_the_points_after_it(tmp_path, rules, auto_numbering):
    got = extract_figures(_docx(tmp_path, NUMBERED_STATEMENTS, auto_numbering), rules).values
    # "năm học" in point 1 is that point's own wording: it does not exclude the 2022 titles below
    assert got["sang_kien"] == 9
    assert got["lao_dong_tien_tien"] == 15
    assert got["chien_si_thi_dua_co_so"] == 2
    assert got["giay_khen"] == 3
    assert got["khen_chuyen_de_dot_xuat"] == 8


def test_a_numbered_heading_still_gives_its_context(rules):
    # a short numbered title (even with a final stop) is a heading: its words still read for the
    # sentences under it ("Khen thưởng đột xuất." makes the Giấy khen below the ad-hoc figure)
    got = extract_figures(doc("2. Khen thưởng đột xuất.", "Chủ tịch UBND xã tặng Giấy khen cho 03 cá nhân."),
                          rules).values
    assert got == {"khen_chuyen_de_dot_xuat": 3}
    # and a numbered heading naming the school year still keeps its proposals out of K2
    got = extract_figures(doc("3. Đề nghị khen thưởng năm học 2022 - 2023",
                              "Trường đề nghị công nhận 40 Lao động tiên tiến cho giáo viên."), rules).values
    assert "lao_dong_tien_tien" not in got


# --- the lead-in is the sentence that ends with the colon -----------------------------------------

def test_a_statement_before_the_lead_in_is_no_lead_in(rules):
    got = extract_figures(doc(
        "Cơ quan đề nghị Hội đồng huyện xét 2 giải pháp hữu ích. Danh hiệu thi đua năm 2022 của cơ quan:",
        [["Danh hiệu", "Tập thể", "Cá nhân"], ["Lao động tiên tiến", "-", "21"], ["Giấy khen", "1", "4"],
         ["Tổng cộng", "1", "25"]],
        "Trong 25 lượt cá nhân được khen thưởng nói trên có 19 người trực tiếp làm chuyên môn."), rules).values
    # the sentence after the table has no title of its own: the statement about the 2 solutions
    # before the lead-in does not lend it one (it was read as 25 initiatives)
    assert got["sang_kien"] == 2
    assert got["lao_dong_tien_tien"] == 21
    assert got["giay_khen"] == 5


# --- the unit's collective title under its own name -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Năm 2022, Kho bạc Nhà nước Tây Sơn được công nhận danh hiệu Tập thể lao động tiên tiến; 9 công chức đạt Lao động tiên tiến.",
    "Năm 2022 Ban Quản lý chợ đạt danh hiệu “Tập thể lao động tiên tiến”, 9 công chức đạt Lao động tiên tiến.",
])
def test_the_unit_by_its_own_name_is_one_collective(rules, sentence):
    got = extract_figures(doc(sentence), rules).values
    assert got["tap_the_lao_dong_tien_tien"] == 1
    assert got["lao_dong_tien_tien"] == 9


@pytest.mark.parametrize("sentence", [
    "Các chi hội được công nhận danh hiệu Tập thể lao động tiên tiến.",
    "Hội Nông dân và Đoàn Thanh niên đạt danh hiệu Tập thể lao động tiên tiến.",
    "Năm 2022, UBND xã đề nghị công nhận danh hiệu Tập thể lao động tiên tiến cho các thôn.",
    "Năm 2022, Trạm Y tế không được công nhận danh hiệu Tập thể lao động tiên tiến.",
])
def test_several_bodies_a_proposal_or_a_negation_are_not_one_collective(rules, sentence):
    assert extract_figures(doc(sentence), rules).values.get("tap_the_lao_dong_tien_tien") in (None, 0)


# --- a cell that says whom it counts -----------------------------------------------------------

def test_a_cell_with_collectives_and_individuals_under_a_title_column(rules):
    got = extract_figures(doc("Kết quả thi đua năm 2022 của Hội:", [
        ["Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Giấy khen của Hội Nông dân huyện"],
        ["2", "11 cá nhân", "06 tập thể; 14 hội viên"],
    ]), rules).values
    assert got["giay_khen"] == 20
    assert got["lao_dong_tien_tien"] == 11
    assert got["chien_si_thi_dua_co_so"] == 2


def test_a_cell_with_collectives_and_individuals_beside_a_title_row(rules):
    table = [["Hình thức", "Số lượng", "Ghi chú"],
             ["Lao động tiên tiến", "17", ""],
             ["Giấy khen của Giám đốc Sở", "03 TT, 08 CN", "Quyết định số 45/QĐ-SYT"]]
    got = extract_figures(doc("Danh hiệu và hình thức khen thưởng năm 2022:", table), rules).values
    assert got["giay_khen"] == 11
    assert got["lao_dong_tien_tien"] == 17


# --- an ad-hoc total against its parts ------------------------------------------------------------

def test_the_ad_hoc_label_adds_its_parts_and_a_stated_total_wins(rules):
    parts = ("Khen thưởng chuyên đề 6 tháng đầu năm 2023: Giám đốc Sở tặng Giấy khen cho 3 tập thể, 4 cá nhân "
             "trong đợt cao điểm tiêm chủng; Chủ tịch UBND huyện khen 1 tập thể, 1 cá nhân tại Hội thi tay nghề")
    got = extract_figures(doc(parts + "."), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 9  # 3 + 4 + 1 + 1, the Giấy khen is not K2's
    assert "giay_khen" not in got.values
    got = extract_figures(doc(parts + "; tổng cộng 9 tập thể, cá nhân."), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 9 and not got.warnings
    got = extract_figures(doc(parts + "; tổng cộng 10 lượt tập thể, cá nhân."), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 10  # the stated total wins; the office is told
    assert any("ghi tổng 10" in w and "được 9" in w for w in got.warnings)


def test_a_count_followed_by_its_breakdown_is_the_total(rules):
    got = extract_figures(doc("Khen thưởng đột xuất: 04 lượt, gồm Chủ tịch UBND xã tặng Giấy khen cho 01 tập thể "
                              "và 02 cá nhân cứu hộ đê; Đảng ủy xã khen 01 đảng viên."), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 4


def test_the_label_reaches_to_its_sentence_end_only(rules):
    got = extract_figures(doc("Khen thưởng đột xuất 6 tháng đầu năm: Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể "
                              "và 05 cá nhân. Trong số cá nhân được khen năm 2022, người lao động trực tiếp chiếm 64,5%, "
                              "cán bộ lãnh đạo, quản lý chiếm 35,5%."), rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 7
    assert got["ty_le_lao_dong_truc_tiep"] == 64.5 and got["ty_le_lanh_dao_quan_ly"] == 35.5


def test_a_proposal_word_in_a_recipients_deed_is_no_proposal(rules):
    got = extract_figures(doc("Khen thưởng chuyên đề: Giám đốc Công an tỉnh tặng Giấy khen cho 02 cá nhân phát hiện "
                              "đường dây lập hồ sơ giả; Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể."), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 3
    assert "đề nghị" not in got.notes.get("K3", "")
    got = extract_figures(doc("Khen thưởng chuyên đề: đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 02 cá nhân, "
                              "03 tập thể."), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 5 and "đề nghị" in got.notes["K3"]


# --- the office's short forms (left from set 9) -------------------------------------------------------

def test_short_forms_gk_and_nld(rules):
    got = extract_figures(doc("Kết quả năm 2022: có 12 CBCC, NLĐ đạt LĐTT, 01 CSTĐCS; Chủ tịch UBND xã tặng GK cho "
                              "02 TT, 05 CN. Quý II/2023, CT UBND xã tặng GK đột xuất cho 01 TT và 01 CN phòng chống "
                              "cháy rừng."), rules).values
    assert got["lao_dong_tien_tien"] == 12
    assert got["giay_khen"] == 7
    assert got["khen_chuyen_de_dot_xuat"] == 2


# --- school-year wording for the 2022 titles (left from set 8) -----------------------------------------

def test_the_school_year_that_closed_in_2022_gives_the_2022_titles(rules):
    got = extract_figures(doc(
        "b) Danh hiệu thi đua năm học 2021 - 2022",
        "Theo Quyết định của UBND huyện tháng 8/2022, trường có 21 giáo viên đạt danh hiệu Lao động tiên tiến, "
        "02 giáo viên đạt Chiến sĩ thi đua cơ sở và 02 tổ chuyên môn đạt Tập thể lao động tiên tiến.",
        "c) Đề nghị khen thưởng năm học 2022 - 2023",
        "Trường đề nghị công nhận 25 Lao động tiên tiến, 03 Chiến sĩ thi đua cơ sở."), rules).values
    assert got["lao_dong_tien_tien"] == 21
    assert got["chien_si_thi_dua_co_so"] == 2
    assert got["tap_the_lao_dong_tien_tien"] == 2
    # the current school year still excludes, even written with an en dash
    got = extract_figures(doc("Năm học 2022 – 2023, trường có 26 giáo viên đạt Lao động tiên tiến."), rules).values
    assert "lao_dong_tien_tien" not in got


# --- the unit itself beside a count of individuals -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Giám đốc Sở Y tế tặng Giấy khen cho tập thể Trung tâm và 05 viên chức.", 6),
    ("Cơ quan và 02 công chức được Chủ tịch UBND huyện tặng Giấy khen.", 3),
    ("Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể và 05 cá nhân.", 7),     # two counts: as before
    ("Chủ tịch UBND huyện tặng Giấy khen cho các phòng chuyên môn và 05 cá nhân.", 5),  # several, uncounted
])
def test_the_unit_itself_and_a_count_of_individuals(rules, sentence, expected):
    assert extract_figures(doc(sentence), rules).values["giay_khen"] == expected


def test_guarded_exclusions_compile_both_guards():
    from tdkt.pipeline.figures.rules import _guarded_words_re

    pattern = _guarded_words_re(["đột xuất", {"phrase": "năm học", "not_after": ["tổng kết"],
                                              "not_before": ["2021 - 2022"]}])
    assert pattern.search("đề nghị năm học 2022 - 2023")
    assert not pattern.search("kết quả năm học 2021 - 2022")
    assert not pattern.search("hội nghị tổng kết năm học")
    assert pattern.search("khen đột xuất")


# --- a count whose unit word is followed by its members in parentheses ----------------------------

def test_a_member_list_in_parentheses_does_not_cut_the_count_from_its_title(rules):
    got = extract_figures(doc("Năm 2022: 04 tổ (tổ lái xe 16 chỗ, tổ bảo vệ, tổ văn thư, tổ kỹ thuật trạm 110 kV) "
                              "đạt danh hiệu Tập thể lao động tiên tiến; 20 người đạt Lao động tiên tiến."), rules).values
    assert got["tap_the_lao_dong_tien_tien"] == 4
    assert got["lao_dong_tien_tien"] == 20


def test_a_count_that_reaches_no_title_is_not_the_unit_itself(rules):
    # the count "05 đơn vị" is cut from its title by a long aside; it must not turn into 1
    got = extract_figures(doc("05 đơn vị (theo Quyết định số 112/QĐ-UBND ngày 12/8/2022 của Chủ tịch UBND huyện về "
                              "việc công nhận danh hiệu thi đua năm 2022 cho các tập thể) đạt danh hiệu Tập thể lao "
                              "động tiên tiến."), rules).values
    assert got.get("tap_the_lao_dong_tien_tien") != 1


# --- one named, no numeral (left from sets 8 and 9) -------------------------------------------------

def test_a_named_initiative_recognised_is_one(rules):
    got = extract_figures(doc("Quý I/2023, sáng kiến “Số hóa hồ sơ địa chính trên phần mềm dùng chung” của công chức "
                              "Văn phòng được Hội đồng sáng kiến huyện xét, công nhận là sáng kiến cấp cơ sở."), rules)
    assert got.values["sang_kien"] == 1
    # registered (a plan) is no recognition
    got = extract_figures(doc("Phòng đăng ký sáng kiến “Số hóa hồ sơ địa chính” năm 2023."), rules)
    assert "sang_kien" not in got.values


@pytest.mark.parametrize("sentence, expected", [
    ("Cũng trong quý II, đồng chí Nguyễn Văn Bình, Chỉ huy phó, được Chủ tịch UBND huyện công nhận danh hiệu "
     "Chiến sĩ thi đua cơ sở năm 2022.", 1),
    ("Năm 2022 có 14 công chức đạt Lao động tiên tiến, trong đó bà Đặng Thị Mai đồng thời đạt danh hiệu "
     "Chiến sĩ thi đua cơ sở.", 1),
    ("Đồng chí Võ Văn Tùng và đồng chí Lê Thị Hạnh được công nhận danh hiệu Chiến sĩ thi đua cơ sở.", None),
    ("Đồng chí Trần Văn Sơn chưa đạt danh hiệu Chiến sĩ thi đua cơ sở do chưa có sáng kiến.", None),
])
def test_one_named_person_as_the_subject_is_one(rules, sentence, expected):
    got = extract_figures(doc(sentence), rules).values.get("chien_si_thi_dua_co_so")
    assert got == expected if expected else got in (None, 0)  # two people are not one; "chưa đạt" is none


# --- ratios from counts: the counted people described by a list of people words ---------------------

def test_people_words_before_the_ratio_title_do_not_cut_the_count(rules):
    got = extract_figures(doc("Trong 12 cá nhân đạt danh hiệu Lao động tiên tiến năm 2022 có 9 người là giáo viên, "
                              "người lao động trực tiếp giảng dạy và 3 người là cán bộ lãnh đạo, quản lý."), rules).values
    assert got["ty_le_lao_dong_truc_tiep"] == 75.0
    assert got["ty_le_lanh_dao_quan_ly"] == 25.0
    # a separator that is not a list of people words still cuts
    got = extract_figures(doc("Trong 12 cá nhân được khen có 9 người là giáo viên dạy giỏi, trong năm người lao động "
                              "trực tiếp được ưu tiên."), rules).values
    assert "ty_le_lao_dong_truc_tiep" not in got


def test_a_structure_given_by_its_parts_is_its_own_denominator(rules):
    got = extract_figures(doc("Cơ cấu người được tặng Giấy khen năm 2022: người lao động trực tiếp (tổ sản xuất, "
                              "tổ dịch vụ) 18 người; cán bộ quản lý (Ban điều hành) 06 người."), rules).values
    assert got["ty_le_lao_dong_truc_tiep"] == 75.0
    assert got["ty_le_lanh_dao_quan_ly"] == 25.0
    # without the structure word the parts are no whole: nothing is computed
    got = extract_figures(doc("Kết quả: người lao động trực tiếp được khen 18 người; cán bộ quản lý 06 người."),
                          rules).values
    assert "ty_le_lao_dong_truc_tiep" not in got


# --- two counts of one kind joined by "và", the awarding authority between count and title --------

def test_two_counts_of_one_kind_and_the_authority_before_the_title(rules):
    got = extract_figures(doc("Năm 2022, 14 viên chức và 03 nhân viên hợp đồng của Trung tâm được Giám đốc Sở "
                              "công nhận danh hiệu Lao động tiên tiến."), rules).values
    assert got["lao_dong_tien_tien"] == 17
    # a comma is no "và": the first count is the whole, the second the part that is awarded
    got = extract_figures(doc("Chi đoàn có 30 đoàn viên, 12 đoàn viên đạt danh hiệu Lao động tiên tiến năm 2022."),
                          rules).values
    assert got["lao_dong_tien_tien"] == 12


def test_a_quoted_initiative_that_won_a_prize_is_no_recognition(rules):
    got = extract_figures(doc("Sáng kiến “Sổ tay điện tử cho tổ hòa giải” của Hội đạt giải Ba Hội thi sáng tạo kỹ "
                              "thuật tỉnh."), rules).values
    assert "sang_kien" not in got
