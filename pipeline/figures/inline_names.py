"""A decision's recipients listed by name, numbered, after its colon: the count is the names.

Communes often quote the award decision and list who it honours instead of counting them:
"Quyết định số ... tặng Giấy khen cho: 1. Thôn A; 2. Ông B, trưởng thôn ...; 3. Bà C ...". The
sentence splitter cuts the paragraph at "1." and the title then seems to count 1, the item's
number. A clerk counts the numbered names: when a sentence states no count of its own before
its colon and the colon opens a list at item 1, each count the sentence gave is replaced by the
number of items that follow in sequence (1, 2, 3 ...) in the paragraph, collectives told from
individuals by the name (name_lists.py) for a title of one kind only.
What it leaves to others: name lists in tables (name_lists.py), sums over a passage (passages.py).
"""

from __future__ import annotations

import dataclasses
import re

from tdkt.pipeline.figures.mentions import Candidate
from tdkt.pipeline.figures.name_lists import _is_collective
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.numbers import find_numbers

# The colon that opens the list at its first item: "cho: 1." / "gồm: 01)".
_FIRST_ITEM = re.compile(r":\s*0?1\s*[.)](?=\s|$)")
# A numbered item inside the running text: after a start, space or separator ("; 2. Bà ...").
_ITEM = re.compile(r"(?:^|(?<=[\s;:,.]))0?(\d{1,3})\s*[.)]\s+(?=\S)")


def listed_items(text: str, first: int = 1) -> list[str]:
    """The items numbered first, first + 1 ... in sequence from the start of `text` (a restart ends them)."""
    starts: list[tuple[int, int]] = []  # (marker start, text start)
    expected = first
    for m in _ITEM.finditer(text):
        n = int(m.group(1))
        if n == expected:
            starts.append((m.start(), m.end()))
            expected += 1
        elif n < expected:
            break  # a second list opens: another decision's
    items = []
    for k, (_, begin) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        items.append(text[begin:end].strip(" ;,."))
    return items


def sentence_list(sent) -> list[str]:
    """The names a sentence lists after its colon from item 1 on, read on in its paragraph (the
    splitter cut them off); [] when it opens no list or states its own count before the colon."""
    text = sent.text
    m = _FIRST_ITEM.search(text)
    if m is None or any(n.kind == "count" for n in find_numbers(text[:m.start()])):
        return []  # "... cho 03 cá nhân: 1. ..." states its count: kept
    at = sent.paragraph.find(text) if sent.paragraph else -1
    rest = (sent.paragraph[at + m.start() + 1:] if at >= 0 else text[m.start() + 1:])
    return listed_items(rest.lstrip())


def continued_items(document, where: str, paragraph: str, first: int) -> list[str]:
    """A list left open at its paragraph's end ("...; 14. Ông B;") whose next items the reader put
    in paragraphs of their own ("15. Bà C."), as PDF readers do with a numbered line: those items."""
    if document is None or not paragraph.rstrip().endswith((";", ",")):
        return []
    blocks = document.blocks
    at = next((i for i, b in enumerate(blocks) if b.kind != "table" and b.where.label() == where), None)
    items: list[str] = []
    for block in blocks[at + 1:] if at is not None else ():
        text = (block.full_text or block.text or "").strip()
        m = _ITEM.match(text)
        if block.kind not in ("paragraph", "list_item") or m is None or int(m.group(1)) != first + len(items):
            break
        items += listed_items(text, first + len(items))
        if not text.endswith((";", ",")):
            break
    return items


def named_list_counts(sent, found: list[Candidate], rules: Rules, document=None) -> list[Candidate]:
    """`found` with each count that is a list's first item number replaced by the list's length."""
    if ":" not in sent.text or not any(c.value == 1 for c in found):
        return found
    items = sentence_list(sent)
    if not items:
        return found
    items += continued_items(document, sent.where, sent.paragraph or sent.text, len(items) + 1)
    text = sent.text
    out = []
    for cand in found:
        spec = rules.specs[cand.figure]
        if cand.value != 1 or spec.kind != "count" or cand.parts:
            out.append(cand)
            continue
        collective = [_is_collective(item) for item in items]
        if spec.unit == "individuals":
            n = collective.count(False)
        elif spec.unit == "collectives":
            n = collective.count(True)
        else:
            n = len(items)
        if n == 0:
            out.append(cand)
            continue
        names = "; ".join(items[:3]) + ("; …" if len(items) > 3 else "")
        n_col = collective.count(True) if spec.unit not in ("individuals", "collectives") else 0
        said = f"{n_col} tập thể, {n - n_col} cá nhân" if n_col else f"{n} {'tập thể' if spec.unit == 'collectives' else 'cá nhân'}"
        note = f"{spec.label}: đếm {n} tên được nêu trong danh sách khen thưởng ({said}; {cand.evidence.where})."
        evidence = dataclasses.replace(cand.evidence, text=f"{text} {names}"[:300])
        out.append(dataclasses.replace(cand, value=n, evidence=evidence, note=note))
    return out
