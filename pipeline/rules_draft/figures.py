"""The figures a directive asks for: the titles and awards it names (“Lao động tiên tiến”,
Giấy khen, sáng kiến...), the "khen chuyên đề, đột xuất" kind of award, and "tỷ lệ ... là A,
là B" ratios -> one figure each, with a name made from its title.

Award titles are recognised from the directive's quotes after "danh hiệu" and from the forms of
award the Law on Emulation and Commendation defines (AWARDS below: general knowledge, not one
directive's)."""

from __future__ import annotations

import re

from tdkt.pipeline.rules_draft.model import DraftFigure
from tdkt.pipeline.rules_draft.text import phrase, slug, strip_accents, upper_first

# Forms of award and titles of the Law on Emulation and Commendation (and the initiatives that
# ground them): canonical phrase -> (unit of the count, other ways reports write it).
AWARDS: dict[str, tuple[str, list[str]]] = {
    "tập thể lao động xuất sắc": ("collectives", []),
    "tập thể lao động tiên tiến": ("collectives", ["tập thể lđtt"]),
    "lao động tiên tiến": ("individuals", ["lđtt"]),
    "chiến sĩ thi đua cấp tỉnh": ("individuals", ["cstđ cấp tỉnh"]),
    "chiến sĩ thi đua cơ sở": ("individuals", ["chiến sĩ thi đua cấp cơ sở", "cstđcs", "cstđ cơ sở"]),
    "chiến sĩ tiên tiến": ("individuals", []),
    "đơn vị tiên tiến": ("collectives", []),
    "đơn vị quyết thắng": ("collectives", []),
    "cờ thi đua": ("collectives", []),
    "bằng khen": ("both", []),
    "giấy khen": ("both", []),
    "huân chương lao động": ("both", []),
    "sáng kiến": ("any", ["đề tài, sáng kiến", "sáng kiến kinh nghiệm"]),
}
_QUOTED = re.compile(r"[“\"]([^”\"]{3,80})[”\"]")
_SPECIAL_AWARD = re.compile(r"\bkhen(?: thưởng)? ((?:chuyên đề|đột xuất|theo chuyên đề|thường xuyên|"
                            r"theo công trạng|cống hiến)(?:,? (?:và )?(?:chuyên đề|đột xuất|thường xuyên))*)",
                            re.IGNORECASE)
_RATIO = re.compile(r"\b(?:tỷ|tỉ) lệ\b", re.IGNORECASE)
# "Hai tỷ lệ sau", "các tỷ lệ": a lead-in announcing ratios, not one.
_RATIO_LEAD = re.compile(r"(?:\b(?:hai|ba|các|những)|\d)\s+$", re.IGNORECASE)
_RATIO_STOP = re.compile(r"\s(?:được|đạt|tính đến|trên tổng|so với)\s", re.IGNORECASE)
_RATIO_TAIL = re.compile(r",\s*(?:phấn đấu|bảo đảm|đảm bảo|không vượt|không quá|tối thiểu|tối đa)\b.*$",
                         re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^)]*\)")
# A bracket giving the armed forces' name of a title: "(lực lượng vũ trang: “Chiến sĩ tiên tiến”)".
_ARMED = re.compile(r"\b(?:lực lượng vũ trang|llvt|quân đội|công an)\b", re.IGNORECASE)
_VERSUS = re.compile(r"\s(?:so với|trên tổng số|trên số|trên)\s", re.IGNORECASE)


def _figure(title: str, kind: str, source: str, unit: str = "any", extra: list[str] | None = None,
            name: str | None = None) -> DraftFigure:
    titles = [title] + [t for t in (extra or []) if t != title]
    return DraftFigure(name or slug(title), upper_first(title), kind, titles, source, unit=unit)


def award_titles(text: str) -> list[str]:
    """The award titles a clause names, longest first where one holds another, in text order."""
    canon = phrase(text)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for award in sorted(AWARDS, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(award)}(?!\w)", canon):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), award))
    quoted_after_title = []
    for q in _QUOTED.finditer(text):
        before = text[max(0, q.start() - 120): q.start()].lower()
        name = phrase(q.group(1))
        if "danh hiệu" in before and name not in AWARDS and len(name.split()) <= 8:
            quoted_after_title.append(name)
    ordered = [a for _, a in sorted(found)]
    return list(dict.fromkeys(ordered + quoted_after_title))


def special_award(text: str) -> str | None:
    """"khen chuyên đề, đột xuất" -> that phrase, as written."""
    m = _SPECIAL_AWARD.search(text)
    return m.group(0) if m else None


