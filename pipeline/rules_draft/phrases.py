"""Rule phrases from a directive's words: a point or heading cut into its noun phrases, generic
words ("việc", "kết quả", "công tác", "tổ chức"...) and time qualifiers stripped, so what is left
is what a report on the point would say. Synonyms are the clerk's job: only the directive's own
words come out of here."""

from __future__ import annotations

import re

from tdkt.pipeline.rules_draft.text import phrase, split_outside

# Word pairs written with a comma that are one notion, never two points.
_PAIRS = ["thi đua, khen thưởng", "lãnh đạo, chỉ đạo", "chỉ đạo, điều hành", "phòng, chống",
          "chuyên đề, đột xuất", "tập thể, cá nhân", "cơ quan, đơn vị, địa phương", "cơ quan, đơn vị",
          "cán bộ, công chức, viên chức", "cán bộ, công chức", "lãnh đạo, quản lý", "hạn chế, tồn tại",
          "tư tưởng, đạo đức, phong cách", "phương hướng, nhiệm vụ", "kiến nghị, đề xuất",
          "nghiên cứu, ứng dụng", "xét, công nhận", "phát hiện, bồi dưỡng", "bồi dưỡng, nhân rộng",
          "xây dựng, ban hành", "quy định, hướng dẫn", "hướng dẫn, chỉ đạo", "kinh tế - xã hội",
          "khoa học - kỹ thuật", "khoa học, kỹ thuật", "đoàn kết, chung sức"]
_PAIR_RES = [(re.compile(re.escape(p).replace(r",\ ", r",\s*"), re.IGNORECASE), p.replace(",", "\u2063"))
             for p in sorted(_PAIRS, key=len, reverse=True)]

# Leading words that say what to do with a point, not what it is about.
GENERIC_LEAD = ["việc", "kết quả", "công tác", "tổ chức", "thực hiện", "đánh giá", "tình hình", "các",
                "những", "nêu", "nêu rõ", "số", "tiếp tục", "triển khai", "đề ra", "ghi rõ", "báo cáo",
                "thi đua", "đẩy mạnh", "chú ý", "xét", "công nhận", "xét công nhận", "khen thưởng thành tích",
                "tổng hợp", "rà soát", "trong", "về", "của", "gắn", "với", "chung", "cụ thể", "phát hiện",
                "bồi dưỡng", "nhân rộng", "được", "đã", "tặng", "phát động thi đua"]
_GENERIC_LEAD = sorted(GENERIC_LEAD, key=lambda w: -len(w.split()))
# Words after which a noun phrase is over: who, where, when, by what document.
_CUT = re.compile(r"\s(?:của|trong|cho|về|tại|đối với|theo|thuộc|trên địa bàn|tính đến|nhằm|để|do|"
                  r"bao gồm|kể cả|gồm|so với|so sánh|đã ban hành|được|thông qua)\s", re.IGNORECASE)
_TIME = re.compile(r"\s*(?:(?:trong |của )?(?:6|sáu) tháng (?:đầu|cuối) năm(?: \d{4})?|(?:trong )?năm(?: học)? \d{4}(?: \d{4})?|"
                   r"giai đoạn \d{4}(?: đến)? \d{4}|vào năm \d{4}|trong năm|cả năm|năm trước|cùng kỳ năm trước)\s*$")
_PARENS = re.compile(r"\([^)]*\)")
_DOC_REF = re.compile(r"\b(?:Kế hoạch|Chỉ thị|Nghị quyết|Kết luận|Quyết định|Công văn|Hướng dẫn|Thông tư|"
                      r"Nghị định|Luật|Thông báo)\s+số\s+[\w/\-.]+", re.IGNORECASE)
GENERIC_ONLY = {"thi đua", "khen thưởng", "thi đua khen thưởng", "nhiệm vụ", "văn bản", "phong trào",
                "phong trào thi đua", "các phong trào thi đua", "công tác thi đua", "tập thể cá nhân",
                "cơ quan đơn vị", "cơ quan đơn vị địa phương", "xây dựng", "quy định", "hướng dẫn", "công tác"}


def protect(text: str) -> str:
    for pattern, joined in _PAIR_RES:
        text = pattern.sub(joined, text)
    return text


def unprotect(text: str) -> str:
    return text.replace("\u2063", ",")


def strip_lead(words: str) -> str:
    changed = True
    while changed and words:
        changed = False
        for lead in _GENERIC_LEAD:
            if words == lead:
                return ""
            if words.startswith(lead + " "):
                words = words[len(lead) + 1:]
                changed = True
                break
    return words


