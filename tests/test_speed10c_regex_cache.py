"""The compiled-regex cache's file (pipeline/regex_cache.py): code stored packed and unpacked only
for the patterns asked for, and entries no process asks for any more dropped after KEEP_SAVES
writes, so the file read at every start-up does not grow with patterns nobody uses."""

import importlib
import re

import pytest

from tdkt.pipeline import regex_cache

PATTERNS = [r"(?<!\w)(?:khen\s+thưởng|thi\s+đua)(?!\w)", r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})", r"^\s*-\s*(\w+):"]
TEXTS = ["công tác thi đua, khen thưởng", "ngày 15 / 6", "- tổng: 4", "không có"]


@pytest.fixture()
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("TDKT_CACHE_DIR", str(tmp_path))
    module = importlib.reload(regex_cache)  # a new process's state
    yield module
    importlib.reload(regex_cache)


def _new_process(module, fingerprint="a" * 64):
    module._loaded_from = None
    module._entries.clear()
    module._asked.clear()
    module._derived.clear()
    module._derived_asked.clear()
    module._dirty = False
    module.use(fingerprint)
    return module


def test_packed_code_unpacks_to_patterns_that_match_like_re(fresh):
    _new_process(fresh)
    for p in PATTERNS:
        fresh.compile(p)
    fresh._save()
    _new_process(fresh)
    assert fresh.read_count() == len(PATTERNS)
    assert all(isinstance(e[1], bytes) for e in fresh._entries.values())  # nothing unpacked at load
    for p in PATTERNS:
        rx, ref = fresh.compile(p), re.compile(p)
        for t in TEXTS:
            a, b = rx.search(t), ref.search(t)
            assert (a.span(), a.groupdict()) == (b.span(), b.groupdict()) if b else a is None
    asked = fresh._entries[(PATTERNS[0], 0)]
    assert isinstance(asked[1], list) and asked[1] == fresh._compile_parts(PATTERNS[0], 0)[1]


def test_entries_no_process_asks_for_are_dropped_after_keep_saves(fresh):
    _new_process(fresh)
    fresh.compile(PATTERNS[0])
    fresh.compile(PATTERNS[1])
    fresh._save()
    for n in range(fresh.KEEP_SAVES + 1):  # later processes ask for PATTERNS[0] and a new one each
        _new_process(fresh)
        assert (PATTERNS[1], 0) in fresh._entries, n  # kept while younger than KEEP_SAVES saves
        fresh.compile(PATTERNS[0])
        fresh.compile(rf"x{n}y")
        fresh._save()
    _new_process(fresh)
    assert (PATTERNS[0], 0) in fresh._entries
    assert (PATTERNS[1], 0) not in fresh._entries  # unused for KEEP_SAVES + 1 saves
    assert fresh._entries[("x0y", 0)][5] == fresh.KEEP_SAVES  # saved once, then KEEP_SAVES saves unused
    fresh.compile("new")
    fresh._save()
    _new_process(fresh)
    assert ("x0y", 0) not in fresh._entries and ("x1y", 0) in fresh._entries


def test_a_file_of_the_earlier_format_is_not_used(fresh, tmp_path):
    import hashlib
    import marshal

    _new_process(fresh)
    fresh.compile(PATTERNS[0])
    fresh._save()
    (path,) = tmp_path.iterdir()
    old_tag = fresh._TAG.rsplit("|packed-", 1)[0]
    parts = fresh._compile_parts(PATTERNS[0], 0)
    payload = marshal.dumps((old_tag, [(PATTERNS[0], 0, *parts)]))  # the unpacked layout, no derived values
    path.write_bytes(hashlib.sha256(payload).digest() + payload)
    _new_process(fresh)
    assert fresh.read_count() == 0
    assert fresh.compile(PATTERNS[0]).search(TEXTS[0]).group(0) == "thi đua"


def test_required_literals_come_back_from_the_file_as_computed(fresh):
    from tdkt.pipeline import regex_literals
    from tdkt.rules.loader import load_ruleset

    raw = sorted({p[3:].strip() for p in _phrases(load_ruleset().raw) if p.startswith("re:")})
    assert len(raw) > 10
    _new_process(fresh)
    first = [regex_literals.required_literals(p) for p in raw]
    assert first == [regex_literals._required_literals(p) for p in raw]
    assert any(first)  # some raw regex has a literal it cannot match without
    fresh._save()
    _new_process(fresh)
    calls = []
    real = regex_literals._required_literals
    regex_literals._required_literals = lambda *a: calls.append(a) or real(*a)
    try:
        again = [regex_literals.required_literals(p) for p in raw]
    finally:
        regex_literals._required_literals = real
    assert again == first and not calls  # read from the file, not from the parse tree


def _phrases(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _phrases(v)
    elif isinstance(value, list):
        for v in value:
            yield from _phrases(v)
