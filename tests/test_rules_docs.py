"""docs/rules.md documents every key the shipped rules files use, and every key the schema accepts."""

import re
import typing
from pathlib import Path

import yaml
from pydantic import BaseModel

from tdkt.rules import schema

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "rules.md"

# Mappings whose keys are the clerk's data, not the format: figure names, a synonym's phrase,
# abbreviations and spelling variants. Their values are still walked.
DATA_KEYS = {("figures",), ("figures", "*", "synonyms"), ("abbreviations",), ("variants",)}


def _keys(node, path=()):
    """Every key of a YAML structure (recursively), with the path of mapping keys above it."""
    if isinstance(node, dict):
        data = path in DATA_KEYS or (len(path) == 3 and path[0] == "figures" and path[2] == "synonyms")
        for key, value in node.items():
            if not data:
                yield str(key), path
            yield from _keys(value, path + (("*" if path == ("figures",) else str(key)),))
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value, path)


def _documented() -> set[str]:
    return set(re.findall(r"`([^`\s]+)`", DOC.read_text(encoding="utf-8")))


def test_every_key_of_the_shipped_rules_files_is_documented():
    files = sorted((ROOT / "rules").glob("*.yaml"))
    assert len(files) >= 4  # tay-son, its figures file, year-end, abbreviations
    documented = _documented()
    missing = {}
    for f in files:
        for key, path in _keys(yaml.safe_load(f.read_text(encoding="utf-8"))):
            if key not in documented:
                missing.setdefault(key, f"{f.name}: {'.'.join(path + (key,))}")
    assert not missing, f"keys used in rules/*.yaml but not documented in docs/rules.md: {missing}"


def _schema_keys(model, seen=None) -> set[str]:
    seen = seen if seen is not None else set()
    if model in seen:
        return set()
    seen.add(model)
    out = set()
    for name, field in model.model_fields.items():
        out.add(field.alias or name)
        stack = [field.annotation]
        while stack:
            ann = stack.pop()
            if isinstance(ann, type) and issubclass(ann, BaseModel):
                out |= _schema_keys(ann, seen)
            stack.extend(typing.get_args(ann))
    return out


def test_every_key_the_schema_accepts_is_documented():
    accepted = (_schema_keys(schema.Ruleset) | _schema_keys(schema.AbbreviationsFile)
                | set(schema.ROSTER_COLUMNS) | set(schema.UNIT_TYPE_NAMES))
    missing = sorted(accepted - _documented())
    assert not missing, f"keys accepted by rules/schema.py but not documented in docs/rules.md: {missing}"


def test_the_walk_sees_nested_keys_and_skips_data():
    sample = {"items": [{"id": "X", "parts": [{"name": "a", "any": ["b"]}], "full": {"any": ["c"], "note": "d"}}],
              "figures": {"ten_rieng": {"titles": ["t"], "synonyms": {"cụm từ": "ghi chú"}}}}
    keys = {k for k, _ in _keys(sample)}
    assert {"items", "id", "parts", "name", "any", "full", "note", "figures", "titles", "synonyms"} <= keys
    assert "ten_rieng" not in keys and "cụm từ" not in keys
