"""Figures classes found by blind set 15 (samples 111-116), each in other words, units and numbers
than the samples.

Classes: numbers written in words with their digits in parentheses after them ("mười bốn (14) cá
nhân"), and a counted recipient named after "là" ("01 cá nhân là bà ...") in a passage of ad-hoc
awards; a report written as one table answering the directive row by row ("STT | Nội dung | Kết
quả | Ghi chú", terse result cells). Tables are written as DOCX with python-docx and read back by
tdkt's reader, one also through LibreOffice's PDF (another producer).
"""

import shutil
import subprocess

import pytest
from figure_helpers import doc, figures_ruleset, table_docx, values

from tdkt.extractors import extract
from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.numbers import find_numbers


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set15")


# --- numbers in words with the digits after them ------------------------------------------------

def test_words_and_their_digits_are_one_number():
    nums = [(n.value, n.kind, n.text) for n in find_numbers("khen cho bốn (04) tổ và hai mươi mốt (21) hội viên")]
    assert nums == [(4, "count", "bốn (04)"), (21, "count", "hai mươi mốt (21)")]


def test_words_and_different_digits_stay_two_numbers():
    assert [n.value for n in find_numbers("bảy (08) người")] == [7, 8]


def test_certificates_in_words_with_digits_add_collectives_and_individuals(rules):
    v = values(rules,
               "2. Khen thưởng",
               "Năm 2022, Chủ tịch UBND thị trấn tặng Giấy khen cho bốn (04) tổ dân phố và hai mươi mốt (21) "
               "cá nhân có thành tích xuất sắc; công nhận danh hiệu Lao động tiên tiến cho mười bốn (14) cá nhân.")
    assert v["giay_khen"] == 25
    assert v["lao_dong_tien_tien"] == 14


def test_ad_hoc_awards_in_words_with_digits_add_up(rules):
    v = values(rules,
               "3. Khen thưởng đột xuất, chuyên đề 6 tháng đầu năm 2023:",
               "- Khen thưởng chuyên đề về phòng cháy, chữa cháy cho một (01) tổ dân phố và bốn (04) cá nhân;",
               "- Khen thưởng đột xuất hai (02) cá nhân có thành tích bắt giữ đối tượng trộm cắp tài sản.")
    assert v["khen_chuyen_de_dot_xuat"] == 7


# --- a counted recipient named after "là" -------------------------------------------------------

def test_recipient_named_after_la_is_the_one_counted(rules):
    v = values(rules,
               "c) Khen thưởng đột xuất",
               "Chủ tịch UBND xã khen thưởng đột xuất 01 cá nhân là bà Phan Thị Ngọc, tổ dân phố 3, đã kịp thời "
               "dập tắt đám cháy cứu 04 hộ dân;",
               "Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể có thành tích trong đợt ra quân làm sạch môi trường.")
    assert v["khen_chuyen_de_dot_xuat"] == 3  # 1 + 2: bà Ngọc is the one counted, not one more


# --- a report as one table answering the directive row by row -----------------------------------

ANSWER_TABLE = (
    [["STT", "Nội dung", "Kết quả", "Ghi chú"],
     ["I", "CÔNG TÁC CHỈ ĐẠO", "", ""],
     ["1", "Ban hành kế hoạch thi đua năm 2023", "Kế hoạch số 03/KH-TTYT ngày 10/02/2023", ""],
     ["2", "Ký kết giao ước thi đua", "Đã thực hiện", "Cụm thi đua số 2, ngày 21/02/2023"],
     ["3", "Phong trào thi đua chuyển đổi số", "Chưa triển khai", ""],
     ["II", "CÔNG TÁC KHEN THƯỞNG", "", ""],
     ["4", "Kết quả bình xét thi đua năm 2022",
      "Tập thể LĐTT: 02; Lao động tiên tiến: 27; CSTĐCS: 03; Giấy khen: 02 tập thể, 06 cá nhân",
      "QĐ số 17/QĐ-TTYT ngày 12/01/2023"],
     ["5", "Khen thưởng đột xuất, chuyên đề 6 tháng đầu năm 2023", "Không có", ""],
     ["6", "Số lượt cá nhân là người lao động trực tiếp được khen", "24/30 lượt", ""],
     ["7", "Số lượt cá nhân là cán bộ quản lý được khen", "06/30 lượt (20%)", ""],
     ["III", "NHIỆM VỤ 6 THÁNG CUỐI NĂM", "", ""],
     ["8", "Nhiệm vụ trọng tâm", "Đăng ký 02 sáng kiến; đề nghị khen 01 tập thể", ""]],
    1)

