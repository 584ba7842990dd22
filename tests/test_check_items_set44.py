"""Item classes blind set 44 (282-287) showed at first contact, in other words than the samples'.

- A movement answered only that it goes on, with a grade and nothing done ("...: vẫn được duy trì,
  có hiệu quả tích cực"): the rules' `continuing` list takes the grade as part of the stock answer.
"""

from figure_helpers import table_docx
from item_helpers import default_rules, judge_default

HEAD = ("BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
RESULTS = "II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA"


def _judge_docx(tmp_path, *items):
    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster

    document = table_docx(tmp_path, ["THỊ TRẤN PHÚ PHONG", *HEAD, *items, "Trên đây là báo cáo./."])
    return judge(document, default_rules(), load_roster(None), file="bc.docx", sha256="x").items


# --- class 1: "goes on" with a grade, nothing done ------------------------------------------------

def test_a_movement_that_goes_on_with_a_grade_only_reports_nothing():
    items = judge_default(
        *HEAD, RESULTS,
        "- Thực hiện văn hóa công sở: vẫn được duy trì, có hiệu quả tích cực.",
        "- Cải cách hành chính: Bộ phận một cửa tiếp nhận 642 hồ sơ, trả đúng hạn 640 hồ sơ.",
    )
    assert items["M4"].status == "missing", items["M4"].note


def test_a_movement_going_on_and_graded_with_its_results_after_still_reports():
    # contrast: the stock line, then what was done
    items = judge_default(
        *HEAD, RESULTS,
        "- Thực hiện văn hóa công sở: vẫn được duy trì, có hiệu quả tích cực. 100% cán bộ, viên chức chấp hành "
        "nghiêm việc đeo thẻ, mặc đồng phục; 6 tháng không có trường hợp đi muộn.",
    )
    assert items["M4"].status == "present", items["M4"].note
