"""A count written right before a title in quotation marks (mentions.py's helper).

Offices quote the titles they count: 'Khen thưởng năm 2022: 15 "Lao động tiên tiến", 02 "Chiến
sĩ thi đua cơ sở"', "12 “Lao động tiên tiến”". The count names the title as its unit exactly as
in "15 Lao động tiên tiến"; without that, the second count of such a list went to the title
before it and was lost. `opens_quoted_title` says so for one count; reading the count is
mentions.py's and prose.py's.
"""

from __future__ import annotations

import re

# Spaces, one opening quotation mark, spaces: what may stand between a count and its quoted title.
_OPEN_QUOTE = re.compile(r"\s*[\"“‘'«]\s*")


def opens_quoted_title(folded: str, end: int, starts: set[int]) -> bool:
    """Does a title mention start right after the count ending at `end`, past one opening quote?"""
    quote = _OPEN_QUOTE.match(folded, end)
    return bool(quote) and quote.end() in starts
