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


def _candidates(name: str, place: re.Pattern | None) -> tuple[str, list[str]]:
    """(the name as a phrase, the phrases cut from it)."""
    plain = _PERIOD.sub("", name).strip()
    full = phrase(plain)
    pieces: list[str] = []
    for dash_piece in re.split(r"\s+[-–]\s+", plain):
        text = phrase(dash_piece)
        for piece in (place.split(text) if place else [text]):
            piece = " ".join(piece.split())
            for cut in [piece] + ([piece.split(" thi đua ", 1)[1]] if " thi đua " in piece else []):
                stripped = cut
                while stripped.startswith(_GENERIC_START):
                    stripped = stripped.split(" ", 2)[2] if stripped.count(" ") >= 2 else ""
                for c in (cut, stripped):
                    if c and len(c.split()) >= 2 and c not in _PEOPLE and c not in GENERIC_ONLY and c not in pieces:
                        pieces.append(c)
    return full, pieces


def movement_phrases(names: list[str], place: str | None) -> list[list[str]]:
    """The phrases of each movement, in order: its full name, then the pieces no other has."""
    pattern = _place_pattern(place)
    drafted = [_candidates(n, pattern) for n in names]
    result = []
    for i, (full, pieces) in enumerate(drafted):
        others = [f for j, (f, _) in enumerate(drafted) if j != i]
        kept = [full] + [p for p in pieces if p != full and not any(p in o for o in others)]
        result.append(list(dict.fromkeys(kept)))
    return result
