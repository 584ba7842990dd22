"""Figures classes found by blind set 36 (samples 237-242), each in other words, units and numbers
than the samples.

Class 1 (240): a passage summed award by award (figures/passages.py) closes with the K4 share
("Trong tổng số ... được khen thưởng, ... chiếm 60%"): its "tổng số" is the ratio's denominator,
not a total of the passage, so the parts still add up.

Class 2 (239): a members' table closes with a total row whose achieved collectives' column counts
the titles in words per title ("04 TTLĐXS, 03 TTLĐTT"): each count before a collective figure's
title is its total, also when every title column of the table is a pledge
(figures/total_title_pairs.py); a registered column's total is no award.

Class 3 (238): a department reports for its sector (schools' proposals, the sector's totals) and
sets itself apart under a heading ("3. Đối với cơ quan Phòng ..."): only that heading's
statements, or those naming the office, are its figures; a zero stated for the whole sector is the
office's too (figures/sector.py `by_heading`). A header name wrapped in a narrow cell ("PHÒNG ... VÀ
ĐÀO" / "TẠO", as a PDF lays it out) is read whole.

Class 4 (241): decisions listed with recipients only "có tên tại Mục N Phụ lục", the appendix
naming them in one small table per Mục ("TT | Họ và tên | Chức vụ"): the clause's individuals are
that table's rows, a body the clause names before them one more for Giấy khen
(figures/appendix_refs.py).
"""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set36")


def _values(rules, *items, unit_type=None):
    return extract_figures(doc(*items), rules, unit_type=unit_type).values


# --- class 1: the share sentence closing a summed passage --------------------------------------

