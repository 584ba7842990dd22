"""Text matching for the rules: one canonical form for report text and rule phrases alike.

`Canon.text()` lower-cases, normalises Unicode and tone-mark placement, expands the
abbreviations of rules/abbreviations.yaml (whole words only), maps spelling variants
("sáu tháng" -> "6 tháng"), drops leading zeros and turns punctuation into spaces, so that
"Covid-19", "COVID 19" and "covid19" read the same. A colon survives as a token because
"Hạn chế:" as a label differs from "hạn chế" as a verb.

`Canon.phrases()` compiles a list of rule phrases into one regex over canonical text: plain
phrases match as whole words, "..." between words allows a gap of up to four words, a leading
"^" anchors at the start of the sentence, and "re:" introduces a raw regular expression. A
phrase written as a mapping (`{phrase: vận động, not_after: [cuộc], not_before: [...]}`) is a
`Guarded` phrase: it does not match right after / right before the words named (the plain-data
form of a regex lookbehind / lookahead).

Number, negation and plan-context detection live in pipeline/check/; nothing here knows the items.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate
from functools import lru_cache
from importlib import resources
from pathlib import Path

from tdkt.pipeline import regex_cache

GAP = r"(?: \S+){0,4} "  # what "..." stands for in a rule phrase
_PUNCT = re.compile(r"[^\w%:]+")
# Zeros that start a number: what (?<![\w.,])0+(?=\d) matches, written to start with the literal
# "0" so that the engine jumps from zero to zero instead of trying every position.
_LEADING_ZERO = re.compile(r"0(?<![\w.,]0)0*(?=\d)")
# The cheap "(?=\d)" first: it fails at most positions before the letter lookbehind is tried.
_DIGIT_ALPHA = re.compile(r"(?<=\d)(?=[^\W\d_])|(?=\d)(?<=[^\W\d_])")
# A digit beside a letter, where _DIGIT_ALPHA would cut: it starts with \d, so the engine skips to
# the digits. Few sentences have one ("covid19", "m2"); most numbers stand apart.
_DIGIT_BESIDE_LETTER = re.compile(r"\d(?:(?=[^\W\d_])|(?<=[^\W\d_]\d))")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[\w%:]+")  # what _PUNCT leaves: canonical text is these, one space apart
_DIGIT = re.compile(r"\d")

# One tone placement for "oa", "oe", "uy" at the end of a syllable ("hoá" -> "hóa", "thuỷ" -> "thủy").
# Only used when pipeline.normalize (compare_form) is not importable.


def _tone_fallback(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    # o/u + a/e/y + tone at the end of a syllable: move the tone onto the first vowel.
    out = re.sub(r"([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\w\u0300-\u036f])",
                 r"\1\3\2", decomposed)
    return unicodedata.normalize("NFC", out)


@lru_cache(maxsize=1)
def _normalizer():
    try:
        from tdkt.pipeline.normalize import compare_form  # normalised and tone-folded
        return compare_form
    except ImportError:
        return lambda text: _SPACES.sub(" ", _tone_fallback(unicodedata.normalize("NFC", text))).strip()


def normalize(text: str) -> str:
    """NFC, one tone-mark placement, single spaces (pipeline.normalize when available)."""
    return _normalizer()(text)


def _mark_base(ch: str) -> str:
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() else ch


# Diacritics away, nothing else changed (case, ASCII, regex syntax kept): the phrases' form for
# text typed without Vietnamese diacritics (PhraseSet's ASCII fallback).
_MARKS = str.maketrans({cp: _mark_base(chr(cp)) for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
                        if _mark_base(chr(cp)) != chr(cp)})
_LETTER = re.compile(r"[a-z]")


def without_marks(text: str) -> str:
    """The text with its diacritics (and đ) folded to plain ASCII letters, nothing else changed."""
    return text.translate(_MARKS)


def _unmarked(canon_text: str) -> bool:
    """Canonical text with letters and no Vietnamese diacritic at all: a line typed without them
    ("Ty le ca nhan ... duoc khen thuong"), which the rules' phrases are matched against folded."""
    return canon_text.isascii() and _LETTER.search(canon_text) is not None


def _fold(text: str) -> str:
    """Lower case and tone placement, applied identically to text and to dictionary keys."""
    return normalize(text).lower()


