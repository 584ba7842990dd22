"""Segmentation: headings from every cue, the section tree, and matching to the directive's sections."""

import pytest

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.segment import heading_cue, segment
from tdkt.rules.loader import load_ruleset


@pytest.fixture(scope="module")
def rules():
    return load_ruleset()


def doc(*lines, **defaults) -> Document:
    """Blocks from lines: a str, or (text, {block fields}). Paragraph numbers follow order."""
    blocks = []
    for i, line in enumerate(lines, start=1):
        text, extra = (line, {}) if isinstance(line, str) else line
        fields = {**defaults, **extra}
        blocks.append(Block(kind=fields.pop("kind", "paragraph"), text=text, where=Where(paragraph=i), **fields))
    return Document(blocks=blocks, format="docx")


def tree(seg):
    return [(s.depth, s.title, sorted(s.tags)) for s in seg.sections]


def test_typed_numbering_nests_roman_arabic_letters(rules):
    seg = segment(doc(
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Công tác lãnh đạo, chỉ đạo",
        "UBND xã ban hành Kế hoạch số 12/KH-UBND.",
        "2. Kết quả các phong trào thi đua",
        "a) Phong trào chuyển đổi số",
        "Có 80% hồ sơ được nộp trực tuyến.",
        "b) Phong trào văn hóa công sở",
        "100% cán bộ đeo thẻ.",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM",
        "Tiếp tục đẩy mạnh chuyển đổi số.",
    ), rules)
    depths = [(d, t) for d, t, _ in tree(seg)]
    assert depths == [(1, "KẾT QUẢ THỰC HIỆN"), (2, "Công tác lãnh đạo, chỉ đạo"),
                      (2, "Kết quả các phong trào thi đua"), (3, "Phong trào chuyển đổi số"),
                      (3, "Phong trào văn hóa công sở"), (1, "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM")]
    tags = {t: g for _, t, g in tree(seg)}
    assert tags["Công tác lãnh đạo, chỉ đạo"] == ["I.1"]
    assert "I.2" in tags["Kết quả các phong trào thi đua"]
    assert tags["PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"] == ["I.4.2"]
    # Content sentences belong to the innermost section; headings are marked as such.
    by_text = {s.text: s for s in seg.sentences}
    assert by_text["Có 80% hồ sơ được nộp trực tuyến."].section.title == "Phong trào chuyển đổi số"
    assert by_text["Phong trào chuyển đổi số"].is_heading


def test_word_auto_numbering_gives_the_same_tree(rules):
    typed = segment(doc("I. KẾT QUẢ", "1. Công tác lãnh đạo, chỉ đạo", "Nội dung một.",
                        "2. Công tác khen thưởng", "Nội dung hai."), rules)
    auto = segment(doc(("KẾT QUẢ", {"list_label": "I."}), ("Công tác lãnh đạo, chỉ đạo", {"list_label": "1."}),
                       "Nội dung một.", ("Công tác khen thưởng", {"list_label": "2."}), "Nội dung hai."), rules)
    assert tree(typed) == tree(auto)
    assert [s.number for s in auto.sections] == ["I", "1", "2"]


def test_merged_and_reordered_sections_are_matched_by_meaning(rules):
    seg = segment(doc(
        "I. VỀ KHEN THƯỞNG",
        "Tặng Giấy khen cho 5 cá nhân.",
        "II. LÃNH ĐẠO, CHỈ ĐẠO VÀ KẾT QUẢ CÁC PHONG TRÀO THI ĐUA",
        "Ban hành 3 kế hoạch; tổ chức 4 phong trào.",
        "III. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM",
        "Nhìn chung đạt kết quả tốt.",
    ), rules)
    tags = [g for _, _, g in tree(seg)]
    assert tags[0] == ["I.3"]
    assert {"I.1", "I.2"} <= set(tags[1])
    assert {"I.4.1", "I.4.2"} <= set(tags[2])


