"""A paragraph opened by a label ("Về cải cách hành chính: ..."): its later sentences are read with the label.

An office writes one paragraph per field and names the field once, in the label of its first
sentence; the later sentences say only the figures: "Về cải cách hành chính: Bộ phận Tiếp nhận và
Trả kết quả ... tiếp nhận 1.326 hồ sơ ... Tỷ lệ hồ sơ nộp trực tuyến đạt 37%." Where a rule tells a
concept apart by the field the sentence names (the online share of one-stop dossiers is
administrative reform, not digital transformation, unless the sentence speaks of the latter), the
later sentence, read alone, has lost its field. The rules' `label_scope` list reads
"<label> : <sentence>" (canonical text, the label's own colon kept): an item naming it in
`exclude_contexts` does not count a sentence of such a paragraph that the list matches.

What it leaves to others: the label (labels.label_of, the paragraph's first sentence), which words
say the field and which concept it takes away (the rules), dropping the sentence (set_aside.py).
"""

from __future__ import annotations

from tdkt.pipeline.check.labels import label_of
from tdkt.pipeline.segment import Sentence

LIST = "label_scope"


def in_label_scope(checker, s: Sentence) -> bool:
    """The rules' `label_scope` list matches the sentence read after its paragraph's label."""
    cues = checker.lang.lists.get(LIST)
    if cues is None or s.is_heading:
        return False
    sentences = checker.seg.sentences
    first = s
    while first.index > 0 and sentences[first.index - 1].block == s.block and sentences[first.index - 1].section is s.section:
        first = sentences[first.index - 1]
    label = label_of(first)
    if label is None:
        return False
    text, words = checker.canon.text_words(label)
    own = s.canon if first is not s else checker.canon.text(s.text.partition(":")[2])
    return bool(cues.hits(f"{text} : {own}", words | s.words))
