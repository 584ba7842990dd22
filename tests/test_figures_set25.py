"""Figures classes found by blind set 25 (samples 171-176), each in other words, units and
numbers than the samples; Documents built from paragraphs (figure_helpers.doc) and DOCX files
written with python-docx and read back by tdkt's reader.

Class 1 (176): an award table with counts and bonus money side by side ("Số lượng: Tập thể |
Cá nhân; Tiền thưởng (đồng): Mức thưởng | Thành tiền"): a money column is never a count, and an
"x" ticking the collectives' count cell is the office itself, one collective.
Class 2 (172): a department's report on the sector it directs ("... thi đua, khen thưởng ngành
...") that sets the office apart ("Riêng Phòng ...: ..."): the statements and tables that do not
name the office are the sector's, not its own figures.
Class 3 (173): a bloc's per-member table with its stated total row "Cộng toàn Khối": a member
named "Công an ..." (or "Công ty ...") folds like "Cộng" and is no total row of the unit's own
(the bloc total was set aside as another body's); the total row's titles column in words ("09
TTLĐTT/Đơn vị tiên tiến") gives the collective title's count.
Class 4 (174): ad-hoc awards listed award by award under one heading, one of them to the unit's
own body named without a number ("tặng Giấy khen cho tập thể cơ quan Hội ..."): it counts one.
Class 5 (171): a whole section in one run-on sentence, its topics strung by ", về ...": the pledge
word of one topic ("chưa đăng ký sáng kiến") is no context of the next topic's titles.
Class 6 (171): a parenthesis of pledges ("(trong đó: đăng ký LĐTT 19 cá nhân, CSTĐCS 03 cá
nhân)"): every item is a pledge, the later ones too.
"""

import pytest
from figure_helpers import figures_ruleset, table_docx, values

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set25")


# Class 1 (176): counts and money in one titles-as-rows table.
_MONEY_TABLE = [
    ["STT", "Hình thức khen thưởng", "Số lượng", "Số lượng", "Tiền thưởng (đồng)", "Tiền thưởng (đồng)", "Ghi chú"],
    ["", "", "Tập thể", "Cá nhân", "Mức thưởng", "Thành tiền", ""],
    ["A", "Thành tích năm 2022", "", "", "", "", ""],
    ["1", "Tập thể lao động tiên tiến", "x", "", "1.180.000", "1.180.000", "QĐ số 211/QĐ-UBND"],
    ["2", "Lao động tiên tiến", "", "07", "447.000", "3.129.000", ""],
    ["3", "Giấy khen của Chủ tịch UBND huyện", "x", "03", "447.000 (TT) 224.000 (CN)", "1.119.000", ""],
]


def test_money_columns_are_no_counts_and_a_tick_counts_the_office(rules):
    got = values(rules, "2. Kết quả khen thưởng", "Kết quả khen thưởng và tiền thưởng như sau:", _MONEY_TABLE)
    assert got.get("tap_the_lao_dong_tien_tien") == 1
    assert got.get("lao_dong_tien_tien") == 7
    assert got.get("giay_khen") == 4


def test_money_table_read_back_from_docx(tmp_path, rules):
    doc = table_docx(tmp_path, ["2. Kết quả khen thưởng", "Kết quả khen thưởng và tiền thưởng như sau:",
                                (_MONEY_TABLE, 2)])
    got = extract_figures(doc, rules).values
    assert (got.get("tap_the_lao_dong_tien_tien"), got.get("lao_dong_tien_tien"), got.get("giay_khen")) == (1, 7, 4)


def test_a_tick_under_individuals_counts_nothing(rules):
    # "x" under individuals names nobody's number: the row's other count stands alone
    rows = [
        ["TT", "Danh hiệu", "Tập thể", "Cá nhân", "Thành tiền (đồng)"],
        ["1", "Giấy khen của Chủ tịch UBND huyện", "02", "x", "900.000"],
    ]
    got = values(rules, "2. Kết quả khen thưởng", rows)
    assert got.get("giay_khen") == 2


# Class 2 (172): a sector report setting the office apart.
_SECTOR_HEAD = ["UBND HUYỆN HOÀI ÂN", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "Số: 31/BC-VHTT", "BÁO CÁO",
                "Sơ kết công tác thi đua, khen thưởng ngành Văn hóa - Thông tin 6 tháng đầu năm 2023"]