@dataclass
class Abbreviations:
    pattern: re.Pattern | None
    table: dict[str, str]

    def expand(self, lowered: str) -> str:
        if not self.pattern:
            return lowered
        return self.pattern.sub(lambda m: self.table[m.group(0)], lowered)


def _word_pattern(keys) -> re.Pattern | None:
    keys = sorted(keys, key=len, reverse=True)
    if not keys:
        return None
    body = "|".join(re.escape(k) for k in keys)
    # The lookahead on the keys' first characters only skips, fast, the positions no key can start at.
    starts = "".join(re.escape(c) for c in sorted({k[0] for k in keys}))
    return re.compile(rf"(?=[{starts}])(?<![\w])(?:{body})(?![\w])")


_WORD_RUN = re.compile(r"\w+")


class _AbbreviationPlan:
    """How Canon._pre expands abbreviations, told from a text's tokens (_TOKEN's runs, ":" spaced).

    A key matches as whole words (_word_pattern), so where it matches, each of its runs of word
    characters is a run of the text too. Without "%" a text's tokens are its word runs (and ":"):
    when they hold no key's first run, no key occurs (`NONE`); when no key of several runs
    ("kt-xh", "cb, cc, vc") has all its runs there, only one-run keys ("ubnd") can occur, exactly
    where a token is one, and mapping the tokens gives what the regex would (`TOKENS`) — provided
    those keys and their expansions hold no digit (leading zeros and the digit split then see the
    same text) and every expansion is already plain space-joined words. Else `REGEX`.
    """

    NONE, TOKENS, REGEX = 0, 1, 2

    def __init__(self, abbr: Abbreviations):
        self.pattern = abbr.pattern
        self.first_runs: frozenset[str] | None = None
        self.words: dict[str, str] | None = {}
        self.multi: tuple = ()
        multi = []
        for key, value in abbr.table.items():
            runs = _WORD_RUN.findall(key)
            if not runs or not key.startswith(runs[0]):
                self.first_runs = None  # a key not starting with a word character: always the regex
                self.words = None
                return
            if len(runs) > 1 or runs[0] != key:
                multi.append((runs[0], frozenset(runs)))
            elif self.words is not None and not _DIGIT.search(key + value) and \
                    value == " ".join(_TOKEN.findall(value)) and "%" not in value and ":" not in value:
                self.words[key] = value
            else:
                self.words = None
        self.first_runs = frozenset(_WORD_RUN.match(key).group(0) for key in abbr.table)
        self.multi = tuple(multi)

    def how(self, text: str, tokens: list[str]) -> int:
        if self.pattern is None:
            return self.NONE
        if self.first_runs is None or "%" in text:
            return self.REGEX
        if self.first_runs.isdisjoint(tokens):
            return self.NONE
        if self.words is None:
            return self.REGEX
        if self.multi:
            present = frozenset(tokens)
            if any(first in present and runs <= present for first, runs in self.multi):
                return self.REGEX
        return self.TOKENS


def load_abbreviations(path: str | Path | None = None) -> tuple[Abbreviations, Abbreviations]:
    """(abbreviations, variants) from the YAML file; keys folded like the text they apply to."""
    import yaml

    path = Path(path) if path else Path(str(resources.files("tdkt.rules").joinpath("abbreviations.yaml")))
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    abbr = {_fold(k): _fold(str(v)) for k, v in (data.get("abbreviations") or {}).items()}
    var = {_fold(k): _fold(str(v)) for k, v in (data.get("variants") or {}).items()}
    return Abbreviations(_word_pattern(abbr), abbr), Abbreviations(_word_pattern(var), var)


