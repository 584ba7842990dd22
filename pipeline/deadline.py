"""T1 — was the report sent on time?

Compares the report's own date (F3) with the deadline the ruleset sets for the unit's type.
When the day is left blank, a month already past the deadline is late and a month before the
deadline's month is on time; otherwise the file's receipt time decides. Reading the date is
metadata.py's job, knowing the unit's type is units.py's.
"""

from __future__ import annotations

import datetime as dt

from tdkt.pipeline.record import Evidence, ItemResult

_VN_TZ = dt.timezone(dt.timedelta(hours=7))


def _fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _received_date(received_at: str | None) -> tuple[dt.date | None, str | None]:
    """The receipt day in Vietnam's time zone, and the label shown to the clerk."""
    if not received_at:
        return None, None
    try:
        moment = dt.datetime.fromisoformat(str(received_at).strip())
    except ValueError:
        try:
            return dt.date.fromisoformat(str(received_at).strip()[:10]), str(received_at)
        except ValueError:
            return None, None
    if moment.tzinfo is not None:
        moment = moment.astimezone(_VN_TZ)
    return moment.date(), moment.strftime("%d/%m/%Y %H:%M")


def judge_timeliness(doc_date: dt.date | None, date_partial: tuple | None, received_at: str | None,
                     unit_type: str, ruleset) -> tuple[ItemResult, str | None, int | None]:
    """Return (T1 result, deadline ISO, days late).

    present = on time, missing = late, partial = no date to judge by (or no deadline known).
    """
    deadline = ruleset.deadline_for(unit_type or "unknown")
    if deadline is None:
        return ItemResult("partial", "Không xác định được hạn nộp cho loại đơn vị này."), None, None
    iso = deadline.isoformat()

    def verdict(day: dt.date, how: str, evidence: list[Evidence]) -> tuple[ItemResult, str, int | None]:
        late = (day - deadline).days
        if late <= 0:
            return ItemResult("present", f"{how} {_fmt(day)}, hạn {_fmt(deadline)}: đúng hạn.", evidence), iso, 0
        return (ItemResult("missing", f"{how} {_fmt(day)}, hạn {_fmt(deadline)}: trễ {late} ngày.", evidence),
                iso, late)

    if doc_date is not None:
        return verdict(doc_date, "Ngày báo cáo", [])

    received_day, received_label = _received_date(received_at)
    received_ev = [Evidence(received_label, "thời điểm nhận tệp")] if received_label else []

    if date_partial:
        _day, month, year = (list(date_partial) + [None, None, None])[:3]
        if year and month:
            if (year, month) > (deadline.year, deadline.month):
                first = dt.date(year, month, 1)
                late = (first - deadline).days
                note = (f"Ngày báo cáo để trống (tháng {month}/{year}), đã qua hạn {_fmt(deadline)}: "
                        f"trễ ít nhất {late} ngày.")
                return ItemResult("missing", note), iso, late
            if (year, month) < (deadline.year, deadline.month):
                note = f"Ngày báo cáo để trống (tháng {month}/{year}), trước hạn {_fmt(deadline)}: đúng hạn."
                return ItemResult("present", note), iso, 0
        elif year and year > deadline.year:
            late = (dt.date(year, 1, 1) - deadline).days
            return ItemResult("missing", f"Báo cáo ghi năm {year}, đã qua hạn {_fmt(deadline)}."), iso, late

    if received_day is not None:
        how = "Ngày báo cáo để trống; nhận tệp ngày" if date_partial else "Không có ngày báo cáo; nhận tệp ngày"
        return verdict(received_day, how, received_ev)
    return (ItemResult("partial", f"Không xác định được ngày báo cáo hay thời điểm nhận tệp (hạn {_fmt(deadline)})."),
            iso, None)