ANSWER_EXPECTED = {"tap_the_lao_dong_tien_tien": 2, "lao_dong_tien_tien": 27, "chien_si_thi_dua_co_so": 3,
                   "giay_khen": 8, "khen_chuyen_de_dot_xuat": 0, "ty_le_lao_dong_truc_tiep": 80.0,
                   "ty_le_lanh_dao_quan_ly": 20}
ANSWER_LEAD = ("Thực hiện Công văn hướng dẫn sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023, "
               "Trung tâm báo cáo kết quả theo bảng sau:")


def _answer_values(figures) -> dict:
    return {k: figures.values.get(k) for k in ANSWER_EXPECTED}


def test_a_table_answering_row_by_row_reads_each_result_cell(tmp_path, rules):
    """Labelled counts in one cell, a "Không có" stated zero, fractions turned into ratios; the
    pledges of the plan row and the note column give nothing; the lead-in naming the half year is
    no heading of the 2022 certificates (they stay the annual figure)."""
    figures = extract_figures(table_docx(tmp_path, [ANSWER_LEAD, ANSWER_TABLE]), rules)
    assert _answer_values(figures) == ANSWER_EXPECTED
    assert "sang_kien" not in figures.values
    assert figures.evidence["giay_khen"].where == "bảng 1, hàng 7"


def test_a_table_answering_row_by_row_through_libreoffice_pdf(tmp_path, rules):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.fail("LibreOffice is part of the project's install (scripts/setup.sh)")
    table_docx(tmp_path, [ANSWER_LEAD, ANSWER_TABLE], name="tl.docx")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "tl.docx")],
                   check=True, capture_output=True, timeout=180)
    assert _answer_values(extract_figures(extract(tmp_path / "tl.pdf"), rules)) == ANSWER_EXPECTED


def test_numbered_rows_under_tt_are_no_header_rows():
    """"STT" over "I | CÔNG TÁC CHỈ ĐẠO" and "1 | ... | Kế hoạch số ... ngày ...": no count in them,
    yet body rows; the Roman-numbered row is the section of the rows under it."""
    table = next(t for t in doc(ANSWER_TABLE[0]).resolved_tables().values() if t)
    assert table.labels == ["STT", "Nội dung", "Kết quả", "Ghi chú"]
    assert table.rows[2].section == "I CÔNG TÁC CHỈ ĐẠO"
    assert table.rows[6].section == "II CÔNG TÁC KHEN THƯỞNG"


def test_numbered_items_in_the_first_cell_are_no_header_rows():
    rows = [["Nội dung", "Kết quả thực hiện"],
            ["1. Chỉ đạo, triển khai", "Ban hành Kế hoạch số 21/KH-CĐ ngày 06/02/2023 về thi đua năm 2023"],
            ["2. Khen thưởng", "Giấy khen: 01 tập thể, 04 cá nhân"]]
    table = next(t for t in doc(rows).resolved_tables().values() if t)
    assert table.labels == ["Nội dung", "Kết quả thực hiện"]
    assert len(table.rows) == 2


def test_a_result_column_of_bare_counts_stays_a_table_of_counts(rules):
    """"Nội dung | Kết quả" with counts only: read by its cells as before (a total row wins)."""
    rows = [["Nội dung", "Kết quả"],
            ["Lao động tiên tiến", "31"],
            ["Chiến sĩ thi đua cơ sở", "04"],
            ["Tập thể lao động tiên tiến", "03"]]
    from tdkt.pipeline.figures.answer_table import answer_columns
    table = next(t for t in doc(rows).resolved_tables().values() if t)
    assert answer_columns(table) is None
    v = values(rules, rows)
    assert (v["lao_dong_tien_tien"], v["chien_si_thi_dua_co_so"], v["tap_the_lao_dong_tien_tien"]) == (31, 4, 3)


