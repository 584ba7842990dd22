"""Figures classes found by blind set 32 (samples 213-218), each in other words, units and numbers
than the samples.

Class 1 (213): an award decision quoted with its recipients numbered after its colon, no count
written ("Quyết định số ... công nhận ... cho: 1. Bà A; 2. Ông B; ..."): the count is the number of
names listed (figures/inline_names.py), collectives told from individuals by the name; under a
heading of thematic awards the lists of several decisions add up as the passage's parts.
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set32")


def _decisions():
    return doc(
        "III. KẾT QUẢ KHEN THƯỞNG",
        "1. Khen thưởng năm 2022",
        "Theo Quyết định số 35/QĐ-UBND ngày 09/01/2023 của Chủ tịch UBND phường, danh hiệu Lao động tiên "
        "tiến được công nhận cho: 1. Bà Hồ Thị Mai, công chức Địa chính; 2. Ông Lưu Văn Khánh; 3. Bà Tạ Thị "
        "Nga; 4. Ông Lâm Quốc Bảo, Phó Chủ tịch UBND phường.",
        "Quyết định số 36/QĐ-UBND ngày 09/01/2023 về việc tặng Giấy khen cho: 1. Tổ dân phố 4; 2. Chi đoàn "
        "phường; 3. Ông Lưu Văn Khánh, Phó Chỉ huy trưởng; 4. Bà Tạ Thị Nga.",
        "2. Khen thưởng chuyên đề, đột xuất",
        "Quyết định số 88/QĐ-UBND ngày 14/4/2023 tặng Giấy khen cho các hộ hiến đất mở rộng hẻm số 7: 1. Ông "
        "Mạc Văn Tư; 2. Bà Lò Thị Hạnh; 3. Ông Quan Văn Định.",
        "Quyết định số 102/QĐ-UBND ngày 30/5/2023 tặng Giấy khen đột xuất cho: 1. Anh Vi Văn Sơn, bảo vệ dân "
        "phố, đã bắt giữ 01 đối tượng cướp giật; 2. Chị Nông Thị Hoa.",
    )


def test_a_decisions_numbered_names_are_its_count(rules):
    got = extract_figures(_decisions(), rules)
    assert got.values["lao_dong_tien_tien"] == 4
    assert got.values["giay_khen"] == 4
    assert "2 tập thể, 2 cá nhân" in got.notes["K2"]


def test_numbered_name_lists_under_a_thematic_heading_add_up(rules):
    got = extract_figures(_decisions(), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 5  # 3 + 2, the deed's "01 đối tượng" no recipient


def test_a_count_written_before_the_colon_is_kept(rules):
    got = extract_figures(doc(
        "Khen thưởng",
        "UBND thị trấn tặng Giấy khen cho 03 cá nhân: 1. Ông Hà Văn Ninh; 2. Bà Đinh Thị Yến.",
    ), rules)
    assert got.values["giay_khen"] == 3


def test_an_individuals_title_does_not_count_a_listed_collective(rules):
    got = extract_figures(doc(
        "Khen thưởng",
        "Quyết định số 7/QĐ-UBND công nhận danh hiệu Chiến sĩ thi đua cơ sở cho: 1. Ông Kha Văn Lợi; "
        "2. Tổ Kế toán; 3. Bà Ma Thị Dung.",
    ), rules)
    assert got.values["chien_si_thi_dua_co_so"] == 2


# Class 2 (218): a cluster's table with one row per member commune, the communes by their names
# alone under a row-name heading "Xã" (context.member_heading), and no total row: the cluster states
# no figure of its own (the rows are not added), yet every title is reported member by member
# (figures/member_table.py: FiguresResult.per_member), so K2 stays present. A clause about one
# named member ("(xã Bình An chưa ...)") is cut from a cluster's sentence (figures/member_clause.py),
# and "... chưa được các xã quan tâm đúng mức" judges attention, it states no zero.

MEMBER_ROWS = [
    ["Xã", "Sáng kiến", "LĐTT", "Tập thể LĐTT", "CSTĐCS", "Giấy khen", "Ghi chú"],
    ["Phước An", "01", "27", "04", "02", "06", ""],
    ["Phước Lộc", "02", "22", "03", "03", "05", ""],
    ["Phước Hưng", "0", "30", "05", "02", "09", "Chưa gửi số liệu mới"],
]


def _cluster_report(tmp_path, rows=MEMBER_ROWS, closing="Khen thưởng đột xuất chưa được các xã chú trọng "
                    "(xã Phước Lộc chưa đề nghị khen đột xuất trường hợp nào)."):
    from figure_helpers import table_docx
    return table_docx(tmp_path, [
        "CỤM THI ĐUA SỐ 3",
        "BÁO CÁO",
        "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
        "I. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG",
        "Tổng hợp từ báo cáo của các xã trong Cụm, kết quả khen thưởng năm 2022 như sau:",
        (rows, 1),
        "II. TỒN TẠI, HẠN CHẾ",
        closing,
        "Trên đây là báo cáo của Cụm thi đua số 3./.",
    ])


def test_a_members_table_headed_by_the_member_kind_gives_no_figure_of_the_cluster(tmp_path, rules):
    got = extract_figures(_cluster_report(tmp_path), rules, unit_type="cluster")
    assert got.values == {}
    assert set(got.per_member) == {"sang_kien", "lao_dong_tien_tien", "tap_the_lao_dong_tien_tien",
                                   "chien_si_thi_dua_co_so", "giay_khen"}


def test_the_same_table_with_a_total_row_gives_the_clusters_figures(tmp_path, rules):
    rows = MEMBER_ROWS + [["Tổng cộng", "03", "79", "12", "07", "20", ""]]
    got = extract_figures(_cluster_report(tmp_path, rows), rules, unit_type="cluster")
    assert got.values["lao_dong_tien_tien"] == 79
    assert got.values["giay_khen"] == 20


def test_an_own_parts_table_headed_by_villages_still_adds_up(tmp_path, rules):
    rows = [["Thôn", "LĐTT", "Giấy khen"], ["Phước An", "07", "02"], ["Phước Lộc", "05", "01"]]
    got = extract_figures(_cluster_report(tmp_path, rows), rules, unit_type="commune")
    assert got.values["lao_dong_tien_tien"] == 12


def test_a_clause_about_one_member_states_no_zero_of_the_cluster(rules):
    got = extract_figures(doc(
        "Tồn tại",
        "Sáng kiến còn ít (trường Mầm non Hoa Sen chưa có sáng kiến nào được công nhận).",
        "Khen thưởng đột xuất chưa được các đơn vị coi trọng.",
    ), rules, unit_type="cluster")
    assert got.values == {}
    same_for_a_school = extract_figures(doc("Tồn tại", "Khen thưởng đột xuất chưa thực hiện."), rules,
                                        unit_type="cluster")
    assert same_for_a_school.values == {"khen_chuyen_de_dot_xuat": 0}


def test_k2_is_reported_by_a_members_table_without_total(tmp_path):
    from item_helpers import default_rules

    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster

    record = judge(_cluster_report(tmp_path), default_rules(), load_roster(None), file="bc.docx", sha256="x")
    assert record.unit.type == "cluster"
    assert record.figures == {}
    assert record.items["K2"].status == "present", record.items["K2"].note


# Class 3 (213): in a passage of thematic awards, one body named as the subject of an award with
# its grantor between ("Chi đoàn ... được Chủ tịch UBND thị xã tặng Giấy khen", "Ban CHQS ... được
# ... tặng") is one recipient: prose reads it as 1 (the grantor may stand between "được" and
# "tặng"; "ban chqs" is the short form of "ban chỉ huy quân sự" in context.self_collective) and the
# passage takes that 1 as the statement's part.

def test_a_body_awarded_with_its_grantor_between_is_one_part_of_the_passage(rules):
    got = extract_figures(doc(
        "3. Khen thưởng chuyên đề, đột xuất",
        "Quyết định số 14/QĐ-UBND tặng Giấy khen cho 02 cá nhân có thành tích chữa cháy tại chợ Đồng Phú.",
        "Chi đoàn Thanh niên phường được Chủ tịch UBND thị xã tặng Giấy khen về phong trào hiến máu.",
        "Ban CHQS phường được Bộ CHQS tỉnh tặng Giấy khen về huấn luyện dân quân.",
    ), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 4


def test_bodies_in_the_plural_before_the_grantor_are_no_count_of_one(rules):
    got = extract_figures(doc(
        "3. Khen thưởng chuyên đề, đột xuất",
        "Quyết định số 14/QĐ-UBND tặng Giấy khen cho 02 cá nhân có thành tích chữa cháy tại chợ Đồng Phú.",
        "Các chi đoàn được Chủ tịch UBND thị xã tặng Giấy khen về phong trào hiến máu.",
    ), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 2


def test_a_list_left_open_at_its_paragraphs_end_goes_on_in_the_next_numbered_paragraphs(rules):
    # PDF readers start a paragraph at a numbered line: "...; 3. Bà Tạ Thị Nga;" then "4. Ông Lâm Quốc Bảo."
    got = extract_figures(doc(
        "Khen thưởng năm 2022",
        "Quyết định số 35/QĐ-UBND công nhận danh hiệu Lao động tiên tiến cho: 1. Bà Hồ Thị Mai; 2. Ông Lưu "
        "Văn Khánh; 3. Bà Tạ Thị Nga;",
        "4. Ông Lâm Quốc Bảo; 5. Bà Mạc Thị Lụa;",
        "6. Ông Giáp Văn Tuấn.",
        "7. Tổ chức tốt hội nghị cán bộ, công chức.",
    ), rules)
    assert got.values["lao_dong_tien_tien"] == 6
