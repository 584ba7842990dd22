"""K1-K5 figures: counts of titles and awards, and the two ratios, with plausibility warnings.

A generic interpreter of the `figures:` section of the rules (titles, synonyms, unit words,
context words, zero phrases, absorption) — no title or phrase is written here. Per sentence it
finds title mentions (longest first, without tone marks so OCR noise does not matter) and the
numbers around them (numbers.py), attaches each number to the title it belongs to (before:
"25 cá nhân đạt Lao động tiên tiến", after: "Giấy khen cho 01 tập thể và 02 cá nhân"), and
keeps, per figure, the best-scored statement of the whole document: stated totals and table
total rows first, awards before proposals, never targets or plans, never a sum across passages.
Tables are read by their header cells. Deciding present/partial for K1-K5 is the judge's job.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from tdkt.pipeline.normalize import normalize_text as _normalize
from tdkt.pipeline.numbers import Number, find_numbers, fold
from tdkt.pipeline.record import Evidence


@dataclass
class FiguresResult:
    values: dict[str, int | float] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # per item id ("K2": "...")
    warnings: list[str] = field(default_factory=list)  # Vietnamese plausibility warnings


# --- the rules, compiled -----------------------------------------------------------------------

@dataclass
class _Spec:
    name: str
    item: str
    kind: str
    unit: str
    label: str
    not_followed: re.Pattern | None
    exclude: re.Pattern | None
    zero: re.Pattern | None
    absorbs: list[str]
    absorb_when: re.Pattern | None
    context_any: re.Pattern | None
    count_words: re.Pattern | None


@dataclass
class _Rules:
    specs: dict[str, _Spec]
    titles: re.Pattern  # folded trie regex of every title and synonym
    title_index: dict[str, int]  # canonical folded phrase -> index into `title_of`
    title_of: list[tuple[str, str | None]]  # (figure, synonym note)
    units: re.Pattern  # folded, anchored after a count: individuals / collectives
    unit_kind: dict[str, str]
    ctx: dict[str, re.Pattern]  # on lower-case text with tone marks
    link: re.Pattern
    plausibility: dict
    more_units: re.Pattern  # ", người lao động" after "12 viên chức"
    prefilter: re.Pattern  # first words of the titles
    zero_prefilter: re.Pattern  # first words of the zero phrases
    lead_cache: dict = field(default_factory=dict)
    column_words: dict | None = None  # see _column_words


_RULES_CACHE: dict[str, _Rules] = {}


def _phrase_re(phrase: str) -> str:
    """A phrase as a regex: any run of spaces between words, optional space before a comma."""
    return re.escape(phrase).replace(r"\ ", r"\s+").replace(",", r"\s*,")


def _trie_regex(phrases: list[str]) -> str:
    """One regex for many phrases, as a character trie: fast where a plain alternation of
    forty titles would retry every phrase at every position. Longest match first."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: c):
            piece = r"\s+" if ch == " " else (r"\s*," if ch == "," else re.escape(ch))
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def _canon_phrase(text: str) -> str:
    return re.sub(r"\s*,", ",", re.sub(r"\s+", " ", text))


def _alternation(phrases, fold_it: bool) -> str:
    forms = sorted({(fold(p) if fold_it else p.lower()).strip() for p in phrases if p and p.strip()},
                   key=len, reverse=True)
    return "|".join(_phrase_re(f) for f in forms)


def _words_re(phrases, fold_it: bool = False) -> re.Pattern | None:
    alt = _alternation(phrases or [], fold_it)
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)") if alt else None


def _first_words_re(phrases) -> re.Pattern:
    words = sorted({fold(p).split()[0] for p in phrases if p.split()}, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _compile(ruleset) -> _Rules:
    key = getattr(ruleset, "fingerprint", None) or str(id(ruleset))
    cached = _RULES_CACHE.get(key)
    if cached is not None:
        return cached
    raw = getattr(ruleset, "raw", None) or {}
    figures = raw.get("figures") or {}
    specs: dict[str, _Spec] = {}
    title_of: list[tuple[str, str | None]] = []
    groups: list[tuple[str, int]] = []  # (folded phrase, index)
    for name, spec in figures.items():
        specs[name] = _Spec(
            name=name, item=spec.get("item", ""), kind=spec.get("kind", "count"), unit=spec.get("unit", "any"),
            label=spec.get("label") or name,
            not_followed=_words_re(spec.get("not_followed_by"), True),
            exclude=_words_re(spec.get("exclude_context")),
            zero=_words_re(spec.get("zero"), True),
            absorbs=list(spec.get("absorbs") or []),
            absorb_when=_words_re(spec.get("absorb_when") or spec.get("titles")),
            context_any=_words_re(spec.get("context_any")),
            count_words=_words_re(spec.get("count_words"), True),
        )
        for phrase in spec.get("titles") or []:
            title_of.append((name, None))
            groups.append((fold(phrase), len(title_of) - 1))
        for phrase, note in (spec.get("synonyms") or {}).items():
            title_of.append((name, note))
            groups.append((fold(phrase), len(title_of) - 1))
    groups.sort(key=lambda g: len(g[0]), reverse=True)
    title_index = {_canon_phrase(p): i for p, i in reversed(groups)}
    titles = re.compile(rf"(?<!\w)(?:{_trie_regex([p for p, _ in groups])})(?!\w)") if groups \
        else re.compile(r"(?!x)x")
    # Cheap pre-filter: a sentence can only hold a title if it holds one of their first words.
    first_words = sorted({p.split()[0].rstrip(",") for p, _ in groups if p.split()}, key=len, reverse=True)
    prefilter = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, first_words)) + r")(?!\w)") if first_words \
        else re.compile(r"(?!x)x")
    unit_words = raw.get("unit_words") or {}
    unit_kind: dict[str, str] = {}
    for kind, words in (("ind", unit_words.get("individuals") or []), ("col", unit_words.get("collectives") or [])):
        for w in words:
            unit_kind[re.sub(r"\s+", " ", fold(w))] = kind
    unit_alt = "|".join(_phrase_re(u) for u in sorted(unit_kind, key=len, reverse=True))
    units = re.compile(rf"\s*(?:la\s+)?(?:luot\s+)?(?P<u>{unit_alt})(?!\w)") if unit_alt else re.compile(r"(?!x)x")
    more_units = re.compile(rf"\s*(?:,|và|va|/)\s*(?:{unit_alt})(?!\w)") if unit_alt else re.compile(r"(?!x)x")
    context = raw.get("context") or {}
    ctx = {k: _words_re(v) for k, v in context.items() if v}
    link = _words_re(context.get("link"), True)
    rules = _Rules(specs, titles, title_index, title_of, units, unit_kind, ctx, link, dict(raw.get("plausibility") or {}),
                   more_units, prefilter, _first_words_re(z for spec in figures.values() for z in spec.get("zero") or []))
    _RULES_CACHE[key] = rules
    return rules


