"""Figures classes found by blind set 29 (samples 195-200), each in other words, units and numbers
than the samples.

Class 1 (199): the half year's count set beside a running total over a longer span, in prose
("nâng tổng số ... từ đầu nhiệm kỳ lên 11", "(lũy kế từ năm 2021 ...: 17)", "lũy kế từ đầu năm
2022 ... là 25 lượt"): the running total is never the period's (figures/cumulative.py); "lũy kế 6
tháng", "từ đầu năm 2023 đến nay" are the half year's own. In a table, a column headed by the
running total ("Lũy kế từ đầu nhiệm kỳ") is another period's even when it stands first.

Class 2 (198): a joint report's section on the member organisations ("III. KẾT QUẢ THI ĐUA CỦA CÁC
TỔ CHỨC THÀNH VIÊN", one sub-heading per member): a member's awards and initiatives are its own,
not the reporting unit's (figures/member_part.py); the unit's own section after it counts.

Class 3 (195): a per-village table with no total row, one column of the villages' Giấy khen and
one of the households' ("Giấy khen tập thể thôn | Giấy khen hộ gia đình"): a household is the
other kind of recipient, and each row adds both (tables._INDIVIDUAL_HEAD).

Class 4 (196): a table by department whose Giấy khen column counts one kind only ("Giấy khen
(cá nhân)"), its "Cộng" row included, beside the prose that states both kinds: the column is a
part, the statement of the whole wins (figures/one_kind.py); alone, the column still stands.

Class 5 (197): counts written before quoted titles ('12 "Lao động tiên tiến", 01 "Chiến sĩ thi
đua cơ sở"'): the second count was given to the title before it (figures/quoted_titles.py).
"""

import pytest
from figure_helpers import figures_ruleset, table_docx, values

from tdkt.pipeline.figures.cumulative import cumulative_count, cumulative_heading
from tdkt.pipeline.figures.member_part import MemberPart


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set29")


HEAD = "III. CÔNG TÁC KHEN THƯỞNG"


@pytest.mark.parametrize("sentence, figure, want", [
    ("Trong 6 tháng, Hội đồng sáng kiến công nhận 02 sáng kiến; tính từ đầu nhiệm kỳ đến nay, tổng số sáng "
     "kiến được công nhận là 11 sáng kiến.", "sang_kien", 2),
    ("Hội đồng khoa học công nhận 02 sáng kiến cấp cơ sở, nâng tổng số sáng kiến từ đầu nhiệm kỳ đến nay "
     "lên 11 sáng kiến.", "sang_kien", 2),
    ("Giám đốc Trung tâm tặng Giấy khen cho 04 viên chức, nâng tổng số Giấy khen giai đoạn 2021 - 2025 "
     "đến nay lên 19.", "giay_khen", 4),
])
def test_a_running_total_over_the_term_is_not_the_period_s(rules, sentence, figure, want):
    assert values(rules, HEAD, sentence).get(figure) == want


@pytest.mark.parametrize("sentence, figure, want", [
    ("Chủ tịch UBND huyện tặng Giấy khen cho 05 cá nhân (lũy kế từ năm 2021 đến nay: 17 Giấy khen).",
     "giay_khen", 5),
    ("Tổng cộng khen thưởng chuyên đề, đột xuất 6 tháng là 07 lượt; lũy kế từ đầu năm 2022 đến nay là 25 lượt.",
     "khen_chuyen_de_dot_xuat", 7),
    ("Từ đầu năm 2023 đến nay, Hội đồng đã công nhận 04 sáng kiến.", "sang_kien", 4),
])
def test_the_half_year_beside_or_without_a_running_total(rules, sentence, figure, want):
    assert values(rules, HEAD, sentence).get(figure) == want


@pytest.mark.parametrize("text, count, running", [
    ("công nhận 02 sáng kiến, nâng tổng số từ đầu NK đến nay lên 11 sáng kiến", "11", True),
    ("LĐTT: 18 cá nhân (lũy kế 03 năm 2020 - 2022 là 52 lượt)", "52", True),
    ("lũy kế từ đầu năm 2021 đạt 40 lượt", "40", True),
    ("lũy kế từ đầu nhiệm kỳ có 30 lượt, riêng 6 tháng đầu năm 2023 có 07 lượt", "07", False),
    ("lũy kế 6 tháng đầu năm có 05 sáng kiến", "05", False),
    ("từ đầu năm đến nay có 05 sáng kiến", "05", False),
    ("giai đoạn 2021 - 2025, 6 tháng qua công nhận 03 sáng kiến", "03", False),
])
def test_cumulative_count_names_the_longer_span(text, count, running):
    assert cumulative_count(text, text.index(count)) is running


def test_a_running_total_column_before_the_half_year_s(rules):
    got = values(rules, HEAD, [["STT", "Danh hiệu, hình thức", "Lũy kế từ đầu nhiệm kỳ", "6 tháng đầu năm 2023"],
                               ["1", "Sáng kiến được công nhận", "11", "02"], ["2", "Giấy khen", "17", "05"],
                               ["3", "Lao động tiên tiến", "61", "20"]])
    assert (got.get("sang_kien"), got.get("giay_khen"), got.get("lao_dong_tien_tien")) == (2, 5, 20)


@pytest.mark.parametrize("label, running", [
    ("luy ke tu dau nhiem ky", True), ("luy ke nk 2020 - 2025", True), ("giai doan 2021 - 2023", True),
    ("luy ke tu nam 2021", True), ("luy ke 6 thang", False), ("nam hoc 2022 - 2023", False),
    ("6 thang dau nam 2023", False),
])
def test_cumulative_heading(label, running):
    assert cumulative_heading(label) is running

