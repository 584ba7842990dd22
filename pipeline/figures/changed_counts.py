"""A count changed from one number to another in one phrase: the second is the figure (extract.py's helper).

"Chiến sĩ thi đua cơ sở: điều chỉnh từ 04 xuống 03 cá nhân", "số Giấy khen sửa từ 09 thành 07",
"Lao động tiên tiến tăng từ 20 lên 24 người": a phrase "từ X ... lên / xuống / thành / còn Y" says
the count was X (before a correction, or in another period) and is Y. prose.py attaches the first
number it meets to the title; here a candidate holding X from such a phrase takes Y instead.
Only counts, only when X and Y stand in that one phrase with at most a unit word between; which
title the phrase counts stays prose.py's. These are words of the language, not of a directive.
"""

from __future__ import annotations

import dataclasses
import re

# folded, lower case: "tu 04 xuong 03", "tu 09 ca nhan thanh 07 ca nhan", "tu 26 giam con 23"
_CHANGED = re.compile(r"(?<!\w)tu\s+(\d{1,4})(?:\s+(?:ca nhan|tap the|nguoi|truong hop|luot))?\s*"
                      r"(?:len|xuong|thanh|con|giam con|giam xuong|tang len|xuong con)\s+(\d{1,4})(?!\d)")


def with_changed_counts(folded: str, found: list, rules) -> list:
    """`found` (one sentence's candidates) with a count read as the X of "từ X xuống Y" set to Y."""
    if "tu " not in folded:
        return found
    changes = {int(m.group(1)): int(m.group(2)) for m in _CHANGED.finditer(folded) if m.group(1) != m.group(2)}
    if not changes:
        return found
    return [dataclasses.replace(c, value=changes[c.value])
            if rules.specs[c.figure].kind == "count" and not c.parts and c.value in changes else c
            for c in found]