# --- sentences ---------------------------------------------------------------------------------

@dataclass
class _Sentence:
    text: str
    where: str
    lead: str  # lower-case heading and "...:" lead-in above, for context words
    section: bool  # under a commendation heading
    before: str = ""  # the previous clause of the same paragraph ("Tỷ lệ ... 78,6%; lãnh đạo 21,4%")


_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\-–•+(\"“])|;\s*|\n")
_NUMBERING = re.compile(r"^\s*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s+|^\s*[-–•+*]\s*")
_HEADING_LIKE = re.compile(r"^\s*(?:[IVX]+\s*\.|\d+(?:\.\d+)*\s*[.)]|[a-zđ]\s*\)|phần\s+thứ)", re.IGNORECASE)


def _is_heading(block, text: str) -> bool:
    if block.kind == "heading" or block.heading_level:
        return True
    if len(text) > 160:
        return False
    if block.list_label or _HEADING_LIKE.match(text):
        return len(text) < 120
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(text) < 120


def _walk(document, rules: _Rules):
    """Yield ("s", _Sentence) and ("t", block, lead, section) in reading order."""
    heading = ""
    colon_lead = ""
    section_re = rules.ctx.get("section")
    for block in document.blocks:
        if block.region in ("header-left", "header-right", "closing-left", "closing-right"):
            continue
        lead = f"{heading} | {colon_lead}".lower()
        section = bool(section_re and section_re.search(heading.lower()))
        if block.kind == "table" and block.rows:
            yield ("t", block, lead, section)
            continue
        text = _normalize(block.full_text or "")
        if not text:
            continue
        if _is_heading(block, text):
            heading, colon_lead = text, ""
            lead = f"{heading} | ".lower()
            section = bool(section_re and section_re.search(heading.lower()))
        where = block.where.label()
        before = ""
        for part in _SPLIT.split(text):
            part = _NUMBERING.sub("", part).strip()
            if part:
                yield ("s", _Sentence(part, where, lead, section, before))
                before = part
        if text.rstrip().endswith(":") and not _is_heading(block, text):
            colon_lead = text


# --- mentions and numbers in one sentence ------------------------------------------------------

@dataclass
class _Mention:
    figure: str
    start: int
    end: int
    note: str | None
    counts: list = field(default_factory=list)  # attached (_Num)


@dataclass
class _Num:
    n: Number
    unit: str | None  # ind | col | title | None
    end: int  # after the unit word


def _mentions(text: str, folded: str, rules: _Rules) -> list[_Mention]:
    out = []
    if not rules.prefilter.search(folded):
        return out
    for m in rules.titles.finditer(folded):
        idx = rules.title_index.get(_canon_phrase(m.group(0)))
        if idx is None:
            continue
        figure, note = rules.title_of[idx]
        spec = rules.specs[figure]
        if spec.not_followed and spec.not_followed.match(folded, m.end() + 1 if folded[m.end():m.end() + 1] == " "
                                                         else m.end()):
            continue
        out.append(_Mention(figure, m.start(), m.end(), note))
    return out


def _numbers(text: str, folded: str, rules: _Rules, mentions: list[_Mention]) -> list[_Num]:
    starts = {m.start for m in mentions}
    spans = [(m.start, m.end) for m in mentions]
    out = []
    for n in find_numbers(text):
        if n.kind not in ("count", "percent", "fraction"):
            continue
        if any(a <= n.start < b for a, b in spans):
            continue  # a digit inside a title phrase
        unit = None
        end = n.end
        um = rules.units.match(folded, n.end)
        gap = re.match(r"\s*", folded[n.end:])
        if n.end + gap.end() in starts:
            unit = "title"  # "18 người lao động trực tiếp": the title, not the unit word "người"
        elif um and any(n.end <= a < um.end() for a, _ in spans):
            unit = "title"  # "11/40 là cán bộ lãnh đạo, quản lý": the title begins inside
        elif um:
            unit = rules.unit_kind.get(re.sub(r"\s+", " ", um.group("u")))
            end = um.end()
            while True:  # "12 viên chức, người lao động": one unit phrase, unless a title starts
                more = rules.more_units.match(folded, end)
                if not more or any(end <= a < more.end() for a, _ in spans):
                    break
                end = more.end()
        else:
            for spec in rules.specs.values():  # "05 đề tài, sáng kiến": the figure's own count word
                if spec.count_words and spec.count_words.match(folded, n.end + gap.end()):
                    unit = "title"
                    break
        if n.weak and unit is None and n.kind == "count":
            continue  # "năm", "ba" alone are words, not numbers
        out.append(_Num(n, unit, end))
    # A table row flattened into a line (OCR, PDF): "4 Giấy khen 05 07 Chủ tịch UBND xã" — the
    # leading number is the row's STT, not a count of the title.
    if len(out) >= 2 and out[0].unit == "title" and not text[:out[0].n.start].strip():
        title = next((m for m in mentions if m.start >= out[0].end), None)
        if title is not None and not text[title.end:out[1].n.start].strip(" :") and out[1].n.start >= title.end:
            out = out[1:]
    return out


