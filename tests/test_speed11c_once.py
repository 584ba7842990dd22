"""Speed pass 11 (C): work asked of the same text again within one report is done once.

- `clause_scope.scope_said_before`: each later ";" clause of a paragraph asked about every clause
  before it (lower-cased, `context.own_scope` searched, `about_others` asked), so a paragraph of n
  clauses cost n²/2 verdicts; the verdict is the clause's alone, kept for the report, and the
  sentence's own text is searched for the unit's own scope only when an earlier clause says
  another's (the only case its answer decides).
- `check/assessment.py`: the paragraphs an assessment opener opens were found again for each item
  reading them (the openers' phrase set asked of every sentence holding one of its words, per item);
  `Checker.matching` asks it once per report.
Records of every sample file are held by bench/speed7_records.py (docs/performance.md, eleventh
pass C); the texts below are written for these tests.
"""

from __future__ import annotations

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.pipeline.figures import clause_scope as clause_scope_mod
from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.figures.rules import compile_rules


@pytest.fixture(scope="module")
def ruleset():
    return figures_ruleset("set39")


# Five ";" clauses of one sentence, none about another scope nor the unit's own.
_CLAUSES = ("Tổ chức hội nghị sơ kết công tác thi đua của quý",
            "tập huấn nghiệp vụ cho 25 cán bộ làm công tác văn thư",
            "rà soát quy chế chi tiêu nội bộ",
            "cập nhật hồ sơ lưu trữ điện tử",
            "duy trì chế độ giao ban hằng tuần")


class _SpyPattern:
    def __init__(self, pattern, seen):
        self.pattern, self.seen = pattern, seen

    def search(self, text, *args):
        self.seen.append(text)
        return self.pattern.search(text, *args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_each_earlier_clause_is_asked_about_once_per_report(ruleset, monkeypatch):
    asked = []
    original = clause_scope_mod.about_others

    def spy(rules, *texts):
        asked.extend(texts)
        return original(rules, *texts)

    monkeypatch.setattr(clause_scope_mod, "about_others", spy)
    extract_figures(doc("1. Công tác văn phòng", "; ".join(_CLAUSES) + "."), ruleset)
    assert asked, "the later clauses ask about the earlier ones"
    assert len(asked) == len(set(asked)) == len(_CLAUSES) - 1


def test_the_units_own_scope_is_searched_once_per_clause(ruleset, monkeypatch):
    rules = compile_rules(ruleset)
    assert rules.ctx.get("own_scope") is not None, "the shipped ruleset names the unit's own scope"
    seen = []
    monkeypatch.setitem(rules.ctx, "own_scope", _SpyPattern(rules.ctx["own_scope"], seen))
    extract_figures(doc("1. Công tác văn phòng", "; ".join(_CLAUSES) + "."), ruleset)
    # each earlier clause once; the last clause's own text never: no clause before it says another scope
    assert sorted(seen) == sorted(c.lower() for c in _CLAUSES[:-1])


# --- check/assessment.py: the paragraphs an assessment opener opens, found once per report ----------

def test_the_assessment_openers_are_asked_of_a_sentence_once_per_report(monkeypatch):
    from item_helpers import judge_default

    from tdkt.pipeline.check import assessment as assessment_mod
    from tdkt.pipeline.matching import PhraseSet

    openers: list = []
    original_opened = assessment_mod._opened_paragraphs

    def opened(checker):
        openers.append(checker.lang.lists.get(assessment_mod.OPENERS_LIST))
        return original_opened(checker)

    asked: list = []
    original_hits = PhraseSet.hits

    def hits(self, *args, **kwargs):
        asked.append((self, args[0] if args else None))
        return original_hits(self, *args, **kwargs)

    monkeypatch.setattr(assessment_mod, "_opened_paragraphs", opened)
    monkeypatch.setattr(PhraseSet, "hits", hits)
    items = judge_default(
        "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
        "II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA",
        "Chi đoàn tổ chức 04 buổi lao động dọn vệ sinh đường làng.",
        ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023", {"bold": True}),
        "Bên cạnh những kết quả đạt được, công tác thi đua của Chi đoàn còn hạn chế: sơ kết chưa đúng hạn; "
        "khen thưởng còn chậm.",
    )
    assert items["D2"].status == "present", items["D2"].note  # the behaviour the speed change keeps
    assert len(openers) >= 2, "more than one item reads the opened paragraphs"
    opener_set = openers[0]
    texts = [text for phrases, text in asked if phrases is opener_set]
    assert texts and len(texts) == len(set(texts))
