"""Figures classes from PROSE found by blind set 14 (samples 103-110), each in other words than the
samples (other units, numbers, phrasing).

Classes: a proposal followed by the awards decided so far ("đã đề nghị ... 03; đến nay có quyết
định ... 02, 01 trường hợp ..."), where "trường hợp" (a case) is no collective "trường" (school).
"""

import pytest
from figure_helpers import figures_ruleset, values


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set14prose")


# --- proposed, then granted so far --------------------------------------------------------------

def test_granted_so_far_wins_over_the_proposal(rules):
    v = values(rules,
               "4. Khen thưởng đột xuất",
               "Trạm đã đề nghị Giám đốc Sở Nông nghiệp tặng Giấy khen đột xuất cho 04 viên chức có thành tích "
               "phòng, chống dịch cúm gia cầm; đến nay đã có Quyết định tặng 03 viên chức (Quyết định số "
               "77/QĐ-SNN ngày 02/5/2023), 01 trường hợp còn chờ bổ sung hồ sơ.")
    assert v["khen_chuyen_de_dot_xuat"] == 3


def test_a_case_is_not_a_school(rules):
    """"02 trường hợp" counts no collective: only the collectives and individuals awarded add up."""
    v = values(rules,
               "Khen thưởng chuyên đề: Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể và 02 cá nhân; "
               "02 trường hợp không đủ điều kiện.")
    assert v["khen_chuyen_de_dot_xuat"] == 3


# --- a counted recipient named in an aside a few words after the count --------------------------

def test_recipients_named_after_whose_they_are_are_not_counted_twice(rules):
    v = values(rules,
               "c) Khen thưởng đột xuất",
               "Tập thể Trạm Khuyến nông được Giám đốc Sở tặng Giấy khen vì thành tích phòng, chống hạn; "
               "cùng đợt, 02 viên chức thuộc Trạm (ông Lê Văn Hùng, bà Đỗ Thị Hoa) được tặng Giấy khen.")
    assert v["khen_chuyen_de_dot_xuat"] == 3  # the Trạm + 2, not + 2 more by name


def test_a_recipient_named_after_the_aside_still_counts(rules):
    v = values(rules,
               "c) Khen thưởng đột xuất",
               "Tập thể Phòng được Chủ tịch UBND huyện tặng Giấy khen vì thành tích giải tỏa hành lang giao thông; "
               "Giám đốc Sở tặng Giấy khen cho 02 công chức của Phòng (bà Hồ Thị Lan, ông Võ Tấn Phát) "
               "và đồng chí Lê Minh Tâm.")
    assert v["khen_chuyen_de_dot_xuat"] == 4  # the Phòng, 2 counted (named in the aside), 1 named after it


# --- a list item labelled by the half year, short form, beside "Năm 2022:" ----------------------

def test_half_year_label_short_form_is_the_period_awards(rules):
    v = values(rules,
               "3. Công tác khen thưởng",
               "- Năm 2022:",
               "+ Chủ tịch UBND huyện tặng Giấy khen: 02 tập thể, 04 cá nhân.",
               "- 6 tháng năm 2023: Ban Chấp hành Hội Nông dân tỉnh tặng Giấy khen 01 tập thể, 03 cá nhân vì "
               "thành tích trong phong trào nông dân sản xuất, kinh doanh giỏi; đã đề nghị Trung ương Hội tặng "
               "Bằng khen cho 02 hội viên (chờ quyết định).")
    assert v["giay_khen"] == 6
    assert v["khen_chuyen_de_dot_xuat"] == 4  # the certificates of the half year; the proposal is none


# --- one title given grantor by grantor in the items of one list --------------------------------

GRANTOR_LIST = ("2. Khen thưởng",
                "Kết quả bình xét năm 2022:",
                "- Chủ tịch UBND huyện tặng Giấy khen: 02 tập thể, 05 cá nhân.",
                "- Ban Chấp hành Liên đoàn Lao động huyện tặng Giấy khen: bốn tập thể, mười một cá nhân.",
                "- Liên đoàn Lao động tỉnh tặng Bằng khen 01 tập thể.")


def test_certificates_by_grantor_in_one_list_add_up(rules):
    from figure_helpers import doc
    from tdkt.pipeline.figures import extract_figures

    got = extract_figures(doc(*GRANTOR_LIST), rules)
    assert got.values["giay_khen"] == 22  # 7 + 15 (numbers in words too); the Bằng khen is none
    assert [v for v, _ in got.parts["giay_khen"]] == [7, 15]
    assert "7 + 15 = 22" in got.notes["K2"]


def test_grantors_in_clauses_of_one_paragraph_add_up(rules):
    v = values(rules, "Năm 2022, Chủ tịch UBND xã tặng Giấy khen cho 03 tổ tự quản và 06 hộ viên; "
                      "Ban Thường vụ Hội Cựu chiến binh huyện tặng Giấy khen cho 02 hội viên.")
    assert v["giay_khen"] == 11


