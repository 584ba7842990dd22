"""A department's report on the sector it directs, its own figures set apart: only those count.

A department (Phòng Y tế, Phòng Văn hóa ...) often reports on the whole sector it directs ("Sơ
kết công tác thi đua, khen thưởng ngành Y tế"): the sector's titles table, the health centre's
initiatives, the district chairman's Giấy khen to stations, ratios over the sector's staff —
beside its own few titles. When the report itself sets the office apart ("Riêng Phòng Y tế:
...", "Riêng cơ quan Phòng, ..."), it says that the rest is not the office's: the checklist
asks what the report states "for the unit itself", and the sector's bodies report their own.
Then a statement counts only in that paragraph or when it names the office ("Phòng Y tế có 01
sáng kiến", "tập thể Phòng ..."); the office acting for others ("Phòng đã tham mưu ... tặng
Giấy khen cho 01 tập thể (Trạm Y tế ...)") is no award of its own. Without both marks — a title
naming a sector, a paragraph setting the office apart — nothing changes (a sector report that
never sets its own apart is read as a whole, as before). The office's name is its header line
above "Số: ..."; reading the figures is left to prose.py and tables.py.
A heading may set the office apart as well ("3. Đối với cơ quan Phòng GD&ĐT", "Riêng cơ quan
Phòng"): then the report is a sector's whatever its title says (the heading says the rest is not
the office's), and for the figures (`by_heading`; the items keep `active`) a statement counts only
under that heading or when it names the office; a stated zero of the whole sector ("ngành chưa đề
nghị khen thưởng đột xuất") is the office's zero too (extract.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.numbers import fold

_HEAD_BLOCKS = 20  # the header and the title are within the first blocks
_NUMBER_LINE = re.compile(r"^\s*số\s*[:.]", re.IGNORECASE)
# "... thi đua, khen thưởng ngành Y tế ...", "(Ngành Giáo dục và Đào tạo huyện ...)" (folded)
_SECTOR_TITLE = re.compile(r"thi\s+dua.*\bnganh\b|^\W*\(?\s*nganh\s")
_APART = re.compile(r"^\W*rieng\s+(?:(?:tap\s+the|co\s+quan|don\s+vi)\s+)?(?P<rest>.*)$")
# _APART's necessary first word, read before the whole paragraph is folded: lower() and fold() keep a
# character's word or non-word class, so the paragraph's first word character is where "rieng" must be.
_FIRST_WORD = re.compile(r"\W*")
# The office as the holder of a title: "tập thể Phòng", "công chức Phòng", "của Phòng".
# A heading setting the office apart: "3. Đối với cơ quan Phòng GD&ĐT", "b) Riêng cơ quan Phòng" (folded;
# the kind word follows)
_APART_HEADING = re.compile(r"^\W*(?:[0-9ivxlc]+[.)]|[a-z][.)])?\s*(?:doi\s+voi|rieng)\s+co\s+quan\s+(?P<rest>.*)$")
_HOLDER_WORDS = r"tập thể|cơ quan|công chức|viên chức|cán bộ|của"


def _own_name(blocks) -> str:
    """The issuing office's folded name: the last upper-case header line above "Số: ..."."""
    name = ""
    upper_before = False  # the line before was an upper-case header line too
    for block in blocks[:_HEAD_BLOCKS]:
        text = (block.full_text or "").strip()
        if _NUMBER_LINE.match(text):
            break
        letters = [ch for ch in text if ch.isalpha()]
        if letters and all(ch.isupper() for ch in letters):
            line = fold(text.lower()).strip()
            # "PHÒNG GIÁO DỤC VÀ ĐÀO" / "TẠO": a name wrapped in a narrow header cell, its tail alone
            name = f"{name} {line}" if upper_before and name and len(line.split()) <= 2 else line
            upper_before = True
        else:
            upper_before = False
    return name


def _capitalised_kind(header: str) -> str:
    """"PHÒNG Y TẾ" -> "Phòng": the office's kind word as a sentence writes it."""
    words = header.split()
    return words[0].capitalize() if words else ""


