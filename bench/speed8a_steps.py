"""CPU per step of the figures' reading of a DOCX (which helper of extract.py costs what).

    .venv/bin/python bench/speed8a_steps.py [--tree DIR] [--inbox DIR]

Every DOCX of --inbox (held-out left out) read once, judged once to warm up, then each file's
figures extracted 3 times with the per-text caches cleared (bench/judge_cpu.py's `_clear_caches`);
each name extract.py imports (and walk) is wrapped with a `time.process_time()` accumulator.
Prints the mean CPU ms per file of each helper (inclusive; a wrapper costs ≈ 0.3 µs a call) and
of the whole `extract_figures`. Run /work/main/bench's copy when --tree is used (its finder trick
maps /work/main's paths).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inbox", type=Path, default=ROOT / "samples" / "inbox")
    ap.add_argument("--tree")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    import judge_cpu as jc
    if args.tree:
        jc._use_tree(args.tree)
    from _samples import held_out
    from tdkt.pipeline import judge as judge_mod, matching
    from tdkt.pipeline.figures import extract as ex
    from tdkt.rules.loader import load_roster, load_ruleset
    import tdkt.pipeline
    print("tdkt from", tdkt.pipeline.__file__)
    ruleset, roster = load_ruleset(), load_roster()
    jc._CANONS.append(matching.canon_for(ruleset))
    spent: dict[str, float] = {}
    timed = jc.cpu_timer(spent)

    def timed_gen(name, fn):
        def wrapper(*a, **k):
            it = fn(*a, **k)
            while True:
                t0 = time.process_time()
                try:
                    item = next(it)
                except StopIteration:
                    spent[name] = spent.get(name, 0.0) + time.process_time() - t0
                    return
                spent[name] = spent.get(name, 0.0) + time.process_time() - t0
                yield item
        return wrapper

    files = sorted(p for p in args.inbox.glob("*.docx") if not held_out(p.name))
    docs = jc.read_docs(files)
    for f, doc in docs:
        judge_mod.judge(doc, ruleset, roster, file=f.name, sha256="")
    for name in dir(ex):
        obj = getattr(ex, name)
        if name == "walk":
            setattr(ex, name, timed_gen(name, obj))
        elif callable(obj) and getattr(obj, "__module__", "").startswith("tdkt.pipeline") \
                and not isinstance(obj, type) and name not in ("extract_figures",):
            setattr(ex, name, timed(name, obj))
    for cls in ("PassageSums", "GrantorSums", "KindItems", "PeriodOpenings", "SubPeriods", "TableSeries",
                "LeadIn", "Besides", "AfterTable"):
        klass = getattr(ex, cls)
        for meth in ("see", "add", "see_sentence", "see_table", "candidates", "settle"):
            if meth in klass.__dict__:
                setattr(klass, meth, timed(f"{cls}.{meth}", klass.__dict__[meth]))
    ex.extract_figures = timed("extract_figures", ex.extract_figures)
    from tdkt.pipeline.figures import prose, walk as walk_mod
    for mod, names in ((prose, ("past_paragraph", "_period_label_candidates", "find_mentions", "_implied_mention",
                                "title_numbers", "_attach", "percent_candidate", "_context_score")),
                       (walk_mod, ("_normalize", "_is_heading", "calls", "without_calls", "end_notes",
                                   "_caption", "_topic_clauses", "_note_sentences"))):
        for name in names:
            if hasattr(mod, name):
                setattr(mod, name, timed(f"{mod.__name__.rsplit('.', 1)[1]}.{name}", getattr(mod, name)))
    rules_mod = sys.modules["tdkt.pipeline.figures.rules"]
    total: dict[str, float] = {}
    for f, doc in docs:
        best = None
        for _ in range(3):
            jc._clear_caches()
            spent.clear()
            ex.extract_figures(doc, ruleset)
            if best is None or spent["extract_figures"] < best["extract_figures"]:
                best = dict(spent)
        for name, t in best.items():
            total[name] = total.get(name, 0.0) + t
    print(f"{len(docs)} DOCX, min of 3, mean CPU ms per file (inclusive):")
    for name, t in sorted(total.items(), key=lambda kv: -kv[1]):
        print(f"  {name:28s} {t / len(docs) * 1000:6.3f}")
    del rules_mod


if __name__ == "__main__":
    main()
