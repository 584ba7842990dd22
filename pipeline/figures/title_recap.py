"""A recap of the half year's decisions counting titles beside Giấy khen: no ad-hoc figure (extract.py's helper).

"Như vậy, trong 6 tháng đầu năm 2023, tập thể, cá nhân của Chi cục được khen thưởng 01 danh hiệu tập
thể, 14 danh hiệu cá nhân và 06 Giấy khen (02 tập thể, 04 cá nhân)": the decisions signed in the half
year include last year's year-end ones (signed in its first quarter), so a sentence that also counts
emulation titles ("danh hiệu": yearly by law, never thematic or ad hoc) sums year-end and thematic
awards together. Its count of a title another figure absorbs (the Giấy khen taken for the period's
ad-hoc and thematic awards by the period opening) is neither figure. A sentence that names the
absorbing figure's own title ("Giấy khen đột xuất", "khen thưởng chuyên đề") keeps it.
Such a sentence is no part nor total of a passage about the ad-hoc awards either (passages.py).
Leaves the reading of the sentence to prose.py and the choice among candidates to extract.py.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import Candidate, find_mentions
from tdkt.pipeline.figures.rules import Rules

# A count of titles (folded): "01 danh hiệu tập thể", "19 lượt danh hiệu".
_TITLES_COUNTED = re.compile(r"\d+\s+(?:luot\s+)?danh\s+hieu\b")


def counts_titles(folded: str) -> bool:
    """Does the (folded) sentence count emulation titles ("01 danh hiệu tập thể")? Then it is no
    statement of an ad-hoc award, nor a passage's total of them (passages.py)."""
    return _TITLES_COUNTED.search(folded) is not None


def without_title_recap(text: str, folded: str, found: list[Candidate], rules: Rules) -> list[Candidate]:
    """`found` without the absorbing figures' counts of a recap that also counts titles."""
    if not counts_titles(folded):
        return found
    named = {m.figure for m in find_mentions(text, folded, rules)}
    return [c for c in found if not (rules.specs[c.figure].absorbs and c.figure not in named)]
