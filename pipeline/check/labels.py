"""Labelled paragraphs: a sentence that opens with "what: " hands "what" to the rest of its paragraph.

Offices write a movement's results as a paragraph led by the movement's name and a colon —
"- Phong trào “...”: Trung tâm góp phần bằng ... Trong 6 tháng, 8/11 lớp ... (225 lao động)". The
label's sentence may carry no result itself; the sentences after it in the same paragraph do. This
module finds the label and those sentences. Whether the concept is in the label and whether a
follower carries the item's context is the Checker's judgement (context.py).
"""

from __future__ import annotations

from tdkt.pipeline.segment import Segmentation, Sentence

LABEL_MAX_WORDS = 30  # a movement's official name with "Phong trào thi đua" before it fits
FOLLOW_LABEL = 4  # sentences of the same paragraph after the label's sentence


def label_of(s: Sentence) -> str | None:
    """The label before the first ":" of a content sentence, when something follows the colon and
    the label is short enough to be a name, not a statement ("Kết quả: ..." inside a long sentence)."""
    if s.is_heading or s.lead_in or ":" not in s.text:
        return None
    label, _, rest = s.text.partition(":")
    if not rest.strip() or not label.strip() or len(label.split()) > LABEL_MAX_WORDS:
        return None
    return label


def paragraph_followers(seg: Segmentation, s: Sentence) -> list[Sentence]:
    """The sentences (and later ";" clauses) after `s` in its own paragraph — same block, same
    section — at most FOLLOW_LABEL."""
    out: list[Sentence] = []
    for t in seg.sentences[s.index + 1:s.index + 1 + FOLLOW_LABEL]:
        if t.block != s.block or t.section is not s.section or t.is_heading:
            break
        out.append(t)
    return out
