"""Segmentation: a report's body as a tree of sections and a list of sentences.

Headings are recognised from every cue a report gives: heading styles and outline levels, Word
auto-numbering (`Block.list_label`), typed numbering ("Phần thứ nhất", "I.", "A.", "1.",
"1.1.", "a)"), and short bold or ALL CAPS lines without a final period. Nesting follows the
order in which numbering styles first appear (a report that starts with "A." puts "I." under
it), so renumbered or unusual schemes still form a tree.

Each section is then matched to the directive's sections (rules file, `sections:`) by what its
title says (cue phrases), and when the title says nothing, by its content — never by its
number, because real reports merge, split and reorder the directive's sections.

Sentences are split with underthesea's sent_tokenize (fast: ~0.1 ms a paragraph; its file is
loaded alone, without the package's 1 s __init__, and only for paragraphs that may hold two). Its
word_tokenize (~1 s model load, ~3 ms a title) was tried as a fallback for titles no cue phrase
matched; on the samples it never changed a section's tag, so titles use cue phrases only. The header, title block and closing
(recipients, signer) are left to pipeline.metadata and are not part of the body.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.matching import Canon, canon_for, phrase_group
from tdkt.pipeline.content_tag_guard import context_winner_blocked
from tdkt.pipeline.ascii_titles import ascii_title_tags, is_ascii_title

_PART = re.compile(r"^(phần\s+(?:thứ\s+)?[^\W\d_]+|phần\s+[IVX\d]+)\s*[.:\-–]?\s*", re.I)
_ROMAN = re.compile(r"^([IVX]{1,4})\s*[.)/\-–]\s*")
_UPPER = re.compile(r"^([A-ZĐ])\s*[.)]\s+")
_MULTI = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\)?\s+")
_ARABIC = re.compile(r"^(\d{1,2})\s*[.)]\s*(?=\D)")
_LOWER = re.compile(r"^([a-zđ])\s*[).]\s+")
_BULLET = re.compile(r"^[\-–—+*•·●○■□▪➢✓]+\s*")
_BULLET_FIRST = frozenset("-–—+*•·●○■□▪➢✓")  # what _BULLET can start with
_FINAL_STOP = re.compile(r"[.;]\s*$")
_NUMBER_ONLY = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđA-ZĐ])\s*[.)]$")
_LEADING_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])\s*[.)]\s+")
_LEADING_NUMBER_FIRST = frozenset("IVXabcdefghijklmnopqrstuvwxyzđ")  # and decimal digits
_ORDINAL_CELL = re.compile(r"^(?:\d{1,3}|[IVX]{1,5}|[a-zđ])[.)]?$")
_CLOSING = re.compile(r"^\s*nơi\s+nhận\b", re.I)
# An appendix ("PHỤ LỤC", "Phụ lục số 01") is a part of its own after the body: it closes every
# open section, so its tables are not read as content of the last one (the proposals).
# An attached form is one too ("BIỂU MẪU SỐ 01", "Biểu số 02", "Mẫu số 3"), when a number names it.
_APPENDIX = re.compile(r"^\s*(?:phụ\s+lục\b|(?:biểu(?:\s+mẫu)?|mẫu)\s+(?:số\s*)?\d)", re.I)

MAX_HEADING_WORDS = 20  # longer unnumbered lines are paragraphs, however bold
MAX_NUMBERED_TITLE_WORDS = 16
LONG_SENTENCE = 160  # characters: longer sentences are split at ";" into clauses
INLINE_TITLE_WORDS = 14
MAX_LABEL_WORDS = 10  # "Ưu điểm:", "Phương hướng, nhiệm vụ 6 tháng cuối năm:" on their own line  # "1. Công tác lãnh đạo, chỉ đạo: Ngay từ đầu năm ..." splits at the colon


@dataclass
class Sentence:
    text: str
    canon: str
    index: int
    block: int
    where: Where
    section: "Section"
    is_heading: bool = False
    lead_in: bool = False  # ends with ":" — what it names is told in what follows
    # A later ";" clause of a long sentence: the index of that sentence's first clause.
    first_clause: int | None = None
    words: frozenset = frozenset()  # the canonical words, for the phrase sets' quick test


@dataclass
class Section:
    title: str
    style: str  # numbering style: part, roman, upper, arabic, multi2.., lower, h1.., bold, caps, root
    number: str | None = None
    block: int | None = None
    parent: "Section | None" = None
    children: list["Section"] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)  # own content sentences
    heading_sentence: int | None = None
    tags: set[str] = field(default_factory=set)  # directive section ids matched here
    stop: bool = False  # the heading line ended with "." or ";" like a sentence
    demoted: bool = False  # a statement that looked like a heading: content of its parent

    @property
    def depth(self) -> int:
        return 0 if self.parent is None else self.parent.depth + 1

    def effective_tags(self) -> set[str]:
        node: Section | None = self
        while node is not None:
            if node.tags:
                return node.tags
            node = node.parent
        return set()

    def tag_chain(self) -> list[set[str]]:
        """Own tags and every ancestor's, innermost first (sections without tags skipped)."""
        out, node = [], self
        while node is not None:
            if node.tags:
                out.append(node.tags)
            node = node.parent
        return out

    def has_content(self) -> bool:
        return bool(self.sentences) or any(c.has_content() for c in self.children)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def subtree_sentences(self) -> list[int]:
        out = list(self.sentences)
        for child in self.children:
            out.extend(child.subtree_sentences())
        return sorted(out)


