"""Item classes blind set 11 (85-90) showed at first contact, each in other words than the samples'.

- A sentence that lists the district's movements by their goals ("... xây dựng xã đạt chuẩn nông thôn
  mới nâng cao, đạt chuẩn văn minh đô thị ...") and only says they were disseminated reports no
  result: the "đạt" inside a movement's name is its goal. A result said of the whole list, or a
  quantity, still counts.
"""

from item_helpers import default_rules, judge_default

HEADING = ("I. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})
MOVEMENTS = ("M4", "M5", "M6", "M7", "M9")


def test_movements_listed_by_their_goals_and_only_disseminated_report_nothing():
    results = judge_default(
        HEADING,
        "Những phong trào thi đua về chuyển đổi số, cải cách hành chính, giữ gìn văn hóa công sở, chung sức "
        "xây dựng huyện đạt chuẩn nông thôn mới và đạt chuẩn đô thị loại IV đã được đơn vị tuyên truyền, "
        "phổ biến rộng rãi tới cán bộ, hội viên.")
    assert {m: results[m].status for m in MOVEMENTS} == {m: "missing" for m in MOVEMENTS}


def test_a_result_said_of_the_whole_list_still_counts():
    results = judge_default(
        HEADING,
        "Đơn vị hưởng ứng các phong trào thi đua về chuyển đổi số, cải cách hành chính, văn hóa công sở và "
        "đều đạt kết quả tốt, được Ban Thi đua huyện đánh giá cao.")
    assert results["M9"].status == "present" and results["M5"].status == "present"


def test_award_forms_shortened_as_offices_write_them():
    results = judge_default(
        ("II. CÔNG TÁC KHEN THƯỞNG", {"kind": "heading", "heading_level": 1}),
        "Năm 2022 cơ quan có 05/05 công chức đạt LĐTT, 01 đồng chí đạt CSTĐCS, cơ quan đạt TTLĐTT; "
        "Chủ tịch UBND huyện tặng GK cho 01 tập thể và 03 cá nhân.")
    assert results["K2"].status == "present", results["K2"].note


def test_examples_named_as_people_who_set_an_example():
    results = judge_default(
        HEADING,
        "Qua các đợt thi đua đã xuất hiện nhiều tấm gương bình thường mà cao đẹp, như bà Lê Thị Hoa ở thôn 3 "
        "nhiều năm nhận nuôi trẻ mồ côi, anh Phan Văn Dũng 20 lần tham gia cứu hộ.")
    assert results["P5"].status == "present"
    following = judge_default(
        HEADING, "Cán bộ, hội viên tích cực học tập và làm theo tấm gương đạo đức Hồ Chí Minh, hoàn thành nhiệm vụ.")
    assert following["P5"].status == "missing"  # following an example is not finding one


def test_initiatives_shortened_as_sk():
    results = judge_default(
        ("I.3. Sáng kiến, khen thưởng", {"kind": "heading", "heading_level": 2}),
        "- SK cấp cơ sở: 02 SK được Hội đồng công nhận (QĐ số 77/QĐ-UBND ngày 10/3/2023).")
    assert results["K1"].status == "present"


def _short_report(title: str):
    from tdkt.pipeline.document import Block, Document, Where
    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster

    lines = [("UBND XÃ BÌNH SƠN", "header-left"), ("Số: 21/BC-UBND", "header-left"),
             ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "header-right"), ("Độc lập - Tự do - Hạnh phúc", "header-right"),
             ("Bình Sơn, ngày 19 tháng 6 năm 2023", "header-right"), ("BÁO CÁO", None), (title, None),
             ("Thực hiện công văn của huyện, xã báo cáo như sau:", None), ("1. Chỉ đạo", None),
             ("Xã đã phổ biến kế hoạch của huyện tới các thôn, giao chỉ tiêu cho từng thôn.", None), ("Các thôn đã đăng ký chỉ tiêu và ký cam kết với xã.", None), ("2. Kết quả", None),
             ("- Diện tích lúa vụ Hè Thu 210 ha; thu ngân sách đạt 61% dự toán.", None),
             ("- Chung sức xây dựng NTM: đạt 16/19 tiêu chí; nhân dân hiến 800 m2 đất, đóng góp 300 ngày công mở rộng "
              "đường thôn 3.", None),
             ("- Khen thưởng năm 2022: LĐTT 11; CSTĐCS 01.", None), ("3. Tồn tại", None),
             ("Cán bộ kiêm nhiệm nhiều việc, hồ sơ còn chậm.", None), ("4. Phương hướng", None),
             ("Tiếp tục thực hiện các chỉ tiêu năm 2023.", None)]
    blocks = [Block(kind="paragraph", text=t, region=r, where=Where(paragraph=k + 1)) for k, (t, r) in enumerate(lines)]
    return judge(Document(blocks=blocks, format="docx"), default_rules(), load_roster(None), file="x.docx", sha256="x")


def test_a_hurried_report_whose_title_names_the_subject_is_never_taken_for_another_subject():
    record = _short_report("Kết quả công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
    assert record.document.on_subject is True
    assert record.items["M1"].status == "present", record.items["M1"].note
    assert record.items["K2"].status in ("present", "partial")
    # the same body under another subject's title is still a report sent by mistake
    other = _short_report("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2023")
    assert other.document.on_subject is False