_LINK_VERB = re.compile(r"\b(?:dat|duoc|tang|cong nhan|la)\b")


def _linky(gap: str, rules: _Rules, max_words: int = 4) -> bool:
    """A gap between a number and the title it counts: link words only, no separators.

    A few other words are allowed after a verb of awarding ("02 công chức được Chủ tịch UBND
    huyện tặng Giấy khen", "02 tổ chuyên môn đạt ...").
    """
    if re.search(r"[;,.()]", gap):
        return False
    rest = rules.link.sub(" ", fold(gap)) if rules.link else fold(gap)
    rest = re.sub(r"[\"“”'‘’:]", " ", rest)
    if len(rest.split()) <= 1 and len(gap.split()) <= max_words + 3:
        return True
    return bool(_LINK_VERB.search(fold(gap))) and len(rest.split()) <= 5 and len(gap.split()) <= 10


_LIST_SEP = re.compile(r"^[\s\"“”'‘’]*(?:,|và|/)[\s\"“”'‘’]*(?:và\s*)?(?:danh hiệu\s*)?[\"“”'‘’]*\s*$")


def _attach(text: str, folded: str, mentions: list[_Mention], nums: list[_Num], rules: _Rules) -> None:
    """Give each number to the title it counts (see module docstring)."""
    verb_re = rules.ctx.get("award_verb")
    low = text.lower()
    for k, num in enumerate(nums):
        prev = next((m for m in reversed(mentions) if m.end <= num.n.start), None)
        nxt = next((m for m in mentions if m.start >= num.end), None)
        before_ok = False
        if nxt is not None:
            between = [x for x in nums if num.end <= x.n.start < nxt.start]
            before_ok = not between and _linky(text[num.end:nxt.start], rules)
            following = next((m for m in mentions if m.start >= nxt.end), None)
            if before_ok and following is not None and _LIST_SEP.match(text[nxt.end:following.start]) \
                    and num.unit not in ("title",):
                # "38 cá nhân được tặng "LĐTT", "CSTĐCS" và Giấy khen": a total over a list of
                # titles, the count of none of them.
                continue
        after_ok = False
        if prev is not None:
            gap = text[prev.end:num.n.start]
            others = [m for m in mentions if prev.end <= m.start < num.n.start]
            last = prev.counts[-1].end if prev.counts else prev.end
            # A verb of awarding re-anchors a long clause: "Khen chuyên đề ...: nhân kỷ niệm ...,
            # Ban Thường vụ khen thưởng 07 tập thể".
            verbs = [m.end() for m in verb_re.finditer(low, last, num.n.start)] if verb_re else []
            anchor = max([last, *verbs])
            after_ok = not others and ";" not in gap and (len(gap.split()) <= 20
                                                          or len(text[anchor:num.n.start].split()) <= 12)
        if after_ok and prev is not None:
            # "... "LĐTT", "CSTĐCS" và Giấy khen: 195 lượt là ...": a number after a list of
            # titles belongs to none of them.
            before_prev = next((m for m in reversed(mentions) if m.end <= prev.start), None)
            if before_prev is not None and rules.specs[prev.figure].kind == "count" \
                    and rules.specs[before_prev.figure].kind == "count" \
                    and _LIST_SEP.match(text[before_prev.end:prev.start]):
                after_ok = False
        if before_ok and after_ok and rules.specs[nxt.figure].kind == "percent" \
                and re.fullmatch(r"\s*(?:là|chiếm|đạt)?\s*", text[num.end:nxt.start]):
            after_ok = False  # "195 lượt là người lao động trực tiếp": counted for the ratio
        if before_ok and after_ok:
            # "LĐTT cho 25 cá nhân, 3 cá nhân đạt CSTĐCS": an extra number after a title that
            # already has one, and a link word to the next title, belongs to the next title.
            linked = bool(_LINK_VERB.search(fold(text[num.end:nxt.start])))
            separated = "," in text[(prev.counts[-1].end if prev.counts else prev.end):num.n.start]
            if ((prev.counts or separated) and linked) or (num.unit == "title"
                                                             and not text[num.end:nxt.start].strip()):
                after_ok = False
            else:
                before_ok = False
        if before_ok:
            nxt.counts.append(num)
        elif after_ok:
            prev.counts.append(num)


# --- values ------------------------------------------------------------------------------------

_CONNECT = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,2}?(?:,|và|va|;|cùng|\+)?\s*(?:và|va|cho)?\s*$")
_PARENS = re.compile(r"\([^()]*\)")


def _connected(text: str) -> bool:
    """Text between "01 tập thể" and "02 cá nhân" that joins them into one statement."""
    return bool(_CONNECT.match(_PARENS.sub(" ", text)))


