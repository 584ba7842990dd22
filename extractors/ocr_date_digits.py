"""A faint date line's day read as digits only: an independent reading for the date's vote.

What it does: reads the header date line's crop ("ngày 22 tháng 6 năm 2023", a B&W copy's thin
italic strokes broken) with Tesseract's English model restricted to the ten digits (psm 7), at
2-4x (cubic and Lanczos). Vietnamese readings of such a line guess letters and marks for the
strokes that are left ("S2", "TD", "ngủy -"); a digits-only reading has nothing to guess but
digits and read the 150 dpi "22" and "16" whole on the bench where every Vietnamese reading
broke them. Each reading's digits are the day, the month and the year run together
("2262023"); the day is what is left before the month and year the line's other readings
settled (the month what is left between a voted day and the year), so no digit is placed
by guess. Only a value most views give, with no view giving a longer one that holds it
("21" beside "2": the "1" was lost), is returned.
What it leaves to others: cutting the line and voting its month and year, and deciding when
the line is read this way (ocr_reader.reread_date_rows, only when its own vote left the day
unread).
"""

from __future__ import annotations

import os
import re
import time

from tdkt.extractors.errors import ExtractionError

# (zoom, OpenCV interpolation name): the views read
_VIEWS = ((2, "INTER_CUBIC"), (3, "INTER_CUBIC"), (4, "INTER_CUBIC"),
          (2, "INTER_LANCZOS4"), (3, "INTER_LANCZOS4"), (4, "INTER_LANCZOS4"))
_MIN_SHARE = 2 / 3  # of the views, giving the day
_MIN_VIEWS = 3


def digit_readings(crop, deadline: float) -> list[str]:
    """The digits-only readings of `crop` (a PIL image of one date line), one per view."""
    import cv2
    import numpy as np
    from PIL import Image

    grey = np.asarray(crop.convert("L"))
    out = []
    for zoom, interpolation in _VIEWS:
        big = cv2.resize(grey, None, fx=zoom, fy=zoom, interpolation=getattr(cv2, interpolation))
        out.append(read_digits(Image.fromarray(big), deadline))
    return out


def read_digits(image, deadline: float) -> str:
    """Tesseract's reading of `image` as one line of digits (English model, digits only)."""
    import pytesseract

    remaining = deadline - time.monotonic()
    if remaining <= 1:
        raise ExtractionError("timeout", "nhận dạng chữ", transient=True)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        return pytesseract.image_to_string(image, lang="eng", config="--psm 7 -c tessedit_char_whitelist=0123456789",
                                           timeout=remaining).strip()
    except RuntimeError as exc:  # pytesseract signals its timeout this way
        raise ExtractionError("timeout", "nhận dạng chữ", transient=True) from exc
    except pytesseract.TesseractError as exc:
        raise ExtractionError("corrupt", f"Tesseract: {exc.message[:80]}") from exc


def day_of(reading: str, month: str, year: str) -> str | None:
    """The day a digits-only reading gives: its digits, spaces dropped, end with `month` then
    `year` (as the line's other readings settled them) and what is before them is a day of
    one or two digits ("2262023", month 6, year 2023 -> "22"). Else None: a reading with
    other digits or none left ("62023": the line has no day) says nothing."""
    return _part_of(reading, year, lambda rest: rest[: -len(str(int(month)))] if rest.endswith(str(int(month))) else "",
                    (1, 31))


def month_of(reading: str, day: str, year: str) -> str | None:
    """The month a digits-only reading gives between the voted `day` and `year` ("1662023",
    day 16, year 2023 -> "6"); else None."""
    return _part_of(reading, year, lambda rest: rest[len(str(int(day))):] if rest.startswith(str(int(day))) else "",
                    (1, 12))


def _part_of(reading: str, year: str, cut, bounds: tuple[int, int]) -> str | None:
    digits = re.sub(r"\s+", "", reading)
    if not digits.isdigit() or not digits.endswith(year):
        return None
    part = cut(digits[: -len(year)])
    if not 1 <= len(part) <= 2 or part.startswith("0") or not bounds[0] <= int(part) <= bounds[1]:
        return None
    return part


def settled_day(readings: list[str], month: str, year: str, last_day: int = 31) -> str | None:
    """The day at least _MIN_VIEWS and two thirds of the `readings` give (day_of), unless some
    reading gives a longer day that holds its digits in order ("2" seven times, "21" twice: a
    faint "1" that vanished), other days of its length are given more than half as often
    (a digit disputed) or the month has no such day. Else None."""
    day = _settled([day_of(r, month, year) for r in readings], len(readings))
    return day if day and int(day) <= last_day else None


def settled_month(readings: list[str], day: str, year: str) -> str | None:
    """The month the `readings` give between the voted `day` and `year` (month_of), under the
    same agreement as settled_day."""
    return _settled([month_of(r, day, year) for r in readings], len(readings))


def _settled(values: list[str | None], views: int) -> str | None:
    from collections import Counter

    found = Counter(v for v in values if v)
    if not found:
        return None
    value, n = found.most_common(1)[0]
    if n < _MIN_VIEWS or n < _MIN_SHARE * views:
        return None
    if any(len(other) > len(value) and _holds(other, value) for other in found):
        return None
    if sum(m for other, m in found.items() if other != value and len(other) == len(value)) > n / 2:
        return None  # "16" four times, "10" three: a digit the views dispute
    return value


def _holds(whole: str, part: str) -> bool:
    letters = iter(whole)
    return all(ch in letters for ch in part)
