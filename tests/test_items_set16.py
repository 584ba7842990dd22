"""Item classes blind set 16 (117-122) showed at first contact, in other words than the samples'.

- An appendix ("Phụ lục ...") after the last section of the body (the proposals) is a part of its
  own: the awards and ratios in its table are reported results, not proposals to the district.
- A movement answered only that the word goes on being spread ("...: Đảng ủy thị trấn tiếp tục
  phổ biến, quán triệt tới đảng viên.") is named, not reported; spreading it with a count still is.
"""

from item_helpers import judge_default

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.check import check_items
from tdkt.pipeline.segment import segment
from item_helpers import default_rules


def _doc_with_appendix(appendix_title: str) -> Document:
    lines = [
        ("III. KIẾN NGHỊ, ĐỀ XUẤT", {"kind": "heading", "heading_level": 1}),
        "Đề nghị UBND huyện quan tâm bố trí kinh phí khen thưởng cho các hội viên tiêu biểu.",
        (appendix_title, {"bold": True}),
    ]
    blocks = []
    for i, line in enumerate(lines, start=1):
        text, extra = (line, {}) if isinstance(line, str) else (line[0], dict(line[1]))
        blocks.append(Block(kind=extra.pop("kind", "paragraph"), text=text, where=Where(paragraph=i), **extra))
    rows = [["TT", "Nội dung", "Năm 2022", "Quý I, II năm 2023"],
            ["1", "Danh hiệu Lao động tiên tiến", "27", ""],
            ["2", "Khen thưởng đột xuất (tập thể và cá nhân)", "", "06"],
            ["3", "Tỷ lệ người lao động trực tiếp được khen", "", "71,4%"]]
    blocks.append(Block(kind="table", text="", rows=rows, where=Where(paragraph=len(lines) + 1, table=1)))
    return Document(blocks=blocks, format="docx")


def test_an_appendix_after_the_proposals_is_no_proposal():
    rules = default_rules()
    for title in ("PHỤ LỤC", "Phụ lục số 02: Số liệu khen thưởng"):
        results = check_items(segment(_doc_with_appendix(title), rules), rules, None)
        assert results["K3"].status == "present", (title, results["K3"].note)
        assert results["K4"].status == "present", (title, results["K4"].note)
        assert "kiến nghị" not in results["K3"].note


def test_a_table_in_the_proposals_themselves_is_still_a_proposal():
    # Without an appendix title the table stays under the proposals heading.
    results = judge_default(
        ("III. KIẾN NGHỊ, ĐỀ XUẤT", {"kind": "heading", "heading_level": 1}),
        "Đề nghị UBND huyện khen thưởng đột xuất cho 03 cá nhân có thành tích cứu người.")
    assert results["K3"].status == "missing"


HEADING = ("II. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", {"kind": "heading", "heading_level": 1})


def test_a_movement_answered_only_that_the_word_goes_on_being_spread_is_not_reported():
    results = judge_default(
        HEADING,
        "- Chuyển đổi số giai đoạn 2023 - 2025: Ủy ban nhân dân phường tiếp tục tuyên truyền và vận động.",
        "- Phong trào thi đua thực hiện văn hóa công sở: Đảng ủy thị trấn vẫn phổ biến, quán triệt tới đảng viên, công chức.")
    assert results["M9"].status == "missing", results["M9"].note
    assert results["M4"].status == "missing", results["M4"].note
    assert "tiếp tục" in results["M9"].note


def test_spreading_the_word_with_something_done_still_counts():
    results = judge_default(
        HEADING,
        "- Chuyển đổi số: Hội tiếp tục tuyên truyền, hướng dẫn 312 hội viên cài đặt ứng dụng VNeID.",
        "- Văn hóa công sở: tiếp tục quán triệt; 100% công chức đeo thẻ, không có trường hợp vi phạm.")
    assert results["M9"].status == "present", results["M9"].note
    assert results["M4"].status == "present", results["M4"].note
