"""Figures classes found by blind set 28 (samples 189-194), each in other words, units and numbers
than the samples.

Class 1 (190): a unit with no direct workers says so right before the ratio's title ("không có
cá nhân nào là người lao động trực tiếp") among its awards: a stated 0 %, not a missing ratio.

Class 2 (191): a bloc's member table, one column per member and the bloc's own total column
headed "Cộng Cụm" / "Cộng cả Khối": that column is the total (table_stage.is_total_cell), so a
ratio row's stated bloc value ("52,2 (BQ)", an average) wins over the first member's cell.

Class 3 (191): a row whose unit column says "TT/CN" gives each count cell as "collectives /
individuals" ("3/12" = 3 collectives and 12 individuals), no fraction.

Class 4 (192): the body calls numbered end notes ("... năm 2022(4).") gathered under "Ghi chú:"
after the last part of the report (often after the next half year's tasks): a note's figures
belong to the passage that calls it (figures/end_notes.py), and a call marker is no count.

Class 5 (192): an ad-hoc award to one person named in an aside that tells the deed ("01 cá nhân
(chị ..., cứu 03 người ...)"): the deed's count inside the aside is no recipient (passages.py).

Class 6 (194): a stated zero after the title with the period opened by "trong" ("Khen thưởng
đột xuất trong 6 tháng: chưa có") (prose._ZERO_AFTER).
"""

import pytest
from figure_helpers import doc, figures_ruleset, values

from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.table_stage import is_total_cell


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set28")


@pytest.mark.parametrize("sentence", [
    "Trong 12 lượt cá nhân được khen năm 2022, 03 lượt là cán bộ quản lý, chiếm 25%. "
    "Ban là đơn vị hành chính, không có người lao động trực tiếp.",
    "Tỷ lệ khen thưởng: lãnh đạo, quản lý 03/12 lượt, chiếm 25%; không có cá nhân nào là "
    "người lao động trực tiếp được khen.",
])
def test_a_group_stated_empty_is_a_stated_zero_ratio(rules, sentence):
    got = values(rules, "3. Công tác khen thưởng", sentence)
    assert got.get("ty_le_lao_dong_truc_tiep") == 0
    assert got.get("ty_le_lanh_dao_quan_ly") == 25


def test_a_ratio_with_its_counts_is_not_taken_for_a_zero(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Trong 20 lượt cá nhân được khen, không kể lãnh đạo, có 15 lượt là người lao động trực tiếp, "
                 "chiếm 75%.")
    assert got.get("ty_le_lao_dong_truc_tiep") == 75


