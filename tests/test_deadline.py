"""T1: on time against the deadline of the unit's type; blank days; receipt-time fallback."""

import datetime as dt
import types

import pytest

from tdkt.pipeline.deadline import judge_timeliness
from tdkt.rules.loader import Ruleset

RULES = Ruleset(id="t", title="t", path=None, fingerprint="x", raw={
    "id": "t", "items": [],
    "deadlines": {"default": "2023-06-23", "by_type": {"cluster": "2023-06-30", "education": "2023-06-12"}},
})


@pytest.mark.parametrize("unit_type,deadline", [
    ("commune", "2023-06-23"), ("town", "2023-06-23"), ("department", "2023-06-23"), ("mass_org", "2023-06-23"),
    ("armed_forces", "2023-06-23"), ("provincial_unit", "2023-06-23"), ("unknown", "2023-06-23"),
    ("cluster", "2023-06-30"), ("education", "2023-06-12"),
])
def test_deadline_per_type(unit_type, deadline):
    due = dt.date.fromisoformat(deadline)
    on_time, iso, late = judge_timeliness(due, None, None, unit_type, RULES)
    assert (on_time.status, iso, late) == ("present", deadline, 0)
    late_result, _, days = judge_timeliness(due + dt.timedelta(days=2), None, None, unit_type, RULES)
    assert late_result.status == "missing" and days == 2
    assert "trễ 2 ngày" in late_result.note


def test_document_date_wins_over_receipt():
    result, _, late = judge_timeliness(dt.date(2023, 6, 20), None, "2023-07-15T09:00:00", "commune", RULES)
    assert result.status == "present" and late == 0


def test_blank_day_in_a_month_after_the_deadline_is_late():
    result, _, late = judge_timeliness(None, (None, 7, 2023), "2023-06-20T08:00:00", "commune", RULES)
    assert result.status == "missing" and late == 8  # 1 July is 8 days after 23 June


def test_blank_day_in_a_month_before_the_deadline_is_on_time():
    result, _, _ = judge_timeliness(None, (None, 5, 2023), None, "commune", RULES)
    assert result.status == "present"


def test_blank_day_in_the_deadline_month_uses_receipt_time():
    ok, _, _ = judge_timeliness(None, (None, 6, 2023), "2023-06-21T08:30:00", "commune", RULES)
    assert ok.status == "present" and ok.evidence[0].where == "thời điểm nhận tệp"
    late, _, days = judge_timeliness(None, (None, 6, 2023), "2023-06-26T08:30:00", "commune", RULES)
    assert late.status == "missing" and days == 3
    # education's deadline is 12 June: 21 June is late
    edu, _, days = judge_timeliness(None, (None, 6, 2023), "2023-06-21T08:30:00", "education", RULES)
    assert edu.status == "missing" and days == 9


def test_receipt_time_with_time_zone_is_read_in_vietnam_time():
    # 17:30 UTC on 23 June is 00:30 on 24 June in Vietnam
    result, _, days = judge_timeliness(None, None, "2023-06-23T17:30:00+00:00", "commune", RULES)
    assert result.status == "missing" and days == 1


def test_no_date_at_all_is_partial():
    result, iso, late = judge_timeliness(None, None, None, "commune", RULES)
    assert result.status == "partial" and iso == "2023-06-23" and late is None
    result, _, _ = judge_timeliness(None, (None, 6, 2023), None, "commune", RULES)
    assert result.status == "partial"


def test_no_deadline_in_rules_is_partial():
    rules = types.SimpleNamespace(deadline_for=lambda unit_type: None)
    result, iso, late = judge_timeliness(dt.date(2023, 6, 1), None, None, "commune", rules)
    assert result.status == "partial" and iso is None and late is None
