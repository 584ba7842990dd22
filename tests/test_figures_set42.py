"""Figures classes found by blind sets 42-43 (samples 273-277), each in other words, units and numbers
than the samples.

Class 1 (275, 276): a sentence opened by a total's label and a comma ("Tổng cộng, năm 2022 ...",
"Toàn Khối, ...") sums up the recipients listed one by one before it: every count it lists is a
stated total, as with the label's colon (figures/total_label.py).

Class 2 (273): a sentence on the unit's own right after a stop that closes the district's ";"
sentence in one paragraph ("...; Giấy khen cho 74 tập thể, 215 cá nhân. Tại Phòng: tập thể Phòng
đạt ...") is a new sentence: neither the district's scope (figures/clause_scope.py) nor a proposal
list's (figures/proposal_list.py) holds for its first clause.

Class 3 (273): a later clause of the district's sentence naming the issuing office by its name as the
holder ("...; trong đó Phòng Nội vụ có 01 sáng kiến") is the office's own share (figures/own_clause.py).

Class 4 (277, and 273/277 K2): a collective title as a list line's label with the one body it went to
after the colon ("- Danh hiệu “Tập thể lao động tiên tiến”: tập thể <name> (...)") counts one
(figures/label_recipient.py).

Class 5 (274): a Giấy khen handed over for a deed the report dates to the half year ("... có thành tích
... năm 2023", no "năm 2022"), with none of the words "chuyên đề", "đột xuất", is the period's ad-hoc
award, K3, not the annual Giấy khen (figures/period_deed.py).
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set42")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: a total's label with a comma ---------------------------------------------------------

_LIST = ("2. Kết quả khen thưởng",
         "- Bà Trần Thị Mai, Trưởng trạm: danh hiệu \"Chiến sĩ thi đua cơ sở\" năm 2022;",
         "- Ông Lê Văn Bình, y sĩ: Giấy khen của Giám đốc Trung tâm (thành tích năm 2022);",
         "- Bà Phạm Thị Hoa, nữ hộ sinh: Giấy khen của Giám đốc Trung tâm (thành tích năm 2022);")


def test_a_summing_sentence_opened_by_total_and_a_comma_states_the_totals(rules):
    got = _values(rules, *_LIST,
                  "Tổng cộng, năm 2022 Trạm có 09 cá nhân đạt danh hiệu \"Lao động tiên tiến\", 03 cá nhân đạt "
                  "danh hiệu \"Chiến sĩ thi đua cơ sở\", 01 tập thể và 06 cá nhân được tặng Giấy khen.")
    assert got.get("giay_khen") == 7
    assert got.get("chien_si_thi_dua_co_so") == 3


def test_a_blocs_closing_sentence_with_a_comma_states_the_totals(rules):
    got = _values(rules, "4. Khen thưởng của các thành viên",
                  "a) Trường Tiểu học Số 1: Hiệu trưởng tặng Giấy khen cho 02 tập thể, 06 cá nhân.",
                  "b) Trường Mầm non Hoa Sen: Hiệu trưởng tặng Giấy khen cho 03 cá nhân.",
                  "Toàn Khối, năm 2022 có 48 cá nhân đạt danh hiệu \"Lao động tiên tiến\", 62 tập thể, cá nhân "
                  "được tặng Giấy khen.")
    assert got.get("giay_khen") == 62


def test_the_label_with_its_colon_still_states_the_totals(rules):
    # contrast: the colon form, read as before
    got = _values(rules, *_LIST,
                  "Tổng cộng: 09 cá nhân đạt danh hiệu \"Lao động tiên tiến\", 03 cá nhân đạt danh hiệu "
                  "\"Chiến sĩ thi đua cơ sở\", 01 tập thể và 06 cá nhân được tặng Giấy khen.")
    assert got.get("giay_khen") == 7
    assert got.get("chien_si_thi_dua_co_so") == 3


# --- class 2: a new sentence after the district's ";" sentence ----------------------------------------

def test_the_first_clause_of_the_next_sentence_is_not_the_districts(rules):
    got = _values(rules, "3. Khen thưởng năm 2022",
                  "Toàn huyện có 52 tập thể đạt danh hiệu \"Tập thể lao động tiên tiến\"; Giấy khen cho 130 cá nhân. "
                  "Trạm có 02 cá nhân đạt danh hiệu \"Chiến sĩ thi đua cơ sở\"; 08 cá nhân đạt danh hiệu "
                  "\"Lao động tiên tiến\".")
    assert got.get("chien_si_thi_dua_co_so") == 2
    assert got.get("lao_dong_tien_tien") == 8


def test_a_later_clause_of_the_districts_sentence_stays_the_districts(rules):
    # contrast: within the district's sentence its later clause is still the district's
    got = _values(rules, "3. Khen thưởng năm 2022",
                  "Toàn huyện có 52 tập thể đạt danh hiệu \"Tập thể lao động tiên tiến\"; 130 cá nhân đạt danh hiệu "
                  "\"Chiến sĩ thi đua cơ sở\".")
    assert got.get("chien_si_thi_dua_co_so") is None


def test_the_first_clause_after_a_proposals_sentence_is_no_proposal(rules):
    # the same stop, read by proposal_list.py: "Trình Giám đốc ...: ...; ... . Trạm có ..." is an award again
    got = extract_figures(doc("3. Khen thưởng năm 2022",
                              "Đã trình Giám đốc Trung tâm khen thưởng: 03 cá nhân thuộc các trạm; 05 cá nhân thuộc các "
                              "khoa. Tập thể Trạm đạt danh hiệu \"Tập thể lao động tiên tiến\"; 06 cá nhân đạt danh "
                              "hiệu \"Lao động tiên tiến\"."), rules)
    assert got.values.get("tap_the_lao_dong_tien_tien") == 1
    assert "số đề nghị" not in got.notes.get("K2", "")


# --- class 3: the office's share of the district's count, by its name -----------------------------------

_HEADER = ("UBND HUYỆN AN LÃO", "PHÒNG TÀI CHÍNH - KẾ HOẠCH", "Số: 45/BC-TCKH", "BÁO CÁO",
           "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023", "3. Khen thưởng")


def test_the_offices_share_named_after_the_districts_count_is_its_own(rules):
    got = _values(rules, *_HEADER,
                  "Năm 2022, Chủ tịch UBND huyện tặng Giấy khen cho 85 cá nhân của các cơ quan, đơn vị, địa phương; "
                  "trong số này Phòng Tài chính - Kế hoạch được tặng Giấy khen cho 03 cá nhân.")
    assert got.get("giay_khen") == 3


def test_another_body_named_after_the_districts_count_stays_the_districts(rules):
    # contrast: a clause naming another office holds the district's scope
    got = _values(rules, *_HEADER,
                  "Năm 2022, Chủ tịch UBND huyện tặng Giấy khen cho 85 cá nhân của các cơ quan, đơn vị, địa phương; "
                  "trong số này Phòng Giáo dục và Đào tạo được tặng Giấy khen cho 19 cá nhân.")
    assert got.get("giay_khen") is None


def test_the_office_acting_for_others_stays_the_districts(rules):
    # contrast: the office by its name, then no holding verb: its work for the district
    got = _values(rules, *_HEADER,
                  "Năm 2022, Chủ tịch UBND huyện tặng Giấy khen cho 85 cá nhân của các cơ quan, đơn vị, địa phương; "
                  "Phòng Tài chính - Kế hoạch thẩm định hồ sơ, trình tặng Giấy khen cho 12 cá nhân.")
    assert got.get("giay_khen") is None


# --- class 4: a title's label, its colon, then the one body it went to -----------------------------------

def test_a_collective_title_labelled_then_the_unit_after_its_colon_is_one(rules):
    got = _values(rules, "2. Khen thưởng tổng kết năm 2022",
                  "+ Danh hiệu “Tập thể lao động tiên tiến” năm 2022: tập thể Chi cục Thuế khu vực Phù Mỹ "
                  "(Quyết định số 56/QĐ-CT của Cục trưởng).",
                  "+ Danh hiệu “Lao động tiên tiến”: 27/29 công chức.")
    assert got.get("tap_the_lao_dong_tien_tien") == 1


def test_a_collective_title_labelled_then_several_bodies_is_not_one(rules):
    # contrast: the colon names the bodies in the plural, no count of one
    got = _values(rules, "2. Khen thưởng tổng kết năm 2022",
                  "+ Danh hiệu “Tập thể lao động tiên tiến” năm 2022: các tổ Kiểm tra thuế và Hành chính.")
    assert got.get("tap_the_lao_dong_tien_tien") != 1


# --- class 5: a Giấy khen for a deed dated to the half year is the period's ad-hoc award -------------------

_YEAR_END = ("Chủ tịch UBND phường tặng Giấy khen cho 05 tập thể và 12 cá nhân có thành tích xuất sắc trong thực "
             "hiện nhiệm vụ năm 2022.")


def test_a_giay_khen_for_a_campaign_of_this_year_is_the_ad_hoc_figure(rules):
    got = _values(rules, "3. Công tác khen thưởng", _YEAR_END,
                  "Tại buổi lễ, Chủ tịch UBND phường trao Giấy khen cho 02 tập thể, 04 cá nhân có thành tích trong "
                  "chiến dịch tiêm chủng và đợt ra quân tổng vệ sinh môi trường tháng 3/2023.")
    assert got.get("khen_chuyen_de_dot_xuat") == 6
    assert got.get("giay_khen") == 17


def test_a_giay_khen_for_last_years_deed_stays_the_annual_one(rules):
    # contrast: the deed dated to 2022 keeps the title last year's
    got = _values(rules, "3. Công tác khen thưởng", _YEAR_END,
                  "Chủ tịch UBND phường còn tặng Giấy khen cho 03 cá nhân có thành tích trong phong trào toàn dân "
                  "bảo vệ an ninh Tổ quốc năm 2022.")
    assert got.get("khen_chuyen_de_dot_xuat") is None
