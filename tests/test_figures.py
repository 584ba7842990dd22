"""K1-K5 figures on small synthetic documents: each rule of "How counts are taken"."""

from pathlib import Path

import pytest
import yaml

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.figures import extract_figures
from tdkt.rules.loader import Ruleset

FIGURES_YAML = Path(__file__).resolve().parents[1] / "rules" / "tay-son-2023-h1.figures.yaml"


@pytest.fixture(scope="module")
def rules():
    raw = yaml.safe_load(FIGURES_YAML.read_text(encoding="utf-8"))
    return Ruleset(id="t", title="t", path=FIGURES_YAML, raw={"id": "t", "items": [], **raw}, fingerprint="figures-test")


def doc(*items):
    blocks = []
    for i, item in enumerate(items, start=1):
        if isinstance(item, list):
            blocks.append(Block(kind="table", text="", rows=item, where=Where(table=i)))
        else:
            blocks.append(Block(kind="paragraph", text=item, where=Where(paragraph=i)))
    return Document(blocks=blocks)


def values(rules, *items):
    return extract_figures(doc(*items), rules).values


def test_counts_before_titles(rules):
    got = values(rules, "Năm 2022, có 25 cá nhân đạt danh hiệu Lao động tiên tiến, 03 tập thể đạt danh hiệu "
                        "Tập thể lao động tiên tiến, 02 cá nhân đạt Chiến sĩ thi đua cơ sở.")
    assert got == {"lao_dong_tien_tien": 25, "tap_the_lao_dong_tien_tien": 3, "chien_si_thi_dua_co_so": 2}


def test_counts_after_titles_in_a_list(rules):
    got = values(rules, "3. Công tác khen thưởng", "- Lao động tiên tiến: 25 cá nhân;",
                 "- Tập thể lao động tiên tiến: 03 tập thể;", "- Chiến sĩ thi đua cơ sở: 2 cá nhân;",
                 "- Giấy khen: 01 tập thể, 05 cá nhân.")
    assert got == {"lao_dong_tien_tien": 25, "tap_the_lao_dong_tien_tien": 3, "chien_si_thi_dua_co_so": 2,
                   "giay_khen": 6}


def test_mixed_direction_in_one_sentence(rules):
    got = values(rules, "Công nhận danh hiệu Lao động tiên tiến cho 30 cá nhân, trong đó 4 cá nhân đạt "
                        "Chiến sĩ thi đua cơ sở.")
    assert got == {"lao_dong_tien_tien": 30, "chien_si_thi_dua_co_so": 4}


def test_giay_khen_collectives_and_individuals_add_up(rules):
    assert values(rules, "Chủ tịch UBND xã tặng Giấy khen cho 01 tập thể và 02 cá nhân.") == {"giay_khen": 3}
    assert values(rules, "Có 02 tập thể và 05 cá nhân được tặng Giấy khen.") == {"giay_khen": 7}


def test_thousands_and_written_numbers(rules):
    assert values(rules, "Có 1.234 hội viên đạt danh hiệu Lao động tiên tiến.") == {"lao_dong_tien_tien": 1234}
    got = values(rules, "Có hai mươi mốt cá nhân đạt Lao động tiên tiến và năm cá nhân được tặng Giấy khen.")
    assert got == {"lao_dong_tien_tien": 21, "giay_khen": 5}


def test_stated_total_wins_in_a_cluster(rules):
    got = values(rules, "UBND xã Bình Thành có 20 cá nhân đạt Lao động tiên tiến.",
                 "UBND xã Bình Tân có 15 cá nhân đạt Lao động tiên tiến.",
                 "Tổng cộng toàn Cụm có 35 cá nhân đạt danh hiệu Lao động tiên tiến.")
    assert got == {"lao_dong_tien_tien": 35}