def test_section_without_telling_title_is_matched_by_content(rules):
    seg = segment(doc(
        "1. Những việc đã làm",
        "Đã tổ chức Hội nghị tổng kết phong trào thi đua năm 2022.",
        "Các chỉ tiêu thi đua được triển khai theo kế hoạch.",
        "Phong trào thi đua được hưởng ứng rộng rãi.",
    ), rules)
    assert tree(seg)[0][2] == ["I.2"]


def test_bold_and_all_caps_lines_are_headings(rules):
    seg = segment(doc(
        ("ĐÁNH GIÁ CHUNG", {"bold": True}),
        ("Ưu điểm:", {"bold": True}),
        "Công tác thi đua được quan tâm.",
        ("Hạn chế", {"bold": True}),
        "Một số phong trào còn hình thức.",
        ("Đây là một đoạn văn in đậm rất dài nói về nhiều việc khác nhau của cơ quan trong sáu tháng đầu năm nay.",
         {"bold": True}),
    ), rules)
    titles = [t for _, t, _ in tree(seg)]
    assert titles == ["ĐÁNH GIÁ CHUNG", "Ưu điểm", "Hạn chế"]
    assert [d for d, _, _ in tree(seg)] == [1, 2, 2]
    assert tree(seg)[0][2] == ["I.4.1"]


def test_heading_styles_nest_by_level(rules):
    seg = segment(doc(("Kết quả", {"kind": "heading", "heading_level": 1}),
                      ("Công tác khen thưởng", {"kind": "heading", "heading_level": 2}), "Tặng 3 Giấy khen.",
                      ("Phương hướng", {"kind": "heading", "heading_level": 1}), "Tiếp tục."), rules)
    assert [(d, t) for d, t, _ in tree(seg)] == [(1, "Kết quả"), (2, "Công tác khen thưởng"), (1, "Phương hướng")]


def test_part_and_letter_numbering_put_roman_under_them(rules):
    seg = segment(doc("PHẦN THỨ NHẤT: KẾT QUẢ", "I. Công tác lãnh đạo, chỉ đạo", "Nội dung.",
                      "PHẦN THỨ HAI: PHƯƠNG HƯỚNG", "I. Nhiệm vụ", "Tiếp tục."), rules)
    assert [(d, s.style) for d, s in ((s.depth, s) for s in seg.sections)] == [
        (1, "part"), (2, "roman"), (1, "part"), (2, "roman")]
    seg = segment(doc("A. KẾT QUẢ", "I. Lãnh đạo, chỉ đạo", "1. Ban hành văn bản", "Nội dung.", "B. PHƯƠNG HƯỚNG",
                      "Tiếp tục."), rules)
    assert [s.depth for s in seg.sections] == [1, 2, 3, 1]


def test_empty_heading_has_no_content(rules):
    seg = segment(doc("3. Công tác khen thưởng", "4. Đánh giá chung", "Nhìn chung đạt kết quả tốt."), rules)
    khen, danh_gia = seg.sections
    assert not khen.has_content() and danh_gia.has_content()
    assert seg.sentences[khen.heading_sentence].is_heading


def test_numbered_statement_lines_are_content_not_headings(rules):
    seg = segment(doc("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM",
                      "1. Tiếp tục đẩy mạnh phong trào thi đua chuyển đổi số, phấn đấu hoàn thành chỉ tiêu.",
                      "2. Tổ chức tốt công tác khen thưởng."), rules)
    content = [s for s in seg.sentences if not s.is_heading]
    assert len(content) == 2
    assert all(s.section.effective_tags() == {"I.4.2"} for s in content)
    # A long numbered paragraph is content of the section it sits in.
    seg = segment(doc("1. Công tác lãnh đạo, chỉ đạo",
                      "1. Ngay từ đầu năm, UBND xã đã ban hành Kế hoạch số 12/KH-UBND về tổ chức phong trào thi đua "
                      "yêu nước năm 2023 và hướng dẫn các thôn triển khai thực hiện đến toàn thể nhân dân."), rules)
    assert len(seg.sections) == 1 and len(seg.sections[0].sentences) == 1


