"""Cross-format consistency per producer: each producer's PDF judged against its own DOCX.

    FONTCONFIG_FILE=scripts/fonts-setup-only.conf .venv/bin/python bench/producer_matrix.py [--only 31 ...]

Renders the sample sources with samples/producers.py (default: the three of
tests/test_producer_matrix.py), judges every file with pipeline.process.judge_file and prints a
markdown table: items agreeing with the DOCX out of 30, figures and labelled metadata agreeing,
and the items that differ. Also prints the time of rendering and of judging. The test asserts the
same comparison; this script gives the figures for docs/quality.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ["31", "06", "09"]


def _producers():
    spec = importlib.util.spec_from_file_location("producers", ROOT / "samples" / "producers.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["producers"] = mod
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    from tdkt.pipeline.process import judge_file
    from tdkt.rules.loader import load_roster, load_ruleset

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", help="two-digit sample number (repeatable)")
    args = ap.parse_args(argv)
    pr = _producers()
    sources = pr.ms.load_sources([o.zfill(2) for o in (args.only or DEFAULT)])
    ruleset, roster = load_ruleset(), load_roster()
    with tempfile.TemporaryDirectory(prefix="tdkt-matrix-") as tmp:
        started = time.perf_counter()
        rendered = pr.render_matrix(sources, Path(tmp))
        render_s = time.perf_counter() - started
        started = time.perf_counter()
        rows = []
        for r in rendered:
            ref = judge_file(r.docx, ruleset, roster, display=r.docx.name, sha256="", received_at=r.received)
            ref_meta = _meta(ref)
            for producer, pdf in r.pdfs.items():
                rec = judge_file(pdf, ruleset, roster, display=pdf.name, sha256="", received_at=r.received)
                diff = [f"{k} {v.status}→{rec.items[k].status if k in rec.items else '-'}"
                        for k, v in ref.items.items() if k not in rec.items or rec.items[k].status != v.status]
                names = set(ref.figures) | set(rec.figures)
                fig_ok = sum(ref.figures.get(n) == rec.figures.get(n) for n in names)
                meta = _meta(rec)
                meta_ok = sum(meta[k] == ref_meta[k] for k in ref_meta)
                diff += [f"{k}: {ref_meta[k]!r}→{meta[k]!r}" for k in ref_meta if meta[k] != ref_meta[k]]
                diff += [f"{n}: {ref.figures.get(n)}→{rec.figures.get(n)}" for n in sorted(names)
                         if ref.figures.get(n) != rec.figures.get(n)]
                rows.append((r.slug[:2], producer, len(ref.items) - _item_diffs(ref, rec), len(ref.items),
                             fig_ok, len(names), meta_ok, len(ref_meta), "; ".join(diff)))
        judge_s = time.perf_counter() - started
    print("| sample | producer | items agreeing | figures | metadata | differences |")
    print("|---|---|---|---|---|---|")
    for s, p, ia, it, fa, ft, ma, mt, d in rows:
        print(f"| {s} | {p} | {ia}/{it} | {fa}/{ft} | {ma}/{mt} | {d or '—'} |")
    print()
    print("| producer | items agreeing (all samples) | figures | metadata |")
    print("|---|---|---|---|")
    by_producer = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for s, p, ia, it, fa, ft, ma, mt, _ in rows:
        for i, v in enumerate((ia, it, fa, ft, ma, mt)):
            by_producer[p][i] += v
    for p in pr.PRODUCERS:
        ia, it, fa, ft, ma, mt = by_producer[p]
        print(f"| {p} | {ia}/{it} | {fa}/{ft} | {ma}/{mt} |")
    n_pdfs = sum(len(r.pdfs) for r in rendered)
    print(f"\n{len(sources)} sources, {n_pdfs} PDFs: rendering {render_s:.1f}s, "
          f"judging {n_pdfs + len(rendered)} files {judge_s:.1f}s")
    return 0


def _item_diffs(ref, rec) -> int:
    return sum(1 for k, v in ref.items.items() if k not in rec.items or rec.items[k].status != v.status)


def _meta(record) -> dict:
    return {"unit": record.unit.roster_id, "number": record.document.number,
            "date": record.document.date, "signer": record.document.signer}


if __name__ == "__main__":
    sys.exit(main())