# --- a passage's closing count with its breakdown in parentheses --------------------------------

def test_a_closing_count_with_its_breakdown_in_parentheses_is_not_added_twice(rules):
    v = values(rules,
               "2. Khen thưởng đột xuất, chuyên đề",
               "- Giám đốc Sở Y tế tặng Giấy khen cho 02 viên chức có thành tích trong đợt cấp cứu vụ ngộ độc "
               "thực phẩm, tổng số tiền 0,9 triệu đồng;",
               "- Chủ tịch UBND huyện tặng Giấy khen cho Khoa Cấp cứu và 01 bác sĩ trong phòng, chống sốt xuất huyết.",
               "Tổng cộng 6 tháng: 04 lượt (01 tập thể, 03 cá nhân).")
    assert v["khen_chuyen_de_dot_xuat"] == 4


# --- periods as rows under the title columns, a total row adding the periods --------------------

PERIOD_ROWS = (
    [["Kỳ khen thưởng", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Tập thể lao động tiên tiến",
      "Giấy khen", "Giấy khen"],
     ["Kỳ khen thưởng", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Tập thể lao động tiên tiến",
      "Tập thể", "Cá nhân"],
     ["Năm 2022", "15", "02", "03", "01", "06"],
     ["6 tháng năm 2023", "-", "-", "-", "02", "05"],
     ["Tổng cộng", "15", "02", "03", "03", "11"]],
    2)


def test_periods_as_rows_the_half_year_row_is_the_ad_hoc_awards(tmp_path, rules):
    """The half year's certificates are its ad-hoc awards; the 2022 row gives the annual titles;
    the total row adds the two periods and is the figure of neither."""
    v = extract_figures(table_docx(tmp_path, ["Số liệu khen thưởng của Trạm:", PERIOD_ROWS]), rules).values
    assert (v["lao_dong_tien_tien"], v["chien_si_thi_dua_co_so"], v["tap_the_lao_dong_tien_tien"]) == (15, 2, 3)
    assert v["giay_khen"] == 7
    assert v["khen_chuyen_de_dot_xuat"] == 7


def test_periods_as_rows_the_table_wins_over_a_sentence_contradicting_it(tmp_path, rules):
    v = extract_figures(table_docx(tmp_path, [
        "Năm 2022, Trạm có 14 cá nhân đạt danh hiệu Lao động tiên tiến. Trong 6 tháng năm 2023, Giám đốc Sở "
        "khen thưởng đột xuất 02 tập thể, 04 cá nhân.",
        "Số liệu khen thưởng của Trạm:", PERIOD_ROWS]), rules).values
    assert v["lao_dong_tien_tien"] == 15
    assert v["khen_chuyen_de_dot_xuat"] == 7


# --- awards told with the money paid ------------------------------------------------------------

def test_a_sum_of_money_is_no_stated_total_of_the_awards(rules):
    """"tổng số tiền ..." after an award is the money paid: the passage's awards still add up."""
    v = values(rules,
               "4. Khen thưởng chuyên đề, đột xuất",
               "- Cục trưởng Cục Thuế tỉnh tặng Giấy khen cho 02 công chức có thành tích trong đợt cao điểm "
               "thu nợ thuế, tổng số tiền 0,9 triệu đồng;",
               "- Chủ tịch UBND huyện khen thưởng đột xuất 01 công chức Đội Kiểm tra thuế có thành tích phát hiện "
               "hóa đơn giả, tổng kinh phí 0,6 triệu đồng.")
    assert v["khen_chuyen_de_dot_xuat"] == 3


def test_a_closing_line_opening_with_cong_is_the_stated_total(rules):
    v = values(rules,
               "4. Khen thưởng chuyên đề, đột xuất",
               "- Giám đốc Sở Nội vụ tặng Giấy khen cho 01 công chức, số tiền 0,447 triệu đồng;",
               "- Chủ tịch UBND huyện tặng Giấy khen cho 02 công chức, số tiền 0,6 triệu đồng.",
               "Cộng: 04 lượt cá nhân, số tiền 1,047 triệu đồng.")
    assert v["khen_chuyen_de_dot_xuat"] == 4  # the stated total wins over the sum of the parts (3)
