"""A share stated as a bound ("không vượt quá 30%", "tối đa 25%") is no figure of the unit.

"Các đơn vị đều bảo đảm tỷ lệ cán bộ lãnh đạo, quản lý được khen không vượt quá 30% theo hướng
dẫn": the limit a guideline sets, which the unit says it kept, not the share it reached; an item
that needs a figure is then told in words (`partial`), as with "phần lớn". The bound words are
the figures' list (the rules' `context.bound`, read by figures/caps.py too): a percentage right
after one (maybe "mức" or "là" between) is cut from the text asked for a quantity. Used by
rough_share.clause_figure, which cuts the rough fractions the same way.
"""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=4)
def _pattern(words: tuple[str, ...]) -> re.Pattern | None:
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})\s+(?:mức\s+|là\s+)?\d{{1,3}}(?:[.,]\d+)?\s*%", re.IGNORECASE)


def without_bound_shares(raw: dict, text: str) -> str:
    """`text` with each bounded percentage ("không vượt quá 30%") cut out."""
    if "%" not in text:
        return text
    pattern = _pattern(tuple((raw.get("context") or {}).get("bound") or ()))
    return pattern.sub(" ", text) if pattern is not None else text
