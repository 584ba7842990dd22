"""Movements counted and named: "thực hiện 09 phong trào ..., trong đó có phong trào “A” và B".

Offices say how many movements they carried on and name a few of them in the same sentence. The
Checker takes a sentence naming two or more movements (`Checker.listed`) as reporting them when it
has a strong result word or a quantity; here the only quantity is the number of movements, which
reports none of them. This module tells such a sentence: no strong result word outside the quoted
names and the list (the Checker's own reading), and no quantity left once the counts of movements
and campaigns are taken out. Which items are movements is the rules' (`quoted_needs_result`, no
parts), and so are the words for a movement (`language.movement_words`: without them this check
never fires); dropping the sentence is items.py's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.language import has_quantity, without_quotes
from tdkt.pipeline.segment import Sentence


@lru_cache(maxsize=8)
def _count_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    """"09 phong trào", "03 cuộc vận động": a number before one of the rules' words for a movement
    (`language.movement_words`), the number of the movements themselves."""
    plain = [w for w in words if isinstance(w, str) and not w.startswith(("re:", "^"))]
    if not plain:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(plain, key=len, reverse=True))
    return re.compile(rf"\b\d+\s+(?:{alternatives})\b", re.IGNORECASE)


def counted_only(checker: Checker, rule, s: Sentence) -> bool:
    """`s` names two or more movements and its only result is how many movements there are."""
    words = checker.lang.lists.get("movement_words")
    count = _count_pattern(tuple(words.sources)) if words is not None else None
    if count is None or s.is_heading or not checker.listed(s) or not count.search(s.text):
        return False
    text = checker.list_blanked(checker.context_text(s, True))
    regex = checker.lang.strong.narrowed(text)
    if regex is not None and any(not checker.negated(text, m.start()) for m in regex.finditer(text)):
        return False
    return not has_quantity(count.sub(" ", without_quotes(s.text)))