def strip_time(words: str) -> str:
    previous = None
    while previous != words:
        previous, words = words, _TIME.sub("", words).strip()
    return words


def chunks(text: str, keep_time: bool = False) -> list[str]:
    """The noun phrases of a point, as rule phrases, in the order written."""
    text = _PARENS.sub(" ", text)
    doc = _DOC_REF.search(text)
    if doc:  # "... theo Kế hoạch số 15/KH-UBND ...": the documents are cited, not the subject
        text = text[: doc.start()]
    m = _CUT.search(" " + text + " ")
    if m:
        text = (" " + text)[: m.start()]
    found: list[str] = []
    for piece in split_outside(protect(text), ",;:"):
        for part in re.split(r"\s+(?:và|hoặc|với)\s+", piece):
            words = _words(part, keep_time)
            if len(words.split()) > 7 and "\u2063" in part:  # a long run of paired words: its pieces
                pieces = [_words(sub, keep_time) for sub in part.split("\u2063")]
            else:
                pieces = [words]
            found += [w for w in pieces if w and w not in found]
    return found


def _words(part: str, keep_time: bool) -> str:
    words = phrase(unprotect(part))
    if not keep_time:
        words = strip_time(words)
    return strip_lead(words)


def useful(candidates: list[str], min_words: int = 2, max_words: int = 8) -> list[str]:
    """The chunks worth matching: not generic alone, not too short, long ones cut to their head."""
    kept: list[str] = []
    for c in candidates:
        n = len(c.split())
        if c in GENERIC_ONLY or n < min_words:
            continue
        if n > max_words:
            c = _head(c)
        if c not in kept:
            kept.append(c)
    return kept + [g for g in map(gapped, kept) if g and g not in kept]


def gapped(words: str) -> str | None:
    """"đăng ký giao ước thi đua" -> "đăng ký ... thi đua": the phrase's first and last two
    syllables with up to four words between, so "đăng ký thi đua" and "tổng kết công tác thi
    đua, khen thưởng" still match. None for short phrases."""
    parts = words.split()
    if len(parts) < 5 or parts[1] in _TRAILING or parts[-2] in _TRAILING:
        return None
    head, tail = " ".join(parts[:2]), " ".join(parts[-2:])
    if head in GENERIC_ONLY or tail in GENERIC_ONLY and head in GENERIC_LEAD:
        return None
    return f"{head} ... {tail}"


def point_phrases(text: str) -> list[str]:
    """Phrases for one required point: its noun phrases; one-word ones only when nothing else."""
    head, colon, tail = text.partition(":")
    if colon and "," in tail:  # "thi đua trên các lĩnh vực: A, B, C": the list is the point
        text = tail
    found = chunks(text)
    kept = useful(found)
    if not kept:
        kept = [c for c in found if c not in GENERIC_ONLY and len(c) > 3][:3]
    return kept


def document_refs(text: str) -> list[tuple[str, str]]:
    """The documents a point cites: (shown name "Chỉ thị 05-CT/TW", regex over canonical text)."""
    refs = []
    for m in _DOC_REF.finditer(text):
        kind, _, number = m.group(0).partition(" số ")
        number = number.rstrip(".,;")
        digits = re.match(r"0*(\d+)", number)
        if not digits:
            continue
        n = digits.group(1)
        kind_canon = phrase(kind)
        suffix = phrase(number[digits.end():]).split()
        # "Chỉ thị 5", "Chỉ thị số 5" or "5-CT/TW" (canonical "5 ct tw"); regexes are not canonicalised
        alternatives = [rf"{kind_canon}(?: số)? {n}"] + ([rf"{n} {re.escape(suffix[0])}"] if suffix else [])
        regex = "re:\\b(?:" + "|".join(alternatives) + ")\\b"
        refs.append((f"{kind.strip()} {number}", regex))
    return refs


_TRAILING = {"các", "những", "của", "và", "với", "trong", "về", "cho", "là", "được", "theo"}


def _trim(words: str) -> str:
    parts = words.split()
    while parts and parts[-1] in _TRAILING:
        parts.pop()
    return " ".join(parts)


def _head(words: str) -> str:
    """A long phrase's head: up to the first function word, else its first six words."""
    parts = words.split()
    for i, w in enumerate(parts[2:8], start=2):
        if w in _TRAILING:
            return " ".join(parts[:i])
    return _trim(" ".join(parts[:6]))
