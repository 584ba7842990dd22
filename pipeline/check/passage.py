"""The passage of a sentence: where a rule's `within: passage` condition may be met.

A report states one thing over a few sentences: limitations in one, their causes in the next
("Nguyên nhân: ..."). The passage of a content sentence is every content sentence under the same
heading, its sub-headings included; a sentence under no heading at all (a report without an
outline) has the few sentences around it instead. Headings are never part of it: they name,
they do not report. Deciding what a rule needs of the passage is items.py's job.
"""

from __future__ import annotations

from tdkt.pipeline.segment import Section, Segmentation, Sentence

PASSAGE_WINDOW = 4  # sentences either side, for a sentence under no heading


def passage_of(seg: Segmentation, s: Sentence) -> list[Sentence]:
    """The content sentences of `s`'s passage, in reading order, `s` included."""
    section = s.section
    if section.parent is None:  # the report's root: no heading above the sentence
        near = seg.sentences[max(0, s.index - PASSAGE_WINDOW):s.index + PASSAGE_WINDOW + 1]
        return [t for t in near if t.section is section and not t.is_heading]
    inside = _with_subsections(section)
    return [t for t in seg.sentences if not t.is_heading and id(t.section) in inside]


def _with_subsections(section: Section) -> set[int]:
    out, stack = set(), [section]
    while stack:
        node = stack.pop()
        out.add(id(node))
        stack.extend(node.children)
    return out
