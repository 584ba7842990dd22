"""Where judging a DOCX spends its CPU, by sampling: per function, inclusive and own time.

    .venv/bin/python bench/speed9b_sample.py [--tree DIR] [--inbox DIR] [--rounds 3] [--cold] [--only TEXT]

cProfile's per-call cost inflates the many small calls the judge makes (≈ 2.2× in total, far more
for one-line helpers), so its split between stages misleads. This samples instead: a SIGPROF
timer every 200 µs of CPU records the Python stack, and each function is charged the samples in
which it is on the stack (inclusive) or on top (own); the figures are ms per report, scaled to the
measured CPU. Input: every DOCX of --inbox (held-out samples left out), read once, judged once to
warm up, then judged --rounds times (caches kept, as bench/compare.py repeats a file; --cold
clears the per-text caches first, as bench/judge_cpu.py does). --tree runs another work tree's
packages (bench/judge_cpu.py --tree; run the script from /work/main/bench). --only keeps the
inclusive lines whose "path:function" holds TEXT. A sample in C code is charged to its caller.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inbox", type=Path, default=ROOT / "samples" / "inbox")
    ap.add_argument("--tree")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cold", action="store_true")
    ap.add_argument("--only", default="pipeline/")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    import judge_cpu
    from _samples import held_out

    if args.tree:
        judge_cpu._use_tree(args.tree)
    from tdkt.pipeline import judge as judge_mod, matching
    from tdkt.rules.loader import load_roster, load_ruleset

    import tdkt.pipeline

    tree = str(Path(tdkt.pipeline.__file__).resolve().parents[1])  # the tree whose code runs
    ruleset, roster = load_ruleset(None), load_roster()
    judge_cpu._CANONS.append(matching.canon_for(ruleset))
    files = sorted(p for p in args.inbox.glob("*.docx") if not held_out(p.name))
    docs = judge_cpu.read_docs(files)
    for f, doc in docs:
        judge_mod.judge(doc, ruleset, roster, file=f.name, sha256="")

    inclusive, own, lines = collections.Counter(), collections.Counter(), collections.Counter()
    taken = [0]
    active = [False]

    def sample(_signum, frame):
        if not active[0]:
            return
        taken[0] += 1
        seen = set()
        top = True
        while frame is not None:
            code = frame.f_code
            key = f"{code.co_filename.replace(tree + '/', '')}:{code.co_name}"
            if top:
                own[key] += 1
                lines[f"{key}:{frame.f_lineno}"] += 1
                top = False
            if key not in seen:
                inclusive[key] += 1
                seen.add(key)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.0002, 0.0002)
    t0 = time.process_time()
    for _ in range(args.rounds):
        for f, doc in docs:
            if args.cold:
                judge_cpu._clear_caches()
            active[0] = True
            judge_mod.judge(doc, ruleset, roster, file=f.name, sha256="")
            active[0] = False
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    per_report = (time.process_time() - t0) * 1000 / (args.rounds * len(docs))
    scale = per_report / max(taken[0], 1)
    print(f"{len(docs)} DOCX of {args.inbox}, tree {tree}, {args.rounds} rounds "
          f"{'cold' if args.cold else 'warm'}: {per_report:.2f} ms CPU a report, {taken[0]} samples")
    print("--- inclusive, ms a report")
    for key, n in inclusive.most_common():
        if args.only in key:
            print(f"{n * scale:7.3f} {key}")
    print("--- own, ms a report")
    for key, n in own.most_common(60):
        print(f"{n * scale:7.3f} {key}")
    print("--- own by line, ms a report")
    for key, n in lines.most_common(40):
        print(f"{n * scale:7.3f} {key}")


if __name__ == "__main__":
    main()
