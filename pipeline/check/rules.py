"""The item rules of a ruleset compiled for the checker: phrase sets, contexts, parts, figures.

Turns the rules file's `language:` and `sections:` into a Language and each text item into an
ItemRule (see the comment at the top of rules/tay-son-2023-h1.yaml for the vocabulary). Nothing
here reads a report: judging sentences is context's job, item results items.py's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tdkt.pipeline import regex_cache
from tdkt.pipeline.matching import Canon, PhraseSet


FULL_NOTE = "Có nội dung đầy đủ"  # no directive's own wording: a ruleset names its own in `full.note`


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
    full_note: str = FULL_NOTE  # the rules' `full: {note: ...}`: what a present note says when `full` holds
    full_within: str = "sentence"  # `full: {within: passage}`: its phrase may be in a sentence near the report
    partial_note: str = ""
    needs_quantity: bool = False  # present needs a quantity; words alone are partial (quantity_full.py)
    mentions: list[tuple[str, PhraseSet]] = field(default_factory=list)
    figure: str | None = None
    figure_required: bool = False
    section_content: set[str] = field(default_factory=set)
    section_needs: PhraseSet | None = None  # a section_content sentence must carry one of these
    section_unless: PhraseSet | None = None  # ... and none of these
    # With figure_required: a mention without a figure is the figure in words (partial) only with one
    # of these ("phần lớn", "chiếm tỷ lệ nhỏ"); else it names the subject and says nothing of it.
    words_need: PhraseSet | None = None


@dataclass
class Language:
    lists: dict[str, PhraseSet]
    negation: PhraseSet
    strong: PhraseSet
    plan_sections: set[str]
    proposal_sections: set[str]
    numbers_default: bool
    names: PhraseSet | None = None  # official names: their words are not context
    # `protected_names:` official names (a law, a programme) whose words are no context of any
    # kind, neither a result nor a plan, history or target ("Luật ... năm 2022").
    protected: PhraseSet | None = None
    title_contexts: set[str] = field(default_factory=set)
    # Title contexts that a heading hands to every sub-section under it, not only its own content.
    nested_title_contexts: set[str] = field(default_factory=set)
    # Sections whose title, named together with the plan ("Đánh giá chung và phương hướng ..."),
    # leaves each sentence to say whether it assesses or plans.
    assessment_sections: set[str] = field(default_factory=set)
    # Each declared figure's kind (count | percent | money): how an item's note shows its value.
    figure_kinds: dict[str, str] = field(default_factory=dict)


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
        protected=canon.phrases(raw["protected_names"]) if raw.get("protected_names") else None,
        title_contexts=set(lang.get("title_contexts") or []),
        nested_title_contexts=set(lang.get("nested_title_contexts") or []),
        assessment_sections=set(lang.get("assessment_sections") or []),
        figure_kinds={str(k): str(v.get("kind", "count")) for k, v in (raw.get("figures") or {}).items()
                      if isinstance(v, dict)},
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
        full_note=str(full.get("note") or FULL_NOTE) if isinstance(full, dict) else FULL_NOTE,
        full_within=str(full.get("within") or "sentence") if isinstance(full, dict) else "sentence",
        partial_note=str(item.get("partial_note", "")),
        needs_quantity=bool(item.get("needs_quantity", False)),
        mentions=[(str(m["name"]), canon.phrases(m.get("any"))) for m in item.get("mentions") or []],
        figure=item.get("figure"),
        figure_required=bool(item.get("figure_required", False)),
        section_content=set(item.get("section_content") or []),
        section_needs=_context(item.get("section_needs"), lang, canon),
        section_unless=_context(item.get("section_unless"), lang, canon),
        words_need=_context(item.get("words_need"), lang, canon),
    )


_COMPILED_RULES: dict[tuple, tuple[Language, list[ItemRule], object]] = {}


def compiled_rules(ruleset, canon: Canon) -> tuple[Language, list[ItemRule]]:
    """The ruleset's Language and text items compiled once per process, not once per report.

    Kept per loaded Ruleset (its file fingerprint and identity) and Canon; a bare dict (tests,
    callers building rules by hand) is compiled afresh each time, since it may change.
    """
    raw = ruleset.raw if hasattr(ruleset, "raw") else ruleset
    fingerprint = getattr(ruleset, "fingerprint", None)
    if not fingerprint:
        lang = compile_language(raw, canon)
        return lang, [compile_item(item, lang, canon) for item in text_items(ruleset)]
    regex_cache.use(fingerprint)  # the rules' compiled patterns from earlier processes
    key = (fingerprint, id(raw), id(canon))
    found = _COMPILED_RULES.get(key)
    if found is None or found[2] is not raw:
        lang = compile_language(raw, canon)
        found = (lang, [compile_item(item, lang, canon) for item in text_items(ruleset)], raw)
        if len(_COMPILED_RULES) > 8:
            _COMPILED_RULES.clear()
        _COMPILED_RULES[key] = found
    return found[0], found[1]


def text_items(ruleset) -> list[dict]:
    """Items the text decides (not metadata or deadline)."""
    return [i for i in ruleset.items if i.get("source", "text") == "text" and i.get("section") != "form"]
