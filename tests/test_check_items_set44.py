"""Item classes blind set 44 (282-287) showed at first contact, in other words than the samples'.

- A movement answered only that it goes on, with a grade and nothing done ("...: vẫn được duy trì,
  có hiệu quả tích cực"): the rules' `continuing` list takes the grade as part of the stock answer.
- A movement table's result cell saying only that the movement is deployed as planned ("Thực hiện
  theo hướng dẫn của ...", "Triển khai thực hiện theo kế hoạch ..."): the cell read by itself
  (check/continuing_cells.py, the `continuing` list).
- The one-stop office's dossiers or results digitised ("100% hồ sơ ... được số hóa") are the
  administrative reform's indicator, as their online share is: M9's `exclude`.
- A movement answered that no one took part, its reason before it ("..., chưa có doanh nghiệp nào tham
  gia"): the rules' `negative_answer` list (a form's answer cell alike, check/form_none.py); a
  table's next row is a point of its own, not that answer's explanation (check/negative_answer.py).
- The pandemic only as the landmark the work came after ("Sau khi đại dịch Covid-19 được đẩy lùi, ...
  chuyển sang ..."): M8's `exclude`.
- A bloc named after "về" is the plan's subject, not its issuer ("Kế hoạch số 03/KH-CTĐ về hoạt động
  của Cụm thi đua ..."): L1's `full`.
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


# --- class 2: a table's result cell saying only "deployed as planned" ------------------------------

# A row with figures first: a words-only first row of a two-column table is read as the header's wrapped tail.
_TABLE_HEAD = ["Nội dung thi đua", "Kết quả"]


def test_a_table_row_deployed_as_planned_reports_nothing(tmp_path):
    items = _judge_docx(
        tmp_path, RESULTS,
        ([_TABLE_HEAD,
          ["Cải cách hành chính", "Tiếp nhận 312 hồ sơ, giải quyết đúng hạn 310 hồ sơ"],
          ["Thi đua thực hiện văn hóa công sở", "Thực hiện theo hướng dẫn của Ủy ban nhân dân huyện"]], 1),
    )
    assert items["M4"].status == "missing", items["M4"].note
    assert items["M5"].status == "present", items["M5"].note


def test_a_table_row_with_its_own_deed_after_the_plan_still_reports(tmp_path):
    # contrast: the cell says what was done, not only that it follows the plan
    items = _judge_docx(
        tmp_path, RESULTS,
        ([_TABLE_HEAD,
          ["Cải cách hành chính", "Tiếp nhận 312 hồ sơ, giải quyết đúng hạn 310 hồ sơ"],
          ["Thi đua thực hiện văn hóa công sở",
           "Thực hiện theo hướng dẫn của huyện; 100% cán bộ đeo thẻ, không có trường hợp vi phạm giờ giấc"]], 1),
    )
    assert items["M4"].status == "present", items["M4"].note


# --- class 3: the one-stop office's dossiers digitised are the reform's ------------------------------

def test_dossiers_digitised_at_the_one_stop_office_report_the_reform_not_digital_transformation():
    items = judge_default(
        *HEAD, RESULTS,
        "- Cải cách hành chính: Bộ phận một cửa của phường tiếp nhận 860 hồ sơ, trả đúng hạn 858 hồ sơ; 100% hồ "
        "sơ đầu vào đã được số hóa.",
    )
    assert items["M5"].status == "present", items["M5"].note
    assert items["M9"].status == "missing", items["M9"].note


def test_a_table_row_of_the_reform_with_its_results_digitised_is_the_reforms(tmp_path):
    items = _judge_docx(
        tmp_path, RESULTS,
        ([_TABLE_HEAD,
          ["Đẩy mạnh cải cách hành chính", "Tiếp nhận 512 hồ sơ thủ tục hành chính, đúng hạn 98%; số hóa 480 kết "
                                           "quả giải quyết"]], 1),
    )
    assert items["M9"].status == "missing", items["M9"].note


def test_digitising_said_with_digital_transformation_still_reports_it():
    # contrast: the sentence itself speaks of digital transformation, or of its own tools (signing)
    items = judge_default(
        *HEAD, RESULTS,
        "- Chuyển đổi số trong cải cách hành chính: 100% hồ sơ tiếp nhận tại Bộ phận một cửa được số hóa.",
    )
    assert items["M9"].status == "present", items["M9"].note
    items = judge_default(
        *HEAD, RESULTS,
        "- Cải cách hành chính: Bộ phận một cửa số hóa 300 hồ sơ, 100% kết quả giải quyết được ký số trả qua mạng.",
    )
    assert items["M9"].status == "present", items["M9"].note


# --- class 4: nobody to take part, its reason before it -----------------------------------------------

def test_a_movement_answered_that_no_one_took_part_reports_nothing(tmp_path):
    items = _judge_docx(
        tmp_path, RESULTS,
        ([_TABLE_HEAD,
          ["Cải cách hành chính", "Tiếp nhận 312 hồ sơ, giải quyết đúng hạn 310 hồ sơ"],
          ["Doanh nghiệp Việt Nam hội nhập và phát triển",
           "Thị trấn chỉ có các cơ sở sản xuất nhỏ lẻ, không có doanh nghiệp, hợp tác xã nào đăng ký tham gia"]], 1),
    )
    assert items["M3"].status == "missing", items["M3"].note
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào Doanh nghiệp Việt Nam hội nhập và phát triển: do địa phương ít cơ sở kinh doanh nên chưa có "
        "đơn vị nào đăng ký hưởng ứng.",
    )
    assert items["M3"].status == "missing", items["M3"].note


def test_firms_counted_as_taking_part_still_report_it():
    # contrast: a count of those who took part is a result
    items = judge_default(
        *HEAD, RESULTS,
        "- Phong trào Doanh nghiệp Việt Nam hội nhập và phát triển: 04 hợp tác xã và 02 doanh nghiệp đăng ký tham gia.",
    )
    assert items["M3"].status == "present", items["M3"].note


def test_the_row_after_a_negative_answer_row_is_a_point_of_its_own(tmp_path):
    # a table's rows are points of their own: the row after one answered negatively does not explain it
    items = _judge_docx(
        tmp_path, RESULTS,
        ([_TABLE_HEAD,
          ["Cải cách hành chính", "Tiếp nhận 312 hồ sơ, giải quyết đúng hạn 310 hồ sơ"],
          ["Doanh nghiệp Việt Nam hội nhập và phát triển", "Thị trấn chỉ có các cơ sở sản xuất nhỏ lẻ, chưa có "
                                                           "doanh nghiệp nào tham gia"],
          ["Thi đua thực hiện văn hóa công sở", "Cán bộ chấp hành nghiêm giờ giấc, trang phục; không có trường hợp "
                                                "vi phạm"]], 1),
    )
    assert items["M3"].status == "missing", items["M3"].note
    assert items["M4"].status == "present", items["M4"].note


def test_the_row_after_a_row_with_no_result_yet_is_a_point_of_its_own(tmp_path):
    # the same with an answer the rules knew before: "Chưa có kết quả cụ thể"
    items = _judge_docx(
        tmp_path, RESULTS,
        ([_TABLE_HEAD,
          ["Cải cách hành chính", "Tiếp nhận 312 hồ sơ, giải quyết đúng hạn 310 hồ sơ"],
          ["Doanh nghiệp Việt Nam hội nhập và phát triển", "Chưa có kết quả cụ thể"],
          ["Thi đua thực hiện văn hóa công sở", "Cán bộ chấp hành nghiêm giờ giấc, trang phục; không có trường hợp "
                                                "vi phạm"]], 1),
    )
    assert items["M4"].status == "present", items["M4"].note


# --- class 5: the pandemic only as the landmark the work came after -------------------------------------

def test_work_after_the_pandemic_was_pushed_back_is_no_result_of_the_pandemic_movement():
    items = judge_default(
        *HEAD, RESULTS,
        "Sau khi đại dịch Covid-19 được đẩy lùi, Trạm Y tế chuyển sang khám sàng lọc bệnh không lây nhiễm cho 1.240 "
        "người cao tuổi; quản lý 312 người bệnh tăng huyết áp.",
    )
    assert items["M8"].status == "missing", items["M8"].note


def test_the_pandemic_kept_under_control_with_its_own_work_still_reports_it():
    # contrast: the pandemic's own work in the half year
    items = judge_default(
        *HEAD, RESULTS,
        "Từ khi dịch Covid-19 được kiểm soát, Trạm vẫn duy trì tiêm mũi nhắc lại cho 310 người trong 6 tháng.",
    )
    assert items["M8"].status == "present", items["M8"].note


# --- class 6: a bloc named after "về" is the plan's subject, not its issuer ------------------------------

LEAD = "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"


def test_a_clusters_own_plan_about_its_activity_names_a_document_it_issued():
    items = judge_default(
        *HEAD, LEAD,
        "Ngày 14/02/2023, Cụm trưởng ban hành Kế hoạch số 03/KH-CTĐ về hoạt động của Cụm thi đua số 4, phân công "
        "nhiệm vụ cho các thành viên và thống nhất thang điểm chấm thi đua.",
    )
    assert items["L1"].status == "present", items["L1"].note


def test_a_members_plan_issued_by_its_cluster_is_still_not_its_own():
    # contrast: the cluster issued it, the member only carried it out
    items = judge_default(
        *HEAD, LEAD,
        "Phòng triển khai Kế hoạch số 03/KH-CTĐ ngày 14/02/2023 của Cụm thi đua số 4 đến toàn thể công chức.",
    )
    assert items["L1"].status == "partial", items["L1"].note
