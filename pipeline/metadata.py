"""F1-F6: the administrative form of a report (Decree 30/2020 layout).

Reads the header (issuing body and "Số:" on the left, motto and "place, ngày ... tháng ...
năm ..." on the right), the title ("BÁO CÁO" and its trích yếu) and the closing (recipients
"Nơi nhận:" on the left, authority line and signer's name on the right). The layout may come
as regions the extractor set, as a two-column table, or as stacked lines (PDF text, OCR) where
the two columns are interleaved or even merged on one line: all three are handled. Matching
runs on folded text (no tone marks) so that OCR tone noise ("S6:", "ngay") does not matter.
Which unit the issuer is (roster) is units.py's job; whether the date is on time, deadline.py's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from tdkt.pipeline.normalize import normalize_text as _normalize
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import DocumentInfo, Evidence, ItemResult


@dataclass
class MetadataResult:
    info: DocumentInfo = field(default_factory=DocumentInfo)
    items: dict[str, ItemResult] = field(default_factory=dict)
    header_name: str | None = None
    date: dt.date | None = None
    date_partial: tuple | None = None  # (day, month, year), None for each blank part


@dataclass
class _Line:
    text: str
    where: str
    side: str | None  # "left" | "right" | None (unknown)
    zone: str | None  # "header" | "closing" | None, from the extractor's region
    block: int


# --- patterns (on folded text: lower case, no tone marks, same length as the original) ---------
_MOTTO = re.compile(r"cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam|doc\s*lap\s*[-–.,]?\s*tu\s*do\s*[-–.,]?"
                    r"\s*hanh\s*phuc")
_RULE_LINE = re.compile(r"^[\s\-–—_=.*~]+$")
_NUMBER = re.compile(r"\bs[o06]\s*:\s*(?P<rest>.*)|^\s*s[o06]\s+(?P<rest2>\d+\s*[/-]\s*[a-z].*)")
_NUMBER_VALUE = re.compile(r"^(?P<n>[\d\s.…_]*?)\s*(?P<sep>[/-])\s*(?P<sym>[^\s,;]+)")
_DATE_WORDS = re.compile(r"(?:(?P<place>[a-z][a-z .]{0,40}?)\s*,\s*|^\s*|\s)ngay\s*(?P<d>\d{1,2}|[\s._…-]*?)\s*"
                         r"thang\s*(?P<m>\d{1,2}|[\s._…-]*?)\s*nam\s*(?P<y>\d{4}|[\s._…-]*\d{0,4})\b")
_DATE_DIGITS = re.compile(r"(?P<place>[a-z][a-z .]{0,40}?)\s*,\s*(?:ngay\s*)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})"
                          r"\s*[/.-]\s*(?P<y>\d{4})\b")
_TITLE = re.compile(r"^\s*bao\s*cao\b")
_TOPIC_A = re.compile(r"thi\s*dua|khen\s*thuong|\btdkt\b")
_TOPIC_B = re.compile(r"(?:6|sau)\s*thang\s*dau\s*nam|so\s*ket|nua\s*dau\s*nam")
_BODY_START = re.compile(r"^\s*(?:[ivx]+\s*[.)]|\d+\s*[.)]|[a-d]\s*\)|phan\s+thu|can\s+cu|thuc\s+hien|kinh\s+gui)")
_AUTH_PREFIX = re.compile(r"^\s*(?:tm|kt|q|tl|tuq|t/m|k/t)\s*[./]\s*\S")
_AUTH_TITLE = re.compile(
    r"\b(?:pho\s+)?(?:chu\s*tich|truong\s+phong|giam\s+doc|chi\s+huy\s+truong|truong\s+cong\s+an|truong\s+ban"
    r"|bi\s+thu|chanh\s+van\s+phong|chanh\s+thanh\s+tra|cum\s+truong|khoi\s+truong|truong\s+cum(?:\s+thi\s+dua)?"
    r"|truong\s+khoi(?:\s+thi\s+dua)?|thu\s+truong|chi\s+cuc\s+truong|hieu\s+truong|chu\s+nhiem"
    r"|chanh\s+an|vien\s+truong|doi\s+truong|truong\s+tram|tong\s+giam\s+doc|chinh\s+uy|truong\s+don\s+vi"
    r"|nguoi\s+ky|truong\s+kho\s+bac)\b")
_SIGN_NOISE = re.compile(r"^\s*[\(\[]|^\s*(?:da\s+ky|ky\s+ten|ky,|\(?ky\b)|dong\s+dau")
# Military ranks and academic or professional titles before a signer's name.
_RANKS = re.compile(r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+"
                    r"|(?:(?:PGS|GS|TS|ThS|Ths|BS|BSCK\s*I{1,2}|BSCKI{1,2}|DS|KS|CN|LS|NGƯT|NGND)\s*\.\s*)+)",
                    re.IGNORECASE)
# The common Vietnamese family names (folded), to tell a signer's name from a capitalised heading.
_SURNAME = re.compile(r"(?:nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|dao|dinh|doan"
                      r"|trinh|truong|lam|luong|luu|mai|cao|ta|tong|chau|quach|thai|ha|kieu|la|van|ton|au|giang"
                      r"|khuat|lu|mac|nong|thach|tieu|trieu|ung|vuong|yen)\s")
# Family names whose toneless form has one spelling: OCR drops tone marks ("Trân" for "Trần").
_SURNAME_SPELLING = {fold(n): n for n in (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
    "Lý", "Đào", "Đinh", "Đoàn", "Trịnh", "Trương", "Lâm", "Lương", "Lưu", "Tạ", "Tống", "Châu", "Quách",
    "Thái", "Hà", "Kiều", "Khuất", "Nông", "Thạch", "Triệu", "Vương", "Mạc")}
_RECIPIENTS = re.compile(r"^\s*noi\s*nhan\s*:?")
_BULLET = re.compile(r"^\s*[-–—+•*·]\s*")
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


def _lines(document) -> list[_Line]:
    out: list[_Line] = []
    for i, block in enumerate(document.blocks):
        zone = side = None
        if block.region in ("header-left", "header-right", "closing-left", "closing-right"):
            zone, side = block.region.split("-")
        if block.kind == "table" and block.rows:
            for r, row in enumerate(block.rows, start=1):
                seen: list[str] = []
                where = dataclasses.replace(block.where, row=r).label()
                ncols = len(row)
                for c, cell in enumerate(row):
                    if cell in seen:  # python-docx repeats merged cells
                        continue
                    seen.append(cell)
                    cell_side = side or ("left" if c == 0 and ncols > 1 else "right" if ncols > 1 else None)
                    for part in _normalize(cell or "").split("\n"):
                        if part.strip():
                            out.append(_Line(part.strip(), where, cell_side, zone, i))
            continue
        where = block.where.label()
        for part in _normalize(block.full_text or "").split("\n"):
            if part.strip():
                out.append(_Line(part.strip(), where, side, zone, i))
    return out


def _evidence(line: _Line, text: str | None = None) -> list[Evidence]:
    return [Evidence((text or line.text)[:300], line.where)]


# --- zones -------------------------------------------------------------------------------------

def _title_index(lines: list[_Line]) -> int | None:
    for k, line in enumerate(lines[:60]):
        if line.zone == "closing":
            break
        f = fold(line.text)
        if _TITLE.match(f) and (len(line.text) < 120 and (line.text[:7].isupper() or len(line.text) < 12)):
            return k
    return None


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
        sym = v.group("sym").rstrip(".;,")
        digits = re.sub(r"[^\d]", "", v.group("n"))
        if not digits:
            return (ItemResult("partial", f"Số văn bản để trống (…/{sym}).", _evidence(line, text)), None)
        value = f"{digits}{v.group('sep')}{sym}"
        return ItemResult("present", f"Số: {value}", _evidence(line, text)), value
    return ItemResult("missing", "Không thấy số, ký hiệu văn bản (Số: .../BC-...)."), None


# --- F3 ----------------------------------------------------------------------------------------

def _find_date_match(folded: str):
    return _DATE_WORDS.search(folded) or _DATE_DIGITS.search(folded)


def _find_date_text(text: str):
    return _find_date_match(fold(text))


def _date_start(text: str, m) -> int:
    """Where the place-and-date phrase starts in `text` (the place's first capitalised word)."""
    if m.group("place"):
        start = m.start("place")
        words = list(re.finditer(r"\S+", text[start:m.end("place")]))
        # "45/BC-UBND Tây Vinh": keep the trailing capitalised words only.
        keep = len(words)
        while keep > 0 and words[keep - 1].group(0)[:1].isupper() and not (
                len(words[keep - 1].group(0)) > 1 and words[keep - 1].group(0).isupper()
                and not text[start:m.end("place")].isupper()):
            keep -= 1
        if keep < len(words):
            return start + words[keep].start()
        return start
    return m.start("d") - 5 if m.group("d") is not None else m.start()


# A place-and-date line broken in two (OCR splits at the wide blank left for the day, or a
# scan sets the place on its own line): "Tây An, ngày" / "tháng 6 năm 2023", "Tây An," / "ngày ...".
_DATE_HEAD_BROKEN = re.compile(r"(?:,|\bngay(?:\s*\d{1,2})?[\s._…-]*)$")
_DATE_TAIL_BROKEN = re.compile(r"^\s*(?:ngay|thang)\b")


def _join_broken_dates(candidates: list[tuple[_Line, str]]) -> list[tuple[_Line, str]]:
    """Candidates with a broken place-and-date line joined to its next line on the same side."""
    out: list[tuple[_Line, str]] = []
    k = 0
    while k < len(candidates):
        line, text = candidates[k]
        if k + 1 < len(candidates):
            nline, ntext = candidates[k + 1]
            if nline.side == line.side and not _find_date_text(text) and _DATE_HEAD_BROKEN.search(fold(text)) \
                    and _DATE_TAIL_BROKEN.match(fold(ntext)):
                out.append((line, f"{text} {ntext}"))
                k += 2
                continue
        out.append((line, text))
        k += 1
    return out


def _part(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def _date(candidates: list[tuple[_Line, str]], loose: list[tuple[_Line, str]] = ()):
    """(F3 result, place, date, date_partial).

    `loose` lines (outside the header) count only with a place and a short line, so that a
    date cited in the body ("Kế hoạch ... ngày 19 tháng 01 năm 2023") is not taken.
    """
    candidates, loose = _join_broken_dates(list(candidates)), _join_broken_dates(list(loose))
    for (line, text), strict in [*((c, False) for c in candidates), *((c, True) for c in loose)]:
        f = fold(text)
        m = _find_date_match(f)
        if not m:
            continue
        if strict and (not m.group("place") or len(text) > 120):
            continue
        day, month = _part(m.group("d")), _part(m.group("m"))
        ydigits = re.sub(r"\D", "", m.group("y") or "")
        year = int(ydigits) if len(ydigits) == 4 else None
        place = None
        if m.group("place"):
            cut = _date_start(text, m)
            place = text[cut:m.end("place")].strip(" ,.") or None
        phrase = text[_date_start(text, m):m.end()].strip()
        if day and month and year:
            try:
                date = dt.date(year, month, day)
            except ValueError:
                return (ItemResult("partial", f"Ngày tháng không hợp lệ: {phrase}", _evidence(line, text)),
                        place, None, (day, month, year))
            note = f"{place + ', ' if place else ''}ngày {date:%d/%m/%Y}"
            if not place:
                note += " (không ghi địa danh)"  # the checklist asks for a full date; noted only
            return ItemResult("present", note, _evidence(line, text)), place, date, None
        blanks = [name for name, v in (("ngày", day), ("tháng", month), ("năm", year)) if v is None]
        return (ItemResult("partial", f"Ngày tháng để trống ({', '.join(blanks)}): {phrase}", _evidence(line, text)),
                place, None, (day, month, year))
    return ItemResult("missing", "Không thấy địa danh, ngày tháng năm ban hành."), None, None, None


# --- F4 ----------------------------------------------------------------------------------------

def _title(lines: list[_Line], title_k: int | None, period_year: int | None):
    if title_k is None:
        # No "BÁO CÁO" line: a trích yếu alone may still be there (e.g. "V/v ..." or a bold line).
        for line in lines[:12]:
            f = fold(line.text)
            if _TOPIC_A.search(f) and _TOPIC_B.search(f) and len(line.text) < 160 and not line.text.endswith("."):
                return (ItemResult("partial", "Có trích yếu nhưng không thấy tên loại văn bản \"BÁO CÁO\".",
                                   _evidence(line)), line.text)
        return ItemResult("missing", "Không thấy tên loại văn bản \"BÁO CÁO\" và trích yếu."), None
    head = lines[title_k]
    summary_parts: list[str] = []
    first_rest = head.text[len(re.match(r"^\s*\S+\s+\S+", head.text).group(0)):].strip(" :-–") \
        if re.match(r"^\s*\S+\s+\S+", head.text) else ""
    if first_rest:
        summary_parts.append(first_rest)
    for line in lines[title_k + 1:title_k + 6]:
        f = fold(line.text)
        if _RULE_LINE.match(line.text) or _BODY_START.match(f) or len(line.text) > 220 or line.zone == "closing":
            break
        summary_parts.append(line.text)
        if len(" ".join(summary_parts)) > 240 or line.text.endswith((".", ":")):
            break
    summary = re.sub(r"\s+", " ", " ".join(summary_parts)).strip()
    title = f"BÁO CÁO {summary}".strip()
    f = fold(summary)
    if not summary:
        return ItemResult("partial", "Có tên loại \"BÁO CÁO\" nhưng không có trích yếu.", _evidence(head)), title
    if not (_TOPIC_A.search(f) and _TOPIC_B.search(f)):
        return (ItemResult("partial", f"Trích yếu không nói về sơ kết thi đua, khen thưởng 6 tháng: {summary[:150]}",
                           _evidence(head, title)), title)
    years = {int(y) for y in re.findall(r"\b(20\d\d)\b", summary)}
    if period_year and years and period_year not in years:
        return (ItemResult("partial", f"Trích yếu ghi năm {', '.join(map(str, sorted(years)))}, không phải "
                                      f"{period_year}.", _evidence(head, title)), title)
    return ItemResult("present", title[:200], _evidence(head, title)), title


# --- F5, F6 ------------------------------------------------------------------------------------

def _is_authority(text: str) -> bool:
    f = fold(text)
    if _AUTH_PREFIX.match(f):
        return True
    letters = [c for c in text if c.isalpha()]
    upper = letters and sum(c.isupper() for c in letters) / len(letters) > 0.8
    return bool(upper and len(text) < 80 and _AUTH_TITLE.search(f))


def _name_like(text: str) -> bool:
    t = _RANKS.sub("", text.strip())
    words = t.split()
    if not 2 <= len(words) <= 6 or _SIGN_NOISE.search(fold(t)):
        return False
    if any(not re.fullmatch(r"[^\W\d_]+\.?", w) for w in words):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    return not _is_authority(t)


def _clean_name(text: str) -> str:
    t = _RANKS.sub("", text.strip()).strip(" .")
    if t.isupper():
        t = " ".join(w[:1] + w[1:].lower() for w in t.split())
    return t


def _split_closing_line(text: str) -> tuple[str, str | None]:
    """Cut a merged PDF line "- Như trên; CHỦ TỊCH" into (recipient part, signer part)."""
    m = re.search(r"(?:(?<=[\s.;,])|^)((?:TM|KT|Q|TL|TUQ)\s*\.\s*\S.*|[A-ZĐÂĂÊÔƠƯ][A-ZĐÀ-Ỹ ]{3,}$)", text)
    if m and m.start() > 0 and _is_authority(m.group(1)):
        return text[:m.start()].strip(), m.group(1).strip()
    name = re.search(r"[.;]\s+((?:[A-ZĐÀ-Ỹ][^\W\d_]+\s+){1,5}[A-ZĐÀ-Ỹ][^\W\d_]+)\s*$", text)
    if name and _BULLET.match(text) and _name_like(name.group(1)):
        return text[:name.start(1)].strip(), name.group(1)
    return text, None


# An authority line cut mid-name by a narrow column: it ends with a joining dash or word.
_WRAPPED = re.compile(r"(?:\s[-–&]|,|\s(?:VÀ|và))\s*$")


def _closing(lines: list[_Line], body_end: int):
    """(F5 result, authority, signer, F6 result, recipients)."""
    closing = [ln for ln in lines if ln.zone == "closing"]
    if not closing:
        window = lines[max(body_end, len(lines) - 40):]
        start = next((k for k, ln in enumerate(window)
                      if _RECIPIENTS.match(fold(ln.text)) or _is_authority(ln.text) or ln.text.endswith("./.")),
                     None)
        closing = window[start:] if start is not None else window[-12:]
        if start is not None and window[start].text.endswith("./."):
            closing = closing[1:]
    recipients: list[str] = []
    recip_ev: list[Evidence] = []
    signer_lines: list[_Line] = []
    signer_texts: list[str] = []
    in_recipients = False
    found_recipients = False
    for line in closing:
        f = fold(line.text)
        m = _RECIPIENTS.match(f)
        if m and line.side != "right":
            in_recipients = found_recipients = True
            recip_ev = _evidence(line)
            rest = line.text[m.end():].strip()
            if rest and _is_authority(rest):
                rest, signer_part = "", rest
            else:
                rest, signer_part = _split_closing_line(rest) if rest else ("", None)
            if rest:
                recipients.extend(r for r in re.split(r"\s*[;]\s*-?\s*", rest.strip(" -")) if r)
            if signer_part:
                signer_lines.append(line)
                signer_texts.append(signer_part)
            continue
        if line.side == "right" or (line.side is None and not in_recipients):
            signer_lines.append(line)
            signer_texts.append(line.text)
            continue
        if in_recipients or line.side == "left":
            part, signer_part = _split_closing_line(line.text)
            if _BULLET.match(part) or (line.side == "left" and part):
                item = _BULLET.sub("", part).strip(" ;.,")
                if item:
                    recipients.append(item)
            elif part and line.side is None:
                # A line without a dash after the list: the list is over (stacked layout).
                in_recipients = False
                signer_lines.append(line)
                signer_texts.append(part)
            if signer_part:
                signer_lines.append(line)
                signer_texts.append(signer_part)
    # F6
    if recipients:
        f6 = ItemResult("present", "Nơi nhận: " + "; ".join(recipients)[:200], recip_ev)
    elif found_recipients:
        f6 = ItemResult("partial", "Có mục \"Nơi nhận\" nhưng không liệt kê nơi nhận.", recip_ev)
    else:
        f6 = ItemResult("missing", "Không thấy mục \"Nơi nhận\".")
    # F5
    auth_idx = [k for k, t in enumerate(signer_texts) if _is_authority(t)]
    authority = None
    name = None
    evidence: list[Evidence] = []
    if auth_idx:
        first = auth_idx[0]
        parts = [signer_texts[first]]
        evidence = [Evidence(signer_texts[first][:300], signer_lines[first].where)]
        for k in range(first + 1, len(signer_texts)):
            text = signer_texts[k]
            if sum(c.isalpha() for c in text) < 2:
                continue  # OCR specks, signature strokes
            if name is None and _WRAPPED.search(parts[-1]):
                parts[-1] = f"{parts[-1]} {text.strip()}"  # "TM. KHỐI THI ĐUA KINH TẾ -" / "TỔNG HỢP"
                continue
            if _is_authority(text):
                if name is not None:
                    break
                parts.append(text)  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
            elif _name_like(text):
                name = _clean_name(text)
                evidence.append(Evidence(text, signer_lines[k].where))
        authority = " / ".join(parts)
        evidence[0] = Evidence(authority[:300], evidence[0].where)
    else:
        # No authority line: only a line that reads as a Vietnamese personal name will do.
        for k in range(len(signer_texts) - 1, -1, -1):
            if _name_like(signer_texts[k]) and _SURNAME.match(fold(_clean_name(signer_texts[k]))):
                name = _clean_name(signer_texts[k])
                evidence = [Evidence(signer_texts[k], signer_lines[k].where)]
                break
    if authority and name:
        f5 = ItemResult("present", f"{authority} — {name}", evidence)
    elif authority:
        f5 = ItemResult("partial", f"Có thẩm quyền ký ({authority}) nhưng không có họ tên người ký.", evidence)
    elif name:
        f5 = ItemResult("partial", f"Có họ tên người ký ({name}) nhưng không có dòng thẩm quyền ký.", evidence)
    else:
        f5 = ItemResult("missing", "Không thấy thẩm quyền ký và họ tên người ký.")
    return f5, authority, name, f6, recipients


def _respell_surname(name: str) -> str:
    """An OCR'd signer's family name with the tone marks its toneless form always has."""
    head, _, rest = name.partition(" ")
    spelled = _SURNAME_SPELLING.get(fold(head))
    return f"{spelled} {rest}" if spelled and rest else name


# --- entry point -------------------------------------------------------------------------------

def read_metadata(document, ruleset=None) -> MetadataResult:
    """F1-F6 and the DocumentInfo of `document`. `ruleset` (optional) gives the period's year."""
    period_year = None
    if ruleset is not None:
        period_year = ((getattr(ruleset, "raw", None) or {}).get("period") or {}).get("year")
    lines = _lines(document)
    result = MetadataResult()
    info = result.info
    title_k = _title_index(lines)
    if any(ln.zone == "header" for ln in lines):
        header = [ln for ln in lines if ln.zone == "header"]
    elif title_k is not None:
        header = lines[:title_k]
    else:
        header = []
        for ln in lines[:14]:
            if len(ln.text) > 160 or _BODY_START.match(fold(ln.text)):
                break
            header.append(ln)
    left, right = _split_header(header)

    # F1
    issuer, _raw, ev = _issuer(left)
    info.issuer = issuer
    result.header_name = issuer
    result.items["F1"] = (ItemResult("present", issuer, ev) if issuer
                          else ItemResult("missing", "Không thấy tên cơ quan ban hành ở đầu văn bản."))
    # F2: the left column first, then anywhere in the header.
    f2, info.number = _number(left + right + [(ln, ln.text) for ln in lines[:20] if ln not in header])
    result.items["F2"] = f2
    # F3: the right column first, then the rest of the header, then the top and the closing.
    top = [(ln, ln.text) for ln in lines[:25] if ln not in header]
    tail = [(ln, ln.text) for ln in lines[-25:]]
    f3, info.place, result.date, result.date_partial = _date(right + left, top + tail)
    result.items["F3"] = f3
    info.date = result.date.isoformat() if result.date else None
    # F4
    f4, info.title = _title(lines, title_k, period_year)
    result.items["F4"] = f4
    # F5, F6
    body_end = (title_k or 0) + 1
    f5, info.signer_authority, info.signer, f6, info.recipients = _closing(lines, body_end)
    if info.signer and getattr(document, "format", None) in ("pdf-scanned", "image"):
        spelled = _respell_surname(info.signer)
        f5.note = f5.note.replace(info.signer, spelled)
        info.signer = spelled
    result.items["F5"] = f5
    result.items["F6"] = f6
    return result
