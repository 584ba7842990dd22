"""Speed pass 11 (A): the figures' readers skip work whose answer cannot change, held to the path replaced.

- `decided.DecidedLabels` reads a lead (is its heading a status label, the figure it names, is it a
  pending label) once per lead, not once per sentence: the answers are the lead's alone.
- `decided.DecidedLabels.see` reads a sentence as a decided label ("Đã có quyết định: 03") only when
  it holds a colon (the label's pattern ends with one).
- `passages.PassageSums._label_figure` folds a paragraph's text up to its first colon only when no
  "." or ";" stands before that colon (its label pattern allows neither).
- `appendix_refs.appendix_lists` folds a paragraph whole (to read "Mục 2. ...") only when its first
  three word characters fold to "muc".
- `passages.PassageSums.add` reads a sentence's opening ("năm 2022 có ...") only when the sentence
  states a figure the passage's figure absorbs (the opening decides nothing else there).
Each is compared with the code it replaced on every real sample DOCX of samples/inbox; the
synthetic texts below are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import doc, figures_ruleset

from tdkt.extractors import extract
from tdkt.extractors.errors import ExtractionError
from tdkt.pipeline.figures import appendix_refs as appendix_mod
from tdkt.pipeline.figures import decided as decided_mod
from tdkt.pipeline.figures import extract_figures
from tdkt.pipeline.figures import passages as passages_mod
from tdkt.pipeline.figures.mentions import lead_figure
from tdkt.pipeline.figures.rules import compile_rules
from tdkt.rules.loader import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
INBOX = ROOT / "samples" / "inbox"


@pytest.fixture(scope="module")
def rules():
    return figures_ruleset("set34")


def _by_state():
    return doc(
        "II. THI ĐUA, KHEN THƯỞNG",
        "3. Khen thưởng chuyên đề, đột xuất trong 6 tháng đầu năm 2023",
        "a) Đã có quyết định: 03 (02 tập thể, 01 cá nhân)",
        "- Giám đốc Sở tặng Giấy khen cho Đội thu gom rác về thành tích dọn vệ sinh sau lũ.",
        "- Giám đốc Sở tặng Giấy khen cho Tổ bảo vệ về thành tích giữ an toàn kho.",
        "- Giám đốc Sở tặng Giấy khen cho ông Trần Văn Bình đã cứu người đuối nước.",
        "b) Đang chờ quyết định: 02 (02 cá nhân)",
        "- Đã trình Chủ tịch UBND huyện tặng Giấy khen cho 02 cá nhân.",
        "- Hồ sơ gửi Phòng Nội vụ ngày 20/5/2023.",
        "III. PHƯƠNG HƯỚNG",
    )


def test_a_status_lead_is_read_once_however_many_sentences_stand_under_it(rules, monkeypatch):
    calls = []
    original = decided_mod._is_status

    def spy(heading, *patterns):
        calls.append(heading)
        return original(heading, *patterns)

    monkeypatch.setattr(decided_mod, "_is_status", spy)
    got = extract_figures(_by_state(), rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 3  # the decided label's count; the pending one's cases no awards
    assert len(calls) == len(set(calls))  # one reading per distinct heading, not one per sentence


def test_a_sentence_without_a_colon_is_not_read_as_a_decided_label(rules, monkeypatch):
    read = []
    original = decided_mod._label

    def spy(text):
        read.append(text)
        return original(text)

    monkeypatch.setattr(decided_mod, "_label", spy)
    got = extract_figures(_by_state(), rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 3
    # the leads (lower case) are read; of the sentences (as written), only those with a colon
    sentences = [t for t in read if t[:1].isupper()]
    assert sentences and all(":" in t for t in sentences)


def test_a_label_after_a_full_stop_is_not_folded(rules, monkeypatch):
    sums = passages_mod.PassageSums(compile_rules(rules))
    folded = []
    original = passages_mod.fold

    def spy(text):
        folded.append(text)
        return original(text)

    monkeypatch.setattr(passages_mod, "fold", spy)
    # a sentence ends before the colon: no label can open the paragraph
    assert sums._label_figure("Hội nghị đã họp. Kết quả khen đột xuất: 02 tập thể") is None
    assert folded == []
    # a label opening the paragraph is still read
    label = sums._label_figure("- Khen thưởng đột xuất: 02 tập thể, 01 cá nhân")
    assert folded and label == "khen_chuyen_de_dot_xuat"


def test_only_a_paragraph_opening_with_muc_is_folded_whole(monkeypatch):
    folded = []
    original = appendix_mod.fold

    def spy(text):
        folded.append(text)
        return original(text)

    monkeypatch.setattr(appendix_mod, "fold", spy)
    names = [["STT", "Họ và tên", "Đơn vị"], ["1", "Lê Văn Hải", "Tổ 2"], ["2", "Phạm Thị Mai", "Tổ 5"],
             ["3", "Đỗ Minh Tâm", "Tổ 1"]]
    lists = appendix_mod.appendix_lists(doc(
        "Báo cáo tổng kết công tác thi đua của đơn vị trong sáu tháng qua, có nhiều chuyển biến tích cực.",
        "PHỤ LỤC KÈM THEO",
        "— **MỤC 3.** Danh sách cá nhân được khen đột xuất",
        names,
    ))
    assert lists == {3: 3}
    # the heading and the names' column heading; the other paragraphs: three characters each
    assert [t for t in folded if len(t) > 3] == ["— **mục 3.** danh sách cá nhân được khen đột xuất", "họ và tên"]


def _appendix_lists_before(document):
    """appendix_lists as it was: every paragraph folded whole."""
    out = {}
    section = None
    for block in document.blocks:
        if block.kind == "table" and block.rows:
            if section is not None and block.rows and any(appendix_mod._NAME_HEAD.search(
                    appendix_mod.fold(c.lower())) for c in block.rows[0]):
                rows = [r for r in block.rows[1:] if len(r) > 1 and any(ch.isalpha() for ch in r[1])]
                if rows and section not in out:
                    out[section] = len(rows)
            section = None
            continue
        m = appendix_mod._SECTION.match(appendix_mod.fold((block.full_text or "").lower()))
        section = int(m.group(1)) if m else None
    return out


def test_appendix_lists_as_before_on_every_sample():
    docs = _documents()
    assert all(appendix_mod.appendix_lists(d) == _appendix_lists_before(d) for _, d in docs)
    assert any(appendix_mod.appendix_lists(d) for _, d in docs)


def _documents():
    docs = []
    for path in sorted(INBOX.glob("*.docx")):
        try:
            docs.append((path.name, extract(path)))
        except ExtractionError:
            continue  # the inbox's deliberately broken files
    return docs


def _result(doc, ruleset):
    r = extract_figures(doc, ruleset)
    return (r.values, {k: (e.text, e.where) for k, e in r.evidence.items()}, r.notes, r.warnings,
            {k: [(v, e.text, e.where) for v, e in parts] for k, parts in r.parts.items()})


def _lead_before(self, lead):
    """DecidedLabels' lead reading as it was: nothing kept between sentences."""
    heading = lead.split("|")[0].strip()
    status = decided_mod._is_status(heading, self._decided, self._pending)
    return status, None if status else lead_figure(lead, self.rules), bool(self._pending.match(
        decided_mod._label(heading)))


