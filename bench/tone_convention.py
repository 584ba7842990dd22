"""Tone placement is the file's own: the same DOCX in the "new" convention is judged as in the "old".

For every labelled sample whose primary rendering is a DOCX (samples 85-99, the blind set being
written, are never opened), a copy is made with every open oa/oe/uy syllable rewritten to the
"new" placement ("hòa" -> "hoà", "thủy" -> "thuỷ", "ủy ban" -> "uỷ ban") in every XML part's
text, and both are judged. Printed: the samples whose statuses, figures, unit or metadata
(compared with the tone folded, as the evaluator does) differ, and how many words of the copy's
Document text keep the new spelling (the text must say what the file says).

    .venv/bin/python bench/tone_convention.py [--only 01,30] [--keep /tmp/tone-docx]

Exit status 1 when any sample is judged differently.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = re.compile(r"^(8[5-9]|9\d)-")

_TONES = "\u0300\u0301\u0309\u0303\u0323"


def _old_to_new_table() -> dict[str, str]:
    table = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for f in (first, first.upper()):
            for s in (second, second.upper()):
                for tone in _TONES:
                    table[unicodedata.normalize("NFC", f + tone) + s] = f + unicodedata.normalize("NFC", s + tone)
    return table


_OLD_TO_NEW = _old_to_new_table()
_OLD_RE = re.compile("(?<![qQ])(?:" + "|".join(map(re.escape, _OLD_TO_NEW)) + r")(?![^\W\d_])")


def to_new_convention(text: str) -> str:
    """'hòa' -> 'hoà', 'Ủy' -> 'Uỷ' (open syllables only; 'quý' and 'hoàn' untouched)."""
    return _OLD_RE.sub(lambda m: _OLD_TO_NEW[m.group(0)], unicodedata.normalize("NFC", text))


def new_convention_docx(source: Path, target: Path) -> int:
    """Copy a DOCX with its XML parts' text in the new convention; returns how many syllables changed."""
    changed = 0
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith(".xml"):
                text = data.decode("utf-8")
                changed += len(_OLD_RE.findall(unicodedata.normalize("NFC", text)))
                data = to_new_convention(text).encode("utf-8")  # tags are ASCII: only text changes
            zout.writestr(info, data)
    return changed


def judged_view(record) -> dict:
    """What must not depend on the tone convention: statuses, figures, unit, metadata (folded)."""
    from tdkt.pipeline.normalize import fold_tone

    def fold(value):
        return fold_tone(value).casefold() if isinstance(value, str) else value

    doc = record.document
    return {
        "error": record.error,
        "items": {k: v.status for k, v in record.items.items()},
        "figures": dict(record.figures),
        "unit": (record.unit.roster_id, record.unit.type, fold(record.unit.name), fold(record.unit.header_name)),
        "document": {k: fold(getattr(doc, k)) for k in ("number", "date", "title", "signer", "signer_authority",
                                                         "place", "issuer", "on_subject")},
        "recipients": [fold(r) for r in doc.recipients],
        "deadline": (record.deadline, record.days_late),
    }


def compare_sample(path: Path, workdir: Path, ruleset, roster) -> tuple[list[str], int, int]:
    """(differences, syllables rewritten, new-style words kept in the copy's text)."""
    from tdkt.extractors import extract
    from tdkt.pipeline.judge import judge

    copy = workdir / path.name
    changed = new_convention_docx(path, copy)
    old_doc, new_doc = extract(path), extract(copy)
    old = judge(old_doc, ruleset, roster, file=path.name, sha256="x", received_at="2023-06-20T08:00:00")
    new = judge(new_doc, ruleset, roster, file=path.name, sha256="x", received_at="2023-06-20T08:00:00")
    a, b = judged_view(old), judged_view(new)
    diffs = [f"{key}: {a[key]!r} != {b[key]!r}" for key in a if a[key] != b[key]]
    new_text = "\n".join(blk.full_text or "" for blk in new_doc.blocks)
    kept = sum(1 for w in re.findall(r"\w+", new_text) if _is_new_style(w))
    return diffs, changed, kept


_NEW_RE = re.compile("(?<![qQ])(?:" + "|".join(map(re.escape, _OLD_TO_NEW.values())) + r")(?![^\W\d_])")


def _is_new_style(word: str) -> bool:
    return bool(_NEW_RE.search(word))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="", help="comma-separated sample prefixes")
    parser.add_argument("--keep", help="folder to keep the new-convention copies in")
    args = parser.parse_args(argv)
    from tdkt.rules.loader import load_roster, load_ruleset

    ruleset, roster = load_ruleset(), load_roster()
    only = [o for o in args.only.split(",") if o]
    from tdkt.pipeline.evaluate import renderings

    samples = []
    for label in sorted((ROOT / "samples" / "labels").glob("*.yaml")):
        if BLIND.match(label.name) or (only and not any(label.name.startswith(o) for o in only)):
            continue
        primary, _ = renderings(ROOT / "samples", label.stem)
        if primary is not None and primary.suffix == ".docx":
            samples.append(primary)
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="tone-"))
    workdir.mkdir(parents=True, exist_ok=True)
    different = 0
    total_changed = total_kept = 0
    from tdkt.extractors import ExtractionError

    for path in samples:
        try:
            diffs, changed, kept = compare_sample(path, workdir, ruleset, roster)
        except ExtractionError as exc:  # a sample that is no report (a spreadsheet named .docx)
            print(f"{path.name}: not read ({exc.code}), skipped")
            continue
        total_changed += changed
        total_kept += kept
        if diffs:
            different += 1
            print(f"{path.name}: {changed} syllables rewritten, {len(diffs)} differences")
            for d in diffs:
                print("   ", d[:400])
    print(f"{len(samples)} DOCX samples, {total_changed} syllables rewritten to the new convention, "
          f"{total_kept} new-style words kept in the copies' text, {different} judged differently")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