# On folded text, so that OCR's "tống cộng" still reads as a total.
_TOTAL_BEFORE = re.compile(r"(?:tong\s*cong|tong\s*so|tong\s*:)\s*(?:la|co)?\s*:?\s*$")


def _count_value(mention: _Mention, spec: _Spec, text: str) -> tuple[int | None, list[_Num]]:
    counts = [c for c in mention.counts if c.n.kind == "count"]
    if not counts:
        return None, []
    for c in counts:  # "..., tổng cộng 14 lượt tập thể, cá nhân": the stated total
        if c is not counts[0] and _TOTAL_BEFORE.search(fold(text[max(0, c.n.start - 20):c.n.start])):
            return int(c.n.value), [c]
    if spec.unit == "both":
        first = counts[0]
        if len(counts) > 1 and first.unit is None and counts[1].unit is None \
                and not text[mention.end:first.n.start].strip(" :") and not text[first.end:counts[1].n.start].strip():
            # "Giấy khen 05 07": a flattened table row, collectives and individuals columns
            return int(first.n.value) + int(counts[1].n.value), [first, counts[1]]
        if first.unit in ("ind", "col") and len(counts) > 1:
            second = counts[1]
            if second.unit in ("ind", "col") and second.unit != first.unit \
                    and _connected(text[first.end:second.n.start]):
                return int(first.n.value) + int(second.n.value), [first, second]
        return int(first.n.value), [first]
    wanted = {"individuals": ("ind",), "collectives": ("col",)}.get(spec.unit)
    for c in counts:
        if wanted is None or c.unit in wanted or c.unit in (None, "title"):
            return int(c.n.value), [c]
    return None, []


def _pair_before(nums: list[_Num], used: _Num, text: str) -> _Num | None:
    """In "01 tập thể và 02 cá nhân được tặng Giấy khen", the partner of 02 is 01."""
    k = nums.index(used)
    if k == 0 or used.unit not in ("ind", "col"):
        return None
    prev = nums[k - 1]
    if prev.n.kind == "count" and prev.unit in ("ind", "col") and prev.unit != used.unit \
            and _connected(text[prev.end:used.n.start]):
        return prev
    return None


@dataclass
class _Candidate:
    figure: str
    value: int | float
    score: float
    order: int
    evidence: Evidence
    note: str | None = None
    proposal: bool = False


def _region(text: str, mention: _Mention, used: list[_Num], mentions: list[_Mention], start: int) -> str:
    """The clause a statement reads in: from the previous statement to the end of its own."""
    end = max([mention.end] + [u.end for u in used])
    nxt = next((m.start for m in mentions if m.start >= end), len(text))
    tail = text[end:nxt]
    cut = re.search(r",|\svà\s|\scòn\s|;", tail)
    if cut:
        tail = tail[:cut.start()]
    return text[start:end] + tail


def _context_score(region: str, lead: str, section: bool, rules: _Rules) -> tuple[float, bool, bool]:
    """(score, is_proposal, is_plan)."""
    low = region.lower()
    ctx = rules.ctx
    score = 0.0
    if ctx.get("total") and ctx["total"].search(low):
        score += 4
    if section:
        score += 1
    plan = bool(ctx.get("plan") and ctx["plan"].search(low))
    proposal = bool(ctx.get("proposal") and ctx["proposal"].search(low))
    award = bool(ctx.get("award") and ctx["award"].search(low))
    if proposal and not award:
        score -= 3
    elif proposal:
        score -= 1
    return score, proposal, plan


def _sentence_candidates(sent: _Sentence, rules: _Rules, order: int, folded: str | None = None) -> list[_Candidate]:
    text = sent.text
    folded = folded if folded is not None else fold(text)
    mentions = _mentions(text, folded, rules)
    if not any(rules.specs[m.figure].kind == "count" for m in mentions):
        implied = _implied_mention(text, sent.lead, rules)
        if implied is not None:
            mentions = sorted(mentions + [implied], key=lambda m: m.start)
    if not mentions:
        return []
    nums = _numbers(text, folded, rules, mentions)
    count_mentions = [m for m in mentions if rules.specs[m.figure].kind == "count"]
    pct_mentions = [m for m in mentions if rules.specs[m.figure].kind == "percent"]
    count_nums = [n if n.n.kind == "count" else _Num(dataclasses.replace(n.n, kind="count"), n.unit, n.end)
                  for n in nums if n.n.kind == "count" or (n.n.kind == "fraction" and n.unit)]
    # Ratio titles take part as sinks: "..., có 27 cá nhân là người lao động trực tiếp" is no
    # count of the Giấy khen named just before.
    sinks = [_Mention(m.figure, m.start, m.end, None) for m in pct_mentions]
    _attach(text, folded, sorted(count_mentions + sinks, key=lambda m: m.start), count_nums, rules)
    _attach(text, folded, pct_mentions, nums, rules)
    out: list[_Candidate] = []
    boundary = 0
    evidence = Evidence(text[:300], sent.where)
    lead = sent.lead
    for k, mention in enumerate(mentions):
        spec = rules.specs[mention.figure]
        if spec.kind == "percent":
            cand = _percent_candidate(mention, spec, text, nums, sent, rules, order + k)
            if cand:
                out.append(cand)
            continue
        value, used = _count_value(mention, spec, text)
        if value is not None and spec.unit == "both" and used and used[0].n.start < mention.start and len(used) == 1:
            partner = _pair_before(count_nums, used[0], text)
            if partner is not None:
                value += int(partner.n.value)
                used = [partner, *used]
        region = _region(text, mention, used, mentions, boundary)
        if used:
            boundary = max(u.end for u in used)
        figure, note = mention.figure, mention.note
        low_region, low_lead = region.lower(), lead
        # Absorption: "Khen thưởng đột xuất: Giấy khen cho 01 tập thể..." is the ad-hoc figure.
        for other in rules.specs.values():
            if figure in other.absorbs and other.absorb_when and (
                    other.absorb_when.search(low_region) or other.absorb_when.search(low_lead.split("|")[-1])
                    or other.absorb_when.search(low_lead)):
                figure, note = other.name, None
                spec = other
                break
        if spec.exclude and (spec.exclude.search(low_region) or spec.exclude.search(low_lead)):
            continue
        score, proposal, plan = _context_score(region, lead, sent.section, rules)
        if plan:
            continue
        if len(used) == 1 and _TOTAL_BEFORE.search(fold(text[max(0, used[0].n.start - 20):used[0].n.start])) \
                and not (rules.ctx.get("total") and rules.ctx["total"].search(region.lower())):
            score += 4  # a stated total the context words missed (OCR: "tống cộng")
        if value is None and spec.unit == "collectives" and _self_collective(text[boundary:mention.start], rules):
            value = 1  # "Tập thể Phòng đạt danh hiệu Tập thể lao động tiên tiến"
        if value is None:
            zero = _stated_zero(spec, mention, text, folded, rules)
            if zero:
                out.append(_Candidate(figure, 0, score - 2, order + k, evidence, note))
            continue
        out.append(_Candidate(figure, value, score, order + k, evidence, note, proposal))
    # Zero phrases with no title mention of their own in the sentence are found by _zero_scan.
    return out


