"""Item checks: a segmented report judged against the rules' text items (status, note, evidence).

What it does: a generic interpreter of the rules file's items — concepts, contexts, exclusions,
parts, plan/history/budget contexts, negation — with no item ID or directive phrase in its code
(a test enforces this). items.py turns evidence into each item's status and note; rules.py
compiles the rules into ItemRule/Language; context.py (the Checker) judges one sentence in its
place; language.py holds the language facts any directive shares (quantities, quoted names).

The classes of sentence a check treats apart are registries in set_aside.py, run by items.py in
their order, each entry one class (its judgement in its own module):
- SET_ASIDE, the sentences a check sets aside: `SetAside(reason, applies, test)` with
  `applies(rule) -> bool` (does it run for this item: most only when the item names the list in
  `exclude_contexts`) and `test(checker, rule, sentence) -> bool`; the first that sets a sentence
  aside notes it under `reason` (the clerk's note when nothing else reports the item). A new class
  is one entry: a reason, when it applies, its test.
- TAKE_IN / PART_TAKE_IN, the sentences an item or one of its parts gains beyond its concept's
  (`fn(checker, rule, found)` / `fn(checker, rule, part, hits)` -> the sentences added), and
  FULL_LATER, where a `full` form is looked for when the evidence lacks it
  (`fn(checker, rule, found, judge_full)`; the first that finds any wins).
What it leaves to others: items with `source: metadata` or `source: deadline` (pipeline/metadata/,
deadline.py, judge.py), the figures (pipeline/figures/), segmentation (segment.py).
"""

from tdkt.pipeline.check.items import check_items, compile_item, compile_language, has_quantity, text_items

__all__ = ["check_items", "compile_item", "compile_language", "has_quantity", "text_items"]
