"""Recipients named only in an appendix: "cho các cá nhân có tên tại Mục 1 Phụ lục" counted there.

A small office may list its awards decision by decision and name no count: the recipients are
"các cá nhân có tên tại Mục 2 Phụ lục kèm theo", and the appendix gives, under one heading per
Mục ("Mục 2. Danh hiệu "Chiến sĩ thi đua cơ sở" năm 2022 ..."), a table of names ("TT | Họ và
tên | Chức vụ"). A clerk counts that table's rows: they are the clause's individuals; a body the
same clause names before them ("cho tập thể Phòng ... và cá nhân có tên tại Mục 3") is one more
recipient for a figure counting collectives too. Only a clause whose every reference resolves to
such a table is changed. The reference's words are the rules' (`context.appendix_ref_before`,
`appendix_ref_after`: around the Mục's number, folded; `appendix_named_body`: before a body's
capitalised name, as written). What it leaves to others: which figure and period a clause states
(prose.py), the choice among candidates (extract.py).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from tdkt.pipeline.figures.rules import folded_alternation
from tdkt.pipeline.numbers import fold

# "Mục 2. Danh hiệu ...", "**Mục 4.** Giấy khen ..." (folded, lower case)
_SECTION = re.compile(r"^\W*muc\s+(\d{1,2})\s*[.:)\-]")
_WORD = re.compile(r"\w")
# the names' column heading
_NAME_HEAD = re.compile(r"\bho\s*(?:va\s*)?ten\b")


@functools.lru_cache(maxsize=8)
def _patterns(before: tuple, after: tuple, body: tuple) -> tuple[re.Pattern, re.Pattern]:
    """"có tên tại Mục 1 Phụ lục" (folded; group 1 the Mục's number) and "cho tập thể Phòng ..."
    (a body named as one more recipient, unfolded text: the name's capital is the cue)."""
    gap = r"\s+"
    words_before, words_after = folded_alternation(before, gap), folded_alternation(after, gap)
    reference = rf"(?:{words_before})\s+(\d{{1,2}})\s+(?:{words_after})"
    named_body = rf"(?<!\w)(?:{folded_alternation(body, gap, folded=False)})\s+[A-ZĐÀ-Ỹ]"
    return re.compile(reference), re.compile(named_body)


def appendix_lists(document) -> dict[int, int]:
    """Mục number -> rows of names in the table right under its heading."""
    out: dict[int, int] = {}
    section = None
    for block in document.blocks:
        if block.kind == "table" and block.rows:
            if section is not None and block.rows and any(_NAME_HEAD.search(fold(c.lower())) for c in block.rows[0]):
                rows = [r for r in block.rows[1:] if len(r) > 1 and any(ch.isalpha() for ch in r[1])]
                if rows and section not in out:
                    out[section] = len(rows)
            section = None
            continue
        text = block.full_text or ""
        # _SECTION opens with "muc" after any non-word characters: the paragraph's first three word
        # characters are tested first, so the others (nearly all) are not folded whole
        first = _WORD.search(text)
        m = _SECTION.match(fold(text.lower())) if first and fold(text[first.start():first.start() + 3].lower()) == "muc" \
            else None
        section = int(m.group(1)) if m else None
    return out


def with_appendix_counts(sent, found: list, rules, lists: dict[int, int]) -> list:
    """`found` with the counts of a clause whose recipients are an appendix's Mục replaced by its rows."""
    if not lists or not found:
        return found
    words = rules.words
    if not words.get("appendix_ref_before") or not words.get("appendix_ref_after"):
        return found
    reference, named_body = _patterns(words["appendix_ref_before"], words["appendix_ref_after"],
                                      words.get("appendix_named_body", ()))
    refs = [int(m.group(1)) for m in reference.finditer(fold(sent.text.lower()))]
    if not refs or any(r not in lists for r in refs):
        return found
    people = sum(lists[r] for r in refs)
    bodies = len(named_body.findall(sent.text))
    out = []
    for c in found:
        spec = rules.specs[c.figure]
        if spec.kind != "count" or spec.unit == "collectives":
            out.append(c)
            continue
        value = people + (bodies if spec.unit in ("both", "any") else 0)
        out.append(dataclasses.replace(c, value=value, parts=None))
    return out