def _ratio(text: str) -> re.Match | None:
    """The first "tỷ lệ" that names a ratio, not a lead-in ("Hai tỷ lệ sau, ...: Tỷ lệ ...")."""
    return next((m for m in _RATIO.finditer(text)
                 if not _RATIO_LEAD.search(text[: m.start()]) and not re.match(r"\s*sau\b", text[m.end():])),
                None)


def ratio_groups(text: str) -> list[str]:
    """"tỷ lệ cá nhân là người lao động trực tiếp, là cán bộ lãnh đạo, quản lý được tặng ..." ->
    ["người lao động trực tiếp", "cán bộ lãnh đạo, quản lý"]."""
    m = _ratio(text)
    if not m:
        return []
    body = _RATIO_TAIL.sub("", _PARENS.sub("", text[m.end():]))
    stop = _RATIO_STOP.search(" " + body + " ")
    if stop:
        body = (" " + body)[: stop.start()]
    groups = [g.strip(" ,;") for g in re.split(r",?\s+là\s+", body)[1:]]
    if not groups:  # "tỷ lệ người lao động trực tiếp" (no "là"): the words after "tỷ lệ"
        groups = [body.strip(" ,;")]
    return [g for g in groups if len(g.split()) >= 2]


def armed_forces_aliases(text: str) -> dict[str, str]:
    """{alias: title} for titles the directive gives the armed forces' name of in brackets:
    "“Lao động tiên tiến” (lực lượng vũ trang: “Chiến sĩ tiên tiến”)" -> {chiến sĩ tiên tiến:
    lao động tiên tiến}. The same count under another name, not a figure of its own."""
    aliases = {}
    for m in re.finditer(r"\(([^)]*)\)", text):
        if not _ARMED.search(m.group(1)):
            continue
        before = award_titles(_PARENS.sub(" ", text[: m.start()]))
        for alias in award_titles(m.group(1)):
            if before and alias != before[-1]:
                aliases[alias] = before[-1]
    return aliases


def title_ratio(text: str) -> tuple[str, str] | None:
    """"Tỷ lệ số cá nhân ... “Chiến sĩ thi đua cơ sở” so với số cá nhân ... “Lao động tiên tiến”"
    -> (chiến sĩ thi đua cơ sở, lao động tiên tiến): a ratio of one title to another."""
    m = _ratio(text)
    versus = _VERSUS.search(text, m.end()) if m else None
    if not m or not versus or versus.start() < m.start():
        return None
    top, bottom = award_titles(text[m.start(): versus.start()]), award_titles(text[versus.end():])
    return (top[-1], bottom[0]) if top and bottom and top[-1] != bottom[0] else None


def figures_of_clause(clause: str) -> tuple[list[DraftFigure], list[DraftFigure]]:
    """(count figures, percent figures) a clause asks for. In a ratio clause, the titles after
    "được tặng" say whose ratio it is: they are not asked for again there."""
    pair = title_ratio(clause)
    if pair:
        top, bottom = pair
        title = f"{top} so với {bottom}"
        fig = _figure(title, "percent", clause, extra=[top],
                      name="ty_le_" + "_".join(strip_accents(top).split()) + "_tren_"
                      + "_".join(strip_accents(bottom).split()))
        fig.label = "Tỷ lệ " + title
        return [], [fig]
    groups = ratio_groups(clause)
    if groups:
        percent = []
        for g in groups:
            words = phrase(g)
            short = re.sub(r"^(?:người|cán bộ|cá nhân là) ", "", words)
            percent.append(_figure(g, "percent", clause, extra=[words, short],
                                   name="ty_le_" + "_".join(strip_accents(short).split())))
            percent[-1].label = "Tỷ lệ " + g
        return [], percent
    counts = []
    aliases = armed_forces_aliases(clause)
    for title in award_titles(clause):
        if title in aliases:
            continue
        unit, more = AWARDS.get(title, ("any", []))
        more = more + [a for a, t in aliases.items() if t == title]
        counts.append(_figure(title, "count", clause, unit=unit, extra=more))
    special = special_award(clause)
    if special:
        words = phrase(special)
        extra = [words.replace("khen ", "khen thưởng ", 1)] if not words.startswith("khen thưởng") else []
        # How reports name it: without "theo", and each kind alone ("khen thưởng đột xuất").
        kinds = re.findall(r"chuyên đề|đột xuất|thường xuyên|theo công trạng|cống hiến", words)
        extra += [words.replace(" theo ", " ", 1), "khen thưởng " + " ".join(kinds)]
        extra += [f"khen thưởng {k}" for k in kinds] if len(kinds) > 1 else []
        counts.append(_figure(special.strip(), "count", clause, unit="both",
                              extra=list(dict.fromkeys(extra + [words]))))
    return counts, []