def sector_scope(document) -> "SectorScope":
    """The document's SectorScope, made once and kept on it (figures and items both ask)."""
    scope = document.__dict__.get("_sector_scope")  # not a field: never serialised
    if scope is None:
        scope = document.__dict__["_sector_scope"] = SectorScope(document)
    return scope


class SectorScope:
    """Which statements of a sector report are the office's own (see the module docstring)."""

    def __init__(self, document):
        blocks = [b for b in document.blocks if b.kind == "paragraph"]
        self.name = _own_name(blocks)
        # the office's kind word: "phong" of "phong y te" ("Riêng cơ quan Phòng, ...")
        self.kind = self.name.split()[0] if self.name else ""
        self.kind_word = self.kind_word_of(blocks)
        sector = any(_SECTOR_TITLE.search(fold((b.full_text or "").lower())) for b in blocks[:_HEAD_BLOCKS])
        self.active = bool(self.name) and sector and any(self.sets_apart(b.full_text or "") for b in blocks)
        # A heading setting the office apart makes a sector report of its own (figures only)
        self.by_heading = not self.active and bool(self.name) and any(
            b.kind in ("paragraph", "heading") and len(b.full_text or "") < 120 and self.heading_apart(b.full_text)
            for b in document.blocks)

    def sets_apart(self, paragraph: str) -> bool:
        """"Riêng Phòng Y tế: ...", "Riêng cơ quan Phòng, ...": a paragraph of the office's own."""
        if not self.name:
            return False
        at = _FIRST_WORD.match(paragraph).end()
        if fold(paragraph[at:at + 5].lower())[:5] != "rieng":
            return False  # most paragraphs: not folded whole
        m = _APART.match(fold(paragraph.lower()))
        if not m:
            return False
        rest = m.group("rest")
        return rest.startswith(self.name) or bool(re.match(rf"{re.escape(self.kind)}\s*[:,]", rest))

    def heading_apart(self, heading: str) -> bool:
        """"3. Đối với cơ quan Phòng GD&ĐT": a heading over the office's own paragraphs."""
        m = _APART_HEADING.match(fold(heading.lower().strip()))
        return bool(m and self.kind and re.match(rf"{re.escape(self.kind)}(?!\w)", m.group("rest")))

    def names_office(self, text: str) -> bool:
        """The office by its name ("Phòng Y tế có ...") or as a holder ("tập thể Phòng", "của
        Phòng"; the kind word capitalised and no name after it: "của phòng khám" is another's)."""
        if self.name in fold(text.lower()):
            return True
        kind = self.kind_word
        if not kind:
            return False
        for m in re.finditer(rf"(?i:{_HOLDER_WORDS})\s+{re.escape(kind)}(?!\w)", text):
            # "của Phòng Khám ..." names another body; "công chức Phòng được ..." the office.
            if not text[m.end():].lstrip()[:1].isupper():
                return True
        return False

    def kind_word_of(self, blocks) -> str:
        for block in blocks[:_HEAD_BLOCKS]:
            text = (block.full_text or "").strip()
            if text and fold(text.lower()).strip() == self.name:
                return _capitalised_kind(text)
        return ""

    def keeps_sentence(self, sent) -> bool:
        """False for another body's statement in an active sector report."""
        if self.by_heading:  # "3. Đối với cơ quan Phòng ...": its paragraphs, or a statement naming the office
            return self.heading_apart(sent.lead.split(" | ")[0]) or self.names_office(sent.text)
        if not self.active:
            return True
        return self.sets_apart(sent.paragraph or sent.text) or self.names_office(sent.text)

    def keeps_table(self, lead: str, table) -> bool:
        """A table of an active sector report counts only when its lead-in names the office."""
        if self.by_heading and self.heading_apart(lead.split(" | ")[0]):
            return True
        return not (self.active or self.by_heading) or self.names_office(lead.split("|")[-1] if "|" in lead else lead)