def test_inline_heading_keeps_its_content():
    cue = heading_cue(Block(kind="paragraph", text="2. Công tác khen thưởng: tặng Giấy khen cho 5 cá nhân."))
    assert (cue.style, cue.number, cue.title, cue.inline) == (
        "arabic", "2", "Công tác khen thưởng", "tặng Giấy khen cho 5 cá nhân.")
    assert heading_cue(Block(kind="paragraph", text="- Tặng Giấy khen cho 5 cá nhân")) is None


def test_header_title_and_closing_are_not_body(rules):
    seg = segment(doc(
        ("ỦY BAN NHÂN DÂN XÃ TÂY VINH", {"region": "header-left"}),
        ("Số: 45/BC-UBND", {"region": "header-left"}),
        ("BÁO CÁO", {"alignment": "center", "bold": True}),
        ("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023", {"alignment": "center", "bold": True}),
        "Thực hiện hướng dẫn của UBND huyện, UBND xã báo cáo như sau:",
        "Nơi nhận:",
        "- Như trên;",
        ("Nguyễn Văn An", {"region": "closing-right"}),
    ), rules)
    assert [s.text for s in seg.sentences] == ["Thực hiện hướng dẫn của UBND huyện, UBND xã báo cáo như sau:"]


def test_sentences_are_split_and_tables_read_by_row(rules):
    long_par = ("Trong 6 tháng đầu năm, UBND xã đã ban hành 5 kế hoạch. Tổ chức 3 hội nghị triển khai. "
                "Kết quả đạt 85% kế hoạch năm.")
    seg = segment(Document(blocks=[
        Block(kind="paragraph", text=long_par, where=Where(paragraph=1)),
        Block(kind="table", text="", rows=[["Danh hiệu", "Số lượng"], ["Lao động tiên tiến", "25"]],
              where=Where(table=1)),
    ]), rules)
    texts = [s.text for s in seg.sentences]
    assert texts[:3] == ["Trong 6 tháng đầu năm, UBND xã đã ban hành 5 kế hoạch.", "Tổ chức 3 hội nghị triển khai.",
                         "Kết quả đạt 85% kế hoạch năm."]
    assert texts[4] == "Lao động tiên tiến | 25"
    assert seg.sentences[4].where.label() == "bảng 1, hàng 2"


def test_label_lines_hold_the_lines_under_them(rules):
    seg = segment(doc("II. ĐÁNH GIÁ CHUNG", "- Ưu điểm:", "Công tác thi đua được quan tâm.",
                      "- Tồn tại, hạn chế:", "Phong trào chuyển đổi số còn chậm.",
                      "* Phương hướng, nhiệm vụ 6 tháng cuối năm:", "Đẩy mạnh chuyển đổi số.",
                      "III. KIẾN NGHỊ", "Đề nghị hỗ trợ kinh phí."), rules)
    assert [(d, t, g) for d, t, g in tree(seg)] == [
        (1, "ĐÁNH GIÁ CHUNG", ["I.4.1"]), (2, "Ưu điểm", ["I.4.1"]), (2, "Tồn tại, hạn chế", ["I.4.1"]),
        (2, "Phương hướng, nhiệm vụ 6 tháng cuối năm", ["I.4.2"]), (1, "KIẾN NGHỊ", ["II"])]


def test_results_of_key_tasks_are_not_the_plan(rules):
    seg = segment(doc("II. KẾT QUẢ CÁC PHONG TRÀO", "1. Kết quả thực hiện nhiệm vụ trọng tâm", "Đạt 8/10 chỉ tiêu.",
                      "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM", "Tiếp tục thực hiện."), rules)
    assert [g for _, _, g in tree(seg)] == [["I.2"], ["I.2"], ["I.4.2"]]
