"""Movements counted and named: "thực hiện 09 phong trào ..., trong đó có phong trào “A” và B".

Offices say how many movements they carried on and name a few of them in the same sentence. The
Checker takes a sentence naming two or more movements (`Checker.listed`) as reporting them when it
has a strong result word or a quantity; here the only quantity is the number of movements, which
reports none of them. This module tells such a sentence: no strong result word outside the quoted
names and the list (the Checker's own reading), and no quantity left once the counts of movements
and campaigns are taken out. Which items are movements is the rules' (`quoted_needs_result`, no
parts); dropping the sentence is items.py's.
"""

from __future__ import annotations

import re

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.language import has_quantity, without_quotes
from tdkt.pipeline.segment import Sentence

# "09 phong trào", "03 cuộc vận động", "các phong trào": the number of the movements themselves
_MOVEMENT_COUNT = re.compile(r"\b\d+\s+(?:phong\s+trào|cuộc\s+vận\s+động)\b", re.IGNORECASE)


def counted_only(checker: Checker, rule, s: Sentence) -> bool:
    """`s` names two or more movements and its only result is how many movements there are."""
    if s.is_heading or not checker.listed(s) or not _MOVEMENT_COUNT.search(s.text):
        return False
    text = checker.list_blanked(checker.context_text(s, True))
    regex = checker.lang.strong.narrowed(text)
    if regex is not None and any(not checker.negated(text, m.start()) for m in regex.finditer(text)):
        return False
    return not has_quantity(_MOVEMENT_COUNT.sub(" ", without_quotes(s.text)))
