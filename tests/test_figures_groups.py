"""Another body's figures beside the unit's own in one table, set aside by their headings' words
(pipeline/table_groups.py), whichever comes first: a column group "Toàn ngành ... | Toàn huyện
... | ... (để tham khảo)" beside the unit's own group, and a wider body's row under the unit's own
total row. Written in other words than any sample; the tables as DOCX with merged group
headings (as Word writes them), read back by tdkt's reader.
"""

import pytest
from figure_helpers import doc, figures_ruleset, table_docx

from tdkt.extractors import extract
from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.table_groups import column_groups, is_other_body_heading
from tdkt.pipeline.table_stage import resolve_rows
from tdkt.pipeline.document import Where


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("groups")


_docx = table_docx


def _grouped(own: str, other: str, other_first: bool):
    """Titles as rows, two column groups (collectives | individuals each): a clinic's own and
    the whole district health sector's."""
    def pair(a, b, x, y):
        return [x, y, a, b] if other_first else [a, b, x, y]
    heads = pair(own, own, other, other)
    rows = [["STT", "Danh hiệu, hình thức"] + heads,
            ["STT", "Danh hiệu, hình thức"] + ["Tập thể", "Cá nhân"] * 2,
            ["1", "Lao động tiên tiến"] + pair("", "19", "", "640"),
            ["2", "Chiến sĩ thi đua cơ sở"] + pair("", "3", "", "71"),
            ["3", "Tập thể lao động tiên tiến"] + pair("2", "", "45", ""),
            ["4", "Giấy khen của Giám đốc Trung tâm Y tế"] + pair("1", "4", "16", "88")]
    return rows, 2


@pytest.mark.parametrize("other_first", [False, True])
def test_a_wider_bodys_column_group_is_set_aside_wherever_it_stands(tmp_path, rules, other_first):
    table = _grouped("Trạm Y tế xã Bình Tường", "Toàn ngành y tế huyện", other_first)
    document = _docx(tmp_path, ["Biểu tổng hợp kết quả khen thưởng năm 2022", table])
    got = extract_figures(document, rules).values
    assert got["lao_dong_tien_tien"] == 19
    assert got["chien_si_thi_dua_co_so"] == 3
    assert got["tap_the_lao_dong_tien_tien"] == 2
    assert got["giay_khen"] == 5


@pytest.mark.parametrize("other", ["Số liệu của huyện (để tham khảo)", "Cả huyện"])
def test_other_words_for_a_wider_body_are_set_aside_too(tmp_path, rules, other):
    document = _docx(tmp_path, ["Biểu tổng hợp kết quả khen thưởng năm 2022",
                                _grouped("Trạm Y tế xã Bình Tường", other, True)])
    assert extract_figures(document, rules).values["lao_dong_tien_tien"] == 19


def test_two_groups_of_the_units_own_are_both_kept():
    """Column groups by kind of award ("Danh hiệu | Khen thưởng"), none of another body: nothing
    set aside."""
    rows = [["TT", "Bộ phận", "Danh hiệu thi đua", "Danh hiệu thi đua", "Hình thức khen thưởng",
             "Hình thức khen thưởng"],
            ["TT", "Bộ phận", "LĐTT", "CSTĐCS", "Giấy khen", "Bằng khen"],
            ["1", "Tổ Văn phòng", "4", "1", "2", "-"]]
    table = resolve_rows(rows, Where(page=1, table=1))
    assert [h for h, _ in column_groups(table.header, table.width)] == ["Danh hiệu thi đua",
                                                                        "Hình thức khen thưởng"]
    assert table.own() is table


def test_a_wider_bodys_group_alone_is_the_tables_own():
    """A district office's table of the whole district, no group of its own beside it: kept."""
    rows = [["TT", "Danh hiệu", "Toàn huyện", "Toàn huyện"],
            ["TT", "Danh hiệu", "Tập thể", "Cá nhân"],
            ["1", "Lao động tiên tiến", "-", "1.204"]]
    table = resolve_rows(rows, Where(page=1, table=1))
    assert not any(c.other_body for c in table.columns)


# --- rows of another body under the unit's own total ---------------------------------------------

def _occasions(last_row: list[str]):
    rows = [["STT", "Nội dung khen thưởng", "Cấp khen", "Số được khen", "Số được khen"],
            ["STT", "Nội dung khen thưởng", "Cấp khen", "Tập thể", "Cá nhân"],
            ["1", "Phòng chống cháy rừng mùa khô", "Giấy khen Hạt trưởng", "1", "3"],
            ["2", "Bắt giữ vụ vận chuyển lâm sản trái phép", "Giấy khen Chủ tịch UBND huyện", "-", "2"],
            ["", "Cộng của Hạt Kiểm lâm", "", "1", "5"],
            last_row]
    return rows, 2


