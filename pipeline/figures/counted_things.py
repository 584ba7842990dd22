"""A count carrying a noun of its own counts that thing, not the title named before it.

An office may name a title as the topic of a movement and then count something else after the
colon: "Phong trào lao động sáng tạo gắn với viết sáng kiến, làm đồ dùng dạy học: Hội thi ... có 27
sản phẩm đạt giải". The number is followed by the thing it counts ("sản phẩm", "tác phẩm", "đồ
dùng"), neither a unit word of people or bodies nor the figure's own count word, so it
is no count of any title (mentions.title_numbers leaves it out). The things are the rules'
`context.counted_things`. Attaching the other numbers is left to prose.py.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.rules import Rules

_SPACES = re.compile(r"\s*")


def counts_a_thing(text: str, end: int, rules: Rules) -> bool:
    """Whether the number ending at `end` in `text` is followed by a counted thing's word."""
    things = rules.ctx.get("counted_things")
    if things is None:
        return False
    at = _SPACES.match(text, end).end()
    return things.match(text[at:at + 40].lower()) is not None
