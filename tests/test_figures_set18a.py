"""Figures classes found by blind set 18 in tables (samples 129, 130, 132), each in other words, units
and numbers than the samples; DOCX files written with python-docx and read back by tdkt's reader.

Classes: a statistics form "Kế hoạch | Thực hiện | Tỷ lệ %" whose rows are indicators, a few of
them award titles: a row's figure is its achieved cell, never the target nor the completion rate
(a ratio row's rate cell is its achieved ratio against the target), also turned over (rows
"Kế hoạch | Thực hiện | Tỷ lệ (%)" under title columns: the achieved row); a name list of awards, one
row per recipient and the award kind in a column, no count written: the rows of each kind are
counted (the last row number is no count), ad-hoc awards under their heading count for the ad-hoc
figure, a merged award cell counts for every row it covers, a list of proposals is no award; a
cluster's table whose total row comes first, members after: the total is the figure, the members
are not added.
"""

import docx
import pytest
from figure_helpers import figures_ruleset, table_docx

from tdkt.extractors import extract
from tdkt.pipeline.figures import extract_figures


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set18a")


def _figures(document, rules):
    return extract_figures(document, rules)


# --- a target | achieved | rate form: the achieved cell ------------------------------------------

FORM_HEAD = ["STT", "Nội dung chỉ tiêu", "ĐVT", "KH năm 2023", "TH 6 tháng", "So với KH (%)"]
FORM = [
    FORM_HEAD,
    ["I", "CHUYÊN MÔN", "", "", "", ""],
    ["1", "Lượt bệnh nhân khám, điều trị", "lượt", "18.000", "9.450", "52,5"],
    ["2", "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", "%", "95", "47,2", "49,7"],
    ["II", "THI ĐUA, KHEN THƯỞNG", "", "", "", ""],
    ["3", "Viên chức đạt Lao động tiên tiến năm 2022", "người", "40", "37", "92,5"],
    ["4", "Giấy khen của Giám đốc Trung tâm năm 2022", "tập thể, cá nhân", "8", "11", "137,5"],
    ["5", "Sáng kiến được công nhận", "sáng kiến", "4", "5", "125,0"],
    ["6", "Tỷ lệ người lao động trực tiếp trong số được khen", "%", "≥ 35", "41,7", "119,1"],
]


def test_form_rows_read_their_achieved_cells(tmp_path, rules):
    document = table_docx(tmp_path, ["II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU", (FORM, 1)])
    got = _figures(document, rules).values
    assert got["lao_dong_tien_tien"] == 37  # not the target 40
    assert got["giay_khen"] == 11  # not 8
    assert got["sang_kien"] == 5  # not 4
    assert got["ty_le_lao_dong_truc_tiep"] == 41.7  # not the completion rate 119,1


def test_form_headed_dang_ky_dat_duoc_ty_le(tmp_path, rules):
    # "Đăng ký | Đạt được | Tỷ lệ (%)", without a row-number column
    rows = [["Nội dung", "Đăng ký", "Đạt được", "Tỷ lệ (%)"],
            ["Đoàn viên đạt danh hiệu Chiến sĩ thi đua cơ sở", "6", "4", "66,7"],
            ["Đoàn viên đạt Lao động tiên tiến", "25", "28", "112,0"]]
    got = _figures(table_docx(tmp_path, ["3. Thi đua trong đoàn viên", (rows, 1)]), rules).values
    assert got["chien_si_thi_dua_co_so"] == 4
    assert got["lao_dong_tien_tien"] == 28


