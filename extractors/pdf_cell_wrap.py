"""A PDF table cell's text from its drawn lines: words a narrow cell broke read whole again.

LibreOffice (and Word, and a browser's `overflow-wrap`) breaks a word inside itself only when
the word alone is wider than the cell: the word starts on a line of its own and each of its
pieces but the last fills that line, so that its next glyph would not have fitted. In a cell two
or three letters wide nearly every line is such a piece ("Đơ" / "n" / "vị", "Ba" / "n" / "hà" /
"nh" / "K" / "H", "TT" / "LĐ" / "TT", "3.0" / "00"), and whole short words at line ends look the
same. pdftotext and PDFium's own text give the pieces one per line (or run them together);
here each line break is decided by geometry first, then by what the pieces make:

- a line break may be a break inside a word only when the line holds one word and that word,
  with the next line's first glyph, would not fit in the cell's inner width (cell width minus
  the table's padding, measured from the table's own lines: alignment does not matter);
- of the readings the geometry allows, the one is taken whose words are all words: a
  Vietnamese syllable (onset + rhyme, viet_syllables, with the spelling rules "ngh/gh/k" before
  i/e/ê only), a number ("3.000", "2022", "312", a whole date), or an acronym in capitals
  ("TTLĐTT", "KH", "CCHC,": its pieces no syllables themselves, its vowels plain); among those,
  the one with the fewest words ("giao", not "gia o") and then the fewest joins the tolerance
  alone allowed. A join that makes no word is never taken; a piece that is no word alone ("n",
  "ng", "Vă") is what forces one.
- a line holding only closing punctuation (";", ")") belongs to the word before it.

The same joiner reads a table row the page break cut in two (a header row LibreOffice starts at
the foot of one page and finishes on the next): `row_cut_by_page` tells such a row from a new one
(every filled cell below goes on a cell above whose last line could not have taken its first
word, and one cell at least is cut inside a word), `join_cut_row` joins the two halves' lines.

What it leaves to others: words themselves (pdf_chars), cells' boxes (pdf_tables), which words
fall in which cell and which table parts make one table (pdf_reader).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tdkt.extractors.viet_syllables import is_syllable, strip_tones

PAD_MIN, PAD_MAX = 1.0, 8.0  # pt: a cell's inner margin as measured, kept within these
DEFAULT_PAD = 4.0  # pt: when the table gives no measure (LibreOffice 0.1 cm and rounding)
FULL_TOLERANCE = 0.2  # ems: a line this close to full counts as full (glyph widths are estimated)
MAX_PIECES = 12  # a word is broken into at most this many lines

_PUNCT_ONLY = re.compile(r"^[,;:.)][^\w]*$")  # a closing mark wrapped alone
_CUT_COMPOUND = re.compile(r"[^\W_][-‐/]$")  # a word's own hyphen or slash ends the line ("KH-", "TW/")
_PLAIN = re.compile(r"\d+")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL = re.compile(r"\d+,\d+")
_DATE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{4}")
_PLAIN_VOWELS = set("AEIOUY")


@dataclass(frozen=True)
class Piece:
    """One word as drawn: its text, left and right (loose boxes: origin to advance), font size."""

    text: str
    x0: float
    x1: float
    size: float


@dataclass
class CellLines:
    """A cell's drawn lines (words left to right) and its inner width."""

    lines: list[list[Piece]]
    inner: float


def pieces_of(rows: list[list]) -> list[list[Piece]]:
    """pdf_layout.group_rows' rows (each a list of Line pieces, or of Words) -> lines of Pieces."""
    out = []
    for row in rows:
        line = []
        for part in row:
            for word in getattr(part, "words", None) or [part]:
                size = word.size or max(1.0, (word.bottom - word.top) / 1.1)
                line.extend(_split(word.text, word.x0, word.x1, size))
        if line:
            out.append(line)
    return out


