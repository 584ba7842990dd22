"""A share told as a rough fraction ("chưa đến 1/5", "khoảng 1/3", "gần 2/3") is words, not a figure.

An item that needs a figure (a ratio of those awarded) is `present` with a percentage or with
numbers from which it follows; a share in words ("phần lớn", "khoảng hai phần ba") is `partial`.
Offices also write the rough share with digits: "cán bộ lãnh đạo, quản lý được khen chiếm chưa
đến 1/5". The digits there only bound or round the share, as the words do; a fraction stated as
the share ("chiếm 1/4", "08/32 cá nhân") is a figure. Which items need a figure is the rules';
deciding present or partial is items.py's.
"""

from __future__ import annotations

import re

from tdkt.pipeline.check.bound_share import without_bound_shares
from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.language import has_quantity
from tdkt.pipeline.matching import PhraseSet
from tdkt.pipeline.segment import Sentence

# A bound or an approximation, then a fraction of single digits (a simple share, not a count
# over a total such as "14/19" or "16/16 CBCC").
_ROUGH_FRACTION = re.compile(
    r"\b(?:chưa|không|chẳng)\s+(?:đến|tới|được|quá)\s+\d\s*/\s*\d\b(?!\s*[/,.]\s*\d)"
    r"|\b(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|chừng|độ|ước|non|ngót)\s+\d\s*/\s*\d\b(?!\s*[/,.]\s*\d)",
    re.IGNORECASE)


def clause_figure(checker: Checker, s: Sentence, concept: PhraseSet) -> bool:
    """The checker's `clause_quantity` (a quantity in the concept's ";" clause), with rough
    fractions not taken for quantities."""
    text = without_bound_shares(checker.raw, s.text)  # "không vượt quá 30%": a limit (bound_share.py)
    if text == s.text and not _ROUGH_FRACTION.search(text):
        return checker.clause_quantity(s, concept)
    text = _ROUGH_FRACTION.sub(" ", text)
    clauses = [c for c in text.split(";") if concept.contains(checker.canon.text(c))] if ";" in text else []
    return any(has_quantity(c) for c in (clauses or [text]))
