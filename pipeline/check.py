"""Check a segmented report against the items of a ruleset: status, note and evidence per item.

The engine is generic: every phrase, context and exclusion comes from the rules file (see the
comment at the top of rules/tay-son-2023-h1.yaml for the vocabulary). What lives here is
language machinery that holds for any directive: where a sentence sits (a plan section, a
proposal), whether it carries a quantity, whether its result word is negated, whether a
concept is only inside a quoted name, and how a heading hands its concept to the content under
it.

Items with `source: metadata` or `source: deadline` are left to judge.py; figures come in from
pipeline.figures as a FiguresResult (values, evidence, notes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tdkt.pipeline.matching import Canon, PhraseSet, default_canon
from tdkt.pipeline.record import Evidence, ItemResult
from tdkt.pipeline.segment import Segmentation, Sentence

MAX_EVIDENCE = 3
EVIDENCE_CHARS = 300
FOLLOW_LEAD_IN = 4  # sentences after "...:" that may carry what the lead-in names
FOLLOW_HEADING = 8  # content sentences under a heading that may carry what it names
NEGATION_WINDOW = 5  # words before a result word in which "chưa", "không" negate it

# --- generic language machinery ------------------------------------------------------------------

# Numbers that are not quantities: dates, years, document symbols, the reporting period, laws.
_NOT_QUANTITY = re.compile(
    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}"                      # 19/01/2023
    r"|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"       # ngày 19/01/2023
    r"|ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2})?(?:\s+năm\s+\d{4})?"  # ngày 19 tháng 01 năm 2023
    r"|tháng\s+\d{1,2}(?:\s*(?:/|năm)\s*\d{4})?"                  # tháng 6/2023
    r"|\d+\s*/\s*\d*\s*[A-ZĐ][A-ZĐa-zđ\-/]*"                     # 15/KH-UBND, 05-CT/TW
    r"|\d+\s*-\s*[A-ZĐ]{2,}[A-ZĐ\-/]*"                           # 05-CT/TW
    r"|(?:năm|giai đoạn|nhiệm kỳ|khóa|niên khóa|năm học)\s+\d{4}(?:\s*[-–]\s*\d{4})?"
    r"|\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b"
    r"|\b(?:19|20)\d{2}\b"
    r"|\b(?:6|06|sáu)\s+tháng\b"
    r"|covid\s*-?\s*\d+|loại\s+(?:IV|4|I{1,3})\b"
    r"|(?:số|khóa|điều|khoản|chương)\s+\d+",
    re.IGNORECASE,
)
_QUANTITY = re.compile(r"\d")
_SPELLED = re.compile(
    r"\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:cá nhân|tập thể|người|hộ|đồng chí|lượt|"
    r"trường hợp|đơn vị|gia đình|công trình|mô hình|nhà|xã|thôn|phong trào|đợt|lớp|cuộc)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“”„«»][^\"“”„«»]{2,200}[\"“”„«»]|'[^']{2,200}'")


def has_quantity(raw: str) -> bool:
    """A count, amount or percentage — not a date, year, document number or the period."""
    stripped = _NOT_QUANTITY.sub(" ", raw)
    return bool(_QUANTITY.search(stripped) or _SPELLED.search(stripped))


def without_quotes(raw: str) -> str:
    return _QUOTED.sub(" ", raw)


# --- the item rule, compiled ---------------------------------------------------------------------

@dataclass
class Part:
    name: str
    concept: PhraseSet
    figure: str | None = None


@dataclass
class ItemRule:
    id: str
    label: str
    concept: PhraseSet
    context: PhraseSet | None  # None: no context needed
    numbers: bool
    require_number: bool
    negative_ok: bool
    quoted_needs_result: bool
    exclude: PhraseSet
    exclude_contexts: list[str]
    exclude_sections: set[str]
    parts: list[Part] = field(default_factory=list)
    min_parts: int = 0
    required_parts: list[str] = field(default_factory=list)
    full: PhraseSet | None = None
    partial_note: str = ""
    mentions: list[tuple[str, PhraseSet]] = field(default_factory=list)
    figure: str | None = None
    figure_required: bool = False
    section_content: set[str] = field(default_factory=set)


@dataclass
class Language:
    lists: dict[str, PhraseSet]
    negation: PhraseSet
    strong: PhraseSet
    plan_sections: set[str]
    proposal_sections: set[str]
    numbers_default: bool
    names: PhraseSet | None = None  # official names: their words are not context
    title_contexts: set[str] = field(default_factory=set)
    # Sections whose title, named together with the plan ("Đánh giá chung và phương hướng ..."),
    # leaves each sentence to say whether it assesses or plans.
    assessment_sections: set[str] = field(default_factory=set)


def compile_language(raw: dict, canon: Canon) -> Language:
    lang = raw.get("language") or {}
    lists = {k: canon.phrases(v) for k, v in lang.items() if isinstance(v, list)}
    sections = raw.get("sections") or []
    return Language(
        lists=lists,
        negation=lists.get("negation") or canon.phrases([]),
        strong=lists.get("strong_result") or lists.get("result") or canon.phrases([]),
        plan_sections={s["id"] for s in sections if s.get("context") == "plan"},
        proposal_sections={s["id"] for s in sections if s.get("context") == "proposal"},
        numbers_default=bool(lang.get("numbers", True)),
        names=lists.get("names"),
        title_contexts=set(lang.get("title_contexts") or []),
        assessment_sections=set(lang.get("assessment_sections") or []),
    )


def _context(value, lang: Language, canon: Canon) -> PhraseSet | None:
    if value is None or value == "none":
        return None
    if isinstance(value, str):
        return lang.lists.get(value) or canon.phrases([value])
    return canon.phrases(value)


def compile_item(item: dict, lang: Language, canon: Canon) -> ItemRule:
    parts = [Part(str(p["name"]), canon.phrases(p.get("any")), p.get("figure")) for p in item.get("parts") or []]
    concept_phrases = list(item.get("any") or [])
    for p in item.get("parts") or []:
        concept_phrases.extend(p.get("any") or [])
    full = item.get("full")
    return ItemRule(
        id=item["id"],
        label=item.get("label", item["id"]),
        concept=canon.phrases(concept_phrases),
        context=_context(item.get("context", "result"), lang, canon),
        numbers=bool(item.get("numbers", lang.numbers_default)),
        require_number=bool(item.get("require_number", False)),
        negative_ok=bool(item.get("negative_ok", False)),
        quoted_needs_result=bool(item.get("quoted_needs_result", False)),
        exclude=canon.phrases(item.get("exclude")),
        exclude_contexts=list(item.get("exclude_contexts") or []),
        exclude_sections=set(item.get("exclude_sections") or []),
        parts=parts,
        min_parts=int(item.get("min_parts", len(parts))),
        required_parts=[str(x) for x in item.get("required_parts") or []],
        full=canon.phrases(full.get("any")) if isinstance(full, dict) else None,
        partial_note=str(item.get("partial_note", "")),
        mentions=[(str(m["name"]), canon.phrases(m.get("any"))) for m in item.get("mentions") or []],
        figure=item.get("figure"),
        figure_required=bool(item.get("figure_required", False)),
        section_content=set(item.get("section_content") or []),
    )


def text_items(ruleset) -> list[dict]:
    """Items the text decides (not metadata or deadline)."""
    return [i for i in ruleset.items if i.get("source", "text") == "text" and i.get("section") != "form"]


# --- per-sentence judgement ----------------------------------------------------------------------

class Checker:
    """Judges sentences of one segmented report; caches per-sentence work across items."""

    def __init__(self, seg: Segmentation, ruleset, canon: Canon | None = None):
        self.seg = seg
        self.canon = canon or default_canon()
        self.raw = ruleset.raw if hasattr(ruleset, "raw") else ruleset
        self.lang = compile_language(self.raw, self.canon)
        self._unquoted: dict[int, str] = {}
        self._context_text: dict[tuple[int, bool], str] = {}
        self._quantity: dict[tuple[int, bool], bool] = {}
        self.rejected: dict[str, Sentence] = {}  # why a mention did not count -> first such sentence

    # where a sentence sits
    def tags(self, s: Sentence) -> set[str]:
        return s.section.effective_tags()

    def mixed_plan(self, s: Sentence) -> bool:
        """The sentence's section is titled both as an assessment and as the plan."""
        tags = s.section.effective_tags()
        return bool(tags & self.lang.plan_sections) and bool(tags & self.lang.assessment_sections)

    def before_plan(self, s: Sentence, cues, concept) -> bool:
        """The concept sits in a ";" clause before the first clause that turns to the plan
        ("... có nhiều chuyển biến; tuy nhiên còn hạn chế ...; trong 6 tháng cuối năm, ...")."""
        clauses = [self.canon.text(c) for c in s.text.split(";")]
        if len(clauses) < 2:
            return False
        first_plan = next((i for i, c in enumerate(clauses) if cues.search(c)), 0)
        return any(concept.search(c) for c in clauses[:first_plan])

    def in_context(self, s: Sentence, name: str, concept=None) -> bool:
        if name in ("plan", "proposal"):
            # Under a plan heading everything is plan, whatever its own sub-heading says
            # ("III. Nhiệm vụ 6 tháng cuối năm / 1. Đẩy mạnh phong trào ...").
            kind = self.lang.plan_sections if name == "plan" else self.lang.proposal_sections
            if any(tags <= kind for tags in s.section.tag_chain()):
                return True
            if name == "proposal":
                return False
        cues = self.lang.lists.get(name)
        if not cues:
            return False
        if cues.search_words(s.canon, s.words):
            return not (name == "plan" and concept is not None and self.before_plan(s, cues, concept))
        if name == "plan" and self.mixed_plan(s):
            # The sentence itself decides: its own cues (checked above), or an earlier ";" clause
            # of the same sentence that turned to the plan ("...; thời gian tới, ...; đẩy mạnh X").
            return s.first_clause is not None and any(
                cues.search_words(c.canon, c.words) for c in self.seg.sentences[s.first_clause:s.index])
        if name in self.lang.title_contexts and not s.is_heading and s.section.heading_sentence is not None:
            head = self.seg.sentences[s.section.heading_sentence]
            return bool(cues.search_words(head.canon, head.words))
        return False

    def excluded(self, s: Sentence, rule: ItemRule) -> str | None:
        """Why a mention in this sentence does not count (None: it may count)."""
        if rule.exclude and rule.exclude.search_words(s.canon, s.words):
            return "exclude"
        tags = self.tags(s)
        if rule.exclude_sections and tags and tags <= rule.exclude_sections:
            return "section"
        # Only items judged by their words alone (assessments, context: none) may take a clause
        # before the turn to the plan: a result's context could come from another clause.
        concept = rule.concept if rule.context is None else None
        return next((name for name in rule.exclude_contexts if self.in_context(s, name, concept)), None)

    def unquoted(self, s: Sentence) -> str:
        if s.index not in self._unquoted:
            self._unquoted[s.index] = self.canon.text(without_quotes(s.text))
        return self._unquoted[s.index]

    def context_text(self, s: Sentence, unquoted: bool) -> str:
        """Canonical text with official names blanked: "... đạt chuẩn ..." inside a name is no result."""
        key = (s.index, unquoted)
        text = self._context_text.get(key)
        if text is None:
            text = self.unquoted(s) if unquoted else s.canon
            names = self.lang.names
            if names and names.regex and names.may_match(s.words):
                text = names.regex.sub(" ", text)
            self._context_text[key] = text
        return text

    def quantity(self, s: Sentence, unquoted: bool, raw: str) -> bool:
        key = (s.index, unquoted)
        found = self._quantity.get(key)
        if found is None:
            found = self._quantity[key] = has_quantity(raw)
        return found

    def clause_quantity(self, s: Sentence, concept: PhraseSet) -> bool:
        """A quantity in the same ";" clause as the concept.

        "... trực tiếp đạt 75,9%; gần một phần tư còn lại là lãnh đạo" gives the first ratio a
        figure, not the second: a number across a ";" belongs to another statement.
        """
        if ";" not in s.text:
            return self.quantity(s, False, s.text)
        clauses = [c for c in s.text.split(";") if concept.search(self.canon.text(c))]
        if not clauses:  # the concept spans the ";" (a list of names): judge the sentence
            return self.quantity(s, False, s.text)
        return any(has_quantity(c) for c in clauses)

    def negated(self, canon_text: str, start: int) -> bool:
        """A negation cue within the few words before a match ("không có doanh nghiệp tham gia")."""
        before = " ".join(canon_text[:start].split()[-NEGATION_WINDOW:])
        if not before or not self.lang.negation.search(before):
            return False
        affirm = self.lang.lists.get("not_negation")  # "không chỉ", "không ngừng" affirm
        return not (affirm and affirm.search(before))

    def context_ok(self, s: Sentence, rule: ItemRule, unquoted: bool = False) -> bool:
        """The sentence shows the item is reported, not only named.

        With `unquoted`, only what lies outside quoted names counts, and only strong results:
        "phát động phong trào “Lao động giỏi”" names a movement, it reports nothing.
        """
        text = self.context_text(s, unquoted)
        raw = without_quotes(s.text) if unquoted else s.text
        if rule.negative_ok and self.lang.negation.search(text):
            return True  # a substantive negative: "chưa có sáng kiến được công nhận"
        if rule.numbers and self.quantity(s, unquoted, raw):
            return True
        if rule.require_number:
            return False
        if rule.context is None and not unquoted:
            return True
        cues = self.lang.strong if unquoted else rule.context
        for m in cues.regex.finditer(text) if cues.regex else ():
            if not self.negated(text, m.start()):
                return True
        return False

    def reports(self, s: Sentence, rule: ItemRule, concept: PhraseSet) -> bool:
        """The concept is in this content sentence with the context it needs."""
        if s.is_heading or not concept.search_words(s.canon, s.words) or self.excluded(s, rule):
            return False
        if rule.quoted_needs_result and not concept.search(self.unquoted(s)):
            return self.context_ok(s, rule, unquoted=True)
        return self.context_ok(s, rule)

    def followers(self, s: Sentence) -> list[Sentence]:
        """Content that a heading or a lead-in ("...:") introduces."""
        sentences = self.seg.sentences
        if s.is_heading:
            return [sentences[i] for i in s.section.sentences[:FOLLOW_HEADING]]
        if not s.lead_in:
            return []
        out: list[Sentence] = []
        for t in sentences[s.index + 1:s.index + 1 + FOLLOW_LEAD_IN]:
            if t.section is not s.section or t.is_heading or t.lead_in:
                break
            out.append(t)
        return out

    def evidence_for(self, rule: ItemRule, concept: PhraseSet) -> list[Sentence]:
        """Sentences that report the concept; why the other mentions did not go to `self.rejected`."""
        found: list[Sentence] = []
        seen: set[int] = set()
        for s in self.seg.sentences:
            if not concept.search_words(s.canon, s.words):
                continue
            if self.reports(s, rule, concept):
                if s.index not in seen:
                    found.append(s)
                    seen.add(s.index)
            elif (s.is_heading or s.lead_in) and not (rule.exclude and rule.exclude.search_words(s.canon, s.words)):
                why = None if s.is_heading else self.excluded(s, rule)
                if why:
                    self._reject(why, s)
                    continue
                # A heading or lead-in names the concept; what follows must carry the context.
                followers = self.followers(s)
                for t in followers:
                    if t.index not in seen and not self.excluded(t, rule) and self.context_ok(t, rule):
                        found.append(t)
                        seen.add(t.index)
                        break
                else:
                    self._reject(self.excluded(followers[0], rule) or "no_result" if followers else "heading", s)
            elif not s.is_heading:
                self._reject(self.excluded(s, rule) or "no_result", s)
            if len(found) >= MAX_EVIDENCE * 2:
                break
        return found

    def _reject(self, why: str, s: Sentence) -> None:
        self.rejected.setdefault(why, s)

    def section_evidence(self, rule: ItemRule) -> list[Sentence]:
        if not rule.section_content:
            return []
        out = []
        for s in self.seg.sentences:
            if not s.is_heading and any(t & rule.section_content for t in s.section.tag_chain()) and not (
                    rule.exclude and rule.exclude.search_words(s.canon, s.words)):
                out.append(s)
                if len(out) >= MAX_EVIDENCE:
                    break
        return out


