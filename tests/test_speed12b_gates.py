"""Speed pass 12 (B): the items' per-sentence readers reject cheaply first, and decide as before.

- `negative_answer.after_negative_answer` walked back through a sentence's paragraph reading each
  sentence for a deed (a strong-result search) before it asked whether the sentence before it
  answers negatively; a walk without the deed test first (`_negative_before`) tells, with one
  `hits` per sentence, that no negative answer can be reached (most paragraphs), and the deeds are
  then never read.
- `copied_prompt.is_copied_prompt` built every sentence's word trigrams before its cheap tests (the
  opening clause's kept verdict, the length, the first trigram among the points' openings).

Each mechanism has a spy test (fails on 3d42892) and a test that the new code decides as the old
one did, written out here, over synthetic sentences. Records of every sample file are held by
bench/speed7_records.py (docs/performance.md, twelfth pass B).
"""

from __future__ import annotations

import itertools

from item_helpers import default_rules, item_doc

from tdkt.pipeline.check import copied_prompt as copied_mod
from tdkt.pipeline.check import negative_answer as negative_mod
from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.point_label import opens_a_point
from tdkt.pipeline.segment import segment


def _checker(*lines) -> Checker:
    rules = default_rules()
    return Checker(segment(item_doc(*lines), rules), rules)


# --- negative_answer.py ------------------------------------------------------------------------

_NEGATIVE = "Đơn vị không tổ chức phong trào này."
_DEED = "Tuy vậy, Hội đã vận động hội viên hoàn thành 05 công trình."
_LABELLED = "Sắp xếp nơi làm việc: bố trí lại kho lưu trữ hồ sơ."
_WHY = "Trên địa bàn chỉ có ba hợp tác xã nhỏ."
_PLAIN = "Cán bộ phụ trách thường xuyên đi cơ sở nắm tình hình."


def _old_after_negative_answer(checker, s) -> bool:
    """after_negative_answer as it was at 3d42892 (the deed read first at every step)."""
    answers = checker.lang.lists.get(negative_mod.LIST)
    if answers is None or s.is_heading:
        return False
    sentences = checker.seg.sentences
    i = s.index
    while i > 0:
        t = sentences[i]
        if negative_mod._reports_a_deed(checker, t):
            return False
        if opens_a_point(t.text):
            return False
        prev = sentences[i - 1]
        if prev.block != s.block or prev.section is not s.section or prev.is_heading:
            return False
        if negative_mod._answers_negatively(checker, prev):
            return True
        i -= 1
    return False


def test_a_paragraph_without_a_negative_answer_has_no_deed_read(monkeypatch):
    checker = _checker("1. Công tác tuyên truyền", " ".join((_PLAIN, _DEED, _WHY, _PLAIN)))
    read = []
    original = negative_mod._reports_a_deed

    def spy(checker, t):
        read.append(t.index)
        return original(checker, t)

    monkeypatch.setattr(negative_mod, "_reports_a_deed", spy)
    content = [s for s in checker.seg.sentences if not s.is_heading]
    assert len(content) >= 3
    assert not any(negative_mod.after_negative_answer(checker, s) for s in content)
    assert read == []


def test_behind_a_negative_answer_each_sentence_is_read_for_a_deed_once(monkeypatch):
    checker = _checker("1. Phong trào xây dựng nông thôn mới", " ".join((_NEGATIVE, _WHY, _PLAIN, _WHY)))
    read = []
    original = negative_mod._reports_a_deed

    def spy(checker, t):
        read.append(t.index)
        return original(checker, t)

    monkeypatch.setattr(negative_mod, "_reports_a_deed", spy)
    content = [s for s in checker.seg.sentences if not s.is_heading]
    assert [negative_mod.after_negative_answer(checker, s) for s in content] == [False, True, True, True]
    assert read and len(read) == len(set(read))  # the paragraph's walks share each sentence's reading


def test_the_gate_decides_every_sentence_as_the_full_walk_did():
    pieces = (_NEGATIVE, _DEED, _LABELLED, _WHY, _PLAIN)
    decided = []
    for combo in itertools.product(pieces, repeat=3):
        checker = _checker("2. Phong trào thi đua", " ".join(combo), _WHY)
        for s in checker.seg.sentences:
            old = _old_after_negative_answer(checker, s)
            assert negative_mod.after_negative_answer(checker, s) == old, (combo, s.text)
            decided.append(old)
    assert {True, False} <= set(decided)  # both answers occur among the cases


