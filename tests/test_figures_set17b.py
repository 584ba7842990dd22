"""Figures classes found by blind set 17 (127, 128, 124's period-column table), written in other
words, units and numbers than the samples; tables written with python-docx and read back.

1. Titles as rows under period columns of which one is the report's own half year: the other
   periods ("Cùng kỳ năm 2022", "6 tháng cuối năm 2022") are comparisons; quarters ("Quý I | Quý II")
   are parts of a cumulative column ("Lũy kế 6 tháng") or, with none, add up; a row of proposals
   sent up gives nothing.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set17b")


COMPARED = [
    ["STT", "Chỉ tiêu", "Cùng kỳ năm 2022", "6 tháng cuối năm 2022", "6 tháng đầu năm 2023", "Ghi chú"],
    ["1", "Sáng kiến được công nhận", "04", "02", "05", ""],
    ["2", "Lao động tiên tiến", "33", "-", "36", "Năm 2022"],
    ["3", "Chiến sĩ thi đua cơ sở", "03", "-", "05", "Năm 2022"],
    ["4", "Tập thể lao động tiên tiến", "04", "-", "06", ""],
    ["5", "Giấy khen Chủ tịch UBND thị trấn", "12", "-", "19", "Tập thể và cá nhân"],
    ["6", "Khen thưởng đột xuất", "02", "07", "04", ""],
    ["7", "Hòa giải thành", "11", "14", "09", ""],
]


def test_compared_period_columns_give_nothing(rules, tmp_path):
    d = table_docx(tmp_path, ["Bảng so sánh kết quả thi đua, khen thưởng", (COMPARED, 1)])
    v = extract_figures(d, rules).values
    assert v["sang_kien"] == 5
    assert v["lao_dong_tien_tien"] == 36
    assert v["chien_si_thi_dua_co_so"] == 5
    assert v["tap_the_lao_dong_tien_tien"] == 6
    assert v["giay_khen"] == 19
    assert v["khen_chuyen_de_dot_xuat"] == 4


QUARTERS = [
    ["Loại khen thưởng", "Quý I/2023", "Quý II/2023", "Lũy kế"],
    ["Giấy khen Chủ tịch UBND phường (năm 2022)", "06 tập thể; 22 cá nhân", "-", "06 tập thể; 22 cá nhân"],
    ["Khen thưởng chuyên đề", "02 tập thể; 05 cá nhân", "04 cá nhân", "02 tập thể; 09 cá nhân"],
    ["Khen thưởng đột xuất", "-", "01 tập thể; 01 cá nhân", "01 tập thể; 01 cá nhân"],
    ["Đề nghị UBND quận tặng Giấy khen", "01 tập thể", "03 cá nhân", "01 tập thể; 03 cá nhân"],
]


def test_cumulative_column_of_quarters(rules, tmp_path):
    d = table_docx(tmp_path, ["Kết quả khen thưởng theo quý", (QUARTERS, 1)])
    r = extract_figures(d, rules)
    assert r.values["giay_khen"] == 28                 # the cumulative column, not the proposals row
    assert r.values["khen_chuyen_de_dot_xuat"] == 13   # 11 thematic + 2 ad hoc, parts kept
    assert [v for v, _ in r.parts["khen_chuyen_de_dot_xuat"]] == [11, 2]


def test_quarters_add_without_a_cumulative_column(rules, tmp_path):
    rows = [row[:3] for row in QUARTERS]
    d = table_docx(tmp_path, ["Kết quả khen thưởng theo quý", (rows, 1)])
    v = extract_figures(d, rules).values
    assert v["giay_khen"] == 28
    assert v["khen_chuyen_de_dot_xuat"] == 13         # 7 + 4 thematic, 2 ad hoc


# 2. One title's columns per grantor under a group heading (a two-row header) add up; a total
#    column beside them mixes in another title and gives nothing.
GRANTORS = [
    ["Đối tượng", "Bằng khen", "Bằng khen", "Giấy khen", "Giấy khen", "Giấy khen", "Tổng cộng"],
    ["", "Trung ương Hội", "UBND tỉnh", "Tỉnh Hội", "Chủ tịch UBND huyện", "BTV Hội huyện", ""],
    ["Tập thể", "-", "02", "03", "01", "07", "13"],
    ["Cá nhân", "01", "02", "04", "02", "16", "25"],
    ["Cộng", "01", "04", "07", "03", "23", "38"],
]


def test_grantor_columns_of_one_title_add_up(rules, tmp_path):
    d = table_docx(tmp_path, ["Kết quả khen thưởng năm 2022 của Hội", (GRANTORS, 2)])
    assert extract_figures(d, rules).values["giay_khen"] == 33   # 7 + 3 + 23, not 7, not 38


def test_period_sub_columns_under_one_title_do_not_add(rules, tmp_path):
    rows = [["Đối tượng", "Giấy khen", "Giấy khen"], ["", "Năm 2021", "Năm 2022"],
            ["Tập thể", "04", "05"], ["Cá nhân", "10", "12"], ["Cộng", "14", "17"]]
    d = table_docx(tmp_path, ["So sánh Giấy khen hai năm", (rows, 2)])
    assert extract_figures(d, rules).values.get("giay_khen") != 31


# 3. Thematic and ad-hoc awards told item by item under their heading, one item opened by its own
#    label ("Khen đột xuất: ..."), a union's units ("01 CĐCS", "01 nữ đoàn viên"); a later
#    sentence breaking down the ratios' base ("trong tổng số 52 cá nhân được khen (45 ... và 07
#    cá nhân khen chuyên đề)") states a part of that base, no total of the thematic awards.
def test_items_under_heading_add_and_a_base_breakdown_is_no_total(rules, tmp_path):
    import docx

    from tdkt.extractors import extract

    d = docx.Document()
    d.add_heading("III. CÔNG TÁC KHEN THƯỞNG", level=1)
    d.add_heading("3. Khen thưởng chuyên đề, đột xuất", level=2)
    d.add_paragraph("- Tổng kết Hội thao công nhân viên chức, BTV Công đoàn ngành tặng Giấy khen cho 02 tập thể, "
                    "04 cá nhân.")
    d.add_paragraph("- Công đoàn tỉnh tặng Bằng khen chuyên đề về an toàn vệ sinh lao động cho 01 CĐCS (Công ty "
                    "may Hòa Bình) và 02 nữ công nhân.")
    d.add_paragraph("- Khen đột xuất: BTV Công đoàn ngành tặng Giấy khen cho 01 đoàn viên (anh Lê Văn Sơn) đã "
                    "giúp dân chữa cháy.")
    d.add_heading("4. Tỷ lệ khen thưởng", level=2)
    d.add_paragraph("Trong tổng số 52 cá nhân được khen thưởng (45 cá nhân khen tổng kết năm 2022 và 07 cá nhân "
                    "khen chuyên đề, đột xuất), có 30 cá nhân là người lao động trực tiếp, chiếm 57,7%.")
    d.save(tmp_path / "cd.docx")
    r = extract_figures(extract(tmp_path / "cd.docx"), rules)
    assert r.values["khen_chuyen_de_dot_xuat"] == 10     # 6 + 3 + 1, not the base's 07
    assert [v for v, _ in r.parts["khen_chuyen_de_dot_xuat"]] == [6, 3, 1]


# 4. An award made on someone's proposal ("được công nhận ... (theo đề nghị của xã)") is an award.
def test_award_made_on_a_proposal_is_no_proposal(rules):
    from figure_helpers import doc

    r = extract_figures(doc("Năm 2022 có 03 đồng chí được Chủ tịch UBND huyện công nhận danh hiệu "
                            "“Chiến sĩ thi đua cơ sở” (theo đề nghị của phường)."), rules)
    assert r.values["chien_si_thi_dua_co_so"] == 3
    assert "đề nghị" not in r.notes.get("K2", "")
    r = extract_figures(doc("Phường đề nghị Chủ tịch UBND quận công nhận danh hiệu “Chiến sĩ thi đua cơ sở” "
                            "cho 03 đồng chí."), rules)
    assert "đề nghị" in r.notes.get("K2", "")


# 5. Counts of other periods beside this one's ("cùng kỳ", "6 tháng cuối năm 2022", a rise "tăng
#    02") are never this period's; with no table to settle it, the prose alone gives the period's.
def test_counts_of_compared_periods_are_not_the_periods(rules, tmp_path):
    d = table_docx(tmp_path, [
        "Năm 2023, Chủ tịch UBND phường công nhận 04 sáng kiến cấp cơ sở. Cùng kỳ năm 2022 công nhận "
        "06 sáng kiến, 6 tháng cuối năm 2022 công nhận 09 sáng kiến.",
        "So với năm trước: danh hiệu \"Chiến sĩ thi đua cơ sở\" tăng 02 người (năm 2021: 03 người).",
        "Về khen thưởng đột xuất, cùng kỳ năm 2022 khen 05 tập thể, 12 cá nhân; 6 tháng đầu năm 2023 Chủ "
        "tịch UBND phường khen thưởng đột xuất 01 tập thể, 02 cá nhân (6 tháng cuối năm 2022: 02 tập thể).",
        "Chủ tịch UBND quận tặng danh hiệu \"Chiến sĩ thi đua cơ sở\" cho 05 cá nhân.",
    ])
    v = extract_figures(d, rules).values
    assert v["sang_kien"] == 4
    assert v["chien_si_thi_dua_co_so"] == 5
    assert v["khen_chuyen_de_dot_xuat"] == 3


# 6. A title inside a programme's quoted name ("Chương trình “Một triệu sáng kiến ...”") counts
#    nothing, nor do initiatives only registered ("... được đăng ký"); those recognised do.
def test_quoted_programme_and_registered_initiatives(rules, tmp_path):
    d = table_docx(tmp_path, [
        "Công đoàn ngành hướng dẫn các CĐCS hưởng ứng Chương trình “2 triệu sáng kiến vì người lao động”.",
        "Trong 6 tháng có 58 sáng kiến, giải pháp của đoàn viên, người lao động được đăng ký; đến nay 33 "
        "sáng kiến đã được Hội đồng sáng kiến các cơ quan, đơn vị công nhận.",
    ])
    assert extract_figures(d, rules).values["sang_kien"] == 33


def test_same_half_of_the_year_before_is_a_comparison(rules, tmp_path):
    rows = [["Nội dung", "6 tháng đầu năm 2022", "6 tháng đầu năm 2023"],
            ["Lao động tiên tiến (khen năm trước)", "27", "31"],
            ["Giấy khen", "09", "12"],
            ["Khen thưởng chuyên đề", "03", "06"]]
    d = table_docx(tmp_path, ["So sánh cùng kỳ", (rows, 1)])
    v = extract_figures(d, rules).values
    assert (v["lao_dong_tien_tien"], v["giay_khen"], v["khen_chuyen_de_dot_xuat"]) == (31, 12, 6)


def test_a_count_risen_to_or_about_is_the_periods_own(rules, tmp_path):
    d = table_docx(tmp_path, [
        "Số sáng kiến được công nhận tăng lên 07 sáng kiến (cùng kỳ năm 2022: 04 sáng kiến).",
        "Chủ tịch UBND xã tặng Giấy khen cho hơn 30 cá nhân có thành tích năm 2022.",
    ])
    v = extract_figures(d, rules).values
    assert (v["sang_kien"], v["giay_khen"]) == (7, 30)


def test_grantor_columns_add_without_a_total_row(rules, tmp_path):
    rows = [row for row in GRANTORS if row[0] != "Cộng"]
    d = table_docx(tmp_path, ["Kết quả khen thưởng năm 2022 của Hội", (rows, 2)])
    assert extract_figures(d, rules).values["giay_khen"] == 33   # (3 + 1 + 7) + (4 + 2 + 16)