@dataclass
class Segmentation:
    root: Section
    sentences: list[Sentence]

    @property
    def sections(self) -> list[Section]:
        return [s for s in self.root.walk() if s is not self.root]

    def outline(self) -> list[str]:
        """Indented titles with their directive tags, for debugging and tests."""
        return [f"{'  ' * (s.depth - 1)}{s.title} {sorted(s.tags)}" for s in self.sections]


@dataclass
class HeadingCue:
    style: str
    number: str | None
    title: str
    inline: str = ""  # content on the same line after "Title:"


def _split_inline(title: str) -> tuple[str, str]:
    head, sep, rest = title.partition(":")
    if sep and rest.strip() and len(head.split()) <= INLINE_TITLE_WORDS:
        return head.strip(), rest.strip()
    return title, ""


_NUMBERINGS = (("part", _PART), ("multi", _MULTI), ("roman", _ROMAN), ("upper", _UPPER),
               ("arabic", _ARABIC), ("lower", _LOWER))


@lru_cache(maxsize=1024)
def _numberings_for(first: str) -> tuple:
    """The numbering patterns, in order, whose first character can be `first` (speed only: the
    others cannot match a text starting with it)."""
    can_start = {"part": first in ("p", "P"), "multi": first.isdecimal(), "roman": first in ("I", "V", "X"),
                 "upper": "A" <= first <= "Z" or first == "Đ", "arabic": first.isdecimal(),
                 "lower": "a" <= first <= "z" or first == "đ"}
    return tuple((style, rx) for style, rx in _NUMBERINGS if first and can_start[style])


def _numbering(text: str) -> tuple[str, str, str] | None:
    """(style, number, rest) when the text starts with typed numbering."""
    for style, rx in _numberings_for(text[:1]):
        m = rx.match(text)
        if m:
            number = m.group(1)
            if style == "multi":
                style = f"multi{number.count('.') + 1}"
            rest = text[m.end():].strip()
            if rest:
                return style, number, rest
    return None


