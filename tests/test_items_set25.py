"""Item classes blind set 25 (171-176) showed at first contact, in other words than the samples'.

- A section written as one run-on paragraph of comma clauses, telling the movements one after
  another ("..., phong trào A ..., đã đóng góp 900 ngày công ..., phong trào B ... vận động 31 triệu
  đồng, ..., các phong trào còn lại như C, D tiếp tục được duy trì, việc ... 100% ..."): a figure
  belongs to the movement whose stretch holds it, so C and D, only named, are not reported. A
  movement whose own stretch carries a figure still reports; a short sentence listing movements is
  read as before.
"""


from item_helpers import judge_default

MOVEMENTS = ("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})

RUN_ON_HEAD = (
    "Về công tác phát động, Hội đồng Thi đua - Khen thưởng thị trấn tổ chức hội nghị phát động thi đua "
    "ngày 10/02/2023 với 64 đại biểu tham dự, về kết quả các phong trào thi đua do huyện phát động, "
    "phong trào \"Huyện Tây Sơn chung tay vì người nghèo - Không để ai bị bỏ lại phía sau\" được các "
    "khu phố hưởng ứng, Ban vận động thị trấn vận động được 31,4 triệu đồng, sửa chữa 03 nhà cho hộ "
    "cận nghèo ở khu phố Phú Xuân, phong trào văn hóa công sở được công chức thị trấn thực hiện nghiêm, "
    "96% công chức được xếp loại hoàn thành tốt nhiệm vụ, tiếp nhận 842 hồ sơ hành chính, trả đúng hạn 838 hồ sơ, "
)


def test_movements_named_in_passing_in_a_run_on_paragraph_are_not_reported():
    results = judge_default(
        MOVEMENTS,
        RUN_ON_HEAD
        + "các phong trào khác như thi đua phòng, chống và chiến thắng đại dịch Covid-19, xây dựng huyện "
          "đạt chuẩn đô thị loại IV năm 2024, phong trào \"Doanh nghiệp Việt Nam hội nhập và phát triển\" "
          "vẫn được quán triệt và duy trì thường xuyên, việc học tập và làm theo tư tưởng, đạo đức, phong "
          "cách Hồ Chí Minh được chi bộ các khu phố quan tâm, 100% đảng viên đăng ký làm theo gương Bác, "
          "12 mô hình dân vận khéo được xây dựng.")
    for item in ("M3", "M7", "M8"):
        assert results[item].status == "missing", (item, results[item].note)
    assert "đoạn văn kể nhiều phong trào" in results["M8"].note
    for item in ("M2", "M4"):
        assert results[item].status == "present", (item, results[item].note)


def test_a_movement_with_a_figure_in_its_own_stretch_of_a_run_on_paragraph_reports():
    results = judge_default(
        MOVEMENTS,
        RUN_ON_HEAD
        + "phong trào phòng, chống dịch Covid-19 tiếp tục được duy trì, trạm y tế tiêm mũi nhắc lại cho "
          "1.260 người, xây dựng huyện đạt chuẩn đô thị loại IV năm 2024 được quán triệt, việc học tập "
          "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được quan tâm, 100% đảng viên đăng ký.")
    assert results["M8"].status == "present", results["M8"].note
    assert results["M7"].status == "missing", results["M7"].note


def test_a_short_sentence_naming_movements_is_read_as_before():
    # Not a run-on paragraph: a result said of the whole list reports each movement (context.py).
    results = judge_default(
        MOVEMENTS,
        "Các phong trào phòng, chống dịch Covid-19 và xây dựng huyện đạt chuẩn đô thị loại IV được "
        "triển khai, đã vận động 420 hội viên tham gia.")
    assert results["M8"].status == "present", results["M8"].note


# --- a report typed without diacritics -----------------------------------------------------------

def test_movements_named_without_diacritics_are_not_reported_by_the_word_phong_trao():
    # "phong trao" is "phong trào" without its marks, not "trao" (to hand over, a result)
    results = judge_default(
        ("đ) Các phong trào khác", {"kind": "heading", "heading_level": 3}),
        "Ngoai ra, cac phong trao nhu phong chong dich Covid-19, xay dung do thi van minh cung duoc "
        "cac thon quan tam.")
    assert results["M8"].status == "missing", results["M8"].note


def test_a_movement_with_something_handed_over_still_reports():
    results = judge_default(
        MOVEMENTS,
        "Nhân dịp này, Ủy ban nhân dân xã trao quà cho lực lượng trực chốt phòng, chống dịch Covid-19.")
    assert results["M8"].status == "present", results["M8"].note
    undiacriticised = judge_default(
        MOVEMENTS, "Nhan dip nay, UBND xa trao qua cho luc luong truc chot phong chong dich Covid-19.")
    assert undiacriticised["M8"].status == "present", undiacriticised["M8"].note


# --- a department's report on the sector it directs, the office set apart ----------------------

from item_helpers import default_rules, item_doc  # noqa: E402
from tdkt.pipeline.check import check_items  # noqa: E402
from tdkt.pipeline.segment import segment  # noqa: E402

SECTOR_HEAD = (
    "UBND HUYỆN TÂY SƠN",
    "PHÒNG VĂN HÓA VÀ THÔNG TIN",
    "Số: 41/BC-VHTT",
    "BÁO CÁO",
    "Sơ kết công tác thi đua, khen thưởng ngành Văn hóa - Thông tin 6 tháng đầu năm 2023",
    ("III. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1}),
    "Năm 2022, toàn ngành có 38 cá nhân đạt danh hiệu Lao động tiên tiến, 05 cá nhân đạt danh hiệu Chiến "
    "sĩ thi đua cơ sở và 04 tập thể đạt danh hiệu Tập thể lao động tiên tiến.",
)
OFFICE_APART = ("Riêng Phòng Văn hóa và Thông tin: tập thể Phòng đạt danh hiệu \"Tập thể lao động tiên "
                "tiến\"; 04/04 công chức đạt danh hiệu \"Lao động tiên tiến\".")
SECTOR_AWARDS = (
    "Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể và 05 cá nhân của Trung tâm Văn hóa - Thể thao có "
    "thành tích trong năm 2022.",
    "Trong 6 tháng đầu năm 2023, Phòng tham mưu Chủ tịch UBND huyện tặng Giấy khen đột xuất cho 01 đội văn "
    "nghệ thôn và 03 diễn viên quần chúng.",
    "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng: 72,1%; cán bộ lãnh đạo, quản lý: 27,9%.",
)


def judge_document(*lines):
    document = item_doc(*lines)
    return check_items(segment(document, default_rules()), default_rules(), None, document=document)


def test_a_sector_report_setting_the_office_apart_counts_only_the_offices_awards():
    results = judge_document(*SECTOR_HEAD, OFFICE_APART, *SECTOR_AWARDS)
    assert results["K2"].status == "partial", results["K2"].note
    assert "Giấy khen" in results["K2"].note.split("Chưa nêu:")[1], results["K2"].note
    for item in ("K3", "K4", "K5"):
        assert results[item].status == "missing", (item, results[item].note)
    assert "cả ngành" in results["K3"].note


def test_a_sector_report_that_never_sets_the_office_apart_is_read_as_a_whole():
    results = judge_document(*SECTOR_HEAD, *SECTOR_AWARDS)
    for item in ("K3", "K4", "K5"):
        assert results[item].status == "present", (item, results[item].note)


def test_the_offices_own_awards_named_in_a_sector_report_count():
    results = judge_document(
        *SECTOR_HEAD, OFFICE_APART,
        "Trong 6 tháng đầu năm 2023, Phòng Văn hóa và Thông tin có 01 công chức được Chủ tịch UBND huyện "
        "tặng Giấy khen đột xuất vì thành tích tổ chức Lễ hội.")
    assert results["K3"].status == "present", results["K3"].note


# --- a run-on paragraph crediting the work told before to the movement it names ------------------

def test_work_told_before_a_closing_that_credits_it_to_a_movement_reports_that_movement():
    results = judge_default(
        MOVEMENTS,
        RUN_ON_HEAD
        + "về trật tự nội thị, thị trấn trồng 320 cây xanh, lắp 45 bóng đèn chiếu sáng trên các tuyến đường "
          "nội thị, góp phần thực hiện phong trào xây dựng huyện đạt chuẩn đô thị loại IV năm 2024, phong trào "
          "thi đua phòng, chống dịch Covid-19 tiếp tục được quán triệt, việc học tập và làm theo tư tưởng, đạo "
          "đức, phong cách Hồ Chí Minh được quan tâm, 100% đảng viên đăng ký làm theo gương Bác.")
    assert results["M7"].status == "present", results["M7"].note
    assert results["M8"].status == "missing", results["M8"].note


def test_the_districts_goal_closing_other_work_in_a_run_on_paragraph_is_no_result_of_it():
    results = judge_default(
        MOVEMENTS,
        RUN_ON_HEAD
        + "nhân dân các khu phố hiến 640 m2 đất, đóng góp 210 ngày công làm 0,8 km đường bê tông, góp phần "
          "cùng huyện đạt chuẩn nông thôn mới năm 2023, phong trào thi đua phòng, chống dịch Covid-19 tiếp "
          "tục được quán triệt, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được "
          "quan tâm, 100% đảng viên đăng ký làm theo gương Bác.")
    assert results["M6"].status == "missing", results["M6"].note