# Why a mentioned item still counts as missing: the note tells the clerk, with where it was seen.
REJECTION_NOTES = {
    "plan": "Chỉ nhắc đến trong nhiệm vụ, phương hướng thời gian tới, chưa nêu kết quả",
    "proposal": "Chỉ nhắc đến trong phần kiến nghị, đề xuất",
    "target": "Chỉ nhắc đến như chỉ tiêu, mục tiêu, chưa nêu kết quả",
    "history": "Chỉ nhắc đến kết quả những năm trước",
    "budget": "Chỉ nhắc đến trong dự toán, kinh phí",
    "shortcoming": "Chỉ nêu như một hạn chế, tồn tại",
    "heading": "Chỉ có đề mục, không có nội dung bên dưới",
    "no_result": "Chỉ nêu tên, chưa nêu kết quả cụ thể",
    "section": "Chỉ nhắc đến ở phần khác của báo cáo",
    "exclude": "Chỉ nhắc đến trong nội dung khác",
}
REJECTION_ORDER = ("heading", "plan", "target", "history", "budget", "shortcoming", "proposal", "no_result",
                   "section", "exclude")

# --- item results --------------------------------------------------------------------------------

def _evidence(sentences: list[Sentence], extra: list[Evidence] | None = None) -> list[Evidence]:
    out = list(extra or [])
    for s in sorted(sentences, key=lambda x: x.index):
        if len(out) >= MAX_EVIDENCE:
            break
        text = s.text if len(s.text) <= EVIDENCE_CHARS else s.text[:EVIDENCE_CHARS - 1] + "…"
        if all(e.text != text for e in out):
            out.append(Evidence(text, s.where.label()))
    return out[:MAX_EVIDENCE]


