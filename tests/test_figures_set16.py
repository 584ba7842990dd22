"""Figures classes found by blind set 16 (samples 117-122), each in other words, units and numbers
than the samples.

Classes: a collective count and its individual partner ("03 đội và 09 cán bộ") standing between
two mentions of titles are one pair, never split between them; a count after a parenthesis
listing several titles ("Tổng số ... (CSTĐCS, Giấy khen ... và khen đột xuất) là 65 lượt") counts
all of them, none alone.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx, values

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set16")


# --- a collective-and-individual pair is never split between two titles -----------------------

def test_pair_after_a_heading_title_goes_with_the_title_after_it(rules):
    v = values(rules,
               "4. Khen thưởng",
               "Về khen thưởng chuyên đề, đột xuất: 6 tháng đầu năm, toàn Cụm có 05 trường và 21 giáo viên được "
               "Giám đốc Sở khen thưởng chuyên đề, đột xuất, chủ yếu về kỳ thi học sinh giỏi.")
    assert v["khen_chuyen_de_dot_xuat"] == 26


def test_pair_after_a_title_heading_stays_together(rules):
    v = values(rules,
               "3. Khen thưởng",
               "Về khen thưởng đột xuất: quý I và quý II, toàn ngành có 03 đội và 12 cán bộ được cấp trên khen "
               "thưởng đột xuất, chủ yếu về cứu hộ cứu nạn.")
    assert v["khen_chuyen_de_dot_xuat"] == 15


def test_pair_read_from_a_docx_paragraph(rules, tmp_path):
    d = table_docx(tmp_path, ["II. KẾT QUẢ KHEN THƯỞNG",
                              "Về khen thưởng chuyên đề, đột xuất: 6 tháng đầu năm, toàn Khối có 06 phòng, khoa và "
                              "11 viên chức được cấp trên khen thưởng đột xuất vì phòng chống bão lũ."])
    assert extract_figures(d, rules).values["khen_chuyen_de_dot_xuat"] == 17


# --- a count after a parenthesis listing several titles counts none of them -------------------

def test_total_after_parenthesised_list_of_titles_is_no_title_count(rules):
    v = values(rules,
               "5. Tỷ lệ khen thưởng",
               "Tổng số người được khen (Lao động tiên tiến, Giấy khen năm 2022 và khen đột xuất quý I/2023) "
               "là 84 lượt, trong đó công nhân trực tiếp sản xuất 60/84.")
    assert "khen_chuyen_de_dot_xuat" not in v
    assert "giay_khen" not in v
    assert "lao_dong_tien_tien" not in v


def test_one_title_in_parentheses_still_takes_its_count(rules):
    v = values(rules,
               "2. Khen thưởng",
               "Số cá nhân được khen (Giấy khen năm 2022) là 12 người.")
    assert v["giay_khen"] == 12


# --- a cluster's report told member by member: members' figures are not the cluster's ----------

CLUSTER_REPORT = [
    "II. KẾT QUẢ THỰC HIỆN",
    "Ngân hàng Chính sách xã hội Phù Cát: Doanh số cho vay 6 tháng đạt 112 tỷ đồng; năm 2022 có 02 tổ "
    "đạt danh hiệu Tập thể lao động tiên tiến, 05 viên chức được Giám đốc chi nhánh tỉnh tặng Giấy khen.",
    "Hạt Kiểm lâm Phù Cát: Tuần tra 86 lượt; có 01 sáng kiến được Chi cục Kiểm lâm công nhận.",
    "III. CÔNG TÁC KHEN THƯỞNG",
    "Năm 2022, toàn Cụm có 214 cá nhân đạt danh hiệu Lao động tiên tiến; riêng Chi cục Thống kê có 03 tổ "
    "đạt danh hiệu Tập thể lao động tiên tiến và 06 cá nhân được tặng Giấy khen.",
]


def test_cluster_members_paragraphs_give_no_cluster_figure(rules):
    from figure_helpers import doc
    result = extract_figures(doc(*CLUSTER_REPORT), rules, "cluster")
    assert result.values == {"lao_dong_tien_tien": 214}


def test_a_units_own_labelled_paragraphs_still_count(rules):
    from figure_helpers import doc
    v = extract_figures(doc(*CLUSTER_REPORT), rules, "department").values
    assert v["lao_dong_tien_tien"] == 214
    assert "giay_khen" in v and "sang_kien" in v


def test_cluster_member_paragraphs_read_from_docx(rules, tmp_path):
    d = table_docx(tmp_path, CLUSTER_REPORT)
    assert extract_figures(d, rules, "cluster").values == {"lao_dong_tien_tien": 214}


def test_title_as_paragraph_label_is_not_a_member(rules):
    from figure_helpers import doc
    v = extract_figures(doc("3. Khen thưởng", "Tập thể Lao động tiên tiến: 04 tổ chuyên môn."), rules, "cluster").values
    assert v["tap_the_lao_dong_tien_tien"] == 4


# --- a judgement of degree after a title is no stated zero ---------------------------------------

def test_initiatives_not_evenly_spread_is_no_zero(rules):
    v = values(rules, "IV. HẠN CHẾ", "Sáng kiến cấp cơ sở chưa đều giữa các tổ, chủ yếu ở tổ Văn phòng.")
    assert "sang_kien" not in v


def test_initiatives_none_is_still_zero(rules):
    assert values(rules, "2. Khen thưởng", "Sáng kiến cấp cơ sở: chưa có.")["sang_kien"] == 0


# --- a collective count whose unit carries a few qualifying words, then its individual partner ---

def test_qualified_collectives_and_individuals_add_up(rules):
    v = values(rules, "1. Khen thưởng năm 2022",
               "Ban Chấp hành Hội Nông dân huyện tặng Giấy khen cho 06 tập thể hội cơ sở và 19 hội viên nông dân "
               "có thành tích trong phong trào sản xuất, kinh doanh giỏi.")
    assert v["giay_khen"] == 25



# --- rows of award kinds under an ad-hoc heading, with a total row: the total is the figure -------

KINDS_ROWS = [["Hình thức khen thưởng", "Tập thể", "Cá nhân"],
              ["Bằng khen của Tỉnh đoàn - tổng kết chiến dịch Thanh niên tình nguyện hè", "02", "03"],
              ["Giấy khen của Ban Thường vụ Huyện đoàn - chương trình chuyển đổi số", "03", "07"],
              ["Giấy khen đột xuất của Ban Thường vụ Huyện đoàn (anh Lê Văn Bảo cứu người đuối nước)", "0", "01"],
              ["Cộng", "05", "11"]]


def test_kinds_table_total_row_is_the_ad_hoc_figure(rules, tmp_path):
    d = table_docx(tmp_path, ["2. Khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023",
                              "Bảng 3. Kết quả khen thưởng chuyên đề, đột xuất", (KINDS_ROWS, 1)])
    assert extract_figures(d, rules).values["khen_chuyen_de_dot_xuat"] == 16


def test_kinds_table_under_another_heading_gives_no_ad_hoc_total(rules, tmp_path):
    d = table_docx(tmp_path, ["2. Khen thưởng năm 2022", (KINDS_ROWS, 1)])
    assert extract_figures(d, rules).values.get("khen_chuyen_de_dot_xuat") != 16


# --- initiatives still being prepared beside a stated zero ----------------------------------------

def test_initiatives_being_prepared_do_not_beat_the_stated_zero(rules):
    v = values(rules, "1. Sáng kiến",
               "Trong 6 tháng chưa có sáng kiến được công nhận; Trạm đang hoàn thiện 03 sáng kiến (sổ tay "
               "tra cứu; mẫu biên bản điện tử) để đề nghị Hội đồng sáng kiến tỉnh xét vào quý IV.")
    assert v["sang_kien"] == 0