class Canon:
    """Canonical text for matching, with a cache: the same sentence is canonicalised once."""

    def __init__(self, abbreviations_path: str | Path | None = None, extra: tuple[tuple[str, str], ...] = ()):
        self.abbr, variants = load_abbreviations(abbreviations_path)
        if extra:  # a ruleset's own short forms (`abbreviations:` in its file) beside the shared ones
            table = {**self.abbr.table, **{_fold(k): _fold(str(v)) for k, v in extra}}
            self.abbr = Abbreviations(_word_pattern(table), table)
        self._abbr_plan = _AbbreviationPlan(self.abbr)
        self._cache: dict[str, str] = {}
        self._words: dict[str, tuple[str, frozenset[str]]] = {}  # text_words'
        # Variants apply to canonical text, so their keys are canonicalised the same way.
        table = {self._pre(k): self._pre(v) for k, v in variants.table.items()}
        self.variants = Abbreviations(_word_pattern(table), table)
        self._variant_runs = _variant_runs(table)

    def text(self, raw: str) -> str:
        cached = self._cache.get(raw)
        if cached is not None:
            return cached
        s, tokens = self._pre_tokens(raw)
        if self._variant_may_occur(s, tokens):
            s = self.variants.expand(s)
        if len(self._cache) > 50000:
            self._cache.clear()
        self._cache[raw] = s
        return s

    def text_words(self, raw: str) -> tuple[str, frozenset[str]]:
        """text(raw) and its words (canonical text's words are its space-separated tokens), the
        words kept beside the text: a sentence met again (a file judged again, a paragraph many
        reports copy) is not split again. Kept only while `_cache` keeps the same text, so
        emptying `_cache` empties this too."""
        text = self._cache.get(raw)
        if text is None:
            text = self.text(raw)
        else:
            found = self._words.get(raw)
            if found is not None and found[0] is text:
                return found
        if len(self._words) > 50000:
            self._words.clear()
        found = self._words[raw] = (text, frozenset(text.split()))
        return found

    def _variant_may_occur(self, text: str, tokens: list[str] | None) -> bool:
        """Whether a variant that changes the text can match in `text` (canonical, before the
        variants). Such a key matches as whole words, so each of its word runs is a whole token of
        a text without "%" (":" stands alone in canonical text): when no key has all its runs
        among the tokens, `variants.expand` could only map keys to themselves ("6 tháng"), and
        is skipped (most sentences). `tokens`: the text's tokens when _pre_tokens kept them."""
        runs = self._variant_runs
        if runs is None or "%" in text:
            return self.variants.pattern is not None
        firsts, keys = runs
        if tokens is None:
            tokens = text.split(" ")
        if firsts.isdisjoint(tokens):
            return False
        present = frozenset(tokens)
        return any(key <= present for key in keys)

    def _pre(self, raw: str) -> str:
        return self._pre_tokens(raw)[0]

    def _pre_tokens(self, raw: str) -> tuple[str, list[str] | None]:
        """Folded, abbreviations expanded, leading zeros dropped, digits split from letters, tokens
        space-joined. Tokenised first: the tokens tell, with one set test, that no abbreviation
        occurs (most sentences), and splitting digits from letters in the joined tokens is the
        same as before tokenising (it only ever cuts inside a token). With the text, its tokens
        (the text split at its spaces) when they are at hand, else None."""
        s = _fold(raw)
        tokens = _TOKEN.findall(s.replace(":", " : "))
        how = self._abbr_plan.how(s, tokens)
        if how == _AbbreviationPlan.REGEX:
            expanded = self.abbr.expand(s)
            if expanded != s:
                s, tokens = expanded, None
        if "0" in s:  # the digit tests skip, cheaply, the many sentences without a number
            stripped = _LEADING_ZERO.sub("", s)  # "05-CT/TW" = "5-CT/TW", "06 tháng" = "6 tháng"
            if len(stripped) != len(s):
                s, tokens = stripped, None
        if tokens is None:
            tokens = _TOKEN.findall(s.replace(":", " : "))
        if how == _AbbreviationPlan.TOKENS:  # one-run keys only: "ubnd" -> "ủy ban nhân dân"
            words = self._abbr_plan.words
            tokens = map(words.get, tokens, tokens)
            out = " ".join(tokens)
            tokens = None  # an expansion is several words: no longer the text's tokens
        else:
            # Runs of other characters (spaces included) become one space: the tokens, space-joined.
            out = " ".join(tokens)
        if _DIGIT_BESIDE_LETTER.search(out):
            out, tokens = _DIGIT_ALPHA.sub(" ", out), None  # "covid19" -> "covid 19"
        return out, tokens

    def phrase_regex(self, phrase: "str | Guarded") -> str:
        """One rule phrase as a regex fragment over canonical text."""
        if isinstance(phrase, Guarded):
            before = "".join(f"(?<!{re.escape(self.text(w))} )" for w in phrase.not_after)
            after = "".join(f"(?! {re.escape(self.text(w))}(?!\\S))" for w in phrase.not_before)
            return f"(?:{before}{self.phrase_regex(phrase.phrase)}{after})"
        phrase = str(phrase)
        if phrase.startswith("re:"):
            return f"(?:{phrase[3:].strip()})"
        anchored = phrase.startswith("^")
        parts = [self.text(p) for p in phrase.lstrip("^").split("...")]
        body = GAP.join(re.escape(p) for p in parts if p)
        return ("^" if anchored else r"(?<!\S)") + f"(?:{body})" + r"(?!\S)"

    def phrases(self, phrases) -> "PhraseSet":
        return _compile(self, tuple(Guarded.of(p) if isinstance(p, dict) else p if isinstance(p, Guarded) else str(p)
                                    for p in (phrases or ())))


