"""Another body named only as the source of one figure, in a parenthesis: not another body's result.

A department reports a movement with the district's count and its own work in one sentence: "...
trên địa bàn huyện có 11 doanh nghiệp đăng ký thành lập (theo thống kê của Chi cục Thuế), Phòng cấp
giấy chứng nhận cho 87 hộ kinh doanh ...". The `other_body` list ("theo số liệu của", "theo thống
kê của") sets aside a sentence that quotes another body's figures; said inside a parenthesis, after
the figure, the words only cite where that figure came from, and the sentence stays the unit's
report. Said outside one ("Theo thống kê của Chi cục Thuế, ... có 11 doanh nghiệp ..."), the whole
sentence is the other body's and stays set aside.

What it leaves to others: the list's words and the sentence-level test (context.py asks this only
when the list hits the sentence), the item's status (items.py).
"""

from __future__ import annotations

import re

NAME = "other_body"
_ASIDE = re.compile(r"\([^()]*\)")


def only_in_source_note(checker, s, cues) -> bool:
    """The list's words hit the sentence only inside its parenthesised asides."""
    if "(" not in s.text:
        return False
    text, words = checker.canon.text_words(_ASIDE.sub(" ", s.text))
    return not cues.hits(text, words)
