"""A leader's words quoted in a report ("Đồng chí Chủ tịch nhấn mạnh: “Cán bộ phải ...”"): an instruction, no result.

A report quotes what a leader said at its conference: the quotation opens after a speech verb and a
colon and may run over several sentences until its closing quote. What it asks ("phải thực hiện
nghiêm văn hóa công sở", "không dồn khen thưởng cho cán bộ lãnh đạo") names an item without
reporting it. The rules' `quoted_speech` list reads "<intro> : <sentence>" (canonical text): the
quotation's intro (the text before the colon that opened it) and the quoted sentence. A sentence
that opens the quotation itself is read as it is (its own colon), as every list is; this module
gives the later sentences of the quotation their intro back. An item naming the list in
`exclude_contexts` does not count a sentence the list matches.

What it leaves to others: which verbs introduce speech and which words make an instruction (the
rules), dropping the sentence (set_aside.py).
"""

from __future__ import annotations

from tdkt.pipeline.segment import Sentence

LIST = "quoted_speech"
_OPEN, _CLOSE, _STRAIGHT = "“", "”", '"'


def _quote_state(text: str, opener: str | None) -> str | None:
    """The open quotation's intro after `text` (None: no quotation open), given the one open before it."""
    for i, ch in enumerate(text):
        opens = ch == _OPEN or (ch == _STRAIGHT and opener is None)
        if opens:
            head = text[:i].rstrip()
            opener = head[:-1] if head.endswith(":") else None  # only a quotation after a colon is speech
            if opener is None:
                opener = ""  # a quoted name: open, but no speech
        elif ch == _CLOSE or ch == _STRAIGHT:
            opener = None
    return opener


def in_quoted_speech(checker, s: Sentence) -> bool:
    """The sentence lies inside a quotation opened after a colon in an earlier sentence of its
    paragraph, and the rules' list matches it read after the quotation's intro."""
    cues = checker.lang.lists.get(LIST)
    if cues is None or s.is_heading:
        return False
    sentences = checker.seg.sentences
    first = s.index
    while first > 0 and sentences[first - 1].block == s.block:
        first -= 1
    opener = None
    for t in sentences[first:s.index]:
        opener = _quote_state(t.text, opener)
    if not opener:
        return False
    text, words = checker.canon.text_words(opener)
    return bool(cues.hits(f"{text} : {s.canon}", words | s.words))
