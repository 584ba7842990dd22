"""Item classes blind set 20 (141-146) showed at first contact, in other words than the samples'.

- A goal named as the topic the work done answers ("Đối với mục tiêu xây dựng huyện ... đạt chuẩn
  nông thôn mới năm 2023, Phòng đã ...") frames a result: it is no target-only mention (M6). The
  same opener followed only by striving is still a target.
- A share over an abbreviated noun ("16/16 CBCC", "28/30 ĐV") is a count, not a document symbol: it
  is the result of the movement its line names (M4).
- A table row giving a movement's name in one cell and only "Tiếp tục hưởng ứng" in the next reports
  nothing (no ":" between them, and the name is longer than a label's few words); a deed in the cell
  still reports.
- A part promised for when others start ("không có doanh nghiệp; sẽ tham gia khi Ban Chỉ đạo huyện
  phát động") is nothing done yet (M7, M3 missing); work done when the district started still reports.
- "Đột xuất" / "chuyên đề" of work or a meeting ("nhiều việc phát sinh đột xuất", "sinh hoạt chuyên
  đề") is no thematic or ad-hoc award (K3), even beside a number and "đề nghị".
- Telegraphic lines shorten "điển hình tiên tiến" to "ĐHTT" and "lãnh đạo, quản lý" to "LĐ, QL"
  (rules/abbreviations.yaml): "Phát hiện: 04 ĐHTT" reports the advanced examples (P5). "ĐK danh
  hiệu" is a registration for titles ("đăng ký danh hiệu"), not a title received (K2). A document
  listed by kind and number alone ("- QĐ số 12/QĐ-UBND ngày ...: ...", "KH số", "CV số") is a
  document the unit issued (L1 present).
"""

from tdkt.pipeline.check import check_items
from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.segment import segment

from item_helpers import default_rules, judge_default