def _lead_figure(lead: str, rules: _Rules) -> str | None:
    """The one count figure the nearest heading or "...:" lead-in names, if exactly one."""
    if lead not in rules.lead_cache:
        rules.lead_cache[lead] = _lead_figure_uncached(lead, rules)
        if len(rules.lead_cache) > 512:
            rules.lead_cache.clear()
    return rules.lead_cache.get(lead)


def _lead_figure_uncached(lead: str, rules: _Rules) -> str | None:
    for part in reversed(lead.split("|")):
        part = part.strip()
        if not part:
            continue
        figures = {m.figure for m in _mentions(part, fold(part), rules) if rules.specs[m.figure].kind == "count"}
        return figures.pop() if len(figures) == 1 else None
    return None


def _implied_mention(text: str, lead: str, rules: _Rules) -> _Mention | None:
    """Under "3. Khen thưởng chuyên đề", "Ban Thường vụ khen thưởng 06 tập thể..." counts for it."""
    verb_re = rules.ctx.get("award_verb")
    if not verb_re or not lead.strip(" |"):
        return None
    figure = _lead_figure(lead, rules)
    if figure is None:
        return None
    m = verb_re.search(text.lower())
    if not m:
        return None
    return _Mention(figure, m.start(), m.end(), None)


_SELF_VERB = re.compile(r"\b(?:đạt|được công nhận|được tặng|công nhận)\b")


def _self_collective(before: str, rules: _Rules) -> bool:
    subject = rules.ctx.get("self_collective")
    low = before.lower()
    m = subject.search(low) if subject else None
    if not m or not _SELF_VERB.search(low, m.end()):
        return False
    neg = rules.ctx.get("negation")
    return not (neg and neg.search(low[m.start():]))


_ZERO_AFTER = re.compile(r"^\s*(?:(?:6|sáu) tháng (?:đầu )?năm(?: \d{4})?|năm \d{4})?\s*[:\-–]?\s*"
                         r"(?:không có|chưa có|không|chưa)\b")


def _stated_zero(spec: _Spec, mention: _Mention, text: str, folded: str, rules: _Rules) -> bool:
    if spec.zero and spec.zero.search(folded):
        return True
    if _ZERO_AFTER.match(text[mention.end:mention.end + 30].lower()):
        return True  # "Sáng kiến cấp cơ sở: không có."
    neg = rules.ctx.get("negation")
    before = text[max(0, mention.start - 40):mention.start].lower()
    words = before.split()[-4:]
    return bool(neg and neg.search(" ".join(words)))


def _percent_candidate(mention, spec, text, nums, sent, rules, order) -> _Candidate | None:
    low = (text + " " + sent.lead + " " + sent.before).lower()
    if spec.context_any and not spec.context_any.search(low):
        return None
    if rules.ctx.get("plan") and rules.ctx["plan"].search(text.lower()):
        return None
    evidence = Evidence(text[:300], sent.where)
    stated = next((c for c in mention.counts if c.n.kind == "percent"), None)
    computed = None
    fraction = next((c for c in mention.counts if c.n.kind == "fraction"), None)
    if fraction is not None and fraction.n.denominator:
        computed = round(100 * fraction.n.value / fraction.n.denominator, 1)
    else:
        numerator = next((c for c in mention.counts if c.n.kind == "count"), None)
        if numerator is not None:
            den = _denominator(text, nums, numerator, rules)
            if den:
                computed = round(100 * numerator.n.value / den, 1)
    if stated is not None:
        cand = _Candidate(spec.name, stated.n.value, 1, order, evidence)
        if computed is not None:
            cand.note = f"computed:{computed}"
        return cand
    if computed is not None:
        return _Candidate(spec.name, computed, 0, order, evidence, "from-counts")
    return None


