"""Benchmark: tdkt on real public office scans, against hand-checked metadata and transcripts.

    # bring the files here once (public, not part of tdkt; never commit them):
    #   fetch github:ailabteam/VietAdmin-OCR-LLM-RAG, then
    #   git --git-dir=<mirror>/repo archive HEAD data | tar -x -C /tmp/vadm
    .venv/bin/python bench/real_scans.py [/tmp/vadm/data] [--tdkt "CMD"] [--work DIR]

Our generated scans (samples/make_scans.py) are our own pictures; these are real: a Kodak
copier's B&W scan with its own (English) invisible OCR layer, an image-only scan, a colour HP
scan with an OmniPage layer and a red stamp over the signature, two phone-style page images of
one letter; numbers and days filled in by hand. The files are copied (times kept) into a fresh
inbox and judged by the real command, `tdkt check --format json` (so photographed pages are
joined as the command joins them), and each record's number, date and signer is compared with
bench/real_scans_labels.yaml. Fields written by hand are counted apart. Then each page that has
a transcript is read by tdkt's extract and by plain Tesseract (`tesseract IMG - -l vie`, psm 3)
and both are scored: character accuracy = 1 - edit distance / transcript length, over the text
with whitespace collapsed. `--tdkt` runs another command instead of `.venv/bin/tdkt` (e.g.
`python /work/notes/run_at_tree.py /tmp/tree` to measure an older tree). Figures: not a test;
docs/quality.md ("Real public scans").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
LABELS = Path(__file__).with_name("real_scans_labels.yaml")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def char_accuracy(text: str, truth: str) -> float:
    text, truth = _squash(text), _squash(truth)
    return max(0.0, 1 - Levenshtein.distance(text, truth) / max(1, len(truth)))


def judge(data: Path, labels: dict, tdkt: list[str], work: Path) -> dict[str, dict]:
    inbox, out = work / "inbox", work / "out"
    inbox.mkdir(parents=True)
    for name in labels["files"]:
        shutil.copy2(data / name, inbox / name)
    for name in labels.get("transcripts", {}):
        if not (inbox / name).exists():
            shutil.copy2(data / name, inbox / name)
    started = time.perf_counter()
    run = subprocess.run([*tdkt, "check", str(inbox), "--out", str(out), "--format", "json"],
                         capture_output=True, text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    seconds = time.perf_counter() - started
    if run.returncode not in (0, 1):
        sys.exit(f"tdkt check failed ({run.returncode}): {run.stderr[-2000:]}")
    data_out = json.loads((out / "reports.json").read_text(encoding="utf-8"))
    records = data_out["reports"] if isinstance(data_out, dict) else data_out
    print(f"tdkt check: {len(records)} records in {seconds:.1f} s wall")
    return {Path(r["file"]).name: (r.get("document") or {}) for r in records}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default="/tmp/vadm/data", type=Path)
    parser.add_argument("--tdkt", default=str(ROOT / ".venv" / "bin" / "tdkt"))
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    work = args.work or Path(tempfile.mkdtemp(prefix="tdkt-real-scans-"))
    print(f"machine: {os.cpu_count()} cores; files: {args.data}; command: {args.tdkt}")
    documents = judge(args.data, labels, shlex.split(args.tdkt), work)

    counts = {"printed": [0, 0, 0], "handwritten": [0, 0, 0]}  # right, wrong, not found
    print(f"\n{'file':10} {'field':7} {'kind':11} {'label':24} {'tdkt':28} result")
    for name, fields in labels["files"].items():
        document = documents.get(name, {})
        for field in ("number", "date", "signer"):
            want = fields[field]
            kind = "handwritten" if want.get("handwritten") else "printed"
            got = document.get(field)
            result = "right" if got == want["value"] else ("not found" if got is None else "wrong")
            counts[kind][("right", "wrong", "not found").index(result)] += 1
            print(f"{name:10} {field:7} {kind:11} {want['value']:24} {str(got):28} {result}")
    for kind, (right, wrong, missing) in counts.items():
        print(f"{kind}: {right} right, {wrong} wrong, {missing} not found")

    if labels.get("transcripts"):
        from tdkt.extractors import extract

        print(f"\n{'page':10} {'tdkt':>7} {'tesseract':>10}")
        for name, truth_name in labels["transcripts"].items():
            truth = (args.data / truth_name).read_text(encoding="utf-8")
            ours = extract(args.data / name).text
            plain = subprocess.run(["tesseract", str(args.data / name), "-", "-l", "vie"], capture_output=True,
                                   text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout
            print(f"{name:10} {char_accuracy(ours, truth):7.3f} {char_accuracy(plain, truth):10.3f}")


if __name__ == "__main__":
    main()