MOVEMENTS = ("II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


# --- a goal as the topic of the work done ----------------------------------------------------------

def test_work_done_for_a_named_goal_reports_the_movement():
    results = judge_default(
        MOVEMENTS,
        "Đối với mục tiêu đưa huyện đạt chuẩn nông thôn mới trong năm 2023, Hội Nông dân huyện đã rà soát "
        "các tiêu chí huyện thuộc lĩnh vực được giao, gửi báo cáo tự đánh giá cho Văn phòng Điều phối "
        "ngày 12/4/2023.")
    assert results["M6"].status == "present", results["M6"].note


def test_only_striving_for_a_named_goal_is_still_no_result():
    results = judge_default(
        MOVEMENTS,
        "Đối với mục tiêu đưa huyện đạt chuẩn nông thôn mới trong năm 2023, Hội phấn đấu hoàn thành các "
        "tiêu chí huyện được giao.")
    assert results["M6"].status == "missing", results["M6"].note


# --- a share over an abbreviated noun is a count, not a document symbol ----------------------------

def test_a_share_over_an_abbreviated_noun_is_a_quantity():
    from tdkt.pipeline.check import has_quantity
    assert has_quantity("28/30 ĐV tham gia")
    assert has_quantity("14/14 CCVC chấp hành")
    assert not has_quantity("theo Kế hoạch 21/KH-UBND")
    assert not has_quantity("Nghị định 98/2023/NĐ-CP")
    assert not has_quantity("Quyết định 412/2023 QĐ-UBND")


def test_office_culture_reported_as_a_share_of_staff_is_present():
    results = judge_default(
        MOVEMENTS,
        "Văn hóa công sở: 22/22 CCVC mặc trang phục, đeo bảng tên theo quy định; không có trường hợp "
        "đi muộn, về sớm.")
    assert results["M4"].status == "present", results["M4"].note


# --- a movement's table row that only goes on -----------------------------------------------------

def _movement_table(*rows) -> dict:
    rules = default_rules()
    blocks = [Block(kind="heading", text="II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA", heading_level=1,
                    where=Where(paragraph=1)),
              Block(kind="table", text="", where=Where(paragraph=2, table=1),
                    rows=[["STT", "Tên phong trào", "Kết quả thực hiện"], *rows])]
    return check_items(segment(Document(blocks=blocks, format="docx"), rules), rules, None)


def test_a_row_that_only_goes_on_reports_nothing():
    results = _movement_table(["1", "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Tiếp tục thực hiện"],
                              ["2", "Phong trào chung sức xây dựng nông thôn mới", "Vẫn tiếp tục hưởng ứng"])
    assert results["M2"].status == "missing", results["M2"].note
    assert results["M1"].status == "missing", results["M1"].note


def test_a_row_with_a_deed_still_reports():
    results = _movement_table(["1", "Phong trào chung sức xây dựng nông thôn mới",
                               "Nhân dân hiến đất mở rộng đường thôn, tiếp tục hưởng ứng"])
    assert results["M1"].status == "present", results["M1"].note


# --- a part promised for when others start ---------------------------------------------------------

def test_a_part_promised_for_when_the_district_starts_is_no_result():
    results = judge_default(
        MOVEMENTS,
        "Phong trào chỉnh trang đô thị, doanh nghiệp hội nhập: đơn vị không có doanh nghiệp trên địa bàn; "
        "sẽ tham gia khi Ban Chỉ đạo huyện phát động.")
    assert results["M7"].status == "missing", results["M7"].note


def test_work_done_when_the_district_started_still_reports():
    results = judge_default(
        MOVEMENTS,
        "Phong trào chỉnh trang đô thị: khi huyện triển khai, xã đã ra quân dọn vệ sinh 12 tuyến đường.")
    assert results["M7"].status == "present", results["M7"].note


# --- unscheduled work is no ad-hoc award ------------------------------------------------------------

def test_unscheduled_work_is_no_ad_hoc_award():
    results = judge_default(
        ("I. ĐẶC ĐIỂM TÌNH HÌNH", {"kind": "heading", "heading_level": 1}),
        "Khó khăn: công việc phát sinh đột xuất nhiều, nhất là hồ sơ đề nghị thẩm định 03 dự án; Chi bộ sinh "
        "hoạt chuyên đề 02 lần nhưng thiếu 01 kế toán.")
    assert results["K3"].status == "missing", results["K3"].note


def test_an_ad_hoc_award_is_still_one():
    results = judge_default(
        ("III. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1}),
        "Trong 6 tháng, Chủ tịch UBND huyện tặng Giấy khen đột xuất cho 02 cá nhân của Trạm có thành tích "
        "cứu người bị nạn.")
    assert results["K3"].status == "present", results["K3"].note


# --- telegraphic abbreviations ---------------------------------------------------------------------

def test_advanced_examples_shortened_to_dhtt_are_reported():
    results = judge_default(
        MOVEMENTS,
        "- Phát hiện, bồi dưỡng: 04 ĐHTT (02 hộ SXKD giỏi, 01 tổ hòa giải, 01 đoàn viên).")
    assert results["P5"].status == "present", results["P5"].note


def test_leaders_shortened_to_ld_ql_are_the_leaders():
    results = judge_default(
        ("III. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1}),
        "Cá nhân được khen: 25 lượt, trong đó LĐ, QL chiếm 28%.")
    assert results["K5"].status == "present", results["K5"].note


def test_titles_registered_in_a_telegraphic_line_are_no_2022_titles():
    results = judge_default(
        ("III. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1}),
        "- ĐK danh hiệu năm 2023: 15/15 CB ĐK LĐTT; 02 đ/c ĐK CSTĐCS; Trạm ĐK TTLĐTT.",
        "- Năm 2022: LĐTT 14/15 CB; CSTĐCS 01; GK 03 CN.")
    assert results["K2"].status == "partial", results["K2"].note
    assert "Tập thể lao động tiên tiến" in results["K2"].note.split("Chưa nêu")[-1]


def test_documents_listed_by_shortened_kind_and_number_are_named_documents():
    results = judge_default(
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", {"kind": "heading", "heading_level": 1}),
        "- CV số 118/UBND ngày 02/3/2023: đôn đốc các thôn rà soát hộ gia đình văn hóa.",
        "- QĐ số 33/QĐ-UBND ngày 17/02/2023: kiện toàn Hội đồng TĐKT.")
    assert results["L1"].status == "present", results["L1"].note