def heading_cue(block: Block) -> HeadingCue | None:
    """Whether a block is a heading, with its numbering style and title."""
    if block.kind == "table":
        return None
    text = (block.text or "").strip()
    if not text:
        return None
    label = (block.list_label or "").strip()
    styled = block.kind == "heading" or (block.heading_level is not None and block.heading_level <= 6)
    numbered = None
    if label:
        found = _numbering(f"{label} x")
        if found:
            numbered = (found[0], found[1], text)
        elif _BULLET.match(label):
            numbered = None
    if numbered is None:
        numbered = _numbering(text)
    if numbered:
        style, number, rest = numbered
        title, inline = _split_inline(rest)
        n = len(title.split())
        short = n <= MAX_NUMBERED_TITLE_WORDS and (not _FINAL_STOP.search(title) or n <= 10)
        if styled or short or (block.bold and n <= 2 * MAX_NUMBERED_TITLE_WORDS):
            return HeadingCue(style, number, title.rstrip(" :."), inline)
        return None  # a numbered paragraph of content
    if styled:
        return HeadingCue(f"h{block.heading_level or 1}", None, text.rstrip(" :"))
    # At most MAX_HEADING_WORDS words: a split that stops one word past the bound tells it without
    # splitting a long paragraph into all its words.
    few_words = len(text.split(None, MAX_HEADING_WORDS)) <= MAX_HEADING_WORDS
    if few_words and not _FINAL_STOP.search(text) and not _BULLET.match(text):
        letters = [c for c in text if c.isalpha()]
        caps = block.all_caps or (len(letters) >= 4 and all(c.isupper() for c in letters))
        if caps:
            return HeadingCue("caps", None, text.rstrip(" :"))
        if block.bold:
            title, inline = _split_inline(text)
            return HeadingCue("bold", None, title.rstrip(" :"), inline)
    # "- Tồn tại, hạn chế:" on a line of its own labels the lines that follow.
    # (The bullet's removal keeps the text's end: only a text ending with ":" can give a label.)
    if not text.rstrip().endswith(":"):
        return None
    label = _BULLET.sub("", text).strip()
    if label.endswith(":") and len(label.split()) <= MAX_LABEL_WORDS:
        return HeadingCue("label", None, label.rstrip(" :"))
    return None


def _title_length(block: Block) -> bool:
    """Short enough for a trích yếu line: 25 words, or 60 for a centred bold block (a text PDF
    joins a title wrapped over two or three lines into one)."""
    words = len((block.text or "").split())
    return words <= 25 or (words <= 60 and block.alignment == "center" and bool(block.bold))


def body_range(blocks: list[Block]) -> tuple[int, int]:
    """Indices [start, end) of the body: after the title block, before the closing."""
    start, end = 0, len(blocks)
    for i, b in enumerate(blocks[:25]):
        if b.region in ("header-left", "header-right"):
            start = i + 1
            continue
        if re.fullmatch(r"\s*b\s*á\s*o\s+c\s*á\s*o\s*", (b.text or "").lower()):
            start = i + 1
            # The trích yếu follows the document type: centred or bold lines, at most three.
            j = start
            while j < len(blocks) and j < start + 3 and (blocks[j].alignment == "center" or blocks[j].bold) \
                    and _title_length(blocks[j]) and blocks[j].kind != "table" \
                    and not _numbering((blocks[j].text or "").strip()):
                j += 1
            if j == start and j < len(blocks) and len((blocks[j].text or "").split()) <= 20 \
                    and re.match(r"\s*(v/v|về|sơ kết|tổng kết|kết quả|công tác)", (blocks[j].text or "").lower()):
                j += 1
            start = j
            break
    for i in range(start, len(blocks)):
        b = blocks[i]
        if b.region in ("closing-left", "closing-right") or _CLOSING.match(b.text or ""):
            end = i
            break
    return start, end


_SENT_TOKENIZE = None


def _sent_tokenize():
    """underthesea's sent_tokenize, loaded once per process from its own file.

    `import underthesea` runs the package's __init__, which imports every pipeline it has
    (0.6-1.9 s); sent_tokenize is one self-contained file, loaded alone in milliseconds.
    """
    global _SENT_TOKENIZE
    if _SENT_TOKENIZE is None:
        from tdkt.pipeline.submodule import load_submodule

        module = load_submodule("underthesea", "pipeline/sent_tokenize/__init__.py", "_tdkt_underthesea_sent_tokenize")
        if module is not None and callable(getattr(module, "sent_tokenize", None)):
            _SENT_TOKENIZE = _punkt_skipping(module) or module.sent_tokenize
        else:
            from underthesea import sent_tokenize  # another layout of the library: the whole package

            _SENT_TOKENIZE = sent_tokenize
    return _SENT_TOKENIZE


