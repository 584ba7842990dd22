"""The rules' compiled regular expressions kept on disk, so a new process does not re-parse them.

A ruleset becomes a few hundred large alternations (every phrase of every item, canonicalised);
parsing them with Python's `re` was most of the first report's cost in each new process
(~0.1-0.3 s of ~0.3-0.5 s). `re` patterns cannot be pickled in compiled form (a Pattern pickles as
its source), so this module keeps what `re`'s compiler produces — the SRE code list, group count
and names — and hands it to `_sre.compile`, the step after parsing that `re` itself calls. CPython
validates SRE code before using it, and every entry is stored under the interpreter's version and
SRE magic number; anything unexpected (other interpreter, damaged file, changed internals) falls
back to `re.compile` and the file is rebuilt silently.

One file per ruleset (its fingerprint) in the cache folder: `TDKT_CACHE_DIR`, else
`$XDG_CACHE_HOME/tdkt`, else `~/.cache/tdkt`. `use(fingerprint)` is called when a ruleset's items
are compiled (check.rules.compiled_rules, figures.rules.compile_rules); new patterns are written
by `flush()` after a report is judged (at most every few seconds: a forked worker may never run
exit handlers) and at process exit. The file is
`marshal` data (plain lists, strings, numbers, bytes — never code or pickled objects) with a
SHA-256 check. Each entry's SRE code is stored as packed bytes and turned into the list `_sre`
wants only when the pattern is asked for: a process loads the whole file but uses a fraction of
it (unpacking every code list was most of the load). Entries unused for `KEEP_SAVES` saves are
dropped when the file is written, so patterns no process asks for any more (rules edited,
alternations whose order changed) do not make every later start-up read them. Other pure
functions of a pattern (`remembered`: regex_literals.required_literals) are kept the same way.
What it leaves to others: which patterns to compile (matching, figures.rules).
"""

from __future__ import annotations

import atexit
import array
import hashlib
import marshal
import os
import re
import sys
import time
from pathlib import Path

try:  # CPython internals; absent or different elsewhere, and then this module is plain re.compile
    import _sre
    from re import _compiler as _sre_compiler
    from re import _parser as _sre_parser

    _CODE_TYPE = "I" if getattr(_sre, "CODESIZE", 4) == 4 else "L"  # one array item per SRE code word
    _TAG = (f"{sys.version}|{_sre.MAGIC}|{getattr(_sre, 'CODESIZE', '')}|packed-{array.array(_CODE_TYPE).itemsize}"
            "|derived")
except ImportError:  # pragma: no cover
    _sre = None
    _TAG = ""

# (pattern, flags) -> [flags, code, groups, groupindex, indexgroup, age]; code is packed bytes until
# the pattern is asked for (then the list _sre.compile takes); age counts the saves since last asked.
_entries: dict[tuple[str, int], list] = {}
_asked: set[tuple[str, int]] = set()  # asked for in this process: their age goes back to 0 when saved
# Other pure functions of a pattern kept beside its code (remembered()): (kind, pattern, flags) ->
# [value, age]; plain tuples and strings only (marshal).
_derived: dict[tuple[str, str, int], list] = {}
_derived_asked: set[tuple[str, str, int]] = set()
_loaded_from: Path | None = None
_read_count = 0
_dirty = False
_registered = False
_last_save = 0.0
MAX_ENTRIES = 20000
KEEP_SAVES = 20  # an entry no process asked for during this many saves of the file is dropped
SAVE_EVERY = 5.0  # seconds: new patterns are written at most this often (and at exit)


