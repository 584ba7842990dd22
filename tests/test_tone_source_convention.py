"""A report's tone placement is its own: "hoà"/"khoẻ"/"uỷ ban"/"thuỷ lợi" (the new convention)
is kept in the Document's text, evidence and metadata, and judged exactly as "hòa"/"khỏe"/
"ủy ban"/"thủy lợi" (the old one). Real sample DOCX files are rewritten to the new convention,
read back by the DOCX reader and judged with the shipped rules and roster.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

import pytest

from tdkt.extractors import extract
from tdkt.pipeline.evaluate import EvalResult, compare
from tdkt.pipeline.judge import judge
from tdkt.pipeline.matching import Canon
from tdkt.pipeline.normalize import fold_tone

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Written out by hand (not derived from pipeline.normalize's table): old -> new placement.
OLD_TO_NEW = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
    "ÒA": "OÀ", "ÓA": "OÁ", "ỦY": "UỶ", "ỎE": "OẺ", "Ủy": "Uỷ",
}
_OLD = re.compile("(?<![qQ])(?:" + "|".join(OLD_TO_NEW) + r")(?![^\W\d_])")
_NEW = re.compile("(?<![qQ])(?:" + "|".join(OLD_TO_NEW.values()) + r")(?![^\W\d_])")


def _rewrite(source: Path, target: Path, edit=lambda text: text, new_style: bool = False) -> None:
    """Copy a DOCX, editing document.xml's text; optionally every open syllable to the new style."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith(".xml"):
                text = unicodedata.normalize("NFC", data.decode("utf-8"))
                if info.filename == "word/document.xml":
                    text = edit(text)
                if new_style:
                    text = _OLD.sub(lambda m: OLD_TO_NEW[m.group(0)], text)
                data = text.encode("utf-8")
            zout.writestr(info, data)


def _edit_binh_hoa(xml: str) -> str:
    """A signer and body words with open syllables (same edit in both conventions)."""
    assert "Đặng Văn Lực" in xml and "giao thông nông thôn tại" in xml
    return (xml.replace("Đặng Văn Lực", "Nguyễn Thị Thủy")
               .replace("giao thông nông thôn tại", "giao thông nông thôn, kênh mương thủy lợi, chăm sóc sức khỏe tại"))


def _judge(path: Path, ruleset, roster):
    document = extract(path)
    record = judge(document, ruleset, roster, file=path.name, sha256="0" * 64, received_at="2023-06-20T08:00:00")
    return document, record


def _view(record) -> dict:
    """Everything the judging decides, metadata compared with the tone folded."""
    def fold(value):
        return fold_tone(value).casefold() if isinstance(value, str) else value

    doc = record.document
    return {
        "items": {k: v.status for k, v in record.items.items()},
        "figures": dict(record.figures),
        "unit": (record.unit.roster_id, record.unit.type, record.unit.cluster),
        "document": [fold(getattr(doc, k)) for k in ("number", "date", "title", "signer", "signer_authority",
                                                      "place", "issuer", "on_subject")],
        "deadline": (record.deadline, record.days_late),
        "evidence": {k: [fold(e.text) for e in v.evidence] for k, v in record.items.items()},
    }


@pytest.fixture(scope="module")
def rules():
    from tdkt.rules.loader import load_roster, load_ruleset

    return load_ruleset(), load_roster()


@pytest.fixture(scope="module")
def binh_hoa(tmp_path_factory, rules):
    folder = tmp_path_factory.mktemp("tone")
    source = SAMPLES / "inbox" / "37-xa-binh-hoa.docx"
    old, new = folder / "old.docx", folder / "new.docx"
    _rewrite(source, old, _edit_binh_hoa)
    _rewrite(source, new, _edit_binh_hoa, new_style=True)
    return _judge(old, *rules), _judge(new, *rules)


def test_new_convention_docx_is_judged_exactly_as_the_old(binh_hoa):
    (_, old), (_, new) = binh_hoa
    assert old.error is None and new.error is None
    assert _view(new) == _view(old)
    assert new.unit.roster_id == "xa-binh-hoa"  # "BÌNH HOÀ" in the header finds the roster's "Bình Hòa"
    assert new.document.date == "2023-06-21" and new.document.number == "78/BC-UBND"


def test_new_convention_text_keeps_its_own_spelling(binh_hoa):
    (old_doc, _), (new_doc, new) = binh_hoa
    new_text = "\n".join(b.full_text or "" for b in new_doc.blocks)
    old_text = "\n".join(b.full_text or "" for b in old_doc.blocks)
    for word in ("CỘNG HOÀ", "BÌNH HOÀ", "UỶ BAN", "thuỷ lợi", "sức khoẻ", "Đảng uỷ", "bê tông hoá"):
        assert word in new_text, word
        assert fold_tone(word) in old_text and word not in old_text
    assert not _OLD.search(new_text)  # nothing was rewritten to the old style on the way in
    assert fold_tone(new_text) == fold_tone(old_text)
    # The metadata and the evidence quote the file
    assert new.document.signer == "Nguyễn Thị Thuỷ"
    assert "UỶ BAN" in (new.document.signer_authority or "")
    quotes = [e.text for item in new.items.values() for e in item.evidence]
    assert quotes and not any(_OLD.search(q) for q in quotes)
    assert any(_NEW.search(q) for q in quotes)


def test_the_evaluator_compares_signers_with_the_tone_folded(binh_hoa):
    (_, old), (_, new) = binh_hoa
    for label_signer in ("Nguyễn Thị Thủy", "Nguyễn Thị Thuỷ"):
        labels = {"document": {"number": "78/BC-UBND", "date": "2023-06-21", "signer": label_signer},
                  "unit": {"roster_id": "xa-binh-hoa"}}
        for record in (old, new):
            result = EvalResult()
            compare("37", labels, record, result)
            assert result.metadata_correct == result.metadata_total == 4, result.mismatches


@pytest.mark.parametrize("key", ["13-khoi-van-hoa-xa-hoi", "17-lien-doan-lao-dong", "66-trung-tam-y-te"])
def test_samples_whose_phrases_need_the_fold_judge_the_same(key, tmp_path, rules):
    """Without the fold in the matcher these three change verdicts (measured)."""
    source = SAMPLES / "inbox" / f"{key}.docx"
    new = tmp_path / f"{key}.docx"
    _rewrite(source, new, new_style=True)
    (_, old_record), (new_doc, new_record) = _judge(source, *rules), _judge(new, *rules)
    assert _NEW.search("\n".join(b.full_text or "" for b in new_doc.blocks))
    assert _view(new_record) == _view(old_record)


def test_rule_phrases_in_either_convention_match_text_in_either():
    canon = Canon()
    for phrase in ("uỷ ban nhân dân", "ủy ban nhân dân", "hoà giải", "hòa giải"):
        phrases = canon.phrases([phrase])
        for text in ("Uỷ ban nhân dân xã tổ chức hoà giải", "ỦY BAN NHÂN DÂN xã tổ chức hòa giải"):
            assert phrases.search(canon.text(text)), (phrase, text)
    assert canon.text("khoẻ") == canon.text("khỏe") and canon.text("hoàn") != canon.text("hòan")