def test_form_turned_over_reads_its_achieved_row(tmp_path, rules):
    # titles as columns, rows "Kế hoạch | Thực hiện | Tỷ lệ (%)": the rows are never added
    rows = [["Nội dung", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Giấy khen"],
            ["Kế hoạch năm 2022", "30", "4", "6"],
            ["Thực hiện", "27", "3", "8"],
            ["Tỷ lệ (%)", "90,0", "75,0", "133,3"]]
    got = _figures(table_docx(tmp_path, ["Kết quả bình xét thi đua năm 2022 của Chi cục:", (rows, 1)]), rules).values
    assert (got["lao_dong_tien_tien"], got["chien_si_thi_dua_co_so"], got["giay_khen"]) == (27, 3, 8)


# --- a name list of awards: the rows of each kind are counted --------------------------------------

def _name_list_docx(tmp_path, items, merges=()):
    """Paragraphs (str) and tables (lists of rows, first row the header); `merges`: (table, column,
    first row, last row) of award cells merged down, as Word writes a kind shared by several rows."""
    d = docx.Document()
    tables = []
    for item in items:
        if isinstance(item, str):
            d.add_paragraph(item)
            continue
        table = d.add_table(rows=len(item), cols=len(item[0]))
        table.style = "Table Grid"
        for r, row in enumerate(item):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        tables.append(table)
    for t, c, first, last in merges:
        text = tables[t].cell(first, c).text
        tables[t].cell(first, c).merge(tables[t].cell(last, c)).text = text
    path = tmp_path / "ds.docx"
    d.save(path)
    return extract(path)


LIST_HEAD = ["TT", "Tên tập thể, cá nhân", "Đơn vị công tác", "Danh hiệu, hình thức khen thưởng"]
LIST_2022 = [
    LIST_HEAD,
    ["1", "Trần Minh Quang", "Tổ Kỹ thuật", "Lao động tiên tiến"],
    ["2", "Ngô Thị Hạnh", "Tổ Kế toán", "Lao động tiên tiến"],
    ["3", "Trương Văn Lộc", "Tổ Kỹ thuật", "Lao động tiên tiến"],
    ["4", "Đoàn Thị Mai", "Tổ Tổng hợp", "Lao động tiên tiến, Chiến sĩ thi đua cơ sở"],
    ["5", "Tổ Kế toán", "Trung tâm", "Giấy khen của Giám đốc Trung tâm"],
    ["6", "Phan Văn Tú", "Tổ Kỹ thuật", "Giấy khen của Giám đốc Trung tâm"],
    ["7", "Bà Lương Thị Thu", "Tổ Tổng hợp", "Giấy khen của Giám đốc Trung tâm"],
]


@pytest.mark.parametrize("name_head", ["Tên tập thể, cá nhân", "Đơn vị, cá nhân", "Họ tên"])
def test_name_list_counts_rows_per_kind(tmp_path, rules, name_head):
    document = _name_list_docx(tmp_path, [
        "III. KHEN THƯỞNG",
        "1. Khen thưởng năm 2022",
        "Danh sách tập thể, cá nhân được khen thưởng năm 2022:",
        [[LIST_HEAD[0], name_head, *LIST_HEAD[2:]], *LIST_2022[1:]],
    ])
    result = _figures(document, rules)
    got = result.values
    assert got["lao_dong_tien_tien"] == 4  # a row naming two titles counts for each
    assert got["chien_si_thi_dua_co_so"] == 1
    assert got["giay_khen"] == 3  # not the last row number 7
    assert "1 tập thể, 2 cá nhân" in result.notes["K2"]


def test_name_list_of_ad_hoc_awards_with_a_merged_kind_cell(tmp_path, rules):
    rows = [
        ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng"],
        ["1", "Lâm Quốc Bảo", "Đội trưởng", "Giấy khen của Chủ tịch UBND huyện (phòng, chống bão số 3)"],
        ["2", "Hà Văn Đức", "Đội viên", ""],
        ["3", "Đội xung kích thôn Vĩnh Lợi", "Thôn Vĩnh Lợi", ""],
        ["4", "Châu Thị Ngọc", "Y sĩ trạm", "Bằng khen của Chủ tịch UBND tỉnh (cứu người trong lũ)"],
    ]
    document = _name_list_docx(tmp_path, [
        "2. Khen thưởng đột xuất 6 tháng đầu năm 2023",
        "Các tập thể, cá nhân được khen thưởng đột xuất trong đợt mưa bão tháng 5/2023:",
        rows,
    ], merges=[(0, 3, 1, 3)])
    got = _figures(document, rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 4  # three Giấy khen of the merged cell and the Bằng khen
    assert "giay_khen" not in got  # ad-hoc, not the 2022 Giấy khen


def test_a_list_of_proposals_is_no_award(tmp_path, rules):
    rows = [["STT", "Họ và tên", "Đơn vị", "Hình thức đề nghị khen thưởng"],
            ["1", "Vũ Thị Lan", "Phòng Kế toán", "Giấy khen của Chủ tịch UBND huyện"],
            ["2", "Mai Văn Sang", "Phòng Kế toán", "Giấy khen của Chủ tịch UBND huyện"]]
    document = _name_list_docx(tmp_path, [
        "Năm 2022, Chủ tịch UBND huyện tặng Giấy khen cho 05 cá nhân của đơn vị.",
        "Danh sách cá nhân đơn vị đã trình khen thưởng:",
        rows,
    ])
    assert _figures(document, rules).values["giay_khen"] == 5


# --- a cluster's total row first, members after: the total, members not added -----------------

def test_cluster_total_row_first(tmp_path, rules):
    rows = [["Đơn vị", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Giấy khen", "Giấy khen"],
            ["", "", "", "Tập thể", "Cá nhân"],
            ["Toàn Khối", "41", "6", "7", "22"],
            ["Trường THCS Lê Lợi", "20", "3", "4", "10"],
            ["Trường THCS Kim Đồng", "21", "3", "3", "12"]]
    document = table_docx(tmp_path, ["Kết quả khen thưởng năm 2022 của Khối thi đua:", (rows, 2)])
    got = _figures(document, rules).values
    assert got["lao_dong_tien_tien"] == 41
    assert got["chien_si_thi_dua_co_so"] == 6
    assert got["giay_khen"] == 29