def _variant_runs(table: dict[str, str]) -> tuple[frozenset[str], tuple[frozenset[str], ...]] | None:
    """(one word run of each, the word runs of each) of the variant keys that change the text
    (Canon._variant_may_occur); None when a key holds no word run (the regex is always run)."""
    keys = []
    for key, value in table.items():
        runs = _WORD_RUN.findall(key)
        if not runs:
            return None
        if key != value:
            keys.append(frozenset(runs))
    return frozenset(min(runs) for runs in keys), tuple(keys)


@dataclass(frozen=True)
class Guarded:
    """A phrase that does not count right after `not_after` or right before `not_before` words
    ("vận động" but not "cuộc vận động"): the rules' `{phrase: ..., not_after: [...]}` form."""

    phrase: str
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()

    @classmethod
    def of(cls, form: dict) -> "Guarded":
        def words(key):
            value = form.get(key) or ()
            return tuple(str(w) for w in ([value] if isinstance(value, str) else value))
        return cls(str(form.get("phrase", "")), words("not_after"), words("not_before"))

    def __str__(self) -> str:  # its words, for the index of `needs` (a Guarded phrase is never "re:")
        return self.phrase


def _literals_in(parts, choices, padded: str) -> bool:
    """An alternative's required literals are all in `padded` and each of its choice clauses has one
    there (loops, not all()/any(): no generator for the common miss)."""
    for part in parts:
        if part not in padded:
            return False
    for clause in choices:
        for choice in clause:
            if choice in padded:
                break
        else:
            return False
    return True


