"""F1, F2: the header's left column — issuing body and "Số: .../BC-...".

Splits the header lines into left and right columns (cutting off a motto or a date merged onto a
line), reads the issuer from the stacked lines above "Số:" and gives it administrative casing,
and reads the document number (or notes it left blank). The date on the right is
date.py's job; which unit of the roster the issuer is, units.py's.
"""

from __future__ import annotations

import re

from tdkt.pipeline.metadata.date import _date_start, _find_date_match, _find_date_text
from tdkt.pipeline.metadata.lines import _RULE_LINE, _evidence, _Line
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import Evidence, ItemResult

# Patterns on folded text (lower case, no tone marks, same length as the original).
_MOTTO = re.compile(r"cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam|doc\s*lap\s*[-–.,]?\s*tu\s*do\s*[-–.,]?"
                    r"\s*hanh\s*phuc")
_NUMBER = re.compile(r"\bs[o06]\s*:\s*(?P<rest>.*)|^\s*s[o06]\s+(?P<rest2>\d+\s*[/-]\s*[a-z].*)")
_NUMBER_VALUE = re.compile(r"^(?P<n>[\d\s.…_]*?)\s*(?P<sep>[/-])\s*(?P<sym>[^\s,;]+)")
_LEVEL_WORDS = ("xã", "thị trấn", "phường", "huyện", "tỉnh", "thành phố", "quận")
_GENERIC_ORG = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan|ban chi huy quan su|cong an|uy ban mat tran"
                          r"(?: to quoc(?: viet nam)?)?|hoi lien hiep phu nu|hoi nong dan|hoi cuu chien binh"
                          r"|hoi chu thap do|lien doan lao dong|ban chap hanh|dang uy|kho bac nha nuoc"
                          r"|bao hiem xa hoi|trung tam y te|cum thi dua|khoi thi dua)$")
_PROPER_NAMES = re.compile(r"\b(?:việt nam|hồ chí minh)\b", re.IGNORECASE)
_GOVERNING_BODY = re.compile(r"^(?:ban chap hanh|bch|ban thuong vu|btv|ban thuong truc|thuong truc)\b(?!.*\b(?:hoi|doan|lien doan|mat tran)\b)")
_CONTINUES = re.compile(r"^(?:xa|thi tran|phuong|huyen|tinh|thanh pho|quan|va|&|-|–|so\s*\d|tay son)\b|^[-–&]")
_ABBREVIATIONS = {"UBND", "HĐND", "MTTQ", "MTTQVN", "UBMTTQVN", "GD&ĐT", "GDNN", "GDTX", "GDNN-GDTX",
                  "LĐLĐ", "LHPN", "CCB", "BCH", "CHQS", "KBNN", "BHXH", "TTYT", "NN&PTNT", "TN&MT",
                  "KT&HT", "VH&TT", "LĐ-TB&XH", "TC-KH", "TNCS", "HCM", "VN", "II", "III", "IV"}
# After these words the next word is the start of a proper name: "Phòng Nội vụ", "xã Tây Vinh".
_NAME_AFTER = {"phòng", "hội", "ban", "cục", "tâm", "đoàn", "bạc", "lực", "cụm", "khối", "tra", "an",
               "huy", "hiểm", "khu", "tổ", "trường", "đội"}



def _split_header(lines: list[_Line]) -> tuple[list[tuple[_Line, str]], list[tuple[_Line, str]]]:
    """Left and right columns of the header, as (line, text) with merged motto pieces cut off."""
    left: list[tuple[_Line, str]] = []
    right: list[tuple[_Line, str]] = []
    for line in lines:
        text = line.text
        f = fold(text)
        if _RULE_LINE.match(text):
            continue
        m = _MOTTO.search(f)
        if m:
            before = text[:m.start()].strip(" -–")
            after = text[m.end():].strip(" -–")
            right.append((line, text[m.start():m.end()]))
            if before and line.side != "right":
                left.append((line, before))
            if after:
                (right if _find_date_text(after) else left).append((line, after))
            continue
        if line.side == "right":
            right.append((line, text))
        elif line.side == "left":
            left.append((line, text))
        else:
            date_m = _find_date_match(f)
            num_m = _NUMBER.search(f)
            if date_m and num_m and num_m.start() < date_m.start():  # "Số: 45/BC-UBND  Tây Vinh, ngày ..."
                cut = _date_start(text, date_m)
                left.append((line, text[:cut].strip()))
                right.append((line, text[cut:].strip()))
            elif date_m:
                right.append((line, text))
            else:
                left.append((line, text))
    return left, right


# --- F1 ----------------------------------------------------------------------------------------

