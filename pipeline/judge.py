"""Judge one Document against a ruleset: the single entry point the CLI and the flows call.

Spine version: every item is looked up by its phrases in the whole text.
"""

from __future__ import annotations

import unicodedata

from tdkt.pipeline.document import Document
from tdkt.pipeline.record import Evidence, ItemResult, ReportRecord


def judge(document: Document, ruleset, roster, *, file: str, sha256: str,
          received_at: str | None = None) -> ReportRecord:
    record = ReportRecord(file=file, sha256=sha256, format=document.format, rules=ruleset.id,
                          received_at=received_at, pages=document.pages)
    for item in ruleset.items:
        result = ItemResult()
        for block in document.blocks:
            text = unicodedata.normalize("NFC", block.full_text).lower()
            if any(p in text for p in item.get("any", [])):
                result = ItemResult("present", "", [Evidence(block.full_text[:300], block.where.label())])
                break
        record.items[item["id"]] = result
    return record