# --- copied_prompt.py --------------------------------------------------------------------------

_POINTS = ["Kết quả tổ chức hội thi tìm hiểu pháp luật về bảo vệ môi trường cho đoàn viên thanh niên "
           "trên địa bàn; số lượt người tham gia và số giải thưởng đã trao."]


def _old_is_copied_prompt(checker, s) -> bool:
    """is_copied_prompt as it was at 3d42892 (every trigram built first)."""
    directive, openings = copied_mod._directive(checker)
    if not directive:
        return False
    grams = copied_mod._trigrams(s.canon.split())
    if s.first_clause is not None:
        first = checker.seg.sentences[s.first_clause]
        return copied_mod._covered(grams, directive) and _old_is_copied_prompt(checker, first)
    return len(grams) >= copied_mod.MIN_WORDS - 2 and grams[0] in openings and copied_mod._covered(grams, directive)


def _with_points(monkeypatch, checker) -> None:
    grams, openings = set(), set()
    for point in _POINTS:
        tri = copied_mod._trigrams(checker.canon.text(point).split())
        grams.update(tri)
        openings.add(tri[0])
    monkeypatch.setitem(copied_mod._points_of, id(checker.raw), (frozenset(grams), frozenset(openings)))


_SENTENCES = (
    "Kết quả tổ chức hội thi tìm hiểu pháp luật về bảo vệ môi trường cho đoàn viên thanh niên trên địa bàn",
    "Kết quả tổ chức hội thi tìm hiểu pháp luật về bảo vệ môi trường cho đoàn viên thanh niên trên địa bàn; "
    "số lượt người tham gia và số giải thưởng đã trao cho các đội",
    "Kết quả tổ chức hội thi",
    "Kết quả tổ chức hội thi cấp xã có 12 đội dự thi với 60 đoàn viên tham gia sôi nổi",
    "Đoàn xã tổ chức hội thi tìm hiểu pháp luật về bảo vệ môi trường cho đoàn viên thanh niên trên địa bàn",
    "Hội thi tìm hiểu pháp luật thu hút đông đảo đoàn viên thanh niên tham gia, tạo không khí phấn khởi; "
    "số lượt người tham gia và số giải thưởng đã trao được tổng hợp tại biểu kèm theo báo cáo",
    "Trong kỳ, đơn vị phối hợp với trường học tổ chức ngày hội; số lượt người tham gia và số giải thưởng",
)


def test_trigrams_are_built_only_for_sentences_that_pass_the_cheap_tests(monkeypatch):
    checker = _checker("1. Công tác tuyên truyền",
                       "Kết quả tổ chức hội thi.",  # too short
                       "Trong kỳ có nhiều hoạt động. Đoàn xã phối hợp với nhà trường tổ chức nhiều hoạt động ngoại khóa bổ ích cho học sinh, "
                       "thu hút đông đảo đoàn viên thanh niên tham gia; số lượt người tham gia và số giải thưởng "
                       "đã trao được tổng hợp đầy đủ.")  # long, opens as no point; its later clause too
    _with_points(monkeypatch, checker)
    built = []
    original = copied_mod._trigrams

    def spy(words):
        built.append(tuple(words))
        return original(words)

    monkeypatch.setattr(copied_mod, "_trigrams", spy)
    content = [s for s in checker.seg.sentences if not s.is_heading]
    assert any(s.first_clause is not None for s in content), "the long sentence is cut at its ';'"
    assert not any(checker.per_sentence(copied_mod.is_copied_prompt, s) for s in content)
    assert built == []


def test_is_copied_prompt_decides_as_before(monkeypatch):
    # one paragraph (a paragraph of one sentence is never cut at its ";") and each sentence alone
    checker = _checker("1. Công tác tuyên truyền", " ".join(f"{text}." for text in _SENTENCES),
                       *(f"{text}." for text in _SENTENCES))
    assert any(s.first_clause is not None for s in checker.seg.sentences)
    _with_points(monkeypatch, checker)
    decided = []
    for s in checker.seg.sentences:
        old = _old_is_copied_prompt(checker, s)
        assert copied_mod.is_copied_prompt(checker, s) == old, s.text
        decided.append(old)
    assert {True, False} <= set(decided)


# --- matching.py: `_narrowed` and `may_match` in plain loops ------------------------------------

