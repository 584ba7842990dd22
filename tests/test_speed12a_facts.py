"""Speed pass 12 (A): the figures' per-sentence work done once, the cheap rejections first.

- `sentence_facts.may_search` (a rule regex's required literals, tested before the regex) never
  rejects a text the regex matches: checked for every `context:` phrase list of the shipped figures
  rules, each phrase set inside sentences written for this test.
- `sentence_facts.lower_text` lowers a Sentence's text once; a rewritten sentence (a new object)
  gets its own.
- `pending_titles` and `body_members` search their regex only where its literals occur.
- `member_statement` / `without_member_clauses` are asked only in a cluster's report, and
  `MemberGroups.under_group` reads a heading once per run of sentences under the same lead.
Records of every sample are held equal to the code replaced by bench/speed7_records.py (run by hand).
"""

from __future__ import annotations

import dataclasses
import re

import pytest
import yaml
from figure_helpers import FIGURES_YAML, doc, figures_ruleset

from tdkt.pipeline.figures import extract as extract_mod
from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.figures import member_group as group_mod
from tdkt.pipeline.figures.body_members import without_body_members
from tdkt.pipeline.figures.pending_titles import PendingTitles
from tdkt.pipeline.figures.rules import compile_rules
from tdkt.pipeline.figures.sentence_facts import lower_text, may_search
from tdkt.pipeline.figures.walk import Sentence


@pytest.fixture(scope="module")
def rules():
    return compile_rules(figures_ruleset("speed12a"))


# Frames written for this test: a phrase set at the start, in the middle and at the end of a clause.
_FRAMES = ("{p} trong đợt rà soát cuối quý", "theo báo cáo gửi về, {p} đối với hồ sơ của đơn vị",
           "đơn vị ghi nhận: {p}")


def _phrases(value) -> list[str]:
    out = []
    for p in value if isinstance(value, list) else []:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, dict):
            out += [v for v in p.values() if isinstance(v, str)]
    return out


def test_the_literal_gate_never_rejects_a_text_its_regex_matches(rules):
    context = yaml.safe_load(FIGURES_YAML.read_text(encoding="utf-8"))["context"]
    checked = 0
    for name, pattern in rules.ctx.items():
        if not isinstance(pattern, re.Pattern):
            continue
        for phrase in _phrases(context.get(name)):
            if phrase.startswith("re:"):
                continue
            for frame in _FRAMES:
                text = frame.format(p=phrase.lower())
                if pattern.search(text):
                    checked += 1
                    assert may_search(pattern, text), (name, text)
    assert checked > 200  # the phrase lists were read, not skipped


def test_the_literal_gate_rejects_a_text_without_the_words(rules):
    pending = rules.ctx["pending"]
    assert not may_search(pending, "hồ sơ khen thưởng gửi về huyện đúng hạn")
    assert may_search(pending, "hồ sơ đang chờ kết quả")
    assert not may_search(rules.ctx["composition_unit"], "tổ công tác có 05 người, làm việc hai tuần")


def test_the_lower_case_form_is_taken_once_per_sentence_object():
    sent = Sentence("Đang Chờ Quyết Định", "đoạn 1", "", False)
    assert lower_text(sent) == "đang chờ quyết định"
    assert lower_text(sent) is lower_text(sent)
    other = dataclasses.replace(sent, text="Bao Gồm 05 Thành Viên")
    assert lower_text(other) == "bao gồm 05 thành viên"
    assert lower_text(sent) == "đang chờ quyết định"


