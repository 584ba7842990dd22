"""Which unit sent the report: the header's issuing body matched to the roster.

Names are compared in a canonical form (abbreviations such as UBND, HĐND, MTTQ expanded,
tone marks folded away so OCR tone noise does not matter, "huyện Tây Sơn" dropped as it is
common to all), with rapidfuzz on the distinctive remainder. The administrative level must
agree: "xã Tây Vinh" never matches "thị trấn ...". A sender not in the roster keeps the header's
name and a type guessed from it. Reading the header is metadata.py's job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tdkt.pipeline.normalize import compare_form as _compare_form
from tdkt.pipeline.normalize import normalize_text as _normalize
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import UnitInfo


# Abbreviation -> expansion, on folded text (whole words). Order matters: longer first.
_ABBREVIATIONS = [
    (r"ubmttqvn|ub mttqvn|ub mttq vn", "uy ban mat tran to quoc viet nam"),
    (r"mttqvn|mttq vn", "mat tran to quoc viet nam"),
    (r"ub mttq|ubmttq", "uy ban mat tran to quoc"),
    (r"mttq", "mat tran to quoc"),
    (r"ubnd", "uy ban nhan dan"),
    (r"hdnd", "hoi dong nhan dan"),
    (r"ub", "uy ban"),
    (r"bchqs|ban chqs|bch qs", "ban chi huy quan su"),
    (r"chqs", "chi huy quan su"),
    (r"bch(?= (?:quan su|qs|bo doi|phong chong))", "ban chi huy"),
    (r"bch", "ban chap hanh"),  # "BCH Đoàn huyện", "BCH Hội ..."
    (r"ldld", "lien doan lao dong"),
    (r"lhpn", "lien hiep phu nu"),
    (r"ccb", "cuu chien binh"),
    (r"ctd", "chu thap do"),
    (r"kbnn", "kho bac nha nuoc"),
    (r"bhxh", "bao hiem xa hoi"),
    (r"ttyt", "trung tam y te"),
    (r"gd ?& ?dt|gd ?- ?dt|gddt", "giao duc va dao tao"),
    (r"gdnn ?- ?gdtx", "giao duc nghe nghiep giao duc thuong xuyen"),
    (r"nn ?& ?ptnt", "nong nghiep va phat trien nong thon"),
    (r"ptnt", "phat trien nong thon"),
    (r"tn ?& ?mt", "tai nguyen va moi truong"),
    (r"kt ?& ?ht", "kinh te va ha tang"),
    (r"vh ?& ?tt", "van hoa va thong tin"),
    (r"ld ?- ?tb ?& ?xh|ldtbxh", "lao dong thuong binh va xa hoi"),
    (r"tc ?- ?kh", "tai chinh ke hoach"),
    (r"vp", "van phong"),
    (r"tncs", "thanh nien cong san"),
    (r"tt(?= (?:gdnn|giao duc|y te|van hoa|the thao|phat trien|dich vu|chinh tri))", "trung tam"),
    (r"tt", "thi tran"),
]
_ABBR_RE = [(re.compile(rf"(?<![\w&]){pattern}(?![\w&])"), repl) for pattern, repl in _ABBREVIATIONS]
_PUNCT = re.compile(r"[^\w]+")
# Level words: the kind of territory a name sits in. Order: longer first.
_LEVELS = ["thi tran", "thanh pho", "phuong", "xa", "huyen", "tinh", "quan"]
_LEVEL_RE = re.compile(r"\b(thi tran|thanh pho|phuong|xa)\b(?! hoi)")  # "bảo hiểm xã hội" is not a xã
_COMMON_TAIL = re.compile(r"\b(?:huyen tay son|huyen|tay son)\b")
# Words that carry no identity between "Ủy ban nhân dân xã X" and "UBND xã X".
_ORG_PREFIX = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan)\b")

MATCH_THRESHOLD = 82  # rapidfuzz ratio on the distinctive part
MARGIN = 4  # the best candidate must beat the runner-up by this much


@lru_cache(maxsize=2048)
def canonical(name: str) -> str:
    """Folded, abbreviation-expanded, punctuation-free form of a unit name."""
    text = fold(_normalize(name))
    text = text.replace("&", " & ")
    text = re.sub(r"\s+", " ", text)
    for pattern, repl in _ABBR_RE:
        text = pattern.sub(repl, text)
    text = _PUNCT.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def _level(canon: str) -> str | None:
    m = _LEVEL_RE.search(canon)
    return m.group(1) if m else None


def _distinctive(canon: str) -> str:
    text = _ORG_PREFIX.sub("", canon).strip()
    text = _COMMON_TAIL.sub(" ", text)
    text = re.sub(r"\b(?:viet nam|va)\b", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def guess_type(name: str | None) -> str:
    """Unit type from the words of a name not in the roster."""
    if not name:
        return "unknown"
    c = canonical(name)
    rules = [
        (r"\b(?:cum|khoi) thi dua\b|^(?:cum|khoi)\b", "cluster"),
        (r"\bgiao duc\b|\bgdnn\b|\btruong (?:mam non|mau giao|tieu hoc|thcs|thpt|trung hoc)\b", "education"),
        (r"\bcong an\b|\bquan su\b|\bchi huy\b|\bbien phong\b", "armed_forces"),
        (r"\bchi cuc\b|\bkho bac\b|\bbao hiem xa hoi\b|\bdien luc\b|\btrung tam y te\b|\bngan hang\b"
         r"|\bthue\b|\bvien thong\b|\bbuu dien\b|\bthi hanh an\b", "provincial_unit"),
        (r"\bmat tran\b|\bhoi\b(?! dong)|\bdoan thanh nien\b|\bhuyen doan\b|\blien doan\b|\bdoan\b", "mass_org"),
        (r"\bphong\b(?! chong)|\bvan phong\b|\bthanh tra\b|\bban quan ly\b", "department"),
        (r"\bthi tran\b", "town"),
        (r"\bxa\b(?! hoi)", "commune"),
    ]
    for pattern, unit_type in rules:
        if re.search(pattern, c):
            return unit_type
    return "unknown"


_CANDIDATE_CACHE: dict[int, tuple[object, list]] = {}


def _candidates(roster) -> list[tuple[str, str, object]]:
    cached = _CANDIDATE_CACHE.get(id(roster))
    if cached is not None and cached[0] is roster:
        return cached[1]
    out = []
    for unit in roster.units:
        for name in [unit.name, *unit.aliases]:
            canon = canonical(name)
            out.append((_level(canon), _distinctive(canon), unit, _place(name)))
    _CANDIDATE_CACHE[id(roster)] = (roster, out)
    return out


def _place(name: str) -> str | None:
    """The place name after the level word, tone marks kept: "UBND xã Tây Vinh" -> "tây vinh"."""
    orig = _compare_form(name).lower()  # one tone placement: "Vĩnh Hoà" = "Vĩnh Hòa"
    folded = fold(orig)
    m = _LEVEL_RE.search(folded)
    if not m:
        return None
    place = orig[m.end():]
    cut = re.search(r"\b(?:huyện|tỉnh)\b", place)
    if cut:
        place = place[:cut.start()]
    place = re.sub(r"[^\w]+", " ", place).strip()
    return place or None


def _score(fuzz, level_h: str | None, dist_h: str, level_c: str | None, cand_dist: str,
           header_place: str | None = None, cand_place: str | None = None) -> float:
    if level_h != level_c and (level_h in ("xa", "thi tran", "phuong") or level_c in ("xa", "thi tran", "phuong")):
        return 0.0
    if not dist_h or not cand_dist:
        return 0.0
    if dist_h == cand_dist:
        return 100.0
    score = fuzz.ratio(dist_h, cand_dist)
    if header_place and cand_place and level_h:
        # Place names are short and differ by one letter ("Vĩnh Hòa" / "Bình Hòa"): the tone
        # marks count too, half and half, so OCR tone noise alone does not sink a match.
        return (fuzz.ratio(fold(header_place), fold(cand_place)) + fuzz.ratio(header_place, cand_place)) / 2
    # Token-aware: "phong noi vu" vs "phong noi vu huyen tay son" differ only by common words.
    score = max(score, fuzz.token_sort_ratio(dist_h, cand_dist))
    if len(dist_h.split()) >= 2 and len(cand_dist.split()) >= 2:
        score = max(score, fuzz.token_set_ratio(dist_h, cand_dist) - 5)
    return score


def _best(name: str, roster) -> tuple[object | None, float]:
    from rapidfuzz import fuzz  # lazy: only when a header is matched

    header_canon = canonical(name)
    header_place = _place(name)
    level_h, dist_h = _level(header_canon), _distinctive(header_canon)
    exact = {unit.id: unit for level_c, dist, unit, _ in _candidates(roster) if dist == dist_h and level_c == level_h}
    if len(exact) == 1:  # the usual case: no fuzzy scoring needed
        return next(iter(exact.values())), 100.0
    best: dict[str, tuple[float, object]] = {}
    for level_c, dist, unit, place in _candidates(roster):
        score = _score(fuzz, level_h, dist_h, level_c, dist, header_place, place)
        if score > best.get(unit.id, (-1, None))[0]:
            best[unit.id] = (score, unit)
    ranked = sorted(best.values(), key=lambda pair: -pair[0])
    if not ranked or ranked[0][0] < MATCH_THRESHOLD:
        return None, ranked[0][0] if ranked else 0.0
    if len(ranked) > 1 and ranked[0][0] < 100 and ranked[0][0] - ranked[1][0] < MARGIN:
        return None, ranked[0][0]  # ambiguous: better unknown than wrong
    return ranked[0][1], ranked[0][0]


_CLUSTER_RE = re.compile(r"\b(?:cum thi dua|khoi thi dua)\b[^\n,.;:()]{0,60}")
# The body has begun at a numbered or bulleted line, or at a sentence ("... như sau:", "... .")
# longer than a title line: a cluster named there ("tham dự hội nghị của Khối ...") is context,
# not the sender.
_BODY_START = re.compile(r"^\s*(?:[IVX]{1,4}|\d{1,2}|[a-zđ])\s*[.)]\s|^\s*[-–+•*]\s")


def _cluster_in_document(document) -> str | None:
    """A cluster or bloc named in the header or title ("CỤM THI ĐUA SỐ 1", "... của Khối Nội chính")."""
    if document is None:
        return None
    for block in document.blocks[:14]:
        if block.region in ("closing-left", "closing-right"):
            continue
        text = _normalize(block.full_text)
        folded = fold(text)
        if len(text) > 160 or any(cue in folded for cue in ("noi nhan", "kinh gui", "kinh thua")):
            # the body, a recipients list or a speech's salutation ("Kính thưa ... Cụm thi đua
            # số 2!", a guest) has begun: only header and title lines count
            break
        if block.list_label or _BODY_START.match(text) or (
                text.rstrip().endswith((":", ".")) and len(text.split()) > 8):
            break
        m = _CLUSTER_RE.search(folded)
        if m:
            return text[m.start():m.end()].strip(" -–")
    return None


def match_unit(header_name: str | None, roster, document=None) -> UnitInfo:
    """UnitInfo for the issuing body named `header_name`, looked up in `roster`.

    A cluster or bloc named in the document's header or title wins over the header's issuing
    body, because a cluster's report is issued by its head unit on the cluster's behalf.
    """
    cluster_name = _cluster_in_document(document)
    if cluster_name and roster is not None:
        unit, _ = _best(cluster_name, roster)
        if unit is not None and unit.type == "cluster":
            return UnitInfo(name=unit.name, type=unit.type, roster_id=unit.id, cluster=unit.cluster,
                            header_name=header_name)
    if header_name and roster is not None:
        unit, _ = _best(header_name, roster)
        if unit is not None:
            return UnitInfo(name=unit.name, type=unit.type, roster_id=unit.id, cluster=unit.cluster,
                            header_name=header_name)
    name = header_name or cluster_name
    unit_type = "cluster" if cluster_name and not header_name else guess_type(name)
    return UnitInfo(name=name, type=unit_type, roster_id=None, cluster=None, header_name=header_name)
