"""Judge one Document against a ruleset: the single entry point the CLI and the flows call.

Assembles the ReportRecord from the stages, each owned by its own module:
segment (sections, sentences) -> check (text items) + figures (K figures, their notes) +
metadata (F items, document info) + units (roster) + deadline (T1). Which item is judged by
which stage is data: `source: metadata | deadline` in the rules file (`key:` names the
stage's own id when the ruleset uses another), everything else by the text.
"""

from __future__ import annotations

import dataclasses

from tdkt.pipeline.document import Document
from tdkt.pipeline.record import ItemResult, ReportRecord


def judge(document: Document, ruleset, roster, *, file: str, sha256: str,
          received_at: str | None = None) -> ReportRecord:
    from tdkt.pipeline import deadline, figures, metadata, units
    from tdkt.pipeline.check import check_items
    from tdkt.pipeline.metadata.title import on_subject
    from tdkt.pipeline.plain_tables import with_plain_tables
    from tdkt.pipeline.segment import segment
    from tdkt.pipeline.text_sketch import sketch

    record = ReportRecord(file=file, sha256=sha256, format=document.format, rules=ruleset.id,
                          received_at=received_at, pages=document.pages)
    record.warnings.extend(document.warnings)
    if any(b.kind == "note" for b in document.blocks):  # footnotes/endnotes: read, not judged as body text
        document = dataclasses.replace(document, blocks=[b for b in document.blocks if b.kind != "note"])

    meta = metadata.read_metadata(document, ruleset)
    record.document = meta.info
    record.document.on_subject = on_subject(meta.info.title, ruleset)
    record.text_sketch = sketch(document.text)
    if record.document.on_subject is False:
        record.warnings.append(f"Không đúng nội dung: trích yếu nói về việc khác ({(meta.info.title or '')[:120]}); "
                               "có thể đơn vị gửi nhầm văn bản.")
    record.unit = units.match_unit(meta.header_name, roster, document)

    document = with_plain_tables(document)  # tables typed as aligned lines read as tables (plain_tables.py)
    fig = figures.extract_figures(document, ruleset, record.unit.type)
    record.figures = dict(fig.values)
    record.warnings.extend(w for w in fig.warnings if w not in record.warnings)

    seg = segment(document, ruleset)
    text_results = check_items(seg, ruleset, fig, titled_on_subject=record.document.on_subject is True,
                               document=document)

    timeliness = None
    for item in ruleset.items:
        item_id = item["id"]
        source = item.get("source", "text")
        if source == "metadata":
            result = meta.items.get(item.get("key", item_id)) or ItemResult(
                "missing", "Không tìm thấy trong phần thể thức văn bản.")
        elif source == "deadline":
            if timeliness is None:
                timeliness = deadline.judge_timeliness(meta.date, meta.date_partial, received_at,
                                                       record.unit.type, ruleset)
                record.deadline, record.days_late = timeliness[1], timeliness[2]
            result = timeliness[0]
        else:
            result = text_results.get(item_id, ItemResult())
        record.items[item_id] = result
    if timeliness is None and ruleset.deadline_for(record.unit.type or "unknown") is not None:
        record.deadline = ruleset.deadline_for(record.unit.type or "unknown").isoformat()
    return record
