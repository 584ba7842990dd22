"""Turn positioned words of a page into lines, regions and paragraphs (format-agnostic layout).

Input: words with boxes and font facts (from pdf_chars, or from OCR). Output: Blocks in reading
order with layout cues (bold, caps, size, alignment, indent) and provenance Where(page, line).

What it does: groups words into visual lines, cuts a line into pieces where a wide horizontal
gap separates two columns, finds the two-column header at the top of page 1 (issuer + "Số:"
left, motto + place/date right) and the closing at the end (recipients "Nơi nhận" left, signer
right) and keeps their sides apart, then joins the remaining body lines into paragraphs, and a
paragraph cut by a page break into one (join_page_breaks, over page numbers and running lines).
What it leaves to others: reading files (pdf_reader / ocr_reader), legacy-font decoding and
Unicode normalisation (done on words before they get here), heading *levels* and sections
(segmentation).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from functools import cached_property

from tdkt.pipeline.document import Block, Where

# A line starting like this begins a new paragraph even with no indent or gap.
_STARTS_ITEM = re.compile(
    r"^\s*(?:[-+•·–—*▪►❖]\s|"  # dash/bullet lists
    r"(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđA-ZĐ])[.)]\s|"  # I. 1. 1.2. a) đ) A. B)
    r"(?:Phần|Chương|Mục|Điều|PHẦN|CHƯƠNG|MỤC|ĐIỀU)\s+(?:thứ\s+|THỨ\s+)?\w+|"
    r"Nơi nhận)",
)
_CLOSING_CUE = re.compile(r"^\W{0,3}nơi\s+nhận\s*(?::|$)", re.I)  # the label, not "nơi nhận hồ sơ"
_BULLET = re.compile(r"^\s*[-+•·–—*▪►❖]\s")
_ENDS_SENTENCE = re.compile(r"[.:;!?…]\s*[\"”’)]*$")
_CUT_COMPOUND = re.compile(r"[^\W_][-‐/]$")  # a line ending in a word's own hyphen or slash ("TTLĐTT/")
_TAIL = 16  # both patterns above end in "$": searched on a text's tail, not the whole text
_TRAILING = "\"”’)"


# A gap inside a body row wider than this many ems is a tab stop or a run of spaces between typed
# columns ("1   Tập thể lao động tiên tiến      06      -"); a justified line's stretched word
# space stays well under it.
_TAB_GAP = 2.0


def _ends_sentence(text: str) -> bool:
    """_ENDS_SENTENCE.search(text), on the tail only: a match starts at the last character that
    is neither a space nor a closing quote, so the tail holds it unless the tail is all of those."""
    tail = text[-_TAIL:]
    if len(text) > _TAIL and not tail.strip().strip(_TRAILING).strip():
        return _ENDS_SENTENCE.search(text) is not None
    return _ENDS_SENTENCE.search(tail) is not None


def _cut_compound(text: str) -> bool:
    """_CUT_COMPOUND.search(text): two characters, or three before a final newline ("$")."""
    return _CUT_COMPOUND.search(text[-3:]) is not None
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_ASCII_LOWER = re.compile(r"[a-z]")


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    font: str | None = None
    confidence: float | None = None
    group: tuple | None = None  # OCR: (block, paragraph) as Tesseract numbered them


@dataclass
class Line:
    """One visual line, or one side of a line split by a column gap."""

    words: list[Word]
    page: int
    number: int = 0  # 1-based within the page, in reading order
    region: str | None = None
    tabbed: bool = False  # a body row whose pieces stand apart by a tab stop's gap (typed columns)

    # Computed once: a line's words are never changed after it is made (a joined line is a new Line).
    @cached_property
    def text(self) -> str:
        return " ".join([w.text for w in self.words])

    @cached_property
    def x0(self) -> float:
        return min([w.x0 for w in self.words])

    @cached_property
    def x1(self) -> float:
        return max([w.x1 for w in self.words])

    @cached_property
    def top(self) -> float:
        return min([w.top for w in self.words])

    @cached_property
    def bottom(self) -> float:
        return max([w.bottom for w in self.words])

    @cached_property
    def tally(self) -> "_Tally":
        return _Tally.of(self.words)

    @property
    def bold(self) -> bool | None:
        return self.tally.share(self.tally.bold)

    @property
    def size(self):
        return _dominant_of(self.tally.sizes)

    @property
    def height(self) -> float:
        return max(1.0, self.bottom - self.top)

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class PageGeometry:
    width: float
    left: float  # text-area margins as the page's own lines show them
    right: float

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2


@dataclass
class PageLines:
    page: int
    width: float
    rows: list[list[Line]] = field(default_factory=list)  # visual rows, each cut into pieces
    extras: list[tuple[float, Block]] = field(default_factory=list)  # (top, block) e.g. tables
    # table block id -> (top, bottom, column lefts): lets a table continue across a page break
    table_geometry: dict[int, tuple[float, float, list[float]]] = field(default_factory=dict)
    # table block id -> its cells' drawn lines per row (pdf_cell_wrap.CellLines or None): lets a
    # row the page break cut inside its words be read whole
    cell_lines: dict[int, list[list]] = field(default_factory=dict)
    # body paragraphs as page_blocks made them, in reading order: (lines, block); lets a
    # paragraph that runs over a page break be joined (join_page_breaks)
    body_runs: list[tuple[list[Line], Block]] = field(default_factory=list)


_ROW_WINDOW = 8


def group_rows(words: list[Word], page: int, gap_factor: float = 1.5) -> list[list[Line]]:
    """Words -> visual rows (by vertical overlap), each row cut into column pieces at wide gaps."""
    rows: list[list[Word]] = []
    refs: list[tuple[float, float]] = []  # per row: its first word's vertical centre and height
    for word in sorted(words, key=lambda w: (round(w.top), w.x0)):
        # Rows are opened top-down, so a word can only belong to one of the last few.
        centre, own = (word.top + word.bottom) / 2, word.bottom - word.top
        first = max(0, len(rows) - _ROW_WINDOW)
        for k in range(first, len(rows)):
            ref_centre, ref_height = refs[k]
            # Same row when vertical centres are within half a line height (the taller of the
            # two, at least 1: a dash or a dot has a tiny box of its own). Inline, not max/abs:
            # this runs up to _ROW_WINDOW times per word.
            height = own if own > ref_height else ref_height
            if height < 1.0:
                height = 1.0
            distance = ref_centre - centre
            if (distance if distance >= 0 else -distance) < 0.5 * height:
                rows[k].append(word)
                break
        else:
            rows.append([word])
            refs.append((centre, own))
    rows.sort(key=lambda r: min([w.top for w in r]))
    result: list[list[Line]] = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        size = _median([w.size or (w.bottom - w.top) for w in row])
        pieces: list[list[Word]] = [[row[0]]]
        for prev, word in zip(row, row[1:]):
            # A word space is ~0.25 em (a justified line rarely stretches it past 1 em); the gap
            # between header columns is 2 em or more.
            if word.x0 - prev.x1 > gap_factor * size:
                pieces.append([word])
            else:
                pieces[-1].append(word)
        result.append([Line(words=p, page=page) for p in pieces])
    return result


def _median(values: list[float]) -> float:
    """statistics.median's value (the mean of the two middle ones for an even count), cheaper."""
    values = sorted(values)
    n = len(values)
    if n % 2:
        return values[n // 2]
    return (values[n // 2 - 1] + values[n // 2]) / 2


def geometry(rows: list[list[Line]], width: float) -> PageGeometry:
    lines = [line for row in rows for line in row]
    if not lines:
        return PageGeometry(width, 0.0, width)
    lefts = sorted(line.x0 for line in lines)
    rights = sorted(line.x1 for line in lines)
    # Low/high quantiles, so that one stray mark does not move the margin.
    left = lefts[len(lefts) // 10]
    right = rights[-1 - len(rights) // 10]
    return PageGeometry(width, left, max(right, left + 1))


def column_geometry(geo: PageGeometry, region: str | None) -> PageGeometry:
    """The half of the text area a header/closing side sits in (alignment is judged there)."""
    if region and region.endswith("-left"):
        return PageGeometry(geo.width, geo.left, geo.middle)
    if region and region.endswith("-right"):
        return PageGeometry(geo.width, geo.middle, geo.right)
    return geo


def _side(line: Line, geo: PageGeometry) -> str:
    return "left" if line.centre < geo.middle else "right"


def _off_centre(line: Line, geo: PageGeometry) -> bool:
    return abs(line.centre - geo.middle) > 0.12 * (geo.right - geo.left)


def _two_column_zone(rows: list[list[Line]], geo: PageGeometry) -> int:
    """How many leading rows form a two-column zone (0 when there is none).

    A zone row is either two pieces side by side or one piece clearly off the centre line;
    the zone must hold at least one true two-piece row, or both sides.
    """
    count = 0
    sides: set[str] = set()
    two_piece = False
    prev_bottom: float | None = None
    for row in rows:
        if prev_bottom is not None and row[0].top - prev_bottom > 3 * row[0].height:
            break  # a big vertical gap ends the block
        if len(row) >= 2 and {_side(p, geo) for p in row} == {"left", "right"}:
            two_piece = True
            sides |= {"left", "right"}
        elif len(row) == 1 and _off_centre(row[0], geo) and row[0].x1 - row[0].x0 < 0.62 * (geo.right - geo.left):
            sides.add(_side(row[0], geo))
        else:
            break
        count += 1
        prev_bottom = max(p.bottom for p in row)
    return count if (two_piece or sides == {"left", "right"}) else 0


def assign_regions(pages: list[PageLines]) -> None:
    """Mark header-left/right on page 1's top rows and closing-left/right at the document end."""
    if not pages:
        return
    first = pages[0]
    geo = geometry(first.rows, first.width)
    for row in first.rows[: _two_column_zone(first.rows, geo)]:
        for piece in row:
            piece.region = f"header-{_side(piece, geo)}"
    assign_closing(pages)


def assign_closing(pages: list[PageLines]) -> None:
    # The closing starts at the "Nơi nhận" row in the last two pages and runs to the end,
    # possibly across a page break; without that cue, use the trailing two-column zone.
    tail = pages[-2:]
    start: tuple[int, int] | None = None
    for pi, page in enumerate(tail):
        for ri, row in enumerate(page.rows):
            if any(_CLOSING_CUE.match(p.text) for p in row):
                start = (pi, ri)
    if start is None:
        last = pages[-1]
        geo = geometry(last.rows, last.width)
        n = _two_column_zone(list(reversed(last.rows)), geo)
        if n == 0:
            _assign_earlier_closing(pages[:-2])
            return
        start = (len(tail) - 1, len(last.rows) - n)
    for pi, page in enumerate(tail):
        if pi < start[0]:
            continue
        geo = geometry(page.rows, page.width)
        for row in page.rows[(start[1] if pi == start[0] else 0):]:
            for piece in row:
                if piece.region is None:
                    piece.region = f"closing-{_side(piece, geo)}"


def _assign_earlier_closing(pages: list[PageLines]) -> None:
    """A letter whose closing ("Nơi nhận") lies on an earlier page, its last pages an appendix
    ("Phụ lục" of tasks, a table): the closing runs from the last cue to that page's end."""
    for page in reversed(pages):
        start = next((ri for ri in range(len(page.rows) - 1, -1, -1)
                      if any(_CLOSING_CUE.match(p.text) for p in page.rows[ri])), None)
        if start is not None:
            geo = geometry(page.rows, page.width)
            for row in page.rows[start:]:
                for piece in row:
                    if piece.region is None:
                        piece.region = f"closing-{_side(piece, geo)}"
            return


def _alignment(lines: list[Line], geo: PageGeometry) -> str:
    span = geo.right - geo.left
    first = lines[0]
    if len(lines) > 1 and all(abs(line.centre - geo.middle) < 0.05 * span for line in lines) \
            and any(line.x0 - geo.left > 0.08 * span for line in lines):
        return "center"  # a centred title wrapped over lines, its first one nearly full
    if len(lines) > 1 and all(abs(line.x1 - geo.right) < 0.03 * span for line in lines[:-1]):
        return "justify"
    if first.x0 - geo.left > 0.08 * span and abs(first.centre - geo.middle) < 0.05 * span:
        return "center"
    if first.x0 - geo.left > 0.3 * span and abs(first.x1 - geo.right) < 0.03 * span:
        return "right"
    return "left"


def _all_caps(text: str) -> bool:
    """Three letters or more, all upper case. A lower-case ASCII letter answers at once (most
    paragraphs have one early); otherwise every letter is looked at."""
    if _ASCII_LOWER.search(text):
        return False
    letters = _LETTERS.findall(text)
    return bool(len(letters) >= 3 and all(ch.isupper() for ch in letters))


def join_cell_lines(lines: list[list], cell_right: float, cell_left: float | None = None) -> str:
    """A table cell's text from its lines (words left to right), re-joining a word the renderer
    broke because it did not fit the cell's width ("Khen thưởn" / "g năm 2022", "Ba" / "n" /
    "hà" / "nh" in a narrow column): pdf_cell_wrap decides each line break by the line's
    fullness and what the pieces make."""
    from tdkt.extractors import pdf_cell_wrap

    return pdf_cell_wrap.join_text(lines, cell_right, cell_left)


def join_lines(texts: list[str]) -> str:
    """Join a paragraph's lines with spaces, except after a compound cut at its hyphen
    ("Kế hoạch số 15/KH-" + "UBND", "Covid-" + "19"): the hyphen is kept, no space added."""
    out = texts[0] if texts else ""
    for text in texts[1:]:
        out += ("" if _cut_compound(out) and text[:1].isalnum() else " ") + text
    return out


class _Tally:
    """A run of words' layout cues counted once in one pass: for bold and italic [known,
    characters flagged, characters known]; for sizes and fonts the characters per value, in
    order of first appearance (so that ties go to the first, as _dominant's do). Tallies of
    consecutive lines add up to their block's."""

    __slots__ = ("bold", "italic", "sizes", "fonts")

    def __init__(self) -> None:
        self.bold = [False, 0, 0]
        self.italic = [False, 0, 0]
        self.sizes: dict = {}
        self.fonts: dict = {}

    @classmethod
    def of(cls, words: list[Word]) -> "_Tally":
        tally = cls()
        bold, italic, sizes, fonts = tally.bold, tally.italic, tally.sizes, tally.fonts
        for w in words:
            n = len(w.text)
            if w.bold is not None:
                bold[0] = True
                bold[2] += n
                if w.bold:
                    bold[1] += n
            if w.italic is not None:
                italic[0] = True
                italic[2] += n
                if w.italic:
                    italic[1] += n
            if w.size is not None:
                sizes[w.size] = sizes.get(w.size, 0) + n
            if w.font is not None:
                fonts[w.font] = fonts.get(w.font, 0) + n
        return tally

    @classmethod
    def total(cls, tallies: list["_Tally"]) -> "_Tally":
        if len(tallies) == 1:
            return tallies[0]
        out = cls()
        for t in tallies:
            for mine, theirs in ((out.bold, t.bold), (out.italic, t.italic)):
                mine[0] = mine[0] or theirs[0]
                mine[1] += theirs[1]
                mine[2] += theirs[2]
            for mine_d, theirs_d in ((out.sizes, t.sizes), (out.fonts, t.fonts)):
                for value, n in theirs_d.items():
                    mine_d[value] = mine_d.get(value, 0) + n
        return out

    @staticmethod
    def share(counts: list) -> bool | None:
        """_share's answer from [known, flagged, total]."""
        return counts[1] >= 0.9 * counts[2] if counts[0] else None


def _dominant_of(weights: dict):
    return max(weights, key=weights.get) if weights else None


def make_block(lines: list[Line], geo: PageGeometry, region: str | None) -> Block:
    text = join_lines([line.text for line in lines])
    confidences = [w.confidence for line in lines for w in line.words if w.confidence is not None and w.confidence >= 0]
    tally = _Tally.total([line.tally for line in lines])
    size = _dominant_of(tally.sizes)
    font = _dominant_of(tally.fonts)
    return Block(
        kind="list_item" if _BULLET.match(text) and region in (None, "body") else "paragraph",
        text=text.strip(),
        where=Where(page=lines[0].page, line=lines[0].number),
        bold=_Tally.share(tally.bold),
        italic=_Tally.share(tally.italic),
        all_caps=_all_caps(text),
        font_size=round(float(size), 1) if size else None,
        alignment=_alignment(lines, geo),
        indent=round(max(0.0, lines[0].x0 - geo.left), 1),
        confidence=round(statistics.fmean(confidences), 1) if confidences else None,
        region=region,  # type: ignore[arg-type]
        font_name=font,
    )


def _wrapped_centred(prev: Line, line: Line, geo: PageGeometry) -> bool:
    """A centred title's next line: both centred on the page, the same weight and size, the
    second opening in lower case after a line that ends no sentence ("... đời sống văn" /
    "hóa”; phương hướng, nhiệm vụ ..."). A new paragraph never opens in lower case."""
    first = line.text.lstrip("\"“'‘(")[:1]
    if not first.islower() or _ends_sentence(prev.text) or _STARTS_ITEM.match(line.text):
        return False
    centre = (geo.left + geo.right) / 2
    tolerance = 0.05 * (geo.right - geo.left)
    if abs(prev.centre - centre) > tolerance or abs(line.centre - centre) > tolerance:
        return False
    ps, ls = prev.size, line.size
    return prev.bold == line.bold and not (ps and ls and abs(ps - ls) > 0.6)


def _continues(prev: Line, line: Line, geo: PageGeometry) -> bool:
    """Does `line` continue the paragraph that `prev` ends?"""
    span = geo.right - geo.left
    pg, lg = prev.words[-1].group, line.words[0].group
    if pg is not None and lg is not None and pg != lg:
        return False  # OCR: Tesseract's paragraph boundaries always hold
    if line.top - prev.bottom > 0.6 * min(prev.height, line.height):
        return False  # paragraph spacing
    if line.x0 - geo.left > 0.03 * span and abs(line.x0 - prev.x0) > 0.03 * span \
            and not _wrapped_centred(prev, line, geo):
        return False  # first-line indent or a differently placed line
    if _STARTS_ITEM.match(line.text) or prev.tabbed or line.tabbed:
        return False  # a list item; a row of columns typed with tabs or spaces is a line of its own
    if geo.right - prev.x1 > 0.12 * span and _ends_sentence(prev.text):
        return False  # previous line stopped short after a full stop: its paragraph ended
    if geo.right - prev.x1 > 0.25 * span and not prev.x0 - geo.left > 0.08 * span:
        return False  # a short left-aligned line is a paragraph of its own
    pb, lb = prev.bold, line.bold
    if pb is not None and lb is not None and pb != lb:
        return False
    ps, ls = prev.size, line.size
    if ps and ls and abs(ps - ls) > 0.6:
        return False
    return True


def page_blocks(page: PageLines) -> list[Block]:
    """Blocks of one page in reading order; regions must have been assigned already."""
    geo = geometry(page.rows, page.width)
    ordered: list[Line] = []
    row_top: dict[int, float] = {}
    for number, row in enumerate(page.rows, start=1):
        row_top[number] = min(p.top for p in row)
        for piece in sorted(row, key=lambda p: p.x0):
            piece.number = number  # pieces of one visual row share its line number
            ordered.append(piece)
    blocks: list[tuple[tuple[float, float], Block]] = [((top, 0.0), b) for top, b in page.extras]

    def at(first: Line) -> tuple[float, float]:
        # Order by visual row, then left to right: pieces of one row can differ in top by a point.
        return (row_top[first.number], first.x0)

    # Header/closing sides: one block per visual line, left side before right side.
    for region in ("header-left", "header-right", "closing-left", "closing-right"):
        for piece in (p for p in ordered if p.region == region):
            blocks.append((at(piece), make_block([piece], column_geometry(geo, region), region)))
    # Body rows cut by a wide gap (a stretched justified line, a tab) are one line again.
    body: list[Line] = []
    for piece in (p for p in ordered if p.region is None):
        if body and body[-1].number == piece.number:
            gap = piece.x0 - body[-1].x1
            tabbed = body[-1].tabbed or gap > _TAB_GAP * (body[-1].size or body[-1].height)
            body[-1] = Line(words=body[-1].words + piece.words, page=piece.page, number=piece.number,
                            tabbed=tabbed)
        else:
            body.append(piece)
    page.body_runs = []
    current: list[Line] = []
    for piece in [*body, None]:
        if current and (piece is None or not _continues(current[-1], piece, geo)):
            block = make_block(current, geo, None)
            blocks.append((at(current[0]), block))
            page.body_runs.append((current, block))
            current = []
        if piece is not None:
            current.append(piece)
    # Keep the two sides of the header/closing as contiguous runs, placed where the zone starts.
    side = {"header-left": 0, "header-right": 1, "closing-left": 0, "closing-right": 1}
    zone_top: dict[str, float] = {}
    for top, block in blocks:
        if block.region in side:
            zone = block.region.split("-")[0]
            zone_top[zone] = min(top[0], zone_top.get(zone, top[0]))

    def key(item: tuple[tuple[float, float], Block]) -> tuple:
        pos, block = item
        if block.region in side:
            return (zone_top[block.region.split("-")[0]], side[block.region], pos)
        return (pos[0], 0, pos)

    blocks.sort(key=key)
    return [b for _, b in blocks]


# Page furniture between two parts of a paragraph: a page number ("3", "- 3 -", "Trang 3", "3/5").
_PAGE_NUMBER = re.compile(r"^\W{0,3}(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?\W{0,3}$", re.I)
_OPENING = "\"“‘'(["


def _furniture(run: list[Line], repeated: set[str]) -> bool:
    text = " ".join(line.text for line in run).strip()
    return bool(_PAGE_NUMBER.match(text)) or (len(run) == 1 and text in repeated)


def _continues_on_next_page(prev: list[Line], geo_p: PageGeometry, nxt: list[Line], geo_n: PageGeometry) -> bool:
    """Does the first body paragraph of a page continue the last one of the page before?

    The page before must stop on a full line; the next page's line must start where a
    continuation line starts (not at a first-line indent), not as a list item or a heading
    (another weight or size), and read as the rest of the phrase: after a full stop only a
    lower-case letter; after ";" or no stop a lower-case letter or a digit; any letter after a
    line that ends in a lower-case word or a comma.
    """
    last, first = prev[-1], nxt[0]
    span_p, span_n = geo_p.right - geo_p.left, geo_n.right - geo_n.left
    if _STARTS_ITEM.match(first.text):
        return False
    if geo_p.right - last.x1 > 0.15 * span_p:
        return False  # a short last line ended its paragraph (or is a heading)
    # Continuation lines start at the paragraph's own left edge: the last line's when the page
    # showed one, else the text area's (the part before was only the indented first line).
    edge = last.x0 if len(prev) > 1 else geo_p.left
    if abs((first.x0 - geo_n.left) - (edge - geo_p.left)) > 0.03 * span_n:
        return False
    pb, nb = last.bold, first.bold
    if pb is not None and nb is not None and pb != nb:
        return False
    ps, ns = last.size, first.size
    if ps and ns and abs(ps - ns) > 0.6:
        return False
    start = first.text.lstrip(_OPENING)[:1]
    if _ends_sentence(last.text) and not last.text.rstrip().endswith(";"):
        return start.islower()
    if start.islower() or start.isdigit():
        return True
    end = last.text.rstrip()[-1:]
    return start.isalpha() and (end == "," or end.islower() or _cut_compound(last.text))


def join_page_breaks(pages: list[PageLines], blocks: dict[int, list[Block]]) -> None:
    """Join a body paragraph cut by a page break into one block (in place).

    `blocks` maps page number -> that page's blocks from page_blocks. Only consecutive pages
    are looked at; the part before must be the last thing on its page and the part after the
    first on the next (page numbers and a line repeated on both pages, a running header or
    footer, are skipped; a table or a header/closing line in between keeps them apart).
    """
    by_number = {page.page: page for page in pages}
    for page in pages:
        after = by_number.get(page.page + 1)
        if after is None or not page.body_runs or not after.body_runs:
            continue
        # A running header/footer: the same short line among the first (last) two of both pages.
        texts_p = [" ".join(ln.text for ln in run).strip() for run, _ in page.body_runs]
        texts_n = [" ".join(ln.text for ln in run).strip() for run, _ in after.body_runs]
        repeated = {t for t in (set(texts_p[:2]) & set(texts_n[:2])) | (set(texts_p[-2:]) & set(texts_n[-2:]))
                    if len(t) < 80}
        prev_i = next((i for i in range(len(page.body_runs) - 1, -1, -1)
                       if not _furniture(page.body_runs[i][0], repeated)), None)
        next_i = next((i for i in range(len(after.body_runs)) if not _furniture(after.body_runs[i][0], repeated)), None)
        if prev_i is None or next_i is None:
            continue
        prev, prev_block = page.body_runs[prev_i]
        nxt, next_block = after.body_runs[next_i]
        if not _is_last(page, prev) or not _is_first(after, nxt):
            continue
        geo_p, geo_n = geometry(page.rows, page.width), geometry(after.rows, after.width)
        if not _continues_on_next_page(prev, geo_p, nxt, geo_n):
            continue
        # The first part's own page geometry: alignment and indent are judged where it starts.
        home = next(number for number, page_blocks_ in blocks.items() if any(b is prev_block for b in page_blocks_))
        start_page = by_number[home]
        merged = make_block(prev + nxt, geometry(start_page.rows, start_page.width), None)
        listed = blocks[home]
        listed[next(i for i, b in enumerate(listed) if b is prev_block)] = merged
        blocks[after.page] = [b for b in blocks[after.page] if b is not next_block]
        page.body_runs[prev_i] = (prev + nxt, merged)
        # the joined paragraph stands for the next page's part too: it may run on to a third page
        after.body_runs[next_i] = (prev + nxt, merged)


def _is_last(page: PageLines, run: list[Line]) -> bool:
    """Nothing but page furniture below `run` on its page (no table, no closing line)."""
    bottom = run[-1].top
    if any(top > bottom for top, _ in page.extras):
        return False
    return not any(p.region and p.top > bottom for row in page.rows for p in row)


def _is_first(page: PageLines, run: list[Line]) -> bool:
    """Nothing but page furniture above `run` on its page (no table, no header line)."""
    top = run[0].top
    if any(t < top for t, _ in page.extras):
        return False
    return not any(p.region and p.top < top for row in page.rows for p in row)
