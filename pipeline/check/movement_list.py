"""A list of movements in brackets, cut into clauses by its ";": each entry only names a movement.

Offices list the district's movements they passed on: "Công đoàn đã quán triệt 09 phong trào do
huyện phát động (xây dựng nông thôn mới; vì người nghèo; ...; huyện đạt chuẩn nông thôn mới năm
2023; ...; chuyển đổi số), lồng ghép vào ...". segment.py cuts the long sentence at each ";", so an
entry stands as a clause of its own, and a name that carries a result word of its own ("huyện đạt
chuẩn ...") reads like a result. The Checker knows a sentence listing two or more movements
(`Checker.listed`); this module sees the list across the clauses of one sentence. An entry with a
quantity of its own ("vì người nghèo: ủng hộ 12 triệu đồng") reports. The clause before the
bracket keeps what it says itself ("... quán triệt 09 phong trào" is not an entry). Which items are
movements is the rules' (`quoted_needs_result`, no parts); dropping the entries is items.py's.
"""

from __future__ import annotations

from tdkt.pipeline.check.context import Checker
from tdkt.pipeline.check.language import has_quantity
from tdkt.pipeline.segment import Sentence

REJECTION = "listed"


def _clauses(checker: Checker, s: Sentence) -> list[Sentence]:
    """The clauses of the sentence `s` was cut from, in order."""
    sentences = checker.seg.sentences
    head = s.first_clause if s.first_clause is not None else s.index
    out = [sentences[head]]
    for t in sentences[head + 1:]:
        if t.first_clause != head:
            break
        out.append(t)
    return out


def _entries(checker: Checker, s: Sentence) -> list[tuple[Sentence, str]]:
    """The bracketed list spanning clauses that `s` stands in, as (clause, its entry's text); empty
    when `s` is in none."""
    groups: list[list[tuple[Sentence, str]]] = []
    current: list[tuple[Sentence, str]] | None = None
    for t in _clauses(checker, s):
        text = t.text
        if current is None:
            if "(" not in text or ")" in text[text.rindex("("):]:
                continue  # no bracket left open at the end of this clause
            current = [(t, text[text.rindex("(") + 1:])]
        elif ")" in text:
            current.append((t, text[:text.index(")")]))
            groups.append(current)
            current = None
        else:
            current.append((t, text))
    return next((g for g in groups if any(c is s for c, _ in g)), [])


def listed_entry(checker: Checker, rule, s: Sentence) -> bool:
    """`s` is (or opens or closes) an entry of a bracketed list naming two or more of the
    movements; its entry names the item with no quantity of its own, and the rest of the clause
    does not name it."""
    if s.is_heading or (s.first_clause is None and "(" not in s.text):
        return False
    entries = _entries(checker, s)
    if len(entries) < 3:
        return False
    movements = [r for r in checker.rules if r.quoted_needs_result and not r.parts and r.concept is not None]
    named = {r.id for _, text in entries for r in movements if r.concept.contains(checker.canon.text(text))}
    if len(named) < 2:
        return False
    entry = next(text for c, text in entries if c is s)
    rest = s.text.replace(entry, " ", 1)
    return not rule.concept.contains(checker.canon.text(rest)) and not has_quantity(entry)
