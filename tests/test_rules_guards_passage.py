"""Plain-data means of the rules format that replaced regexes and one-sentence limits (issue 13):
phrases guarded by the words before / after them (`{phrase, not_after, not_before}`), a `full`
condition met within the passage (`within: passage`), and their validation messages.

Real parts: every rules file is written to disk and loaded by the real loader (pydantic schema
included); the sentences are synthetic, in other words than the samples'.
"""

from pathlib import Path

import pytest
from item_helpers import judge
from tdkt.pipeline.matching import Canon
from tdkt.rules.loader import RulesError, file_problems, load_ruleset

ROOT = Path(__file__).resolve().parents[1]

BASE = """\
id: thu-nghiem
language:
  result: [đạt, đã, được, kết quả, hoàn thành]
  strong_result: [đạt, kết quả, {phrase: cấp, not_after: [các, mọi], not_before: [huyện, cơ sở]},
                  {phrase: vận động, not_after: [cuộc]}]
  negation: [chưa, không]
sections:
  - {id: I, title: [kết quả]}
  - {id: II, title: [đánh giá, hạn chế]}
items:
"""


def _rules(tmp_path: Path, items: str, name: str = "thu.yaml"):
    path = tmp_path / name
    path.write_text(BASE + items, encoding="utf-8")
    return load_ruleset(path)


def _problems(tmp_path: Path, items: str) -> str:
    path = tmp_path / "sai.yaml"
    path.write_text(BASE + items, encoding="utf-8")
    return "\n".join(str(p) for p in file_problems(path)[1])


# --- a phrase guarded by what stands before / after it -----------------------------------------

def test_not_after_keeps_the_title_of_the_collective_out_of_the_individual_title(tmp_path):
    rules = _rules(tmp_path, """\
  - id: X1
    section: I
    any: [{phrase: người tốt việc tốt, not_after: [tuyên dương tập thể, tập thể]}]
    context: none
""")
    assert judge(rules, "Biểu dương 5 gương người tốt việc tốt trong khu dân cư.")["X1"].status == "present"
    assert judge(rules, "Đề xuất biểu dương tập thể người tốt việc tốt của thôn.")["X1"].status == "missing"


def test_not_before_keeps_a_level_out_of_a_grant_and_the_guard_is_whole_words(tmp_path):
    rules = _rules(tmp_path, """\
  - id: X2
    section: I
    any: [{phrase: cấp, not_before: [huyện, cơ sở], not_after: [các]}]
    context: none
""")
    assert judge(rules, "Xã đã cấp 40 thẻ bảo hiểm y tế cho người cao tuổi.")["X2"].status == "present"
    assert judge(rules, "Hội nghị cấp huyện diễn ra trong tháng Năm.")["X2"].status == "missing"
    assert judge(rules, "Ý kiến của các cấp ủy được tiếp thu.")["X2"].status == "missing"
    # "huyện" guards only the whole word: "cấp huyện" is a level, "cấp huyệnx" is not a word, but
    # a longer word starting with the guard ("cơ sở" vs "cơ sởa") must not block either
    assert judge(rules, "Đã cấp huyệnlộ cho hai xã.")["X2"].status == "present"


def test_a_guarded_strong_result_is_no_result_after_its_guard(tmp_path):
    rules = _rules(tmp_path, """\
  - id: X3
    section: I
    any: [trồng cây]
    quoted_needs_result: true
""")
    assert judge(rules, "Phong trào “Trồng cây” đã vận động nhân dân góp 200 ngày công.")["X3"].status == "present"
    assert judge(rules, "Hưởng ứng cuộc vận động “Trồng cây” của tỉnh.")["X3"].status == "missing"


def test_guard_words_are_canonicalised_like_the_text():
    canon = Canon()
    phrases = canon.phrases([{"phrase": "lao động tiên tiến", "not_after": ["Tập thể"]}])
    for text, hit in (("đạt danh hiệu LĐTT", True), ("tập thể lao động tiên tiến", False),
                      ("TẬP THỂ LAO ĐỘNG TIÊN TIẾN", False)):
        canonical = canon.text(text)
        assert bool(phrases.search_words(canonical, frozenset(canonical.split()))) is hit, text
    assert phrases.key_words  # indexed by its words like a plain phrase (not tried on every sentence)


def test_no_lookbehind_is_left_in_the_shipped_rules():
    for path in (ROOT / "rules").glob("*.yaml"):
        assert "(?<" not in path.read_text(encoding="utf-8"), path.name


# --- a condition met within the passage --------------------------------------------------------

