"""Speed pass 8 (B): the items' verdicts that do not depend on the item are made once per report,
and canonical text runs the variants' regex only where a variant can change the text.

Each test judges real reports twice, with the kept answers and with every verdict made afresh,
and wants the same records and fewer verdicts made; the canonical-text test wants the variants'
regex skipped where no variant occurs and still applied where one does.
"""

from pathlib import Path

import pytest

from tdkt.extractors import extract
from tdkt.pipeline import matching
from tdkt.pipeline.check import context
from tdkt.pipeline.judge import judge
from tdkt.rules.loader import load_roster, load_ruleset

INBOX = Path(__file__).resolve().parents[1] / "samples" / "inbox"
# Reports with plan sections, lists of movements, negative answers and last year's paragraphs.
_FILES = ["01-xa-tay-vinh.docx", "05-xa-binh-thanh.docx", "12-phong-giao-duc.docx", "20-xa-tay-giang.docx",
          "30-xa-tay-an.docx", "41-phong-tai-chinh.docx", "60-xa-tay-thuan.docx", "88-truong-thcs.docx"]


def _reports() -> list[Path]:
    primary = sorted(p for p in INBOX.glob("*.docx") if p.name.count(".") == 1)
    chosen = [p for p in primary if p.name in _FILES] or primary[:8]
    return chosen + primary[8:40:4]


def _records(paths, ruleset, roster):
    return [judge(extract(p), ruleset, roster, file=p.name, sha256="0" * 64).to_dict() for p in paths]


@pytest.mark.parametrize("rules", [None, "year-end-2023.yaml"])
def test_kept_verdicts_give_the_records_made_afresh(monkeypatch, rules):
    ruleset = load_ruleset(None if rules is None else Path(__file__).resolve().parents[1] / "rules" / rules)
    roster = load_roster()
    paths = _reports()
    assert len(paths) >= 8
    made = {"kept": 0, "afresh": 0}
    real = (context.Checker._judge_excluded, context.Checker._judge_context_ok)

    def counting(fn):
        def wrapper(self, *args):
            made[mode] += 1
            return fn(self, *args)
        return wrapper

    monkeypatch.setattr(context.Checker, "_judge_excluded", counting(real[0]))
    monkeypatch.setattr(context.Checker, "_judge_context_ok", counting(real[1]))
    mode = "kept"
    kept = _records(paths, ruleset, roster)

    # Every verdict made again at each ask: the code before the answers were kept.
    mode = "afresh"
    monkeypatch.setattr(context.Checker, "excluded", lambda self, s, rule: self._judge_excluded(s, rule))
    monkeypatch.setattr(context.Checker, "context_ok",
                        lambda self, s, rule, unquoted=False: self._judge_context_ok(s, rule, unquoted))
    monkeypatch.setattr(context.Checker, "list_blanked", lambda self, text: self._blank_list(text))
    monkeypatch.setattr(context.Checker, "per_sentence", lambda self, judge_, s: judge_(self, s))
    afresh = _records(paths, ruleset, roster)

    assert kept == afresh
    assert made["afresh"] > made["kept"] > 0


def test_per_sentence_checks_are_made_once_per_sentence(monkeypatch):
    """The paragraph walks (past year's paragraph, negative answer) share each sentence's tests."""
    asked: dict[tuple, int] = {}
    alive = []  # every checker kept alive, so that no later checker gets a freed one's id
    real = context.Checker.per_sentence

    def counting(self, judge_, s):
        if (judge_, s.index) not in self._per_sentence:
            alive.append(self)
            key = (id(self), judge_.__name__, s.index)
            asked[key] = asked.get(key, 0) + 1
        return real(self, judge_, s)

    monkeypatch.setattr(context.Checker, "per_sentence", counting)
    _records(_reports(), load_ruleset(), load_roster())
    names = {name for _, name, _ in asked}
    # the negative answer's walk asks each sentence before a deed only where a negative answer can be
    # reached (pass 12 B); its first test, kept per sentence, is asked in every walk
    assert {"marks_current_period", "_answers_negatively", "in_past_paragraph"} <= names
    assert set(asked.values()) == {1}


def test_variants_run_only_where_one_can_change_the_text(monkeypatch):
    canon = matching.Canon()
    expanded: list[str] = []
    real = canon.variants.expand

    def counting(text):
        expanded.append(text)
        return real(text)

    monkeypatch.setattr(canon.variants, "expand", counting)
    # No variant's words: the regex is not run ("6 tháng" maps to itself).
    assert canon.text("Kết quả 6 tháng đầu năm 2023 của UBND xã") == "kết quả 6 tháng đầu năm 2023 của ủy ban nhân dân xã"
    assert canon.text("Phong trào thi đua yêu nước") == "phong trào thi đua yêu nước"
    assert expanded == []
    # A variant: the regex runs and maps it.
    assert canon.text("Sáu tháng đầu năm, đấy mạnh phong trào học tập Bác Hồ") == \
        "6 tháng đầu năm đẩy mạnh phong trào học tập hồ chí minh"
    assert canon.text("Phòng chống Co-vid 19") == "phòng chống covid 19"
    assert len(expanded) == 2
    # "%" may glue a variant's word to a number: the regex always runs then.
    assert canon.text("đạt 50%, sáu tháng") == "đạt 50% 6 tháng"
    assert len(expanded) == 3


def test_words_are_kept_with_the_canonical_text_only():
    canon = matching.Canon()
    raw = "UBND xã tổ chức Hội nghị sơ kết 06 tháng đầu năm 2023"
    text, words = canon.text_words(raw)
    assert text == canon.text(raw) == "ủy ban nhân dân xã tổ chức hội nghị sơ kết 6 tháng đầu năm 2023"
    assert words == frozenset(text.split())
    assert canon.text_words(raw)[1] is words  # met again: not split again
    canon._cache.clear()  # a new process's cache (bench/judge_cpu.py clears it so): made again
    again = canon.text_words(raw)
    assert again == (text, words) and again[1] is not words
