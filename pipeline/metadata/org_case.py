"""Administrative casing of an issuing body's name written in capitals.

Headers name the issuer in capitals ("TRƯỜNG THCS BÌNH TƯỜNG"); the workbook, the letters and the
draft report show it as offices write it in running text ("Trường THCS Bình Tường"). Vietnamese
casing follows the kind of word, not the position: an organisation's generic head stays lower
case after its first letter ("Ủy ban nhân dân", "Bảo hiểm xã hội"), the field a body is named
after opens in capitals ("Phòng Tài nguyên và Môi trường"), and a place name is capitalised
syllable by syllable after its level word ("xã Tây Vinh", "khu vực Tây Sơn - Vân Canh").
Which lines of the header make up the name is header.py's job; matching it to the roster is
units.py's.
"""

from __future__ import annotations

import re

ABBREVIATIONS = {"UBND", "HĐND", "MTTQ", "MTTQVN", "UBMTTQVN", "GD&ĐT", "GDNN", "GDTX", "GDNN-GDTX",
                 "LĐLĐ", "LHPN", "CCB", "BCH", "CHQS", "KBNN", "BHXH", "TTYT", "NN&PTNT", "TN&MT",
                 "KT&HT", "VH&TT", "LĐ-TB&XH", "TC-KH", "TNCS", "HCM", "VN", "II", "III", "IV"}
# School levels: what follows them is the school's place name ("Trường THCS Bình Tường").
_SCHOOL_LEVELS = {"THCS", "THPT", "TH", "MN", "MG", "PTDTBT", "PTDTNT", "TH&THCS", "THCS&THPT"}
# After these head words the next word opens the body's own name: "Phòng Nội vụ", "Công an".
NAME_AFTER = {"phòng", "hội", "ban", "cục", "tâm", "đoàn", "cụm", "khối", "tra", "an", "trường", "đội", "sở",
              "viện", "trạm"}
# Word sequences with a fixed casing, and what follows them: "place" (a place name), "name" (the
# next word opens a name), "cooperative" (trade words, then a place) or "" (nothing special).
_PHRASES: list[tuple[str, str, str]] = [
    ("mặt trận tổ quốc việt nam", "Mặt trận Tổ quốc Việt Nam", ""),
    ("mặt trận tổ quốc", "Mặt trận Tổ quốc", ""),
    ("liên hiệp phụ nữ", "Liên hiệp Phụ nữ", ""),
    ("chỉ huy quân sự", "Chỉ huy Quân sự", ""),
    ("ủy ban nhân dân", "ủy ban nhân dân", ""),
    ("uỷ ban nhân dân", "uỷ ban nhân dân", ""),
    ("kho bạc nhà nước", "Kho bạc Nhà nước", "place"),
    ("hồ chí minh", "Hồ Chí Minh", ""),
    ("hợp tác xã", "hợp tác xã", "cooperative"),
    ("chữ thập đỏ", "Chữ thập đỏ", ""),
    ("huyện đoàn", "Huyện đoàn", "place"),
    ("huyện ủy", "Huyện ủy", "place"),
    ("huyện uỷ", "Huyện uỷ", "place"),
    ("trung học phổ thông", "Trung học phổ thông", "place"),
    ("trung học cơ sở", "Trung học cơ sở", "place"),
    ("công ty cổ phần", "Công ty cổ phần", "place"),
    ("tiểu học", "Tiểu học", "place"),
    ("mầm non", "Mầm non", "place"),
    ("mẫu giáo", "Mẫu giáo", "place"),
    ("thị trấn", "thị trấn", "level"),
    ("thị xã", "thị xã", "level"),
    ("thành phố", "thành phố", "level"),
    ("khu vực", "khu vực", "level"),
    ("thi đua", "thi đua", "name"),
    ("xã hội", "xã hội", ""),
    ("đoàn thể", "đoàn thể", ""),
    ("việt nam", "Việt Nam", ""),
    ("nhà nước", "Nhà nước", ""),
    ("cộng sản", "Cộng sản", ""),
    ("điện lực", "Điện lực", "place"),
    ("kho bạc", "Kho bạc", "place"),
    ("đảng", "Đảng", ""),
]
_PHRASES_BY_LENGTH = sorted(((tuple(p.split()), c.split(), after) for p, c, after in _PHRASES),
                            key=lambda x: -len(x[0]))