PASSAGE_ITEM = """\
  - id: D2
    section: II
    any: [hạn chế, tồn tại]
    context: none
    full:
      any: [nguyên nhân, là do]
      within: passage
      note: Có nêu hạn chế và nguyên nhân
    partial_note: chưa nêu nguyên nhân
"""


def test_full_within_passage_is_met_by_the_next_sentence_under_the_same_heading(tmp_path):
    rules = _rules(tmp_path, PASSAGE_ITEM)
    heading = ("II. ĐÁNH GIÁ CHUNG", {"kind": "heading"})
    got = judge(rules, heading, "Việc nhân rộng điển hình còn hạn chế.",
                "Nguyên nhân chủ yếu là một số đơn vị chưa quan tâm.")["D2"]
    assert got.status == "present" and got.note.startswith("Có nêu hạn chế và nguyên nhân")
    assert any("Nguyên nhân chủ yếu" in e.text for e in got.evidence)


def test_full_within_passage_is_not_met_under_another_heading_nor_by_default(tmp_path):
    passage = _rules(tmp_path, PASSAGE_ITEM)
    lines = (("I. KẾT QUẢ", {"kind": "heading"}), "Nguyên nhân thành công là do sự đồng thuận.",
             ("II. ĐÁNH GIÁ CHUNG", {"kind": "heading"}), "Việc nhân rộng điển hình còn hạn chế.")
    assert judge(passage, *lines)["D2"].status == "partial"
    sentence = _rules(tmp_path, PASSAGE_ITEM.replace("      within: passage\n", ""), "cau.yaml")
    got = judge(sentence, ("II. ĐÁNH GIÁ CHUNG", {"kind": "heading"}), "Việc nhân rộng điển hình còn hạn chế.",
                "Nguyên nhân chủ yếu là một số đơn vị chưa quan tâm.")["D2"]
    assert got.status == "partial" and "chưa nêu nguyên nhân" in got.note


def test_full_within_passage_without_headings_looks_at_the_neighbouring_sentences(tmp_path):
    rules = _rules(tmp_path, PASSAGE_ITEM)
    near = judge(rules, "Công tác phát hiện gương điển hình còn hạn chế.", "Là do cơ sở chưa báo cáo kịp thời.")
    assert near["D2"].status == "present"
    filler = [f"Câu tường thuật số {i} về hoạt động chung của cơ quan." for i in range(8)]
    far = judge(rules, "Công tác phát hiện gương điển hình còn hạn chế.", *filler, "Là do cơ sở chưa báo cáo kịp thời.")
    assert far["D2"].status == "partial"


# --- validation, in Vietnamese -------------------------------------------------------------------

@pytest.mark.parametrize("phrase, said", [
    ("{phrase: vận động}", "cần 'not_after'"),
    ("{phrase: vận động, not_afer: [cuộc]}", "khóa không rõ: not_afer — có phải 'not_after'?"),
    ("{not_after: [cuộc]}", "thiếu khóa bắt buộc 'phrase'"),
    ("{phrase: 're:vận động', not_after: [cuộc]}", "không dùng 're:'"),
    ("{phrase: vận động, not_after: ['re:cuộc']}", "chỉ viết từ thường"),
    ("{phrase: vận động, not_after: [cuộc ... lớn]}", "chỉ viết từ thường"),
    ("{phrase: vận động, not_after: {a: b}}", "phải là danh sách"),
])
def test_each_mistake_in_a_guarded_phrase_is_named(tmp_path, phrase, said):
    said_by_check = _problems(tmp_path, f"  - {{id: X9, section: I, context: none, any: [đạt, {phrase}]}}\n")
    assert said in said_by_check and "items[X9].any[thứ 2]" in said_by_check and "dòng" in said_by_check


def test_a_guarded_phrase_is_refused_where_only_plain_words_go(tmp_path):
    path = tmp_path / "sai.yaml"
    path.write_text(BASE.replace("id: thu-nghiem\n", "id: thu-nghiem\nprotected_names: [{phrase: chương trình, "
                                 "not_after: [các]}]\n") + "  - {id: X1, section: I, any: [đạt]}\n", encoding="utf-8")
    assert "tên được bảo vệ" in "\n".join(str(p) for p in file_problems(path)[1])


def test_within_takes_sentence_or_passage_only(tmp_path):
    said = _problems(tmp_path, PASSAGE_ITEM.replace("within: passage", "within: paragraph"))
    assert "within 'paragraph' không hợp lệ (chọn: sentence, passage)" in said
    with pytest.raises(RulesError):
        _rules(tmp_path, PASSAGE_ITEM.replace("within: passage", "within: paragraph"), "x.yaml")


