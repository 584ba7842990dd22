"""Item classes blind set 34 (225-230) showed at first contact, in other words than the samples'.

- An attached form after the closing sentence, under its own title line ("BIỂU SỐ 02", "Mẫu số
  3") like an appendix's: its table is no part of the last section above it (the next half's
  tasks), so its rows are results, not a plan (segment.py).
- In such a form, the unit-of-measure column ("ĐVT", "Đơn vị tính") answers nothing: a row with
  only its unit and the year's plan filled, the result cell blank or "-", reports nothing
  (check/form_answers.py).
- An office's ISO 9001 quality-management system is the field "cải tiến lề lối làm việc, phương
  pháp quản lý" of P3 (rules).
- A warm narrative's praise of the period ("được phát huy", "được nhân rộng", "nhiệt tình, sâu
  sát", "điều đáng mừng") under an unlabelled "Nhìn lại ..." paragraph is the assessment (D1; rules'
  verdict_positive).
- The next half's tasks told as one long sentence opened by the plan's words ("Sáu tháng cuối
  năm, ... sẽ ...; ...; X") with no plan heading above: its later ";" clauses are the plan's too
  (check/plan_clauses.py).
The form documents are real DOCX files written with python-docx and read back by tdkt's reader,
then judged by the whole pipeline (figures included).
"""

import docx

from item_helpers import default_rules, judge_default

HEADER = ["TT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch 2023", "Thực hiện 6 tháng", "Ghi chú"]


def _form_report(tmp_path, rows, form_title="BIỂU SỐ 02"):
    """A short report of a finance office whose results are all in a form after the closing line."""
    from tdkt.extractors import extract
    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster

    d = docx.Document()
    for text, bold in [
        ("PHÒNG TÀI CHÍNH - KẾ HOẠCH", True),
        ("BÁO CÁO", True),
        ("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023", True),
        ("1. Công tác chỉ đạo", True),
        ("Phòng ban hành Kế hoạch số 04/KH-TCKH ngày 10/02/2023 về phong trào thi đua năm 2023.", False),
        ("2. Kết quả", True),
        ("Kết quả các chỉ tiêu thi đua 6 tháng đầu năm được tổng hợp tại biểu kèm theo.", False),
        ("3. Phương hướng, nhiệm vụ 6 tháng cuối năm", True),
        ("Tiếp tục thực hiện tốt nhiệm vụ thẩm định quyết toán, tham mưu phân bổ dự toán năm 2024.", False),
        ("Trân trọng báo cáo./.", False),
        *([(form_title, True)] if form_title else []),
        ("TỔNG HỢP KẾT QUẢ CÁC CHỈ TIÊU THI ĐUA 6 THÁNG ĐẦU NĂM 2023", True),
    ]:
        d.add_paragraph().add_run(text).bold = bold
    table = d.add_table(rows=len(rows) + 1, cols=len(HEADER))
    table.style = "Table Grid"
    for r, row in enumerate([HEADER, *rows]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "bc.docx"
    d.save(path)
    return judge(extract(path), default_rules(), load_roster(None), file="bc.docx", sha256="x").items


ROWS = [
    ["1", "Công chức chấp hành nội quy, thực hiện văn hóa công sở", "%", "100", "100", "11/11 người"],
    ["2", "Đóng góp Quỹ \"Vì người nghèo\" của huyện", "đồng", "3.000.000", "3.500.000", ""],
]


# --- an attached form's title closes the sections above it, like an appendix's ---

def test_a_form_after_the_closing_line_reports_results_not_the_plan(tmp_path):
    items = _form_report(tmp_path, ROWS)
    assert items["M4"].status == "present", items["M4"].note
    assert items["M2"].status == "present", items["M2"].note


def test_a_sample_form_title_with_mau_so_closes_the_plan_too(tmp_path):
    items = _form_report(tmp_path, ROWS, form_title="Mẫu số 3")
    assert items["M4"].status == "present", items["M4"].note


def test_without_its_title_the_table_stays_under_the_plan_heading(tmp_path):
    # contrast: nothing closes the tasks section, so its table is still under the plan's heading; since
    # set 46 a row whose "Thực hiện 6 tháng" cell holds a result reports wherever it sits
    # (check/done_column.py), and a row whose done cell is blank still reports nothing
    items = _form_report(tmp_path, ROWS, form_title=None)
    assert items["M4"].status == "present", items["M4"].note
    items = _form_report(tmp_path, [[*ROWS[0][:4], "", ROWS[0][5]], ROWS[1]], form_title=None)
    assert items["M4"].status == "missing", items["M4"].note


def test_a_praise_heading_is_no_form_title():
    # contrast: "Biểu dương ..." without a number names no form; the plan section goes on
    from item_helpers import item_doc
    from tdkt.pipeline.segment import segment
    seg = segment(item_doc(
        ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", {"bold": True}),
        "Tiếp tục đẩy mạnh các phong trào thi đua.",
        ("BIỂU DƯƠNG ĐIỂN HÌNH", {"bold": True}),
        "Tổ chức biểu dương 05 gương điển hình vào dịp 2/9.",
        ("BIỂU SỐ 01", {"bold": True}),
        "Số liệu kèm theo.",
    ), default_rules())
    top = [s.title for s in seg.root.children]
    assert "BIỂU DƯƠNG ĐIỂN HÌNH" not in top
    assert "BIỂU SỐ 01" in top


# --- the unit-of-measure column answers nothing ---

def test_a_row_with_only_its_unit_and_the_plan_filled_reports_nothing(tmp_path):
    items = _form_report(tmp_path, [
        *ROWS,
        ["3", "Gương người tốt, việc tốt được phát hiện, biểu dương", "gương", "4", "-", "Xét cuối năm"],
        ["4", "Phong trào \"Chung sức xây dựng nông thôn mới\"", "", "", "", "Không phát sinh"],
    ])
    assert items["P5"].status == "missing", items["P5"].note
    assert items["M1"].status == "missing", items["M1"].note
    assert "ô kết quả để trống" in items["M1"].note or "ô kết quả để trống" in items["P5"].note


def test_the_same_row_answered_reports(tmp_path):
    # contrast: a result in the result column
    items = _form_report(tmp_path, [
        *ROWS,
        ["4", "Phong trào \"Chung sức xây dựng nông thôn mới\"", "ngày công", "20", "26",
         "Cán bộ tham gia làm đường tại xã kết nghĩa"],
    ])
    assert items["M1"].status == "present", items["M1"].note


def test_form_columns_leave_the_unit_column_out():
    from tdkt.pipeline.check.form_answers import form_columns, is_unanswered
    question, answers = form_columns(["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện 6 tháng",
                                      "Tỷ lệ %", "Ghi chú"])
    assert (question, answers) == (1, [4, 5])
    assert is_unanswered(["3", "Cán bộ học tập nghị quyết", "%", "100", "", "", "Cuối năm"], question, answers)
    assert not is_unanswered(["3", "Cán bộ học tập nghị quyết", "%", "100", "92", "92,0", ""], question, answers)


# --- ISO 9001 is a management method (P3) ---

RESULTS = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
           ("I. KẾT QUẢ THỰC HIỆN", {"bold": True}))


