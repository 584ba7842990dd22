"""K1-K5 figures: counts of titles and awards, and the two ratios, with plausibility warnings.

A generic interpreter of the `figures:` section of the rules (titles, synonyms, unit words,
context words, zero phrases, absorption) — no title or phrase is written here. Per sentence it
finds title mentions (longest first, without tone marks so OCR noise does not matter) and the
numbers around them (numbers.py), attaches each number to the title it belongs to (before:
"25 cá nhân đạt Lao động tiên tiến", after: "Giấy khen cho 01 tập thể và 02 cá nhân"), and
keeps, per figure, the best-scored statement of the whole document: stated totals and table
total rows first, awards before proposals, never targets or plans, never a sum across passages.
Tables are read by their header cells. Deciding present/partial for K1-K5 is the judge's job.

This module keeps the entry point, the result type and the choice among candidates; the work
is done by its helpers, one job each:
  rules.py     the `figures:` rules compiled into regexes (cached per ruleset)
  walk.py      sentences and tables in reading order, with heading / lead-in context
  mentions.py  title mentions and the numbers around them; the Candidate record
  prose.py     numbers attached to titles in sentences, absorption, stated zeros
  tables.py    table blocks, OCR-flattened table lines, total rows
  checks.py    ratios (stated, fraction, count over denominator) and plausibility warnings
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tdkt.pipeline.figures.checks import fmt_number, plausibility_warnings, ratio_mismatch
from tdkt.pipeline.figures.mentions import Candidate
from tdkt.pipeline.figures.prose import sentence_candidates, zero_scan
from tdkt.pipeline.figures.rules import compile_rules
from tdkt.pipeline.figures.tables import continued, flattened_candidates, flattened_rows, table_candidates
from tdkt.pipeline.figures.walk import walk
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import Evidence


@dataclass
class FiguresResult:
    values: dict[str, int | float] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # per item id ("K2": "...")
    warnings: list[str] = field(default_factory=list)  # Vietnamese plausibility warnings


def extract_figures(document, ruleset) -> FiguresResult:
    """Figures of `document` under the `figures:` rules of `ruleset`, with evidence and warnings."""
    rules = compile_rules(ruleset)
    result = FiguresResult()
    if not rules.specs:
        return result
    candidates: list[Candidate] = []
    order = 0
    previous = None  # the table block just before, with nothing between: a page may have cut it
    for entry in walk(document, rules):
        order += 100
        if entry[0] == "t":
            _, block, lead, section = entry
            read = continued(block, previous) if previous is not None else block
            candidates += table_candidates(read, lead, section, rules, order)
            previous = block
        else:
            previous = None
            sent = entry[1]
            folded = fold(sent.text)
            found = sentence_candidates(sent, rules, order, folded)
            candidates += found
            if not found and rules.zero_prefilter.search(folded):
                candidates += zero_scan(sent, rules, order, folded)
    if document.format in ("pdf-scanned", "image", "pdf"):
        candidates += flattened_candidates(document, rules) + flattened_rows(document, rules)
    best: dict[str, Candidate] = {}
    for cand in candidates:
        cur = best.get(cand.figure)
        if cur is None or cand.score > cur.score:
            best[cand.figure] = cand
    notes: dict[str, list[str]] = {}
    for name, cand in best.items():
        spec = rules.specs[name]
        value = cand.value
        if isinstance(value, float) and spec.kind == "count":
            value = int(value)
        result.values[name] = value
        result.evidence[name] = cand.evidence
        if cand.note and not cand.note.startswith(("computed:", "from-counts")):
            notes.setdefault(spec.item, []).append(cand.note)
        if cand.note == "from-counts":
            notes.setdefault(spec.item, []).append(f"{spec.label}: tính từ số liệu báo cáo ({fmt_number(value)}%).")
        if cand.proposal:
            notes.setdefault(spec.item, []).append(f"{spec.label}: số liệu là số đề nghị khen thưởng.")
        mismatch = ratio_mismatch(spec, value, cand.note, rules)
        if mismatch:
            result.warnings.append(mismatch)
    for item, parts in notes.items():
        result.notes[item] = " ".join(dict.fromkeys(parts))
    result.warnings += plausibility_warnings(result.values, rules)
    return result
