"""The ninth speed pass's shortcuts in the figures readers answer as the long way did.

Each shortcut is a cheap test in front of work it skips, or a regex rewritten to open with a
character class (so `re` skips positions in C); these tests hold each to what it replaced, with
the shipped rules, over the texts of every sample DOCX read by the real reader (samples/inbox:
offices' files written by other tools) and over written texts that put every character up to
U+3000 where the shortcut looks:
- walk._SPLIT (clauses) splits as the pattern with the leading lookbehind did;
- the titles' trie regex with `(?<!\\w.)` after each first character finds the matches that
  `(?<!\\w)` before the trie found;
- SectorScope.sets_apart reads the first word before folding the whole paragraph;
- PassageSums._label_figure folds the paragraph only up to its first colon;
- prose._period_label_candidates and kind_items.kind_label need a colon, PeriodOpenings' period
  opening a comma: no paragraph without one gives another answer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tdkt.extractors import extract
from tdkt.pipeline.figures import kind_items, period_opening, prose, walk as walk_mod
from tdkt.pipeline.figures.end_notes import block_texts, end_notes
from tdkt.pipeline.figures.extract import extract_figures
from tdkt.pipeline.figures.passages import _LABEL, PassageSums
from tdkt.pipeline.figures.rules import _trie_regex, compile_rules
from tdkt.pipeline.figures.sector import _APART, SectorScope
from tdkt.pipeline.figures.walk import Sentence, walk
from tdkt.pipeline.figures.mentions import find_mentions
from tdkt.pipeline.numbers import fold
from tdkt.rules.loader import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
RULES = "tay-son-2023-h1.yaml"  # the shipped ruleset with `figures:`
# The patterns before this pass, as they were written.
_OLD_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\-–•+(\"“])|;\s*|\n")


def _chars():
    return [chr(c) for c in range(0x3000) if not 0xD800 <= c <= 0xDFFF]


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset(ROOT / "rules" / RULES)


@pytest.fixture(scope="module")
def rules(ruleset):
    return compile_rules(ruleset)


@pytest.fixture(scope="module")
def documents():
    out = []
    for path in sorted((ROOT / "samples" / "inbox").glob("*.docx")):
        try:
            out.append(extract(path))
        except Exception:  # a sample of a damaged file: not text to compare on
            continue
    assert len(out) > 100
    return out


@pytest.fixture(scope="module")
def texts(documents):
    """Every block's normalised text (as walk reads it) and every table cell."""
    out = []
    for document in documents:
        end_notes(document)
        out += [t for t in block_texts(document) if t]
        out += [c for b in document.blocks if b.kind == "table" for row in b.rows or [] for c in row if c]
    return out


@pytest.fixture(scope="module")
def sentences(documents, rules):
    return [e[1] for d in documents for e in walk(d, rules) if e[0] == "s"]


def test_split_as_the_leading_lookbehind_split(texts):
    assert len(texts) > 5000
    for text in texts:
        assert walk_mod._SPLIT.split(text) == _OLD_SPLIT.split(text), text


def test_split_as_before_for_every_character():
    for ch in _chars():
        for text in (f"Câu một.{ch}Hai", f"a.{ch}{ch}B", f"a!{ch}", f"x;{ch}y", f"x{ch};\n{ch}y", f"{ch}. {ch}",
                     f"a?\n{ch}b", f"x.\t {ch}", f"{ch};{ch}.{ch} {ch}"):
            assert walk_mod._SPLIT.split(text) == _OLD_SPLIT.split(text), repr(text)


def _title_phrases(ruleset) -> list[str]:
    """The titles and synonyms folded, longest first, as compile_rules lists them."""
    phrases = []
    for spec in (ruleset.raw.get("figures") or {}).values():
        phrases += [fold(p) for p in spec.get("titles") or []]
        phrases += [fold(p) for p in (spec.get("synonyms") or {})]
    return sorted(phrases, key=len, reverse=True)


