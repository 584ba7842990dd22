"""Sixth speed pass (issue 14): the shortcuts give the answers of the plain code they replaced.

DOCX reader: a run's facts are cached per (paragraph style, direct properties), the dominant size
and font are counted in plain dicts (first met wins a tie, as Counter.most_common(1) did), a
paragraph's Where is filled without the frozen dataclass's __init__, a theme's font names are
read once per theme part (name, CRC-32, size), property children are found by a loop instead of
ElementPath. Judging: PhraseSet.narrowed reads once whether its pattern refers back to a group
and takes the caller's words. Fixtures are built with python-docx (raw XML where it has no API);
the matching checks run on real sample reports with both rulesets.
"""

from __future__ import annotations

import pickle
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.parser import parse_xml

from tdkt.extractors.docx_package import Parts
from tdkt.extractors.docx_reader import read_docx
from tdkt.extractors.docx_xml import P, PPR, RPR, TC, TR, first_child, w
from tdkt.pipeline.document import Where

ROOT = Path(__file__).resolve().parents[1]
INBOX = ROOT / "samples" / "inbox"
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W_URI}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _para(d, inner: str, ppr: str = "") -> None:
    el = parse_xml(f"<w:wrap {NS}><w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p></w:wrap>")[0]
    body = d.element.body
    body.insert(len(body) - 1, el)


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _block(doc, text: str):
    found = [b for b in doc.blocks if b.text == text]
    assert found, (text, [b.text for b in doc.blocks])
    return found[0]


def test_dominant_size_and_font_first_met_wins_a_tie(tmp_path):
    d = docx.Document()
    sz = '<w:rFonts w:ascii="{f}" w:hAnsi="{f}"/><w:sz w:val="{s}"/>'
    # 5 visible characters each: a tie, so the first run's size and font are the paragraph's
    _para(d, _run("aaaaa", sz.format(f="Arial", s=24)) + _run("bbbbb", sz.format(f="Times New Roman", s=28)))
    # the second run is longer: its size and font win
    _para(d, _run("ccc", sz.format(f="Arial", s=24)) + _run("dddddd", sz.format(f="Times New Roman", s=28)))
    # spaces are not visible characters: 3 + 3 against 4
    _para(d, _run("e f g", sz.format(f="Arial", s=24)) + _run("hhhh", sz.format(f="Times New Roman", s=28)))
    path = tmp_path / "tie.docx"
    d.save(str(path))
    doc = read_docx(path)
    tie = _block(doc, "aaaaabbbbb")
    assert (tie.font_size, tie.font_name) == (12.0, "Arial")
    longer = _block(doc, "cccdddddd")
    assert (longer.font_size, longer.font_name) == (14.0, "Times New Roman")
    spaced = _block(doc, "e f ghhhh")
    assert (spaced.font_size, spaced.font_name) == (14.0, "Times New Roman")


def test_run_facts_depend_on_the_paragraph_style(tmp_path):
    """The same direct properties under two paragraph styles: the cache key holds the style."""
    d = docx.Document()
    _para(d, _run("Tiêu đề in đậm theo kiểu", '<w:sz w:val="26"/>'), '<w:pStyle w:val="Title"/>')
    _para(d, _run("Đoạn thường cùng cỡ chữ", '<w:sz w:val="26"/>'))
    _para(d, _run("Đoạn in nghiêng trực tiếp", '<w:i/><w:sz w:val="26"/>'))
    path = tmp_path / "styles.docx"
    d.save(str(path))
    styles = {s.style_id: s for s in d.styles}
    title_bold = bool(styles["Title"].font.bold)
    doc = read_docx(path)
    assert _block(doc, "Tiêu đề in đậm theo kiểu").bold is title_bold
    plain = _block(doc, "Đoạn thường cùng cỡ chữ")
    assert (plain.bold, plain.italic, plain.font_size) == (False, False, 13.0)
    assert _block(doc, "Đoạn in nghiêng trực tiếp").italic is True


def test_hidden_runs_symbols_and_caps(tmp_path):
    d = docx.Document()
    box = ('<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>'
           '<w:p><w:r><w:t>Chữ trong khung ẩn</w:t></w:r></w:p>'
           '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    hidden_box = box.replace("<w:r><w:drawing>", "<w:r><w:rPr><w:vanish/></w:rPr><w:drawing>")
    _para(d, _run("Hiện ") + _run("ẩn đi ", "<w:vanish/>") + _run("tiếp") + hidden_box)
    _para(d, _run("Mục a") + '<w:r><w:t>x</w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:t>y</w:t></w:r>')
    _para(d, _run("chữ hoa", "<w:caps/>") + _run(" thường"))
    _para(d, _run("Đoạn có khung") + box)
    path = tmp_path / "runs.docx"
    d.save(str(path))
    doc = read_docx(path)
    texts = [b.text for b in doc.blocks]
    assert "Hiện tiếp" in texts
    assert "Mục ax•y" in texts
    caps = _block(doc, "CHỮ HOA thường")
    assert caps.all_caps is False  # 6 of 12 visible characters under w:caps
    assert texts.count("Chữ trong khung ẩn") == 1  # the visible run's box only
    boxed = [b for b in doc.blocks if b.text == "Chữ trong khung ẩn"][0]
    assert boxed.kind == "textbox" and texts.index("Chữ trong khung ẩn") == texts.index("Đoạn có khung") + 1


def test_where_is_the_dataclass_it_replaces(tmp_path):
    d = docx.Document()
    d.add_paragraph("Đoạn một")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 1).text = "Ô thứ hai"
    path = tmp_path / "where.docx"
    d.save(str(path))
    doc = read_docx(path)
    first = _block(doc, "Đoạn một").where
    assert first == Where(paragraph=1) and hash(first) == hash(Where(paragraph=1))
    assert repr(first) == repr(Where(paragraph=1))
    assert pickle.loads(pickle.dumps(first)) == first
    with pytest.raises(AttributeError):
        first.paragraph = 2  # still frozen
    cell = [b for b in doc.blocks if "Ô thứ hai" in b.full_text][0].where
    assert cell.table == 1