class _Spy:
    """A compiled pattern that counts its searches (the gate reads .pattern and .flags)."""

    def __init__(self, pattern):
        self.inner, self.pattern, self.flags, self.searched = pattern, pattern.pattern, pattern.flags, []

    def search(self, text, *args):
        self.searched.append(text)
        return self.inner.search(text, *args)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_pending_words_are_searched_only_where_their_strings_occur(rules):
    seen = PendingTitles(rules)
    seen.pattern = spy = _Spy(seen.pattern)
    quiet = Sentence("Cơ quan tổ chức phát động phong trào thi đua năm 2023.", "đoạn 2", "", False)
    said = Sentence("Danh hiệu Chiến sĩ thi đua cơ sở đang chờ quyết định của huyện.", "đoạn 3", "", False)
    seen.see(quiet, quiet.text)
    assert spy.searched == []
    from tdkt.pipeline.numbers import fold
    seen.see(said, fold(said.text))
    assert spy.searched == [said.text.lower()]
    assert seen.figures == {"chien_si_thi_dua_co_so"}


def test_body_members_search_their_unit_only_where_its_strings_occur(rules, monkeypatch):
    spy = _Spy(rules.ctx["composition_unit"])
    monkeypatch.setitem(rules.ctx, "composition_unit", spy)
    quiet = Sentence("Tổ công tác có 05 người, làm việc trong hai tuần.", "đoạn 1", "", False)
    assert without_body_members(quiet, rules) is quiet
    assert spy.searched == []
    body = Sentence("Hội đồng xét duyệt bao gồm 07 thành viên; công nhận 03 sáng kiến.", "đoạn 2", "", False)
    cut = without_body_members(body, rules)
    assert spy.searched == [body.text.lower()]
    assert "07" not in cut.text and "03 sáng kiến" in cut.text


def _grouped_report():
    return doc(
        "II. KẾT QUẢ KHEN THƯỞNG",
        "a) Các cơ quan dân chính trong Khối",
        "Cơ quan A có 02 tập thể đạt danh hiệu Tập thể lao động tiên tiến.",
        "Cơ quan B có 03 tập thể đạt danh hiệu Tập thể lao động tiên tiến.",
        "Cơ quan C có 01 tập thể đạt danh hiệu Tập thể lao động tiên tiến.",
        "b) Các đơn vị vũ trang trong Khối",
        "Đơn vị D có 04 tập thể đạt danh hiệu Tập thể lao động tiên tiến.",
        "Đơn vị E có 05 tập thể đạt danh hiệu Tập thể lao động tiên tiến.",
    )


class _CountingLead(str):
    """A lead that counts how often it is split into its heading and lead-in."""

    splits: list = []

    def split(self, *args):
        self.splits.append(1)
        return super().split(*args)


def test_a_group_heading_is_read_once_per_run_of_sentences_under_it(rules):
    groups = group_mod.MemberGroups(rules)
    first = _CountingLead("a) các cơ quan dân chính trong khối | ")
    answers = [groups.under_group(first) for _ in range(5)]
    assert answers == [True] * 5
    assert len(_CountingLead.splits) == 1  # read at the first sentence, not at each of the five
    second = _CountingLead("b) các đơn vị vũ trang trong khối | ")
    assert groups.under_group(second) and groups.under_group(second)
    assert len(_CountingLead.splits) == 2
    assert not groups.under_group("iii. phương hướng | ")  # another level ends the run, as before


def test_a_grouped_report_gives_no_whole_figure(rules):
    got = extract_figures(_grouped_report(), figures_ruleset("speed12a"), "cluster").values
    assert "tap_the_lao_dong_tien_tien" not in got  # groups' counts only, no whole's total stated


def test_member_readers_are_asked_only_in_a_cluster_report(monkeypatch):
    asked = []
    for name in ("member_statement", "without_member_clauses"):
        original = getattr(extract_mod, name)

        def spy(*args, _original=original, _name=name):
            asked.append(_name)
            return _original(*args)

        monkeypatch.setattr(extract_mod, name, spy)
    report = doc("II. KHEN THƯỞNG", "Đơn vị có 03 cá nhân đạt danh hiệu Lao động tiên tiến.")
    extract_figures(report, figures_ruleset("speed12a"), "commune")
    assert asked == []
    got = extract_figures(report, figures_ruleset("speed12a"), "cluster").values
    assert set(asked) == {"member_statement", "without_member_clauses"}
    assert got == extract_figures(report, figures_ruleset("speed12a"), "commune").values
