"""A collective title as a list item's label, the one body it went to after the colon (prose.py's helper).

A short report lists its 2022 titles one per line, the title first: "- Danh hiệu “Tập thể lao động
tiên tiến”: tập thể <the unit's name> (Quyết định của ...)", beside "- Danh hiệu “Lao động tiên
tiến”: 10/11 công chức". The line names its one recipient in words, no numeral: a count of one,
as "... cho Phòng Tư pháp" after the title is (prose._self_recipient_after). The body is said by a
word of the rules' `context.self_collective` ("tập thể", "cơ quan", "trạm" ...) and a capitalised
name; a plural ("các tổ ...") or a second body ("... và tập thể ...") is no count of one.
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.rules import Rules

# After the title: its closing quote, the year, the colon, then one body named by its kind.
_COLON_BODY = re.compile(r"^[\"”’»]?(?:\s+năm\s+\d{4})?\s*:\s*(?P<rest>[^,;:\d]{0,80})")
_MORE = re.compile(r"\b(?:và|cùng)\s+(?:tập thể|các|\d)|\b(?:các|những)\b", re.IGNORECASE)


def body_after_colon(after: str, rules: Rules) -> bool:
    """`after` (the text right after a collective title) is ": <one body, named>": a count of one."""
    m = _COLON_BODY.match(after)
    bodies = rules.ctx.get("self_collective")
    if not m or not bodies:
        return False
    rest = m.group("rest")
    body = bodies.match(rest.lower())
    if not body or _MORE.search(rest):
        return False
    name = rest[body.end():].lstrip()
    return name[:1].isupper()