def _where(sentences: list[Sentence]) -> str:
    return ", ".join(dict.fromkeys(s.where.label() for s in sorted(sentences, key=lambda x: x.index)[:2]))


def _join(names: list[str]) -> str:
    return ", ".join(names)


def check_item(checker: Checker, rule: ItemRule, figures=None) -> ItemResult:
    values = getattr(figures, "values", None) or {}
    fig_evidence = getattr(figures, "evidence", None) or {}
    fig_notes = getattr(figures, "notes", None) or {}
    extra_note = fig_notes.get(rule.id, "")

    checker.rejected = {}
    if rule.parts:
        result = _check_parts(checker, rule, values, fig_evidence)
    else:
        result = _check_simple(checker, rule, values, fig_evidence)
    if result.status == "missing" and checker.rejected:
        why, s = next(((w, checker.rejected[w]) for w in REJECTION_ORDER if w in checker.rejected))
        result.note = f"{REJECTION_NOTES[why]} ({s.where.label()})."  # evidence stays empty: nothing reports it
    if extra_note:
        result.note = f"{result.note} {extra_note}".strip()
    return result


def _fig_ev(name: str | None, values: dict, fig_evidence: dict) -> list[Evidence]:
    if name and name in values and name in fig_evidence:
        ev = fig_evidence[name]
        return [ev] if isinstance(ev, Evidence) else []
    return []


