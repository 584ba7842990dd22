"""Ways of writing that the sixth blind set (55-60) found, in our own wording throughout: a long
sentence under a combined assessment-and-plan title that turns to the plan in one ";" clause and
names a movement in a later one."""

from tdkt.pipeline.document import Block, Document, Where
from item_helpers import judge_default as _judge


# --- M9: the turn to the plan carries to the later clauses of one long sentence ------------------

MIXED = "III. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM"


def test_a_movement_in_a_clause_after_the_turn_to_the_plan_is_plan():
    r = _judge(MIXED, "Nhìn chung các phong trào được hưởng ứng rộng rãi, khen thưởng đúng người đúng việc. "
                      "Thời gian tới, đơn vị tập trung khắc phục các chỉ tiêu còn chậm như thu phí, lệ phí và "
                      "giải ngân vốn đầu tư công còn thấp so với kế hoạch của cả năm; triển khai chuyển đổi số "
                      "tại bộ phận một cửa, lập tổ công nghệ số cộng đồng ở từng khu phố.")
    assert r["M9"].status == "missing"


def test_a_movement_in_a_clause_before_the_turn_to_the_plan_counts():
    r = _judge(MIXED, "Các phong trào được duy trì đều. Nhìn chung, công tác chuyển đổi số có chuyển biến rõ, 100% hồ sơ được ký số và trả kết quả "
                      "trực tuyến đúng hạn cho người dân trên địa bàn; thời gian tới, đơn vị tiếp tục kiện toàn "
                      "hội đồng thi đua, khen thưởng và rà soát hồ sơ đề nghị khen thưởng cuối năm.")
    assert r["M9"].status == "present"


def test_a_later_clause_in_an_assessment_section_is_not_plan_for_an_earlier_target():
    # Outside a combined title a target in one clause does not make the next one plan.
    r = _judge("I. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA",
               "Thu ngân sách đạt 62% dự toán, phấn đấu cả năm vượt 10% so với chỉ tiêu huyện giao cho xã "
               "trong năm nay; đã có 1.200 hồ sơ được giải quyết trực tuyến, chuyển đổi số có nhiều chuyển biến.")
    assert r["M9"].status == "present"


# --- F3: OCR breaks the place-and-date line at the wide blank left for the day -----------------

def _meta(date_lines, regions=True):
    from tdkt.pipeline.metadata.read import read_metadata
    head = ["ỦY BAN NHÂN DÂN", "XÃ TÂY AN", "Số: 31/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", *date_lines]
    side = ["header-left"] * 3 + ["header-right"] * (2 + len(date_lines))
    body = ["BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
            "I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
            "Xã đã ban hành Kế hoạch số 7/KH-UBND ngày 12 tháng 01 năm 2023 về phong trào thi đua."]
    blocks = [Block(kind="paragraph", text=t, where=Where(paragraph=i + 1),
                    region=(side[i] if regions and i < len(side) else None))
              for i, t in enumerate(head + body)]
    return read_metadata(Document(blocks=blocks, format="pdf"))


def test_blank_day_split_over_two_ocr_lines_is_partial():
    meta = _meta(["Tây An, ngày", "tháng 6 năm 2023"])
    assert meta.items["F3"].status == "partial"
    assert meta.date is None and meta.date_partial == (None, 6, 2023)
    assert meta.info.place == "Tây An"


def test_blank_day_with_dots_split_over_two_lines_is_partial():
    meta = _meta(["Tây An, ngày .....", "tháng 6 năm 2023"])
    assert meta.items["F3"].status == "partial"


def test_place_alone_on_the_line_above_a_full_date():
    meta = _meta(["Tây An,", "ngày 21 tháng 6 năm 2023"])
    assert meta.items["F3"].status == "present"
    assert meta.info.place == "Tây An"


# --- P3: how the armed forces word the field of technical advances ------------------------------

def _p3(sentence):
    return _judge("I. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA",
                  "Bộ phận một cửa giải quyết 215 thủ tục hành chính, 100% đúng hạn.", sentence)["P3"]


def test_applying_technical_advances_is_the_science_and_technology_field():
    assert _p3("Các đơn vị áp dụng tiến bộ kỹ thuật vào bảo quản vũ khí, trang bị, giảm 12% chi phí.").status \
        == "present"


def test_improved_training_aids_are_the_science_and_technology_field():
    assert _p3("Cán bộ, chiến sĩ làm mới và cải tiến 9 bộ học cụ cho công tác huấn luyện.").status == "present"


def test_technical_improvement_movement_with_a_result_counts():
    assert _p3("Phong trào cải tiến kỹ thuật có 5 giải pháp được áp dụng tại kho, trạm.").status == "present"


def test_one_field_alone_stays_partial():
    assert _p3("Cán bộ, chiến sĩ tham gia đầy đủ các buổi sinh hoạt chính trị trong 6 tháng.").status == "partial"