def test_table_total_row_wins(rules):
    table = [["STT", "Đơn vị", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Giấy khen"],
             ["1", "Xã Bình Thành", "20", "2", "5"],
             ["2", "Xã Bình Tân", "15", "1", "4"],
             ["", "Tổng cộng", "35", "3", "9"]]
    got = extract_figures(doc("Kết quả khen thưởng năm 2022 của các đơn vị trong Cụm:", table), rules)
    assert got.values == {"lao_dong_tien_tien": 35, "chien_si_thi_dua_co_so": 3, "giay_khen": 9}
    assert got.evidence["lao_dong_tien_tien"].where == "bảng 2, hàng 4"


def test_members_table_without_total_is_not_summed(rules):
    table = [["Đơn vị", "Lao động tiên tiến"], ["Xã A", "20"], ["Xã B", "15"]]
    assert values(rules, table) == {}


def test_table_with_titles_as_rows(rules):
    table = [["TT", "Danh hiệu, hình thức", "Tập thể", "Cá nhân"],
             ["1", "Lao động tiên tiến", "", "25"],
             ["2", "Tập thể lao động tiên tiến", "3", ""],
             ["3", "Giấy khen", "1", "2"]]
    assert values(rules, table) == {"lao_dong_tien_tien": 25, "tap_the_lao_dong_tien_tien": 3, "giay_khen": 3}


def test_k2_and_k3_are_never_added(rules):
    got = values(rules, "Năm 2022, Chủ tịch UBND xã tặng Giấy khen cho 10 cá nhân, khen thưởng đột xuất cho 2 cá nhân.")
    assert got == {"giay_khen": 10, "khen_chuyen_de_dot_xuat": 2}


def test_giay_khen_under_an_ad_hoc_heading_is_k3(rules):
    got = values(rules, "b) Khen thưởng chuyên đề, đột xuất:", "- Giấy khen cho 01 tập thể và 02 cá nhân.")
    assert got == {"khen_chuyen_de_dot_xuat": 3}
    got = values(rules, "Khen thưởng đột xuất: Giấy khen cho 01 tập thể và 02 cá nhân.")
    assert got == {"khen_chuyen_de_dot_xuat": 3}


def test_initiatives(rules):
    assert values(rules, "Hội đồng xét công nhận 05 sáng kiến cấp cơ sở.") == {"sang_kien": 5}
    assert values(rules, "Sáng kiến cấp cơ sở: 07.") == {"sang_kien": 7}


def test_stated_zero(rules):
    got = values(rules, "Trong 6 tháng đầu năm, chưa có sáng kiến được công nhận.",
                 "UBND xã chưa đề nghị khen thưởng đột xuất.")
    assert got == {"sang_kien": 0, "khen_chuyen_de_dot_xuat": 0}


def test_armed_forces_titles(rules):
    result = extract_figures(doc("Năm 2022, có 40 đồng chí đạt danh hiệu Chiến sĩ tiên tiến, 03 đơn vị đạt "
                                 "Đơn vị tiên tiến, 01 đơn vị đạt Đơn vị Quyết thắng."), rules)
    assert result.values == {"lao_dong_tien_tien": 40, "tap_the_lao_dong_tien_tien": 3}
    assert "Chiến sĩ tiên tiến" in result.notes["K2"] and "Đơn vị tiên tiến" in result.notes["K2"]


def test_education_school_year_proposals_are_not_k2(rules):
    got = values(rules, "Đề nghị Chủ tịch UBND huyện công nhận danh hiệu Lao động tiên tiến năm học 2022-2023 "
                        "cho 350 cá nhân.", "Năm 2022, Phòng có 12 cá nhân đạt danh hiệu Lao động tiên tiến.")
    assert got == {"lao_dong_tien_tien": 12}


def test_awards_win_over_proposals_and_targets_are_ignored(rules):
    got = values(rules, "Đề nghị UBND huyện tặng Giấy khen cho 8 cá nhân.",
                 "Chủ tịch UBND xã đã tặng Giấy khen cho 5 cá nhân.",
                 "Phấn đấu 6 tháng cuối năm có 30 cá nhân đạt Lao động tiên tiến.")
    assert got == {"giay_khen": 5}


def test_longest_title_first(rules):
    assert values(rules, "Tập thể lao động tiên tiến: 4 tập thể.") == {"tap_the_lao_dong_tien_tien": 4}


def test_ratios_stated(rules):
    got = values(rules, "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng đạt 72,5%, cán bộ lãnh đạo, "
                        "quản lý chiếm 20%.")
    assert got == {"ty_le_lao_dong_truc_tiep": 72.5, "ty_le_lanh_dao_quan_ly": 20}
    got = values(rules, "Cá nhân được khen là người lao động trực tiếp chiếm tám mươi lăm phần trăm.")
    assert got == {"ty_le_lao_dong_truc_tiep": 85}


def test_ratios_computed_from_counts(rules):
    result = extract_figures(doc("Có 18/24 cá nhân được khen thưởng là người lao động trực tiếp."), rules)
    assert result.values == {"ty_le_lao_dong_truc_tiep": 75.0}
    assert "K4" in result.notes
    got = values(rules, "Có 18 người lao động trực tiếp trong tổng số 24 cá nhân được khen thưởng.")
    assert got == {"ty_le_lao_dong_truc_tiep": 75.0}
    got = values(rules, "Có 2 cán bộ lãnh đạo, quản lý trên tổng số 3 cá nhân được tặng Giấy khen.")
    assert got["ty_le_lanh_dao_quan_ly"] == 66.7


def test_ratio_in_words_only_is_absent(rules):
    assert values(rules, "Phần lớn cá nhân được khen thưởng là người lao động trực tiếp.") == {}
    assert values(rules, "Khoảng hai phần ba cá nhân được khen là người lao động trực tiếp.") == {}


def test_percentage_of_leaders_in_another_matter_is_not_k5(rules):
    assert values(rules, "100% cán bộ lãnh đạo, quản lý đăng ký thi đua.") == {}


@pytest.mark.parametrize("text,fragment", [
    ("Năm 2022 có 20 cá nhân đạt Lao động tiên tiến, 5 cá nhân đạt Chiến sĩ thi đua cơ sở.", "vượt 15%"),
    ("Tỷ lệ người lao động trực tiếp được khen thưởng là 120%.", "ngoài khoảng 0-100%"),
    ("Có 18 người lao động trực tiếp trong tổng số 24 cá nhân được khen thưởng (chiếm 80%).", "tính từ số liệu"),
    ("Tỷ lệ cá nhân được khen là người lao động trực tiếp 70%, là cán bộ lãnh đạo, quản lý 40%.", "vượt 100%"),
])
def test_plausibility_warnings(rules, text, fragment):
    result = extract_figures(doc(text), rules)
    assert any(fragment in w for w in result.warnings), result.warnings


def test_plausible_figures_give_no_warning(rules):
    result = extract_figures(doc("Năm 2022 có 20 cá nhân đạt Lao động tiên tiến, 3 cá nhân đạt Chiến sĩ thi đua "
                                 "cơ sở; tỷ lệ người lao động trực tiếp được khen 60%, lãnh đạo, quản lý 30%."), rules)
    assert result.warnings == []
    assert result.values["chien_si_thi_dua_co_so"] == 3


def test_evidence_says_where(rules):
    result = extract_figures(doc("Mở đầu.", "Năm 2022 có 25 cá nhân đạt Lao động tiên tiến."), rules)
    assert result.evidence["lao_dong_tien_tien"].where == "đoạn 2"
    assert "25 cá nhân" in result.evidence["lao_dong_tien_tien"].text


def test_years_dates_and_codes_are_not_counts(rules):
    got = values(rules, "Thực hiện Kế hoạch số 15/KH-UBND ngày 19/01/2023 về Lao động tiên tiến năm 2022.")
    assert got == {}


def test_fraction_counts_its_numerator(rules):
    assert values(rules, "Năm 2022, 09/10 công chức đạt danh hiệu Lao động tiên tiến.") == {"lao_dong_tien_tien": 9}


def test_unit_phrase_with_several_words(rules):
    assert values(rules, "Đơn vị có 12 viên chức, người lao động đạt danh hiệu Lao động tiên tiến.") == \
        {"lao_dong_tien_tien": 12}


def test_the_unit_itself_as_one_collective(rules):
    got = values(rules, "Năm 2022, tập thể cơ quan được công nhận danh hiệu \"Tập thể lao động tiên tiến\".")
    assert got == {"tap_the_lao_dong_tien_tien": 1}
    # a negated statement is a stated zero, not one collective
    assert values(rules, "Cơ quan chưa đạt danh hiệu Tập thể lao động tiên tiến.") == {"tap_the_lao_dong_tien_tien": 0}


def test_heading_names_the_figure_of_the_sentences_below(rules):
    got = values(rules, "2. Khen thưởng đột xuất", "Nhân dịp kỷ niệm ngày thành lập, Ban Thường vụ khen thưởng "
                                                 "02 tập thể và 04 cá nhân có thành tích xuất sắc.")
    assert got == {"khen_chuyen_de_dot_xuat": 6}


def test_zero_stated_after_the_title(rules):
    assert values(rules, "Khen thưởng đột xuất 6 tháng đầu năm 2023: không có.") == {"khen_chuyen_de_dot_xuat": 0}
    assert values(rules, "- Sáng kiến cấp cơ sở: chưa có.") == {"sang_kien": 0}


def test_start_of_year_is_not_five(rules):
    assert values(rules, "Trong 6 tháng đầu năm xã chưa có sáng kiến được công nhận.") == {"sang_kien": 0}


def test_table_of_occasions_under_a_figure_heading(rules):
    table = [["TT", "Nội dung", "Tập thể", "Cá nhân"],
             ["1", "Công tác tuyển quân", "01", "03"],
             ["2", "Cứu người bị nạn", "", "02"],
             ["", "Tổng cộng", "01", "05"]]
    assert values(rules, "3. Khen thưởng chuyên đề, đột xuất", table) == {"khen_chuyen_de_dot_xuat": 6}


def test_total_over_a_list_of_titles_is_no_title_count(rules):
    result = extract_figures(doc("Trong tổng số 30 cá nhân được tặng danh hiệu \"Lao động tiên tiến\", \"Chiến sĩ thi "
                                 "đua cơ sở\" và Giấy khen: 20 cá nhân là người lao động trực tiếp."), rules)
    assert result.values == {"ty_le_lao_dong_truc_tiep": 66.7}


def test_pair_with_a_parenthesis_between(rules):
    got = values(rules, "Tặng Giấy khen cho 02 tập thể (Tổ Văn thư, Tổ Kế toán) và 04 cá nhân năm 2022.")
    assert got == {"giay_khen": 6}


def test_stated_total_in_an_ad_hoc_sentence(rules):
    got = values(rules, "Khen chuyên đề cho 02 tập thể, 03 cá nhân và khen đột xuất 01 cá nhân, tổng cộng 06 lượt "
                        "tập thể, cá nhân.")
    assert got["khen_chuyen_de_dot_xuat"] == 6


def test_ad_hoc_giay_khen_is_k3(rules):
    got = values(rules, "Chủ tịch UBND huyện tặng Giấy khen đột xuất cho 01 tập thể và 02 học sinh dũng cảm cứu bạn.")
    assert got == {"khen_chuyen_de_dot_xuat": 3}


def test_armed_forces_ratio_wording(rules):
    got = values(rules, "Tỷ lệ cá nhân được khen thưởng là chiến sĩ, nhân viên trực tiếp chiếm 80%; cán bộ chỉ huy, "
                        "quản lý chiếm 20%.")
    assert got == {"ty_le_lao_dong_truc_tiep": 80, "ty_le_lanh_dao_quan_ly": 20}


def test_ocr_tone_noise_in_a_stated_total(rules):
    got = values(rules, "Khen chuyên đề cho 02 tập thế, 03 cá nhân và khen đột xuất 01 cá nhân, tống cộng 06 lượt "
                        "tập thế, cá nhân.")
    assert got["khen_chuyen_de_dot_xuat"] == 6


def test_a_programme_is_not_a_proposal(rules):
    result = extract_figures(doc("Thực hiện chương trình công tác, Chủ tịch UBND xã tặng Giấy khen cho 5 cá nhân."),
                             rules)
    assert result.values == {"giay_khen": 5} and "K2" not in result.notes
    result = extract_figures(doc("UBND xã đề nghị UBND huyện tặng Giấy khen cho 5 cá nhân."), rules)
    assert result.values == {"giay_khen": 5} and "đề nghị" in result.notes["K2"]


def test_flattened_table_row(rules):
    assert values(rules, "4 Giấy khen 05 07 Chủ tịch UBND xã") == {"giay_khen": 12}


def test_ratio_context_from_the_previous_clause(rules):
    got = values(rules, "Tỷ lệ cá nhân được khen là người lao động trực tiếp đạt 78,6%; cán bộ lãnh đạo, quản lý 21,4%.")
    assert got == {"ty_le_lao_dong_truc_tiep": 78.6, "ty_le_lanh_dao_quan_ly": 21.4}


@pytest.mark.parametrize("text,expected", [
    ("Giấy khen: 12 (03 tập thể, 09 cá nhân).", {"giay_khen": 12}),
    ("Có 3 tập thể đạt danh hiệu Tập thể lao động tiên tiến và 25 cá nhân đạt danh hiệu Lao động tiên tiến.",
     {"tap_the_lao_dong_tien_tien": 3, "lao_dong_tien_tien": 25}),
    ("1. Lao động tiên tiến: 25 cá nhân (tăng 5 so với năm 2021).", {"lao_dong_tien_tien": 25}),
    ("Tặng Giấy khen cho 15 lượt tập thể, cá nhân.", {"giay_khen": 15}),
    ("Có mười lăm cá nhân đạt danh hiệu Lao động tiên tiến.", {"lao_dong_tien_tien": 15}),
    ("Năm 2022, UBND xã đã tặng Giấy khen cho 10 cá nhân và đề nghị UBND huyện tặng Giấy khen cho 3 tập thể.",
     {"giay_khen": 10}),
    ("Tỷ lệ người lao động trực tiếp được khen đạt 72.5%.", {"ty_le_lao_dong_truc_tiep": 72.5}),
    ("Đơn vị đạt 100% chỉ tiêu về Lao động tiên tiến.", {}),
])
def test_more_phrasings(rules, text, expected):
    assert values(rules, text) == expected


def test_stated_ratio_agreeing_with_its_fraction_gives_no_warning(rules):
    result = extract_figures(doc("Cá nhân được khen là người lao động trực tiếp: 18/24 (75%)."), rules)
    assert result.values == {"ty_le_lao_dong_truc_tiep": 75} and result.warnings == []


def test_table_flattened_into_ocr_lines(rules):
    lines = ["Số liệu khen thưởng năm 2022 của các đơn vị: TT Đơn vị TTILĐTT LĐTT CSTĐCS Giấy Sáng", "khen kiến",
             "1 Phòng 1 9 1 2 1", "Nội vụ", "2 Công an 19 148 17 34 4", "huyện Tống 20 157 18 36 5 cộng"]
    document = Document(blocks=[Block("paragraph", t, Where(page=2, line=i + 1)) for i, t in enumerate(lines)],
                        format="pdf-scanned")
    result = extract_figures(document, rules)
    assert result.values == {"tap_the_lao_dong_tien_tien": 20, "lao_dong_tien_tien": 157,
                             "chien_si_thi_dua_co_so": 18, "giay_khen": 36, "sang_kien": 5}
    assert result.evidence["giay_khen"].where == "trang 2, dòng 6"
    # a total line with another number of values is not matched column by column
    lines[-1] = "huyện Tống 20 157 18 36 cộng"
    document = Document(blocks=[Block("paragraph", t, Where(page=2, line=i + 1)) for i, t in enumerate(lines)],
                        format="pdf-scanned")
    assert "lao_dong_tien_tien" not in extract_figures(document, rules).values


def test_flattened_rows_with_wrapped_title_cells(rules):
    lines = ["Kết quả khen thưởng thành tích năm 2022 như sau:", "TT Danh hiệu, Tập thể Cá nhân Cấp quyết",
             "hình thức định", "1 Lao động tiên 28 Chủ tịch", "tiến UBND xã", "2 Tập thế lao 06 Chủ tịch",
             "động tiên tiến UBND xã", "3 Chiến sĩ thi 03 Chủ tịch", "đua cơ sở UBND huyện", "4 Giấy khen 05 07 Chủ tịch",
             "UBND xã"]
    document = Document(blocks=[Block("paragraph", t, Where(page=3, line=i + 1)) for i, t in enumerate(lines)],
                        format="pdf-scanned")
    assert extract_figures(document, rules).values == {
        "lao_dong_tien_tien": 28, "tap_the_lao_dong_tien_tien": 6, "chien_si_thi_dua_co_so": 3, "giay_khen": 12}
