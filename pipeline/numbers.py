"""Vietnamese numbers in report text: digits, decimal commas, thousands dots, written-out words.

Pure functions, no knowledge of titles or the directive: `find_numbers` returns every number
with its kind (count, percent, fraction, year, date, code) and position, and pipeline/figures/ decides
which number belongs to which title. `fold` is the length-preserving, diacritic-free lower-case
form the other matchers use to be robust to OCR tone-mark noise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.lower() if len(base.lower()) == 1 else ch


# One str.translate table for ASCII capitals and every Latin letter with diacritics (Vietnamese
# included): folding runs on every sentence, so it must be C-speed.
_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
               if _fold_char(chr(cp)) != chr(cp)}
# The same table as one string indexed by code point: str.translate looks a sequence up ~3x faster
# than a dict; a code point past its end raises IndexError (a LookupError), which keeps the character.
_FOLD_SEQUENCE = "".join(_FOLD_TABLE.get(cp, chr(cp)) for cp in range(0x1F00))


def fold(text: str) -> str:
    """Lower case without tone marks or hats, one character for one (indices stay valid)."""
    return text.translate(_FOLD_SEQUENCE)


def nfc_lower(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower()


# --- digits ------------------------------------------------------------------------------------

# Compiled once: these run for every number of every sentence (the module-level re functions
# looked each pattern up in re's cache, call after call).
_DECIMAL_CHARS = re.compile(r"[\d.,]+")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_DIGITS = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+[.,]\d+")


def parse_decimal(token: str) -> float | int | None:
    """"1.234" -> 1234, "72,5" -> 72.5, "1.234,5" -> 1234.5, "1.5" -> 1.5, "05" -> 5.

    A dot followed by groups of exactly three digits is a thousands separator (Vietnamese
    style); any other single dot or comma is the decimal mark.
    """
    s = token.strip().replace(" ", "")
    if not s or not _DECIMAL_CHARS.fullmatch(s) or not s[0].isdigit() or not s[-1].isdigit():
        return None
    if _THOUSANDS.fullmatch(s):
        return int(s.replace(".", ""))
    if _THOUSANDS_DECIMAL.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _DIGITS.fullmatch(s):
        return int(s)
    if _DECIMAL.fullmatch(s):
        return float(s.replace(",", "."))
    return None


# --- written-out numbers -----------------------------------------------------------------------

_DIGIT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
                "tám": 8, "chín": 9}
# Forms that only occur after "mươi"/"mười": hai mươi mốt, hai mươi tư, mười lăm.
_UNIT_AFTER_TENS = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
_NUMBER_WORDS = set(_DIGIT_WORDS) | set(_UNIT_AFTER_TENS) | {"mười", "mươi", "trăm", "linh", "lẻ",
                                                          "nghìn", "ngàn", "không"}


def _below_thousand(words: list[str]) -> int | None:
    if not words:
        return 0
    hundreds = 0
    if "trăm" in words:
        i = words.index("trăm")
        if i != 1 or words[0] not in _DIGIT_WORDS and words[0] != "không":
            return None
        hundreds = 100 * _DIGIT_WORDS.get(words[0], 0)
        words = words[2:]
        if not words:
            return hundreds
        if words[0] in ("linh", "lẻ"):
            if len(words) == 2 and words[1] in _DIGIT_WORDS:
                return hundreds + _DIGIT_WORDS[words[1]]
            return None
        if len(words) == 1 and words[0] in _DIGIT_WORDS:  # "một trăm hai" = 120 colloquially
            return hundreds + 10 * _DIGIT_WORDS[words[0]]
    rest = _tens(words)
    return None if rest is None else hundreds + rest


def _tens(words: list[str]) -> int | None:
    if len(words) == 1:
        if words[0] == "mười":
            return 10
        return _DIGIT_WORDS.get(words[0])
    if words[0] == "mười" and len(words) == 2:
        unit = words[1]
        if unit in ("lăm", "nhăm"):
            return 15
        if unit in _DIGIT_WORDS and unit not in ("năm", "một"):
            return 10 + _DIGIT_WORDS[unit]
        if unit == "một":
            return 11
        return None
    if len(words) in (2, 3) and words[0] in _DIGIT_WORDS and words[1] == "mươi" and words[0] != "một":
        tens = 10 * _DIGIT_WORDS[words[0]]
        if len(words) == 2:
            return tens
        unit = words[2]
        if unit in _UNIT_AFTER_TENS:
            return tens + _UNIT_AFTER_TENS[unit]
        if unit in _DIGIT_WORDS and unit not in ("một", "năm"):
            return tens + _DIGIT_WORDS[unit]
    return None


def parse_words(text: str) -> int | None:
    """"mười hai" -> 12, "hai mươi mốt" -> 21, "một trăm linh năm" -> 105, "năm" -> 5."""
    words = nfc_lower(text).split()
    if not words or any(w not in _NUMBER_WORDS for w in words):
        return None
    for sep in ("nghìn", "ngàn"):
        if sep in words:
            i = words.index(sep)
            high = _below_thousand(words[:i])
            low = _below_thousand(words[i + 1:])
            if not high or low is None:
                return None
            return high * 1000 + low
    if words == ["không"]:
        return 0
    return _below_thousand(words)


# --- scanning ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Number:
    value: int | float
    start: int
    end: int
    kind: str  # count | decimal | percent | fraction | year | date | code | range | duration
    text: str
    denominator: int | float | None = None  # fractions "18/24"
    written: bool = False  # spelled out in words
    weak: bool = False  # one common word ("năm", "ba", "một") that may not be a number at all

    @property
    def is_count(self) -> bool:
        return self.kind == "count"


_WORD = r"[^\W\d_]+"
_NUM_TOKEN = re.compile(r"(?<![\w])\d+(?:[.,]\d+)*(?![\w])")
_PERCENT_AFTER = re.compile(r"\s*(?:%|phần\s+trăm\b)", re.IGNORECASE)
_WORD_RUN = re.compile(rf"{_WORD}(?:\s+{_WORD})*")
_WORD_TOKEN = re.compile(_WORD)
_DECIMAL_WORD = re.compile(r"\s+phẩy\s+(" + _WORD + r")")


# Words that put a day and month after them: "ngày 2/4", "từ 1/4 đến 30/6", "(2/4)".
_DATE_BEFORE = re.compile(r"(?:(?<!\w)(?:ngày|ngay|hôm|từ|tu|đến|den|tới|trước|sau|đêm|sáng|chiều|tối|khoảng)\s*|\(\s*)$",
                          re.IGNORECASE)


def _part_of_whole(num, den, before: str) -> bool:
    """"quản lý 2/4;": a small d/m-looking pair with no word after it is a fraction when it is a
    part of its whole (never more); a date word or bracket before it was asked first."""
    return num <= den


# A count and its unit word(s) right before a slash: "05 TT/", "03 tập thể /" (telegraphic lists).
_COUNT_SLASH_BEFORE = re.compile(r"(?<![\d/.,])\b\d{1,4}\s+(?:[^\W\d_]+\s+){0,1}[^\W\d_]+\s*/\s*$")


_DIGIT_DASH_END = re.compile(r"\d\s*[-–]\s*$")
_SLASH_AFTER = re.compile(r"\s*/\s*(\d+(?:[.,]\d+)?)(\s*/\s*\d{2,4})?")
_WORD_AFTER = re.compile(r"\s*" + _WORD)
_YEAR_WORD_AFTER = re.compile(r"\s*(?:năm|nam)\b", re.IGNORECASE)
_SLASH_LETTER_AFTER = re.compile(r"\s*/\s*[A-ZĐa-zđ]")
_DASH_CODE_AFTER = re.compile(r"-\s*[A-ZĐ]{1,5}\b")
_DASH_DIGIT_AFTER = re.compile(r"\s*[-–]\s*\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_YEAR_WORD_BEFORE = re.compile(r"(?:\bnăm|\bnam)\s*$")
_DATE_WORD_BEFORE = re.compile(r"(?:ngày|tháng|ngay|thang)\s*$")
_NUMBER_WORD_BEFORE = re.compile(r"\b(?:số|so)\s*:?\s*$")
_TOTAL_NUMBER_BEFORE = re.compile(r"\b(?:tổng|tong|trong|trên|tren)\s+(?:số|so)\s*:?\s*$")
_DURATION_AFTER = re.compile(r"\s*(?:tháng|năm|ngày|giờ|thang|nam|ngay)\b", re.IGNORECASE)
_SHORT_MONTHS_AFTER = re.compile(r"\s*th\.?\s+(?:\d{4}|đầu|cuối|dau|cuoi)(?!\w)", re.IGNORECASE)


def _classify_digits(text: str, m: re.Match) -> Number | None:
    raw = m.group(0)
    start, end = m.start(), m.end()
    before = text[max(0, start - 12):start]
    after = text[end:end + 40]
    # Codes and dates: "15/KH-UBND", "05-CT/TW", "20/6/2023", "2022-2023", "18/24".
    if before.endswith("/") and _COUNT_SLASH_BEFORE.search(text[max(0, start - 30):start]):
        pass  # "05 TT/12 CN": a slash listing counts with their short units, no code
    elif before.endswith(("/", "-", "–")):
        prev_digit = _DIGIT_DASH_END.search(before)
        return Number(0, start, end, "range" if prev_digit else "code", raw)
    slash = _SLASH_AFTER.match(after)
    if slash:
        den_text = slash.group(1)
        if slash.group(2):
            return Number(0, start, end + slash.end(), "date", raw + slash.group(0))
        num, den = parse_decimal(raw), parse_decimal(den_text)
        tail = after[slash.end():slash.end() + 20]
        dated = den <= 12 and _DATE_BEFORE.search(before) is not None if den else False
        if num is not None and den and not dated and (den > 12 or int(num) > 31 or _WORD_AFTER.match(tail)
                                        and not _YEAR_WORD_AFTER.match(tail)
                                        or _part_of_whole(num, den, before)):
            return Number(num, start, end + slash.end(), "fraction", raw + slash.group(0), denominator=den)
        return Number(0, start, end + slash.end(), "date", raw + slash.group(0))
    if _SLASH_LETTER_AFTER.match(after) or _DASH_CODE_AFTER.match(after):
        return Number(0, start, end, "code", raw)
    if _DASH_DIGIT_AFTER.match(after):
        return Number(0, start, end, "range", raw)
    value = parse_decimal(raw)
    if value is None:
        return None
    pct = _PERCENT_AFTER.match(after)
    if pct:
        return Number(value, start, end + pct.end(), "percent", raw + pct.group(0))
    low_before = before.lower()
    if isinstance(value, int) and _FOUR_DIGITS.fullmatch(raw) and 1900 <= value <= 2100:
        return Number(value, start, end, "year", raw)
    if _YEAR_WORD_BEFORE.search(low_before) and isinstance(value, int) and value > 31:
        return Number(value, start, end, "year", raw)
    if _DATE_WORD_BEFORE.search(low_before):
        return Number(value, start, end, "date", raw)
    # "Quyết định số 123" is an identifier; "tổng số 29", "trong số 29", "trên số 29" are counts.
    if _NUMBER_WORD_BEFORE.search(low_before) \
            and not _TOTAL_NUMBER_BEFORE.search(low_before):
        return Number(value, start, end, "code", raw)  # "Quyết định số 123": an identifier
    if isinstance(value, float):
        return Number(value, start, end, "decimal", raw)
    if _DURATION_AFTER.match(after):
        return Number(value, start, end, "duration", raw)  # "6 tháng đầu năm", "3 năm liền"
    if _SHORT_MONTHS_AFTER.match(after):
        return Number(value, start, end, "duration", raw)  # telegraphic "6 th 2023", "6 th. đầu năm"
    return Number(value, start, end, "count", raw)


# A number right before: "năm" after it is the unit of years ("3 năm", "hai năm"), never five.
_AFTER_A_NUMBER = re.compile(r"(?:\d|(?<!\w)(?:một|hai|ba|bốn|tư|sáu|bảy|tám|chín|mười|mươi|trăm))\s+$")
_YEARS_AFTER = re.compile(r"\s+(?:năm|tháng|ngày)(?!\w)")


_SPACES_ONLY = re.compile(r"\s+")
_YEAR_NOT_FIVE_AFTER = re.compile(r"\s*(?:\d|học\b|nay\b|qua\b|tới\b)")
_YEAR_QUALIFIER_BEFORE = re.compile(r"(?:đầu|cuối|giữa|trong|cả|mỗi|hằng|hàng|tháng|các|nhiều|của|những|sau|trước)\s+$")
# The words that start a number's run below ("không" alone never does).
_RUN_STARTS = frozenset(_NUMBER_WORDS) - {"không"}


def _scan_words(text: str, out: list[Number]) -> None:
    low = nfc_lower(text)
    words = _WORD_TOKEN.findall(low)  # the tokens' words, one for one
    if _RUN_STARTS.isdisjoint(words):
        return  # no number word: the loop below would find nothing (most sentences)
    tokens = list(_WORD_TOKEN.finditer(low))
    i = 0
    while i < len(tokens):
        if words[i] not in _RUN_STARTS:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].group(0) in _NUMBER_WORDS \
                and _SPACES_ONLY.fullmatch(low[tokens[j].end():tokens[j + 1].start()]):
            j += 1
        # Longest prefix of the run that parses ("năm năm" -> stop at the first).
        best = None
        for k in range(j, i - 1, -1):
            value = parse_words(low[tokens[i].start():tokens[k].end()])
            if value is not None:
                best = (k, value)
                break
        if best is None:
            i += 1
            continue
        k, value = best
        start, end = tokens[i].start(), tokens[k].end()
        after = low[end:end + 30]
        # "năm 2022", "năm học", "tháng năm": the word is the year, not five.
        if k == i and _YEAR_NOT_FIVE_AFTER.match(after):
            i = k + 1
            continue
        if k == i and tokens[i].group(0) == "năm" and _YEAR_QUALIFIER_BEFORE.search(low[:start]):
            i = k + 1  # "6 tháng đầu năm xã ...": the year, not five
            continue
        if k == i and tokens[i].group(0) == "năm" and _AFTER_A_NUMBER.search(low, 0, start):
            i = k + 1  # "3 năm phong trào", "hai năm thực hiện": years, not five
            continue
        number: int | float = value
        dec = _DECIMAL_WORD.match(low, end)
        if dec and dec.group(1) in _DIGIT_WORDS:
            number = float(f"{value}.{_DIGIT_WORDS[dec.group(1)]}")
            end = dec.end()
            after = low[end:end + 30]
        pct = _PERCENT_AFTER.match(after)
        raw = text[start:end]
        while k + 1 < len(tokens) and tokens[k + 1].start() < end:
            k += 1  # skip the words of the decimal part
        if pct:
            out.append(Number(number, start, end + pct.end(), "percent", text[start:end + pct.end()],
                              written=True))
        else:
            kind = "count" if isinstance(number, int) else "decimal"
            if kind == "count" and _YEARS_AFTER.match(low, end):
                kind = "duration"  # "hai năm thực hiện", "ba tháng": a length of time, no count
            out.append(Number(number, start, end, kind, raw, written=True, weak=(k == i)))
        i = k + 1


def find_numbers(text: str) -> list[Number]:
    """Every number in `text`, in order, classified by kind."""
    out: list[Number] = []
    last_end = -1
    for m in _NUM_TOKEN.finditer(text):
        if m.start() < last_end:
            continue
        number = _classify_digits(text, m)
        if number is not None:
            out.append(number)
            last_end = number.end
    _scan_words(text, out)
    out.sort(key=lambda n: n.start)
    return _words_with_digits(text, out) if len(out) > 1 else out


_PAREN_GAP = re.compile(r"\s*\(\s*$")
_PAREN_CLOSE = re.compile(r"\s*\)")


def _words_with_digits(text: str, out: list[Number]) -> list[Number]:
    """"mười tám (18) cá nhân": a number in words with its digits in parentheses after it is one
    number, spanning both (the unit word then follows it); different values stay two numbers."""
    merged: list[Number] = []
    skip = -1
    for i, n in enumerate(out):
        if i == skip:
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        close = _PAREN_CLOSE.match(text, nxt.end) if nxt is not None else None
        if (n.written and nxt is not None and not nxt.written and close and nxt.kind in ("count", "percent")
                and nxt.value == n.value and _PAREN_GAP.fullmatch(text[n.end:nxt.start])):
            merged.append(Number(nxt.value, n.start, close.end(), nxt.kind, text[n.start:close.end()]))
            skip = i + 1
            continue
        merged.append(n)
    return merged


def counts(text: str) -> list[Number]:
    return [n for n in find_numbers(text) if n.kind == "count"]
