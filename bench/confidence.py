"""How well the item verdicts' confidence ranks the wrong ones first.

Judges the primary rendering of every labelled sample (as `tdkt eval` does), takes every text-item
verdict that carries a confidence (form and deadline items carry none), and prints:
the overall error rate (status differs from the label), the error rate among the 10% least
confident verdicts (ties at the cut shared in proportion), the share of all errors that fall in
that 10%, and how many verdicts are marked "cần xem lại" (confidence below REVIEW_BELOW) with
the errors among them.

    .venv/bin/python bench/confidence.py [samples/] [--share 0.1] [--list]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import yaml

from tdkt.pipeline.check.confidence import REVIEW_BELOW
from tdkt.pipeline.evaluate import _judge, _received, renderings
from tdkt.rules.loader import load_roster, load_ruleset


def verdicts(samples: Path) -> list[tuple[float, bool, str, str, str, str]]:
    """(confidence, wrong, sample, item, got, expected) for every text-item verdict."""
    ruleset, roster = load_ruleset(), load_roster()
    out = []
    for label_path in sorted((samples / "labels").glob("*.yaml")):
        key = label_path.stem
        labels = yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}
        primary, _ = renderings(samples, key)
        if primary is None:
            continue
        record = _judge(primary, ruleset, roster, _received(samples, key))
        for item_id, expected in (labels.get("items") or {}).items():
            got = record.items.get(item_id)
            if got is None or got.confidence is None:
                continue
            out.append((got.confidence, got.status != expected, key, item_id, got.status, expected))
    return out


def lowest_share_errors(rows, share: float) -> tuple[int, float]:
    """(k, expected errors) among the k = ceil(share * n) least confident, ties shared in proportion."""
    k = math.ceil(share * len(rows))
    ordered = sorted(rows, key=lambda r: r[0])
    cut = ordered[k - 1][0]
    below = [r for r in ordered if r[0] < cut]
    tied = [r for r in ordered if r[0] == cut]
    need = k - len(below)
    errors = sum(r[1] for r in below) + need * sum(r[1] for r in tied) / len(tied)
    return k, errors


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("samples", nargs="?", default="samples")
    ap.add_argument("--share", type=float, default=0.1)
    ap.add_argument("--list", action="store_true", help="print the wrong verdicts with their confidence")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    rows = verdicts(Path(args.samples))
    n, wrong = len(rows), sum(r[1] for r in rows)
    k, low_errors = lowest_share_errors(rows, args.share)
    review = [r for r in rows if r[0] < REVIEW_BELOW]
    print(f"{n} text-item verdicts from {len({r[2] for r in rows})} samples ({time.perf_counter() - start:.0f} s)")
    print(f"overall error rate: {wrong}/{n} = {100 * wrong / n:.2f}%")
    print(f"{100 * args.share:.0f}% least confident ({k} verdicts): {low_errors:.1f} wrong = "
          f"{100 * low_errors / k:.1f}%, holding {100 * low_errors / wrong if wrong else 0:.0f}% of all errors")
    print(f"marked 'cần xem lại' (confidence < {REVIEW_BELOW}): {len(review)} verdicts "
          f"({100 * len(review) / n:.1f}%), {sum(r[1] for r in review)} of them wrong")
    if args.list:
        for r in sorted(rows, key=lambda r: r[0]):
            if r[1]:
                print(f"  {r[0]:.2f} {r[2]} {r[3]}: got {r[4]}, label {r[5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