def _joint_report(members_heading: str) -> list:
    return [
        "I. TỔ CHỨC CÁC CUỘC VẬN ĐỘNG",
        "Ban Thường vụ Hội tổ chức 12 cuộc giám sát tại cơ sở.",
        members_heading,
        "1. Hội Cựu chiến binh huyện",
        "Hội Cựu chiến binh huyện tặng Giấy khen cho 04 tập thể, 09 cá nhân tiêu biểu.",
        "2. Công đoàn viên chức huyện",
        "Phong trào thi đua lao động sáng tạo: có 11 sáng kiến của đoàn viên được công nhận.",
        "III. THI ĐUA, KHEN THƯỞNG CỦA CƠ QUAN",
        "1. Khen thưởng",
        "Ban Thường trực tặng Giấy khen cho 03 tập thể và 05 cá nhân có thành tích năm 2022.",
        "2. Sáng kiến",
        "Trong 6 tháng đầu năm 2023, cơ quan chưa có sáng kiến được công nhận.",
    ]


@pytest.mark.parametrize("heading", [
    "II. KẾT QUẢ THI ĐUA CỦA CÁC TỔ CHỨC THÀNH VIÊN",
    "II. PHONG TRÀO THI ĐUA TRONG CÁC ĐOÀN THỂ",
    "II. Hoạt động của các tổ chức chính trị - xã hội",
])
def test_a_members_section_states_no_figure_of_the_unit(rules, heading):
    got = values(rules, *_joint_report(heading))
    assert got.get("giay_khen") == 8
    assert got.get("sang_kien") == 0


def test_the_unit_s_own_figures_under_a_plain_section_count(rules):
    got = values(rules, "II. KẾT QUẢ KHEN THƯỞNG", "1. Khen thưởng tổng kết năm 2022",
                 "Ban Thường trực tặng Giấy khen cho 04 tập thể, 09 cá nhân tiêu biểu.", "2. Sáng kiến",
                 "Có 11 sáng kiến của cán bộ được công nhận.")
    assert got.get("giay_khen") == 13
    assert got.get("sang_kien") == 11


def test_a_members_section_ends_at_the_next_heading_of_its_level():
    part = MemberPart()
    part.see_heading("IV. PHONG TRÀO THI ĐUA CỦA CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI")
    assert part.words
    part.see_heading("3. Huyện đoàn")
    assert part.words
    part.see_heading("V. CÔNG TÁC KHEN THƯỞNG")
    assert not part.words
    part.see_heading("7. Phong trào thi đua của Mặt trận và các đoàn thể")  # the unit with its members
    assert not part.words


def test_villages_and_households_in_one_row_add_up(rules):
    got = values(rules, "3. Khen thưởng",
                 "Chủ tịch UBND xã tặng Giấy khen năm 2022 cho các làng và hộ gia đình như sau:",
                 [["Thôn, làng", "Giấy khen tập thể làng", "Giấy khen hộ gia đình"],
                  ["Làng Kon Dừng", "1", "4"], ["Làng Đăk Pơ", "-", "2"], ["Thôn Hòa Bình", "1", "1"]])
    assert got.get("giay_khen") == 9


def test_one_kind_column_is_a_part_beside_the_statement_of_both(rules, tmp_path):
    table = ([["STT", "Khoa, phòng", "Số viên chức", "LĐTT", "Giấy khen Giám đốc (cá nhân)"],
              ["1", "Khoa Dược", "12", "10", "2"], ["2", "Phòng Điều dưỡng", "9", "8", "1"],
              ["3", "Khoa Sản", "20", "17", "3"], ["", "Tổng cộng", "41", "35", "6"]], 1)
    document = table_docx(tmp_path, [
        "II. CÔNG TÁC KHEN THƯỞNG",
        "Giám đốc Bệnh viện tặng Giấy khen cho 03 tập thể (Khoa Dược, Khoa Sản, Phòng Điều dưỡng) và 06 cá "
        "nhân có thành tích năm 2022.",
        "Kết quả bình xét theo khoa, phòng:", table])
    from tdkt.pipeline.figures import extract_figures
    got = extract_figures(document, rules).values
    assert got.get("giay_khen") == 9
    assert got.get("lao_dong_tien_tien") == 35


def test_a_one_kind_column_alone_still_gives_the_figure(rules, tmp_path):
    table = ([["STT", "Khoa, phòng", "LĐTT", "Giấy khen Giám đốc (cá nhân)"],
              ["1", "Khoa Dược", "10", "2"], ["2", "Khoa Sản", "17", "3"], ["", "Tổng cộng", "27", "5"]], 1)
    document = table_docx(tmp_path, ["II. CÔNG TÁC KHEN THƯỞNG", "Kết quả bình xét năm 2022:", table])
    from tdkt.pipeline.figures import extract_figures
    assert extract_figures(document, rules).values.get("giay_khen") == 5


@pytest.mark.parametrize("sentence, want", [
    ('- Bình xét năm 2022: 21 "Lao động tiên tiến", 03 "Chiến sĩ thi đua cơ sở".', (21, 3)),
    ("Năm 2022 có 18 “Lao động tiên tiến”, 02 “Chiến sĩ thi đua cơ sở”; không có tập thể đạt danh hiệu.", (18, 2)),
    ("Kết quả năm 2022: 18 Lao động tiên tiến, 02 Chiến sĩ thi đua cơ sở.", (18, 2)),
])
def test_counts_before_quoted_titles(rules, sentence, want):
    got = values(rules, "3. Khen thưởng", sentence)
    assert (got.get("lao_dong_tien_tien"), got.get("chien_si_thi_dua_co_so")) == want
