"""The eighth speed pass's shortcuts in the figures readers give what the long way gave.

Each shortcut skips work behind a cheap test (end_notes.py's length test before folding,
walk.py's first-character test before the numbering sub and its capitals test, a sentence's
title mentions found once in mentions.py, PeriodOpenings' sentence split per paragraph). These
tests hold each cheap test to be a necessary condition of what it guards, over every character
up to U+3000 and the block texts of real DOCX files written by python-docx and read back.
"""

from __future__ import annotations

import re

import docx
import pytest

from figure_helpers import doc, figures_ruleset
from tdkt.extractors import extract
from tdkt.pipeline.figures import end_notes as end_notes_mod
from tdkt.pipeline.figures import walk as walk_mod
from tdkt.pipeline.figures.end_notes import _NOTES_HEAD, _SHORT, block_texts, end_notes
from tdkt.pipeline.figures.extract import extract_figures
from tdkt.pipeline.figures.mentions import find_mentions, sentence_mentions
from tdkt.pipeline.figures.rules import canon_phrase, compile_rules
from tdkt.pipeline import numbering
from tdkt.pipeline.normalize import normalize_text
from tdkt.pipeline.numbers import fold


@pytest.fixture(scope="module")
def rules():
    return compile_rules(figures_ruleset("speed8a"))


def _chars():
    return [chr(c) for c in range(0x3000) if not 0xD800 <= c <= 0xDFFF]


@pytest.mark.parametrize("text", ["Ghi chú:", "GHI CHÚ", "  Ghi   chú .", "**Ghi chú:**", "_Ghi chú_",
                                  "Ghi\u00a0chú:", "Ghi chu\u0301:", "ghichú", "Ghi\nchú"])
def test_notes_heading_passes_the_length_test(text):
    normal = normalize_text(text)
    assert _NOTES_HEAD.match(fold(normal.lower())), text
    assert _SHORT.fullmatch(normal), text


def test_length_test_is_necessary_for_every_character():
    # a heading with any one character added is either still a heading or longer than the test allows
    for ch in _chars():
        for text in (f"Ghi chú:{ch}", f"{ch}Ghi chú", f"Ghi {ch}chú"):
            normal = normalize_text(text)
            if _NOTES_HEAD.match(fold(normal.lower())):
                assert _SHORT.fullmatch(normal), repr(text)


def test_end_notes_found_in_a_written_docx(tmp_path):
    """A body calling "(1)" and "(2)", the notes under "Ghi chú:" (bold, as offices type it)."""
    d = docx.Document()
    d.add_paragraph("Trong 6 tháng đầu năm 2023, UBND huyện tặng Giấy khen cho các tập thể, cá nhân(1).")
    d.add_paragraph("Hội đồng công nhận sáng kiến cấp cơ sở(2).")
    d.add_paragraph("Ghi chú:").runs[0].bold = True
    d.add_paragraph("(1) Quyết định số 12/QĐ-UBND: tặng Giấy khen cho 03 tập thể và 05 cá nhân.")
    d.add_paragraph("(2) Quyết định số 15/QĐ-UBND: công nhận 02 sáng kiến.")
    path = tmp_path / "notes.docx"
    d.save(path)
    document = extract(path)
    texts = [end_notes_mod._text(b) for b in document.blocks]
    notes = end_notes(document)
    assert block_texts(document) == texts  # handed over from end_notes
    assert block_texts(document) == texts  # read again
    assert sorted(notes) == [1, 2]
    assert texts[notes[1]].startswith("(1) Quyết định số 12")
    # the shortcut let through every block the full test would have matched, and no other matched
    for text in texts:
        if _NOTES_HEAD.match(fold(text.lower())):
            assert _SHORT.fullmatch(text)


def test_numbering_sub_skipped_only_where_it_changes_nothing():
    for ch in _chars():
        for part in (f"{ch}. Khen thưởng", f"{ch}) a", f"  {ch} Tập thể", f"{ch}", f"{ch}1. x"):
            if not numbering.may_be_numbered(part):
                assert numbering.NUMBERING.sub("", part) == part, repr(part)
    assert numbering.may_be_numbered("2. Khen thưởng") and numbering.may_be_numbered(" - Tập thể")
    assert numbering.may_be_numbered("\u0663. x")  # an Arabic-Indic digit is a \d
    assert not numbering.may_be_numbered("Khen thưởng đột xuất")


def _old_is_heading_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(text) < 120


@pytest.mark.parametrize("text", ["KẾT QUẢ KHEN THƯỞNG", "Kết quả khen thưởng", "1234 - 5678", "", "ĐỢT 2: 6 THÁNG",
                                  "KHEN THƯỞNG ĐỘT XUẤT" * 8, "ǅ", "Ⓐ KHEN", "ª KHEN"])
def test_capitals_heading_as_before(text):
    block = doc(text).blocks[0] if text else doc("x").blocks[0]
    assert walk_mod._is_heading(block, text) == _old_is_heading_caps(text)


def test_sentence_mentions_are_new_objects_each_time(rules):
    from tdkt.pipeline.figures.walk import Sentence

    text = "Tặng Giấy khen cho 03 tập thể; công nhận danh hiệu Lao động tiên tiến cho 25 cá nhân"
    sent = Sentence(text, "đoạn 1", "", False)
    folded = fold(text)
    first = sentence_mentions(sent, folded, rules)
    assert first == find_mentions(text, folded, rules) and len(first) == 2
    first[0].counts.append("attached")  # prose.py attaches counts to its own mentions
    again = sentence_mentions(sent, folded, rules)
    assert again == find_mentions(text, folded, rules) and again[0].counts == []
    assert all(a is not b for a, b in zip(first, again))


@pytest.mark.parametrize("text", ["giay khen", "giay  khen", "giay\nkhen ,  x", "a ,b", "lao dong tien tien ,"])
def test_canon_phrase_as_before(text):
    assert canon_phrase(text) == re.sub(r"\s*,", ",", re.sub(r"\s+", " ", text))


def test_period_opening_read_with_the_split_kept(rules):
    """A sentence opened by the half year, its awards in clauses cut at ";": their sum, once."""
    paragraph = ("Trong 6 tháng đầu năm 2023, 01 đồng chí được Chủ tịch UBND tỉnh tặng Bằng khen; "
                 "03 cá nhân được Giám đốc Sở tặng Giấy khen. Không có đề nghị khác.")
    result = extract_figures(doc("II. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG", paragraph), figures_ruleset("speed8a"))
    assert 4 in result.values.values(), result.values


def test_cell_value_shortcuts_read_as_find_numbers():
    from tdkt.pipeline.numbers import find_numbers
    from tdkt.pipeline.table_stage import cell_value

    def long_way(cell):
        nums = [n for n in find_numbers(cell) if n.kind in ("count", "percent", "decimal")]
        return nums[0].value if nums else None

    cells = [str(v).zfill(n) for n in (1, 2, 3) for v in range(10 ** n)]
    cells += [ch for ch in _chars() if not ch.isalnum()] + ["", " - ", "--", "…", "(*)", "2023", "72,5%", "hai", "x"]
    for cell in cells:
        got, want = cell_value(cell), long_way(cell)
        assert got == want and type(got) is type(want), repr(cell)