@pytest.mark.parametrize("last_row", [
    ["", "Toàn ngành kiểm lâm tỉnh", "", "14", "57"],
    ["", "Cả khối nông nghiệp huyện", "", "6", "21"],
    ["", "Chi cục Kiểm lâm tỉnh (để tham khảo)", "", "9", "40"],
])
def test_a_wider_bodys_row_under_the_units_total_is_set_aside(tmp_path, rules, last_row):
    document = _docx(tmp_path, ["3. Khen thưởng chuyên đề, đột xuất 6 tháng đầu năm 2023", _occasions(last_row)])
    assert extract_figures(document, rules).values["khen_chuyen_de_dot_xuat"] == 6


def test_a_grand_total_after_sub_totals_is_kept():
    """A cluster's "Toàn cụm" under two sub-totals adds them: its own grand total."""
    rows = [["TT", "Đơn vị", "LĐTT", "CSTĐCS"],
            ["1", "Trường Mầm non A", "12", "2"],
            ["", "Cộng khối mầm non", "12", "2"],
            ["2", "Trường Tiểu học B", "20", "3"],
            ["", "Cộng khối tiểu học", "20", "3"],
            ["", "Toàn cụm", "32", "5"]]
    table = resolve_rows(rows, Where(page=1, table=1))
    assert not any(r.other_body for r in table.rows)


@pytest.mark.parametrize("text,other", [
    ("Toàn Tổng công ty", True), ("Cả khối", True), ("Toàn ngành giáo dục", True),
    ("Số liệu toàn huyện", True), ("Đơn vị bạn (tham khảo)", True),
    ("Toàn xã", False), ("Toàn đơn vị", False), ("Tổng cộng", False), ("Trạm Y tế", False),
    ("Giấy khen của Tổng công ty", False),
])
def test_which_headings_name_a_wider_body(text, other):
    assert is_other_body_heading(text) is other


# --- a total across a lead-in paragraph and the table it introduces ------------------------------

def _stations(total_row: bool = False):
    rows = [["TT", "Trạm Y tế", "Tiêm chủng mở rộng", "Tiêm chủng mở rộng", "Khen thưởng đột xuất",
             "Khen thưởng đột xuất"],
            ["TT", "Trạm Y tế", "Số trẻ được tiêm", "Tỷ lệ (%)", "Tập thể", "Cá nhân"],
            ["1", "Trạm Y tế Nhơn Hòa", "210", "97,2", "1", "2"],
            ["2", "Trạm Y tế Nhơn Thọ", "184", "95,0", "-", "1"],
            ["3", "Trạm Y tế Nhơn Lộc", "Tháng 8", "-", "-", "-"],
            ["4", "Trạm Y tế Nhơn Tân", "199", "96,1", "1", "3"]]
    if total_row:
        rows.append(["", "Cộng", "593", "", "2", "6"])
    return rows, 2


_OWN_AND_DETAIL = ("Giám đốc Trung tâm Y tế thị xã tặng Giấy khen đột xuất cho các tập thể, cá nhân có thành "
                   "tích phòng chống dịch sốt xuất huyết: tại khối văn phòng, khen 02 tập thể và 05 cá nhân; "
                   "tại các trạm y tế phường, xã, cụ thể từng trạm như sau:")


@pytest.mark.parametrize("total_row", [False, True])
def test_a_lead_in_count_and_its_tables_column_add_up(tmp_path, rules, total_row):
    document = _docx(tmp_path, ["II. KHEN THƯỞNG", _OWN_AND_DETAIL, _stations(total_row)])
    result = extract_figures(document, rules)
    assert result.values["khen_chuyen_de_dot_xuat"] == 7 + 8
    assert [v for v, _ in result.parts["khen_chuyen_de_dot_xuat"]] == [7, 8]
    assert "7 + 8 = 15" in result.notes["K3"]


def test_without_words_announcing_the_detail_the_table_is_not_added(tmp_path, rules):
    lead = _OWN_AND_DETAIL.replace("cụ thể từng trạm như sau", "kết quả tiêm chủng của các trạm")
    document = _docx(tmp_path, ["II. KHEN THƯỞNG", lead, _stations()])
    # each part alone may be read (which one is extract.py's choice), never their sum
    assert extract_figures(document, rules).values.get("khen_chuyen_de_dot_xuat") in (7, 8)


def test_a_stated_total_wins_over_the_sum(tmp_path, rules):
    document = _docx(tmp_path, ["II. KHEN THƯỞNG", _OWN_AND_DETAIL, _stations(),
                                "Tổng cộng 6 tháng đầu năm, Trung tâm khen thưởng đột xuất 16 tập thể, cá nhân."])
    assert extract_figures(document, rules).values["khen_chuyen_de_dot_xuat"] == 16


