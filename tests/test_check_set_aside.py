"""pipeline/check/set_aside.py: a class of sentences a check sets aside is one registry entry."""

from item_helpers import default_rules, judge

from tdkt.pipeline.check import set_aside

_REPORT = ("Đơn vị đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022, phát động phong trào "
           "thi đua năm 2023; 48/50 viên chức ký giao ước thi đua.",)


def _aside(reason, word):
    return set_aside.SetAside(reason, lambda rule: True, lambda checker, rule, s: word in s.text)


def test_a_new_entry_sets_its_sentences_aside_and_names_them(monkeypatch):
    rules = default_rules()
    assert judge(rules, *_REPORT)["P1"].status == "present"
    monkeypatch.setattr(set_aside, "SET_ASIDE", set_aside.SET_ASIDE + (_aside("synthetic_class", "giao ước"),))
    got = judge(rules, *_REPORT)["P1"]
    assert got.status == "missing"
    assert "(synthetic_class)" in got.note


def test_the_first_entry_that_sets_a_sentence_aside_names_it(monkeypatch):
    rules = default_rules()
    monkeypatch.setattr(set_aside, "SET_ASIDE", (_aside("first_class", "viên chức"), _aside("second_class", "giao ước"))
                        + set_aside.SET_ASIDE)
    got = judge(rules, *_REPORT)["P1"]
    assert "(first_class)" in got.note and "second_class" not in got.note


def test_an_entry_runs_only_for_the_items_it_applies_to(monkeypatch):
    rules = default_rules()
    entry = set_aside.SetAside("synthetic_class", lambda rule: "synthetic_class" in rule.exclude_contexts,
                               lambda checker, rule, s: True)
    monkeypatch.setattr(set_aside, "SET_ASIDE", set_aside.SET_ASIDE + (entry,))
    assert judge(rules, *_REPORT)["P1"].status == "present"  # no item names the list
