"""A heading's follower that opens the next point of the heading's own list is that point's, not the heading's.

Offices answer the directive's movements as a lettered list, one point a line: "c) Phong trào
“...”: Trên địa bàn xã không có doanh nghiệp." then "d) Phong trào “...”: 100% cán bộ đeo thẻ ...".
The segmenter makes a short label ("c) Phong trào “...”") a heading, but a point whose label is
too long to be one stays as content of the section before it. What the heading names is then
told only in its own answer: a sentence typed with the next marker of the heading's numbering
("d)" under "c)", "3." under "2.") answers another point, so it reports nothing of the heading's
concept unless it names the concept itself.
"""

from __future__ import annotations

from tdkt.pipeline.segment import _numbering


def sibling_point(section, text: str) -> bool:
    """The text opens with typed numbering of the section's own style and another number."""
    if section is None or not section.number or not section.style:
        return False
    numbered = _numbering(text.lstrip())
    return numbered is not None and numbered[0] == section.style and numbered[1] != section.number


def sibling_follower(checker, rule, s) -> bool:
    """The sentence reached the item only as its heading's follower and opens a sibling point."""
    if checker.found_how.get(s.index) != "follower" or rule.concept is None:
        return False
    if checker.matches(rule.concept, s):  # it names the item itself: its own report
        return False
    return sibling_point(s.section, s.text)
