"""F1, F2: the header's left column — issuing body and "Số: .../BC-...".

Splits the header lines into left and right columns (cutting off a motto or a date merged onto a
line), reads the issuer from the stacked lines above "Số:" and gives it administrative casing,
and reads the document number (or notes it left blank). The date on the right is
date.py's job; which unit of the roster the issuer is, units.py's.
"""

from __future__ import annotations

import re

from tdkt.pipeline.metadata.date import _date_start, _find_date_match, _find_date_text
from tdkt.pipeline.metadata.org_case import case_org_name
from tdkt.pipeline.metadata.lines import _RULE_LINE, _evidence, _Line
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import Evidence, ItemResult

# Patterns on folded text (lower case, no tone marks, same length as the original).
_MOTTO = re.compile(r"cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam|doc\s*lap\s*[-–.,]?\s*tu\s*do\s*[-–.,]?"
                    r"\s*hanh\s*phuc")
_NUMBER = re.compile(r"\bs[o06]\s*:\s*(?P<rest>.*)|^\s*s[o06]\s+(?P<rest2>\d+\s*[/-]\s*[a-z].*)")
_NUMBER_VALUE = re.compile(r"^(?P<n>[\d\s.…_]*?)\s*(?P<sep>[/-])\s*(?P<sym>[^\s,;]+)")
_GENERIC_ORG = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan|ban chi huy quan su|cong an|uy ban mat tran"
                          r"(?: to quoc(?: viet nam)?)?|hoi lien hiep phu nu|hoi nong dan|hoi cuu chien binh"
                          r"|hoi chu thap do|lien doan lao dong|ban chap hanh|dang uy|kho bac nha nuoc"
                          r"|bao hiem xa hoi|trung tam y te|cum thi dua|khoi thi dua)$")
_GOVERNING_BODY = re.compile(r"^(?:ban chap hanh|bch|ban thuong vu|btv|ban thuong truc|thuong truc)\b(?!.*\b(?:hoi|doan|lien doan|mat tran)\b)")
_CONTINUES = re.compile(r"^(?:xa|thi tran|phuong|huyen|tinh|thanh pho|quan|va|&|-|–|so\s*\d|tay son)\b|^[-–&]")
# A line that opens with none of these heads goes on the name above it: "HỢP TÁC XÃ NÔNG NGHIỆP /
# TÂY AN", "KHỐI THI ĐUA CÁC ĐƠN VỊ THUỘC TỈNH / ĐÓNG CHÂN TRÊN ĐỊA BÀN HUYỆN TÂY SƠN".
_ORG_HEAD = re.compile(r"^(?:uy ban|ubnd|ubmttq|hdnd|hoi|phong|ban|bch|btv|trung tam|chi cuc|cuc|so|khoi|cum"
                       r"|truong|cong an|kho bac|bao hiem|bhxh|dien luc|huyen uy|huyen doan|dang uy|dang bo"
                       r"|chi bo|lien doan|ldld|doan|hop tac xa|htx|van phong|thanh tra|cong ty|tong cong ty"
                       r"|chi nhanh|benh vien|tram|mat tran|thuong truc|doi|vien|nha truong|cau lac bo)\b")


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
            names.append((line, text.strip(" _*").lstrip(" -–")))
    if not names:
        return None, None, []
    # Group stacked lines: a line continues the previous one when it starts with a level word
    # ("XÃ TÂY VINH") or the previous line is a generic organ name ("ỦY BAN NHÂN DÂN").
    groups: list[list[str]] = []
    for _line, text in names:
        f = fold(text).strip()
        # A one-word line is the tail of a wrapped name ("PHÒNG TÀI CHÍNH - KẾ" / "HOẠCH").
        if groups and (_CONTINUES.match(f) or _GENERIC_ORG.match(fold(" ".join(groups[-1])).strip())
                       or groups[-1][-1].rstrip().endswith(("-", "–", "&", "VÀ", "và")) or len(f.split()) == 1
                       or not _ORG_HEAD.match(f)):
            groups[-1].append(text)
        else:
            groups.append([text])
    raw = " ".join(groups[-1])
    if len(groups) > 1 and _GOVERNING_BODY.match(fold(raw)):
        # "HỘI NÔNG DÂN VIỆT NAM / BCH HUYỆN TÂY SƠN": the committee alone names no one.
        raw = " ".join(groups[-2]) + " " + raw
    raw = re.sub(r"\s+", " ", raw).strip(" -–")
    evidence = [Evidence(" / ".join(t for _, t in names)[:300], names[0][0].where)]
    return case_org_name(raw), raw, evidence


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
