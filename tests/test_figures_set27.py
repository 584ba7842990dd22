"""Figures classes found by blind set 27 (samples 183-188), each in other words, units and numbers
than the samples.

Class 1 (187): the year's registration and the half year's results in two tables with the same
rows and the same bare "Số lượng" column; only the caption or the "...:" lead-in tells the plan
("Chỉ tiêu đăng ký", "Kế hoạch") from the results ("Kết quả", "Thực hiện"). The plan's table
states no figure (figures/plan_columns.plan_lead). A ratio row whose unit column ("ĐVT") says
"%" states its ratio as a bare number.

Class 2 (188): a statistics form "Mã số | Đơn vị tính | Kế hoạch | Thực hiện | So sánh (%)": a
row counting the ratio's group ("Trong đó: cán bộ lãnh đạo | người | 9") is a count, never the
ratio; the ratio row ("Tỷ lệ ... | % | ≤ 25 | 18,4 | ...") gives its achieved cell.
"""

import pytest
from figure_helpers import doc, figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.figures.plan_columns import plan_lead


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set27")


def _rows(values, ratios, note=False):
    """Rows of an award table "STT | Hình thức | ĐVT | Số lượng (| Ghi chú)"."""
    names = [("Giấy khen của Giám đốc Trung tâm", "lượt"), ("Danh hiệu Lao động tiên tiến", "người"),
             ("Danh hiệu Chiến sĩ thi đua cơ sở", "người"), ("Sáng kiến được Hội đồng công nhận", "sáng kiến")]
    head = ["STT", "Hình thức", "ĐVT", "Số lượng"] + (["Ghi chú"] if note else [])
    rows = [head]
    for i, ((name, unit), v) in enumerate(zip(names, values), start=1):
        rows.append([str(i), name, unit, v] + (["năm 2022"] if note else []))
    rows.append(["5", "Tỷ lệ cá nhân là cán bộ lãnh đạo, quản lý được khen", "%", ratios[0]] + ([""] if note else []))
    rows.append(["6", "Tỷ lệ cá nhân là công nhân, người lao động trực tiếp được khen", "%", ratios[1]]
                + ([""] if note else []))
    return rows


@pytest.mark.parametrize("plan_caption", [
    "Biểu 01. Chỉ tiêu thi đua Trung tâm đăng ký với Sở năm 2023",
    "Kế hoạch khen thưởng năm 2023 của Trung tâm",
])
def test_a_plan_table_beside_the_results_table_states_no_figure(tmp_path, rules, plan_caption):
    read = table_docx(tmp_path, [
        "2. Phát động và ký kết giao ước thi đua",
        "Trung tâm đã tổ chức Hội nghị phát động thi đua năm 2023; các khoa, phòng đều đăng ký như sau:",
        plan_caption,
        (_rows(["09", "52", "06", "04"], ["không quá 15", "trên 70"]), 1),
        "3. Công tác khen thưởng",
        "Kết quả khen thưởng từ đầu năm đến nay như sau:",
        "Biểu 02. Kết quả thực hiện khen thưởng 6 tháng đầu năm 2023",
        (_rows(["05", "47", "03", "0"], ["12,8", "74,5"], note=True), 1),
    ])
    got = extract_figures(read, rules).values
    assert got.get("giay_khen") == 5
    assert got.get("lao_dong_tien_tien") == 47
    assert got.get("chien_si_thi_dua_co_so") == 3
    assert got.get("sang_kien") == 0
    assert got.get("ty_le_lanh_dao_quan_ly") == 12.8  # "%" in the ĐVT column, the value bare
    assert got.get("ty_le_lao_dong_truc_tiep") == 74.5


def test_plan_lead_reads_the_caption_not_the_heading():
    assert plan_lead("2. phát động thi đua | bảng a. chỉ tiêu đăng ký thi đua năm 2023")
    assert plan_lead("x | nhà trường xây dựng kế hoạch khen thưởng như sau:")
    # a results lead-in, even beside a plan's word, is no plan
    assert not plan_lead("x | kết quả thực hiện chỉ tiêu đăng ký thi đua như sau:")
    # the heading alone ("... và đăng ký thi đua") names the section, not the table
    assert not plan_lead("1. phát động và đăng ký thi đua | ")
    assert not plan_lead("1. phát động và đăng ký thi đua")


def test_a_registration_table_is_kept_when_it_has_a_results_column(rules):
    table = [["TT", "Danh hiệu", "Đăng ký", "Đạt được"],
             ["1", "Lao động tiên tiến", "30", "26"],
             ["2", "Chiến sĩ thi đua cơ sở", "4", "2"]]
    got = extract_figures(doc("3. Khen thưởng", "Chỉ tiêu đăng ký thi đua năm 2022 và kết quả bình xét:", table),
                          rules).values
    assert got.get("lao_dong_tien_tien") == 26
    assert got.get("chien_si_thi_dua_co_so") == 2
    plain = [["TT", "Danh hiệu", "Số lượng"], ["1", "Lao động tiên tiến", "30"]]
    got = extract_figures(doc("3. Khen thưởng", "Chỉ tiêu đăng ký danh hiệu thi đua năm 2023:", plain), rules).values
    assert got.get("lao_dong_tien_tien") is None  # the plan alone: no figure


