"""Confidence per verdict: how the verdict was reached orders the verdicts for the clerk's review.

Each test judges a synthetic report in our own words and compares confidences: a result sentence
with a quantity is surer than a sentence listing movements; a concept never written is a sure
"missing", one named without a result is not; the record keeps the fields in reports.json."""

from item_helpers import judge_default as judge

from tdkt.pipeline.check.confidence import REVIEW_BELOW
from tdkt.pipeline.record import Evidence, ItemResult, ReportRecord


def test_a_counted_result_is_sure_and_needs_no_review():
    r = judge("Hưởng ứng phong trào chung tay vì người nghèo, xã đã hỗ trợ xây mới 6 căn nhà cho hộ nghèo.")
    assert r["M2"].status == "present"
    assert r["M2"].confidence >= 0.9
    assert r["M2"].review is None


def test_a_list_of_movements_with_a_quantity_is_marked_for_review():
    r = judge("Hưởng ứng các phong trào văn hóa công sở và phòng, chống dịch Covid-19, cơ quan đã tiêm "
              "nhắc lại cho 36 người.")
    assert r["M8"].status == "present"
    counted = judge("Cơ quan đã tiêm vắc xin phòng Covid-19 nhắc lại cho 36 người.")["M8"]
    assert r["M8"].confidence < counted.confidence


def test_a_concept_never_written_is_a_sure_missing():
    r = judge("Cơ quan đã tiêm vắc xin phòng Covid-19 nhắc lại cho 36 người.")
    assert r["M3"].status == "missing"
    assert r["M3"].confidence >= 0.9


def test_a_concept_named_without_result_is_a_doubtful_missing_with_a_reason():
    r = judge("Phong trào \"Doanh nghiệp Việt Nam hội nhập và phát triển\" được đơn vị quán triệt đến "
              "toàn thể cán bộ.")
    assert r["M3"].status == "missing"
    assert r["M3"].confidence < REVIEW_BELOW
    assert r["M3"].review.startswith("Cần xem lại")


def test_a_partial_verdict_is_less_sure_than_a_present_one():
    words = judge("Trong số người được khen, phần lớn là công nhân trực tiếp sản xuất.")["K4"]
    counted = judge("Trong số người được khen, có 30 người là công nhân trực tiếp sản xuất, chiếm 75%.")["K4"]
    assert (words.status, counted.status) == ("partial", "present")
    assert words.confidence < counted.confidence


def test_confidence_and_review_travel_in_reports_json_and_are_absent_when_none():
    record = ReportRecord(file="a.docx", sha256="x", items={
        "M2": ItemResult("present", "Có nội dung.", [Evidence("...", "đoạn 3")], confidence=0.45,
                         review="Cần xem lại: câu chỉ liệt kê tên nhiều phong trào."),
        "F1": ItemResult("present", "Có."),
    })
    data = record.to_dict()
    assert data["items"]["M2"]["confidence"] == 0.45 and "liệt kê" in data["items"]["M2"]["review"]
    assert "confidence" not in data["items"]["F1"] and "review" not in data["items"]["F1"]
    back = ReportRecord.from_dict(data)
    assert back.items["M2"].confidence == 0.45 and back.items["M2"].review == data["items"]["M2"]["review"]