class PhraseSet:
    """Compiled alternatives; empty sets never match.

    `needs` holds, per alternative, the words it cannot match without (None for a raw regex):
    a sentence lacking them is skipped without running the regex. The alternatives are indexed
    by one of their words (the longest), so `search_words` looks only at the alternatives whose
    word the sentence has, instead of testing every alternative's words in turn. Regexes are
    compiled on first use: a report touches a fraction of a ruleset's phrases, so start-up does
    not pay for all of them.
    """

    __slots__ = ("pattern", "sources", "needs", "alternative_patterns", "_regex", "_alternatives",
                 "_by_word", "_keys", "_always", "_literals", "_parts", "_choices", "_backreference",
                 "_canon", "_twin", "_all_keys")

    def __init__(self, pattern: str | None, sources: tuple[str, ...], needs: tuple = (),
                 alternative_patterns: tuple[str, ...] = (), literals: tuple = (), parts: tuple = ()):
        self.pattern = pattern
        # Per alternative, " its words " when it is a plain phrase (no regex, anchor, gap or guard):
        # in space-padded canonical text its regex matches exactly where that string occurs.
        self._literals = literals or (None,) * len(alternative_patterns)
        # Per other alternative (gap, anchor, guard), the " words " between its gaps: every match
        # holds each of them in the padded text, so a text lacking one is not searched.
        self._parts = list(parts or ((),) * len(alternative_patterns))
        # Per raw regex ("re:"), the literal strings it cannot match without (regex_literals), read
        # on first use like the regex itself: the single ones go to `_parts`, the clauses of several
        # ("one of these") here. None: not read yet.
        self._choices: list = [None if need is None else () for need in needs] if needs else \
            [()] * len(alternative_patterns)
        self.sources = sources
        self.needs = needs
        self.alternative_patterns = alternative_patterns
        self._regex = None
        self._backreference: bool | None = None  # the pattern refers back to a group (narrowed)
        self._alternatives: list = [None] * len(alternative_patterns)
        by_word: dict[str, list[int]] = {}
        always: list[int] = []
        for i, need in enumerate(needs):
            if not need:  # a raw regex, or a phrase with no word: tried on every sentence
                always.append(i)
            else:
                by_word.setdefault(max(sorted(need), key=len), []).append(i)
        self._by_word = {k: tuple(v) for k, v in by_word.items()}
        self._keys = frozenset(by_word)
        self._always = tuple(always)
        # The ASCII fallback: a text with no diacritic at all is also matched against the phrases
        # folded (`folded`, built on first need; False when folding changes no phrase).
        self._canon = None
        self._twin = None
        self._all_keys = None

    @property
    def regex(self) -> re.Pattern | None:
        if self._regex is None and self.pattern is not None:
            self._regex = regex_cache.compile(self.pattern)
        return self._regex

    def _prefilter(self, i: int) -> tuple:
        """(strings all needed, clauses of strings one of which is needed) of a raw alternative."""
        from tdkt.pipeline.regex_literals import required_literals

        clauses = required_literals(self.alternative_patterns[i])
        self._parts[i] = tuple(c[0] for c in clauses if len(c) == 1)
        choices = self._choices[i] = tuple(c for c in clauses if len(c) > 1)
        return self._parts[i], choices

    def _alternative(self, i: int) -> re.Pattern:
        rx = self._alternatives[i]
        if rx is None:
            rx = self._alternatives[i] = regex_cache.compile(self.alternative_patterns[i])
        return rx

    def search(self, canon_text: str):
        found = self.regex.search(canon_text) if self.pattern is not None else None
        if found is None and _unmarked(canon_text) and self.folded is not None:
            return self.folded.search(canon_text)
        return found

    def contains(self, canon_text: str) -> bool:
        """bool(search(canon_text)), through the word index: only the alternatives whose words the
        text has are run, not the whole alternation at every position. The words of canonical text
        (names blanked or not) are its space-separated tokens, as the alternatives' words are."""
        if self.pattern is None:
            return False
        return self.hits(canon_text, frozenset(canon_text.split()))

    def hits(self, canon_text: str, words: frozenset[str]) -> bool:
        """bool(search_words(canon_text, words)), a plain phrase tested as a substring (C speed)
        instead of by its regex. Canonical text (names blanked or not) has no whitespace but " "."""
        # Most calls: no key word in the text (a C test, no set built) and no raw regex to try.
        if self._keys.isdisjoint(words):
            candidates = self._always
            if not candidates:
                return canon_text.isascii() and self._folded_hits(canon_text, words)
        else:
            candidates = self._candidates(words)
        needs, literals, padded = self.needs, self._literals, None
        for i in candidates:
            need = needs[i]
            if need is None or need <= words:
                literal = literals[i]
                if literal is None:
                    parts, choices = self._parts[i], self._choices[i]
                    if choices is None:
                        parts, choices = self._prefilter(i)
                    if parts or choices:
                        if padded is None:
                            padded = f" {canon_text} "
                        if not _literals_in(parts, choices, padded):
                            continue
                    if self._alternative(i).search(canon_text):
                        return True
                    continue
                if padded is None:
                    padded = f" {canon_text} "
                if literal in padded:
                    return True
        return canon_text.isascii() and self._folded_hits(canon_text, words)

    @property
    def folded(self) -> "PhraseSet | None":
        """The same phrases with their diacritics folded (without_marks; guards and raw regexes
        too), compiled by the canon this set was; None when folding changes none of them."""
        twin = self._twin
        if twin is None:
            twin = False
            if self._canon is not None:
                plain = tuple(_folded_phrase(p) for p in self.sources)
                if plain != self.sources:
                    twin = _compile(self._canon, plain)
            self._twin = twin
        return twin or None

    def _folded_hits(self, canon_text: str, words: frozenset[str]) -> bool:
        """hits() of the folded phrases, for a text with letters and no diacritic at all (the
        caller has seen it is ASCII): a line typed without diacritics reports what its words say."""
        twin = self.folded
        return twin is not None and _LETTER.search(canon_text) is not None and twin.hits(canon_text, words)

    def narrowed(self, text: str, words: frozenset[str] | None = None) -> re.Pattern | None:
        """The alternation cut to the alternatives that can match somewhere in `text` (canonical
        text, names blanked or not); None when none can.

        The others match nowhere in it, so at each position the cut alternation picks what the
        whole one would (leftmost match, first alternative): `search`, `finditer` and `sub` give
        the same results, without trying every alternative at every position. A set whose raw
        regex refers back to a group (numbering would shift) keeps the whole alternation.
        `words`, when the caller has them, are the text's words (frozenset(text.split())).
        """
        if self.pattern is None:
            return None
        found = self._narrowed(text, words)
        if found is None and _unmarked(text) and self.folded is not None:
            return self.folded.narrowed(text, words)
        return found

    def _narrowed(self, text: str, words: frozenset[str] | None) -> re.Pattern | None:
        backreference = self._backreference
        if backreference is None:  # read once: a names list's pattern runs to kilobytes
            backreference = self._backreference = bool(_BACKREFERENCE.search(self.pattern))
        if backreference:
            return self.regex
        if words is None:
            words = frozenset(text.split())  # canonical text's words are its space-separated tokens
        padded = f" {text} "
        needs, literals = self.needs, self._literals
        kept = []
        for i in self._candidates(words):
            need = needs[i]
            if need is not None and not need <= words:
                continue
            literal = literals[i]
            if literal is not None:
                if literal not in padded:
                    continue
            else:
                parts, choices = self._parts[i], self._choices[i]
                if choices is None:
                    parts, choices = self._prefilter(i)
                if not _literals_in(parts, choices, padded):
                    continue
            kept.append(i)
        if not kept:
            return None
        if len(kept) == len(self.alternative_patterns):
            return self.regex
        key = (id(self), tuple(kept))  # phrase sets live as long as their ruleset
        regex = _NARROWED.get(key)
        if regex is None:
            if len(_NARROWED) > 4096:
                _NARROWED.clear()
            # a few alternatives: quick to compile, and kept out of the rules' on-disk regex cache
            regex = _NARROWED[key] = re.compile("|".join(self.alternative_patterns[i] for i in kept))
        return regex

    def _candidates(self, words: frozenset[str]):
        common = self._keys & words  # a C set intersection: most sentences share no key word
        if not common:
            return self._always
        by_word = self._by_word
        if len(common) == 1 and not self._always:
            return by_word[next(iter(common))]
        hits = [i for w in common for i in by_word[w]]
        hits.extend(self._always)
        hits.sort()  # the alternatives' own order, as a plain loop over them would try them
        return hits

    @property
    def key_words(self) -> frozenset[str] | None:
        """Words of which a text must hold one for any alternative to match (the index's words);
        None when some alternative (a raw regex) may match without any."""
        return None if self._always else self._keys

    @property
    def folded_key_words(self) -> frozenset[str] | None:
        """key_words of the folded phrases, for the texts with no diacritic (None: no fallback set,
        or one that may match without any word); a text with diacritics needs only key_words."""
        keys = self._all_keys
        if keys is None:
            twin = self.folded
            keys = self._all_keys = frozenset() if twin is None else (twin.key_words or None)
        return keys or None

    def may_match(self, words: frozenset[str]) -> bool:
        if not self._always and self._keys.isdisjoint(words):  # most sentences: no key word
            twin = self.folded  # a set test first: most sentences hold no folded key word either
            return twin is not None and twin.may_match(words) and all(w.isascii() for w in words)
        needs = self.needs
        for i in self._candidates(words):  # a loop, not any(): no generator (≈ 180 calls a report)
            need = needs[i]
            if need is None or need <= words:
                return True
        return False

    def search_words(self, canon_text: str, words: frozenset[str]):
        """search(), trying only the alternatives whose words the sentence has."""
        needs = self.needs
        for i in self._candidates(words):
            need = needs[i]
            if need is None or need <= words:
                m = self._alternative(i).search(canon_text)
                if m:
                    return m
        if _unmarked(canon_text) and self.folded is not None:
            return self.folded.search_words(canon_text, words)
        return None

    def __bool__(self) -> bool:
        return self.pattern is not None


