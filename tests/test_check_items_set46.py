"""Item classes blind set 46 (291-296) showed at first contact, in other words than the samples'.

- A results form ("Nội dung | Chỉ tiêu năm | Kết quả 6 tháng") put after the plan's section under a
  title the outline takes for a sub-heading: a row whose done cell holds a result reports, whatever
  its target cell and the heading above say; a row whose done cell is blank, a dash or pending
  ("đang thống kê": the rules' `pending_cell`) reports nothing (check/done_column.py).
"""

from figure_helpers import table_docx
from item_helpers import default_rules

HEAD = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
PLAN = "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM"
_FORM_HEAD = ["STT", "Nội dung", "Chỉ tiêu năm 2023", "Kết quả 6 tháng", "Ghi chú"]


def _judge_docx(tmp_path, *items):
    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster

    document = table_docx(tmp_path, [*HEAD, *items, "Trên đây là báo cáo./."])
    return judge(document, default_rules(), load_roster(None), file="bc.docx", sha256="x").items


def _form(*rows):
    return ([_FORM_HEAD, *rows], 1)


def test_a_form_row_with_its_done_cell_filled_reports_under_the_plan_heading(tmp_path):
    items = _judge_docx(
        tmp_path, PLAN,
        "- Tiếp tục nâng cao chất lượng dạy và học, chuẩn bị tốt cho năm học mới.",
        "Bảng số liệu kèm theo",
        _form(["1", "Thực hiện văn hóa công sở: giáo viên chấp hành nội quy, đeo thẻ khi lên lớp", "100%", "98,5%",
               "Không có trường hợp vi phạm"]),
    )
    assert items["M4"].status == "present", items["M4"].note


def test_a_form_row_whose_done_cell_is_pending_or_blank_reports_nothing(tmp_path):
    # contrast: the target filled, the done cell pending or a dash
    items = _judge_docx(
        tmp_path, PLAN,
        "- Tiếp tục nâng cao chất lượng dạy và học, chuẩn bị tốt cho năm học mới.",
        "Bảng số liệu kèm theo",
        _form(["1", "Thực hiện văn hóa công sở: giáo viên chấp hành nội quy, đeo thẻ khi lên lớp", "100%",
               "Đang thống kê", ""],
              ["2", "Cải cách hành chính: hồ sơ chuyển trường giải quyết đúng hạn", "100%", "-", "Chưa có số liệu"]),
    )
    assert items["M4"].status == "missing", items["M4"].note
    assert items["M5"].status == "missing", items["M5"].note


# --- class 2: a ratio row naming the titles it is taken over, in a target | done form ----------------

def _figures(tmp_path, *items):
    from tdkt.pipeline import figures

    document = table_docx(tmp_path, [*HEAD, "II. KẾT QUẢ THỰC HIỆN", *items, "Trên đây là báo cáo./."])
    return figures.extract_figures(document, default_rules(), None).values


_RATIO_NAME = "Tỷ lệ người lao động trực tiếp trong số cá nhân được khen (Chiến sĩ thi đua cơ sở, Lao động tiên tiến)"


def test_a_ratio_row_naming_its_titles_reads_the_done_cell(tmp_path):
    values = _figures(tmp_path, _form(["1", "Số giáo viên dạy giỏi cấp huyện", "12", "15", ""],
                                      ["2", _RATIO_NAME, "Trên 50%", "72,7%", ""]))
    assert values.get("ty_le_lao_dong_truc_tiep") == 72.7, values


def test_a_ratio_row_with_its_done_cell_blank_gives_no_ratio(tmp_path):
    # contrast: the target cell is the plan's, never the ratio
    values = _figures(tmp_path, _form(["1", "Số giáo viên dạy giỏi cấp huyện", "12", "15", ""],
                                      ["2", _RATIO_NAME, "Trên 50%", "", "Chưa thống kê"]))
    assert values.get("ty_le_lao_dong_truc_tiep") is None, values
