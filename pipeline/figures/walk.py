"""A document as figure readers see it: sentences and tables in reading order (extract.py's helper).

Skips the header and closing regions, splits paragraphs into sentences and clauses, and carries
the context each sentence reads in: the nearest heading, a "...:" lead-in, whether that heading
is a commendation section, and the previous clause. A table's lead also holds its caption (the
short bold or centred line right above it); everything under a part of the report that is another
scope's (scope.py PartScope) holds that part's words too. Finding titles and numbers in the sentences
is left to mentions.py; reading tables to tables.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tdkt.pipeline.figures.end_notes import block_texts  # the texts end_notes read, handed over
from tdkt.pipeline.figures.end_notes import calls, end_notes, note_body, without_calls
from tdkt.pipeline.figures.member_part import MemberPart
from tdkt.pipeline.figures.report_opening import is_report_opening
from tdkt.pipeline.figures.rules import Rules
from tdkt.pipeline.figures.appendix_title import appendix_title
from tdkt.pipeline.figures.long_title import is_long_title
from tdkt.pipeline.figures.scope import PartScope
from tdkt.pipeline.normalize import normalize_text as _normalize
from tdkt.pipeline.numbering import NUMBERING, without_numbering
from tdkt.pipeline.numbers import find_numbers


@dataclass
class Sentence:
    text: str
    where: str
    lead: str  # lower-case heading and "...:" lead-in above, for context words
    section: bool  # under a commendation heading
    before: str = ""  # the previous clause of the same paragraph ("Tỷ lệ ... 78,6%; lãnh đạo 21,4%")
    paragraph: str = ""  # the whole paragraph, numbering removed (a label at its start covers every clause)


# (?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\-–•+(\"“])|;\s*|\n — written to open with a character class, so that
# re skips in C the positions where no split can start (a leading lookbehind made it try every
# position of every paragraph); the same alternatives in the same order, the same matches.
_SPLIT = re.compile(r"[\s;](?:(?<=[.!?]\s)\s*(?=[A-ZĐÀ-Ỹ\-–•+(\"“])|(?<=;)\s*|(?<=\n))")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")
_HEADING_LIKE = re.compile(r"^\s*(?:[IVX]+\s*\.|\d+(?:\.\d+)*\s*[.)]|[a-zđ]\s*\)|phần\s+thứ)", re.IGNORECASE)


def _is_heading(block, text: str) -> bool:
    if block.kind == "heading" or block.heading_level:
        return True
    if len(text) >= 120:  # a numbered line quoting the directive's long point (long_title.py)
        return bool(block.list_label or _HEADING_LIKE.match(text)) and is_long_title(NUMBERING.sub("", text, 1))
    if block.list_label or _HEADING_LIKE.match(text):
        return not _is_statement(NUMBERING.sub("", text))
    # all letters capitals, at least one: stop at the first small letter (most paragraphs' second)
    letters = False
    for c in text:
        if c.isalpha():
            if not c.isupper():
                return False
            letters = True
    return letters


def _is_statement(text: str) -> bool:
    """A numbered item that is a full sentence with a count ("1. Hội đồng công nhận 64 sáng kiến
    năm học ...") is a point of a list, not a heading: its words are no context for the items after it."""
    if not text.rstrip().endswith(".") or len(text.split()) < 8:
        return False
    return any(n.kind == "count" for n in find_numbers(text))


def _caption(block, text: str) -> str:
    """A table's caption, the short paragraph right above it set apart by its looks ("PHỤ LỤC: TỔNG
    HỢP KẾT QUẢ KHEN THƯỞNG TOÀN HUYỆN", bold, no colon at its end): the table's own lead-in."""
    if len(text) > 200 or text.rstrip().endswith((".", ";", ",")):
        return ""
    if block.bold or block.all_caps or block.alignment == "center":
        return text
    return ""


# A run-on paragraph (a whole section in one sentence, its topics strung by commas: "Công tác khen
# thưởng ..., về sáng kiến, ... chưa đăng ký sáng kiến, về khen thưởng thành tích năm 2022, ...
# công nhận ... cho 18 cá nhân ..."): a comma then "về" opens the next topic, whose words are no
# context of the one before (a pledge, a plan). Only in paragraphs long enough to be such a string.
_TOPIC = re.compile(r",\s+(?=về\s)")
_RUN_ON = 600


def _topic_clauses(part: str, paragraph_length: int) -> list[str]:
    if paragraph_length < _RUN_ON or ", về " not in part:
        return [part]
    return _TOPIC.split(part)


def _note_sentences(block, calling: str, heading: str, parts: PartScope, section: bool):
    """A called end note's clauses, read under its calling sentence as their lead-in."""
    text = note_body(_normalize(block.full_text or ""))
    lead = f"{heading} | {calling}".lower() + (f" | {parts.words}" if parts.words else "")
    before = calling
    for part in (p.strip() for p in _SPLIT.split(text)):
        if part:
            yield ("s", Sentence(part, block.where.label(), lead, section, before, text))
            before = part


def walk(document, rules: Rules):
    """Yield ("s", Sentence) and ("t", block, lead, section) in reading order."""
    heading = ""
    colon_lead = ""
    section_re = rules.ctx.get("section")
    breakdown_re = rules.ctx.get("breakdown")
    last_clause = ""
    context_of = None  # (heading, colon_lead) the lead and section below were computed for
    caption = ""  # the paragraph just read, when it may be the caption of a table below it
    parts = PartScope(rules)  # a part of the report that is another scope's, over all its headings
    members = MemberPart()  # a section about the member organisations, over its sub-headings
    notes = end_notes(document)  # "(10)" called in the body, its note under "Ghi chú:" (end_notes.py)
    note_blocks = set(notes.values())
    texts = block_texts(document)  # each block's normalised text, as end_notes has just read them
    for index, block in enumerate(document.blocks):
        if block.region in ("header-left", "header-right", "closing-left", "closing-right") or index in note_blocks:
            continue
        if context_of != (heading, colon_lead):  # most blocks share their heading and lead-in
            context_of = (heading, colon_lead)
            lead = f"{heading} | {colon_lead}".lower() + (f" | {parts.words}" if parts.words else "")
            lead += f" | {members.words}" if members.words else ""  # a members' section (member_part.py)
            section = bool(section_re and section_re.search(heading.lower()))
        if block.kind == "table" and block.rows:
            yield ("t", block, f"{lead} {caption.lower()}" if caption else lead, section)
            caption = ""
            continue
        text = texts[index] if block.kind != "table" else _normalize(block.full_text or "")  # a table with no rows
        if not text:
            continue
        is_heading = _is_heading(block, text) or appendix_title(text)  # asked once: it reads numbers
        caption = "" if is_heading or text.rstrip().endswith(":") else _caption(block, text)
        if is_heading:
            heading, colon_lead = text, ""
            parts.see_heading(text)
            members.see_heading(text, block.heading_level)
            context_of = (heading, colon_lead)
            lead = f"{heading} | ".lower() + (f" | {parts.words}" if parts.words else "")
            lead += f" | {members.words}" if members.words else ""
            section = bool(section_re and section_re.search(heading.lower()))
        where = block.where.label()
        before = ""
        paragraph = without_numbering(text).strip()
        # "Trong đó: ..." in a paragraph of its own breaks down the total that closed the one
        # before: its clauses read that total as their previous clause too.
        carry = last_clause if breakdown_re and breakdown_re.match(paragraph.lower()) else ""
        for part in (p for whole in _SPLIT.split(text) for p in _topic_clauses(whole, len(text))):
            if notes:
                called = calls(part, notes)
                part = without_calls(part, notes)
            else:
                called = ()
            part = without_numbering(part).strip()
            if part:
                parts.see_clause(part)
                yield ("s", Sentence(part, where, lead, section, f"{carry} {before}".strip(), paragraph))
                before = part
            for n in called:  # the note's figures belong to the passage that calls it
                yield from _note_sentences(document.blocks[notes[n]], part, heading, parts, section)
        last_clause = before
        # ("..., Hội báo cáo như sau:" opens the whole report, not a list: report_opening.py)
        if text.rstrip().endswith(":") and not is_heading and not is_report_opening(text, rules):
            # "UBND xã đề nghị công nhận 4 sáng kiến. Kết quả khen thưởng năm 2022:" — the lead-in
            # is the sentence that ends with the colon, not the statements before it.
            colon_lead = _SENTENCE.split(text.strip())[-1]
