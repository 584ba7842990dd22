"""Item classes blind set 27 (183-188) showed at first contact, in other words than the samples'.

- A movement table "Nội dung triển khai | Kết quả đạt được | Tồn tại, hạn chế" whose result cell
  only repeats, as done, what was deployed ("Đã quán triệt ...", "Đã triển khai ...") reports no
  result of the movement, whatever its shortcoming cell says; a result cell with a figure or an
  outcome still reports.
- The year's plan issued ("xây dựng kế hoạch năm 2023") is the deployment, not a target; a goal
  the work is tied to ("Gắn với mục tiêu ..., Hội đã ...") frames a result, as "hướng tới mục tiêu" does.
- A commune's line of fields headed by the bare topic ("- Nông thôn mới: xã đạt 16/19 tiêu chí")
  reports the people's new-rural movement (M1).
The documents are real DOCX files written with python-docx and read back by tdkt's reader, then
judged by the whole pipeline (figures included).
"""

from figure_helpers import table_docx
from item_helpers import default_rules, judge_default

from tdkt.pipeline.check.restated_result import only_restates

HEADER = ["Nội dung thực hiện", "Kết quả", "Khó khăn, vướng mắc"]


def _judge(tmp_path, rows, header=HEADER):
    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster

    document = table_docx(tmp_path, [
        "ỦY BAN NHÂN DÂN THỊ TRẤN PHÚ PHONG",
        "BÁO CÁO",
        "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
        "Kết quả thực hiện các phong trào thi đua của thị trấn như sau:",
        ([header, *rows], 1),
        "Trên đây là báo cáo của UBND thị trấn./.",
    ])
    return judge(document, default_rules(), load_roster(None), file="bc.docx", sha256="x").items


ANSWERED_ROW = ["Phong trào chung tay vì người nghèo: vận động ủng hộ Quỹ Vì người nghèo",
                "Vận động được 42,3 triệu đồng; sửa chữa 03 nhà cho hộ nghèo", "Nguồn vận động còn ít"]


def test_result_cells_that_only_repeat_the_deployment_report_nothing(tmp_path):
    items = _judge(tmp_path, [
        ANSWERED_ROW,
        ['Phong trào "Doanh nghiệp Việt Nam hội nhập và phát triển": triển khai kế hoạch phong trào tới các '
         'cơ sở sản xuất, tiểu thương chợ Phú Phong',
         "Đã triển khai kế hoạch phong trào tới các cơ sở sản xuất và tiểu thương trong chợ",
         "Các cơ sở quy mô nhỏ, ít quan tâm"],
        ["Phong trào xây dựng huyện đạt chuẩn đô thị loại IV năm 2024: quán triệt, vận động nhân dân giữ gìn "
         "mỹ quan đô thị",
         "Đang quán triệt tới các khu phố; vận động nhân dân qua loa truyền thanh của thị trấn", "-"],
    ])
    assert items["M3"].status == "missing", items["M3"].note
    assert items["M7"].status == "missing", items["M7"].note
    assert items["M2"].status == "present", items["M2"].note


def test_the_same_rows_with_an_outcome_or_a_figure_report(tmp_path):
    items = _judge(tmp_path, [
        ANSWERED_ROW,
        ['Phong trào "Doanh nghiệp Việt Nam hội nhập và phát triển": triển khai kế hoạch phong trào tới các '
         'cơ sở sản xuất, tiểu thương chợ Phú Phong',
         "Đã triển khai tới 58 cơ sở; 12 hộ kinh doanh chuyển sang thanh toán không dùng tiền mặt",
         "Các cơ sở quy mô nhỏ"],
        ["Phong trào xây dựng huyện đạt chuẩn đô thị loại IV năm 2024: quán triệt, vận động nhân dân giữ gìn "
         "mỹ quan đô thị",
         "Các hộ tự tháo dỡ 36 mái che lấn chiếm vỉa hè; trồng 120 cây xanh trên tuyến Quang Trung",
         "-"],
    ])
    assert items["M3"].status == "present", items["M3"].note
    assert items["M7"].status == "present", items["M7"].note


def test_only_restates():
    deployed = "Phổ biến Quy chế văn hóa công sở; hướng dẫn đeo thẻ công chức"
    assert only_restates(deployed, "Đã phổ biến Quy chế tới toàn thể công chức")
    assert only_restates(deployed, "Đã phổ biến; đã hướng dẫn")
    # a deployment verb the deployed cell does not name is something more than a restatement
    assert not only_restates(deployed, "Đã kiểm tra việc đeo thẻ của công chức")
    assert not only_restates(deployed, "Đã phổ biến tới 27 công chức")  # a figure
    assert not only_restates(deployed, "Đã hướng dẫn; công chức chấp hành tốt, hoàn thành nhiệm vụ")
    assert not only_restates(deployed, "-")  # a blank cell is form_answers.py's


def test_the_years_plan_issued_is_no_target():
    items = judge_default(
        "Phong trào chung tay vì người nghèo: UBND phường xây dựng kế hoạch năm 2023; Quỹ Vì người nghèo "
        "vận động được 35 triệu đồng, sửa chữa 02 nhà cho hộ cận nghèo.")
    assert items["M2"].status == "present", items["M2"].note
    items = judge_default(
        "Phong trào chung tay vì người nghèo: phấn đấu giảm 12 hộ nghèo, hoàn thành chỉ tiêu kế hoạch năm 2023.")
    assert items["M2"].status != "present", items["M2"].note


def test_a_goal_the_work_is_tied_to_frames_a_result():
    items = judge_default(
        "Gắn với mục tiêu huyện đạt chuẩn nông thôn mới năm 2023, Hội Cựu chiến binh huyện phối hợp hoàn "
        "thiện hồ sơ tiêu chí an ninh trật tự, khảo sát 1.150 hộ về sự hài lòng, đạt 97,2%.")
    assert items["M6"].status == "present", items["M6"].note


def test_a_bare_new_rural_topic_line_reports_the_peoples_movement():
    items = judge_default("- Nông thôn mới: xã đạt 16/19 tiêu chí, tăng 01 tiêu chí so với cuối năm 2022.")
    assert items["M1"].status == "present", items["M1"].note
    items = judge_default("- Nông thôn mới: phấn đấu đạt thêm 02 tiêu chí trong 6 tháng cuối năm.")
    assert items["M1"].status != "present", items["M1"].note
