"""F6 of minutes (biên bản): the copies named in the last paragraph, and the secretary's signature on the left.

Minutes of a meeting have no "Nơi nhận:" block. Their last paragraph says who gets the copies:
"Biên bản được lập thành 08 bản: gửi UBND huyện (qua Phòng Nội vụ) 01 bản, 06 đơn vị thành viên
mỗi đơn vị 01 bản, lưu 01 bản./." — the recipients, in words. And the closing's left column holds
a second signature ("THƯ KÝ" over a name), not a list of recipients.

What it leaves to others: the closing's lines and the "Nơi nhận:" list (closing.py), which lines
are which (lines.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import fold

# "lập / làm thành 08 bản", "được lập thành 03 bản có giá trị như nhau", then ": gửi ..." (folded text)
_COPIES = re.compile(r"\b(?:lap|lam)\s+thanh\s+\d{1,2}\s+ban\b")
_SENT = re.compile(r"\b(?:gui|luu)\b")
_TRAILING_COUNT = re.compile(r"\s*(?:mỗi\s+\S+(?:\s+\S+)?\s+)?\d{1,2}\s+bản\b.*$", re.IGNORECASE)


def is_signature_block(items: list[str], name_like) -> bool:
    """Left-column lines read as recipients that are a signature instead: capitals (a post, "THƯ KÝ",
    "NGƯỜI GHI BIÊN BẢN") and one name, nothing else."""
    if not 2 <= len(items) <= 4:
        return False
    names = [t for t in items if name_like(t) and not t.isupper()]
    posts = [t for t in items if t not in names]
    return len(names) == 1 and items[-1] in names and all(t.isupper() for t in posts)


def copies_recipients(lines, tail: int = 8):
    """(recipients, line) from a closing paragraph naming who gets the copies, or None."""
    body = [ln for ln in lines if ln.zone != "closing"][-tail:]
    for line in reversed(body):
        f = fold(line.text)
        m = _COPIES.search(f)
        if m is None or not _SENT.search(f, m.end()):
            continue
        rest = line.text[m.end():].lstrip(" :;,-")
        rest = re.sub(r"^(?:có giá trị (?:pháp lý )?như nhau\s*[,;:]?\s*)", "", rest, flags=re.IGNORECASE)
        parts = [_TRAILING_COUNT.sub("", p).strip(" .;:/") for p in re.split(r"\s*[,;]\s*", rest)]
        parts = [re.sub(r"^gửi\s+", "", p, flags=re.IGNORECASE) for p in parts if p]
        if parts:
            return parts, line
    return None
