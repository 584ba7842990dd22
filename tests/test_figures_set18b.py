"""Figures classes found by blind set 18 in prose (samples 131, 133, 134), each in other words, units
and numbers than the samples; DOCX files written with python-docx and read back by tdkt's reader.

Classes: a stated total that is the ratios' base ("Trong tổng số N cá nhân được tặng Giấy khen ...,
có X ... (chiếm Y%)") or the total of several titles named together is no count of a figure; the
awards under a heading that is one of a figure's period labels alone ("2. Khen thưởng trong 6 tháng
đầu năm 2023") are the parts of that figure's passage and add up.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set18b")


def _values(tmp_path, rules, *paragraphs):
    return extract_figures(table_docx(tmp_path, list(paragraphs)), rules).values


# --- the ratios' base, the total of several titles: no count of a figure --------------------------

def test_ratio_base_of_individuals_is_no_giay_khen_total(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "III. KẾT QUẢ KHEN THƯỞNG",
        "Giám đốc Sở Nông nghiệp tặng Giấy khen cho 03 tập thể và 05 cá nhân; Ban Giám đốc Trung tâm "
        "tặng Giấy khen cho 04 tập thể và 12 cá nhân có thành tích trong sản xuất vụ Đông Xuân.",
        "Trong tổng số 17 cá nhân được tặng Giấy khen, có 13 người là công nhân trực tiếp lao động "
        "(chiếm 76,5%), 04 người là cán bộ quản lý (chiếm 23,5%).",
    )
    assert got["giay_khen"] != 17  # the base of the ratios counts individuals only
    assert got["ty_le_lanh_dao_quan_ly"] == 23.5


def test_total_of_several_titles_together_is_none_of_theirs(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "2. Kết quả khen thưởng",
        "Đến hết tháng 6/2023, tổng số lượt đoàn viên được công nhận Chiến sĩ thi đua cơ sở, "
        "Lao động tiên tiến và được tặng Giấy khen là 41 lượt.",
    )
    assert "giay_khen" not in got  # 41 is of the three titles together
    assert got.get("lao_dong_tien_tien") != 41


def test_a_giay_khen_total_alone_still_counts(tmp_path, rules):
    # no ratio, one title: the stated total is the figure's
    got = _values(
        tmp_path, rules,
        "2. Kết quả khen thưởng",
        "Tổng số Giấy khen Chủ tịch UBND huyện tặng đơn vị là 09 (02 tập thể, 07 cá nhân).",
    )
    assert got["giay_khen"] == 9


# --- a heading that is a period label alone: its awards add up -----------------------------------

def test_awards_under_a_period_heading_add_up(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "III. CÔNG TÁC KHEN THƯỞNG",
        "1. Khen thưởng sáu tháng đầu năm 2023",
        "Nhân dịp sơ kết phong trào \"Dân vận khéo\", Ban Thường vụ Huyện ủy tặng Giấy khen cho "
        "hai tập thể và một cá nhân của Hội. Chủ tịch Hội khen thưởng đột xuất 02 đoàn viên "
        "(anh Lê Văn Hùng, chị Trần Thị Mai) đã kịp thời dập tắt đám cháy rừng.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 5  # 3 + 2, one passage
    assert "giay_khen" not in got  # the period's Giấy khen are of the ad-hoc figure


# --- leaders named by their posts in the ratio -----------------------------------------------------

def test_leaders_named_by_posts_give_the_leaders_ratio(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "2. Kết quả khen thưởng",
        "Trong 40 đoàn viên được tặng Giấy khen năm 2022, có 34 người là đoàn viên trực tiếp sản xuất "
        "(chiếm 85%), 06 người là bí thư, phó bí thư chi đoàn (chiếm 15%).",
    )
    assert got["ty_le_lanh_dao_quan_ly"] == 15.0


def test_the_awarding_chairman_is_no_leaders_ratio(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "2. Kết quả khen thưởng",
        "Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể, 05 cá nhân, đạt 100% chỉ tiêu đăng ký.",
    )
    assert "ty_le_lanh_dao_quan_ly" not in got


# --- a statement of the half year outranks last year's (a report drafted over last year's) --------

def test_half_year_statement_outranks_last_years(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "1. Sáng kiến",
        "Năm 2022, Hội đồng sáng kiến Trung tâm đã công nhận 03 sáng kiến của viên chức khoa Dược.",
        "Trong 6 tháng đầu năm 2023, chưa có sáng kiến được công nhận; 04 viên chức đã đăng ký đề tài.",
    )
    assert got["sang_kien"] == 0


def test_last_years_statement_alone_is_still_the_figure(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "1. Sáng kiến",
        "Năm 2022, Hội đồng sáng kiến huyện công nhận 03 sáng kiến cấp cơ sở của công chức Phòng.",
    )
    assert got["sang_kien"] == 3


# --- a cumulative group "Lũy kế từ đầu năm (TT | CN)" beside "Trong đó: quý II (TT | CN)" ---------

CUMULATIVE = [
    ["Loại khen thưởng", "Lũy kế từ đầu năm", "Lũy kế từ đầu năm", "Trong đó: quý II", "Trong đó: quý II", "Ghi chú"],
    ["Loại khen thưởng", "TT", "CN", "TT", "CN", "Ghi chú"],
    ["I. Danh hiệu, khen thưởng năm 2022"] * 6,
    ["Danh hiệu Lao động tiên tiến", "-", "21", "-", "02", "QĐ 88/QĐ-UBND"],
    ["Tập thể lao động tiên tiến", "02", "-", "-", "-", ""],
    ["Giấy khen Chủ tịch UBND huyện", "02", "05**", "-", "01", ""],
    ["II. Khen thưởng đột xuất 2023"] * 6,
    ["Giấy khen của Giám đốc Sở Y tế (phòng, chống sốt xuất huyết)", "01", "03", "01", "03", ""],
    ["Giấy khen Chủ tịch UBND huyện (cứu người đuối nước)", "-", "02", "-", "02", ""],
    ["Cộng II", "01", "05", "01", "05", ""],
]


def test_cumulative_group_with_unit_columns_and_section_rows(tmp_path, rules):
    document = table_docx(tmp_path, ["4. Kết quả khen thưởng (đến 30/6/2023)", (CUMULATIVE, 2)])
    got = extract_figures(document, rules).values
    assert got["lao_dong_tien_tien"] == 21  # the cumulative CN cell, not + the quarter's 02
    assert got["tap_the_lao_dong_tien_tien"] == 2
    assert got["giay_khen"] == 7  # 02 TT + 05 CN of the 2022 section
    assert got["khen_chuyen_de_dot_xuat"] == 6  # the section of ad-hoc awards: 4 + 2


# --- a paragraph opened as last year's work gives no figure ----------------------------------------

def test_ratios_of_a_paragraph_opened_as_last_years_work(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "2. Kết quả khen thưởng",
        "Suốt năm 2022, Ban Giám đốc đã khen thưởng 12 tập thể, 85 cá nhân. Trong số cá nhân được khen, "
        "người lao động trực tiếp chiếm 70,6%, cán bộ quản lý chiếm 29,4%.",
        "Về đối tượng được khen thưởng: chủ yếu là công nhân trực tiếp sản xuất.",
    )
    assert "ty_le_lao_dong_truc_tiep" not in got
    assert "ty_le_lanh_dao_quan_ly" not in got


def test_a_past_opener_with_this_period_named_still_counts(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "2. Kết quả khen thưởng",
        "Trong năm 2022 và 6 tháng đầu năm 2023, người lao động trực tiếp chiếm 64,0% số cá nhân được khen.",
    )
    assert got["ty_le_lao_dong_truc_tiep"] == 64.0


def test_a_titles_year_is_no_past_opener(tmp_path, rules):
    got = _values(
        tmp_path, rules,
        "2. Kết quả khen thưởng",
        "Năm 2022, 18 viên chức đạt danh hiệu Lao động tiên tiến; người lao động trực tiếp chiếm 77,8%.",
    )
    assert got["lao_dong_tien_tien"] == 18
    assert got["ty_le_lao_dong_truc_tiep"] == 77.8
