"""Item classes blind set 11 (85-90) showed at first contact, each in other words than the samples'.

- A sentence that lists the district's movements by their goals ("... xây dựng xã đạt chuẩn nông thôn
  mới nâng cao, đạt chuẩn văn minh đô thị ...") and only says they were disseminated reports no
  result: the "đạt" inside a movement's name is its goal. A result said of the whole list, or a
  quantity, still counts.
"""

from item_helpers import judge_default

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
