"""A bloc's or cluster's report told member by member: those figures are the members', not its own.

A cluster (khối, cụm thi đua) often gives one paragraph per member unit, each opening with the
member's name and a colon ("Chi cục Thuế khu vực ...: ...", "Điện lực ...: ..."), or sets one
member apart with "riêng <member> có ...". A figure stated there is that member's; the checklist
asks for what the report states for the cluster as a whole, and "never a sum the checker
invents". extract.py leaves such sentences out for cluster senders; the cluster's own stated
totals ("toàn Khối có ...") are read as usual. Which senders are clusters is the roster's
`type`; reading the figures is left to prose.py.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.mentions import find_mentions
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import fold

CLUSTER_TYPES = ("cluster",)

# "Điện lực Tây Sơn: ...": a short name before the paragraph's first colon, no digits, a capital
# letter opening it and at least one more inside it (a proper name, not "Kết quả: ...").
_LABEL = re.compile(r"^\s*([A-ZĐÀ-Ỹ][^:;,.\d()]{2,70}?)\s*:\s+\S")
_CAPITAL_WORD = re.compile(r"\s[A-ZĐÀ-Ỹ]")
# "riêng Trung tâm Y tế có 09 ...": one member set apart.
_SET_APART = re.compile(r"^\s*riêng\s+[A-ZĐÀ-Ỹ]")
# "Kết quả bình xét của các cơ quan trong Khối: 06 ...", "Toàn Cụm: ...": a label naming the
# cluster itself or its members together (folded words) is the whole's line, not one member's.
_WHOLE = re.compile(r"\b(?:khoi|cum|toan|cac)\b")


def member_statement(sent, rules: Rules, unit_type: str | None) -> bool:
    """True when `sent`, in a cluster's report, states one member's results."""
    if unit_type not in CLUSTER_TYPES:
        return False
    if _SET_APART.match(sent.text):
        return True
    label = _LABEL.match(sent.paragraph or sent.text)
    if not label or not _CAPITAL_WORD.search(label.group(1)):
        return False
    name = label.group(1)
    if _WHOLE.search(fold(name.lower())):
        return False
    # "Tập thể Lao động tiên tiến: 05 ...": a title as label is a figure's line, not a member's
    return not find_mentions(name, fold(name), rules)
