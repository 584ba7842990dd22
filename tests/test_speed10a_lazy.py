"""Speed pass 10 (A): work skipped where its answer cannot be needed, held to the path it replaced.

- `metadata.date._date` joins the loose lines' broken dates (folding every loose line) only when no
  header line gave a date: the loose lines are read after the header's, and the first date wins.
- `segment.heading_cue` tries a paragraph as a "- Label:" line only when its text ends with ":"
  (removing a leading bullet never changes a text's end).
Both compared with the code they replaced on every real sample DOCX of samples/inbox.
"""

from pathlib import Path

import pytest

from tdkt.extractors import extract
from tdkt.extractors.errors import ExtractionError
from tdkt.pipeline import segment as segment_mod
from tdkt.pipeline.document import Block, Where
from tdkt.pipeline.metadata import date as date_mod
from tdkt.pipeline.metadata.read import read_metadata

ROOT = Path(__file__).resolve().parents[1]
INBOX = ROOT / "samples" / "inbox"


def _documents():
    docs = []
    for path in sorted(INBOX.glob("*.docx")):
        try:
            docs.append((path.name, extract(path)))
        except ExtractionError:
            continue  # the inbox's deliberately broken files
    return docs


@pytest.fixture(scope="module")
def documents():
    docs = _documents()
    assert len(docs) >= 100
    return docs


def _line(text: str, side: str = "right"):
    return date_mod._Line(text=text, where="đoạn 1", side=side, zone=None, block=0)


def test_loose_broken_date_still_joined_when_the_header_has_none():
    head = [(_line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    loose = [(_line("Tây An, ngày"), "Tây An, ngày"), (_line("20 tháng 6 năm 2023"), "20 tháng 6 năm 2023")]
    result, place, date, _ = date_mod._date(head, loose)
    assert result.status == "present" and str(date) == "2023-06-20" and place == "Tây An"
    # the header holding a date: the header's wins, the loose lines are not joined at all
    dated = [(_line("Tây An, ngày 19 tháng 6 năm 2023"), "Tây An, ngày 19 tháng 6 năm 2023")]
    joined = []
    original = date_mod._join_broken_dates

    def spy(lines):
        joined.append([text for _, text in lines])
        return original(lines)

    date_mod._join_broken_dates = spy
    try:
        assert str(date_mod._date(dated, loose)[2]) == "2023-06-19"
    finally:
        date_mod._join_broken_dates = original
    assert joined == [["Tây An, ngày 19 tháng 6 năm 2023"]]  # the header's lines only


def test_date_as_when_both_lists_were_joined_first(documents, monkeypatch):
    """On every sample DOCX, F3 and the date as with the loose lines joined before any is read."""
    lazy = [(name, read_metadata(doc)) for name, doc in documents]
    monkeypatch.setattr(date_mod, "_joined_later", lambda loose: iter(date_mod._join_broken_dates(list(loose))))
    eager = [(name, read_metadata(doc)) for name, doc in documents]
    for (name, a), (_, b) in zip(lazy, eager):
        assert (a.items["F3"], a.date, a.date_partial, a.info.place) == \
            (b.items["F3"], b.date, b.date_partial, b.info.place), name
    assert sum(m.date is not None for _, m in lazy) >= 50


def _heading_cue_before(block: Block):
    """heading_cue with the label test as it was: the bullet removed from every paragraph first."""
    cue = segment_mod.heading_cue(block)
    if cue is not None and cue.style != "label":
        return cue
    text = (block.text or "").strip()
    if not text or block.kind == "table":
        return cue
    label = segment_mod._BULLET.sub("", text).strip()
    if cue is None and label.endswith(":") and len(label.split()) <= segment_mod.MAX_LABEL_WORDS:
        raise AssertionError(f"a label the gate lost: {text!r}")
    return cue


def test_label_gate_loses_no_label(documents):
    labels = 0
    for _, doc in documents:
        for block in doc.blocks:
            cue = _heading_cue_before(block)
            labels += cue is not None and cue.style == "label"
    assert labels >= 20  # the samples have such lines: the comparison saw them


def test_label_gate_on_bullets_and_colons():
    cue = segment_mod.heading_cue(Block(kind="paragraph", text="- Tồn tại, hạn chế:  ", where=Where(paragraph=1)))
    assert cue is not None and cue.style == "label" and cue.title == "Tồn tại, hạn chế"
    assert segment_mod.heading_cue(Block(kind="paragraph", text="- Tồn tại, hạn chế: còn chậm.",
                                         where=Where(paragraph=1))) is None