def cache_dir() -> Path:
    explicit = os.environ.get("TDKT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tdkt"


def use(fingerprint: str) -> None:
    """Load the cache file of the ruleset with this fingerprint (once per process)."""
    global _loaded_from, _registered, _read_count
    if _sre is None or not fingerprint:
        return
    name = fingerprint if re.fullmatch(r"[0-9a-f]{24,}", fingerprint) else hashlib.sha256(fingerprint.encode()).hexdigest()
    path = cache_dir() / f"regex-{name[:24]}.marshal"
    if _loaded_from == path:
        return
    _save()  # patterns of a ruleset used before in this process
    _loaded_from = path
    _entries.clear()
    _asked.clear()
    _derived.clear()
    _derived_asked.clear()
    entries, derived = _read(path)
    _entries.update(entries)
    _derived.update(derived)
    _read_count = len(_entries)
    if not _registered:
        atexit.register(_save)
        _registered = True


def read_count() -> int:
    """How many compiled patterns the current ruleset's file held when it was loaded."""
    return _read_count


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001  (same name as re.compile on purpose)
    """re.compile, from the cached SRE code when this pattern was compiled before."""
    global _dirty
    if _sre is None or _loaded_from is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _entries.get(key)
    if entry is not None:
        try:
            code = entry[1]
            if not isinstance(code, list):
                code = entry[1] = array.array(_CODE_TYPE, code).tolist()
            compiled = _sre.compile(pattern, entry[0], code, entry[2], entry[3], entry[4])
            _asked.add(key)
            return compiled
        except Exception:  # noqa: BLE001  (anything odd: compile it the ordinary way)
            _entries.pop(key, None)
    try:
        parts = _compile_parts(pattern, flags)
    except Exception:  # noqa: BLE001  (re.compile below raises the real error, if any)
        return re.compile(pattern, flags)
    if len(_entries) < MAX_ENTRIES:
        _entries[key] = [*parts, 0]
        _asked.add(key)
        _dirty = True
    return _sre.compile(pattern, *parts)


def remembered(kind: str, pattern: str, flags: int, compute):
    """compute(), a pure function of (pattern, flags) returning tuples and strings, kept in the
    ruleset's cache file under `kind` like the compiled code (regex_literals.required_literals:
    reading a pattern's parse tree costs as much as compiling it)."""
    global _dirty
    if _loaded_from is None:
        return compute()
    key = (kind, pattern, flags)
    entry = _derived.get(key)
    if entry is not None:
        _derived_asked.add(key)
        return entry[0]
    value = compute()
    try:
        marshal.dumps(value)
    except ValueError:  # not plain data: not kept
        return value
    if len(_derived) < MAX_ENTRIES:
        _derived[key] = [value, 0]
        _derived_asked.add(key)
        _dirty = True
    return value


def _compile_parts(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile (CPython 3.11-3.13)."""
    parsed = _sre_parser.parse(pattern, flags)
    code = _sre_compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = [int(op) for op in code]  # opcodes are int subclasses (_NamedIntConstant): plain ints to store
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _read(path: Path) -> tuple[dict, dict]:
    try:
        data = path.read_bytes()
        digest, payload = data[:32], data[32:]
        if hashlib.sha256(payload).digest() != digest:
            return {}, {}
        tag, items, derived = marshal.loads(payload)
        if tag != _TAG:
            return {}, {}
        return ({(p, f): [e0, code, e2, e3, e4, age] for p, f, e0, code, e2, e3, e4, age in items},
                {(k, p, f): [value, age] for k, p, f, value, age in derived})
    except Exception:  # noqa: BLE001  (missing, unreadable or damaged: rebuilt from the rules)
        return {}, {}


def flush() -> None:
    """Write new patterns, unless the file was written a moment ago (the first time: always)."""
    if _dirty and (not _last_save or time.monotonic() - _last_save >= SAVE_EVERY):
        _save()


def _save() -> None:
    global _dirty, _last_save
    if not _dirty or _loaded_from is None:
        return
    _dirty = False
    _last_save = time.monotonic()
    items = []
    for key, entry in _entries.items():
        e0, code, e2, e3, e4, age = entry
        age = entry[5] = 0 if key in _asked else age + 1
        if age <= KEEP_SAVES:
            packed = code if isinstance(code, bytes) else array.array(_CODE_TYPE, code).tobytes()
            items.append((*key, e0, packed, e2, e3, e4, age))
    derived = []
    for key, entry in _derived.items():
        age = entry[1] = 0 if key in _derived_asked else entry[1] + 1
        if age <= KEEP_SAVES:
            derived.append((*key, entry[0], age))
    _asked.clear()  # a later save (a long-lived worker) ages what is not asked for again
    _derived_asked.clear()
    try:
        payload = marshal.dumps((_TAG, items, derived))
        _loaded_from.parent.mkdir(parents=True, exist_ok=True)
        tmp = _loaded_from.with_name(f".{_loaded_from.name}.{os.getpid()}.tmp")
        tmp.write_bytes(hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, _loaded_from)  # atomic: a concurrent reader sees the old or the new file
    except Exception:  # noqa: BLE001  (a read-only home or full disk only costs the next start-up)
        try:
            tmp.unlink(missing_ok=True)  # type: ignore[possibly-undefined]
        except Exception:  # noqa: BLE001
            pass