# --- a recipient named instead of counted is one (`count_named`) ---------------------------------

FIGURES = """\
  - {id: K1, section: I, any: [khen thưởng]}
figures:
  xuat_sac:
    item: K1
    titles: [tập thể lao động xuất sắc]
    unit: collectives
    count_named: true
  bang_khen:
    item: K1
    titles: [bằng khen]
    count_named: true
  giay_khen:
    item: K1
    titles: [giấy khen]
unit_words:
  individuals: [cá nhân, đồng chí]
  collectives: [tập thể]
context:
  named_recipient: [cho, tập thể, đồng chí]
  award: [tặng, công nhận]
"""


def _figures(tmp_path: Path, *lines, rules_text: str = FIGURES) -> dict:
    from item_helpers import item_doc
    from tdkt.pipeline.figures import extract_figures

    return extract_figures(item_doc(*lines), _rules(tmp_path, rules_text, f"f{abs(hash(rules_text))}.yaml")).values


def test_a_collective_named_after_its_title_counts_one(tmp_path):
    got = _figures(tmp_path, "Chủ tịch UBND tỉnh tặng danh hiệu “Tập thể lao động xuất sắc” cho Trường Tiểu học "
                             "số 2 thị trấn.")
    assert got.get("xuat_sac") == 1


def test_each_recipient_named_counts_one_and_a_stated_count_wins(tmp_path):
    named = _figures(tmp_path, "Được Chủ tịch UBND tỉnh tặng Bằng khen cho tập thể Trạm Y tế và đồng chí "
                               "Nguyễn Thị Mai, Trưởng trạm.")
    assert named.get("bang_khen") == 2
    counted = _figures(tmp_path, "Chủ tịch UBND tỉnh tặng Bằng khen cho 03 cá nhân có thành tích xuất sắc.")
    assert counted.get("bang_khen") == 3


def test_without_count_named_a_named_recipient_gives_no_figure(tmp_path):
    got = _figures(tmp_path, "Chủ tịch UBND huyện tặng Giấy khen cho đồng chí Trần Văn Bình.",
                   "UBND tỉnh tặng Bằng khen cho các cá nhân tiêu biểu.")
    assert "giay_khen" not in got and "bang_khen" not in got


def test_count_named_must_be_true_or_false(tmp_path):
    said = _problems(tmp_path, FIGURES.replace("count_named: true", "count_named: có", 1))
    assert "count_named phải là true hoặc false" in said


# --- money figures are read from the text and shown as money ------------------------------------

MONEY = """\
  - {id: K9, section: I, any: [tiền thưởng], figure: tien_thuong}
figures:
  tien_thuong:
    item: K9
    kind: money
    titles: [tiền thưởng, kinh phí khen thưởng]
  giay_khen:
    item: K9
    titles: [giấy khen]
unit_words:
  individuals: [cá nhân]
  collectives: [tập thể]
context:
  plan: [dự kiến, sẽ]
"""


@pytest.mark.parametrize("sentence, amount", [
    ("Tổng kinh phí khen thưởng 6 tháng là 45.500.000 đồng.", 45_500_000),
    ("Đã chi tiền thưởng 12,5 triệu đồng cho 04 tập thể.", 12_500_000),
    ("Chi 1,2 tỷ đồng tiền thưởng cho các cá nhân có sáng kiến.", 1_200_000_000),
])
def test_a_money_figure_is_read_in_đồng(tmp_path, sentence, amount):
    assert _figures(tmp_path, sentence, rules_text=MONEY).get("tien_thuong") == amount


def test_money_is_not_a_bare_number_nor_a_plan_and_counts_stay_counts(tmp_path):
    got = _figures(tmp_path, "Tiền thưởng cho 15 cá nhân được tặng Giấy khen.",
                   "Dự kiến kinh phí khen thưởng sẽ là 30 triệu đồng.", rules_text=MONEY)
    assert "tien_thuong" not in got and got.get("giay_khen") == 15


def test_a_money_figure_is_shown_as_money_in_the_items_note(tmp_path):
    from item_helpers import item_doc
    from tdkt.pipeline.check import check_items
    from tdkt.pipeline.figures import extract_figures
    from tdkt.pipeline.segment import segment

    rules = _rules(tmp_path, MONEY, "money.yaml")
    doc = item_doc("Tổng kinh phí khen thưởng 6 tháng là 45.500.000 đồng.")
    note = check_items(segment(doc, rules), rules, extract_figures(doc, rules))["K9"].note
    assert note == "Có số liệu: 45.500.000 đồng."
