"""DOCX footnotes and endnotes: which notes a reader sees, in which order, with which number.

`shown_notes(body, footnotes, endnotes)` lists (kind, number, w:footnote/w:endnote element):
footnotes first, then endnotes, each kind in the order of its first mark
(w:footnoteReference / w:endnoteReference) in the main part. A note is shown when the body
marks it outside tracked deletions (w:del, w:moveFrom) and outside mc:Fallback copies of text
boxes (the mc:Choice copy carries the same marks). The separator notes (w:type "separator",
"continuationSeparator", "continuationNotice"; ids -1/0 in Word, 0/1 in LibreOffice) are never
marked and never listed; a note no mark points to is not shown by Word and is left out.
The number is the note's place among the shown notes of its kind (1, 2, 3...), which is what
Word prints unless the document restarts numbering, starts elsewhere or uses custom marks.
What it leaves to others: reading the notes' paragraphs (docx_reader, with the body's run
reader: styles, legacy fonts), parsing the parts (docx_package).
"""

from __future__ import annotations

from typing import Iterator

from tdkt.extractors.docx_xml import MC_FALLBACK, w

_KINDS = (("footnote", w("footnoteReference"), w("footnote")),
          ("endnote", w("endnoteReference"), w("endnote")))
_NOT_SHOWN = frozenset({w("del"), w("moveFrom"), MC_FALLBACK})
_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})
_ID = w("id")
_TYPE = w("type")


def shown_notes(body, footnotes, endnotes) -> Iterator[tuple[str, int, object]]:
    """(kind, 1-based number, note element) for every note the body marks, footnotes first."""
    parts = {"footnote": footnotes, "endnote": endnotes}
    for kind, ref_tag, note_tag in _KINDS:
        part = parts[kind]
        if part is None:
            continue
        notes = {n.get(_ID): n for n in part.iter(note_tag) if n.get(_TYPE) not in _SEPARATORS}
        if not notes:
            continue
        number = 0
        seen: set[str] = set()
        for ref in body.iter(ref_tag):
            note_id = ref.get(_ID)
            if note_id in seen or note_id not in notes or _hidden(ref):
                continue
            seen.add(note_id)
            number += 1
            yield kind, number, notes[note_id]


def _hidden(ref) -> bool:
    return any(a.tag in _NOT_SHOWN for a in ref.iterancestors())