def _label_figure_before(self, paragraph):
    """_label_figure as it was: the text up to the first colon folded whatever stands before it."""
    if paragraph not in self._labelled:
        fig = None
        colon = paragraph.find(":")
        m = passages_mod._LABEL.match(passages_mod.fold(paragraph[:colon + 1].lower())) if colon >= 0 else None
        if m:
            label = paragraph[m.start("label"):m.end("label")]
            found = {x.figure for x in passages_mod.find_mentions(label, passages_mod.fold(label), self.rules)}
            if len(found) == 1 and (one := found.pop()) in self.figures:
                fig = one
        self._labelled[paragraph] = fig
    return self._labelled[paragraph]


def _opens_with_past_always(monkeypatch):
    """PassageSums.add as it was: the opening read for every placed sentence (a spy counts none)."""
    original = passages_mod.opens_with_past
    monkeypatch.setattr(passages_mod, "opens_with_past", lambda text, rules: original(text, rules))


def test_figures_as_before_on_every_sample(monkeypatch):
    docs = _documents()
    assert len(docs) >= 100
    rulesets = [load_ruleset(ROOT / "rules" / name) for name in ("tay-son-2023-h1.yaml", "year-end-2023.yaml")]
    now = [[_result(d, rs) for _, d in docs] for rs in rulesets]
    monkeypatch.setattr(decided_mod.DecidedLabels, "_lead", _lead_before)
    monkeypatch.setattr(passages_mod.PassageSums, "_label_figure", _label_figure_before)
    _opens_with_past_always(monkeypatch)
    before = [[_result(d, rs) for _, d in docs] for rs in rulesets]
    for k in range(len(rulesets)):
        for (name, _), a, b in zip(docs, now[k], before[k]):
            assert a == b, name
    assert sum(bool(r[0]) for r in now[0]) >= 100


def test_an_opening_is_read_only_for_a_sentence_stating_an_absorbed_title(rules, monkeypatch):
    calls = []
    original = passages_mod.opens_with_past

    def spy(text, compiled):
        calls.append(text)
        return original(text, compiled)

    monkeypatch.setattr(passages_mod, "opens_with_past", spy)
    got = extract_figures(doc(
        "II. THI ĐUA, KHEN THƯỞNG",
        "3. Khen thưởng chuyên đề, đột xuất trong 6 tháng đầu năm 2023",
        "- Chủ tịch UBND huyện khen thưởng 02 tập thể về thành tích chữa cháy rừng.",
        "- Chủ tịch UBND huyện khen thưởng 01 cá nhân đã cứu người đuối nước.",
        "- Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể về phong trào hiến máu.",
    ), rules).values
    assert got["khen_chuyen_de_dot_xuat"] == 4  # the three parts of the passage, added
    # no candidate of a title the ad-hoc figure absorbs is left (under its heading prose.py reads
    # the Giấy khen as the ad-hoc award itself): no opening is read (it was, for every sentence)
    assert calls == []
