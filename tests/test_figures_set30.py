"""Figures classes found by blind set 30 (samples 201-206), each in other words, units and numbers
than the samples.

Class 1 (202): a report in parts ends with its summary table after the next half's tasks part,
under a heading of its own that names the table ("BẢNG TỔNG HỢP KẾT QUẢ ... CỦA CỤM"): the tasks
part's words no longer hold (figures/closing_table.py), so the bloc's total row over its members
wins over any member's sentence. A plan's own table ("BẢNG CHỈ TIÊU ĐĂNG KÝ ...") stays the plan's.

Class 2 (202): a column head abbreviating "tập thể" before the title, "TT LĐTT (ĐVTT)", is the
collectives' title, not the individuals' "LĐTT".

Class 3 (201): a self-assessment grid "TT | Nội dung | Có | Không | Ghi chú" ticked row by row: a
tick is a yes or a no, never a count (figures/tick_grid.py); a point ticked "Không" states a zero,
a "Có" row states what its note says.

Class 4 (205): a title's count given as a fraction of the staff in a short form, "07/12 CCVC đạt
danh hiệu LĐTT": "CCVC" (công chức, viên chức) is a unit word, so the part is the count.

Class 5 (206): a table of 2022 titles lists the Party committee's recognitions beside the State's
("Giấy khen của Đảng ủy xã ..."): the Party's Giấy khen is not the State's one and is not added
to the State rows of the title (figures/party_rows.py, `context.party_grantor`).
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set30")


def _members_table(head_collective="TT LĐTT (ĐVTT)"):
    return [
        ["STT", "Cơ quan", "LĐTT (CSTT)", "CSTĐCS", head_collective, "Giấy khen", "Sáng kiến"],
        ["1", "Chi cục Thuế khu vực", "17", "3", "1", "4", "2"],
        ["2", "Kho bạc Nhà nước huyện", "9", "1", "1", "2", "0"],
        ["3", "Ngân hàng Chính sách xã hội huyện", "14", "2", "0", "3", "1"],
        ["", "Tổng cộng (03/04 cơ quan)", "40", "6", "2", "9", "3"],
    ]


def _report(table_title, table):
    return doc(
        "PHẦN THỨ NHẤT",
        "KẾT QUẢ THI ĐUA CỦA CÁC CƠ QUAN TRONG CỤM",
        "Chi cục Thuế khu vực có 17 công chức đạt Lao động tiên tiến năm 2022 và 02 sáng kiến được công nhận.",
        "Kho bạc Nhà nước huyện có 09 công chức đạt danh hiệu Lao động tiên tiến.",
        "PHẦN THỨ HAI",
        "NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023",
        "1. Các cơ quan tiếp tục thực hiện giao ước thi đua, phấn đấu 100% công chức đạt Lao động tiên tiến.",
        "2. Khuyến khích đăng ký sáng kiến ngay từ quý III.",
        table_title,
        table,
    )


def test_a_results_table_titled_after_the_tasks_part_gives_the_blocs_totals(rules):
    got = extract_figures(_report("BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG CỦA CỤM", _members_table()),
                          rules, "cluster").values
    assert got.get("lao_dong_tien_tien") == 40
    assert got.get("chien_si_thi_dua_co_so") == 6
    assert got.get("giay_khen") == 9
    assert got.get("sang_kien") == 3


def test_a_plans_own_table_after_the_tasks_stays_the_plans(rules):
    got = extract_figures(_report("BẢNG TỔNG HỢP CHỈ TIÊU ĐĂNG KÝ THI ĐUA 6 THÁNG CUỐI NĂM", _members_table()),
                          rules, "cluster").values
    assert got.get("lao_dong_tien_tien") != 40
    assert got.get("giay_khen") != 9


def test_a_plain_heading_in_the_tasks_part_keeps_it_a_plan(rules):
    # an unnumbered heading inside the tasks part that is no results table's title closes nothing
    got = extract_figures(_report("GIẢI PHÁP THỰC HIỆN", _members_table()), rules, "cluster").values
    assert got.get("lao_dong_tien_tien") != 40


@pytest.mark.parametrize("head", ["TT LĐTT (ĐVTT)", "TT LĐTT", "TT Lao động tiên tiến"])
def test_an_abbreviated_collective_head_is_the_collectives_title(rules, head):
    got = extract_figures(doc("Kết quả khen thưởng năm 2022 của các cơ quan trong Cụm:", _members_table(head)),
                          rules, "cluster").values
    assert got.get("tap_the_lao_dong_tien_tien") == 2
    assert got.get("lao_dong_tien_tien") == 40


def test_a_flattened_tables_number_column_stays_no_title(rules):
    # OCR lines of a members' table, two words glued ("Cơquan"): "TT" heads the row numbers, never
    # "tập thể" (class 2's contrast: "TT LĐTT" is no title of its own, only a column head's reading)
    document = doc("TT Cơquan TTLĐTT LĐTT CSTĐCS Giấy khen",
                   "1 Chi cục Thuế 1 17 3 4", "2 Kho bạc 1 9 1 2", "Tổng cộng 2 26 4 6")
    document.format = "pdf-scanned"
    got = extract_figures(document, rules).values
    assert got.get("tap_the_lao_dong_tien_tien") == 2
    assert got.get("lao_dong_tien_tien") == 26


def _grid(rows):
    return [["STT", "Tiêu chí tự chấm", "Có", "Không", "Ghi chú"],
            ["I", "TỔ CHỨC PHONG TRÀO", "", "", ""],
            ["1", "Ban hành kế hoạch thi đua năm", "x", "", "Kế hoạch số 05/KH-TNMT ngày 10/02/2023"],
            ["2", "Tổ chức ký kết giao ước thi đua", "x", "", ""],
            ["3", "Thi đua chuyên đề theo ngành", "", "x", "Không thuộc đối tượng"],
            ["II", "KHEN THƯỞNG", "", "", ""]] + rows


def test_a_no_tick_on_a_count_point_is_a_stated_zero(rules):
    table = _grid([["4", "Có sáng kiến, giải pháp được công nhận cấp cơ sở", "", "x",
                    "02 đề tài đang hoàn thiện hồ sơ"]])
    got = extract_figures(doc("Đơn vị tự chấm theo bảng sau:", table), rules).values
    assert got.get("sang_kien") == 0


def test_a_no_tick_on_a_point_not_asked_as_a_question(rules):
    table = _grid([["4", "Khen thưởng đột xuất trong 6 tháng", "", "x", ""]])
    got = extract_figures(doc("Đơn vị tự chấm theo bảng sau:", table), rules).values
    assert got.get("khen_chuyen_de_dot_xuat") == 0


def test_a_yes_tick_is_no_count_and_its_note_is_read(rules):
    table = _grid([["4", "Có sáng kiến, giải pháp được công nhận cấp cơ sở", "x", "", ""],
                   ["5", "Khen thưởng đột xuất trong 6 tháng", "x", "", "Giấy khen đột xuất cho 03 cá nhân"]])
    got = extract_figures(doc("Đơn vị tự chấm theo bảng sau:", table), rules).values
    assert "sang_kien" not in got
    assert got.get("khen_chuyen_de_dot_xuat") == 3


@pytest.mark.parametrize("sentence", [
    "Kết quả năm 2022: 07/12 CCVC đạt danh hiệu \"Lao động tiên tiến\", 02 đồng chí đạt Chiến sĩ thi đua cơ sở.",
    "Năm 2022 có 07/12 CC, VC của Phòng được công nhận Lao động tiên tiến.",
])
def test_a_fraction_of_the_staff_in_short_form_counts_the_title(rules, sentence):
    got = extract_figures(doc("3. Công tác khen thưởng", sentence), rules).values
    assert got.get("lao_dong_tien_tien") == 7


def _titles_table(party_row):
    return [["Danh hiệu, hình thức", "Tập thể", "Cá nhân"],
            ["Lao động tiên tiến (Chủ tịch UBND thị trấn công nhận)", "-", "24"],
            ["Giấy khen của Chủ tịch UBND thị trấn", "03", "11"],
            ["Giấy khen của Chủ tịch UBND huyện", "01", "02"],
            party_row]


@pytest.mark.parametrize("party_row", [
    ["Giấy khen của Đảng ủy thị trấn (tổ chức đảng hoàn thành xuất sắc nhiệm vụ)", "02", "09"],
    ["Giấy khen của Ban Thường vụ Đảng ủy (đảng viên tiêu biểu)", "-", "07"],
    ["Giấy khen cho đảng viên tiêu biểu (Đảng ủy thị trấn tặng)", "-", "07"],
])
def test_a_party_committees_giay_khen_row_is_not_the_states(rules, party_row):
    got = extract_figures(doc("1. Khen thưởng năm 2022", "Kết quả khen thưởng năm 2022 như sau:",
                              _titles_table(party_row)), rules).values
    assert got.get("giay_khen") == 17  # 3 + 11 + 1 + 2: the State's rows only


@pytest.mark.parametrize("row", [["Giấy khen cho tập thể Văn phòng Đảng ủy", "01", "-"],
                                 ["Giấy khen cho Văn phòng Huyện ủy được công nhận hoàn thành xuất sắc", "01", "-"]])
def test_a_party_body_as_a_recipient_row_is_still_read(rules, row):
    got = extract_figures(doc("1. Khen thưởng năm 2022", "Kết quả khen thưởng năm 2022 như sau:",
                              _titles_table(row)), rules).values
    assert got.get("giay_khen") == 18