class PhraseGroup:
    """Several phrase sets (a ruleset's concepts) matched against all sentences of a report at once.

    `match` gives, per set, the sentences `PhraseSet.hits` is true of — the same answers, found
    in one pass: the alternatives of every set are indexed by their key word once per ruleset,
    and each sentence meets only the alternatives of its own key words, its padded text built once.
    A raw regex, tried on every sentence by `hits`, is first tested for its literals
    (regex_literals) on the whole report. Which sets a report needs is the caller's business.
    """

    def __init__(self, sets):
        self.sets = tuple(sets)
        self.slots = {id(ps): k for k, ps in enumerate(self.sets)}
        keyed = []
        always = []
        for k, ps in enumerate(self.sets):
            if ps.pattern is None:
                continue
            for alternatives in ps._by_word.values():
                # A keyed alternative is a phrase (no raw regex): its `_parts` are known already.
                keyed.extend((ps.needs[i], (k, ps._literals[i], ps._parts[i], ps, i)) for i in alternatives)
            always.extend((k, ps, i) for i in ps._always)
        # Each alternative is filed under the one of its needed words that the fewest alternatives
        # of the group need (a word many phrases share, "công", is a common word of the text too):
        # a sentence then meets fewer alternatives it lacks words of. Any needed word is a
        # necessary condition, so the answers do not depend on the choice.
        shared = Counter(word for need, _ in keyed for word in need)
        by_key: dict[str, list] = {}
        for need, entry in keyed:
            by_key.setdefault(min(need, key=lambda word: (shared[word], -len(word), word)), []).append((need, entry))
        self._by_key = by_key
        self._keys = frozenset(by_key)
        self._always = always

    def match(self, texts: list[tuple[str, frozenset[str]]]) -> list[list[int]]:
        """Per set, the ascending indices of the (canonical text, words) pairs it hits."""
        found: list[set[int]] = [set() for _ in self.sets]
        if not texts:
            return [[] for _ in self.sets]
        # No per-report cut of the alternatives to the report's words: building the report's word
        # set and the cut cost more (0.65 -> 0.55 ms a report) than the subset tests it saves.
        by_key = self._by_key
        padded: list[str | None] = [None] * len(texts)
        for j, (text, words) in enumerate(texts):
            common = self._keys & words
            if not common:
                continue
            pad = padded[j] = f" {text} "
            for key in common:
                for need, entry in by_key[key]:
                    if not need <= words:  # most: the sentence lacks another of its words
                        continue
                    k, literal, parts, ps, i = entry
                    hit = found[k]
                    if j in hit:
                        continue
                    if literal is not None:
                        if literal in pad:
                            hit.add(j)
                        continue
                    for part in parts:  # what hits tests before the regex of a gap, anchor or guard
                        if part not in pad:
                            break
                    else:
                        if ps._alternative(i).search(text):
                            hit.add(j)
        if self._always:
            pads = [pad if pad is not None else f" {text} " for pad, (text, _) in zip(padded, texts)]
            whole = "\x00".join(pads)  # holds every sentence's padded text, "\x00" between them
            starts = list(accumulate((len(pad) + 1 for pad in pads[:-1]), initial=0))
            holding: dict[tuple, list[int]] = {}  # needles -> the sentences holding one (sets share some)
            for k, ps, i in self._always:  # no words needed (a raw regex, a phrase of no word)
                parts, choices = ps._parts[i], ps._choices[i]
                if choices is None:
                    parts, choices = ps._prefilter(i)
                hit, literal, regex = found[k], ps._literals[i], None
                # Only the sentences holding a string it needs (its longest, or one of its shortest
                # clause), found in the whole text by str.find, are tried.
                needles = (max(parts, key=len),) if parts else min(choices, key=len) if choices else ()
                if needles and not any("\x00" in needle for needle in needles):
                    candidates = holding.get(needles)
                    if candidates is None:
                        candidates = holding[needles] = sorted(
                            {j for needle in needles for j in _holding(whole, needle, starts)})
                else:
                    candidates = range(len(pads))
                for j in candidates:
                    pad = pads[j]
                    if j in hit:
                        continue
                    if literal is not None:
                        if literal in pad:
                            hit.add(j)
                        continue
                    for part in parts:
                        if part not in pad:
                            break
                    else:
                        if choices and not _holds((), choices, pad):
                            continue
                        if regex is None:
                            regex = ps._alternative(i)
                        if regex.search(texts[j][0]):
                            hit.add(j)
        # A line typed without diacritics: the sets it did not hit, through their folded phrases
        # (PhraseSet.hits' fallback; few lines of a report are such).
        for j, (text, words) in enumerate(texts):
            if _unmarked(text):
                for k, ps in enumerate(self.sets):
                    if j not in found[k] and ps.pattern is not None and ps.folded is not None \
                            and ps.folded.hits(text, words):
                        found[k].add(j)
        return [sorted(hit) for hit in found]


