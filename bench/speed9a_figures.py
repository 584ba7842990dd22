"""CPU of the figures' reading alone (`extract_figures`), per DOCX, for before/after comparisons.

    /work/main/.venv/bin/python bench/speed9a_figures.py --tree DIR [--inbox DIR] [--loops N]

Every DOCX of --inbox (held-out left out) read once, judged once to warm up; then --loops times
over all files: per-text caches cleared (bench/judge_cpu.py's `_clear_caches`), `extract_figures`
timed with `time.process_time()`. Prints the mean over files of each file's minimum (CPU ms).
Meant also as the loop a sampling profiler (py-spy) watches. It imports judge_cpu.py from the
tree the editable install maps, so it can be run from any tree's bench folder.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inbox", type=Path, default=ROOT / "samples" / "inbox")
    ap.add_argument("--tree")
    ap.add_argument("--loops", type=int, default=3)
    args = ap.parse_args()
    import __editable___tdkt_0_1_0_finder as finder
    # judge_cpu.py of the tree the editable install maps (its _use_tree rewrites that tree's paths)
    sys.path.insert(0, str(Path(finder.MAPPING["tdkt"]).parent / "bench"))
    import judge_cpu as jc
    if args.tree:
        jc._use_tree(args.tree)
    from _samples import held_out
    from tdkt.pipeline import judge as judge_mod, matching
    from tdkt.pipeline.figures.extract import extract_figures
    from tdkt.rules.loader import load_roster, load_ruleset
    import tdkt.pipeline
    print("tdkt from", tdkt.pipeline.__file__)
    ruleset, roster = load_ruleset(), load_roster()
    jc._CANONS.append(matching.canon_for(ruleset))
    files = sorted(p for p in args.inbox.glob("*.docx") if not held_out(p.name))
    docs = jc.read_docs(files)
    for f, doc in docs:
        judge_mod.judge(doc, ruleset, roster, file=f.name, sha256="")
    best = [float("inf")] * len(docs)
    for _ in range(args.loops):
        for i, (f, doc) in enumerate(docs):
            jc._clear_caches()
            t0 = time.process_time()
            extract_figures(doc, ruleset)
            best[i] = min(best[i], time.process_time() - t0)
    print(f"{len(docs)} DOCX, figures CPU ms (min of {args.loops}): mean {1000 * statistics.mean(best):.3f}"
          f"  median {1000 * statistics.median(best):.3f}")


if __name__ == "__main__":
    main()