def _fmt_number(value) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return str(int(value))


def _check_simple(checker: Checker, rule: ItemRule, values: dict, fig_evidence: dict) -> ItemResult:
    found = checker.evidence_for(rule, rule.concept) if rule.concept else []
    found += [s for s in checker.section_evidence(rule) if s not in found]
    figure_known = rule.figure is not None and rule.figure in values
    if figure_known:
        value = values[rule.figure]
        unit = "%" if rule.figure_required and isinstance(value, (int, float)) else ""
        note = f"Có số liệu: {_fmt_number(value)}{unit}."
        return ItemResult("present", note, _evidence(found, _fig_ev(rule.figure, values, fig_evidence)))
    if not found:
        return ItemResult("missing", "Không thấy nội dung này trong báo cáo.")
    if rule.figure_required:
        # The figures stage may not have read it, but a count or percentage beside the concept is
        # the figure the directive asks for ("numbers from which it follows").
        counted = [x for x in found if checker.clause_quantity(x, rule.concept)]
        if counted:
            return ItemResult("present", f"Có số liệu ({_where(counted)}).", _evidence(counted))
        return ItemResult("partial", f"Có nêu nhưng {rule.partial_note or 'chưa có số liệu'} ({_where(found)}).",
                          _evidence(found))
    if rule.full is not None:
        full = [s for s in found if rule.full.search_words(s.canon, s.words)]
        mentions = _mentions(checker, rule)
        if full:
            return ItemResult("present", f"Có nêu văn bản cụ thể ({_where(full)}).{mentions}", _evidence(full + found))
        return ItemResult("partial", f"Có nội dung nhưng {rule.partial_note or 'chưa đầy đủ'} ({_where(found)}).{mentions}",
                          _evidence(found))
    return ItemResult("present", f"Có nội dung ({_where(found)}).", _evidence(found))


