"""Figures: the award counts and the two ratios a report states (K1-K5), with plausibility warnings.

What it does: reads every sentence and table of a Document against the `figures:` section of the
rules and keeps, per figure, the report's own best statement (stated totals first, awards before
proposals, never targets or plans), with the evidence and a note. The entry point is
`extract_figures` (extract.py); rules.py compiles the rules, walk.py orders the text, mentions.py,
prose.py, tables.py (over the table stage's resolved tables) and passages.py (parts of one
figure over one passage, added) find candidates, checks.py computes ratios and warnings.
What it leaves to others: deciding K1-K5's present/partial (pipeline/check/ and judge.py),
reading files (extractors/), showing figures (the output writers).
"""

from tdkt.pipeline.figures.extract import FiguresResult, extract_figures

__all__ = ["FiguresResult", "extract_figures"]
