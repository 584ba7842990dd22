"""The `figures:` section of a ruleset, compiled once into regexes (extract.py's helper).

Turns titles, synonyms, unit words, context words, zero phrases and absorption lists into the
patterns the readers use: one folded trie regex for all titles (longest first), unit and
context patterns, and cheap first-word pre-filters. Cached per ruleset fingerprint. Reading
text with these patterns is left to mentions.py, prose.py and tables.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tdkt.pipeline import regex_cache
from tdkt.pipeline.normalize import fold_tone, tone_tolerant
from tdkt.pipeline.numbers import fold


@dataclass
class Spec:
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
    parts_add: bool = False  # counts under different titles of this figure are its parts and add up
    # A sentence opening with one of these labels ("Khen thưởng 6 tháng đầu năm 2023: ...") lists
    # awards that are all this figure: its collective and individual counts add up.
    period_label: re.Pattern | None = None
    count_named: bool = False  # a recipient named instead of counted ("cho Phòng Nội vụ") is one
    # A title right after one of these names the other group ("không giữ chức vụ lãnh đạo"): folded,
    # anchored at the end of the text before the title.
    not_preceded: re.Pattern | None = None
    # (percent) The other group of a two-way split of the awarded people: "Trong tổng số 35 lượt
    # ..., 09 lượt là cán bộ chỉ huy, 26 lượt là trợ lý, nhân viên, chiến sĩ": the complement's
    # title names one part, the other is this figure's (checks.complement_candidates).
    complement: str | None = None


@dataclass
class Rules:
    specs: dict[str, Spec]
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
    column_words: dict | None = None  # see tables._column_words
    # the `context:` lists a helper reads in its own form (FOLDED_LISTS), as written in the rules
    words: dict[str, tuple] = field(default_factory=dict)


# `context:` lists that one helper compiles itself (folded_alternation), on folded text or around a
# number: not in `ctx`. decided.py, corrections.py, appendix_refs.py.
FOLDED_LISTS = frozenset({"decided_label", "decided_label_tail", "pending_label", "superseded_column",
                          "corrected_column", "appendix_ref_before", "appendix_ref_after", "appendix_named_body"})


def folded_alternation(phrases, gap: str = " ", folded: bool = True) -> str:
    """The rules' phrases as one regex alternation (no group): each folded (lower case, no tone
    marks; `folded=False`: as written), its words escaped and joined by `gap`, longest first (ties in
    the rules' order); a "re:" entry is a regex on that text, kept as written, after the phrases.
    An empty list gives a pattern that never matches."""
    plain: list[str] = []
    for p in phrases or ():
        if isinstance(p, str) and p.strip() and not p.startswith("re:"):
            form = gap.join(re.escape(w) for w in (fold(p) if folded else p).split())
            if form not in plain:
                plain.append(form)
    raw = [p[3:].strip() for p in phrases or () if isinstance(p, str) and p.startswith("re:")]
    return "|".join(sorted(plain, key=len, reverse=True) + raw) or r"(?!x)x"


_RULES_CACHE: dict[str, Rules] = {}


def _phrase_re(phrase: str) -> str:
    """A phrase as a regex: any run of spaces between words, optional space before a comma."""
    return re.escape(phrase).replace(r"\ ", r"\s+").replace(",", r"\s*,")


def _trie_regex(phrases: list[str], word_start: bool = False) -> str:
    r"""One regex for many phrases, as a character trie: fast where a plain alternation of
    forty titles would retry every phrase at every position. Longest match first.

    `word_start`: each phrase only where no word character comes before it — `(?<!\w)` before
    the trie, written as `(?<!\w.)` after each first character instead, so that the pattern opens
    with one literal per branch and re skips in C the positions no phrase can start at."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, first: bool = False) -> str:
        ends = "" in node
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: c):
            piece = r"\s+" if ch == " " else (r"\s*," if ch == "," else re.escape(ch))
            branches.append(piece + (r"(?<!\w.)" if first else "") + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    if not word_start:
        return emit(trie)
    if "" in trie or any(not (c.isalnum() or c == "_") for c in trie):
        return rf"(?<!\w)(?:{emit(trie)})"  # an empty phrase, or one opening with no letter
    return emit(trie, first=True)


_SPACE_RUN = re.compile(r"\s+")
_SPACE_COMMA = re.compile(r"\s*,")


def canon_phrase(text: str) -> str:
    # asked for every title match: precompiled (the module-level re calls looked both patterns up)
    text = _SPACE_RUN.sub(" ", text)
    return _SPACE_COMMA.sub(",", text) if "," in text else text


def _alternation(phrases, fold_it: bool) -> str:
    # longest first; ties in a fixed order, so the pattern (the regex cache's key) is the same in every process
    forms = sorted(sorted({(fold(p) if fold_it else fold_tone(p.lower())).strip() for p in phrases if p and p.strip()}),
                   key=len, reverse=True)
    # Unfolded text keeps the file's tone placement: "ủy ban" also matches "uỷ ban".
    return "|".join(_phrase_re(f) if fold_it else tone_tolerant(_phrase_re(f)) for f in forms)


def _words_re(phrases, fold_it: bool = False) -> re.Pattern | None:
    alt = _alternation(phrases or [], fold_it)
    return regex_cache.compile(rf"(?<!\w)(?:{alt})(?!\w)") if alt else None


def _guarded_words_re(phrases) -> re.Pattern | None:
    """Like _words_re (unfolded, lower case), and a phrase may be the rules' guarded form
    `{phrase: năm học, not_before: [2021 - 2022]}`: it does not match right after `not_after` or
    right before `not_before` words ("năm học" excludes, "năm học 2021 - 2022" does not)."""
    plain = [p for p in phrases or [] if isinstance(p, str) and not p.startswith("re:")]
    alts = [_alternation(plain, False)] if plain else []
    alts += [p[3:].strip() for p in phrases or [] if isinstance(p, str) and p.startswith("re:")]
    for form in (p for p in phrases or [] if isinstance(p, dict)):
        def words(key):
            value = form.get(key) or []
            return [str(w) for w in ([value] if isinstance(value, str) else value)]
        before = "".join(rf"(?<!{re.escape(fold_tone(w.lower()))} )" for w in words("not_after"))  # fixed width
        after = "".join(rf"(?!\s+{_phrase_re(fold_tone(w.lower()))}(?!\w))" for w in words("not_before"))
        alts.append(before + tone_tolerant(_phrase_re(fold_tone(str(form["phrase"]).lower()))) + after)
    alt = "|".join(a for a in alts if a)
    return regex_cache.compile(rf"(?<!\w)(?:{alt})(?!\w)") if alt else None


def _first_words_re(phrases) -> re.Pattern:
    words = sorted(sorted({fold(p).split()[0] for p in phrases if p.split()}), key=len, reverse=True)
    if not words:
        return regex_cache.compile(r"(?!x)x")
    return regex_cache.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def compile_rules(ruleset) -> Rules:
    """The ruleset's `figures:`, `unit_words:`, `context:` and `plausibility:` as patterns; cached."""
    key = getattr(ruleset, "fingerprint", None) or str(id(ruleset))
    cached = _RULES_CACHE.get(key)
    if cached is not None:
        return cached
    regex_cache.use(getattr(ruleset, "fingerprint", None) or "")  # patterns compiled by earlier processes
    raw = getattr(ruleset, "raw", None) or {}
    figures = raw.get("figures") or {}
    specs: dict[str, Spec] = {}
    title_of: list[tuple[str, str | None]] = []
    groups: list[tuple[str, int]] = []  # (folded phrase, index)
    for name, spec in figures.items():
        specs[name] = Spec(
            name=name, item=spec.get("item", ""), kind=spec.get("kind", "count"), unit=spec.get("unit", "any"),
            label=spec.get("label") or name,
            not_followed=_words_re(spec.get("not_followed_by"), True),
            exclude=_guarded_words_re(spec.get("exclude_context")),
            zero=_words_re(spec.get("zero"), True),
            absorbs=list(spec.get("absorbs") or []),
            absorb_when=_words_re(spec.get("absorb_when") or spec.get("titles")),
            context_any=_words_re(spec.get("context_any")),
            count_words=_words_re(spec.get("count_words"), True),
            parts_add=bool(spec.get("parts_add", False)),
            count_named=bool(spec.get("count_named", False)),
            complement=spec.get("complement"),
            not_preceded=(regex_cache.compile(rf"(?<!\w)(?:{_alternation(spec['not_preceded_by'], True)})\s*$")
                          if spec.get("not_preceded_by") else None),
            period_label=(regex_cache.compile(rf"^\s*(?:[-+*•]\s*)?(?:{_alternation(spec['period_label'], True)})"
                                     rf"(?:\s+\d{{4}})?\s*:") if spec.get("period_label") else None),
        )
        for phrase in spec.get("titles") or []:
            title_of.append((name, None))
            groups.append((fold(phrase), len(title_of) - 1))
        for phrase, note in (spec.get("synonyms") or {}).items():
            title_of.append((name, note))
            groups.append((fold(phrase), len(title_of) - 1))
    groups.sort(key=lambda g: len(g[0]), reverse=True)
    title_index = {canon_phrase(p): i for p, i in reversed(groups)}
    titles = regex_cache.compile(rf"(?:{_trie_regex([p for p, _ in groups], word_start=True)})(?!\w)") if groups \
        else regex_cache.compile(r"(?!x)x")
    # Cheap pre-filter: a sentence can only hold a title if it holds one of their first words.
    first_words = sorted(sorted({p.split()[0].rstrip(",") for p, _ in groups if p.split()}), key=len, reverse=True)
    prefilter = regex_cache.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, first_words)) + r")(?!\w)") if first_words \
        else regex_cache.compile(r"(?!x)x")
    unit_words = raw.get("unit_words") or {}
    unit_kind: dict[str, str] = {}
    for kind, words in (("ind", unit_words.get("individuals") or []), ("col", unit_words.get("collectives") or [])):
        for w in words:
            unit_kind[re.sub(r"\s+", " ", fold(w))] = kind
    unit_alt = "|".join(_phrase_re(u) for u in sorted(unit_kind, key=len, reverse=True))
    # "01 trường hợp": a word that opens with a unit word and names something else (`not_units`)
    not_units = _alternation(unit_words.get("not_units") or [], True)
    unit_alt = f"(?!(?:{not_units})(?!\\w))(?:{unit_alt})" if unit_alt and not_units else unit_alt
    units = regex_cache.compile(rf"\s*(?:la\s+)?(?:luot\s+)?(?P<u>{unit_alt})(?!\w)") if unit_alt else regex_cache.compile(r"(?!x)x")
    more_units = regex_cache.compile(rf"\s*(?:,|và|va|/)\s*(?:{unit_alt})(?!\w)") if unit_alt else regex_cache.compile(r"(?!x)x")
    context = raw.get("context") or {}
    # a guarded phrase ({phrase: tổng số, not_before: [tiền]}: a sum of money is no count's total)
    ctx = {k: _guarded_words_re(v) if any(isinstance(p, dict) for p in v) else _words_re(v)
           for k, v in context.items() if v and k not in FOLDED_LISTS}
    link = _words_re(context.get("link"), True)
    rules = Rules(specs, titles, title_index, title_of, units, unit_kind, ctx, link, dict(raw.get("plausibility") or {}),
                   more_units, prefilter, _first_words_re(z for spec in figures.values() for z in spec.get("zero") or []),
                   words={k: tuple(v) for k, v in context.items() if v and k in FOLDED_LISTS})
    _RULES_CACHE[key] = rules
    return rules