def test_iso_quality_management_is_a_field_beside_administrative_reform():
    status = judge_default(
        *RESULTS,
        "Giải quyết 1.204 hồ sơ thủ tục hành chính, 99,2% đúng hạn.",
        "Cơ quan áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015, cập nhật 07 quy trình.",
    )["P3"]
    assert status.status == "present", status.note
    assert "phương pháp quản lý" in status.note.split("Chưa nêu")[0]


def test_administrative_reform_alone_stays_partial():
    # contrast: one field only
    status = judge_default(*RESULTS, "Giải quyết 1.204 hồ sơ thủ tục hành chính, 99,2% đúng hạn.")["P3"]
    assert status.status == "partial", status.note


# --- a narrative's praise is an assessment (D1) ---

CLOSING_PART = ("III. NHÌN LẠI SÁU THÁNG", {"bold": True})


def test_praise_in_warm_words_is_the_assessment():
    status = judge_default(
        *RESULTS, "Đoàn viên tham gia 14 đợt ra quân làm sạch đường làng.", CLOSING_PART,
        "Nhìn lại nửa năm qua, điều đáng mừng là đoàn viên ở các chi đoàn hăng hái; tinh thần xung kích "
        "được phát huy; nhiều cách làm hay được các chi đoàn bạn học tập, nhân rộng.")["D1"]
    assert status.status == "present", status.note


def test_a_look_back_that_only_finds_fault_is_no_strength():
    # contrast: the same opening, fault only
    status = judge_default(
        *RESULTS, "Đoàn viên tham gia 14 đợt ra quân làm sạch đường làng.", CLOSING_PART,
        "Nhìn lại nửa năm qua, nhiều chi đoàn chưa phát huy được vai trò; sinh hoạt còn hình thức.")["D1"]
    assert status.status == "missing", status.note


# --- a long sentence opened by the plan's words: its later clauses are the plan, even under a results
# heading (a narrative report's closing paragraph, a report with no outline) ---

# a paragraph of more than one sentence: its long sentences are cut at ";" (segment.py)
LEAD = "Kết quả trên là nền tảng để Huyện đoàn bước vào nửa cuối năm. "

def test_a_later_clause_of_a_task_sentence_is_the_plan():
    status = judge_default(
        *RESULTS, "Đoàn viên tham gia 14 đợt ra quân làm sạch đường làng.",
        LEAD + "Sáu tháng cuối năm, Ban Chấp hành Huyện đoàn sẽ tiếp tục duy trì các đội hình thanh niên tình "
        "nguyện ở cơ sở và nhân rộng mô hình thắp sáng đường quê ra các thôn còn lại; mở thêm 02 lớp tin học "
        "cho đoàn viên nông thôn; góp sức cùng toàn huyện hoàn thành các tiêu chí huyện đạt chuẩn nông thôn "
        "mới trong năm 2023.")["M6"]
    assert status.status == "missing", status.note
    assert "nhiệm vụ, phương hướng" in status.note


def test_a_clause_that_says_work_was_done_stands_on_its_own():
    # contrast: a later clause with "đã" is a result even after a plan opening
    status = judge_default(
        *RESULTS,
        LEAD + "Sáu tháng cuối năm, Huyện đoàn sẽ tiếp tục duy trì các đội hình thanh niên tình nguyện ở cơ sở và "
        "nhân rộng mô hình thắp sáng đường quê ra các thôn còn lại; đến nay đoàn viên đã góp 340 ngày công "
        "hoàn thiện tiêu chí cảnh quan cho hồ sơ huyện đạt chuẩn nông thôn mới.")["M6"]
    assert status.status == "present", status.note


def test_a_result_clause_before_a_plan_clause_still_reports():
    # contrast: the sentence opens with the result, the plan comes after
    status = judge_default(
        *RESULTS,
        LEAD + "Đoàn viên góp 340 ngày công hoàn thiện tiêu chí cảnh quan cho hồ sơ huyện đạt chuẩn nông thôn mới "
        "năm 2023, được Ban Chỉ đạo huyện ghi nhận; sáu tháng cuối năm sẽ tiếp tục duy trì các đội hình "
        "thanh niên tình nguyện ở cơ sở.")["M6"]
    assert status.status == "present", status.note
