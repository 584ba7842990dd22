"""F1-F6 document metadata (work in progress: contract first)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tdkt.pipeline.record import DocumentInfo, ItemResult


@dataclass
class MetadataResult:
    info: DocumentInfo = field(default_factory=DocumentInfo)
    items: dict[str, ItemResult] = field(default_factory=dict)
    header_name: str | None = None
    date: dt.date | None = None
    date_partial: tuple | None = None


def read_metadata(document, ruleset=None) -> MetadataResult:
    return MetadataResult(items={f"F{i}": ItemResult() for i in range(1, 7)})
