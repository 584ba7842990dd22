"""Accuracy per blind set: `tdkt eval` (pipeline.evaluate) on each set's samples alone, plus the sum.

    .venv/bin/python bench/eval_by_set.py                      # the sets of docs/quality.md, 01-84
    .venv/bin/python bench/eval_by_set.py --set 10=79-84 --details

Each set is judged on its primary renderings in samples/inbox, as `tdkt eval samples/ --only`
would; the samples listed in samples/held-out.txt are skipped unless a --set names them (a blind
set is measured once, at first contact, by whoever receives it). Prints, per set, the "missing"
F1 (precision, recall), statuses, figures and metadata, and the pooled counts; --details lists
each disagreement. Minutes on 2 cores: the scanned primaries are read by OCR.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = {"01-66": (1, 66), "8": (67, 72), "9": (73, 78), "10": (79, 84)}


def main(argv=None) -> int:
    from tdkt.pipeline.evaluate import evaluate

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", default=str(ROOT / "samples"))
    ap.add_argument("--set", action="append", default=[], help="name=first-last, e.g. 10=79-84")
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args(argv)
    samples = Path(args.samples)
    sets = dict(SETS)
    if args.set:
        sets = {name: tuple(int(x) for x in span.split("-")) for name, span in (s.split("=") for s in args.set)}
    held = {line.strip() for line in (samples / "held-out.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")} if (samples / "held-out.txt").exists() else set()
    stems = sorted(p.stem for p in (samples / "labels").glob("*.yaml"))
    pooled = [0] * 6
    for name, (first, last) in sets.items():
        only = [s for s in stems if first <= int(s[:2]) <= last and (args.set or s[:2] not in held)]
        r = evaluate(samples, only=only)
        counts = [r.status_correct, r.status_total, r.figures_correct, r.figures_total, r.metadata_correct,
                  r.metadata_total]
        pooled = [a + b for a, b in zip(pooled, counts)]
        o = r.overall
        print(f"{name} ({len(r.samples)} reports): F1 {100 * o.f1:.1f} % (P {100 * o.precision:.1f}, "
              f"R {100 * o.recall:.1f}), statuses {counts[0]}/{counts[1]}, figures {counts[2]}/{counts[3]}, "
              f"metadata {counts[4]}/{counts[5]}", flush=True)
        if args.details:
            for m in r.mismatches:
                print(f"  {m.sample} {m.what}: label {m.expected!r}, engine {m.got!r}", flush=True)
    print(f"pooled: statuses {pooled[0]}/{pooled[1]}, figures {pooled[2]}/{pooled[3]}, "
          f"metadata {pooled[4]}/{pooled[5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