def _split(text: str, x0: float, x1: float, size: float) -> list[Piece]:
    """A word as drawn; text holding spaces (words made elsewhere) is cut at them, each part
    given its share of the width by its characters."""
    if " " not in text.strip():
        return [Piece(text.strip(), x0, x1, size)]
    per = (x1 - x0) / max(1, len(text))
    out = []
    for part in re.finditer(r"\S+", text):
        out.append(Piece(part.group(), x0 + part.start() * per, x0 + part.end() * per, size))
    return out


def table_padding(cells: list[tuple[tuple[float, float, float, float], list[list[Piece]]]]) -> float:
    """The table's inner cell margin: the least gap between a line and its cell's side over all
    its cells (a left-aligned line shows the left margin, a full line both), within limits; a
    line touching or overrunning its cell's side says nothing of the margin."""
    gaps = [min(line[0].x0 - bbox[0], bbox[2] - line[-1].x1) for bbox, lines in cells for line in lines if line]
    gaps = [g for g in gaps if g >= 0.5]
    if not gaps:
        return DEFAULT_PAD
    return min(PAD_MAX, max(PAD_MIN, min(gaps)))


def cell_lines(lines: list[list[Piece]], x0: float | None, x1: float, pad: float = DEFAULT_PAD) -> CellLines:
    """A cell of `lines` between x0 and x1; with no x0 the lines' own left is the inner left."""
    if x0 is None:
        left = min((line[0].x0 for line in lines if line), default=x1)
        return CellLines(lines, x1 - pad - left)
    return CellLines(lines, x1 - x0 - 2 * pad)


# ---- words ----------------------------------------------------------------------------------

def spelled(word: str) -> bool:
    """A possible written Vietnamese syllable, spelling rules included: "ngh", "gh" and "k" only
    before i, e, ê (y for k); "ng", "g" and "c" never there ("nghuyện", "ge", "ci" are no words)."""
    base = strip_tones(word.lower())
    if not is_syllable(word):
        return False
    if base.startswith("ngh"):
        return base[3:4] in ("i", "e", "ê")
    if base.startswith("ng"):
        return base[2:3] not in ("i", "e", "ê")
    if base.startswith("gh"):
        return base[2:3] in ("i", "e", "ê")
    if base.startswith("gi"):
        return True  # "gì", "giếng", "giao"
    if base.startswith("g"):
        return base[1:2] not in ("e", "ê")
    if base.startswith("k") and not base.startswith("kh"):
        return base[1:2] in ("i", "e", "ê", "y")
    if base.startswith("c") and not base.startswith("ch"):
        return base[1:2] not in ("i", "e", "ê", "y")
    return True


def _number(run: str) -> bool:
    """Digits run together across a join make a number: plain, with thousands dots, a decimal
    comma, or a whole date ("1/202" + "3" is no number: a fraction's cut is not told from two)."""
    return bool(_PLAIN.fullmatch(run) or _THOUSANDS.fullmatch(run) or _DECIMAL.fullmatch(run) or _DATE.fullmatch(run))


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def _acronym(core: str, pieces: list[str]) -> bool:
    """Capitals making an acronym: every letter upper case, every vowel plain (acronyms take
    syllables' initials: "UBND", "TTLĐTT"), and, when joined, no piece a syllable of two letters
    or more ("KHEN" + "THƯỞNG" are two words, "TT" + "LĐ" one)."""
    letters = _letters(core)
    if not letters or not letters.isupper() or (len(pieces) > 1 and letters != core):
        return False
    for ch in letters:
        if unicodedata.normalize("NFD", ch)[0].lower() in "aeiouy" and ch not in _PLAIN_VOWELS:
            return False
    if len(pieces) > 1:
        return all(len(_letters(p)) <= 1 or not spelled(_letters(p)) for p in pieces)
    return True