def test_proposals_in_the_lead_in_are_not_added(tmp_path, rules):
    lead = _OWN_AND_DETAIL.replace("tặng Giấy khen đột xuất", "đề nghị tặng Giấy khen đột xuất")
    document = _docx(tmp_path, ["II. KHEN THƯỞNG", lead, _stations()])
    assert extract_figures(document, rules).values.get("khen_chuyen_de_dot_xuat") != 15


# --- a count stated in one clause and more "besides" in the next ---------------------------------

_BESIDES = ("Tại hội nghị tổng kết năm 2022, tập thể Trạm và 03 viên chức được Chủ tịch UBND huyện tặng "
            "Giấy khen vì có thành tích xuất sắc; {opener}, Giám đốc Sở Y tế tặng Giấy khen cho 02 viên chức "
            "của Trạm có thành tích trong công tác phòng, chống dịch bệnh.")


@pytest.mark.parametrize("opener", ["ngoài ra", "bên cạnh đó"])
def test_a_clause_opening_besides_adds_to_the_one_before(rules, opener):
    result = extract_figures(doc("II. CÔNG TÁC KHEN THƯỞNG", _BESIDES.format(opener=opener)), rules)
    assert result.values["giay_khen"] == 4 + 2
    assert [v for v, _ in result.parts["giay_khen"]] == [4, 2]


def test_a_clause_without_besides_is_not_added(rules):
    result = extract_figures(doc("II. CÔNG TÁC KHEN THƯỞNG", _BESIDES.format(opener="trong đó")), rules)
    assert result.values["giay_khen"] != 6


def test_besides_in_another_paragraph_is_not_added(rules):
    first, second = _BESIDES.format(opener="ngoài ra").split("; ")
    result = extract_figures(doc("II. CÔNG TÁC KHEN THƯỞNG", first + ".", second[0].upper() + second[1:]), rules)
    assert result.values["giay_khen"] != 6


def test_a_stated_total_wins_over_besides(rules):
    result = extract_figures(doc("II. CÔNG TÁC KHEN THƯỞNG", _BESIDES.format(opener="ngoài ra"),
                                 "Tổng cộng năm 2022 có 07 lượt tập thể, cá nhân được tặng Giấy khen."), rules)
    assert result.values["giay_khen"] == 7


# --- one title absorbed under two kinds in one sentence; a long awarding authority ---------------

def test_one_title_under_two_kinds_in_one_sentence_adds_up(rules):
    text = ("Trong 6 tháng đầu năm 2023, Trường được Chủ tịch UBND huyện tặng Giấy khen đột xuất (01 tập thể) "
            "vì thành tích cứu hộ người đuối nước, và 03 giáo viên được Giám đốc Sở Giáo dục và Đào tạo tặng "
            "Giấy khen chuyên đề vì có thành tích trong phong trào chuyển đổi số.")
    assert extract_figures(doc("II. CÔNG TÁC KHEN THƯỞNG", text), rules).values["khen_chuyen_de_dot_xuat"] == 4


def test_one_title_twice_under_the_same_kind_is_not_added(rules):
    """Two Giấy khen both "đột xuất" in one sentence may restate one award: not added."""
    text = ("Trong 6 tháng đầu năm 2023, Trường được Chủ tịch UBND huyện tặng Giấy khen đột xuất (01 tập thể) "
            "vì thành tích cứu hộ, và 03 giáo viên được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen "
            "đột xuất vì thành tích cứu hộ.")
    assert extract_figures(doc("II. CÔNG TÁC KHEN THƯỞNG", text), rules).values["khen_chuyen_de_dot_xuat"] != 4


def test_a_count_before_a_long_awarding_authority_is_its_titles(rules):
    text = ("Năm 2022, 05 công chức được Chủ tịch Ủy ban nhân dân tỉnh Bình Định tặng Giấy khen vì có "
            "thành tích trong công tác cải cách hành chính.")
    assert extract_figures(doc("II. CÔNG TÁC KHEN THƯỞNG", text), rules).values["giay_khen"] == 5


# --- the same tables from another producer: LibreOffice's PDF, read by the PDF reader ------------

def test_groups_and_lead_in_read_from_a_libreoffice_pdf(tmp_path, rules):
    import extract_fixtures as fx

    items = ["Biểu tổng hợp kết quả khen thưởng năm 2022",
             _grouped("Trạm Y tế xã Bình Tường", "Toàn ngành y tế huyện", True),
             "II. KHEN THƯỞNG", _OWN_AND_DETAIL, _stations()]
    _docx(tmp_path, items, "lo.docx")
    pdf = fx.soffice_convert(tmp_path / "lo.docx", tmp_path)
    document = extract(pdf)
    assert document.format == "pdf" and any(b.kind == "table" for b in document.blocks)
    got = extract_figures(document, rules).values
    assert got["lao_dong_tien_tien"] == 19
    assert got["giay_khen"] == 5
    assert got["khen_chuyen_de_dot_xuat"] == 15
