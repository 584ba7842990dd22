"""A point's own numbering at the start of a paragraph, clause or heading: "1.", "2.1)", "a)",
"II.", "-", "+", "•".

One mark, written once: a Roman numeral (I, V, X), a decimal number with dotted sub-numbers
("2.1"), or one letter (Vietnamese lists use "đ)" after "d)"), then "." or ")", spaces allowed
before it ("1 ." as typed); or a bullet (- – • + *). Two patterns are built from it, for the two
kinds of text they are taken from:

- `NUMBERING`: a clause of running text, as typed. Roman numerals in capitals and letters in
  small letters only (a capital "A." opens a sentence as often as a list), and the mark must be
  followed by a space, so that "2.5 tỷ đồng" or "b.c" keep their start. Bullets too.
- `LABEL_NUMBER`: a heading, a lower-cased lead or a status label, where nothing else starts
  that way: any case, no space needed after the mark ("1.Đã có quyết định").
  `LABEL_NUMBER_OR_BULLET` takes a bullet too: a status label or a clause tested for its own
  quantities, typed as a bullet point; a heading's lead keeps its bullet (table_series.py compares
  leads as they are).

The modules that strip or test a numbering use these (figures/walk.py, answer_table.py,
tick_grid.py, table_series.py, scope.py, prose.py, decided.py; check/referral.py). A variant kept
apart, with its reason: extractors/pdf_reader.py `_NUMBERED` (a table cell's row number: Roman
numerals up to L and C, no dotted sub-numbers, a space after the mark).
"""

from __future__ import annotations

import re

MARK = r"(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]"
BULLET = r"[-–•+*]"

NUMBERING = re.compile(rf"^\s*{MARK}\s+|^\s*{BULLET}\s*")
LABEL_NUMBER = re.compile(rf"^\s*{MARK}\s*", re.IGNORECASE)
LABEL_NUMBER_OR_BULLET = re.compile(rf"^\s*{MARK}\s*|^\s*{BULLET}\s*", re.IGNORECASE)

# What NUMBERING can start with after its leading spaces (besides a digit): a Roman numeral, a small
# letter, a bullet. Most clauses open with a capital: the substitution can be skipped.
_NUMBERING_FIRST = frozenset("IVXabcdefghijklmnopqrstuvwxyzđ-–•+*")


def may_be_numbered(part: str) -> bool:
    """False when NUMBERING cannot match `part` (a cheap test before the substitution)."""
    first = part.lstrip()[:1]
    return first in _NUMBERING_FIRST or first.isdecimal()  # an empty or blank part: strip() alone


def without_numbering(text: str) -> str:
    """`text` without the clause numbering NUMBERING finds at its start."""
    return NUMBERING.sub("", text) if may_be_numbered(text) else text
