"""Which of a part's hits report that part: a heading naming several parts hands each its content.

A heading may name all the parts of an item ("1. Tổng kết, phát động và đăng ký thi đua"); the
Checker then takes the first content sentence under it as the report of each part it names. A
sentence that names one of the other parts itself ("Ngày 10/01, tổ chức hội nghị tổng kết năm 2022
và phát động thi đua năm 2023") reports those parts, not the one the heading named beside them.
When the first content sentence reports another part, the heading's later content may report the
one it named beside it: "5. Cải cách hành chính và ứng dụng công nghệ thông tin" over "- Tiếp nhận
1.486 hồ sơ ... qua Bộ phận một cửa ..." then "- Ứng dụng phần mềm quản lý hồ sơ địa chính; sử dụng
flycam ...": the first content sentence under it that names no other part (and carries a result)
reports the part.
How a heading hands its concept on is the Checker's (context.py); the item's status is items.py's.
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.rules import ItemRule, Part
from tdkt.pipeline.segment import Sentence


def own_hits(checker: Checker, rule: ItemRule, part: Part, hits: list[Sentence]) -> list[Sentence]:
    """`hits` without the sentences found only through a heading or lead-in naming the part that
    name another part of the item themselves (and not this one); such a sentence under a heading
    naming the part gives way to the heading's later content that names no other part."""
    others = [p.concept for p in rule.parts if p is not part and p.concept is not None]

    def own(s: Sentence) -> bool:
        return checker.matches(part.concept, s) or not any(checker.matches(c, s) for c in others)

    out: list[Sentence] = []
    for h in hits:
        if own(h):
            out.append(h)
            continue
        later = _later_content(checker, rule, part, h, own)
        if later is not None and later not in out and later not in hits:
            out.append(later)
    return out


def _later_content(checker: Checker, rule: ItemRule, part: Part, h: Sentence, own) -> Sentence | None:
    """The first content sentence after `h` under `h`'s heading, when the heading names the part:
    one in a paragraph that names no other part of the item, not excluded, carrying a result."""
    heading_index = h.section.heading_sentence
    if heading_index is None:
        return None
    heading = checker.seg.sentences[heading_index]
    if not checker.matches(part.concept, heading):
        return None
    followers = checker.followers(heading)
    if h not in followers:
        return None
    # A paragraph that names another part anywhere is that part's (its later clauses go on with it).
    others_paragraphs = {t.block for t in checker.seg.sentences[heading_index + 1:followers[-1].index + 1]
                         if t.section is h.section and not own(t)}
    for t in followers[followers.index(h) + 1:]:
        if t.block not in others_paragraphs and not checker.excluded(t, rule) and checker.context_ok(t, rule):
            return t
    return None
