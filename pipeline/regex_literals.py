"""The literal strings a regular expression cannot match without, read from its parse tree.

`required_literals(pattern)` gives clauses of strings: every text the pattern matches somewhere
holds, for each clause, at least one of its strings. `r"\\d+% (?:kế hoạch|so với)"` needs "% " and
one of "kế hoạch", "so với". A substring test per clause (C speed) then skips, without running the
regex, the many sentences a rule's raw regex ("re:" phrases: lookaheads over the whole
sentence, gaps) cannot match. Only a necessary condition: a text passing it still goes to the
regex. What the pattern means and where it is used is matching.py's business.

Read with `re._parser` (CPython's own parser, what `re.compile` runs first); anything it cannot
read, or a case-insensitive part, contributes no clause — fewer clauses is always safe.
"""

from __future__ import annotations

import re

try:
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover  (another interpreter: no prefilter, the regex decides)
    _parser = None

MIN_CHARS = 2  # a clause with a shorter string prunes too little to be worth testing


def required_literals(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Clauses (each a tuple of strings, one of which every match's text holds); () if unknown.
    Kept in the rules' regex cache file across processes (regex_cache.remembered)."""
    from tdkt.pipeline import regex_cache

    return regex_cache.remembered("literals", pattern, flags, lambda: _required_literals(pattern, flags))


def _required_literals(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    if _parser is None:
        return ()
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError):
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    clauses = []
    for clause in _sequence(parsed):
        if clause and min(map(len, clause)) >= MIN_CHARS and clause not in clauses:
            clauses.append(clause)
    return tuple(tuple(sorted(_shortest(c), key=lambda s: (len(s), s))) for c in clauses)


def _shortest(clause: frozenset[str]) -> set[str]:
    """A string holding another of its clause adds nothing: where it occurs, so does the other."""
    return {s for s in clause if not any(t != s and t in s for t in clause)}


def _sequence(items) -> list[frozenset[str]]:
    """Clauses of a sequence of nodes: runs of literal characters, and what each node needs."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            clauses.append(frozenset(("".join(run),)))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        end_run()
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                clauses.extend(_sequence(sub))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            if low >= 1:
                clauses.extend(_sequence(sub))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            clauses.extend(_sequence(av))
        elif op is _c.ASSERT:  # a lookahead / lookbehind still reads the text it asserts
            _direction, sub = av
            clauses.extend(_sequence(sub))
        elif op is _c.BRANCH:
            clause = _branch(av[1])
            if clause:
                clauses.append(clause)
        # Anything else (negative assertions, anchors, classes, any, back-references,
        # conditionals) needs no particular literal.
    end_run()
    return clauses


def _branch(alternatives) -> frozenset[str] | None:
    """One clause for an alternation: each alternative's most selective clause, together. None
    when some alternative needs no literal (it may match anything)."""
    out: set[str] = set()
    for alternative in alternatives:
        own = [c for c in _sequence(alternative) if min(map(len, c)) >= MIN_CHARS]
        if not own:
            return None
        out |= max(own, key=lambda c: (min(map(len, c)), -len(c)))
    return frozenset(out)