def _mentions(checker: Checker, rule: ItemRule) -> str:
    if not rule.mentions:
        return ""
    cited, absent = [], []
    for name, phrases in rule.mentions:
        hit = any(phrases.search_words(s.canon, s.words) and not checker.in_context(s, "plan") for s in checker.seg.sentences)
        (cited if hit else absent).append(name)
    out = ""
    if cited:
        out += f" Có dẫn {_join(cited)}."
    if absent:
        out += f" Chưa dẫn {_join(absent)}."
    return out


def _check_parts(checker: Checker, rule: ItemRule, values: dict, fig_evidence: dict) -> ItemResult:
    found_names: list[str] = []
    sentences: list[Sentence] = []
    fig_ev: list[Evidence] = []
    for part in rule.parts:
        if part.figure and part.figure in values:
            found_names.append(part.name)
            fig_ev.extend(_fig_ev(part.figure, values, fig_evidence))
            continue
        hits = checker.evidence_for(rule, part.concept) if part.concept else []
        if hits:
            found_names.append(part.name)
            sentences.extend(h for h in hits[:2] if h not in sentences)
    absent = [p.name for p in rule.parts if p.name not in found_names]
    if not found_names:
        return ItemResult("missing", "Không thấy nội dung này trong báo cáo.")
    required_absent = [r for r in rule.required_parts if r not in found_names]
    ev = _evidence(sentences, fig_ev[:2])
    if len(found_names) >= rule.min_parts and not required_absent:
        note = f"Có nêu: {_join(found_names)}."
        if absent and len(absent) < len(rule.parts):
            note += f" Chưa nêu: {_join(absent)}."
        return ItemResult("present", note, ev)
    return ItemResult("partial", f"Có nêu: {_join(found_names)}. Chưa nêu: {_join(absent)}.", ev)


