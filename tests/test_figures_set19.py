"""Figures classes found by blind set 19 (samples 135, 138), each in other words, units and numbers
than the samples; DOCX files written with python-docx and read back by tdkt's reader.

Classes: in a cluster's report, a label naming the cluster or its members together ("Kết quả của
các đơn vị trong Cụm: ...") is the whole's line, not one member's; entries registered for a
movement ("... đăng ký tham gia") are no recognised initiatives; a percent standing before a
leaders' word in a clause with no award ("100% lãnh đạo ... có chữ ký số") is a share of people
doing something, not K5's ratio; a replacement report's additions ("bổ sung 02 tập thể, 01 cá
nhân ...; tổng số là 14") are no awards of their own: the stated new total is the figure.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set19")


def _values(tmp_path, rules, *paragraphs, unit_type=None):
    return extract_figures(table_docx(tmp_path, list(paragraphs)), rules, unit_type).values


# --- a cluster's label naming the whole ----------------------------------------------------------

def test_cluster_label_naming_its_members_together_is_the_whole(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "IV. KHEN THƯỞNG",
        "Chi cục Thuế khu vực Tây Sơn - Vân Canh: 12 cá nhân đạt danh hiệu Lao động tiên tiến.",
        "Tổng hợp bình xét của các đơn vị trong Cụm: 04 tập thể đạt danh hiệu Tập thể lao động tiên "
        "tiến; 29 cá nhân đạt danh hiệu Lao động tiên tiến; 03 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.",
        unit_type="cluster",
    )
    assert got.get("lao_dong_tien_tien") == 29
    assert got.get("tap_the_lao_dong_tien_tien") == 4
    assert got.get("chien_si_thi_dua_co_so") == 3


def test_one_members_label_is_still_the_members(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "IV. KHEN THƯỞNG",
        "Bưu điện huyện Tây Sơn: 08 cá nhân đạt danh hiệu Lao động tiên tiến.",
        unit_type="cluster",
    )
    assert "lao_dong_tien_tien" not in got


# --- entries registered for a movement -----------------------------------------------------------

def test_initiatives_entered_for_a_movement_are_no_recognised_ones(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "Công đoàn ngành Giáo dục phát động hội thi; 58 sáng kiến, cải tiến kỹ thuật của đoàn viên đăng "
        "ký tham gia, đã chọn 06 giải pháp gửi Liên đoàn Lao động tỉnh.",
        "Hội đồng xét duyệt đã công nhận 03 sáng kiến cấp cơ sở (Quyết định số 41/QĐ-UBND ngày 20/02/2023).",
    )
    assert got.get("sang_kien") == 3


def test_entries_alone_give_no_initiative_count(tmp_path, rules):
    got = _values(tmp_path, rules,
                  "Trong đợt phát động, 44 sáng kiến, cải tiến kỹ thuật của công nhân đăng ký tham gia cuộc thi.")
    assert got.get("sang_kien") != 44


# --- a share of people doing something is no K5 ratio --------------------------------------------

def test_share_of_leaders_doing_something_is_no_leaders_ratio(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "3. Chuyển đổi số",
        "Tỷ lệ hồ sơ giải quyết trực tuyến đạt 87,2%; 100% lãnh đạo các phòng, ban có chữ ký số.",
        "IV. KHEN THƯỞNG",
        "Tổng số cá nhân được khen thưởng là 40 lượt, trong đó lãnh đạo, quản lý 12 lượt, chiếm 30%.",
    )
    assert got.get("ty_le_lanh_dao_quan_ly") == 30


def test_percent_before_leaders_with_an_award_still_counts(tmp_path, rules):
    got = _values(tmp_path, rules,
                  "Trong số cá nhân được tặng Giấy khen năm 2022, 18% lãnh đạo, quản lý và 82% là nhân viên.")
    assert got.get("ty_le_lanh_dao_quan_ly") == 18


# --- a replacement report's additions ------------------------------------------------------------

def test_replacement_additions_are_no_awards_the_new_total_is(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "Báo cáo này thay thế Báo cáo số 31/BC-UBND, các số liệu điều chỉnh gồm:",
        "- Khen thưởng đột xuất 6 tháng đầu năm: bổ sung 02 tập thể, 01 cá nhân được Giám đốc Công an "
        "tỉnh khen thưởng; tổng số là 14 (Báo cáo số 31/BC-UBND ghi 11).",
    )
    assert got.get("khen_chuyen_de_dot_xuat") == 14


def test_a_period_label_with_its_own_awards_still_adds_up(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "Khen thưởng chuyên đề 6 tháng đầu năm: Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể, "
        "05 cá nhân có thành tích trong phòng, chống thiên tai.",
    )
    assert got.get("khen_chuyen_de_dot_xuat") == 7


# --- a sentence summing up the passage before it -------------------------------------------------

def test_summing_up_sentence_is_the_passages_total_not_a_part(tmp_path, rules):
    result = extract_figures(table_docx(tmp_path, [
        "3. Khen thưởng đột xuất",
        "Giám đốc Công an tỉnh khen thưởng đột xuất 02 tập thể và 03 cá nhân có thành tích phá án; "
        "Chủ tịch UBND thị trấn tặng Giấy khen cho 01 tập thể, 04 cá nhân có thành tích cứu hộ trong "
        "mùa mưa lũ. Như vậy, trong 6 tháng có 10 lượt tập thể, cá nhân được khen đột xuất "
        "(03 tập thể, 07 cá nhân).",
    ]), rules)
    assert result.values.get("khen_chuyen_de_dot_xuat") == 10
    assert not [w for w in result.warnings if "cộng các phần" in w]


# --- a passage's last statement summing up the ones before it ------------------------------------

def test_closing_count_with_its_breakdown_sums_up_the_passage(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "2. Khen thưởng đột xuất",
        "Giám đốc Sở Y tế khen thưởng đột xuất 01 tập thể và 02 cá nhân có thành tích cấp cứu người "
        "bệnh; Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể, 03 cá nhân có thành tích phòng, "
        "chống dịch sốt xuất huyết. Trong 6 tháng có 08 lượt tập thể, cá nhân được khen đột xuất "
        "(03 tập thể, 05 cá nhân).",
    )
    assert got.get("khen_chuyen_de_dot_xuat") == 8


def test_three_award_statements_still_add_up(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "2. Khen thưởng đột xuất",
        "Giám đốc Sở Y tế khen thưởng đột xuất 01 tập thể và 02 cá nhân có thành tích cấp cứu người "
        "bệnh; Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể, 03 cá nhân có thành tích phòng, "
        "chống dịch; Giám đốc Trung tâm tặng Giấy khen cho 04 cá nhân có thành tích tiêm chủng.",
    )
    assert got.get("khen_chuyen_de_dot_xuat") == 12