def _holding(whole: str, needle: str, starts: list[int]):
    """Indices of the texts joined in `whole` (each beginning at `starts`) that hold `needle`, a
    string without the separator: str.find jumps from one to the next."""
    at = whole.find(needle)
    while at >= 0:
        j = bisect_right(starts, at) - 1
        yield j
        if j + 1 >= len(starts):
            return
        at = whole.find(needle, starts[j + 1])


def _holds(parts: tuple, choices: tuple, padded: str) -> bool:
    """`padded` has every string of `parts` and one of each clause of `choices` (as hits tests)."""
    return all(part in padded for part in parts) and all(
        any(c in padded for c in clause) for clause in choices)


_GROUPS: dict[tuple[int, ...], PhraseGroup] = {}


def phrase_group(sets) -> PhraseGroup:
    """The PhraseGroup of these phrase sets, built once (phrase sets live as long as their ruleset)."""
    sets = tuple(sets)
    key = tuple(map(id, sets))
    group = _GROUPS.get(key)
    if group is None:
        if len(_GROUPS) > 16:
            _GROUPS.clear()
        group = _GROUPS[key] = PhraseGroup(sets)
    return group


_COMPILED: dict[tuple[int, tuple[str, ...]], PhraseSet] = {}
_NARROWED: dict[tuple[int, tuple[int, ...]], re.Pattern] = {}
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def _raw(phrase) -> bool:
    return isinstance(phrase, str) and phrase.startswith("re:")