def _denominator(text: str, nums: list[_Num], numerator: _Num, rules: _Rules) -> float | None:
    den_re = rules.ctx.get("denominator")
    low = text.lower()
    for num in nums:
        if num is numerator or num.n.kind != "count" or not num.n.value:
            continue
        before = low[max(0, num.n.start - 20):num.n.start].rstrip()
        if den_re and any(m.end() == len(before) for m in den_re.finditer(before)):
            return float(num.n.value)
    return None


# --- tables ------------------------------------------------------------------------------------

def _table_candidates(block, lead: str, section: bool, rules: _Rules, order: int) -> list[_Candidate]:
    rows = [[_normalize(c or "") for c in row] for row in block.rows]
    if not rows:
        return []
    total_re = rules.ctx.get("total_row")

    def cell_count(cell: str) -> int | float | None:
        nums = [n for n in find_numbers(cell) if n.kind in ("count", "percent", "decimal")]
        return nums[0].value if nums else None

    def row_has_numbers(row):
        return any(cell_count(c) is not None for c in row[1:])

    n_header = 0
    while n_header < len(rows) and not row_has_numbers(rows[n_header]):
        n_header += 1
    n_header = max(1, min(n_header, 3)) if n_header < len(rows) else 1
    ncols = max(len(r) for r in rows)
    labels = []
    for c in range(ncols):
        parts = []
        for r in rows[:n_header]:
            if c < len(r) and r[c] not in parts:
                parts.append(r[c])
        labels.append(" ".join(parts))
    col_fig = []
    col_unit = []
    for label in labels:
        f = fold(label)
        ms = _mentions(label, f, rules)
        col_fig.append(ms[0].figure if ms else None)
        col_unit.append("col" if re.search(r"\btap\s*the\b", f) and not ms else
                        "ind" if re.search(r"\bca\s*nhan\b", f) and not ms else
                        "col" if ms and re.search(r"\btap\s*the\b", f) and ms[0].figure != "tap_the_lao_dong_tien_tien"
                        else "ind" if ms and re.search(r"\bca\s*nhan\b", f) else None)
    where_base = block.where
    out: list[_Candidate] = []
    data = rows[n_header:]

    def ev(r_index: int, row) -> Evidence:
        where = dataclasses.replace(where_base, row=r_index + 1).label()
        return Evidence(" | ".join(row)[:300], where)

    # Titles as columns (a cluster's members as rows): the total row, or a single data row.
    fig_cols = [c for c, fig in enumerate(col_fig) if fig]
    if fig_cols:
        total_rows = [(i, r) for i, r in enumerate(data)
                      if total_re and any(total_re.match(c.lower().strip(" .:*")) for c in r[:2])]
        picked = total_rows[-1:] or ([(0, data[0])] if len(data) == 1 else [])
        for i, row in picked:
            by_fig: dict[str, list[tuple[int, int | float]]] = {}
            for c in fig_cols:
                if c < len(row):
                    v = cell_count(row[c])
                    if v is not None:
                        by_fig.setdefault(col_fig[c], []).append((c, v))
            for fig, vals in by_fig.items():
                spec = rules.specs[fig]
                if spec.exclude and (spec.exclude.search(lead) or spec.exclude.search(labels[vals[0][0]].lower())):
                    continue
                value = _pick_table_value(spec, [(col_unit[c], v) for c, v in vals])
                if value is not None:
                    out.append(_Candidate(fig, value, 3 + (4 if total_rows else 0), order, ev(n_header + i, row)))
        return out
    # Titles as rows.
    qty_cols = [c for c, lab in enumerate(labels) if re.search(r"so\s*luong|tong\s*so|\btong\b|ket\s*qua", fold(lab))]
    titled = [i for i, row in enumerate(data) if _mentions(" ".join(row[:2]), fold(" ".join(row[:2])), rules)]
    lead_fig = _lead_figure(lead, rules) if not titled else None
    if lead_fig is not None:
        # "3. Khen thưởng chuyên đề, đột xuất" over a table of occasions: its total row.
        total_rows = [(i, r) for i, r in enumerate(data)
                      if total_re and any(total_re.match(c.lower().strip(" .:*")) for c in r[:2])]
        for i, row in total_rows[-1:]:
            vals = [(col_unit[c], cell_count(row[c])) for c in range(1, len(row))
                    if c < len(col_unit) and cell_count(row[c]) is not None]
            value = _pick_table_value(rules.specs[lead_fig], vals)
            if value is not None:
                out.append(_Candidate(lead_fig, value, 6, order, ev(n_header + i, row)))
        return out
    for i, row in enumerate(data):
        head = " ".join(row[:2])
        f = fold(head)
        ms = _mentions(head, f, rules)
        if not ms:
            continue
        fig = ms[-1].figure
        note = ms[-1].note
        spec = rules.specs[fig]
        row_low = head.lower()
        for other in rules.specs.values():
            if fig in other.absorbs and other.absorb_when and (other.absorb_when.search(lead.split("|")[-1])):
                fig, spec, note = other.name, other, None
                break
        if spec.exclude and (spec.exclude.search(row_low) or spec.exclude.search(lead)):
            continue
        if rules.ctx.get("plan") and rules.ctx["plan"].search(row_low):
            continue
        vals = []
        for c in range(2 if len(row) > 2 and cell_count(row[1]) is None else 1, len(row)):
            v = cell_count(row[c])
            if v is not None:
                vals.append((c, v))
        if not vals:
            continue
        if spec.kind == "percent":
            pct = [v for c, v in vals if "%" in row[c] or "phần trăm" in row[c].lower()] or \
                  [v for c, v in vals if re.search(r"ty\s*le|%", fold(labels[c]))]
            if pct:
                out.append(_Candidate(fig, pct[0], 2, order, ev(n_header + i, row)))
            continue
        qty = [v for c, v in vals if c in qty_cols]
        if qty:
            value = qty[0]
        else:
            value = _pick_table_value(spec, [(col_unit[c], v) for c, v in vals])
        if value is not None:
            out.append(_Candidate(fig, int(value), 2, order, ev(n_header + i, row), note))
    return out