def _old_narrowed_kept(ps, text, words) -> list[int]:
    """The alternatives PhraseSet._narrowed kept at 3d42892 (all()/any() over generators)."""
    padded = f" {text} "
    kept = []
    for i in ps._candidates(words):
        need = ps.needs[i]
        if need is not None and not need <= words:
            continue
        literal = ps._literals[i]
        if literal is not None:
            if literal not in padded:
                continue
        else:
            parts, choices = ps._parts[i], ps._choices[i]
            if choices is None:
                parts, choices = ps._prefilter(i)
            if not all(part in padded for part in parts) or (choices and not all(
                    any(c in padded for c in clause) for clause in choices)):
                continue
        kept.append(i)
    return kept


def test_narrowed_and_may_match_keep_their_answers():
    from tdkt.pipeline.matching import Canon

    canon = Canon()
    ps = canon.phrases(["hội thi", "tổ chức ... hội thi", "^kết quả", {"phrase": "vận động", "not_after": ["cuộc"]},
                        r"re:\b(?:băng rôn|pa nô)(?: \S+){0,2} (?:tuyên truyền|cổ động)\b",
                        r"re:\b\d+ (?:tin|bài|buổi phát thanh)\b", r"re:^(?:\S+ ){0,2}(?:nội dung|kết quả) đã báo cáo"])
    texts = ["kết quả tổ chức 03 hội thi", "treo 20 băng rôn tuyên truyền", "phát 12 tin trên loa",
             "cuộc vận động toàn dân", "hội viên vận động 85 hộ", "nội dung đã báo cáo tại văn bản",
             "kết quả đã báo cáo", "treo băng rôn", "phát thanh 4 buổi phát thanh", "không có gì"]
    kept_some = False
    for text in texts:
        words = frozenset(text.split())
        kept = _old_narrowed_kept(ps, text, words)
        regex = ps._narrowed(text, words)
        if not kept:
            assert regex is None, text
        else:
            kept_some = True
            expected = "|".join(ps.alternative_patterns[i] for i in kept)
            assert regex.pattern == (ps.pattern if len(kept) == len(ps.alternative_patterns) else expected), text
        old_may = any(ps.needs[i] is None or ps.needs[i] <= words for i in ps._candidates(words))
        assert ps.may_match(words) == old_may, text
    assert kept_some


# --- promotion.py: the promotion clauses found first ----------------------------------------------

from tdkt.pipeline.check import promotion as promotion_mod  # noqa: E402


def _old_promotion_only(checker, s) -> bool:
    """promotion_only as it was at 3d42892 (each clause's quantity and results read in turn)."""
    cues = checker.lang.lists.get(promotion_mod.LIST)
    if cues is None or s.is_heading:
        return False
    text = s.text.partition(":")[2] if promotion_mod.label_of(s) is not None else s.text
    promoted = False
    for clause in promotion_mod._CLAUSE.split(promotion_mod.without_quotes(text)):
        canon = checker.canon.text(clause)
        if not canon.strip():
            continue
        regex = cues.narrowed(canon, frozenset(canon.split()))
        if regex is not None and regex.search(canon):
            promoted = True
            if promotion_mod._strong(checker, regex.sub(" ", canon)):
                return False
        elif promotion_mod.has_quantity(clause) or promotion_mod._strong(checker, canon):
            return False
    return promoted


_PROMOTION = ("Hội treo 30 băng rôn, 12 pa nô; loa truyền thanh phát 20 tin.",
              "Chi hội vận động 40 hộ hiến 900 m2 đất, treo 5 băng rôn.",
              "Treo băng rôn, khẩu hiệu dọc các tuyến đường chính.",
              "Phong trào được các thôn hưởng ứng, hoàn thành 3 tuyến đường bê tông.",
              "Các thôn duy trì sinh hoạt định kỳ, nề nếp.")


def test_a_sentence_naming_no_promotion_has_no_quantity_read(monkeypatch):
    checker = _checker("1. Phong trào xây dựng nông thôn mới", _PROMOTION[3])
    read = []
    original = promotion_mod.has_quantity
    monkeypatch.setattr(promotion_mod, "has_quantity", lambda text: read.append(text) or original(text))
    assert not any(promotion_mod.promotion_only(checker, None, s) for s in checker.seg.sentences)
    assert read == []


def test_promotion_only_decides_as_before():
    decided = []
    for text in _PROMOTION:
        checker = _checker("1. Phong trào xây dựng nông thôn mới", text)
        for s in checker.seg.sentences:
            old = _old_promotion_only(checker, s)
            assert promotion_mod.promotion_only(checker, None, s) == old, text
            decided.append(old)
    assert {True, False} <= set(decided)