def is_word(pieces: list[str]) -> bool:
    """Do these pieces, run together, make one word? A piece alone: each of its runs of letters
    a syllable or an acronym (digits always stand). Pieces joined: at each join, the run of
    word characters across it makes a syllable, an acronym or a number ("ngư" + "ời/tháng",
    "TH&THC" + "S", "3.0" + "00"), or the join follows a word's own hyphen or slash."""
    text = "".join(pieces)
    if len(pieces) == 1:
        runs = _RUNS.findall(text)
        return bool(runs) and all(any(ch.isdigit() for ch in r) or spelled(r) or _acronym(r, [r]) for r in runs)
    at = 0
    for piece in pieces[:-1]:
        at += len(piece)
        if not _joins(text, at, pieces):
            return False
    return True


_RUNS = re.compile(r"[^\W_]+")
_NUMBER_RUN = re.compile(r"[\d.,/-]+")


def _joins(text: str, at: int, pieces: list[str]) -> bool:
    """Does the join at `at` make a word of what it links?"""
    left, right = text[at - 1:at], text[at:at + 1]
    if not (left.isalnum() and right.isalnum()):
        # a compound cut after its hyphen or slash, or punctuation closing the word before
        return (left in "-‐/" and right.isalnum()) or (left.isalnum() and right in ",;:.)")
    if left.isdigit() and right.isdigit():
        start, end = _around(text, at, _NUMBER_RUN)
        return _number(text[start:end].rstrip(".,/-"))
    start, end = _around(text, at, _RUNS)
    run = text[start:end]
    if any(ch.isdigit() for ch in run):
        return False  # letters run into digits ("m" + "20"): two words
    pos, own = 0, []
    for piece in pieces:  # the pieces' shares of the run
        lo, hi = max(pos, start), min(pos + len(piece), end)
        if lo < hi:
            own.append(text[lo:hi])
        pos += len(piece)
    return spelled(run) or _acronym(run, own)


def _around(text: str, at: int, pattern: re.Pattern) -> tuple[int, int]:
    """The span of the run of `pattern` that holds both text[at - 1] and text[at]."""
    for match in pattern.finditer(text):
        if match.start() < at < match.end():
            return match.start(), match.end()
    return at, at


# ---- the joiner -----------------------------------------------------------------------------

_SPACE, _MAY_JOIN, _DOUBTFUL_JOIN, _JOIN = 0, 1, 2, 3


def _glyph_width(piece: Piece) -> float:
    """The piece's first glyph's width, estimated: its mean letter width, punctuation counted
    as half a letter ("C," is one letter and a comma)."""
    weight = sum(1.0 if ch.isalnum() else 0.5 for ch in piece.text)
    return (piece.x1 - piece.x0) / max(1.0, weight)


def _break_kind(line: list[Piece], following: Piece, inner: float) -> int:
    """How the break after `line` (its words drawn) may be read, `following` opening the next."""
    if _PUNCT_ONLY.match(following.text):
        return _JOIN  # punctuation wrapped alone belongs to the word before it
    if len(line) != 1:
        return _SPACE  # a broken word starts its line and fills it alone
    width = line[0].x1 - line[0].x0
    glyph = _glyph_width(following)
    need = width + glyph
    if need > inner:
        return _MAY_JOIN
    if need > inner - FULL_TOLERANCE * line[0].size:
        return _DOUBTFUL_JOIN
    return _SPACE


def _best(words: list[str], kinds: list[int]) -> list[int]:
    """Where the words of a run (linked by joinable breaks, kinds[i] between words i and i+1)
    start new words: the reading with fewest non-words, then fewest words, then fewest doubtful
    joins. Returns the start indices."""
    n = len(words)
    inf = (10 ** 9, 0, 0)
    best: list[tuple[int, int, int]] = [(0, 0, 0)] + [inf] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(end - 1, max(-1, end - 1 - MAX_PIECES), -1):
            if start < end - 1 and kinds[start] == _SPACE:
                break
            if best[start] == inf:
                continue
            if start > 0 and kinds[start - 1] == _JOIN:
                continue  # a forced join cannot be a word's start
            span = kinds[start:end - 1]
            chosen = any(k in (_MAY_JOIN, _DOUBTFUL_JOIN) for k in span)
            ok = is_word(words[start:end])
            if chosen and not ok:
                continue
            cost = best[start]
            cost = (cost[0] + (0 if ok else 1), cost[1] + 1, cost[2] + sum(1 for k in span if k == _DOUBTFUL_JOIN))
            if cost < best[end]:
                best[end], back[end] = cost, start
    starts, end = [], n
    while end > 0:
        starts.append(back[end])
        end = back[end]
    return sorted(starts)