# underthesea's sent_tokenize/__init__.py versions whose loop `_punkt_skipping` copies (9.5.0).
_PUNKT_FILES = frozenset({"9fad5c8510a2bf9df2b94b59217d4351a5496eaa7210dd5e0ce610beddf6dab7"})


def _punkt_skipping(module):
    """underthesea's own tokenizer, its loop jumping from one ".?!" to the next.

    Its `sentences_from_text` steps through the paragraph one character at a time in Python
    (most of segmentation's cost) although only ".", "?" and "!" can end a sentence. This is the
    same loop with the steps between them done by a regex search; every decision (ellipsis, the
    library's abbreviations and numbers, `_is_sentence_boundary`) is the library's. Used only
    while the library's tokenizer is the one this loop copies (tests compare the two on real
    paragraphs); else None, and the library's function is used as it is.
    """
    cls = getattr(module, "PunktSentenceTokenizer", None)
    load = getattr(module, "_load_model", None)
    if cls is None or load is None or not hasattr(cls, "_is_sentence_boundary"):
        return None
    try:
        source = Path(module.__file__).read_bytes()
    except (OSError, TypeError):
        return None
    if hashlib.sha256(source).hexdigest() not in _PUNKT_FILES:
        return None  # another version of the library: its own loop, whatever it now does
    load()
    tok = module.sentence_tokenizer
    if type(tok) is not cls:
        return None
    ends = tok.SENT_END_CHARS
    next_end = re.compile("[" + re.escape("".join(sorted(ends))) + "]").search
    boundary = tok._is_sentence_boundary

    def sentences_from_text(text: str) -> list[str]:
        if not text or not text.strip():
            return []
        sentences: list[str] = []
        start = 0
        n = len(text)
        i = 0
        while True:
            m = next_end(text, i)
            if m is None:
                break
            i = m.start()
            if text[i] == ".":
                dot_end = i
                while dot_end < n and text[dot_end] == ".":
                    dot_end += 1
                if dot_end - i >= 3:
                    after = dot_end
                    while after < n and text[after] in " \t":
                        after += 1
                    if after >= n or text[after].isupper():
                        sentence = text[start:dot_end].strip()
                        if sentence:
                            sentences.append(sentence)
                        while dot_end < n and text[dot_end] in " \t\n\r":
                            dot_end += 1
                        start = dot_end
                    i = dot_end
                    continue
            if boundary(text, i):
                end = i + 1
                while end < n and text[end] in ends:
                    end += 1
                sentence = text[start:end].strip()
                if sentence:
                    sentences.append(sentence)
                while end < n and text[end] in " \t\n\r":
                    end += 1
                start = end
                i = end
                continue
            i += 1
        final = text[start:].strip()
        if final:
            sentences.append(final)
        return sentences

    return sentences_from_text


def _sentence_clauses(text: str) -> list[list[str]]:
    """The sentences of a paragraph, each as its ";" clauses (one clause unless long)."""
    text = text.strip()
    if not text:
        return []
    if len(text) < 80 or "." not in text[:-1] and "!" not in text and "?" not in text:
        return [[text]]
    out: list[str] = []
    for piece in (s.strip() for s in _sent_tokenize()(text)):
        if not piece:
            continue
        if out and _NUMBER_ONLY.match(out[-1]):
            out[-1] = f"{out[-1]} {piece}"  # "1." split off its sentence
        else:
            out.append(piece)
    return [_clauses(sentence) for sentence in out]


def _clauses(sentence: str) -> list[str]:
    """A long sentence chaining statements with ";" is judged clause by clause.

    Reports fold a half-year into one paragraph ("...đạt 104% chỉ tiêu; hưởng ứng phong trào X,
    hội viên đã hiến 1.800 m2 đất; ..."): a target in one clause must not disqualify the next.
    """
    if len(sentence) < LONG_SENTENCE or ";" not in sentence:
        return [sentence]
    parts: list[str] = []
    for part in sentence.split(";"):
        part = part.strip()
        if not part:
            continue
        if parts and len(part.split()) < 4:
            parts[-1] = f"{parts[-1]}; {part}"
        else:
            parts.append(part)
    return parts


