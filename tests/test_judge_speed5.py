"""Fifth judging-speed pass: figures' per-sentence shortcuts answer exactly as the plain steps do.

- scope.about_others / lead_about_others (a literal gate before the regex, a lead-in's answer
  remembered) give what the plain test gives — the `others_scope` regex over the text with quoted
  names blanked — on every sentence and lead-in of real sample DOCX read by the real reader, with
  the shipped figures rules, and on written sentences that put the scope words inside and outside
  quotes, next to "huyện" alone, and in leads asked again and again.
- prose.may_state_zero (the zero phrases' first words looked for as strings before their regex)
  answers as rules.zero_prefilter on the same sentences and on written ones.
- mentions.find_mentions without the first-words prefilter finds no title where that prefilter
  would have turned the sentence away.
- prose.folded_sentence (a sentence's fold cut from its paragraph's) is fold(sentence) for every
  sentence walked in those files, and for a sentence that is not a piece of its paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tdkt.extractors import extract
from tdkt.pipeline import text_sketch
from tdkt.pipeline.figures import prose, scope
from tdkt.pipeline.figures.mentions import find_mentions
from tdkt.pipeline.figures.rules import compile_rules
from tdkt.pipeline.figures.walk import Sentence, walk
from tdkt.pipeline.numbers import fold
from tdkt.rules.loader import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
# Files with sentences stating other bodies' figures ("toàn huyện", "các cơ quan, đơn vị, địa
# phương"), quoted names holding "huyện", and ordinary ones.
SAMPLES = ["11-hoi-phu-nu.docx", "27-hoi-cuu-chien-binh.docx", "28-bao-hiem-xa-hoi.tcvn3.docx",
           "50-phong-giao-duc.docx", "51-cong-an-huyen.docx", "52-khoi-don-vi-tinh.docx", "01-xa-tay-vinh.docx"]
RULES = "tay-son-2023-h1.yaml"  # the shipped ruleset with `figures:` (year-end-2023 has none)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _plain(rules, *texts: str) -> bool:
    """The test before this pass: the regex over every text, quoted names blanked."""
    pattern = rules.ctx.get("others_scope")
    return bool(pattern) and any(pattern.search(_QUOTED.sub(" ", t)) for t in texts if t)


@pytest.fixture(scope="module")
def rules():
    return compile_rules(load_ruleset(ROOT / "rules" / RULES))


@pytest.fixture(scope="module")
def sentences():
    documents = [extract(ROOT / "samples" / "inbox" / name) for name in SAMPLES]
    rules = compile_rules(load_ruleset(ROOT / "rules" / RULES))
    return [entry[1] for doc in documents for entry in walk(doc, rules) if entry[0] == "s"]


def test_scope_answers_as_the_plain_regex_on_real_sentences(rules, sentences):
    assert rules.ctx.get("others_scope") is not None
    said = 0
    for sent in sentences:
        low = sent.text.lower()
        fast = scope.about_others(rules, low) or scope.lead_about_others(rules, sent.lead)
        assert fast == _plain(rules, low, sent.lead), sent.text
        assert scope.about_others(rules, low, sent.lead) == _plain(rules, low, sent.lead)
        said += fast
    assert said >= 5  # the files do state other bodies' figures: the test can tell


@pytest.mark.parametrize("text", [
    "kết quả toàn huyện như sau:",
    "tổng hợp từ báo cáo của các cơ quan, đơn vị, địa phương",
    "tổng hợp từ báo cáo của các cơ quan , đơn vị ,  địa phương",
    "phong trào “toàn huyện chung sức xây dựng nông thôn mới” được 02 tập thể hưởng ứng",
    "phong trào \"toàn huyện chung sức\" và toàn huyện có 46,8% lao động tiên tiến",
    "ubnd huyện tặng giấy khen cho 03 cá nhân",
    "toàn huyệnx không phải phạm vi",
    "xtoàn huyện",
    "toàn   huyện",
    "",
    "“toàn” huyện",
])
def test_scope_answers_as_the_plain_regex_on_written_text(rules, text):
    assert scope.about_others(rules, text) == _plain(rules, text)
    for _ in range(3):  # remembered answers stay the answers
        assert scope.lead_about_others(rules, text) == _plain(rules, text)
        assert scope.lead_about_others(rules, f"{text} | ") == _plain(rules, f"{text} | ")


def test_written_text_covers_both_answers(rules):
    assert scope.about_others(rules, "kết quả toàn huyện như sau:")
    assert not scope.about_others(rules, "phong trào “toàn huyện chung sức” có 02 tập thể")


def test_folded_sentence_is_the_fold_of_the_sentence(sentences):
    cut = 0
    for sent in sentences:
        assert prose.folded_sentence(sent) == fold(sent.text), sent.text
        cut += bool(sent.paragraph) and sent.text in sent.paragraph
    assert cut > len(sentences) // 2  # most are cut from their paragraph: the short way is tested
    alone = Sentence("Giấy khen cho 02 cá nhân", "đoạn 1", "", False, paragraph="1. Bằng khen của UBND tỉnh")
    assert prose.folded_sentence(alone) == "giay khen cho 02 ca nhan"
    bare = Sentence("Đạt Lao động tiên tiến", "đoạn 2", "", False)
    assert prose.folded_sentence(bare) == "dat lao dong tien tien"


def test_zero_gate_answers_as_the_zero_prefilter(rules, sentences):
    folded = [fold(sent.text) for sent in sentences] + [
        "khong co sang kien", "chua co truong hop", "khongco", "xkhong", "sang kien: khong.", "chuan bi", ""]
    said = 0
    for text in folded:
        expected = rules.zero_prefilter.search(text) is not None
        assert prose.may_state_zero(rules, text) == expected, text
        said += expected
    assert said >= 3


def test_titles_need_their_first_words(rules, sentences):
    """find_mentions runs the titles' regex without the first-words prefilter: no sentence the
    prefilter turns away holds a title, and the sentences that hold one are found."""
    found = 0
    for sent in sentences:
        folded = fold(sent.text)
        mentions = find_mentions(sent.text, folded, rules)
        if not rules.prefilter.search(folded):
            assert mentions == [], sent.text
        found += bool(mentions)
    assert found >= 20
    written = "tặng Giấy khen cho 02 cá nhân; 03 cá nhân đạt danh hiệu Lao động tiên tiến"
    assert [m.figure for m in find_mentions(written, fold(written), rules)]


def _sketch_before(text: str) -> list[int]:
    """text_sketch.sketch before this pass: fold, then a regex for the words."""
    import itertools
    import zlib

    folded = fold(text)
    words = re.findall(r"[A-Za-z0-9]+" if folded.isascii() else r"[^\W_]+", folded)
    hashes = map(zlib.crc32, map(str.encode, map(" ".join, itertools.pairwise(words))))
    return sorted({value for value in hashes if value % text_sketch.SAMPLE_MODULUS == 0})[:text_sketch.MAX_SAMPLES]


def test_sketch_is_the_sketch_of_before_on_real_text():
    inbox = ROOT / "samples" / "inbox"
    names = SAMPLES + ["01-xa-tay-vinh.pdf", "27-hoi-cuu-chien-binh.pdf", "01-xa-tay-vinh.tcvn3.docx"]
    texts = [extract(inbox / name).text for name in names]
    for text in texts:
        assert text_sketch.sketch(text) == _sketch_before(text)
    assert all(len(text_sketch.sketch(t)) >= 8 for t in texts)


@pytest.mark.parametrize("text", [
    "Khen thưởng 6 tháng đầu năm 2023: “Lao động tiên tiến” – 25 cá nhân… đạt 100%",
    "diện tích 25 m² và 3,5 km²; tỷ lệ ≤ 5 % — mục_tiêu __init__ snake_case",
    "Ελληνικά λέξεις και Кириллица слова 漢字 テスト 😀 emoji ✓ ■ ● ▪",
    "dấu kết hợp: Tie\u0302\u0301ng Vie\u0323\u0302t (NFD) và Tiếng Việt (NFC)",
    "tab\tnew\nline\r\nnbsp\u00a0thin\u2009zero\u200bwidth\u2028line sep",
    "Ⅳ Ⅻ ① ⑵ ½ ¾ ٣ ३ superscript¹²³ fullwidth ＡＢＣ１２３",
    "ĐĂNG KÝ THI ĐUA NĂM 2023 ĐỒNG CHÍ ĐỖ VĂN Ư",
    "",
    "một",
])
def test_sketch_is_the_sketch_of_before_on_written_text(text):
    long = " ".join([text] * 40) + " ".join(f"từ{i} số{i * 7}" for i in range(300))
    assert text_sketch.sketch(long) == _sketch_before(long)
    assert text_sketch.sketch(text) == _sketch_before(text)