def test_a_negation_far_from_the_ratio_title_states_nothing(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Không có đơn vị nào vi phạm quy định về khen thưởng; đã khen 04 cá nhân là lao động trực tiếp.")
    assert got.get("ty_le_lao_dong_truc_tiep") != 0


def _member_table(total_head):
    return [["STT", "Chỉ tiêu", "ĐVT", "Phường Đông", "Phường Tây", "Phường Nam", total_head],
            ["1", "Số hộ đạt gia đình văn hóa", "hộ", "812", "640", "701", "2.153"],
            ["2", "Danh hiệu Lao động tiên tiến năm 2022", "người", "15", "11", "9", "35"],
            ["3", "Giấy khen của Chủ tịch UBND phường năm 2022", "TT/CN", "1/4", "2/3", "0/5", "3/12"],
            ["4", "Tỷ lệ cá nhân là người lao động trực tiếp được khen", "%", "44,0", "57,5", "55,1", "52,2 (BQ)"]]


@pytest.mark.parametrize("total_head", ["Cộng Khối", "Cộng cả Cụm", "Tổng cộng"])
def test_the_blocs_total_column_gives_its_stated_ratio(rules, total_head):
    got = extract_figures(doc("Kết quả của các phường tại bảng tổng hợp dưới đây:", _member_table(total_head)),
                          rules).values
    assert got.get("ty_le_lao_dong_truc_tiep") == 52.2
    assert got.get("lao_dong_tien_tien") == 35


@pytest.mark.parametrize("cell, total", [("Cộng Cụm", True), ("Cộng cả khối", True), ("Cộng", True),
                                         ("Cộng đồng dân cư", False), ("Cộng tác viên", False)])
def test_a_blocs_total_heading(cell, total):
    assert is_total_cell(cell) is total


def test_a_collectives_individuals_unit_row_adds_the_pair(rules):
    got = extract_figures(doc("Kết quả của các phường tại bảng tổng hợp dưới đây:", _member_table("Cộng Khối")),
                          rules).values
    assert got.get("giay_khen") == 15


def test_a_pair_in_a_row_of_another_unit_is_no_pair(rules):
    table = _member_table("Cộng Khối")
    table[3][2] = "lượt"
    got = extract_figures(doc("Kết quả của các phường tại bảng tổng hợp dưới đây:", table), rules).values
    assert got.get("giay_khen") != 15


def _noted_report(tasks_first=True):
    body = [
        "I. KẾT QUẢ THỰC HIỆN",
        "3. Công tác khen thưởng",
        "Trên cơ sở đề nghị của Hội đồng Thi đua - Khen thưởng, Chủ tịch UBND phường đã công nhận các "
        "danh hiệu thi đua năm 2022 và tặng Giấy khen cho tập thể, cá nhân tiêu biểu(5).",
        "Từ đầu năm đến nay phường đã khen thưởng đột xuất kịp thời(6). Về sáng kiến: phường chưa có sáng "
        "kiến nào được công nhận(7).",
        "Tỷ lệ người lao động trực tiếp được khen thưởng nêu tại ghi chú(8).",
    ]
    tasks = ["II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023",
             "1. Phấn đấu có 03 sáng kiến được công nhận; đề nghị khen thưởng 15 cá nhân."]
    notes = [
        "Ghi chú:",
        "(5) Quyết định số 07/QĐ-UBND ngày 09/01/2023: công nhận danh hiệu \"Lao động tiên tiến\" cho "
        "27 cá nhân, \"Chiến sĩ thi đua cơ sở\" cho 03 cá nhân; tặng Giấy khen cho 02 tập thể và 06 cá nhân.",
        "(6) Quyết định số 33/QĐ-UBND ngày 12/5/2023 khen thưởng đột xuất 01 tập thể và 02 cá nhân.",
        "(7) Có 01 giải pháp đang hoàn thiện hồ sơ để đề nghị xét vào cuối năm.",
        "(8) Tổng số 38 lượt cá nhân được khen, trong đó người lao động trực tiếp 19 lượt, chiếm 50,0%.",
    ]
    return body + tasks + notes if tasks_first else body + notes + tasks


@pytest.mark.parametrize("tasks_first", [True, False])
def test_end_notes_are_read_with_the_passage_that_calls_them(rules, tasks_first):
    got = values(rules, *_noted_report(tasks_first))
    assert got.get("lao_dong_tien_tien") == 27
    assert got.get("chien_si_thi_dua_co_so") == 3
    assert got.get("giay_khen") == 8
    assert got.get("khen_chuyen_de_dot_xuat") == 3
    assert got.get("sang_kien") == 0
    assert got.get("ty_le_lao_dong_truc_tiep") == 50.0


def test_a_call_marker_is_no_count(rules):
    # the notes give no counts: "(5)", "(6)", "(7)" in the body are calls, not 5 Giấy khen, 6 awards, 7 initiatives
    report = [p if not p.startswith("(") else p[:4] + "Hồ sơ lưu tại Văn phòng UBND phường." for p in _noted_report()]
    got = values(rules, *report)
    assert got.get("giay_khen") is None
    assert got.get("khen_chuyen_de_dot_xuat") is None
    assert got.get("sang_kien") == 0


def test_a_note_nobody_calls_stays_where_it_stands(rules):
    got = values(rules, "3. Công tác khen thưởng", "Phường tặng Giấy khen cho 04 cá nhân.",
                 "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023", "Ghi chú:",
                 "(1) Đề nghị khen thưởng 12 cá nhân vào cuối năm.")
    assert got.get("giay_khen") == 4


def test_a_deeds_count_in_the_recipients_aside_adds_nothing(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Từ đầu năm, phường khen thưởng đột xuất như sau: Quyết định số 21/QĐ-UBND khen thưởng đột xuất "
                 "01 cá nhân (chị Trần Thị Mai, tổ dân phố 4, kịp thời dập tắt đám cháy cứu 03 người); Quyết định số "
                 "40/QĐ-UBND khen thưởng 01 tập thể và 04 cá nhân có thành tích trong đợt thi đua.")
    assert got.get("khen_chuyen_de_dot_xuat") == 6


def test_a_breakdown_aside_still_stands(rules):
    got = values(rules, "3. Công tác khen thưởng",
                 "Từ đầu năm, phường khen thưởng đột xuất như sau: Quyết định số 21/QĐ-UBND khen thưởng đột xuất "
                 "03 cá nhân (02 công an viên, 01 dân quân); Quyết định số 40/QĐ-UBND khen thưởng 01 tập thể.")
    assert got.get("khen_chuyen_de_dot_xuat") == 4


@pytest.mark.parametrize("line", ["- Khen thưởng đột xuất trong 6 tháng đầu năm: chưa có.",
                                  "- Khen thưởng chuyên đề trong sáu tháng: không có."])
def test_a_zero_after_a_period_opened_by_trong(rules, line):
    got = values(rules, "3. Công tác khen thưởng", line, "- Giấy khen của Chủ tịch UBND phường: 03 cá nhân.")
    assert got.get("khen_chuyen_de_dot_xuat") == 0
    assert got.get("giay_khen") == 3
