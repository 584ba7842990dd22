"""ReportRecord.to_dict without dataclasses.asdict's deep copies gives what asdict gives (speed,
issue 14 point 3: each record is converted in its reading worker and again for reports.json)."""

from __future__ import annotations

import copy
import datetime as dt
from collections import namedtuple
from dataclasses import asdict, dataclass
from pathlib import Path

import pytest

from tdkt.pipeline import record as record_mod
from tdkt.pipeline.record import DocumentInfo, Evidence, ItemResult, ReportRecord, UnitInfo

ROOT = Path(__file__).resolve().parents[1]
Pair = namedtuple("Pair", "left right")


@dataclass
class _Inner:
    values: tuple
    when: dt.date


def _reference(rec: ReportRecord) -> dict:
    data = asdict(rec)
    for item in data["items"].values():
        for optional in ("override", "confidence", "review"):
            if item.get(optional) is None:
                item.pop(optional, None)
    return data


def _rich_record() -> ReportRecord:
    return ReportRecord(
        file="a.docx", sha256="00", format="docx",
        unit=UnitInfo(name="Phòng Tư pháp", type="department", roster_id="7"),
        document=DocumentInfo(number="12/BC", date="2023-06-10", recipients=["Sở Nội vụ", "Lưu"], on_subject=True),
        items={"K1": ItemResult("present", "ghi chú", [Evidence("đoạn văn", "đoạn 3")], confidence=0.9),
               "K2": ItemResult(override={"status": "partial", "by": "X", "at": "2023-07-01", "stale": True}),
               "K3": ItemResult("partial", review="đọc lại", confidence=0.0)},
        figures={"cstdcs": 3, "ratio": 12.5, "flag": True},
        warnings=["w"], days_late=0, text_sketch=[1, 2, 3], copies=["b.docx"],
        page_document={"blocks": [{"text": "x", "rows": [["a", "b"]], "where": (1, 2), "pair": Pair(1, [2, 3])}],
                       "meta": {"nested": {"t": (1, (2, 3)), "inner": _Inner((4, [5]), dt.date(2023, 1, 2))}},
                       7: None, "numbers": [1.5, -0, False]})


def test_a_record_of_every_kind_of_value_converts_as_asdict_does():
    rec = _rich_record()
    expected = _reference(copy.deepcopy(rec))
    got = rec.to_dict()
    assert got == expected
    assert repr(got) == repr(expected)  # types too: tuples stay tuples, a named tuple stays one
    assert type(got["page_document"]["blocks"][0]["pair"]) is Pair
    assert isinstance(got["page_document"]["meta"]["nested"]["inner"], dict)
    # a copy, not the record's own containers
    got["items"]["K1"]["evidence"].clear()
    got["page_document"]["blocks"].clear()
    assert rec.items["K1"].evidence and rec.page_document["blocks"]


def test_records_of_sample_reports_convert_as_asdict_does():
    from tdkt.pipeline.process import judge_file
    from tdkt.rules.loader import load_roster, load_ruleset

    ruleset, roster = load_ruleset(), load_roster()
    inbox = ROOT / "samples" / "inbox"
    files = [inbox / n for n in ("01-xa-tay-vinh.docx", "06-cum-thi-dua-so-2.docx", "72-trung-tam-y-te.pdf")]
    for path in files:
        rec = judge_file(path, ruleset, roster, display=path.name, sha256="", received_at="2023-06-20T08:00:00")
        assert rec.items and rec.to_dict() == _reference(rec), path.name


def test_the_fast_conversion_is_the_one_used(monkeypatch):
    calls = []
    real = record_mod._as_dict
    monkeypatch.setattr(record_mod, "_as_dict", lambda v: calls.append(v) or real(v))
    _rich_record().to_dict()
    assert calls