_SECTOR_BODY = [
    "III. CÔNG TÁC KHEN THƯỞNG",
    "1. Sáng kiến",
    "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện có 04 sáng kiến được Hội đồng sáng kiến công nhận.",
    "Phòng Văn hóa và Thông tin có 01 sáng kiến về số hóa hồ sơ di tích được công nhận tháng 4/2023.",
    "2. Khen thưởng năm 2022",
    "Kết quả bình xét năm 2022 của các đơn vị trong ngành:",
    [["Danh hiệu", "Tập thể", "Cá nhân"], ["Lao động tiên tiến", "-", "58"], ["Chiến sĩ thi đua cơ sở", "-", "7"],
     ["Tập thể lao động tiên tiến", "6", "-"]],
    "Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể và 05 cá nhân có thành tích trong hoạt động văn hóa năm 2022.",
    "Riêng Phòng Văn hóa và Thông tin: tập thể Phòng đạt danh hiệu “Tập thể lao động tiên tiến”; 04/04 công chức "
    "đạt danh hiệu “Lao động tiên tiến”.",
    "3. Tỷ lệ khen thưởng",
    "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng đạt 81,4% (57/70 cá nhân).",
]


def test_a_sector_report_setting_the_office_apart_counts_only_the_office(rules):
    got = values(rules, *_SECTOR_HEAD, *_SECTOR_BODY)
    assert got.get("lao_dong_tien_tien") == 4
    assert got.get("tap_the_lao_dong_tien_tien") == 1
    assert got.get("sang_kien") == 1
    assert "chien_si_thi_dua_co_so" not in got
    assert "giay_khen" not in got
    assert "ty_le_lao_dong_truc_tiep" not in got


def test_a_sector_report_read_back_from_docx(tmp_path, rules):
    items = _SECTOR_HEAD + [(x, 1) if isinstance(x, list) else x for x in _SECTOR_BODY]
    got = extract_figures(table_docx(tmp_path, items), rules).values
    assert (got.get("lao_dong_tien_tien"), got.get("sang_kien"), got.get("giay_khen")) == (4, 1, None)


def test_a_sector_report_without_the_office_set_apart_is_read_as_a_whole(rules):
    # no "Riêng Phòng ...": nothing says which statements are the office's; read as before
    body = [x for x in _SECTOR_BODY if not (isinstance(x, str) and x.startswith("Riêng"))]
    got = values(rules, *_SECTOR_HEAD, *body)
    assert got.get("lao_dong_tien_tien") == 58
    assert got.get("ty_le_lao_dong_truc_tiep") == 81.4


def test_the_office_set_apart_in_an_office_report_changes_nothing(rules):
    # the title names no sector: an office's report that says "Riêng cơ quan ..." keeps its statements
    head = _SECTOR_HEAD[:4] + ["Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023"]
    got = values(rules, *head, *_SECTOR_BODY)
    assert got.get("giay_khen") == 7


# Class 3 (173): a bloc's member table, a member named "Công an ...", a total row with a titles cell.
_BLOC_TABLE = [
    ["STT", "Cơ quan", "Danh hiệu tập thể", "LĐTT (cá nhân)", "CSTĐCS", "Giấy khen (tập thể/cá nhân)"],
    ["1", "Công ty TNHH MTV Khai thác thủy lợi", "Tập thể lao động tiên tiến", "41", "5", "1/6"],
    ["2", "Công an thị trấn Ngô Mây", "03 Đơn vị tiên tiến", "27", "2", "2/9"],
    ["3", "Hạt Kiểm lâm", "Tập thể lao động tiên tiến", "9", "1", "0/2"],
    ["", "Cộng toàn Cụm", "05 TTLĐTT/Đơn vị tiên tiến", "77", "8", "3/17"],
]


def test_a_bloc_total_row_after_a_member_named_cong_an(rules):
    got = values(rules, "2. Khen thưởng năm 2022", "Kết quả bình xét năm 2022 của các đơn vị trong Cụm:", _BLOC_TABLE)
    assert got.get("lao_dong_tien_tien") == 77
    assert got.get("chien_si_thi_dua_co_so") == 8
    assert got.get("giay_khen") == 20
    assert got.get("tap_the_lao_dong_tien_tien") == 5


def test_a_bloc_table_read_back_from_docx(tmp_path, rules):
    doc_ = table_docx(tmp_path, ["2. Khen thưởng năm 2022", "Kết quả bình xét năm 2022 của các đơn vị trong Cụm:",
                                 (_BLOC_TABLE, 1)])
    got = extract_figures(doc_, rules).values
    assert (got.get("lao_dong_tien_tien"), got.get("tap_the_lao_dong_tien_tien")) == (77, 5)


def test_a_wider_bodys_row_under_the_units_own_total_is_still_set_aside(rules):
    rows = [["TT", "Đơn vị", "LĐTT"], ["1", "Tổ Kế toán", "4"], ["2", "Tổ Kỹ thuật", "6"],
            ["", "Cộng", "10"], ["", "Toàn ngành (để so sánh)", "310"]]
    got = values(rules, "2. Khen thưởng năm 2022", rows)
    assert got.get("lao_dong_tien_tien") == 10