def _pick_table_value(spec: _Spec, vals: list[tuple[str | None, int | float]]) -> int | float | None:
    if not vals:
        return None
    if spec.kind == "percent":
        return vals[0][1]
    if spec.unit == "both":
        typed = [(u, v) for u, v in vals if u in ("ind", "col")]
        if len({u for u, _ in typed}) == 2:
            return int(sum(v for _, v in typed[:2]))
        return int(vals[0][1])
    wanted = {"individuals": "ind", "collectives": "col"}.get(spec.unit)
    for u, v in vals:
        if wanted is None or u in (wanted, None):
            return int(v)
    return None


# --- tables flattened into lines (OCR, some PDFs) ----------------------------------------------

def _column_words(rules: _Rules) -> dict[str, str]:
    """Folded one-word column headings -> figure: abbreviations ("lđtt") and the first word of
    a two-word title when no other figure shares it ("giấy" of "giấy khen")."""
    if rules.column_words is not None:
        return rules.column_words
    words: dict[str, str] = {}
    firsts: dict[str, set[str]] = {}
    for canon, idx in rules.title_index.items():
        figure = rules.title_of[idx][0]
        if rules.specs[figure].kind != "count":
            continue
        parts = canon.replace(",", " ").split()
        if len(parts) == 1:
            words[parts[0]] = figure
        elif len(parts) == 2:
            firsts.setdefault(parts[0], set()).add(figure)
    for word, figures in firsts.items():
        if len(figures) == 1 and word not in words:
            words[word] = figures.pop()
    rules.column_words = words
    return words


def _column_figure(token: str, words: dict[str, str]) -> str | None:
    if token in words:
        return words[token]
    if len(token) >= 5:  # OCR: "TTILĐTT" for "TTLĐTT"
        from rapidfuzz.distance import Levenshtein

        best = max(words, key=lambda w: Levenshtein.normalized_similarity(token, w), default=None)
        if best and len(best) >= 5 and Levenshtein.normalized_similarity(token, best) >= 0.8:
            return words[best]
    return None


_TOTAL_LINE = re.compile(r"\btong\b")


def _flattened_candidates(document, rules: _Rules) -> list[_Candidate]:
    """"TT Đơn vị TTLĐTT LĐTT CSTĐCS Giấy Sáng" ... "Tổng cộng 29 235 27 60 8": a heading line of
    column words and a total line with exactly as many numbers, matched column by column."""
    words = _column_words(rules)
    blocks = [b for b in document.blocks if b.kind != "table"]
    out: list[_Candidate] = []
    for i, block in enumerate(blocks):
        text = _normalize(block.full_text or "")
        tokens = fold(text).replace(":", " ").split()
        if len(tokens) < 3 or len(text) > 200:
            continue
        # The run of column words (one unknown heading between two known ones keeps its place).
        runs: list[list[str | None]] = [[]]
        for tok in tokens:
            fig = _column_figure(tok.strip(".,;()"), words)
            run = runs[-1]
            if fig is not None:
                run.append(fig)
            elif run and run[-1] is not None:
                run.append(None)
            else:
                runs.append([])
        for run in runs:
            while run and run[-1] is None:
                run.pop()
        columns = max(runs, key=lambda r: sum(1 for c in r if c))
        if len({c for c in columns if c}) < 3:
            continue
        for later in blocks[i + 1:i + 30]:
            low = _normalize(later.full_text or "")
            if not _TOTAL_LINE.search(fold(low)):
                continue
            nums = [n for n in find_numbers(low) if n.kind == "count"]
            if len(nums) != len(columns):
                continue
            ev = Evidence(f"{text} … {low}"[:300], later.where.label())
            for fig, num in zip(columns, nums):
                if fig is not None:
                    out.append(_Candidate(fig, int(num.value), 6, 0, ev))
            break
    return out


_FLAT_ROW = re.compile(r"^\s*\d{1,2}[.)]?\s+(?P<label>[^\W\d][^\d]*?)\s+(?P<nums>\d{1,5}(?:\s+\d{1,5})*)(?:\s+(?P<rest>\D.*))?$")
_LOWER_LEAD = re.compile(r"^(?:[a-zà-ỹđ][^\s]*\s*)+")