def _push(stack: list[Section], section: Section) -> None:
    """Nest by numbering style: a style already open closes everything under it."""
    if len(stack) > 1 and stack[-1].style == "label":
        stack.pop()  # a label holds the lines under it, never other headings
    styles = [s.style for s in stack]
    if section.style == "label":
        pass
    elif section.style in styles[1:]:
        del stack[styles.index(section.style, 1):]
    elif section.style.startswith("h") and section.style[1:].isdigit():
        # Heading styles nest by level: h2 under h1, an h1 closes open h2/h3.
        level = int(section.style[1:])
        while len(stack) > 1 and stack[-1].style.startswith("h") and stack[-1].style[1:].isdigit() \
                and int(stack[-1].style[1:]) >= level:
            stack.pop()
    elif section.style in ("bold", "caps") and len(stack) > 1 and stack[-1].style in ("bold", "caps") \
            and not stack[-1].has_content():
        pass  # two unnumbered heading lines in a row: the second nests under the first
    elif section.style in ("bold", "caps") and len(stack) > 1 and stack[-1].style == section.style:
        stack.pop()
    parent = stack[-1]
    section.parent = parent
    parent.children.append(section)
    stack.append(section)


def segment(document: Document, ruleset=None, canon: Canon | None = None) -> Segmentation:
    """Sections and sentences of the body; sections tagged with the directive's section ids."""
    canon = canon or canon_for(ruleset)
    blocks = document.blocks
    start, end = body_range(blocks)
    root = Section(title="", style="root")
    stack = [root]
    sentences: list[Sentence] = []

    def add(text: str, bi: int, where: Where, section: Section, heading: bool = False,
            first_clause: int | None = None) -> int:
        stripped = text.strip()
        body = stripped  # the subs only where their first character can start a match (speed)
        if body[:1] in _BULLET_FIRST:
            body = _BULLET.sub("", body)
        first = body[:1]
        if first.isdecimal() or first in _LEADING_NUMBER_FIRST:
            body = _LEADING_NUMBER.sub("", body)
        canon_text, words = canon.text_words(body)
        s = Sentence(text=stripped, canon=canon_text, index=len(sentences),
                     block=bi, where=where, section=section, is_heading=heading,
                     lead_in=stripped.endswith(":"), words=words,
                     first_clause=first_clause)
        sentences.append(s)
        return s.index

    def add_text(text: str, bi: int, where: Where, section: Section) -> None:
        for clauses in _sentence_clauses(text):
            first = None
            for k, clause in enumerate(clauses):
                index = add(clause, bi, where, section, first_clause=first)
                section.sentences.append(index)
                if k == 0:
                    first = index

    for bi in range(start, end):
        block = blocks[bi]
        if block.region in ("header-left", "header-right", "closing-left", "closing-right"):
            continue
        cue = heading_cue(block)
        if cue:
            section = Section(title=cue.title, style=cue.style, number=cue.number, block=bi,
                              stop=bool(_FINAL_STOP.search(block.text or "")))
            if _APPENDIX.match(cue.title):
                del stack[1:]
            _push(stack, section)
            section.heading_sentence = add(cue.title, bi, block.where, section, heading=True)
            add_text(cue.inline, bi, block.where, section)
            continue
        section = stack[-1]
        if block.kind == "table" and block.rows:
            for r, row in enumerate(block.rows, start=1):
                cells = [c.strip() for c in row if c and c.strip()]
                if len(cells) > 1 and _ORDINAL_CELL.match(cells[0]):
                    cells = cells[1:]  # the "TT" column is a row number, not a quantity
                line = " | ".join(cells)
                if line:
                    where = Where(page=block.where.page, paragraph=block.where.paragraph,
                                  table=block.where.table, row=r)
                    section.sentences.append(add(line, bi, where, section))
            continue
        add_text(block.full_text if not block.list_label or _BULLET.match(block.list_label) else block.text,
                 bi, block.where, section)
    _demote_content_lines(root, sentences)
    if ruleset is not None:
        tag_sections(root, sentences, ruleset, canon)
    return Segmentation(root=root, sentences=sentences)


