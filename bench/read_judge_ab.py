"""CPU of reading and judging each DOCX in two work trees, in lockstep (a before/after change).

    .venv/bin/python bench/read_judge_ab.py TREE_A TREE_B [--inbox DIR] [--rounds 2] [--warm]

Two child processes, one per tree (its tdkt packages through the editable install's finder, as
bench/judge_cpu.py --tree), read every DOCX of --inbox once and judge it once to warm up; then,
file by file, each child in turn (the order alternating) reads the file with `extract()` and judges
it: min of 3 reads, min of 3 judgements, `time.process_time()`. Both see the
same load at the same moment, so a shared machine's load moves both alike. Judging clears the
per-text caches first (as a new file would find them, bench/judge_cpu.py's `_clear_caches`) unless
--warm, which judges the same file again as bench/compare.py repeats it (and, like it, takes only
the primary files: one dot in the name). Prints per tree the median and mean over files of read,
judge and read + judge, and the judge's stages (means). A tree is a copy of the repository (e.g.
`git worktree add /tmp/before <commit>`) whose tdkt packages differ only by the change measured.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[4])
import judge_cpu as jc
tree, inbox, warm = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "1"
jc._use_tree(tree)
from _samples import held_out
from tdkt.extractors import extract
from tdkt.pipeline import check, figures, judge as J, matching, metadata, segment, text_sketch
from tdkt.rules.loader import load_roster, load_ruleset
import tdkt.extractors, tdkt.pipeline
assert tdkt.pipeline.__file__.startswith(tree) and tdkt.extractors.__file__.startswith(tree)
ruleset, roster = load_ruleset(), load_roster()
jc._CANONS.append(matching.canon_for(ruleset))
stages = {"items": (check, "check_items"), "figures": (figures, "extract_figures"), "segment": (segment, "segment"),
          "sketch": (text_sketch, "sketch"), "metadata": (metadata, "read_metadata")}
spent = jc.time_stages(stages)
files = [f for f in sorted(inbox.glob("*.docx")) if not held_out(f.name) and (not warm or f.name.count(".") == 1)]
docs = jc.read_docs(files)
for f, d in docs:
    J.judge(d, ruleset, roster, file=f.name, sha256="")
print(len(docs), flush=True)
for line in sys.stdin:
    f, d = docs[int(line)]
    read = None
    for _ in range(3):
        t0 = time.process_time()
        extract(f)
        t = time.process_time() - t0
        read = t if read is None else min(read, t)
    best = None
    for _ in range(3):
        if not warm:
            jc._clear_caches()
        spent.clear()
        t0 = time.process_time()
        J.judge(d, ruleset, roster, file=f.name, sha256="")
        t = time.process_time() - t0
        if best is None or t < best[0]:
            best = (t, dict(spent))
    print(json.dumps([read, best[0], best[1]]), flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs=2)
    ap.add_argument("--inbox", type=Path, default=ROOT / "samples" / "inbox")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--warm", action="store_true")
    args = ap.parse_args()
    kids = [subprocess.Popen([sys.executable, "-c", _CHILD, str(Path(t).resolve()), str(args.inbox),
                              "1" if args.warm else "0", str(ROOT / "bench")],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for t in args.trees]
    counts = {int(k.stdout.readline()) for k in kids}
    assert len(counts) == 1, f"the trees read a different number of files: {counts}"
    n = counts.pop()
    results = [{"read": [[] for _ in range(n)], "judge": [[] for _ in range(n)], "stages": {}} for _ in kids]
    for r in range(args.rounds):
        for i in range(n):
            for j in ((0, 1) if (i + r) % 2 == 0 else (1, 0)):
                kids[j].stdin.write(f"{i}\n")
                kids[j].stdin.flush()
                read, judge, stages = json.loads(kids[j].stdout.readline())
                results[j]["read"][i].append(read)
                results[j]["judge"][i].append(judge)
                for name, value in stages.items():
                    results[j]["stages"][name] = results[j]["stages"].get(name, 0.0) + value
    for k in kids:
        k.stdin.close()
        k.wait()
    print(f"{n} DOCX of {args.inbox}, {'warm' if args.warm else 'cold'}, {args.rounds} rounds, CPU ms:")
    for tree, res in zip(args.trees, results):
        read = [min(v) for v in res["read"]]
        judge = [min(v) for v in res["judge"]]
        both = [a + b for a, b in zip(read, judge)]

        def fmt(values):
            return f"median {statistics.median(values) * 1000:6.2f} mean {statistics.mean(values) * 1000:6.2f}"

        stages = "  ".join(f"{name} {value / n / args.rounds * 1000:.2f}" for name, value in sorted(res["stages"].items()))
        print(f"  {tree}\n    read {fmt(read)} | judge {fmt(judge)} | read + judge {fmt(both)}\n    {stages}")


if __name__ == "__main__":
    main()