def _flattened_rows(document, rules: _Rules) -> list[_Candidate]:
    """"1 Lao động tiên 28 Chủ tịch" / "tiến UBND xã": a table row whose title cell wrapped onto
    the next line; the lower-case words that open the next line finish the title."""
    blocks = [b for b in document.blocks if b.kind != "table"]
    texts = [_normalize(b.full_text or "") for b in blocks]
    out: list[_Candidate] = []
    header = ""
    for i, text in enumerate(texts):
        f = fold(text)
        if re.search(r"\btap\s*the\b.*\bca\s*nhan\b|\bca\s*nhan\b.*\btap\s*the\b", f) and len(text) < 120:
            header = f
        m = _FLAT_ROW.match(text)
        if not m:
            continue
        label = m.group("label")
        if i + 1 < len(texts):
            tail = _LOWER_LEAD.match(texts[i + 1])
            if tail:
                label = f"{label} {tail.group(0).strip()}"
        mentions = _mentions(label, fold(label), rules)
        if len(mentions) != 1 or len(label) - (mentions[0].end - mentions[0].start) > 12:
            continue  # the label must be the title itself, not a sentence naming it
        spec = rules.specs[mentions[0].figure]
        if spec.kind != "count":
            continue
        context = " ".join(texts[max(0, i - 3):i + 1]).lower()
        if spec.exclude and spec.exclude.search(context):
            continue
        nums = [int(x) for x in m.group("nums").split()]
        if len(nums) == 1:
            value = nums[0]
        elif len(nums) == 2 and spec.unit == "both":
            value = nums[0] + nums[1]
        elif len(nums) == 2 and header and spec.unit in ("individuals", "collectives"):
            collectives_first = header.find("tap") < header.find("ca nhan")
            value = nums[1] if (spec.unit == "individuals") == collectives_first else nums[0]
        else:
            continue
        out.append(_Candidate(spec.name, value, 2, 0, Evidence(f"{text} / {texts[i + 1] if i + 1 < len(texts) else ''}"
                                                                [:300], blocks[i].where.label()), mentions[0].note))
    return out


# --- zero statements without a mention ---------------------------------------------------------

def _zero_scan(sent: _Sentence, rules: _Rules, order: int, folded: str) -> list[_Candidate]:
    out = []
    for spec in rules.specs.values():
        if spec.zero and spec.zero.search(folded):
            out.append(_Candidate(spec.name, 0, -2, order, Evidence(sent.text[:300], sent.where)))
    return out


# --- entry point -------------------------------------------------------------------------------

def extract_figures(document, ruleset) -> FiguresResult:
    """Figures of `document` under the `figures:` rules of `ruleset`, with evidence and warnings."""
    rules = _compile(ruleset)
    result = FiguresResult()
    if not rules.specs:
        return result
    candidates: list[_Candidate] = []
    order = 0
    for entry in _walk(document, rules):
        order += 100
        if entry[0] == "t":
            _, block, lead, section = entry
            candidates += _table_candidates(block, lead, section, rules, order)
        else:
            sent = entry[1]
            folded = fold(sent.text)
            found = _sentence_candidates(sent, rules, order, folded)
            candidates += found
            if not found and rules.zero_prefilter.search(folded):
                candidates += _zero_scan(sent, rules, order, folded)
    if document.format in ("pdf-scanned", "image", "pdf"):
        candidates += _flattened_candidates(document, rules) + _flattened_rows(document, rules)
    best: dict[str, _Candidate] = {}
    for cand in candidates:
        cur = best.get(cand.figure)
        if cur is None or cand.score > cur.score:
            best[cand.figure] = cand
    notes: dict[str, list[str]] = {}
    for name, cand in best.items():
        spec = rules.specs[name]
        value = cand.value
        if isinstance(value, float) and spec.kind == "count":
            value = int(value)
        result.values[name] = value
        result.evidence[name] = cand.evidence
        if cand.note and not cand.note.startswith(("computed:", "from-counts")):
            notes.setdefault(spec.item, []).append(cand.note)
        if cand.note == "from-counts":
            notes.setdefault(spec.item, []).append(f"{spec.label}: tính từ số liệu báo cáo ({_fmt(value)}%).")
        if cand.proposal:
            notes.setdefault(spec.item, []).append(f"{spec.label}: số liệu là số đề nghị khen thưởng.")
        if cand.note and cand.note.startswith("computed:"):
            computed = float(cand.note.split(":", 1)[1])
            tol = float(rules.plausibility.get("ratio_tolerance", 1.0))
            if abs(computed - float(value)) > tol:
                result.warnings.append(
                    f"{spec.label} ghi {_fmt(value)}% nhưng tính từ số liệu kèm theo được {_fmt(computed)}%.")
    for item, parts in notes.items():
        result.notes[item] = " ".join(dict.fromkeys(parts))
    result.warnings += _plausibility(result.values, rules)
    return result


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


def _plausibility(values: dict, rules: _Rules) -> list[str]:
    p = rules.plausibility
    out: list[str] = []
    lo, hi = float(p.get("percent_min", 0)), float(p.get("percent_max", 100))
    for name, value in values.items():
        spec = rules.specs.get(name)
        if spec and spec.kind == "percent" and not lo <= float(value) <= hi:
            out.append(f"{spec.label} là {_fmt(value)}%, nằm ngoài khoảng {_fmt(lo)}-{_fmt(hi)}%.")
    share = p.get("max_cstdcs_share_of_lđtt")
    cs, ld = values.get("chien_si_thi_dua_co_so"), values.get("lao_dong_tien_tien")
    if share is not None and cs is not None and ld is not None and cs > float(share) * ld:
        out.append(f"Số Chiến sĩ thi đua cơ sở ({cs}) vượt {_fmt(float(share) * 100)}% số Lao động tiên tiến "
                   f"({ld}).")
    limit = p.get("max_ratio_sum")
    k4, k5 = values.get("ty_le_lao_dong_truc_tiep"), values.get("ty_le_lanh_dao_quan_ly")
    if limit is not None and k4 is not None and k5 is not None and float(k4) + float(k5) > float(limit):
        out.append(f"Tổng tỷ lệ người lao động trực tiếp ({_fmt(k4)}%) và lãnh đạo, quản lý ({_fmt(k5)}%) "
                   f"vượt {_fmt(float(limit))}%.")
    return out