_FORM = [
    ["Chỉ tiêu", "Mã số", "Đơn vị tính", "Kế hoạch", "Thực hiện 6 tháng", "So sánh (%)"],
    ["Lao động tiên tiến năm 2022", "21", "người", "40", "38", "95,0"],
    ["Tổng số cá nhân được khen", "22", "người", "", "49", ""],
    ["Trong đó: cán bộ lãnh đạo, quản lý", "23", "người", "", "9", ""],
    ["Tỷ lệ cán bộ lãnh đạo, quản lý được khen", "24", "%", "≤ 25", "18,4", ""],
    ["Công nhân, người lao động trực tiếp", "25", "người", "", "31", ""],
    ["Tỷ lệ người lao động trực tiếp được khen", "26", "%", "≥ 60", "63,3", ""],
]


def test_a_forms_count_row_of_a_ratios_group_is_no_ratio(rules):
    got = extract_figures(doc("II. Kết quả khen thưởng", "Biểu thống kê kết quả thi đua, khen thưởng:", _FORM),
                          rules).values
    assert got.get("lao_dong_tien_tien") == 38
    assert got.get("ty_le_lanh_dao_quan_ly") == 18.4
    assert got.get("ty_le_lao_dong_truc_tiep") == 63.3


# Class 3 (185): a scoring table's points are no counts ("sáng kiến 15 điểm" in a criterion).
def test_a_scoring_tables_points_are_no_counts(rules):
    criteria = [["Tiêu chí", "Điểm tối đa"],
                ["1. Công tác chỉ đạo, điều hành", "150"],
                ["2. Phong trào thi đua, nhân rộng điển hình (trong đó: sáng kiến 15 điểm, tuyên truyền 10 điểm)", "80"],
                ["Tổng", "1.000"]]
    scores = [["Trường", "Điểm tự chấm", "Điểm Khối chấm", "Xếp hạng"],
              ["Trường THCS Tây Giang", "934", "921", "1"],
              ["Trường THCS Bình Tường", "902", "897", "2"]]
    got = extract_figures(doc("III. Chấm điểm thi đua", "Bảng tiêu chí chấm điểm:", criteria,
                              "Kết quả chấm điểm các trường:", scores,
                              "Về sáng kiến: trong 6 tháng đầu năm, các trường chưa có sáng kiến được công nhận."),
                          rules).values
    assert got.get("sang_kien") == 0
    assert got.get("giay_khen") is None


def test_a_place_or_date_column_is_still_read(rules):
    table = [["TT", "Danh hiệu", "Số lượng (thời điểm 20/6)"], ["1", "Lao động tiên tiến", "23"]]
    assert extract_figures(doc("3. Khen thưởng", "Kết quả khen thưởng:", table), rules).values.get(
        "lao_dong_tien_tien") == 23


# Class 4 (186): a bloc gives its parts' counts, then sums them in one sentence under a label.
def test_a_total_label_covers_every_count_it_lists(rules):
    text = ("Kết quả bình xét năm 2022: các trường tiểu học có 4 tập thể đạt \"Tập thể lao động tiên tiến\", "
            "61 cá nhân đạt \"Lao động tiên tiến\", 07 cá nhân đạt \"Chiến sĩ thi đua cơ sở\"; các trường THCS có "
            "3 tập thể đạt \"Tập thể lao động tiên tiến\", 52 cá nhân đạt \"Lao động tiên tiến\", 05 cá nhân đạt "
            "\"Chiến sĩ thi đua cơ sở\". Tổng cộng: 7 Tập thể lao động tiên tiến, 113 Lao động tiên tiến, "
            "12 Chiến sĩ thi đua cơ sở.")
    got = extract_figures(doc("2. Công tác khen thưởng", text), rules).values
    assert got.get("tap_the_lao_dong_tien_tien") == 7
    assert got.get("lao_dong_tien_tien") == 113
    assert got.get("chien_si_thi_dua_co_so") == 12


def test_a_label_that_is_no_total_raises_nothing(rules):
    text = ("Kết quả bình xét năm 2022: Trường THCS Tây Giang có 38 cá nhân đạt \"Lao động tiên tiến\". "
            "Trường THCS Bình Tường: 2 Tập thể lao động tiên tiến, 27 Lao động tiên tiến.")
    got = extract_figures(doc("2. Công tác khen thưởng", text), rules).values
    assert got.get("lao_dong_tien_tien") == 38  # a member's label: the first statement stays
