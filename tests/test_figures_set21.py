"""Figures classes found by blind set 21 (samples 147-152), each in other words, units and numbers
than the samples; DOCX files written with python-docx and read back by tdkt's reader.

Class: an appendix table of award kinds as rows ("Tập thể | Cá nhân | Trong đó cá nhân là lãnh
đạo, quản lý"), closing a combined report: the titles are its rows, the breakdown column holds
counts of leaders (no ratio column), and the leaders' ratio is its total row's count over the
individuals on that row.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set21")


def _result(tmp_path, rules, *items, unit_type=None):
    return extract_figures(table_docx(tmp_path, list(items)), rules, unit_type)


_APPENDIX = ([
    ["STT", "Loại hình khen thưởng", "Tập thể", "Cá nhân", "Trong đó: cá nhân giữ chức vụ lãnh đạo, quản lý",
     "Ghi chú"],
    ["A", "Thành tích năm 2022", "", "", "", ""],
    ["1", "Danh hiệu Lao động tiên tiến", "", "31", "6", ""],
    ["2", "Danh hiệu Chiến sĩ thi đua cơ sở", "", "4", "3", ""],
    ["3", "Giấy khen Chủ tịch UBND thị trấn", "2", "7", "1", "Tổ dân phố 3, 5"],
    ["", "Cộng số cá nhân phần A", "", "42", "10", ""],
    ["B", "Khen thưởng đột xuất năm 2023", "", "", "", ""],
    ["1", "Giấy khen Chủ tịch UBND thị trấn: phòng chống cháy rừng", "1", "3", "", ""],
], 1)


def test_appendix_rows_of_kinds_with_a_leaders_column(tmp_path, rules):
    got = _result(tmp_path, rules, "PHỤ LỤC 02", "TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG", _APPENDIX,
                  unit_type="commune")
    assert got.values.get("lao_dong_tien_tien") == 31  # not 6, the leaders among them
    assert got.values.get("chien_si_thi_dua_co_so") == 4
    assert got.values.get("giay_khen") == 9  # 2 + 7; the ad-hoc row is K3's
    assert got.values.get("khen_chuyen_de_dot_xuat") == 4
    assert got.values.get("ty_le_lanh_dao_quan_ly") == pytest.approx(23.8)  # 10 of 42, no "10" as a ratio
    assert "tính từ số liệu" in got.notes.get("K5", "")


def test_a_leaders_ratio_column_stays_a_ratio(tmp_path, rules):
    table = ([
        ["STT", "Danh hiệu", "Cá nhân", "Tỷ lệ lãnh đạo, quản lý (%)"],
        ["1", "Lao động tiên tiến", "20", "15"],
        ["2", "Chiến sĩ thi đua cơ sở", "3", "33,3"],
        ["", "Tổng cộng", "23", "17,4"],
    ], 1)
    got = _result(tmp_path, rules, "Kết quả khen thưởng năm 2022:", table)
    assert got.values.get("ty_le_lanh_dao_quan_ly") == pytest.approx(17.4)


def test_no_total_row_gives_no_leaders_ratio(tmp_path, rules):
    table = ([
        ["TT", "Hình thức", "Cá nhân", "Trong đó lãnh đạo, quản lý"],
        ["1", "Lao động tiên tiến", "18", "5"],
        ["2", "Chiến sĩ thi đua cơ sở", "2", "1"],
    ], 1)
    got = _result(tmp_path, rules, "Phụ lục: kết quả khen thưởng", table)
    assert got.values.get("lao_dong_tien_tien") == 18
    assert "ty_le_lanh_dao_quan_ly" not in got.values


# Class: the unit's own parts as rows with no total row (a tax office's teams, a works' sections),
# the leaders' row among them ("Lãnh đạo ..." names no ratio's figure there: it is a part), and a
# column naming in words the title each part earned as a collective: the parts' rows add up, and
# the parts whose cell names a collective title are that title's count.
_PARTS = ([
    ["Bộ phận", "Số người", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Danh hiệu tập thể", "Doanh thu (%)"],
    ["Lãnh đạo Xí nghiệp", "2", "2", "1", "-", "-"],
    ["Phân xưởng cơ khí", "11", "10", "1", "Tập thể lao động tiên tiến", "103,4"],
    ["Phân xưởng lắp ráp", "9", "8", "0", "Tập thể lao động tiên tiến", "98,0"],
    ["Tổ kho vận", "4", "4", "0", "Tập thể lao động xuất sắc", "-"],
    ["Tổ bảo vệ", "3", "2", "0", "Hoàn thành tốt nhiệm vụ", "-"],
], 1)


def test_parts_rows_with_a_leaders_row_and_titles_in_words(tmp_path, rules):
    got = _result(tmp_path, rules, "Kết quả bình xét danh hiệu thi đua năm 2022 theo bộ phận:", _PARTS)
    assert got.values.get("lao_dong_tien_tien") == 26  # the leaders' row included
    assert got.values.get("chien_si_thi_dua_co_so") == 2
    assert got.values.get("tap_the_lao_dong_tien_tien") == 2  # not the "xuất sắc" one
    assert "ty_le_lanh_dao_quan_ly" not in got.values


def test_a_titles_column_with_numbers_is_no_list_of_titles(tmp_path, rules):
    table = ([
        ["Bộ phận", "Số người", "Lao động tiên tiến", "Danh hiệu tập thể"],
        ["Phân xưởng cơ khí", "11", "10", "Tập thể lao động tiên tiến (QĐ 12)"],
        ["Phân xưởng lắp ráp", "9", "8", "Tập thể lao động tiên tiến (QĐ 12)"],
    ], 1)
    got = _result(tmp_path, rules, "Kết quả bình xét năm 2022 theo bộ phận:", table)
    assert got.values.get("lao_dong_tien_tien") == 18
    assert "tap_the_lao_dong_tien_tien" not in got.values


# Class: one title's awards listed grantor by grantor, each item naming its grantor after "của"
# and its counts after a colon, under one lead-in: the items add up; one grantor twice is a
# restatement and adds nothing.
def test_items_of_one_title_by_grantor_after_cua(tmp_path, rules):
    got = _result(tmp_path, rules, "Khen thưởng thành tích năm 2022:",
                  "+ Bằng khen của Chủ tịch UBND tỉnh: 01 cá nhân.",
                  "+ Giấy khen của Giám đốc Sở Công Thương: 01 tập thể, 04 cá nhân.",
                  "+ Giấy khen của Chủ tịch UBND huyện: 02 cá nhân (tổ trưởng sản xuất).",
                  "+ Giấy khen của Chủ tịch Công đoàn ngành Công Thương: 01 tập thể, 02 cá nhân.")
    assert got.values.get("giay_khen") == 10
    assert "Giấy khen: 5 + 2 + 3 = 10" in got.notes.get("K2", "")


def test_one_grantor_twice_is_no_sum(tmp_path, rules):
    got = _result(tmp_path, rules, "Khen thưởng thành tích năm 2022:",
                  "+ Giấy khen của Giám đốc Sở Công Thương: 01 tập thể, 04 cá nhân.",
                  "+ Giấy khen của Giám đốc Sở Công Thương: 05 lượt (tập thể và cá nhân).")
    assert got.values.get("giay_khen") in (5, None)


# Class: ad-hoc awards given statement by statement under their heading, one of them to the unit
# itself named by its kind without a numeral ("cho đơn vị và 04 cá nhân"): the unit counts one,
# as in a single sentence; a collective named by its own name is counted once, not twice.
def test_ad_hoc_parts_with_the_unit_itself_as_a_recipient(tmp_path, rules):
    got = _result(tmp_path, rules, "2. Khen thưởng chuyên đề, đột xuất",
                  "Sau đợt phòng chống dịch tả lợn châu Phi, Giám đốc Sở Nông nghiệp tặng Giấy khen cho đơn vị "
                  "và 04 cá nhân có thành tích xuất sắc.",
                  "Trưởng phòng khen thưởng đột xuất 01 công chức đã kịp thời phát hiện sai phạm.")
    assert got.values.get("khen_chuyen_de_dot_xuat") == 6


def test_ad_hoc_parts_with_a_named_collective_count_it_once(tmp_path, rules):
    got = _result(tmp_path, rules, "2. Khen thưởng chuyên đề, đột xuất",
                  "Chủ tịch UBND huyện tặng Giấy khen cho tập thể Trạm Khuyến nông và 02 cá nhân có thành tích "
                  "trong chuyển đổi cây trồng.",
                  "Trưởng phòng khen thưởng đột xuất 01 công chức đã kịp thời phát hiện sai phạm.")
    assert got.values.get("khen_chuyen_de_dot_xuat") == 4


# Class: a labelled paragraph stating its count with the breakdown in a parenthesis, then telling
# who got what: the label's count is the total, the statements after it are its parts, not more.
def test_a_labelled_count_with_its_breakdown_is_the_total(tmp_path, rules):
    got = _result(tmp_path, rules, "3. Khen thưởng",
                  "- Khen thưởng đột xuất năm 2023: 03 (01 tập thể, 02 cá nhân). Tổ bảo vệ được Giám đốc Công ty "
                  "tặng Giấy khen vì bắt giữ kẻ trộm; chị Lê Thị Mai, thủ kho, và anh Phan Văn Tài, lái xe, được "
                  "Chủ tịch UBND huyện tặng Giấy khen đột xuất vì cứu người bị nạn ngày 02/5/2023.")
    assert got.values.get("khen_chuyen_de_dot_xuat") == 3


# Class: no initiative recognised in the half year because the council has not sat yet ("chưa tổ
# chức xét ... sáng kiến"), beside last year's count: a stated zero for the period, not last year's.
def test_council_not_yet_sat_is_a_stated_zero(tmp_path, rules):
    got = _result(tmp_path, rules, "2. Sáng kiến",
                  "Trong 6 tháng đầu năm 2023, Hội đồng Khoa học chưa tổ chức xét công nhận sáng kiến (theo kế hoạch, "
                  "xét vào quý IV). Năm 2022, Hội đồng đã công nhận 05 sáng kiến cấp cơ sở.")
    assert got.values.get("sang_kien") == 0


# Class: a count given as a part of a whole, in digits or in words ("sáu trong số bảy cán bộ",
# "05 trên 08 công chức"): the part is the count, as in "06/07".
@pytest.mark.parametrize("sentence, expected", [
    ("Tại cơ quan Liên đoàn Lao động huyện, năm trong số tám cán bộ được công nhận danh hiệu Lao động tiên tiến.", 5),
    ("Cơ quan có 04 trên 06 công chức đạt danh hiệu Lao động tiên tiến năm 2022.", 4),
    ("Có 11 trong tổng số 14 viên chức được công nhận Lao động tiên tiến.", 11),
])
def test_a_part_of_a_whole_counts_the_part(tmp_path, rules, sentence, expected):
    got = _result(tmp_path, rules, "1. Khen thưởng năm 2022", sentence)
    assert got.values.get("lao_dong_tien_tien") == expected
