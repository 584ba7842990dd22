"""K1-K5 figures (work in progress: contract first)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tdkt.pipeline.record import Evidence


@dataclass
class FiguresResult:
    values: dict[str, int | float] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def extract_figures(document, ruleset) -> FiguresResult:
    return FiguresResult()