def _demote_content_lines(root: Section, sentences: list[Sentence]) -> None:
    """A numbered line with nothing under it that reads like a statement is content, not a title.

    "3. Công tác khen thưởng" followed by the next heading stays an (empty) heading; "a) Tiếp tục
    đẩy mạnh chuyển đổi số." in a list of tasks is a sentence of its section.
    """
    for section in root.walk():
        if section is root or section.children or section.sentences or section.heading_sentence is None:
            continue
        if section.style in ("roman", "part", "upper", "caps") or section.style.startswith("h"):
            continue
        words = len(section.title.split())
        if words >= 6 or section.stop:
            sentence = sentences[section.heading_sentence]
            sentence.is_heading = False
            section.sentences.append(sentence.index)
            section.demoted = True


# --- matching sections to the directive -------------------------------------------------------

def directive_sections(ruleset) -> list[dict]:
    return list((ruleset.raw if hasattr(ruleset, "raw") else ruleset).get("sections") or [])


def tag_sections(root: Section, sentences: list[Sentence], ruleset, canon: Canon) -> None:
    """Tag each section with the directive sections its title names (and none of their
    `not_title` words veto), else, for a section without sub-sections, the one its first content
    sentences name most clearly. Each kind of phrase set is matched in one pass over the report
    (matching.PhraseGroup: the answers of `PhraseSet.hits`, sentence by sentence): the titles
    first, then the content of the sections left untagged. A section's content winner reads only
    its ancestors' tags (context_winner_blocked), which are titles' (a section with sub-sections
    is never tagged by content), so the two passes give what one walk did."""
    specs = directive_sections(ruleset)
    if not specs:
        return
    title_sets = [(spec["id"], canon.phrases(spec.get("title") or [])) for spec in specs]
    vetoes = {spec["id"]: canon.phrases(spec.get("not_title") or []) for spec in specs}
    content_sets = [(spec["id"], canon.phrases(spec.get("content") or [])) for spec in specs]
    sections = [section for section in root.walk() if section is not root and not section.demoted]
    titles = []
    for section in sections:
        title = canon.text(section.title)
        titles.append((title, frozenset(title.split())))
    titled = phrase_group([ps for _, ps in title_sets]).match(titles)
    vetoed = phrase_group([vetoes[sid] for sid, _ in title_sets]).match(titles)
    titled = [frozenset(found) for found in titled]
    vetoed = [frozenset(found) for found in vetoed]
    untagged = []
    for k, section in enumerate(sections):
        section.tags = {sid for n, (sid, _) in enumerate(title_sets) if k in titled[n] and k not in vetoed[n]}
        if not section.tags and is_ascii_title(section.title):  # a heading typed without diacritics
            section.tags = ascii_title_tags(section.title, specs, canon)
        if section.tags:
            continue
        # Nothing in the title: let the content say, when it says one thing clearly.
        own = [sentences[i] for i in section.sentences[:8]]
        if own and not section.children:
            untagged.append((section, own))
    if not untagged:
        return
    scored = [(sid, ps) for sid, ps in content_sets if ps]
    texts = [(c.canon, c.words) for _, own in untagged for c in own]
    hit = phrase_group([ps for _, ps in scored]).match(texts)
    at = 0
    for section, own in untagged:
        span = range(at, at + len(own))
        at += len(own)
        scores = {sid: sum(1 for j in hit[n] if j in span) for n, (sid, _) in enumerate(scored)}
        best = max(scores.values(), default=0)
        winners = [sid for sid, v in scores.items() if v == best]
        if best >= 2 and len(winners) == 1 and not context_winner_blocked(section, winners[0], specs):
            section.tags = {winners[0]}
