"""A clerk's decisions: applied to the unit's current record when it is the same submission,
carried as stale (for review) when the unit has since sent a different document."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import demo_roster, make_record  # noqa: E402

from tdkt.pipeline.overrides import apply_overrides, decision_for, final_status, parse_status  # noqa: E402
from tdkt.pipeline.record import ReportRecord  # noqa: E402
from tdkt.pipeline.supersede import mark_superseded  # noqa: E402

UNITS = demo_roster(4).units


def _rec(file, unit=UNITS[0], *, number="45/BC-UBND", date="2023-06-20", sha="1", statuses=None):
    record = make_record(file, unit, date=date, statuses=statuses)
    record.document.number = number
    record.sha256 = sha * 64
    return record


def test_decision_applies_to_the_same_submission_and_keeps_the_engine_verdict():
    judged = _rec("a.docx", statuses={"M3": "missing"})
    decision = decision_for(judged, "M3", "có", note="Đã đọc: có báo cáo phong trào", by="Lan",
                            at="2023-07-01T09:00:00")
    out = apply_overrides(mark_superseded([judged]), [decision])[0]
    assert out.items["M3"].status == "missing"  # the engine's verdict stays
    assert out.items["M3"].override == {"status": "present", "note": "Đã đọc: có báo cáo phong trào",
                                        "by": "Lan", "at": "2023-07-01T09:00:00"}
    assert final_status(out.items["M3"]) == "present"
    assert judged.items["M3"].override is None  # pure


def test_a_copy_of_the_same_document_keeps_the_decision():
    photo = _rec("photo.jpg", sha="2", statuses={"M3": "missing"})
    decision = decision_for(photo, "M3", "partial", at="2023-07-01T09:00:00")
    docx = _rec("full.docx", sha="3", statuses={"M3": "missing"})  # same number and date: a copy
    records = apply_overrides(mark_superseded([photo, docx]), [decision])
    current = next(r for r in records if not r.superseded_by)
    assert current.items["M3"].override["status"] == "partial" and "stale" not in current.items["M3"].override


def test_a_new_different_report_flags_the_old_decision_for_review():
    old = _rec("v1.docx", sha="4", number="10/BC", date="2023-06-10")
    decision = decision_for(old, "D2", "không", at="2023-06-12T10:00:00")
    new = _rec("v2.docx", sha="5", number="12/BC", date="2023-06-20")
    records = apply_overrides(mark_superseded([old, new]), [decision])
    current = next(r for r in records if not r.superseded_by)
    assert current.file == "v2.docx"
    assert current.items["D2"].override["stale"] is True
    assert final_status(current.items["D2"]) == current.items["D2"].status  # not applied silently
    assert all(r.items["D2"].override is None for r in records if r.superseded_by)


def test_latest_decision_wins_and_other_units_are_untouched():
    a, b = _rec("a.docx"), _rec("b.docx", UNITS[1], sha="6")
    first = decision_for(a, "K1", "thiếu", at="2023-07-01T09:00:00")
    second = decision_for(a, "K1", "chưa đầy đủ", at="2023-07-02T09:00:00")
    out = apply_overrides(mark_superseded([a, b]), [second, first])
    assert out[0].items["K1"].override["status"] == "partial"
    assert out[1].items["K1"].override is None


def test_reports_json_has_override_only_where_decided():
    judged = _rec("a.docx")
    out = apply_overrides([judged], [decision_for(judged, "L1", "missing", at="2023-07-01T09:00:00")])[0]
    data = json.loads(json.dumps(out.to_dict(), ensure_ascii=False))
    assert data["items"]["L1"]["override"]["status"] == "missing"
    assert "override" not in data["items"]["M1"]
    assert ReportRecord.from_dict(data).items["L1"].override["status"] == "missing"


def test_bad_words_and_unknown_senders_are_refused_in_vietnamese():
    with pytest.raises(ValueError, match="không hợp lệ"):
        parse_status("maybe")
    anonymous = make_record("x.docx", name=None)
    with pytest.raises(ValueError, match="không rõ đơn vị"):
        decision_for(anonymous, "L1", "có")
    with pytest.raises(ValueError, match="Mục Z9"):
        decision_for(_rec("a.docx"), "Z9", "có")