def _off_topic(checker: Checker) -> str | None:
    """A report about another subject sent by mistake: its words do not report the items.

    `topic:` in the rules names the subject's words and how many body sentences must use them.
    """
    topic = checker.raw.get("topic") or {}
    if not topic.get("any"):
        return None
    if len(checker.seg.sentences) < int(topic.get("min_body", 0)):
        return None  # too short to tell a passing mention from a brief report
    words = checker.canon.phrases(topic["any"])
    count = sum(1 for s in checker.seg.sentences if words.search_words(s.canon, s.words))
    if count >= int(topic.get("min_sentences", 1)):
        return None
    return str(topic.get("note") or "Báo cáo không nói về nội dung mà hướng dẫn yêu cầu.")


def check_items(seg: Segmentation, ruleset, figures=None, canon: Canon | None = None) -> dict[str, ItemResult]:
    """Results for every text item of the ruleset (metadata and deadline items are judge.py's)."""
    checker = Checker(seg, ruleset, canon)
    out: dict[str, ItemResult] = {}
    off_topic = _off_topic(checker)
    for item in text_items(ruleset):
        if off_topic:
            out[item["id"]] = ItemResult("missing", off_topic)
            continue
        rule = compile_item(item, checker.lang, checker.canon)
        out[rule.id] = check_item(checker, rule, figures)
    return out
