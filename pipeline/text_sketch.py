"""A small, stable sample of a document's word pairs, for telling copies of one document apart.

Two files are copies of one document when most of the smaller one's text is found in the larger
one: a phone photo of page 1 inside the full DOCX, the PDF of the same DOCX, a re-sent scan.
Keeping every word pair would make records heavy, so a record keeps only the pairs whose hash
falls in a fixed 1/16 of the hash space (mod-sampling). Because the sample is chosen by the value
of the hash and not by position, two documents sample the same pairs, and the share of one
sample found in the other estimates the containment of the whole texts without bias.

Words are compared folded (lower case, no tone marks): OCR most often errs on marks, and a
re-typed copy may use another tone-mark convention. Pure; callers decide what a match means.
"""

from __future__ import annotations

import re
import zlib

from tdkt.pipeline.numbers import fold

SAMPLE_MODULUS = 16  # keep 1 pair in 16: ~100 samples for a 3-page report
MAX_SAMPLES = 400  # bound a record's size for very long files
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# The same words in ASCII text (most folded reports are): a plain class scans faster than \w's
# Unicode category test.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


def sketch(text: str) -> list[int]:
    """The sorted sampled hashes of the text's consecutive folded word pairs."""
    folded = fold(text)
    words = (_ASCII_WORD if folded.isascii() else _WORD).findall(folded)
    # "first second" as UTF-8, hashed: the per-pair work stays in C (map), no Python loop body.
    hashes = map(zlib.crc32, map(str.encode, map(" ".join, zip(words, words[1:]))))
    chosen = {value for value in hashes if value % SAMPLE_MODULUS == 0}
    return sorted(chosen)[:MAX_SAMPLES]


def containment(a: list[int] | None, b: list[int] | None) -> float | None:
    """Share of the smaller sample found in the larger; None when either is too small to say."""
    if not a or not b:
        return None
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < 8:  # a few pairs prove nothing (a cover page, a failed OCR)
        return None
    return len(set(small) & set(large)) / len(small)