def _case_name(text: str) -> str:
    """"ỦY BAN NHÂN DÂN XÃ TÂY VINH" -> "Ủy ban nhân dân xã Tây Vinh" (administrative casing)."""
    if any(c.islower() for c in text):
        return text
    words = text.split()
    out: list[str] = []
    capitalise_rest = False
    capitalise_next = True
    for w in words:
        core = w.strip("(),.;:")
        if core.upper() in _ABBREVIATIONS or (len(core) >= 2 and not re.search(r"[AEIOUYĂÂÊÔƠƯÁÀẢÃẠ"
                                                                             r"ÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ"
                                                                             r"ẮẰẲẴẶẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ]", core)):
            out.append(w)
            capitalise_next = False
            continue
        low = w.lower()
        if out and low in ("huyện", "xã", "tỉnh", "phường", "quận", "thị", "thành") and not capitalise_rest:
            capitalise_next = False
        if capitalise_rest or capitalise_next:
            out.append(low[:1].upper() + low[1:])
        else:
            out.append(low)
        capitalise_next = w in ("-", "–")  # "Phòng Tài chính - Kế hoạch"
        joined = " ".join(x.lower() for x in out[-2:])
        if low in ("xã", "huyện", "tỉnh", "phường", "quận") or joined in ("thị trấn", "thành phố"):
            capitalise_rest = True
        elif low in _NAME_AFTER and not capitalise_rest and joined not in ("ủy ban", "uỷ ban"):
            capitalise_next = True
    return _PROPER_NAMES.sub(lambda m: m.group(0).title(), " ".join(out))


def _issuer(left: list[tuple[_Line, str]]) -> tuple[str | None, str | None, list[Evidence]]:
    """(issuer as cased name, header text as read, evidence) from the left column above "Số:"."""
    names: list[tuple[_Line, str]] = []
    for line, text in left:
        f = fold(text)
        m = _NUMBER.search(f)
        if m:
            before = text[:m.start()].strip()
            if before:
                names.append((line, before))
            break
        if f.startswith(("v/v", "ve viec")):
            break
        if text.strip(" -–_*"):
            names.append((line, text.strip(" -–_*")))
    if not names:
        return None, None, []
    # Group stacked lines: a line continues the previous one when it starts with a level word
    # ("XÃ TÂY VINH") or the previous line is a generic organ name ("ỦY BAN NHÂN DÂN").
    groups: list[list[str]] = []
    for _line, text in names:
        f = fold(text).strip()
        # A one-word line is the tail of a wrapped name ("PHÒNG TÀI CHÍNH - KẾ" / "HOẠCH").
        if groups and (_CONTINUES.match(f) or _GENERIC_ORG.match(fold(" ".join(groups[-1])).strip())
                       or groups[-1][-1].rstrip().endswith(("-", "&", "VÀ", "và")) or len(f.split()) == 1):
            groups[-1].append(text)
        else:
            groups.append([text])
    raw = " ".join(groups[-1])
    if len(groups) > 1 and _GOVERNING_BODY.match(fold(raw)):
        # "HỘI NÔNG DÂN VIỆT NAM / BCH HUYỆN TÂY SƠN": the committee alone names no one.
        raw = " ".join(groups[-2]) + " " + raw
    raw = re.sub(r"\s+", " ", raw).strip()
    evidence = [Evidence(" / ".join(t for _, t in names)[:300], names[0][0].where)]
    return _case_name(raw), raw, evidence


# --- F2 ----------------------------------------------------------------------------------------

def _number(candidates: list[tuple[_Line, str]]) -> tuple[ItemResult, str | None]:
    for line, text in candidates:
        f = fold(text)
        m = _NUMBER.search(f)
        if not m:
            continue
        start = m.start("rest") if m.group("rest") is not None else m.start("rest2")
        rest = text[start:].strip()
        v = _NUMBER_VALUE.match(rest)
        if not v:
            if re.match(r"^[\s.…_]*$", rest):
                return ItemResult("partial", "Số văn bản để trống.", _evidence(line, text)), None
            continue
        sym = v.group("sym").rstrip(".;,").replace("§", "8")  # OCR reads a symbol's 8 as §
        if not any(ch.isalpha() for ch in sym) and re.search(r"/\s*[^\W\d_]", rest[v.end():]):
            # "Số: 4/35 /SGDĐT-CTrTT": a symbol has letters; digits before it with a slash of their
            # own are a number written by hand and read wrong. Say so rather than give a wrong one.
            return (ItemResult("partial", f"Số văn bản không đọc rõ (có thể viết tay): {rest[:40].strip()}",
                               _evidence(line, text)), None)
        digits = re.sub(r"[^\d]", "", v.group("n"))
        if not digits:
            return (ItemResult("partial", f"Số văn bản để trống (…/{sym}).", _evidence(line, text)), None)
        value = f"{digits}{v.group('sep')}{sym}"
        return ItemResult("present", f"Số: {value}", _evidence(line, text)), value
    return ItemResult("missing", "Không thấy số, ký hiệu văn bản (Số: .../BC-...)."), None
