"""Title mentions and the numbers around them in one piece of text (extract.py's helper).

Finds title mentions (longest first, on folded text so OCR tone-mark noise does not matter),
the numbers that may count them with their unit word ("25 cá nhân", "05 đề tài"; a part of a
whole, "sáu trong số bảy cán bộ", is one fraction as "06/07" is), the one
figure a heading or lead-in names, and defines the Candidate every reader proposes. Deciding
which number belongs to which title is left to prose.py (sentences) and
tables.py (tables); choosing among candidates to extract.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tdkt.pipeline.figures.counted_things import counts_a_thing
from tdkt.pipeline.figures.label_numbers import names_a_part
from tdkt.pipeline.figures.quoted_titles import opens_quoted_title
from tdkt.pipeline.figures.rules import Rules, canon_phrase
from tdkt.pipeline.numbers import Number, find_numbers, fold
from tdkt.pipeline.record import Evidence


@dataclass
class Mention:
    figure: str
    start: int
    end: int
    note: str | None
    counts: list = field(default_factory=list)  # attached (Num)


@dataclass
class Num:
    n: Number
    unit: str | None  # ind | col | title | None
    end: int  # after the unit word


def find_mentions(text: str, folded: str, rules: Rules) -> list[Mention]:
    """Title mentions in `text` (searched in `folded`, its toneless form), left to right."""
    out = []
    # No rules.prefilter (the titles' first words) first: it is a necessary condition of the
    # titles' trie regex, which scans no slower, so a sentence paid for two scans to save one.
    for m in rules.titles.finditer(folded):
        idx = rules.title_index.get(canon_phrase(m.group(0)))
        if idx is None:
            continue
        figure, note = rules.title_of[idx]
        spec = rules.specs[figure]
        if spec.not_followed and spec.not_followed.match(folded, m.end() + 1 if folded[m.end():m.end() + 1] == " "
                                                         else m.end()):
            continue
        if spec.not_preceded and spec.not_preceded.search(folded, max(0, m.start() - 60), m.start()):
            continue  # "không giữ chức vụ lãnh đạo": the other group, not this title
        out.append(Mention(figure, m.start(), m.end(), note))
    return out


def sentence_mentions(sent, folded: str, rules: Rules) -> list[Mention]:
    """find_mentions(sent.text, folded, rules) for a walk Sentence (`folded` is fold(sent.text)),
    found once: prose.py, subunits.py, passages.py and grantors.py all ask for the same sentence.
    Each call gets new Mention objects (prose.py attaches counts to them)."""
    held = sent.__dict__.get("_mentions")
    if held is None or held[0] is not rules:
        held = sent.__dict__["_mentions"] = (rules, [(m.figure, m.start, m.end, m.note)
                                                     for m in find_mentions(sent.text, folded, rules)])
    return [Mention(*m) for m in held[1]]


_SPACES = re.compile(r"\s*")
_SPACE_RUN = re.compile(r"\s+")


# "06 trong số 07 cán bộ", "sáu trong tổng số bảy", "5 trên 9": a part of a whole, as "06/07" is.
_OF_WHOLE = re.compile(r"\s+(?:trong|trên)\s+(?:tổng\s+)?(?:số\s+)?", re.IGNORECASE)


def _parts_of_wholes(text: str, numbers: list[Number]) -> list[Number]:
    """Counts joined by "trong (tổng) số" or "trên" into one fraction: the first is the part
    counted ("sáu trong số bảy cán bộ được công nhận ..." is 6 of 7), the second its whole."""
    if len(numbers) < 2:
        return numbers
    out: list[Number] = []
    skip = -1
    for i, n in enumerate(numbers):
        if i == skip:
            continue
        whole = numbers[i + 1] if i + 1 < len(numbers) else None
        if (whole is not None and n.kind == whole.kind == "count" and n.value <= whole.value
                and _OF_WHOLE.fullmatch(text, n.end, whole.start)):
            out.append(Number(n.value, n.start, whole.end, "fraction", text[n.start:whole.end],
                              denominator=whole.value, written=n.written))
            skip = i + 1
            continue
        out.append(n)
    return out


def title_numbers(text: str, folded: str, rules: Rules, mentions: list[Mention]) -> list[Num]:
    """Numbers in `text` that may count a title, each with its unit word (ind, col, title)."""
    starts = {m.start for m in mentions}
    spans = [(m.start, m.end) for m in mentions]
    out = []
    for n in _parts_of_wholes(text, find_numbers(text)):
        if n.kind not in ("count", "percent", "fraction"):
            continue
        if any(a <= n.start < b for a, b in spans):
            continue  # a digit inside a title phrase
        if names_a_part(text, n.start):
            continue  # "(Phụ lục 6)", "Biểu số 02": a part's label, no count (label_numbers.py)
        unit = None
        end = n.end
        um = rules.units.match(folded, n.end)
        gap = _SPACES.match(folded, n.end)
        if gap.end() in starts or opens_quoted_title(folded, n.end, starts):  # quoted_titles.py
            unit = "title"  # "18 người lao động trực tiếp": the title, not the unit word "người"
        elif um and any(n.end <= a < um.end() for a, _ in spans):
            unit = "title"  # "11/40 là cán bộ lãnh đạo, quản lý": the title begins inside
        elif um:
            unit = rules.unit_kind.get(_SPACE_RUN.sub(" ", um.group("u")))
            end = um.end()
            while True:  # "12 viên chức, người lao động": one unit phrase, unless a title starts
                more = rules.more_units.match(folded, end)
                if not more or any(end <= a < more.end() for a, _ in spans):
                    break
                end = more.end()
        else:
            for spec in rules.specs.values():  # "05 đề tài, sáng kiến": the figure's own count word
                if spec.count_words and spec.count_words.match(folded, gap.end()):
                    unit = "title"
                    break
            if unit is None and counts_a_thing(text, n.end, rules):
                continue  # "27 sản phẩm đạt giải": a count of another thing (counted_things.py)
        if n.weak and unit is None and n.kind == "count":
            continue  # "năm", "ba" alone are words, not numbers
        out.append(Num(n, unit, end))
    # A table row flattened into a line (OCR, PDF): "4 Giấy khen 05 07 Chủ tịch UBND xã" — the
    # leading number is the row's STT, not a count of the title.
    if len(out) >= 2 and out[0].unit == "title" and not text[:out[0].n.start].strip():
        title = next((m for m in mentions if m.start >= out[0].end), None)
        if title is not None and not text[title.end:out[1].n.start].strip(" :") and out[1].n.start >= title.end:
            out = out[1:]
    return out


@dataclass
class Candidate:
    """One statement of a figure; per figure the highest score wins, the first found on a tie."""

    figure: str
    value: int | float
    score: float
    order: int
    evidence: Evidence
    note: str | None = None
    proposal: bool = False
    # A figure reached as a sum of stated parts: (value, Evidence) per part, in reading order.
    parts: list | None = None


def lead_figure(lead: str, rules: Rules) -> str | None:
    """The one count figure the nearest heading or "...:" lead-in names, if exactly one."""
    cache = rules.lead_cache
    if lead in cache:
        return cache[lead]
    if len(cache) >= 512:
        cache.clear()  # cleared before storing: the answer is returned, never lost to the clear
    figure = cache[lead] = _lead_figure_uncached(lead, rules)
    return figure


def _lead_figure_uncached(lead: str, rules: Rules) -> str | None:
    for part in reversed(lead.split("|")):
        part = part.strip()
        if not part:
            continue
        figures = {m.figure for m in find_mentions(part, fold(part), rules) if rules.specs[m.figure].kind == "count"}
        return figures.pop() if len(figures) == 1 else None
    return None
