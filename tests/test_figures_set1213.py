"""Figures classes found by blind sets 12 and 13 (samples 91-102), each in other words than the
samples. Table cases are written as DOCX with python-docx (merged group headings, as Word writes
them) and read back by tdkt's reader, so the table stage sees what a clerk's file gives.

Classes: a table row of thematic certificates ("Giấy khen chuyên đề ...") beside ad-hoc awards; a table with award titles as rows and two periods as column groups, only the second
group naming a figure (thematic and ad-hoc awards); a department that keeps the district's
records states the district's results beside its own (scope words set them aside).
"""

import pytest
from figure_helpers import figures_ruleset, values, table_docx

from tdkt.extractors import extract
from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set1213")


_docx = table_docx


# --- titles as rows, two periods as column groups -------------------------------------------------

PERIOD_TABLE = (
    [["Hình thức", "Kết quả bình xét năm 2022", "Kết quả bình xét năm 2022",
      "Khen thưởng chuyên đề, đột xuất từ tháng 01 đến tháng 6/2023",
      "Khen thưởng chuyên đề, đột xuất từ tháng 01 đến tháng 6/2023"],
     ["Hình thức", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân"],
     ["Bằng khen của Bộ trưởng", "-", "-", "01", "-"],
     ["Danh hiệu Lao động tiên tiến", "-", "23", "", ""],
     ["Danh hiệu Chiến sĩ thi đua cơ sở", "-", "03", "", ""],
     ["Danh hiệu Tập thể lao động tiên tiến", "02", "-", "", ""],
     ["Giấy khen của Chủ tịch UBND huyện", "02", "05", "-", "03"],
     ["Tổng cộng", "04", "31", "01", "03"]],
    2)


def test_titles_as_rows_two_periods(tmp_path, rules):
    got = extract_figures(_docx(tmp_path, ["Kết quả khen thưởng của Trạm:", PERIOD_TABLE]), rules)
    v = got.values
    assert v["lao_dong_tien_tien"] == 23
    assert v["chien_si_thi_dua_co_so"] == 3
    assert v["tap_the_lao_dong_tien_tien"] == 2
    assert v["giay_khen"] == 7  # the 2022 group only: 02 collectives + 05 individuals
    # the 2023 group, every award level: Bằng khen 01 + Giấy khen 03
    assert v["khen_chuyen_de_dot_xuat"] == 4
    assert len(got.parts["khen_chuyen_de_dot_xuat"]) == 2


def test_titles_as_rows_through_libreoffice_pdf(tmp_path, rules):
    """The same table as LibreOffice prints it, read back from the PDF (another producer)."""
    import shutil
    import subprocess

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.fail("LibreOffice is part of the project's install (scripts/setup.sh)")
    _docx(tmp_path, ["Kết quả khen thưởng của Trạm:", PERIOD_TABLE], name="kq.docx")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "kq.docx")],
                   check=True, capture_output=True, timeout=180)
    v = extract_figures(extract(tmp_path / "kq.pdf"), rules).values
    assert v.get("lao_dong_tien_tien") == 23
    assert v.get("khen_chuyen_de_dot_xuat") == 4


def test_a_thematic_certificate_row_is_a_thematic_award(tmp_path, rules):
    """A row "Giấy khen chuyên đề ..." beside a row of ad-hoc awards: both are parts of the
    thematic and ad-hoc figure (added), never the annual Giấy khen."""
    table = ([["Nội dung", "Tập thể", "Cá nhân"],
              ["Giấy khen của Ban Thường vụ (thành tích năm 2022)", "05", "12"],
              ["Giấy khen chuyên đề sơ kết 5 năm phong trào dân vận khéo", "02", "06"],
              ["Khen thưởng đột xuất", "01", "02"]], 1)
    v = extract_figures(_docx(tmp_path, ["Kết quả khen thưởng:", table]), rules).values
    assert v["khen_chuyen_de_dot_xuat"] == 11
    assert v["giay_khen"] == 17


def test_staff_not_holding_a_leading_post_are_not_leaders(rules):
    """"không giữ chức vụ lãnh đạo" names the direct workers: its percentage is theirs, and the
    leaders' is the one stated after their own words."""
    v = values(rules, "Trong 48 lượt viên chức được khen, 35 lượt là viên chức không giữ chức vụ lãnh đạo, "
                      "chiếm 72,9%, và 13 lượt là trưởng, phó các khoa, phòng (lãnh đạo, quản lý) chiếm 27,1%.")
    assert v.get("ty_le_lanh_dao_quan_ly") == 27.1


def test_a_long_aside_naming_the_group_keeps_title_and_ratio_together(rules):
    """A parenthesis listing who belongs to the group stands between the title and its share."""
    v = values(rules, "Trong đó cán bộ lãnh đạo, quản lý (Giám đốc, Phó Giám đốc Trung tâm, Trưởng, Phó các "
                      "khoa, phòng chuyên môn, Trưởng trạm y tế các xã, thị trấn và Điều dưỡng trưởng) là 09 lượt, "
                      "chiếm 17,6%.")
    assert v.get("ty_le_lanh_dao_quan_ly") == 17.6


