"""Where each figure of a report was read: the sentence or table row behind its value.

For `tdkt rules test`, which shows the clerk the statement the engine read when its figure and
the clerk's label disagree. Reads the file again and runs the figures stage alone (the record
keeps the values only); judging, comparing and printing are left to the callers.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tdkt.pipeline.record import Evidence


def figure_sources(path: str | Path, ruleset, unit_type: str | None = None) -> dict[str, list[Evidence]]:
    """Per figure read from the file at `path`: its evidence, then the parts it was added from."""
    from tdkt.extractors import extract
    from tdkt.pipeline.figures import extract_figures

    document = extract(Path(path))
    if any(b.kind == "note" for b in document.blocks):  # as judge() does: footnotes are not body text
        document = dataclasses.replace(document, blocks=[b for b in document.blocks if b.kind != "note"])
    result = extract_figures(document, ruleset, unit_type)
    out: dict[str, list[Evidence]] = {}
    for name in result.values:
        found = [result.evidence[name]] if name in result.evidence else []
        for part in result.parts.get(name, []):
            ev = part[1] if isinstance(part, tuple) and len(part) > 1 else None
            if isinstance(ev, Evidence) and ev not in found:
                found.append(ev)
        out[name] = found
    return out
