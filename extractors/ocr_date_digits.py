"""A faint date line's day read as digits only: an independent reading for the date's vote.

What it does: reads the header date line's crop ("ngày 22 tháng 6 năm 2023", a B&W copy's thin
italic strokes broken) with Tesseract's English model restricted to the ten digits (psm 7), at
2-4x (cubic and Lanczos). Vietnamese readings of such a line guess letters and marks for the
strokes that are left ("S2", "TD", "ngủy -"); a digits-only reading has nothing to guess but
digits and read the 150 dpi "22" and "16" whole on the bench where every Vietnamese reading
broke them. Each reading's digits are the day, the month and the year run together
("2262023"); the day is what is left before the month and year the line's other readings
settled, so no digit is placed by guess. Only a day most views give, with no view giving a
longer day that holds it ("21" beside "2": the "1" was lost), is returned.
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
    digits = re.sub(r"\s+", "", reading)
    tail = str(int(month)) + year
    if not digits.isdigit() or not digits.endswith(tail):
        return None
    day = digits[: -len(tail)]
    if not 1 <= len(day) <= 2 or day.startswith("0") or not 1 <= int(day) <= 31:
        return None
    return day


def settled_day(readings: list[str], month: str, year: str, last_day: int = 31) -> str | None:
    """The day at least _MIN_VIEWS and two thirds of the `readings` give (day_of), unless some
    reading gives a longer day that holds its digits in order ("2" seven times, "21" twice: a
    faint "1" that vanished), other days of its length are given more than half as often
    (a digit disputed) or the month has no such day. Else None."""
    from collections import Counter

    days = Counter(d for d in (day_of(r, month, year) for r in readings) if d)
    if not days:
        return None
    day, n = days.most_common(1)[0]
    if n < _MIN_VIEWS or n < _MIN_SHARE * len(readings) or int(day) > last_day:
        return None
    if any(len(other) > len(day) and _holds(other, day) for other in days):
        return None
    if sum(m for other, m in days.items() if other != day and len(other) == len(day)) > n / 2:
        return None  # "16" four times, "10" three: a digit the views dispute
    return day


def _holds(whole: str, part: str) -> bool:
    letters = iter(whole)
    return all(ch in letters for ch in part)
