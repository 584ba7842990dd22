"""Mark older versions of a unit's report as superseded by its latest one.

A unit (its roster id, else its normalised name) that sent several readable reports is judged
on the latest: the greatest (document date, received time, file name), a missing date or time
sorting before any real one. The others get `superseded_by` = the latest file. Unreadable
files (records with an error) and records with no unit are never grouped: nothing says whose
they are. Pure: returns new records, the input is not modified.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from tdkt.pipeline.record import ReportRecord


def unit_key(record: ReportRecord) -> str | None:
    """Who sent the record, for grouping versions; None when unknown or unreadable."""
    if record.error:
        return None
    if record.unit.roster_id:
        return "id:" + record.unit.roster_id
    name = record.unit.name or record.unit.header_name
    if not name:
        return None
    norm = unicodedata.normalize("NFC", name).casefold()
    return "name:" + re.sub(r"\s+", " ", norm).strip()


def _version_order(record: ReportRecord) -> tuple:
    return (record.document.date or "", record.received_at or "", record.file)


def mark_superseded(records: list[ReportRecord]) -> list[ReportRecord]:
    """The same records in the same order, `superseded_by` recomputed for every one."""
    latest: dict[str, ReportRecord] = {}
    for record in records:
        key = unit_key(record)
        if key is not None and (key not in latest or _version_order(record) > _version_order(latest[key])):
            latest[key] = record
    out = []
    for record in records:
        key = unit_key(record)
        newer = latest[key].file if key is not None and latest[key] is not record else None
        out.append(record if record.superseded_by == newer else dataclasses.replace(record, superseded_by=newer))
    return out
