"""Ways of writing that the fifth blind set (49-54) found, in our own wording throughout: one
section titled both as the overall assessment and as the second-half plan, a single sentence
that assesses and then turns to the plan after ";"."""

from tdkt.pipeline.document import Block, Document, Where


def _judge(*lines):
    from tdkt.pipeline.check import check_items
    from tdkt.pipeline.segment import segment
    from tdkt.rules.loader import load_ruleset
    rs = load_ruleset()
    blocks = [Block(kind="paragraph", text=t, where=Where(paragraph=i)) for i, t in enumerate(lines, start=1)]
    return check_items(segment(Document(blocks=blocks, format="docx"), rs), rs)


# --- D1/D2 under a title that names the assessment and the plan together ------------------------

MIXED = "IV. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG THỜI GIAN TỚI"


def test_strengths_under_a_combined_assessment_and_plan_title_count():
    r = _judge(MIXED, "Ưu điểm: cán bộ, công chức hưởng ứng đều khắp, hồ sơ khen được xét đúng quy trình.",
               "Tồn tại: vài bộ phận gửi báo cáo trễ hạn.")
    assert r["D1"].status == "present"
    assert r["D2"].status == "present"


def test_a_plan_sentence_under_the_combined_title_is_still_plan():
    r = _judge(MIXED, "Thời gian tới, phấn đấu khắc phục những tồn tại, hạn chế trong xét khen thưởng.")
    assert r["D2"].status == "missing"


def test_a_plan_only_title_still_makes_every_sentence_plan():
    r = _judge("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
               "Ưu điểm của đơn vị cần phát huy là tinh thần đoàn kết của tập thể cán bộ.")
    assert r["D1"].status == "missing"


def test_assessment_clauses_before_the_turn_to_the_plan_count():
    r = _judge("III. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM",
               "Nhìn chung, công tác khen thưởng ở xã được thực hiện kịp thời; tuy nhiên vẫn còn một số hạn chế "
               "như hồ sơ đề nghị còn sai sót; trong 6 tháng cuối năm, xã tập trung kiện toàn hội đồng thi đua.")
    assert r["D1"].status == "present"
    assert r["D2"].status == "present"


def test_a_shortcoming_after_the_turn_to_the_plan_is_plan():
    r = _judge("III. NHẬN XÉT", "Trong 6 tháng cuối năm, đơn vị sẽ khắc phục; những tồn tại trong xét khen thưởng.")
    assert r["D2"].status == "missing"