def test_rows_by_awarding_body_one_opening_with_tong(tmp_path, rules):
    """Rows by awarding body under award columns: "Tổng cục ..." names a body, not a total row,
    and the one row holding the certificates' counts is the figure."""
    table = ([["Cơ quan khen thưởng", "Bằng khen", "Bằng khen", "Giấy khen", "Giấy khen"],
              ["Cơ quan khen thưởng", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân"],
              ["Bộ trưởng Bộ Kế hoạch và Đầu tư", "-", "01", "-", "-"],
              ["Tổng cục Thống kê", "01", "02", "-", "-"],
              ["Cục trưởng Cục Thống kê tỉnh", "-", "-", "04", "11"]], 2)
    v = extract_figures(_docx(tmp_path, ["Kết quả khen thưởng năm 2022 của ngành như sau:", table]), rules).values
    assert v["giay_khen"] == 15


def test_a_counted_recipient_named_in_an_aside_and_the_deed_numbers(rules):
    """"01 cá nhân (bà ...)" is one recipient, not two; "đã ... cứu 02 người" counts
    the deed, not recipients."""
    v = values(rules,
               "3. Khen thưởng chuyên đề, đột xuất",
               "Ban Thường vụ tặng Giấy khen cho 03 chi hội và 07 hội viên tiêu biểu trong đợt ra quân làm "
               "đường giao thông nông thôn.",
               "Khen thưởng đột xuất 01 cá nhân (bà Trần Thị Lựu, hội viên chi hội thôn Hòa Hiệp) đã kịp thời "
               "dập tắt đám cháy rừng và cứu 02 người bị mắc kẹt.")
    assert v["khen_chuyen_de_dot_xuat"] == 11


def test_a_closing_total_without_title_states_the_passage_figure(rules):
    """"Tổng cộng 02 tập thể, 04 cá nhân." closing a passage on thematic and ad-hoc awards is
    that figure's stated total (it wins over the parts the passage itemises)."""
    v = values(rules,
               "2. Khen thưởng chuyên đề, đột xuất",
               "Giám đốc Sở Y tế tặng Giấy khen cho 01 tập thể và 02 cá nhân trong đợt phòng, chống dịch sốt xuất "
               "huyết; Chủ tịch UBND huyện khen thưởng 01 cá nhân trong công tác hiến máu tình nguyện.",
               "Tổng cộng 02 tập thể, 04 cá nhân.")
    assert v["khen_chuyen_de_dot_xuat"] == 6


def test_a_certificate_awarded_in_the_half_year_is_thematic(rules):
    """Under "Khen thưởng 6 tháng đầu năm 2023", or in a sentence opening with that period, a
    Giấy khen is a thematic or ad-hoc award, not the 2022 annual one stated under its own heading."""
    v = values(rules,
               "a) Khen thưởng năm 2022",
               "Chủ tịch UBND huyện tặng Giấy khen cho 02 viên chức của Ban Quản lý chợ.",
               "b) Khen thưởng 6 tháng đầu năm 2023",
               "Giám đốc Sở Công Thương tặng Giấy khen cho 01 tập thể và 02 viên chức trong đợt bình ổn giá "
               "dịp Tết Nguyên đán.")
    assert v["giay_khen"] == 2
    assert v["khen_chuyen_de_dot_xuat"] == 3
    v = values(rules,
               "Năm 2022, 04 viên chức được Chủ tịch UBND huyện tặng Giấy khen.",
               "Sáu tháng đầu năm 2023, Giám đốc Sở Công Thương tặng Giấy khen cho 01 viên chức trong công tác "
               "kiểm tra thị trường.")
    assert v["giay_khen"] == 4
    assert v["khen_chuyen_de_dot_xuat"] == 1
    # a wider heading naming the half year over everything is no period label
    v = values(rules,
               "II. KẾT QUẢ THI ĐUA, KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2023",
               "Chủ tịch UBND huyện tặng Giấy khen cho 05 viên chức có thành tích năm 2022.")
    assert v["giay_khen"] == 5
    assert "khen_chuyen_de_dot_xuat" not in v


# --- the district's results beside the unit's own ------------------------------------------------

def test_district_results_are_not_the_units_own(tmp_path, rules):
    district = (
        [["Hình thức khen thưởng", "Tập thể", "Cá nhân"],
         ["Danh hiệu Chiến sĩ thi đua cơ sở", "-", "154"],
         ["Danh hiệu Tập thể lao động tiên tiến", "97", "-"],
         ["Giấy khen của Chủ tịch UBND huyện", "88", "263"]],
        1)
    got = extract_figures(_docx(tmp_path, [
        "1. Tổng hợp khen thưởng",
        "Phòng đã thẩm định hồ sơ và tổng hợp kết quả khen thưởng toàn huyện như sau:",
        district,
        "Tỷ lệ cá nhân là người lao động trực tiếp được khen trên toàn huyện đạt 51,3%.",
        "2. Khen thưởng của cơ quan",
        "Tập thể cơ quan đạt danh hiệu Tập thể lao động tiên tiến; 02 công chức đạt danh hiệu Chiến sĩ thi đua cơ sở; "
        "03 công chức được Chủ tịch UBND huyện tặng Giấy khen.",
    ]), rules)
    v = got.values
    assert v["chien_si_thi_dua_co_so"] == 2
    assert v["giay_khen"] == 3
    assert v["tap_the_lao_dong_tien_tien"] == 1
    assert "ty_le_lao_dong_truc_tiep" not in v


def test_figures_compiled_from_member_reports_are_others(rules):
    v = values(rules,
               "Qua tổng hợp báo cáo của các cơ quan, đơn vị, địa phương, có 1.205 cá nhân đạt danh hiệu "
               "Lao động tiên tiến.",
               "Tại đơn vị, 17 viên chức đạt danh hiệu Lao động tiên tiến.")
    assert v["lao_dong_tien_tien"] == 17


def test_a_commune_own_total_is_still_read(rules):
    """The scope words name the district: a commune's "toàn xã" stays its own figure."""
    v = values(rules, "Năm 2022, toàn xã có 41 cá nhân đạt danh hiệu Lao động tiên tiến.")
    assert v["lao_dong_tien_tien"] == 41
