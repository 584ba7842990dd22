"""Unit recognition (work in progress: contract first)."""

from __future__ import annotations

from tdkt.pipeline.record import UnitInfo


def match_unit(header_name, roster, document=None) -> UnitInfo:
    return UnitInfo(name=header_name, header_name=header_name)
