"""A bold heading's passage ends at the next bold label: what follows that label is its movement's.

Offices open each movement with its name as a bold paragraph of its own, the results under it:
"Phong trào thi đua “Doanh nghiệp Việt Nam hội nhập và phát triển”" (bold), its sentences, then
"Phong trào thi đua “Cán bộ, công chức, viên chức ... văn hóa công sở” giai đoạn 2019 - 2025" (bold),
its sentences. The segmenter makes a short bold line a heading, but a bold line longer than a
heading's bound stays content of the section before it, so the next movement's passage reads as
the earlier heading's followers: a heading with nothing reported under it took the next movement's
results. Such a label is told by its shape, whatever its length: a whole paragraph of one sentence,
bold, with no final stop, naming a movement (an item the rules mark `quoted_needs_result`, no parts).
A follower of a bold heading at or after such a label (in the heading's section) reports nothing of
the heading's item, unless it names the item itself. Bold comes from the Document (checker.document);
without it nothing is set aside.

What it leaves to others: which items are movements (the rules), the follower walk (context.py),
dropping the sentence (a SET_ASIDE entry in set_aside.py).
"""

from __future__ import annotations

from tdkt.pipeline.segment import _FINAL_STOP


def _bold(checker, block: int) -> bool:
    blocks = checker.document.blocks
    return 0 <= block < len(blocks) and blocks[block].kind != "table" and bool(blocks[block].bold)


def _names_a_movement(checker, t) -> bool:
    return any(other.quoted_needs_result and not other.parts and other.concept is not None
               and checker.matches(other.concept, t) for other in checker.rules)


def _bold_label(checker, t) -> bool:
    """`t` is a whole bold paragraph of one sentence, no final stop, naming a movement."""
    sentences = checker.seg.sentences
    if t.is_heading or t.first_clause is not None or _FINAL_STOP.search(t.text.rstrip()):
        return False
    if (t.index > 0 and sentences[t.index - 1].block == t.block) or (
            t.index + 1 < len(sentences) and sentences[t.index + 1].block == t.block):
        return False  # one sentence of a longer paragraph
    return _bold(checker, t.block) and _names_a_movement(checker, t)


def after_bold_label(checker, rule, s) -> bool:
    """`s` reached the item only as a bold heading's follower, at or after a bold label of another
    movement in the heading's section, and does not name the item itself."""
    if checker.found_how.get(s.index) != "follower" or rule.concept is None:
        return False
    if getattr(checker, "document", None) is None or checker.matches(rule.concept, s):
        return False
    section = s.section
    if section.heading_sentence is None:
        return False
    sentences = checker.seg.sentences
    heading = sentences[section.heading_sentence]
    if not _bold(checker, heading.block) or not checker.matches(rule.concept, heading):
        return False
    for i in section.sentences:
        if i > s.index:
            break
        t = sentences[i]
        if checker.per_sentence(_bold_label, t) and not checker.matches(rule.concept, t):
            return True
    return False
