"""The emulation movements a directive names: "Phong trào thi đua “Huyện Tây Sơn chung sức xây
dựng nông thôn mới”; Phong trào thi đua đẩy mạnh cải cách hành chính ... giai đoạn 2021 - 2025"
-> one name each, quoted or not, and the phrases that tell it apart from the others.

A movement's phrases are its name without the period ("giai đoạn 2021 - 2025", "vào năm 2024")
and without the district ("huyện Tây Sơn", "trên địa bàn huyện ..."), cut at dashes, with the
generic lead ("thi đua", "thực hiện") stripped; a phrase another movement's name also holds is
not distinctive and is dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tdkt.pipeline.rules_draft.phrases import GENERIC_ONLY
from tdkt.pipeline.rules_draft.text import phrase, split_outside

_MOVEMENT = re.compile(r"\b(?:phong trào(?: thi đua)?|cuộc vận động)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"]([^”\"]{4,200})[”\"]")
_PERIOD = re.compile(r"\s*(?:,\s*)?(?:giai đoạn|vào năm|năm|đến năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*\.?$", re.IGNORECASE)
_LEAD = re.compile(r"^(?:phong trào(?: thi đua)?|cuộc vận động)\s+(?:thi đua\s+)?(?:đặc biệt\s+)?", re.IGNORECASE)
# What a name's own words start with that says nothing of the movement.
_GENERIC_START = ("thi đua ", "thực hiện ", "đẩy mạnh ", "tích cực ", "hưởng ứng ", "đạt chuẩn ")
_PEOPLE = {"cán bộ công chức viên chức", "cán bộ công chức", "người lao động", "nhân dân", "đoàn viên thanh niên"}


@dataclass
class Movement:
    name: str          # as the directive writes it, period included
    quoted: bool
    source: str        # the sentence
    phrases: list[str]


def movement_segments(sentence: str) -> list[tuple[str, bool]]:
    """(name, quoted) for each movement a sentence lists; [] when it lists fewer than two (a
    sentence that only mentions "các phong trào thi đua" lists none)."""
    head, colon, tail = sentence.partition(":")
    body = tail if colon and _MOVEMENT.search(head) else sentence
    segments = []
    for seg in split_outside(body, ";"):
        # "...; A và Phong trào thi đua B": the last two share a segment
        for sub in re.split(r"\s+và\s+(?=phong trào\b|cuộc vận động\b)", seg, flags=re.IGNORECASE):
            sub = sub.strip().rstrip(".")
            if not _MOVEMENT.match(sub):
                continue
            q = _QUOTED.search(sub)
            if q:
                segments.append((q.group(1).strip(), True))
            else:
                name = _LEAD.sub("", sub).strip()
                if len(name.split()) >= 2:
                    segments.append((name, False))
    return segments if len(segments) >= 2 else []


# A heading that announces a list of movements: "các phong trào", "07 phong trào", "những cuộc vận động".
_LIST_HEADING = re.compile(r"\b(?:các|những|\d{1,2})\s+(?:phong trào|cuộc vận động)\b", re.IGNORECASE)
# A list element: "(1) ...", "1) ...", "(a) ..." (a line the outline keeps as a paragraph) or a bullet.
_ENUMERATOR = re.compile(r"^(?:\(\s*(?:\d{1,2}|[a-zđ])\s*\)|\d{1,2}\)|[-–•+*])\s*")
# How a required point starts, not a movement's name ("Việc ký kết ...", "Kết quả ...").
_POINT_START = re.compile(r"^(?:việc|kết quả|công tác|số|tỷ lệ|tỉ lệ|tình hình|đánh giá|nêu|báo cáo|các|những)\b",
                          re.IGNORECASE)
NAME_WORDS = 40  # a name longer than this is a point of prose


def list_element(text: str) -> str | None:
    """The words of a list element ("(3) Phong trào ..." -> "Phong trào ..."); None for prose."""
    m = _ENUMERATOR.match(text)
    return text[m.end():].strip() if m and text[m.end():].strip() else None


def _element_name(element: str, list_heading: bool) -> tuple[str, bool] | None:
    name = split_outside(element, ":")[0].strip().rstrip(";.,").strip()
    if _MOVEMENT.match(name):
        q = _QUOTED.search(name)
        if q:
            return q.group(1).strip(), True
        name = _LEAD.sub("", name).strip()
        return (name, False) if 2 <= len(name.split()) <= NAME_WORDS else None
    if list_heading and 2 <= len(name.split()) <= 15 and not _POINT_START.match(name):
        q = _QUOTED.fullmatch(name)
        return (q.group(1).strip(), True) if q else (name, False)
    return None


def listed_movements(heading: str, elements: list[str]) -> list[tuple[str, bool]]:
    """(name, quoted) for each element of a list of movements, quoted or not: the name is what
    comes before the element's first colon (the results asked for follow it), the quoted words
    when it has them, without the lead "Phong trào thi đua". A list is one of movements when
    every element starts "Phong trào ..." / "Cuộc vận động ...", or when its heading announces
    movements ("Kết quả thực hiện 07 phong trào thi đua:") and every element reads as a name
    (short, not "Việc ...", "Kết quả ..."). [] otherwise, or for fewer than two elements."""
    list_heading = bool(_LIST_HEADING.search(heading))
    found = [_element_name(e, list_heading) for e in elements]
    if len(found) < 2 or not all(found):
        return []
    return found


def quoted_movements(sentence: str) -> list[tuple[str, bool]]:
    """A single movement named in quotes right after "phong trào (thi đua)" / "cuộc vận động"."""
    found = []
    for q in _QUOTED.finditer(sentence):
        before = sentence[max(0, q.start() - 40): q.start()]
        if re.search(r"(?:phong trào(?: thi đua)?|cuộc vận động)(?: đặc biệt)?\s*$", before, re.IGNORECASE):
            found.append((q.group(1).strip(), True))
    return found


def _place_pattern(place: str | None) -> re.Pattern | None:
    if not place:
        return None
    p = phrase(place)
    return re.compile(rf"(?:trên địa bàn )?(?:huyện|tỉnh|thị xã|thành phố|quận|xã) {re.escape(p)}|\b{re.escape(p)}\b")


_LOCALITY = re.compile(r"\s*\b(?:trên địa bàn|của)\s+(?:huyện|tỉnh|thị xã|thành phố|quận|xã|phường)\b\s*")
_JOINS = re.compile(r"\s*(?:,|\bvà\b)\s*")


def _candidates(name: str, place: re.Pattern | None, quoted: bool = True) -> tuple[str, list[str]]:
    """(the name as a phrase, the phrases cut from it). An unquoted name is prose ("thực hiện
    chuyển đổi số và Đề án 06/CP trên địa bàn huyện"): it is also cut at "và" and commas, and a
    bare "trên địa bàn huyện" goes, so its pieces are the words a report uses."""
    plain = _PERIOD.sub("", name).strip()
    full = phrase(plain)
    pieces: list[str] = []
    dash_pieces = re.split(r"\s+[-–]\s+", plain)
    if not quoted:  # pieces of prose: three words at least ("địa phương" alone says nothing)
        dash_pieces += [p for d in dash_pieces for p in _JOINS.split(_LOCALITY.sub(" ", _PARENS.sub(" ", d)))
                        if len(p.split()) >= 3]
        pieces += [phrase(a) for a in _PARENS.findall(plain) if re.fullmatch(r"[A-ZĐ]{3,8}", a.strip())]  # "(DDCI)"
    for dash_piece in dash_pieces:
        text = phrase(dash_piece)
        for piece in (place.split(text) if place else [text]):
            piece = " ".join(piece.split())
            for cut in [piece] + ([piece.split(" thi đua ", 1)[1]] if " thi đua " in piece else []):
                stripped = cut
                while stripped.startswith(_GENERIC_START):
                    stripped = stripped.split(" ", 2)[2] if stripped.count(" ") >= 2 else ""
                for c in (cut, stripped):
                    if c and len(c.split()) >= (2 if quoted else 3) and c not in _PEOPLE \
                            and c not in GENERIC_ONLY and c not in pieces:
                        pieces.append(c)
    return full, pieces


_PARENS = re.compile(r"\(([^)]*)\)")


def movement_phrases(names: list[str], place: str | None, quoted: list[bool] | None = None) -> list[list[str]]:
    """The phrases of each movement, in order: its full name, then the pieces no other has."""
    pattern = _place_pattern(place)
    quoted = quoted if quoted is not None else [True] * len(names)
    drafted = [_candidates(n, pattern, q) for n, q in zip(names, quoted)]
    result = []
    for i, (full, pieces) in enumerate(drafted):
        others = [f for j, (f, _) in enumerate(drafted) if j != i]
        kept = [full] + [p for p in pieces if p != full and not any(p in o for o in others)]
        result.append(list(dict.fromkeys(kept)))
    return result
