"""A sentence with some of its spans cut out, read afterwards as if they had never been written.

Readers that set a clause aside before the figures are read (member_clause.py: a named member's
clause in a cluster's sentence; others_recipients.py: counts said to be another body's) find the
spans; this joins what is left. What it leaves to others: finding the spans.
"""

from __future__ import annotations

import dataclasses


def without_spans(sent, cuts: list[tuple[int, int]]):
    """`sent` with the text of `cuts` ((start, end) in its text, in order; an overlapped one is
    skipped) removed and the pieces joined by single spaces; `sent` itself when nothing is cut."""
    if not cuts:
        return sent
    text = sent.text
    kept, at = [], 0
    for a, b in cuts:
        if a >= at:
            kept.append(text[at:a])
            at = b
    kept.append(text[at:])
    return dataclasses.replace(sent, text=" ".join(p.strip() for p in kept if p.strip()))