def _parts_of(canon: Canon, phrase) -> tuple[str, ...]:
    """" words " between the gaps of a phrase that is no raw regex (a Guarded phrase's own words:
    its guards only narrow where it matches)."""
    if _raw(phrase):
        return ()
    parts = (canon.text(part) for part in str(phrase).lstrip("^").split("..."))
    return tuple(f" {part} " for part in parts if part)


def _literal(canon: Canon, phrase) -> str | None:
    """" words " of a plain phrase: its regex (Canon.phrase_regex) is those words between two
    whitespace boundaries. None when the regex says more (raw, anchored, with a gap, guarded)."""
    if not isinstance(phrase, str) or _raw(phrase) or phrase.startswith("^") or "..." in phrase:
        return None
    text = canon.text(phrase)
    return f" {text} " if text else None


def _compile(canon: Canon, phrases: tuple[str, ...]) -> PhraseSet:
    key = (id(canon), phrases)
    found = _COMPILED.get(key)
    if found is None:
        kept = [p for p in phrases if str(p).strip()]
        alts = [canon.phrase_regex(p) for p in kept]
        needs = tuple(None if _raw(p) else frozenset(canon.text(str(p).lstrip("^").replace("...", " ")).split())
                      for p in kept)
        pattern = "|".join(alts) if alts else None
        if pattern is not None and any(_raw(p) for p in kept):
            try:  # a raw regex is checked now (plain phrases are escaped and cannot be wrong)
                regex_cache.compile(pattern)
            except re.error as exc:
                raise ValueError(f"Mẫu không hợp lệ trong {phrases!r}: {exc}") from exc
        found = PhraseSet(pattern, phrases, needs, tuple(alts), tuple(_literal(canon, p) for p in kept),
                          tuple(_parts_of(canon, p) for p in kept))
        found._canon = canon
        _COMPILED[key] = found
    return found


def _folded_phrase(phrase):
    """A rule phrase with its diacritics folded: plain and raw alike (a raw regex keeps its syntax:
    only marked letters change), a Guarded phrase with its guards."""
    if isinstance(phrase, Guarded):
        return Guarded(without_marks(phrase.phrase), tuple(map(without_marks, phrase.not_after)),
                       tuple(map(without_marks, phrase.not_before)))
    return without_marks(phrase)


@lru_cache(maxsize=4)
def default_canon(path: str | None = None, extra: tuple[tuple[str, str], ...] = ()) -> Canon:
    return Canon(path, extra)


def canon_for(ruleset) -> Canon:
    """The canonical form a ruleset's phrases and the reports judged by it are compared in: the
    shared abbreviations plus the ruleset's own (`abbreviations:` in its file)."""
    own = (getattr(ruleset, "raw", None) or {}).get("abbreviations") or {}
    return default_canon(None, tuple(sorted((str(k), str(v)) for k, v in own.items())))