def _spans(pattern, text):
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def test_titles_pattern_finds_what_the_leading_lookbehind_found(ruleset, rules, sentences, texts):
    phrases = _title_phrases(ruleset)
    assert rules.titles.pattern == rf"(?:{_trie_regex(phrases, word_start=True)})(?!\w)"
    old = re.compile(rf"(?<!\w)(?:{_trie_regex(phrases)})(?!\w)")
    found = 0
    for text in [fold(s.text) for s in sentences] + [fold(t) for t in texts]:
        spans = _spans(rules.titles, text)
        assert spans == _spans(old, text), text
        found += len(spans)
    assert found > 1000
    heads = sorted({p.split()[0] for p in phrases})
    for ch in _chars():
        for head in heads:
            for text in (f"{ch}{head}", f"a{ch}{head} x", f"{ch}\n{head}", f"{head}{ch}", f"{ch}{ch}{head[1:]}"):
                assert _spans(rules.titles, text) == _spans(old, text), repr(text)


def test_trie_keeps_the_lookbehind_before_a_phrase_opening_with_no_letter():
    phrases = ["(ab", "ab c", "abd", ".x"]
    new = re.compile(_trie_regex(phrases, word_start=True))
    old = re.compile(rf"(?<!\w)(?:{_trie_regex(phrases)})")
    assert new.pattern.startswith(r"(?<!\w)")
    for ch in _chars()[:0x250]:
        for text in (f"{ch}(ab", f"z{ch}.x", f"{ch}ab c", f"q(ab{ch}abd"):
            assert _spans(new, text) == _spans(old, text), repr(text)


def _sector(name="phong y te", kind="phong"):
    scope = SectorScope.__new__(SectorScope)
    scope.name, scope.kind, scope.kind_word, scope.active = name, kind, "Phòng", True
    return scope


def _sets_apart_before(scope, paragraph: str) -> bool:
    """SectorScope.sets_apart before this pass: the whole paragraph folded first."""
    m = _APART.match(fold(paragraph.lower())) if scope.name else None
    if not m:
        return False
    rest = m.group("rest")
    return rest.startswith(scope.name) or bool(re.match(rf"{re.escape(scope.kind)}\s*[:,]", rest))


def test_sets_apart_as_the_whole_fold(texts):
    scope = _sector()
    written = ["Riêng Phòng Y tế: có 01 sáng kiến.", "- RIÊNG cơ quan Phòng, 02 cá nhân", "riêng phòng y tế\nx"]
    for ch in _chars():
        written += [f"{ch}Riêng Phòng Y tế: 01", f"{ch}{ch}riêng phòng, 02", f"Riêng{ch}Phòng Y tế:",
                    f"{ch}iêng Phòng Y tế:", f"R{ch}êng Phòng Y tế:", f"Riê{ch}g Phòng:", f"Riên{ch} Phòng Y tế:"]
    said = 0
    for text in texts + written:
        assert scope.sets_apart(text) == _sets_apart_before(scope, text), repr(text)
        said += _sets_apart_before(scope, text)
    assert said > 1000  # both answers are covered
    assert not _sector(name="").sets_apart("Riêng Phòng Y tế: 01")


def _label_figure_before(passages, paragraph: str):
    """PassageSums._label_figure before this pass: the whole paragraph folded."""
    m = _LABEL.match(fold(paragraph.lower())) if ":" in paragraph else None
    if not m:
        return None
    label = paragraph[m.start("label"):m.end("label")]
    found = {x.figure for x in find_mentions(label, fold(label), passages.rules)}
    return found.pop() if len(found) == 1 and next(iter(found)) in passages.figures else None


def test_label_figure_folds_up_to_the_colon(rules, texts):
    written = ["Về khen thưởng đột xuất: 01 tập thể", "- Khen thưởng chuyên đề, đột xuất: 02 cá nhân",
               "Khen đột xuất 2023: 02 (01 tập thể, 01 cá nhân).", "Khen đột xuất. Kết quả: 01"]
    for ch in _chars():
        written += [f"{ch}Khen thưởng đột xuất: 01 tập thể", f"Về khen thưởng đột xuất{ch}: 02",
                    f"Khen thưởng{ch}đột xuất: {ch}", f"{ch}: Khen đột xuất: 01"]
    said = 0
    for text in texts + written:
        passages = PassageSums(rules)  # a new one each time: no answer kept from another text
        assert passages._label_figure(text) == _label_figure_before(passages, text), repr(text)
        said += passages._label_figure(text) is not None
    assert said > 1000