def test_a_titles_cell_with_words_between_count_and_title_gives_nothing(rules):
    rows = [["TT", "Đơn vị", "Danh hiệu tập thể", "LĐTT"], ["1", "Trường A", "Tập thể lao động tiên tiến", "12"],
            ["2", "Trường B", "Tập thể lao động tiên tiến", "9"],
            ["", "Cộng", "02 đơn vị, trong đó 01 Tập thể lao động tiên tiến", "21"]]
    got = values(rules, "2. Khen thưởng năm 2022", rows)
    assert got.get("lao_dong_tien_tien") == 21
    assert got.get("tap_the_lao_dong_tien_tien") != 2


# Class 4 (174): parts under one ad-hoc heading, the unit's own body among them without a number.
def test_the_units_own_body_named_among_ad_hoc_parts_counts_one(rules):
    got = values(rules, "3. Khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023",
                 "- Trung ương Hội tặng Bằng khen đột xuất cho 01 hội viên dũng cảm cứu người trong lũ.",
                 "- Chủ tịch UBND huyện tặng Giấy khen cho tập thể cơ quan Hội Cựu chiến binh huyện có thành tích "
                 "trong công tác vận động hiến đất.",
                 "- Ban Thường vụ Hội tặng Giấy khen cho 04 tập thể, 06 cá nhân trong đợt thi đua chào mừng ngày thành lập Hội.")
    assert got.get("khen_chuyen_de_dot_xuat") == 12


def test_a_collective_named_by_kind_without_a_name_counts_nothing(rules):
    # "tập thể cơ quan" with no capitalised name after it names no recipient
    got = values(rules, "3. Khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023",
                 "- Ban Thường vụ Hội tặng Giấy khen cho 04 tập thể, 06 cá nhân trong đợt thi đua chào mừng ngày thành lập Hội.",
                 "- Đề nghị khen thưởng cho tập thể cơ quan có thành tích trong công tác dân vận.")
    assert got.get("khen_chuyen_de_dot_xuat") == 10


# Class 5 (171): a run-on paragraph, topics strung by ", về ...".
_RUN_ON = ("Công tác khen thưởng của thị trấn được thực hiện đúng quy định của Luật Thi đua, khen thưởng và các văn "
           "bản hướng dẫn của huyện, việc bình xét được tiến hành công khai, dân chủ tại các cuộc họp của Hội đồng, "
           "về sáng kiến, đến nay chưa có sáng kiến được công nhận vì các bộ phận chưa đăng ký đề tài, sáng kiến "
           "trong năm, về khen thưởng năm 2022, căn cứ kết quả bình xét, Chủ tịch UBND thị trấn đã công nhận danh "
           "hiệu \"Lao động tiên tiến\" cho 23 cá nhân là cán bộ, công chức và người hoạt động không chuyên trách, "
           "về khen thưởng chuyên đề, UBND thị trấn đã tặng Giấy khen cho 03 tập thể và 07 cá nhân có thành tích "
           "trong phong trào toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư năm 2023.")


def test_a_run_on_paragraphs_next_topic_is_read_apart_from_a_pledge_word(rules):
    assert len(_RUN_ON) > 600
    got = values(rules, "III. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG", _RUN_ON)
    assert got.get("lao_dong_tien_tien") == 23
    assert got.get("sang_kien") == 0


def test_a_pledge_in_a_short_sentence_still_pledges(rules):
    got = values(rules, "1. Phát động thi đua",
                 "Cán bộ, công chức đăng ký thi đua, về danh hiệu \"Lao động tiên tiến\" có 12 người đăng ký.")
    assert got.get("lao_dong_tien_tien") is None


# Class 6 (171): a parenthesis of pledges.
def test_every_item_of_a_pledge_parenthesis_is_a_pledge(rules):
    got = values(rules, "III. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG",
                 "Tại hội nghị, 100% cán bộ, công chức đăng ký danh hiệu thi đua năm 2023 (gồm: đăng ký "
                 "\"Lao động tiên tiến\" 21 người, \"Chiến sĩ thi đua cơ sở\" 04 người).",
                 "Năm 2022, Chủ tịch UBND huyện công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" cho 02 cá nhân.")
    assert got.get("chien_si_thi_dua_co_so") == 2
    assert got.get("lao_dong_tien_tien") is None


def test_a_breakdown_of_awards_in_a_parenthesis_still_counts(rules):
    got = values(rules, "III. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG",
                 "Năm 2022 có 26 cá nhân được công nhận danh hiệu thi đua (trong đó: \"Lao động tiên tiến\" 23 người, "
                 "\"Chiến sĩ thi đua cơ sở\" 03 người).")
    assert got.get("chien_si_thi_dua_co_so") == 3
