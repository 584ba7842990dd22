"""Figures classes found by blind set 20 (sample 141), each in other words, units and numbers
than the sample; DOCX files written with python-docx and read back by tdkt's reader.

Class: telegraphic bullet lines of a commune's report, figures packed with slashes and short
forms. "LĐTT: 25/27 CBCC" is 25 of the 27 staff; "GK: 04 TT/09 CN" lists collectives and
individuals separated by a slash (13); "ĐK" is đăng ký, so "27/27 CBCC ĐK LĐTT" registers and
awards nothing; "KT CĐ, ĐX 6 th đầu năm: 02 TT, 05 CN" is the ad-hoc awards of the half year
("6 th" is six months, no count); "Tỷ lệ ...: 25 lượt. NLĐ trực tiếp: 20 (80%); LĐ, QL: 5" gives
the leaders' share by its count over the base the ratio clause stated.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.numbers import find_numbers


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set20")


def _values(tmp_path, rules, *paragraphs, unit_type=None):
    return extract_figures(table_docx(tmp_path, list(paragraphs)), rules, unit_type).values


_TELEGRAPHIC = [
    "I. KẾT QUẢ",
    "- ĐK thi đua năm 2023: 27/27 CBCC ĐK LĐTT; 04 đ/c ĐK CSTĐCS; UBND thị trấn ĐK TTLĐTT.",
    "3. Khen thưởng",
    "- KT năm 2022 (QĐ số 11/QĐ-UBND ngày 12/01/2023 của CT UBND thị trấn):",
    "+ LĐTT: 25/27 CBCC; CSTĐCS: 03; GK: 04 TT/09 CN.",
    "- KT CĐ, ĐX 6 th đầu năm: 02 TT, 05 CN",
    "+ GK CT UBND thị trấn: 01 TT, 03 CN (phòng chống lụt bão).",
    "+ GK CT UBND huyện: 01 TT, 02 CN (giải phóng mặt bằng).",
    "- Tỷ lệ CN được tặng danh hiệu, GK năm 2022: 25 lượt. NLĐ trực tiếp: 20 (80%); LĐ, QL: 5.",
]


def test_slash_packed_counts_and_registrations(tmp_path, rules):
    got = _values(tmp_path, rules, *_TELEGRAPHIC, unit_type="commune")
    assert got.get("lao_dong_tien_tien") == 25  # not the 27 registered
    assert got.get("chien_si_thi_dua_co_so") == 3  # not the 04 registered
    assert got.get("giay_khen") == 13  # 04 TT/09 CN


def test_telegraphic_ad_hoc_awards_of_six_months(tmp_path, rules):
    got = _values(tmp_path, rules, *_TELEGRAPHIC, unit_type="commune")
    assert got.get("khen_chuyen_de_dot_xuat") == 7  # 02 TT, 05 CN; "6 th" is the period


def test_leaders_share_from_the_ratio_clause_base(tmp_path, rules):
    got = _values(tmp_path, rules, *_TELEGRAPHIC, unit_type="commune")
    assert got.get("ty_le_lao_dong_truc_tiep") == 80
    assert got.get("ty_le_lanh_dao_quan_ly") == 20.0  # 5 of 25


def test_a_registration_line_alone_gives_no_title_count(tmp_path, rules):
    got = _values(tmp_path, rules, "- ĐK danh hiệu: 31/31 CBCC ĐK LĐTT; 02 đ/c ĐK CSTĐCS.")
    assert "lao_dong_tien_tien" not in got
    assert "chien_si_thi_dua_co_so" not in got


def test_slash_after_a_counted_unit_is_a_list_not_a_code():
    kinds = [(n.kind, n.value) for n in find_numbers("GK: 06 TT/11 CN; theo Kế hoạch 06/KH-UBND, QĐ 12/QĐ")]
    assert ("count", 6) in kinds and ("count", 11) in kinds
    assert not any(k == "count" and v == 12 for k, v in kinds)  # "12/QĐ" stays a code


def test_six_months_abbreviated_is_no_count():
    nums = find_numbers("KT ĐX 6 th 2023: 04 CN")
    assert [(n.kind, n.value) for n in nums if n.kind == "count"] == [("count", 4)]


# --- the unit itself named with a "và" inside its name, beside counted individuals ---------------

def test_the_units_own_collective_with_and_in_its_name_counts_one(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "3. Khen thưởng chuyên đề, đột xuất",
        "Tập thể Phòng Tài chính và Kế hoạch và 04 công chức của Phòng được Giám đốc Sở Tài chính tặng "
        "Giấy khen vì thành tích trong công tác quyết toán ngân sách.",
    )
    assert got.get("khen_chuyen_de_dot_xuat") == 5  # the office + 4


def test_two_named_offices_are_no_single_collective(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "3. Khen thưởng chuyên đề, đột xuất",
        "Tập thể Phòng Tư pháp và Phòng Nội vụ và 04 cá nhân được Chủ tịch UBND huyện tặng Giấy khen "
        "vì thành tích trong công tác bầu cử.",
    )
    assert got.get("khen_chuyen_de_dot_xuat") == 4


# --- a count before the title, a colon after it: the statement's total ---------------------------

def test_count_before_title_then_colon_is_the_total_of_the_awards_after(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "IV. CÔNG TÁC KHEN THƯỞNG",
        "Sáu tháng đầu năm 2023, Chi cục có 05 lượt tập thể, cá nhân được khen thưởng đột xuất: Cục trưởng "
        "Cục Thuế tỉnh tặng Giấy khen cho 01 tập thể (Đội Kiểm tra) và 03 cá nhân có thành tích chống thất "
        "thu; Chủ tịch UBND huyện tặng Giấy khen cho 01 cá nhân có thành tích trong giải phóng mặt bằng.",
    )
    assert got.get("khen_chuyen_de_dot_xuat") == 5  # not 5 + 4 (+ 1)


def test_parts_without_a_stated_total_still_add(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "IV. CÔNG TÁC KHEN THƯỞNG",
        "Khen thưởng chuyên đề 02 tập thể, 03 cá nhân và khen thưởng đột xuất 01 cá nhân.",
    )
    assert got.get("khen_chuyen_de_dot_xuat") == 6


# --- a table of award kinds under a heading of thematic / ad-hoc awards ---------------------------

def test_award_kind_rows_under_an_ad_hoc_heading_count_for_it(tmp_path, rules):
    doc = table_docx(tmp_path, [
        "III. CÔNG TÁC KHEN THƯỞNG",
        "2. Khen thưởng chuyên đề, đột xuất sáu tháng đầu năm 2023",
        ([["Hình thức", "Tập thể", "Cá nhân", "Lý do"],
          ["Giấy khen Giám đốc Sở Y tế", "02", "03", "Phòng chống dịch sốt xuất huyết"],
          ["Khen thưởng đột xuất", "0", "0", "Không có"]], 1),
    ])
    got = extract_figures(doc, rules).values
    assert got.get("khen_chuyen_de_dot_xuat") == 5  # not the "0" row alone
    assert "giay_khen" not in got  # a Giấy khen of the half year is no 2022 title


# --- awards proposed for other bodies -------------------------------------------------------------

def test_awards_proposed_for_communes_and_a_board_are_not_the_units(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "III. CÔNG TÁC KHEN THƯỞNG",
        "Phòng đã đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 03 tập thể (UBND các xã Tây Phú, Bình "
        "Tường và Ban Quản lý chợ huyện) và 05 cá nhân có thành tích trong phong trào làm đường giao thông.",
    )
    assert "giay_khen" not in got


def test_a_proposal_for_the_units_own_people_still_counts(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "III. CÔNG TÁC KHEN THƯỞNG",
        "Phòng đã đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể (Tổ Quy hoạch của Phòng) và "
        "03 công chức có thành tích xuất sắc năm 2022.",
    )
    assert got.get("giay_khen") == 4
