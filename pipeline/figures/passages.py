"""Figures stated in parts over one passage: the sum of the award statements (extract.py's helper).

A figure whose parts add up (`parts_add` in the rules: thematic and ad-hoc awards) is often
given award by award, over several sentences, instead of as one number: the district chairman's
Giấy khen in one sentence, a sector's in the next, the province's Bằng khen after. Within ONE
passage that is about the figure — the paragraphs under a heading naming it, the items under a
"...:" lead-in naming it, or a paragraph opened by a label naming it ("Về khen thưởng đột xuất:
...", one more item of its heading's passage when the heading names the same figure) — each statement with an awarding verb is a part: its collective and individual counts
("01 tập thể và 02 cá nhân") plus the recipients it names one by one ("cho tập thể Phòng",
"đồng chí Nguyễn Văn A"; the unit itself by its kind, "cho cơ quan và 03 cá nhân", as prose.py). Statements naming another figure's title (the 2022 annual titles),
proposals and plans are no part. A passage stating a total or a breakdown ("tổng cộng", "gồm",
or its label's count broken down, "Khen đột xuất: 02 (01 tập thể, 01 cá nhân). ...") keeps its
stated total: the sum is then only compared with it. Never across passages.
The sum is a Candidate with its parts (value, Evidence) for the note and the review page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tdkt.pipeline.figures.comparisons import compared_count
from tdkt.pipeline.figures.inline_names import sentence_list
from tdkt.pipeline.figures.mentions import Candidate, find_mentions, lead_figure, sentence_mentions
from tdkt.pipeline.figures.prose import _self_partner, opens_with_past, past_paragraph, period_heading
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.figures.title_recap import counts_titles
from tdkt.pipeline.numbers import find_numbers, fold
from tdkt.pipeline.record import Evidence

# A paragraph opened by a label: "Về khen thưởng đột xuất, chuyên đề: ...", "Khen đột xuất 2023: ...".
_LABEL = re.compile(r"^\s*(?:[-+•*]\s*)?(?:ve\s+)?(?P<label>[^:;.]{3,90}):")


# After a count's unit word: an aside opening at once or after a few words of the same clause
# ("của Phòng", "thuộc Trạm"), with no number before it, names the recipients counted.
_ASIDE_AFTER_COUNT = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,4}?\(")
# "01 cá nhân là ông Nguyễn Văn A": the recipient named right after "là" is the one counted.
_APPOSITION_AFTER_COUNT = re.compile(r"[ \t]*,?[ \t]*là[ \t]+")
# "03 cá nhân thuộc Tổ Kỹ thuật", "01 cá nhân của Phòng": the body named right after the count is
# whose the counted are, not one more recipient.
_WHOSE_AFTER_COUNT = re.compile(r"[ \t]*(?:thuộc|của)[ \t]+")

# After the recipients, the award's reason: its numbers count no recipient ("... đã cứu 02 học sinh").
_REASON = re.compile(r"(?<!\w)(?:đã|vì đã|do đã)(?!\w)")


# Between two counted recipients of one statement: a joining word or punctuation ("01 tập thể
# và 02 cá nhân", "01 tập thể (Tổ ...), 02 cá nhân"); words with neither open the deed.
# A comma or "và" in a longer gap still lists another recipient ("02 tập thể về phòng cháy, 05 cá nhân").
_JOINED = re.compile(r"^[\s,;+]*(?:(?:và|cùng|với|cùng với)[\s,]*)?$|[,;]|(?<!\w)và(?!\w)")
_PARENS = re.compile(r"\([^()]*\)")

# "03 lượt (01 tập thể, 02 cá nhân)": a parenthesis after a count's unit, right after it or after
# a few words of the same clause ("10 lượt tập thể, cá nhân được khen đột xuất (03 tập thể, 07 cá
# nhân)"): no number, semicolon or sentence stop between them.
_PAREN_AFTER_COUNT = re.compile(r"[^()\d;.]{0,80}?\(([^()]*)\)")


def _breakdown_end(text: str, at: int, value, numbers) -> int:
    """Where a parenthesis right after a count ends when its counts add up to that count (its
    breakdown: "03 lượt (01 tập thể, 02 cá nhân)" is 3, not 6); else -1."""
    m = _PAREN_AFTER_COUNT.match(text, at)
    if not m:
        return -1
    inner = [n.value for n in numbers if n.kind == "count" and m.start(1) <= n.start < m.end(1)]
    return m.end() if len(inner) >= 2 and sum(inner) == value else -1


def _label_total(text: str, value: int) -> bool:
    """Does a count right after the opening label's colon stand with its breakdown in a
    parenthesis ("Khen đột xuất: 02 (01 tập thể, 01 cá nhân)"), both worth `value`?"""
    colon = text.find(":")
    numbers = find_numbers(text)
    first = next((n for n in numbers if n.start > colon), None)
    if colon < 0 or first is None or text[colon + 1:first.start].strip() or first.kind != "count" \
            or first.value != value:
        return False
    return _breakdown_end(text, first.end, first.value, numbers) >= 0


def _in_aside(text: str, count_end: int, at: int) -> bool:
    """Is `at` inside the parenthesis right after a count ("01 cá nhân (...)") that is no breakdown?"""
    m = _ASIDE_AFTER_COUNT.match(text, count_end)
    if not m or at < m.end():
        return False
    close = text.find(")", m.end())
    return close < 0 or at < close


@dataclass
class _Passage:
    figure: str
    parts: list[tuple[int, Evidence, int, float]] = field(default_factory=list)  # value, evidence, order, score
    stated: bool = False  # a total or a breakdown is stated in it
    # "Tổng cộng 01 tập thể, 03 cá nhân." closing the passage, with no title: the figure's total
    total: tuple[int, Evidence, int] | None = None


class PassageSums:
    """Feed every sentence in reading order (`add`); `candidates()` gives one sum per passage."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.figures = {name for name, spec in rules.specs.items() if spec.parts_add and spec.kind == "count"}
        self.passages: dict[tuple, _Passage] = {}
        self.absorbed: set[int] = set()  # ids of candidates of an absorbed figure stated in a passage
        self._labelled: dict[str, str | None] = {}  # paragraph -> the figure its opening label names
        self._led: dict[str, tuple] = {}  # lead -> (the figure it names, the figure whose period label it is)
        # (lead, paragraph, where) -> _passage_of's answer: the clauses of one paragraph share it
        self._places: dict[tuple, tuple | None] = {}
        # sentence (lower case) -> the figure it states a count of: a called end note read under it
        # as its lead-in is its breakdown (end_notes.py), the sum of the note's parts no rival total
        self._stating: dict[str, str] = {}

    def _label_figure(self, paragraph: str) -> str | None:
        """The parts-adding figure a paragraph's opening label names; folded once per paragraph,
        not once per sentence of it."""
        if paragraph not in self._labelled:
            fig = None
            # no colon, no label: most paragraphs are spared folding (fold and lower make no colon);
            # _LABEL ends at the first colon and lower() and fold() work character by character, so
            # the text up to that colon is all it reads
            colon = paragraph.find(":")
            head = paragraph[:colon + 1] if colon >= 0 else ""
            # _LABEL allows no "." or ";" before its colon (nor do lower() and fold() make one):
            # a paragraph with one there is spared folding
            m = _LABEL.match(fold(head.lower())) if head and "." not in head and ";" not in head else None
            if m:
                label = paragraph[m.start("label"):m.end("label")]
                found = {x.figure for x in find_mentions(label, fold(label), self.rules)}
                if len(found) == 1 and (one := found.pop()) in self.figures:
                    fig = one
            self._labelled[paragraph] = fig
        return self._labelled[paragraph]

    def _passage_of(self, sent) -> tuple[str, tuple] | None:
        """(figure, key) of the passage `sent` belongs to, or None."""
        paragraph = sent.paragraph or sent.text
        led, period = self._lead_figures(sent.lead)
        if (fig := self._label_figure(paragraph)) is not None and fig != led:
            return fig, ("label", sent.where, paragraph)
        # an item labelled by the figure its heading names ("Khen đột xuất: ..." under "2. Khen
        # thưởng chuyên đề, đột xuất") is one more part of the heading's passage
        if led in self.figures:
            return led, ("lead", sent.lead)
        if period is not None:
            return period, ("lead", sent.lead)
        return None

    def _lead_figures(self, lead: str) -> tuple[str | None, str | None]:
        """(the count figure `lead` names, the one figure whose period label it is when it names
        none), asked once per lead: the sentences under one heading share it."""
        held = self._led.get(lead)
        if held is None:
            led = period = None
            if lead.strip(" |"):
                led = lead_figure(lead, self.rules)
                if led is None:
                    # a heading that is one of a figure's period labels alone ("2. Khen thưởng trong 6
                    # tháng đầu năm 2023"): its awards are that figure's, as prose.py absorbs them
                    low = lead.lower()
                    found = [f for f in self.figures if period_heading(self.rules.specs[f], low)]
                    period = found[0] if len(found) == 1 else None
            held = self._led[lead] = (led, period)
        return held

    def add(self, sent, found: list[Candidate], order: int) -> None:
        if not self.figures:
            return
        for c in found:
            if c.figure in self.figures and c.value and not c.proposal:
                self._stating[sent.text.lower()] = c.figure
        at = (sent.lead, sent.paragraph or sent.text, sent.where)  # all _passage_of reads
        place = self._places.get(at, self)
        if place is self:
            place = self._places[at] = self._passage_of(sent)
        if place is None or past_paragraph(sent, self.rules):
            return  # no passage, or last year's work left in the report (prose.past_paragraph)
        figure, key = place
        passage = self.passages.get(key)
        if passage is None:
            passage = self.passages[key] = _Passage(figure)
            passage.stated = key[0] == "lead" and self._called_by_total(key[1], figure)
        rules = self.rules
        spec = rules.specs[figure]
        # A Giấy khen stated in a passage about ad-hoc awards is one of them (or proposed as one),
        # never the annual figure; unless its sentence opens with the year before ("năm 2022 có ...").
        absorbed = [id(c) for c in found if c.figure in spec.absorbs]
        if absorbed and not opens_with_past(sent.text, rules):  # the opening read only when it decides
            self.absorbed.update(absorbed)
        low = sent.text.lower()
        if counts_titles(fold(low)):
            return  # "Như vậy, ... 01 danh hiệu tập thể, 19 danh hiệu cá nhân và 07 Giấy khen": a recap (title_recap.py)
        ctx = rules.ctx
        if found and all(rules.specs[c.figure].kind == "percent" for c in found):
            return  # "Trong tổng số ... được khen, ... chiếm 60%": a ratio's denominator, no total of the passage
        if (ctx.get("total") and ctx["total"].search(low)) or (ctx.get("breakdown") and ctx["breakdown"].search(low)) \
                or any(c.figure == figure and c.score >= 4 for c in found):
            passage.stated = True
            # "Như vậy, 03 xã đã báo cáo có 02 sáng kiến ...": a total of another figure's statement
            if ctx.get("total") and ctx["total"].search(low) and not any(c.figure == figure for c in found) \
                    and passage.total is None and not any(c.figure not in spec.absorbs for c in found):
                value = self._statement_count(sent.text, fold(sent.text))
                if value:
                    passage.total = (value, Evidence(sent.text[:300], sent.where), order)
            return
        if ctx.get("proposal") and ctx["proposal"].search(low):
            return  # proposals are not awards
        if ctx.get("plan") and ctx["plan"].search(low) and not (ctx.get("award") and ctx["award"].search(low)):
            return  # a plan; "Chương trình mục tiêu quốc gia" in an award's reason is no plan
        # Under a "...:" lead-in naming the figure, its items are its awards with or without a
        # verb of their own ("Khen đột xuất 6 tháng: - Khu phố A: 01 tập thể và 02 cá nhân ...").
        under_colon_lead = key[0] == "lead" and lead_figure(sent.lead.split("|")[-1], rules) == figure
        if not under_colon_lead and not (ctx.get("award_verb") and ctx["award_verb"].search(low)):
            return
        folded = fold(sent.text)
        mentions = sentence_mentions(sent, folded, rules)
        if any(m.figure != figure and m.figure not in spec.absorbs for m in mentions):
            return  # a statement of another figure (a 2022 annual title), not a part of this one
        value = self._statement_count(sent.text, folded) or len(sentence_list(sent))  # "cho: 1. Ông A; 2. ..."
        # "Hội Nông dân xã được Chủ tịch UBND huyện tặng Giấy khen": one body, counted 1 by prose.py
        value = value or next((1 for c in found if c.value == 1 and c.figure == figure), 0)
        if value and key[0] == "label" and _label_total(sent.text, value):
            # "Khen đột xuất 6 tháng: 02 (01 tập thể, 01 cá nhân). HTX A được ...; anh B được ...": the
            # label's count, broken down, is the passage's total; the statements after it are its parts
            passage.stated = True
            passage.total = passage.total or (value, Evidence(sent.text[:300], sent.where), order)
            return
        if value:
            score = max([c.score for c in found if c.figure == figure], default=0.0)
            passage.parts.append((value, Evidence(sent.text[:300], sent.where), order, score))

    def _called_by_total(self, lead: str, figure: str) -> bool:
        """Is `lead` "<heading> | <a sentence stating a count of `figure`>" — an end note called by
        the body's total ("... có 03 lượt ... được khen thưởng chuyên đề(18).")?"""
        segments = lead.split(" | ")
        return len(segments) > 1 and self._stating.get(segments[1]) == figure

    def _statement_count(self, text: str, folded: str) -> int:
        """Collective and individual counts of one statement, plus recipients named one by one."""
        rules = self.rules
        total = 0
        spans = []
        kinds = []  # each span's unit: "ind" | "col"
        reason = len(text)  # where the award's reason opens, after the first recipients
        broken_down = -1  # end of a parenthesis breaking down the count before it
        numbers = find_numbers(text)
        for n in numbers:
            if n.kind != "count" or n.start >= reason or n.start < broken_down:
                continue  # "... 01 cá nhân đã dũng cảm cứu 02 học sinh": the deed's numbers
            if compared_count(text, n.start):
                continue  # "(cùng kỳ năm 2022: 02 tập thể)": another period's (comparisons.py)
            if spans and _in_aside(text, spans[-1][1], n.start):
                continue  # "01 cá nhân (anh ..., dũng cảm cứu 02 học sinh)": the deed in the recipient's aside
            um = rules.units.match(folded, n.end)
            kind = rules.unit_kind.get(re.sub(r"\s+", " ", um.group("u"))) if um else None
            if kind in ("ind", "col"):
                if spans and not _JOINED.search(_PARENS.sub("", text[spans[-1][1]:n.start])):
                    break  # "01 cá nhân dũng cảm cứu 03 người": the deed's count, not a recipient
                total += int(n.value)
                spans.append((n.start, um.end()))
                kinds.append(kind)
                broken_down = _breakdown_end(text, um.end(), n.value, numbers)
                if reason == len(text) and (r := _REASON.search(text.lower(), um.end())):
                    reason = r.start()
        # "01 cá nhân (ông Nguyễn Văn A, ...)", "01 cá nhân của Phòng (đ/c Trần Thị B)": the counted
        # recipient named in an aside right after the count, or after a few words saying whose, is not another
        asides = [(m.end(), text.find(")", m.end())) for _, um_end in spans
                  if (m := _ASIDE_AFTER_COUNT.match(text, um_end))]
        asides += [(m.end(), m.end() + 1) for _, um_end in spans
                   if (m := _APPOSITION_AFTER_COUNT.match(text, um_end))]
        asides += [(m.end(), m.end() + 1) for _, um_end in spans
                   if (m := _WHOSE_AFTER_COUNT.match(text, um_end))]
        named = rules.ctx.get("named_recipient")
        named_first = False  # a recipient named before the first count ("cho tập thể Phòng và 03 cá nhân")
        if named:
            for m in named.finditer(text.lower()):
                if any(a <= m.start() < b for a, b in spans):
                    continue  # "01 tập thể": the unit word of a count
                if m.start() >= reason or any(a <= m.start() < b for a, b in asides):
                    continue
                rest = text[m.end():m.end() + 2].lstrip()
                if rest[:1].isupper():  # "tập thể Phòng", "đồng chí Lê Văn Hòa", "đồng chí Trưởng phòng"
                    total += 1
                    named_first = named_first or (bool(spans) and m.start() < spans[0][0])
        if kinds == ["ind"] and not named_first and _self_partner(text[:spans[0][0]], rules):
            total += 1  # "tặng Giấy khen cho cơ quan và 03 cá nhân": the unit itself and 3, as in prose
        return total

    def candidates(self) -> tuple[list[Candidate], list[Candidate]]:
        """(sums to choose from, sums of passages that state their own total: only compared)."""
        out, compared = [], []
        for passage in self.passages.values():
            if passage.total is not None:
                value, evidence, at = passage.total
                out.append(Candidate(passage.figure, value, 4, at, evidence))
            parts = passage.parts
            if len(parts) >= 3 and parts[-1][0] == sum(v for v, _, _, _ in parts[:-1]):
                parts = parts[:-1]  # "... Trong 6 tháng có 10 lượt ...": the last statement sums up the others
            if len(parts) < 2:
                continue
            value = sum(v for v, _, _, _ in parts)
            first = parts[0]
            score = min(3.5, max(s for _, _, _, s in parts) + 1.5)
            (compared if passage.stated else out).append(
                Candidate(passage.figure, value, score, first[2], first[1], None, False, [(v, e) for v, e, _, _ in parts]))
        return out, compared