def test_period_label_needs_a_colon(rules, sentences):
    labelled = [s for s in rules.specs.values() if s.period_label is not None]
    assert labelled
    for spec in labelled:
        for sent in sentences:
            paragraph = sent.paragraph or sent.text
            if ":" not in paragraph:
                assert not spec.period_label.match(fold(paragraph)), paragraph
        for ch in _chars():
            text = f"Khen thưởng 6 tháng đầu năm 2023{ch} 01 cá nhân"
            if ch != ":":
                assert not spec.period_label.match(fold(text)), repr(text)
    # and the colon's label is read: the shortcut answers None only where the long way did
    sent = Sentence("Khen thưởng 6 tháng đầu năm 2023: 01 cá nhân được tặng Bằng khen", "đoạn 1", "", False)
    assert prose._period_label_candidates(sent, rules, 0) is not None


def test_kind_label_needs_a_colon(rules, texts):
    said = 0
    for text in texts + [f"Tập thể{ch} 01" for ch in _chars()] + ["- Cá nhân: 02", "Tập thể : x"]:
        m = kind_items._KIND_LABEL.match(text)
        before = None
        if m:
            kind = rules.unit_kind.get(re.sub(r"\s+", " ", fold(m.group("w").strip().lower())))
            before = kind if kind in ("col", "ind") else None
        assert kind_items.kind_label(text, rules) == before, repr(text)
        said += before is not None
    assert said >= 3


def test_period_opening_needs_a_comma_or_a_colon(rules, sentences):
    # the opening ends with a comma, or with a colon as a label ("Trong 6 tháng đầu năm 2023: ...",
    # set 33): a text with neither is never opened
    opened = 0
    clauses = [s.paragraph for s in sentences if s.paragraph and ";" in s.paragraph]
    written = [f"Trong 6 tháng đầu năm 2023{ch} UBND huyện tặng Giấy khen cho 02 tập thể; 01 cá nhân"
               for ch in _chars()]
    for text in clauses + written:
        spec = period_opening._period_spec(rules, text)
        if "," not in text and ":" not in text:
            assert spec is None, repr(text)
        opened += spec is not None
    assert opened >= 2  # the comma's and the colon's openings are read


def test_period_openings_read_as_without_the_comma_test(rules, sentences):
    """PeriodOpenings.see's per-paragraph answer (which sentence opens with which figure's period)
    is the one _period_spec gives for every sentence, with no comma test in front."""
    written = [f"Trong 6 tháng đầu năm 2023{ch} UBND huyện tặng Giấy khen cho 02 tập thể; Chủ tịch UBND tỉnh "
               f"tặng Bằng khen cho 01 cá nhân." for ch in ",;:. \u00a0"]
    paragraphs = {s.paragraph for s in sentences if s.paragraph and ";" in s.paragraph} | set(written)
    opened = 0
    for paragraph in paragraphs:
        readers = period_opening.PeriodOpenings(rules)
        readers.see(Sentence(paragraph.split(";")[0], "đoạn 1", "", False, "", paragraph), [], 0)
        parts = period_opening._SENTENCE.split(paragraph)
        specs = {s: period_opening._period_spec(rules, s) for s in parts if ";" in s}
        expected = (parts, specs) if any(v is not None for v in specs.values()) else None
        assert readers._opened[paragraph] == expected, paragraph
        opened += expected is not None
    assert opened >= 1


class _Forgetful(dict):
    """A cache that keeps nothing: every clause's passage found again, as before this pass."""

    def __setitem__(self, key, value):
        pass


def test_passage_places_kept_give_the_figures_found_again(documents, ruleset, monkeypatch):
    from tdkt.pipeline.figures import extract as extract_mod

    kept = [extract_figures(d, ruleset) for d in documents]
    plain_init = PassageSums.__init__

    def forgetful_init(self, rules):
        plain_init(self, rules)
        self._places = _Forgetful()

    monkeypatch.setattr(PassageSums, "__init__", forgetful_init)
    again = [extract_mod.extract_figures(d, ruleset) for d in documents]
    assert again == kept
    assert sum(bool(r.parts) for r in kept) >= 10  # passages summed in the samples
