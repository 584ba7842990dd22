"""Item checks: a segmented report judged against the rules' text items (status, note, evidence).

What it does: a generic interpreter of the rules file's items — concepts, contexts, exclusions,
parts, plan/history/budget contexts, negation — with no item ID or directive phrase in its code
(a test enforces this). items.py turns evidence into each item's status and note; rules.py
compiles the rules into ItemRule/Language; context.py (the Checker) judges one sentence in its
place; language.py holds the language facts any directive shares (quantities, quoted names).
What it leaves to others: items with `source: metadata` or `source: deadline` (pipeline/metadata/,
deadline.py, judge.py), the figures (pipeline/figures/), segmentation (segment.py).
"""

from tdkt.pipeline.check.items import check_items, compile_item, compile_language, has_quantity, text_items

__all__ = ["check_items", "compile_item", "compile_language", "has_quantity", "text_items"]
