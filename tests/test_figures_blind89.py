"""Figures classes found by blind sets 8 and 9 (samples 67-78), each written in other words than
the samples: tables resolved by the table stage (sub-unit rows without a total added and marked
as a sum, one title on rows of several levels, a header cut by a page break), and a figure whose
parts are stated award by award over one passage (with the provenance of each part)."""

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("blind89")


def _doc(*blocks):
    return Document(blocks=list(blocks))


def _para(text, n):
    return Block(kind="paragraph", text=text, where=Where(paragraph=n))


def _heading(text, n):
    return Block(kind="heading", text=text, where=Where(paragraph=n), heading_level=2)


# --- tables ----------------------------------------------------------------------------------------

def test_sub_unit_rows_without_a_total_are_added_and_marked(rules):
    got = extract_figures(doc("Kết quả bình xét năm 2022 của các bộ phận trong công ty:", [
        ["Bộ phận", "Số người", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"],
        ["Phân xưởng cơ khí", "14", "11", "1"],
        ["Phân xưởng lắp ráp", "20", "16", "-"],
        ["Phòng Kế toán", "5", "4", "1"],
    ]), rules)
    assert got.values["lao_dong_tien_tien"] == 31  # the headcount column is no award
    assert got.values["chien_si_thi_dua_co_so"] == 2
    assert [v for v, _ in got.parts["lao_dong_tien_tien"]] == [11, 16, 4]
    assert got.parts["lao_dong_tien_tien"][1][1].where == "trang 2, bảng 1, hàng 3"
    assert "11 + 16 + 4 = 31" in got.notes["K2"]


def test_member_units_reporting_on_their_own_are_still_not_added(rules):
    assert extract_figures(doc([["Đơn vị", "Lao động tiên tiến"], ["Thị trấn Phú Phong", "30"],
                                ["Xã Bình Nghi", "12"]]), rules).values == {}


def test_one_title_on_rows_of_several_levels_is_added(rules):
    got = extract_figures(doc("Khen thưởng năm 2022:", [
        ["Hình thức", "Cấp khen", "Tập thể", "Cá nhân"],
        ["Giấy khen", "Giám đốc Sở Y tế", "02", "05"],
        ["Giấy khen", "Chủ tịch UBND huyện", "-", "03"],
    ]), rules)
    assert got.values["giay_khen"] == 10
    assert len(got.parts["giay_khen"]) == 2


def test_a_stated_total_beats_the_rows_and_a_difference_is_a_warning(rules):
    got = extract_figures(doc([
        ["Hình thức", "Cấp khen", "Tập thể", "Cá nhân"],
        ["Giấy khen", "Giám đốc Sở Y tế", "02", "05"],
        ["Giấy khen", "Chủ tịch UBND huyện", "-", "03"],
    ], "Tổng cộng năm 2022 có 12 lượt tập thể, cá nhân được tặng Giấy khen."), rules)
    assert got.values["giay_khen"] == 12
    assert "giay_khen" not in got.parts
    assert any("Giấy khen" in w and "12" in w and "10" in w for w in got.warnings)


def test_a_header_cut_by_a_page_break_is_joined_before_reading(rules):
    head = Block(kind="table", text="", where=Where(page=1, table=1), rows=[
        ["Đơn vị", "Lao động tiên tiến", "Tập thể lao động tiên", "Giấy khen"]])
    rest = Block(kind="table", text="", where=Where(page=2, table=1), rows=[
        ["", "", "tiến", ""],
        ["Tổ Văn phòng", "6", "1", "2"],
        ["Tổ Nghiệp vụ", "8", "1", "3"],
        ["Cộng", "14", "2", "5"]])
    got = extract_figures(_doc(head, Block(kind="footer", text="1"), rest), rules)
    assert got.values == {"lao_dong_tien_tien": 14, "tap_the_lao_dong_tien_tien": 2, "giay_khen": 5}
    assert got.evidence["giay_khen"].where == "trang 2, bảng 1, hàng 4"


# --- parts over one passage --------------------------------------------------------------------

def test_adhoc_awards_under_their_heading_add_up_with_named_recipients(rules):
    got = extract_figures(_doc(
        _heading("2. Khen thưởng đột xuất 6 tháng đầu năm 2023", 1),
        _para("Giám đốc Công an tỉnh tặng Giấy khen cho Tổ Cảnh sát khu vực và 02 cán bộ có thành tích "
              "triệt phá đường dây đánh bạc.", 2),
        _para("Bên cạnh đó, đồng chí Võ Minh Tâm được Chủ tịch UBND huyện tặng Giấy khen vì cứu người đuối nước.", 3),
        _heading("3. Đánh giá chung", 4)), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 4
    assert [(v, e.where) for v, e in got.parts["khen_chuyen_de_dot_xuat"]] == [(3, "đoạn 2"), (1, "đoạn 3")]
    assert "3 + 1 = 4" in got.notes["K3"]


def test_a_labelled_paragraph_keeps_the_annual_title_and_proposals_out(rules):
    got = extract_figures(doc(
        "Khen thưởng chuyên đề: Chủ tịch UBND tỉnh tặng Bằng khen cho bà Đặng Thị Lan về thành tích vận động "
        "hiến đất làm đường. Ban Thường vụ Huyện đoàn tặng Giấy khen cho 03 đoàn viên. Đồng chí Lý Văn Sơn được "
        "công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" năm 2022. Đơn vị đã lập hồ sơ đề nghị tặng Giấy khen "
        "cho 02 cá nhân khác."), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 4  # 1 (Bằng khen) + 3; the CSTĐCS and the proposal are no part
    assert got.values.get("giay_khen") is None  # the ad-hoc Giấy khen are never the 2022 figure


def test_items_under_a_lead_in_line_add_up(rules):
    got = extract_figures(doc(
        "- Khen thưởng đột xuất trong kỳ:",
        "+ Giám đốc Sở Công Thương: Giấy khen 01 tập thể.",
        "+ Chủ tịch UBND huyện: Giấy khen 03 cá nhân.",
        "- Sáng kiến: chưa có sáng kiến được công nhận."), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 4
    assert got.values["sang_kien"] == 0


def test_a_passage_that_states_its_total_keeps_it(rules):
    got = extract_figures(_doc(
        _heading("3. Khen thưởng chuyên đề, đột xuất", 1),
        _para("Chủ tịch UBND xã tặng Giấy khen cho 02 cá nhân có thành tích phòng chống thiên tai.", 2),
        _para("Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể.", 3),
        _para("Tổng cộng có 04 lượt tập thể, cá nhân được khen thưởng đột xuất.", 4)), rules)
    assert got.values["khen_chuyen_de_dot_xuat"] == 4
    assert "khen_chuyen_de_dot_xuat" not in got.parts
    assert any("cộng các phần được 3" in w for w in got.warnings)


def test_statements_in_separate_passages_are_never_added(rules):
    got = extract_figures(_doc(
        _heading("2. Khen thưởng đột xuất", 1),
        _para("Chủ tịch UBND huyện tặng Giấy khen đột xuất cho 02 cá nhân.", 2),
        _heading("3. Khen thưởng năm 2022", 3),
        _para("Chủ tịch UBND huyện tặng Giấy khen cho 05 cá nhân.", 4)), rules)
    assert got.values == {"khen_chuyen_de_dot_xuat": 2, "giay_khen": 5}
    assert got.parts == {}