def _reading(cell: CellLines) -> tuple[list[str], set[int], list[bool]]:
    """The cell's words as drawn, the indices of those that start a word of the reading, and
    for each break between two whether it is a line break."""
    words: list[Piece] = []
    kinds: list[int] = []  # kinds[i]: the break between words[i] and words[i + 1]
    line_breaks: list[bool] = []
    for k, line in enumerate(cell.lines):
        for j, piece in enumerate(line):
            if words:
                at_break = j == 0
                kinds.append(_break_kind(cell.lines[k - 1], piece, cell.inner) if at_break else _SPACE)
                line_breaks.append(at_break)
            words.append(piece)
    texts = [w.text for w in words]
    starts: set[int] = set()
    run = 0
    for i in range(len(texts)):
        if i == len(texts) - 1 or kinds[i] == _SPACE:
            starts.update(run + s for s in _best(texts[run:i + 1], kinds[run:i]))
            run = i + 1
    return texts, starts, line_breaks


def cell_text(cell: CellLines) -> str:
    """The cell's text, words a line break cut read whole."""
    texts, starts, line_breaks = _reading(cell)
    if not texts:
        return ""
    out = texts[0]
    for i in range(1, len(texts)):
        if i not in starts:
            out += texts[i]
        elif line_breaks[i - 1] and _CUT_COMPOUND.search(out[-3:]) and texts[i][:1].isalnum():
            out += texts[i]  # "Kế hoạch số 15/KH-" + "UBND": the hyphen is the word's own
        else:
            out += " " + texts[i]
    return out


def join_text(rows: list[list], x1: float, x0: float | None = None, pad: float = DEFAULT_PAD) -> str:
    """pdf_layout.group_rows' rows of one cell -> its text (the hook pdf_layout.join_cell_lines)."""
    return cell_text(cell_lines(pieces_of(rows), x0, x1, pad))


# ---- a row cut by a page break -------------------------------------------------------------

def _cannot_take(line: list[Piece], following: Piece, inner: float) -> bool:
    """The line could not have taken the next word after a space: the break was the line's
    width, not the end of the cell's text."""
    if not line:
        return False
    size = line[-1].size
    need = (line[-1].x1 - line[0].x0) + 0.25 * size + (following.x1 - following.x0)
    return need > inner - 0.1 * size


def row_cut_by_page(above: list[CellLines | None], below: list[CellLines | None]) -> bool:
    """Is the first row of a table's next part the rest of the last row of the part before?
    Every filled cell of it goes on a filled cell above whose last line could not have taken its
    first word, and in one cell at least the break falls inside a word: a piece on either side
    of the page break, read as one cell, makes one word ("cô" / "ng", "Hu" / "yện")."""
    if len(above) != len(below) or not any(c and c.lines for c in below):
        return False
    evidence = False
    for up, down in zip(above, below):
        if not down or not down.lines:
            continue
        if not up or not up.lines:
            return False
        last, first = up.lines[-1], down.lines[0][0]
        if not _cannot_take(last, first, up.inner):
            return False
        if not evidence and _letters(last[-1].text) and _letters(first.text):
            # the reading of the two halves as one cell joins the words either side of the break
            texts, starts, _ = _reading(CellLines(up.lines + down.lines, up.inner))
            evidence = sum(len(line) for line in up.lines) not in starts
    return evidence


def join_cut_row(above: list[CellLines | None], below: list[CellLines | None]) -> list[CellLines | None]:
    """The two halves' lines as one row's cells."""
    out = []
    for up, down in zip(above, below):
        if up and down:
            out.append(CellLines(up.lines + down.lines, up.inner))
        else:
            out.append(up or down)
    return out
