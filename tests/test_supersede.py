"""Which of a unit's reports counts: the latest by document date, then received time, then file name."""

import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import demo_roster, make_record  # noqa: E402

from tdkt.pipeline.supersede import mark_superseded, unit_key  # noqa: E402

UNITS = demo_roster(6).units


def _by_file(records):
    return {r.file: r.superseded_by for r in records}


def test_later_document_date_wins_whatever_the_order():
    v2 = make_record("b/v2.docx", UNITS[0], date="2023-06-22", received="2023-06-01T08:00:00")
    v1 = make_record("a/v1.docx", UNITS[0], date="2023-06-20", received="2023-06-30T08:00:00")
    other = make_record("c.docx", UNITS[1])
    out = mark_superseded([v2, v1, other])
    assert _by_file(out) == {"b/v2.docx": None, "a/v1.docx": "b/v2.docx", "c.docx": None}
    assert [r.file for r in out] == ["b/v2.docx", "a/v1.docx", "c.docx"]


def test_received_time_then_file_name_break_ties():
    early = make_record("z.docx", UNITS[0], received="2023-06-20T08:00:00")
    late = make_record("a.docx", UNITS[0], received="2023-06-20T15:00:00")
    assert _by_file(mark_superseded([late, early])) == {"a.docx": None, "z.docx": "a.docx"}
    same_a = make_record("a.docx", UNITS[1])
    same_b = make_record("b.docx", UNITS[1])
    assert _by_file(mark_superseded([same_b, same_a])) == {"a.docx": "b.docx", "b.docx": None}


def test_a_missing_date_sorts_before_a_real_one():
    blank = make_record("blank.docx", UNITS[0], date=None, received="2023-06-29T08:00:00")
    dated = make_record("dated.docx", UNITS[0], date="2023-06-10", received="2023-06-10T08:00:00")
    assert _by_file(mark_superseded([blank, dated])) == {"blank.docx": "dated.docx", "dated.docx": None}


def test_unknown_senders_grouped_by_normalised_name():
    decomposed = unicodedata.normalize("NFD", "Hội  Người cao tuổi xã")
    a = make_record("a.docx", name=decomposed, date="2023-06-01")
    b = make_record("b.docx", name="hội người cao TUỔI xã ", date="2023-06-05")
    c = make_record("c.docx", name="Hội Khuyến học xã", date="2023-06-01")
    assert unit_key(a) == unit_key(b) != unit_key(c)
    assert _by_file(mark_superseded([a, b, c])) == {"a.docx": "b.docx", "b.docx": None, "c.docx": None}


def test_unreadable_and_anonymous_files_are_never_grouped():
    bad1 = make_record("x.pdf", error="Tệp hỏng.")
    bad2 = make_record("y.pdf", error="Tệp hỏng.")
    anon1 = make_record("p.docx", name=None)
    anon2 = make_record("q.docx", name=None)
    assert all(r.superseded_by is None for r in mark_superseded([bad1, bad2, anon1, anon2]))


def test_pure_and_recomputed():
    old = make_record("old.docx", UNITS[0], date="2023-06-01")
    new = make_record("new.docx", UNITS[0], date="2023-06-02")
    new.superseded_by = "stale.docx"  # left over from an earlier run: must be cleared
    out = mark_superseded([old, new])
    assert _by_file(out) == {"old.docx": "new.docx", "new.docx": None}
    assert old.superseded_by is None and new.superseded_by == "stale.docx"  # inputs untouched
    assert _by_file(mark_superseded(out)) == _by_file(out)
