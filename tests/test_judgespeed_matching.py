"""The judging engine's fast phrase tests answer as the phrase sets' whole regexes do.

PhraseSet.hits (word index + plain phrases as substrings), PhraseSet.contains and
Checker.matching/matches must say, for every phrase set a ruleset compiles and every sentence of
real reports, exactly what `bool(phrase_set.search(text))` says. Checked on sample DOCX read by
the real reader, with both shipped rulesets, and on hand-made edge cases (anchors, gaps, a phrase
at the very start or end, blanked names leaving double spaces, a word inside a longer word).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tdkt.extractors import extract
from tdkt.pipeline import matching
from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.segment import segment
from tdkt.rules.loader import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ["01-xa-tay-vinh.docx", "04-hoi-nong-dan.docx", "30-xa-tay-an.docx", "52-phong-noi-vu.docx",
           "66-trung-tam-y-te.docx", "76-xa-binh-hoa.docx"]


def _documents():
    inbox = ROOT / "samples" / "inbox"
    found = [inbox / name for name in SAMPLES if (inbox / name).exists()]
    assert len(found) >= 4, "the sample DOCX this test reads are missing"
    return [extract(path) for path in found]


@pytest.mark.parametrize("rules_file", ["tay-son-2023-h1.yaml", "year-end-2023.yaml"])
def test_fast_tests_agree_with_the_whole_regex_on_real_reports(rules_file):
    ruleset = load_ruleset(ROOT / "rules" / rules_file)
    segs = [segment(doc, ruleset) for doc in _documents()]
    checkers = [Checker(seg, ruleset) for seg in segs]  # compiles every item's phrase sets
    phrase_sets = [ps for ps in matching._COMPILED.values() if ps.pattern is not None]
    assert len(phrase_sets) > 15
    compared = positives = 0
    for seg, checker in zip(segs, checkers):
        for ps in phrase_sets:
            matched = checker.matching(ps)
            for s in seg.sentences:
                expected = ps.regex.search(s.canon) is not None
                assert ps.hits(s.canon, s.words) is expected, (ps.sources, s.canon)
                assert ps.contains(s.canon) is expected, (ps.sources, s.canon)
                assert checker.matches(ps, s) is expected
                assert (s in matched) is expected
                compared += 1
                positives += expected
    assert positives > 100 and compared > 3 * positives  # both answers were exercised, many times


def test_edge_cases_of_plain_phrases():
    canon = matching.Canon()
    ps = canon.phrases(["thi đua", "khen thưởng đột xuất", "^kết quả", "phát động...phong trào",
                        "re:\\bđạt\\s+\\d+", "hội"])
    cases = {
        "thi đua": True,
        "phong trào thi đua yêu nước": True,
        "thi  đua": False,  # a blanked name left two spaces: the phrase's regex needs one
        "khen thưởng  đột xuất": False,
        "thi đuaa": False,
        "hội viên": True,
        "đại hội": True,
        "hộii": False,
        "kết quả đạt được": True,
        "về kết quả": False,
        "phát động rộng rãi trong xã phong trào": True,  # four words between: the gap's most
        "phát động a b c d e phong trào": False,
        "đạt 95": True,
        "": False,
    }
    for text, expected in cases.items():
        text = " ".join(text.split(" "))  # keep the double spaces as written
        assert (ps.search(text) is not None) is expected, text
        assert ps.hits(text, frozenset(text.split())) is expected, text
        assert ps.contains(text) is expected, text
