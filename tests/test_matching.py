"""Canonical text for matching: abbreviations, tone marks, punctuation and number variants."""

import pytest

from tdkt.pipeline.matching import Canon


@pytest.fixture(scope="module")
def canon():
    return Canon()


def test_abbreviations_expand_as_whole_words(canon):
    assert "thi đua khen thưởng" in canon.text("Công tác TĐKT năm 2023")
    assert canon.text("LĐTT") == "lao động tiên tiến"
    assert canon.text("TTLĐTT") == "tập thể lao động tiên tiến"
    assert canon.text("CSTĐCS") == "chiến sĩ thi đua cơ sở"
    assert canon.text("KT-XH") == "kinh tế xã hội"
    assert "giáo dục nghề nghiệp giáo dục thường xuyên" in canon.text("Trung tâm GDNN-GDTX huyện")
    # Not inside a longer word: "NTMX" is not "NTM".
    assert canon.text("mã NTMX") == "mã ntmx"
    assert canon.text("xây dựng NTM") == "xây dựng nông thôn mới"


def test_rule_phrases_match_abbreviated_text(canon):
    phrases = canon.phrases(["chung sức xây dựng nông thôn mới", "cải cách hành chính"])
    assert phrases.search(canon.text("Phong trào “Chung sức xây dựng NTM” đạt kết quả"))
    assert phrases.search(canon.text("công tác CCHC được quan tâm"))
    assert not phrases.search(canon.text("công tác văn thư"))


def test_tone_mark_placement_variants_are_equal(canon):
    assert canon.text("Văn hoá công sở") == canon.text("Văn hóa công sở")
    assert canon.text("thuỷ lợi") == canon.text("thủy lợi")
    assert canon.phrases(["văn hóa công sở"]).search(canon.text("VĂN HOÁ CÔNG SỞ"))


def test_punctuation_and_number_variants(canon):
    assert canon.text("Covid-19") == canon.text("COVID 19") == canon.text("covid19")
    assert canon.text("sáu tháng cuối năm") == canon.text("6 tháng cuối năm") == canon.text("06 tháng cuối năm")
    # Leading zeros and symbols: "05-CT/TW" reads as "5 ct tw", like "Chỉ thị số 5".
    assert canon.phrases(["chỉ thị số 5"]).search(canon.text("Chỉ thị số 05-CT/TW"))
    assert canon.phrases(["lãnh đạo quản lý"]).search(canon.text("cán bộ lãnh đạo, quản lý"))


def test_phrase_syntax_gap_anchor_and_regex(canon):
    gap = canon.phrases(["hạn chế ... tồn tại"])
    assert gap.search(canon.text("những hạn chế và tồn tại"))
    assert not gap.search(canon.text("hạn chế trong công tác phối hợp giữa các ngành đoàn thể còn tồn tại"))
    anchored = canon.phrases(["^hạn chế"])
    assert anchored.search(canon.text("- Hạn chế: còn chậm"))
    assert not anchored.search(canon.text("nhằm hạn chế rác thải"))
    rx = canon.phrases([r"re:(?<!tập thể )lao động tiên tiến"])
    assert rx.search(canon.text("25 Lao động tiên tiến"))
    assert not rx.search(canon.text("4 Tập thể lao động tiên tiến"))


def test_colon_is_kept_as_a_token(canon):
    assert canon.phrases(["hạn chế :"]).search(canon.text("Hạn chế: một số nơi còn chậm"))
    assert not canon.phrases(["hạn chế :"]).search(canon.text("hạn chế rác thải"))


def test_word_prefilter_agrees_with_regex(canon):
    phrases = canon.phrases(["chuyển đổi số", "ký số", r"re:\d+ %"])
    for text in ("Chuyển đổi số đạt 80%", "ứng dụng ký số", "không liên quan", "đạt 45 %"):
        c = canon.text(text)
        assert bool(phrases.search_words(c, frozenset(c.split()))) == bool(phrases.search(c))
