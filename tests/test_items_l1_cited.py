"""L1: documents the unit issued, not the district's documents it cites.

The checklist's L1 is present when "the report names the documents it issued"; a report that
only cites the district's plan and directive ("Thực hiện Kế hoạch số 15/KH-UBND ... của UBND
huyện") and says it "issued guidance" without naming any of its own is generic: partial. Written
in other words than the samples (a women's union, a department).
"""

from item_helpers import judge_default

HEADING = ("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", {"kind": "heading", "heading_level": 1})


def test_only_the_districts_documents_cited_is_generic():
    results = judge_default(
        HEADING,
        "Căn cứ Kế hoạch số 15/KH-UBND ngày 19/01/2023 của UBND huyện và Chỉ thị số 01/CT-UBND ngày "
        "30/01/2023 của Chủ tịch UBND huyện, Ban Thường vụ Hội đã ban hành văn bản hướng dẫn các cơ sở Hội "
        "triển khai phong trào thi đua.")
    assert results["L1"].status == "partial", results["L1"].note
    assert "Kế hoạch 15" in results["L1"].note  # the citation is still noted


def test_a_document_the_unit_issued_is_named():
    results = judge_default(
        HEADING,
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 19/01/2023 của UBND huyện, Phòng đã ban hành Kế hoạch số "
        "07/KH-PTP ngày 08/02/2023 về tổ chức phong trào thi đua năm 2023.")
    assert results["L1"].status == "present", results["L1"].note


def test_a_unit_document_after_a_district_one_in_the_same_words():
    results = judge_default(
        HEADING,
        "Đảng ủy, UBND xã ban hành Công văn số 42/UBND ngày 10/02/2023 triển khai Chỉ thị số 01/CT-UBND "
        "của Chủ tịch UBND huyện đến các thôn.")
    assert results["L1"].status == "present", results["L1"].note