def test_a_share_sentence_under_the_heading_is_no_total_of_the_passage(rules):
    got = _values(
        rules,
        "3. Khen thưởng đột xuất, chuyên đề",
        "- Chủ tịch Hội Cựu chiến binh huyện tặng Giấy khen cho 02 tập thể, 04 cá nhân có thành tích "
        "trong phong trào xây dựng đường giao thông nông thôn.",
        "- Khen thưởng đột xuất 02 cá nhân (hội viên Trần Văn Bảy, chi hội thôn Đông) đã kịp thời dập tắt đám cháy rừng.",
        "Tính chung các đợt khen thưởng (tổng kết năm 2022, khen chuyên đề và đột xuất năm 2023), trong tổng "
        "số cá nhân được khen, cựu chiến binh trực tiếp sản xuất chiếm 62,5% (10/16 cá nhân).",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 8
    assert got["ty_le_lao_dong_truc_tiep"] == 62.5


def test_a_stated_total_in_the_passage_still_wins_over_the_sum(rules):
    got = _values(
        rules,
        "3. Khen thưởng đột xuất, chuyên đề",
        "- Chủ tịch Hội Cựu chiến binh huyện tặng Giấy khen cho 02 tập thể, 04 cá nhân có thành tích "
        "trong phong trào xây dựng đường giao thông nông thôn.",
        "- Khen thưởng đột xuất 02 cá nhân (hội viên Trần Văn Bảy, chi hội thôn Đông) đã kịp thời dập tắt đám cháy rừng.",
        "Tổng cộng 6 tháng đầu năm khen thưởng đột xuất, chuyên đề cho 09 lượt tập thể, cá nhân.",
    )
    assert got["khen_chuyen_de_dot_xuat"] == 9


# --- class 2: a members' total row counting the collectives' titles in words ----------------------

_MEMBERS_HEAD = ["STT", "Đơn vị", "Tập thể đăng ký năm 2022", "Tập thể đạt được năm 2022", "LĐTT đăng ký/đạt"]


def test_the_total_row_counts_achieved_collective_titles_in_words(rules):
    got = _values(
        rules,
        "II. Kết quả thực hiện danh hiệu thi đua của các xã trong Cụm",
        [_MEMBERS_HEAD,
         ["1", "UBND xã Ân Phong", "Tập thể LĐXS", "TTLĐTT", "21/20"],
         ["2", "UBND xã Ân Đức", "TTLĐTT", "TTLĐTT", "18/18"],
         ["3", "UBND xã Ân Tường", "Tập thể LĐXS", "Tập thể LĐXS", "25/23"],
         ["4", "UBND xã Ân Nghĩa", "TTLĐTT", "TTLĐTT", "16/16"],
         ["", "Tổng cộng", "02 Tập thể LĐXS; 02 TTLĐTT", "01 Tập thể LĐXS; 03 TTLĐTT", "80/77"]],
    )
    assert got["tap_the_lao_dong_tien_tien"] == 3   # the achieved column's total, not the registered one's 2


def test_a_registered_column_alone_gives_no_collective_total(rules):
    got = _values(
        rules,
        "II. Đăng ký danh hiệu thi đua năm 2023 của các xã trong Cụm",
        [["STT", "Đơn vị", "Tập thể đăng ký năm 2023", "LĐTT đăng ký"],
         ["1", "UBND xã Ân Phong", "TTLĐTT", "21"],
         ["2", "UBND xã Ân Đức", "TTLĐTT", "18"],
         ["", "Tổng cộng", "02 TTLĐTT", "39"]],
    )
    assert "tap_the_lao_dong_tien_tien" not in got


def test_beside_achieved_count_columns_the_titles_cell_of_the_total_row_counts_too(rules):
    got = _values(
        rules,
        "2. Kết quả bình xét danh hiệu năm 2022 của các đơn vị thành viên",
        [["STT", "Đơn vị", "Tập thể đạt danh hiệu", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"],
         ["1", "Trường Mầm non Bình Thuận", "TTLĐTT", "14", "2"],
         ["2", "Trường Tiểu học Bình Thuận", "Tập thể LĐXS", "19", "3"],
         ["3", "Trường THCS Bình Thuận", "TTLĐTT", "22", "2"],
         ["", "Cộng", "01 Tập thể LĐXS, 02 TTLĐTT", "55", "7"]],
    )
    assert got["lao_dong_tien_tien"] == 55
    assert got["tap_the_lao_dong_tien_tien"] == 2


# --- class 3: the office set apart under its own heading -----------------------------------------

def _sector_report(*header, office_heading=True):
    return (
        "UBND HUYỆN TÂY SƠN", *header, "Số: 52/BC-PNN",
        "BÁO CÁO", "Kết quả công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
        "II. CÔNG TÁC KHEN THƯỞNG",
        "1. Bình xét, đề nghị khen thưởng năm 2022",
        "Tổng hợp các Hợp tác xã nông nghiệp trong huyện đề nghị: 214 cá nhân đạt danh hiệu Lao động tiên tiến, "
        "19 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở; 11 tập thể đạt danh hiệu Tập thể lao động tiên tiến.",
        "- Các Hợp tác xã đã xét 27 sáng kiến của xã viên.",
        "2. Khen thưởng đột xuất",
        "Trong 6 tháng đầu năm 2023, toàn ngành chưa có khen thưởng đột xuất.",
        "3. Đối với cơ quan Phòng NN&PTNT" if office_heading else "3. Kết quả khác",
        "Năm 2022: 09/10 công chức đạt danh hiệu Lao động tiên tiến, 02 công chức đạt danh hiệu Chiến sĩ thi đua "
        "cơ sở; cơ quan có 01 sáng kiến được công nhận.",
    )


def test_under_the_offices_own_heading_its_titles_not_the_sectors(rules):
    got = _values(rules, *_sector_report("PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"))
    assert got["lao_dong_tien_tien"] == 9
    assert got["chien_si_thi_dua_co_so"] == 2
    assert got["sang_kien"] == 1
    assert "tap_the_lao_dong_tien_tien" not in got   # the cooperatives' 11, not the office's
    assert got["khen_chuyen_de_dot_xuat"] == 0       # none in the whole sector: none for the office


def test_a_header_name_wrapped_in_its_cell_is_read_whole(rules):
    got = _values(rules, *_sector_report("PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG", "THÔN"))
    assert got["lao_dong_tien_tien"] == 9


def test_without_the_offices_heading_the_report_is_read_as_a_whole(rules):
    got = _values(rules, *_sector_report("PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", office_heading=False))
    assert got["tap_the_lao_dong_tien_tien"] == 11


# --- class 4: recipients named only in the appendix ----------------------------------------------

def _appendix_report(lao_dong_rows=3):
    return (
        "2. Kết quả khen thưởng",
        "Các cấp đã khen thưởng cho tập thể, cá nhân của Trung tâm như sau: Quyết định số 77/QĐ-UBND ngày "
        "20/01/2023 của Chủ tịch UBND huyện công nhận danh hiệu \"Lao động tiên tiến\" năm 2022 cho các viên "
        "chức có tên tại Mục 1 của Phụ lục; Quyết định số 96/QĐ-UBND ngày 02/02/2023 của Chủ tịch UBND huyện "
        "tặng Giấy khen cho tập thể Trung tâm Văn hóa - Thể thao và các viên chức có tên tại Mục 2 Phụ lục "
        "vì đã hoàn thành xuất sắc nhiệm vụ năm 2022.",
        "PHỤ LỤC",
        "Mục 1. Lao động tiên tiến năm 2022",
        [["STT", "Họ và tên", "Chức vụ"]] + [[str(i), f"Viên chức {i}", "Viên chức"] for i in range(1, lao_dong_rows + 1)],
        "Mục 2. Giấy khen năm 2022",
        [["STT", "Họ và tên", "Chức vụ"], ["1", "Nguyễn Văn Tư", "Giám đốc"], ["2", "Lê Thị Năm", "Kế toán"]],
    )


def test_the_clauses_individuals_are_the_appendix_rows_it_refers_to(rules):
    got = _values(rules, *_appendix_report(lao_dong_rows=4))
    assert got["lao_dong_tien_tien"] == 4
    assert got["giay_khen"] == 3   # the centre itself and the 2 named in Mục 2


def test_a_reference_to_a_missing_section_changes_nothing(rules):
    items = list(_appendix_report())
    items[1] = items[1].replace("Mục 1 của Phụ lục", "Mục 7 của Phụ lục")
    got = _values(rules, *items)
    assert got.get("lao_dong_tien_tien") != 3
