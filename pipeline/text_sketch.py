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

import functools
import itertools
import re
import zlib

from tdkt.pipeline.numbers import fold

SAMPLE_MODULUS = 16  # keep 1 pair in 16: ~100 samples for a 3-page report
MAX_SAMPLES = 400  # bound a record's size for very long files
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_TABLE_END = 0x2070  # Latin, Vietnamese, Greek and the general punctuation ("“”–…") blocks


@functools.cache
def _word_table() -> str:
    """A str.translate table: fold() of each character up to _TABLE_END, or a space where that is
    no word character (`_WORD`'s class). Built on first use, not at import."""
    return re.sub(r"[\W_]", " ", fold("".join(map(chr, range(_TABLE_END)))))


def sketch(text: str) -> list[int]:
    """The sorted sampled hashes of the text's consecutive folded word pairs."""
    # One translate folds the words and blanks what separates them: when nothing but ASCII is
    # left (most reports), str.split gives `_WORD`'s words of fold(text) without a regex scan;
    # otherwise `_WORD` finds them in the translated text (the same words: only separators changed).
    # The words go to UTF-8 once, not pair by pair: a word has no space, so the joined words'
    # bytes split at b" " are each word's own bytes.
    spaced = text.translate(_word_table())
    if spaced.isascii():
        words = spaced.encode().split()
    else:
        words = " ".join(_WORD.findall(spaced)).encode().split(b" ")
    # b"first second", hashed: the per-pair work stays in C (map), no Python loop body.
    hashes = map(zlib.crc32, map(b" ".join, itertools.pairwise(words)))
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