_LEVELS = {"xã", "huyện", "tỉnh", "phường", "quận", "thôn"}
# A level word after these names a kind of body, not a place: "các xã", "thuộc tỉnh", "cấp huyện".
_KIND_BEFORE = {"các", "những", "thuộc", "cấp"}
_PLURALS = {"các", "những"}
# A cooperative's trade between "hợp tác xã" and its place name stays lower case.
_TRADES = {"nông", "nghiệp", "dịch", "vụ", "sản", "xuất", "kinh", "doanh", "thương", "mại", "tổng", "hợp",
           "vận", "tải", "thủy", "thuỷ", "chăn", "nuôi", "môi", "trường", "điện", "năng", "và", "-"}
_JOINERS = {"và", "-", "–", "&"}
_VOWEL = re.compile(r"[AEIOUYĂÂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẮẰẲẴẶẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ]")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _is_abbreviation(core: str) -> bool:
    return core.upper() in ABBREVIATIONS or core.upper() in _SCHOOL_LEVELS or (
        len(core) >= 2 and not _VOWEL.search(core))


def _phrase_at(low: list[str], i: int):
    return next(((p, cased, after) for p, cased, after in _PHRASES_BY_LENGTH if tuple(low[i:i + len(p)]) == p),
                None)


def case_org_name(text: str) -> str:
    """"ỦY BAN NHÂN DÂN XÃ TÂY VINH" -> "Ủy ban nhân dân xã Tây Vinh"; text with lower case is kept."""
    if any(c.islower() for c in text):
        return text
    words = text.split()
    low = [w.lower() for w in words]
    out: list[str] = []
    mode = ""           # "place": every syllable capitalised; "cooperative": trade words, then a place
    open_name = True    # the next word opens a name (the first word always does)
    in_name = False     # a body's own name has begun, so "và" / "-" join two fields of it
    level_kind = False  # the last level word named a kind ("các xã"), so "- thị trấn" does too
    i = 0
    while i < len(words):
        prev = low[i - 1] if i else ""
        core = words[i].strip("(),.;:")
        if _is_abbreviation(core):
            out.append(words[i])
            # After "BCH"/"BTV" a body's name follows; after any other abbreviation its place does.
            mode, open_name = ("", True) if core.upper() in ("BCH", "BTV") else ("place", False)
            in_name = True
            i += 1
            continue
        phrase = _phrase_at(low, i)
        if phrase and phrase[2] == "level" and out:
            phrase = (phrase[0], phrase[1], "level")
        elif phrase and phrase[2] == "level":
            phrase = (phrase[0], [_cap(phrase[1][0]), *phrase[1][1:]], "place")
        w = low[i]
        if phrase or (w in _LEVELS and out):
            p, cased, after = phrase or ((w,), [w], "level")
            if after == "level":
                level_kind = prev in _KIND_BEFORE or (prev in _JOINERS and level_kind)
                after = "" if level_kind else "place"
            elif not out or (open_name and after == ""):
                cased = [_cap(cased[0]), *cased[1:]]
            out.extend(cased)
            # "Đảng" inside a name starts a field, so "- Đoàn thể" after it opens another.
            in_name = in_name or (cased[0][:1].isupper() and len(out) > len(cased))
            mode = after if after in ("place", "cooperative") else ("" if mode == "cooperative" else mode)
            open_name = after == "name"
            i += len(p)
            continue
        if (w in _PLURALS or w == "số") and out:  # "các xã", "Cụm thi đua số 1": never a name
            out.append(w)
            open_name = False
        elif mode == "cooperative" and w in _TRADES:
            out.append(w)
        elif mode == "place":
            out.append(w if w in _JOINERS or w == "số" else _cap(w))
        elif mode == "cooperative":
            out.append(_cap(w))
            mode = "place"
        elif open_name:
            in_name = in_name or bool(out)
            out.append(_cap(w))
            open_name = False
        else:
            out.append(w)
        if mode == "":
            if w in _JOINERS and in_name:
                open_name = True
            elif w in NAME_AFTER and not (w == "ban" and prev in ("ủy", "uỷ")) and w not in _PLURALS:
                open_name = True
        i += 1
    return " ".join(out)
