"""A numbered end note's text belongs to the sentence that calls it (items' side).

Some offices keep the body short and put the details in numbered notes after the closing line:
"Phòng đã ban hành 04 văn bản để triển khai phong trào thi đua năm 2023(1)." and, under "Ghi chú:",
"(1) Kế hoạch số 03/KH-... ngày 06/02/2023 ... (triển khai Kế hoạch số 15/KH-UBND ...); Quyết định số
...". The body sentence reports the item in general words; the document numbers that make it
full are in the note. segment.py leaves the notes where they stand (after the closing, often under
the plan's section), so an item that needs its `full` form in a reporting sentence found none, and
the documents the note cites read as the plan's. Here a note called by an item's evidence is read
for the item's `full` form, and the sentences of a called note are no plan.

What it leaves to others: the notes' figures (figures/end_notes.py and walk.py, which read a note
under its calling sentence), the item's evidence and verdict (items.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.segment import Sentence

_HEAD = re.compile(r"^\W*ghi\s*ch[uú]\W*$", re.IGNORECASE)
_NOTE = re.compile(r"^\s*\((\d{1,2})\)\s+\S")
# A call glued to the word (or number) before it: "năm 2023(1).", "theo đợt(12),"
_CALL = re.compile(r"(?<=[^\s(])\((\d{1,2})\)(?=[\s.,;:)]|$)")


def _called_notes(checker) -> dict[int, list[Sentence]]:
    """The sentences of each note the body calls, by the note's number (kept on the checker)."""
    notes = getattr(checker, "_called_end_notes", None)
    if notes is not None:
        return notes
    notes = {}
    sentences = checker.seg.sentences
    head = next((i for i, s in enumerate(sentences) if _HEAD.match(s.text)), None)
    if head is not None:
        called = {int(n) for s in sentences[:head] for n in _CALL.findall(s.text)}
        current: list[Sentence] | None = None
        for s in sentences[head + 1:]:
            m = _NOTE.match(s.text)
            if m:
                current = notes.setdefault(int(m.group(1)), [])
                current.append(s)
            elif current is not None and s.block == current[-1].block:
                current.append(s)  # the note's later sentences, same paragraph
            elif s.is_heading:
                break
            else:
                current = None
        notes = {n: ss for n, ss in notes.items() if n in called}
    checker._called_end_notes = notes
    return notes


def note_full_sentences(checker, rule, found: list[Sentence]) -> list[Sentence]:
    """Sentences of the notes that `found` calls which meet the rule's `full` form."""
    notes = _called_notes(checker)
    if not notes or rule.full is None:
        return []
    out: list[Sentence] = []
    for s in found:
        for n in _CALL.findall(s.text):
            for t in notes.get(int(n), ()):
                if t in out or (rule.exclude and rule.exclude.hits(t.canon, t.words)):
                    continue
                if rule.full.hits(t.canon, t.words):
                    out.append(t)
    return out


def in_called_note(checker, s: Sentence) -> bool:
    """`s` is part of a note the body calls: it speaks for its calling sentence, not for the plan."""
    return any(s in ss for ss in _called_notes(checker).values())