def _with_minor_font(src: Path, dst: Path, typeface: str) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/theme/theme1.xml":
                data = re.sub(rb'(<a:minorFont>\s*<a:latin typeface=")[^"]*', rb"\g<1>" + typeface.encode(), data)
            zout.writestr(item, data)
    return dst


def test_theme_fonts_are_read_per_theme_part(tmp_path):
    d = docx.Document()
    _para(d, _run("Chữ theo phông của chủ đề", '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>'))
    base = tmp_path / "base.docx"
    d.save(str(base))
    arial = _with_minor_font(base, tmp_path / "arial.docx", "Arial")
    times = _with_minor_font(base, tmp_path / "times.docx", "Times New Roman")
    again = shutil.copy(arial, tmp_path / "arial-again.docx")
    names = [_block(read_docx(p), "Chữ theo phông của chủ đề").font_name for p in (arial, times, again, base)]
    assert names == ["Arial", "Times New Roman", "Arial", "Cambria"]


def _sample_docx() -> list[Path]:
    files = sorted(p for p in INBOX.glob("*.docx") if p.name.count(".") == 1 and not p.name.startswith("zz"))
    assert len(files) >= 100, "the sample reports are part of the repository (samples/inbox)"
    return files[:40]


def test_first_child_is_find_on_real_reports():
    checked = 0
    for path in _sample_docx():
        parts = Parts.load(path)
        for el in parts.body.iter(P, TR, TC):
            kids = [c for c in el if isinstance(c.tag, str)]
            for tag in {c.tag for c in kids} | {PPR, RPR, w("tcPr"), w("trPr"), w("gridSpan")}:
                assert first_child(el, tag) is el.find(tag) or first_child(el, tag) == el.find(tag)
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize("ruleset_file", ["tay-son-2023-h1.yaml", "year-end-2023.yaml"])
def test_narrowed_with_words_is_narrowed(ruleset_file):
    """Every phrase set the checker narrows, on every sentence of real reports: the caller's words
    give the regex the set's own split would; a set referring back to a group keeps its regex."""
    from tdkt.extractors import extract
    from tdkt.pipeline import matching
    from tdkt.pipeline.check.rules import compiled_rules
    from tdkt.pipeline.segment import segment
    from tdkt.rules.loader import load_ruleset

    ruleset = load_ruleset(ROOT / "rules" / ruleset_file)
    canon = matching.canon_for(ruleset)
    lang, rules = compiled_rules(ruleset, canon)
    sets = [s for s in (lang.names, lang.protected, lang.strong, *lang.lists.values(),
                        *(r.concept for r in rules), *(r.context for r in rules)) if s]
    compared = 0
    for path in _sample_docx()[:12]:
        for sentence in segment(extract(path), ruleset, canon).sentences:
            for phrases in sets:
                plain = phrases.narrowed(sentence.canon)
                given = phrases.narrowed(sentence.canon, sentence.words)
                assert (plain.pattern if plain else None) == (given.pattern if given else None)
                compared += 1
    assert compared > 5000
    back = canon.phrases([r"re:(\w+) \1", "thi đua"])
    assert back.narrowed("thi đua thi đua") is back.regex
    assert back.narrowed("không có gì", frozenset({"không"})) is back.regex


def test_segment_first_character_gates_drop_no_match():
    """segment tries a numbering pattern, the bullet and the leading-number subs only where the
    text's first character can start them: for every character, no pattern left out matches."""
    from tdkt.pipeline import segment as S

    tails = ("1. x", ". x", ") x", "1.2 x", "hần I. x", "HẦN II x", "I. x", " x", "II) x", "- x", "\t x")
    missed = []
    for code in range(0x3000):
        first = chr(code)
        allowed = {style for style, _ in S._numberings_for(first)}
        for tail in tails:
            text = first + tail
            missed += [(first, style) for style, rx in S._NUMBERINGS if rx.match(text) and style not in allowed]
            if S._BULLET.match(text) and first not in S._BULLET_FIRST:
                missed.append((first, "bullet"))
            if S._LEADING_NUMBER.match(text) and not (first.isdecimal() or first in S._LEADING_NUMBER_FIRST):
                missed.append((first, "leading number"))
    assert not missed
    assert [style for style, _ in S._numberings_for("1")] == ["multi", "arabic"]
    assert S._numbering("Phần thứ hai: Nhiệm vụ") == ("part", "Phần thứ hai", "Nhiệm vụ")