def test_a_proposal_in_the_list_is_no_part(rules):
    v = values(rules,
               "Khen thưởng năm 2022:",
               "- Chủ tịch UBND huyện tặng Giấy khen cho 02 cá nhân.",
               "- Trạm đã đề nghị Giám đốc Sở Y tế tặng Giấy khen cho 03 viên chức (chưa có quyết định).")
    assert v["giay_khen"] == 2


def test_a_stated_total_wins_over_the_grantors_sum(rules):
    v = values(rules, *GRANTOR_LIST, "Tổng cộng Giấy khen: 20 tập thể, cá nhân.")
    assert v["giay_khen"] == 20


def test_recipients_as_subjects_are_members_lines_not_grantors(rules):
    """A bloc's lines per member ("Trường X được tặng ...") are not added by this class."""
    v = values(rules,
               "Kết quả khen thưởng năm 2022 của các đơn vị trong Khối:",
               "- Trường Tiểu học số 1 được Chủ tịch UBND huyện tặng Giấy khen cho 03 cá nhân.",
               "- Trường Mầm non Hoa Sen được Chủ tịch UBND huyện tặng Giấy khen cho 02 cá nhân.")
    assert v["giay_khen"] != 5


def test_one_grantor_restated_or_different_years_are_not_added(rules):
    v = values(rules,
               "Khen thưởng:",
               "- Chủ tịch UBND xã tặng Giấy khen năm 2021 cho 04 cá nhân.",
               "- Giám đốc Sở Tư pháp tặng Giấy khen năm 2022 cho 01 cá nhân.")
    assert v["giay_khen"] != 5
    v = values(rules,
               "Khen thưởng năm 2022:",
               "- Chủ tịch UBND huyện tặng Giấy khen cho 03 cá nhân.",
               "- Chủ tịch UBND huyện tặng Giấy khen cho 03 cá nhân hoàn thành xuất sắc nhiệm vụ.")
    assert v["giay_khen"] == 3


# --- a table of proposed and granted counts side by side -------------------------------------------

PROPOSED_GRANTED = ([["Hình thức khen thưởng", "Số đề nghị", "Số được công nhận", "Ghi chú"],
                     ["Lao động tiên tiến", "15", "14", "01 người nghỉ ốm dài ngày"],
                     ["Chiến sĩ thi đua cơ sở", "03", "02", ""],
                     ["Tập thể lao động tiên tiến", "02", "02", ""],
                     ["Giấy khen của Giám đốc Sở Giáo dục", "05", "04", ""],
                     ["Bằng khen của Chủ tịch UBND tỉnh", "01", "", "chờ quyết định"]], 1)


def _granted_values(got):
    v = got.values
    return v.get("lao_dong_tien_tien"), v.get("chien_si_thi_dua_co_so"), v.get("tap_the_lao_dong_tien_tien"), \
        v.get("giay_khen")


def test_proposed_beside_granted_columns_read_the_granted(tmp_path, rules):
    from figure_helpers import table_docx
    from tdkt.pipeline.figures import extract_figures

    got = extract_figures(table_docx(tmp_path, ["Kết quả khen thưởng năm 2022 của Trường:", PROPOSED_GRANTED]),
                          rules)
    assert _granted_values(got) == (14, 2, 2, 4)


def test_proposed_beside_granted_through_libreoffice_pdf(tmp_path, rules):
    """The same table printed to PDF by LibreOffice (another producer), read back."""
    import shutil
    import subprocess

    from figure_helpers import table_docx
    from tdkt.extractors import extract
    from tdkt.pipeline.figures import extract_figures

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.fail("LibreOffice is part of the project's install (scripts/setup.sh)")
    table_docx(tmp_path, ["Kết quả khen thưởng năm 2022 của Trường:", PROPOSED_GRANTED], name="dn.docx")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "dn.docx")],
                   check=True, capture_output=True, timeout=180)
    assert _granted_values(extract_figures(extract(tmp_path / "dn.pdf"), rules)) == (14, 2, 2, 4)


def test_a_table_of_proposals_only_is_left_as_it_is(rules):
    from tdkt.pipeline.document import Where
    from tdkt.pipeline.figures.proposed import granted_only
    from tdkt.pipeline.figures.rules import compile_rules
    from tdkt.pipeline.table_stage import resolve_rows

    compiled = compile_rules(rules)
    only = [[r[0], r[1], r[3]] for r in PROPOSED_GRANTED[0]]
    table = resolve_rows(only, Where(table=1), [])
    assert granted_only(table, compiled) is table
    both = resolve_rows(PROPOSED_GRANTED[0], Where(table=1), [])
    assert granted_only(both, compiled).labels == ["Hình thức khen thưởng", "Số được công nhận", "Ghi chú"]
