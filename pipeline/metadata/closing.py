"""F5, F6: the closing — signing authority and signer's name, and the recipients ("Nơi nhận:").

Finds the closing (the extractor's zone, or the last lines after the body), separates the left
recipients list from the right signature block even when a PDF merged both onto one line, and
reads the authority lines ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") and the name.
Also restores an OCR'd family name's tone marks. Header, date and title are other modules' jobs.
"""

from __future__ import annotations

import re

from tdkt.pipeline.metadata.copies import copies_recipients, is_signature_block
from tdkt.pipeline.metadata.lines import _evidence, _Line
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.record import Evidence, ItemResult

# Patterns on folded text (lower case, no tone marks, same length as the original).
_AUTH_PREFIX = re.compile(r"^\s*(?:tm|kt|q|tl|tuq|t/m|k/t)\s*[./]\s*\S")
_AUTH_TITLE = re.compile(
    r"\b(?:pho\s+)?(?:chu\s*tich|truong\s+phong|giam\s+doc|chi\s+huy\s+truong|truong\s+cong\s+an|truong\s+ban"
    r"|bi\s+thu|chanh\s+van\s+phong|chanh\s+thanh\s+tra|cum\s+truong|khoi\s+truong|truong\s+cum(?:\s+thi\s+dua)?"
    r"|truong\s+khoi(?:\s+thi\s+dua)?|thu\s+truong|chi\s+cuc\s+truong|hieu\s+truong|chu\s+nhiem"
    r"|chanh\s+an|vien\s+truong|doi\s+truong|truong\s+tram|tong\s+giam\s+doc|chinh\s+uy|chinh\s+tri\s+vien"
    r"|truong\s+don\s+vi"
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


def _is_authority(text: str) -> bool:
    f = fold(text)
    if _AUTH_PREFIX.match(f):
        return True
    letters = [c for c in text if c.isalpha()]
    upper = letters and sum(c.isupper() for c in letters) / len(letters) > 0.8
    return bool(upper and len(text) < 80 and _AUTH_TITLE.search(f))


# The same ranks on folded text: OCR drops a rank's tone marks ("Thương tá" for "Thượng tá").
# A chain of degrees may end on an undotted specialist level or degree ("BS.CKII", "ThS.BS", "DS.CK1").
_DEGREE = r"(?:pgs|gs|ts|ths|bs|bsck\s*i{1,2}|bscki{1,2}|bsnt|ck\s*(?:i{1,2}|[12])|ds|ks|cn|ls|ngut|ngnd)"
_RANKS_FOLDED = re.compile(r"^(?:(?:dai|thuong|trung|thieu)\s+(?:tuong|ta|uy)\s+"
                           r"|(?:" + _DEGREE + r"\s*\.\s*)+(?:" + _DEGREE + r"\s+)?)")


def _strip_rank(text: str) -> str:
    m = _RANKS_FOLDED.match(fold(text))
    return text[m.end():] if m else text


_EDGE_MARKS = " \"'`“”‘’_~.,:;*"  # OCR specks and strokes at a name's edges, not its letters


def _name_like(text: str) -> bool:
    t = _strip_rank(text.strip(_EDGE_MARKS))
    words = t.split()
    if not 2 <= len(words) <= 6 or _SIGN_NOISE.search(fold(t)):
        return False
    if any(not re.fullmatch(r"[^\W\d_]+\.?", w) for w in words):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    return not _is_authority(t)


def _clean_name(text: str) -> str:
    t = _strip_rank(text.strip(_EDGE_MARKS)).strip(" .")
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
    if not found_recipients and is_signature_block(recipients, _name_like):
        recipients = []  # a second signature on the left (minutes: "THƯ KÝ" over a name), no recipients
    if not recipients and not found_recipients and (copies := copies_recipients(lines)):
        recipients, recip_ev = copies[0], _evidence(copies[1])  # minutes: "lập thành 08 bản: gửi ..."
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
            # (a name in title case never goes on a title: "PHÓ CHỦ TỊCH," with a stamp's speck)
            if name is None and _WRAPPED.search(parts[-1]) and (text.isupper() or not _name_like(text)):
                parts[-1] = f"{parts[-1]} {text.strip()}"  # "TM. KHỐI THI ĐUA KINH TẾ -" / "TỔNG HỢP"
                continue
            if _is_authority(text):
                if name is not None:
                    break
                parts.append(text)  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
            elif _name_like(text) and name is None and text.isupper() and (
                    not _SURNAME.match(fold(text) + " ") or any(map(_is_authority, signer_texts[k + 1:]))):
                # a title OCR broke in two ("PHÓ CHỦ" / "TỊCH" under a stamp), or capitals with
                # an authority line still below ("ĐO ÀN" of "... HUYỆN ĐOÀN" / "PHÓ BÍ THƯ"): not a name
                continue
            elif _name_like(text):
                name = _with_wrapped_given(_clean_name(text), signer_texts[k + 1:])
                evidence.append(Evidence(text, signer_lines[k].where))
            elif name is None and text.isupper() and any(_name_like(t) and not t.isupper() for t in signer_texts[k + 1:]):
                parts[-1] = f"{parts[-1]} {text.strip()}"  # a title a narrow column wrapped ("... KINH" / "TẾ - TỔNG HỢP")
            elif name is None and _name_tail(text):
                name = _clean_name(_name_tail(text))
                evidence.append(Evidence(text, signer_lines[k].where))
        authority = " / ".join(parts)
        evidence[0] = Evidence(authority[:300], evidence[0].where)
    else:
        # No authority line: only a line that reads as a Vietnamese personal name will do.
        for k in range(len(signer_texts) - 1, -1, -1):
            text = signer_texts[k] if _name_like(signer_texts[k]) else _name_tail(signer_texts[k])
            text = text and _drop_stray_head(text)  # "NX Trương Công Minh": a stamp's letters first
            if text and _SURNAME.match(fold(_clean_name(text))):
                name = _with_wrapped_given(_clean_name(text), signer_texts[k + 1:])
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


def _with_wrapped_given(name: str, after: list[str]) -> str:
    """`name` with the next closing line when that line is a lone given name: a narrow
    signature column (or OCR) wrapped the name ("Lê Trung" / "Chinh")."""
    from tdkt.extractors.viet_names import is_given_name, respell_given

    following = next((t.strip(_EDGE_MARKS) for t in after if sum(c.isalpha() for c in t) >= 2), "")
    if len(name.split()) <= 3 and len(following.split()) == 1 and is_given_name(respell_given(following)):
        return f"{name} {following}"
    return name


def _name_tail(text: str) -> str | None:
    """The name at the end of a line whose start OCR broke ("kiwfu nế tá Lê Minh Tuấn": a
    rank under a stamp's ring): the capitalised words after the last other one, when they
    read as a name that begins with a family name."""
    words = text.split()
    # a word not capitalised, or with a mark no letter is ("T¬."), is not part of the name
    start = max((k + 1 for k, w in enumerate(words)
                 if not w[:1].isupper() or not re.fullmatch(r"[^\W\d_]+\.?", w)), default=0)
    tail = " ".join(words[start:])
    if start == 0 or not _name_like(tail) or not _SURNAME.match(fold(_clean_name(tail)) + " "):
        return None
    return tail


def _drop_stray_head(name: str) -> str:
    """An OCR'd name without the capitals a stamp's lettering left before it ("XÃ Lê Thị Bích
    Thuận"): an all-capital first word goes when the rest is a name that starts with a surname."""
    from tdkt.extractors.viet_syllables import is_syllable

    head, _, rest = name.partition(" ")
    # or a military rank a ring garbled into one word no syllable can be ("JThươngfá Lê Minh Tuấn")
    rank = not is_syllable(head) and re.search(r"(?:dai|thuong|thieu)", fold(head))
    if len(head) > 1 and (head.isupper() or rank) and not rest.isupper() and _name_like(rest) \
            and _SURNAME.match(fold(rest) + " "):
        return rest
    return name


def _respell_surname(name: str) -> str:
    """An OCR'd signer's family name with the tone marks its toneless form always has, and
    the women's middle name "Thị" (a stamp's ring over its dot reads "Thì", "Thi")."""
    from tdkt.extractors.viet_names import respell_given

    # a second capital OCR made of a small letter ("THành"): a name's word has one
    name = " ".join(w[:1] + w[1:].lower() if len(w) > 2 and w[1].isupper() and w[2:].islower() else w
                    for w in name.split())
    head, _, rest = name.partition(" ")
    spelled = _SURNAME_SPELLING.get(fold(head)) or _near_surname(head)
    words = [respell_given(w) for w in rest.split()]  # "Chỉnh": a bold i's dot read as a hook
    rest = " ".join(words)
    if len(words) >= 2 and fold(words[0]) == "thi":
        rest = " ".join(["Thị", *words[1:]])
    return f"{spelled or head} {rest}" if rest else name


def _plausible_ocr_name(name: str) -> bool:
    """An OCR'd signer that can be a name: a known family name first, then written syllables.
    A stamp's ring over a name yields names no one has ("Vần Thành", "Lê Thậ Thu Hà"): no
    name is better than a wrong one."""
    from tdkt.extractors.viet_names import snap
    from tdkt.extractors.viet_syllables import is_syllable

    words = name.split()
    return (len(words) >= 2 and snap(words[0], family=True) == words[0]
            and all(is_syllable(w.strip(".")) for w in words))


def _near_surname(word: str) -> str | None:
    """The one family name an OCR'd word no Vietnamese syllable can be is a letter away from
    ("Ngiyễn" for "Nguyễn", a stamp's ring across the u), else None."""
    from difflib import SequenceMatcher

    from tdkt.extractors.viet_syllables import is_syllable

    if len(word) < 4 or is_syllable(word):
        return None
    folded = fold(word)
    near = [spelled for key, spelled in _SURNAME_SPELLING.items()
            if len(key) >= 4 and abs(len(key) - len(folded)) <= 1
            and SequenceMatcher(None, key, folded).ratio() >= 1 - 1.5 / max(len(key), len(folded))]
    return near[0] if len(near) == 1 else None

