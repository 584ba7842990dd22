"""Text-PDF reader before/after: dump each text PDF's Document and judged record, compare two dumps.

    .venv/bin/python bench/pdf_records_diff.py dump /tmp/before.json            # samples/inbox text PDFs
    .venv/bin/python bench/pdf_records_diff.py dump /tmp/before.json --input DIR  # more PDFs (any producer)
    .venv/bin/python bench/pdf_records_diff.py compare /tmp/before.json /tmp/after.json

A text PDF of samples/inbox is every `.pdf` but scans, stamped scans and photo PDFs
(`*.scan.pdf`, `*.stamped.pdf`, `*.photos.pdf`); the blind sets (85-99 and
samples/held-out.txt) are never opened.
Per file the dump holds the Document (format, pages, meta, warnings, every block with its
provenance and layout cues) and the record `pipeline.process.judge_file` makes of it (items,
figures, metadata, unit) with the volatile fields blanked. `compare` prints every file whose dump
differs, with the first differing paths, and exits 1 when any does. A reader change that is
meant to keep behaviour must compare equal. Records also move with the judging code and the
rules, which other work changes meanwhile: for a reader-only comparison dump "before" with the
old reader files over today's tree (e.g. `git show OLD:extractors/pdf_chars.py` ... into a copy
of the tree, run with `python -S` and PYTHONPATH=copy:.venv/lib/python3.11/site-packages from
outside the work tree). When the rules do not load, the dump holds the Documents only.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from pathlib import Path

from _samples import held_out  # noqa: E402  (bench/ is the script's folder)

ROOT = Path(__file__).resolve().parents[1]
_SKIPPED = (".scan.pdf", ".stamped.pdf", ".photos.pdf")


def text_pdfs(folders: list[Path]) -> list[Path]:
    files = []
    for folder in folders:
        for path in sorted(folder.glob("*.pdf")):
            if path.name.endswith(_SKIPPED) or held_out(path.name):
                continue
            files.append(path)
    return files


def dump_one(path: Path, ruleset, roster) -> dict:
    from tdkt.extractors import extract
    from tdkt.pipeline.process import judge_file

    document = extract(path)
    data = None
    if ruleset is not None:
        record = judge_file(path, ruleset, roster, display=path.name, sha256="", received_at="2023-06-20T08:00:00")
        data = record.to_dict()
    return {
        "document": {
            "format": document.format,
            "pages": document.pages,
            "meta": document.meta,
            "warnings": document.warnings,
            "blocks": [dataclasses.asdict(b) for b in document.blocks],
        },
        "record": data,
    }


def dump(out: Path, inputs: list[Path]) -> int:
    from tdkt.rules.loader import load_roster, load_ruleset

    try:
        ruleset, roster = load_ruleset(), load_roster()
    except Exception as exc:  # other work may leave the rules mid-edit: compare the Documents alone
        print(f"rules not loadable ({type(exc).__name__}): Documents only, no records")
        ruleset = roster = None
    result = {}
    for path in text_pdfs(inputs):
        try:
            result[str(path)] = dump_one(path, ruleset, roster)
        except Exception as exc:  # a failing file is part of the behaviour too
            result[str(path)] = {"error": f"{type(exc).__name__}: {exc}"}
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True, default=str))
    print(f"{len(result)} files dumped to {out}")
    return 0


def _diffs(a, b, path: str = "", fields: set | None = None) -> list[str]:
    """Differing paths. A key of a record-like dict present on one side only (a field other
    work added to the record meanwhile) goes to `fields`, not to the differences."""
    if type(a) is not type(b):
        return [f"{path}: {a!r} -> {b!r}"]
    if isinstance(a, dict):
        out = []
        for key in sorted(set(a) | set(b), key=str):
            if key not in a or key not in b:
                if fields is not None and path.startswith("/record") and not path.endswith(("/items", "/figures")):
                    fields.add(f"{_schema_path(path)}/{key}: only {'after' if key not in a else 'before'}")
                else:
                    out.append(f"{path}/{key}: {'missing before' if key not in a else 'missing after'}")
            else:
                out += _diffs(a[key], b[key], f"{path}/{key}", fields)
        return out
    if isinstance(a, list):
        if len(a) != len(b):
            out = [f"{path}: length {len(a)} -> {len(b)}"]
        else:
            out = []
        for i, (x, y) in enumerate(zip(a, b)):
            out += _diffs(x, y, f"{path}[{i}]", fields)
        return out
    return [] if a == b else [f"{path}: {a!r} -> {b!r}"]


def _schema_path(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


def compare(before: Path, after: Path) -> int:
    a, b = json.loads(before.read_text()), json.loads(after.read_text())
    bad = 0
    fields: set[str] = set()
    for name in sorted(set(a) | set(b)):
        if name not in a or name not in b:
            print(f"{Path(name).name}: only {'after' if name in b else 'before'}")
            bad += 1
            continue
        if a[name].get("record") is None or b[name].get("record") is None:  # a Documents-only dump
            a[name].pop("record", None), b[name].pop("record", None)
        diffs = _diffs(a[name], b[name], fields=fields)
        if diffs:
            bad += 1
            print(f"{Path(name).name}: {len(diffs)} differences")
            for line in diffs[:8]:
                print(f"    {line[:300]}")
    for line in sorted(fields):
        print(f"record field added or removed meanwhile (not compared): {line}")
    print(f"{len(set(a) | set(b))} files, {bad} differ")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--input", type=Path, action="append", help="folder of PDFs (default: samples/inbox)")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "dump":
        return dump(args.out, args.input or [ROOT / "samples" / "inbox"])
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
