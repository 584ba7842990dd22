"""Numbered end notes: "(1)".."(13)" called from the body and gathered under "Ghi chú:" (walk.py's helper).

Some offices keep the body short and put the details in numbered notes after it ("... tặng Giấy
khen cho các tập thể, cá nhân năm 2022(10)." and, under "Ghi chú:", "(10) Quyết định số ...:
công nhận ... cho 31 cá nhân ..."). A note's figures belong to the passage that calls it: the
walk reads each note right after its calling sentence, with that sentence as its lead-in, and the
call marker "(10)" glued to the word before it is no number. Only notes that the body calls are
moved; a "Ghi chú:" without calls (a table's note, table_notes.py) is left where it stands.
Reading the sentences is left to the figure readers.
"""

from __future__ import annotations

import re

from tdkt.pipeline.normalize import normalize_text
from tdkt.pipeline.numbers import fold

_NOTES_HEAD = re.compile(r"^[\s*_]*ghi\s*chu\s*[:.]?[\s*_]*$")
_NOTE_ITEM = re.compile(r"^\s*\((\d{1,2})\)\s+\S")
# A call glued to the word (or number) before it: "theo đợt(1).", "năm 2022(10)."
_CALL = re.compile(r"(?<=[^\s(])\((\d{1,2})\)(?=[\s.,;:)]|$)")


def _text(block) -> str:
    return normalize_text(block.full_text or "") if block.kind != "table" else ""


# A necessary test for _NOTES_HEAD before folding: its text is "ghi chu" and an optional ":" or
# "." (7 characters) among spaces, "*" and "_"; lower() and fold() never drop a character (fold
# maps one to one). It fails at a block's 8th other character: folding every block was most of
# end_notes' cost.
_SHORT = re.compile(r"[\s*_]*(?:[^\s*_][\s*_]*){0,7}")


_HANDED: list = []  # [(document, texts)] end_notes read, until walk.py takes them (block_texts)


def block_texts(document) -> list[str]:
    """Each block's normalised text ("" for a table). walk.py asks right after end_notes(document):
    it gets the texts end_notes has just read (handed over once, so never stale), not a second
    normalisation of every block."""
    handed = _HANDED.pop() if _HANDED else None
    if handed is not None and handed[0] is document:
        return handed[1]
    return [_text(block) for block in document.blocks]


def end_notes(document) -> dict[int, int]:
    """Index of each called note's block by its number; empty unless the body calls the notes."""
    blocks = document.blocks
    texts = [_text(block) for block in blocks]
    _HANDED[:] = [(document, texts)]
    notes: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if block.kind == "table":
            continue
        text = texts[i]
        if not _SHORT.fullmatch(text) or not _NOTES_HEAD.match(fold(text.lower())):
            continue
        for j in range(i + 1, len(blocks)):
            m = _NOTE_ITEM.match(texts[j])
            if not m:
                break
            notes.setdefault(int(m.group(1)), j)
        if notes:
            called = {int(n) for t in texts[:i] for n in _CALL.findall(t)}
            return {n: j for n, j in notes.items() if n in called}
    return {}


def calls(text: str, notes: dict[int, int]) -> list[int]:
    """The notes a sentence calls, in order."""
    return [int(n) for n in _CALL.findall(text) if int(n) in notes] if notes else []


def without_calls(text: str, notes: dict[int, int]) -> str:
    """The text with its calls of known notes removed ("năm 2022(10)." -> "năm 2022.")."""
    if not notes:
        return text
    return _CALL.sub(lambda m: "" if int(m.group(1)) in notes else m.group(0), text)


def note_body(text: str) -> str:
    """A note's text without its number."""
    return _NOTE_ITEM.sub(lambda m: m.group(0)[-1], text, count=1)
