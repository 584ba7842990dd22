"""CPU time of judging a DOCX, per stage, optionally of another work tree (before/after a change).

    .venv/bin/python bench/judge_cpu.py [--inbox DIR] [--tree DIR] [--repeat 3] [--profile OUT.pstats]

Input: every DOCX of --inbox (default samples/inbox, held-out samples left out), each read once
outside the measure. Each file is judged once to warm up (rules' regexes compiled), then
--repeat times with the per-text caches cleared before each judgement (canonical text, number
folding, unit names, figures' lead-ins: as a new file would find them); a file's figure is its
minimum, the printed figure the mean over files of `time.process_time()` (CPU, so the load of a
shared machine changes it little). Per stage: the stage functions judge.py calls, wrapped.
--tree DIR runs the tdkt packages of another tree (a copy of this one with other versions of
some files) through the editable install's finder. --profile writes cProfile stats of one
more judgement of every file (caches cleared) for `python -m pstats`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _use_tree(tree: str) -> None:
    import __editable___tdkt_0_1_0_finder as finder

    for name, path in list(finder.MAPPING.items()):
        finder.MAPPING[name] = path.replace(str(ROOT), tree)


def cpu_timer(spent: dict[str, float]):
    """`timed(name, fn)`: fn wrapped so that its CPU time adds up under `name` in `spent`."""
    def timed(name, fn):
        def wrapper(*a, **k):
            t0 = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t0
        return wrapper
    return timed


def read_docs(files) -> list:
    """(file, Document) for every file extract() reads; the others are left out (not timed)."""
    from tdkt.extractors import extract

    docs = []
    for f in files:
        try:
            docs.append((f, extract(f)))
        except Exception:
            pass
    return docs


def time_stages(stages: dict) -> dict[str, float]:
    """Wrap each stage function ({name: (module, attribute)}) so its CPU time adds up, per name, in
    the dict returned (filled as the stages run)."""
    spent: dict[str, float] = {}
    timed = cpu_timer(spent)
    for name, (module, attr) in stages.items():
        setattr(module, attr, timed(name, getattr(module, attr)))
    return spent


def _clear_caches() -> None:
    """Empty the caches that outlive one report, as a new file would find them."""
    from tdkt.pipeline import numbers, units
    from tdkt.pipeline.figures import prose, rules as figure_rules, scope

    for canon in _CANONS:
        canon._cache.clear()
    for fn in (numbers._fold_char, units.canonical, getattr(prose, "_fold_paragraph", None),
               getattr(scope, "_lead_states_scope", None)):
        if fn is not None:
            fn.cache_clear()
    for compiled in figure_rules._RULES_CACHE.values():
        compiled.lead_cache.clear()
    getattr(prose, "_PAST_OPENED", {}).clear()


_CANONS: list = []


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inbox", type=Path, default=ROOT / "samples" / "inbox")
    ap.add_argument("--tree")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rules")
    ap.add_argument("--profile")
    args = ap.parse_args()
    if args.tree:
        _use_tree(args.tree)
    sys.path.insert(0, str(ROOT / "bench"))
    from _samples import held_out

    from tdkt.pipeline import check, figures, judge as judge_mod, matching, metadata, segment, text_sketch, units
    from tdkt.rules.loader import load_roster, load_ruleset

    if args.tree:
        import tdkt.pipeline
        assert tdkt.pipeline.__file__.startswith(args.tree), tdkt.pipeline.__file__
    ruleset, roster = load_ruleset(args.rules), load_roster()
    _CANONS.append(matching.canon_for(ruleset))

    stages = {"metadata": (metadata, "read_metadata"), "sketch": (text_sketch, "sketch"),
              "unit": (units, "match_unit"), "figures": (figures, "extract_figures"),
              "segment": (segment, "segment"), "items": (check, "check_items")}
    spent = time_stages(stages)

    files = sorted(p for p in args.inbox.glob("*.docx") if not held_out(p.name))
    docs = read_docs(files)
    for f, doc in docs:  # warm: regexes compiled, figure rules built
        judge_mod.judge(doc, ruleset, roster, file=f.name, sha256="")
    per_file, per_stage = [], {name: [] for name in stages}
    for f, doc in docs:
        best, best_stages = None, None
        for _ in range(args.repeat):
            _clear_caches()
            spent.clear()
            t0 = time.process_time()
            judge_mod.judge(doc, ruleset, roster, file=f.name, sha256="")
            t = time.process_time() - t0
            if best is None or t < best:
                best, best_stages = t, dict(spent)
        per_file.append(best)
        for name in stages:
            per_stage[name].append(best_stages.get(name, 0.0))
    print(f"{len(docs)} DOCX of {args.inbox}, tree {args.tree or ROOT}, min of {args.repeat}, CPU ms:")
    print(f"  judge  mean {statistics.mean(per_file) * 1000:6.2f}  median {statistics.median(per_file) * 1000:6.2f}")
    for name, values in per_stage.items():
        print(f"  {name:8s} mean {statistics.mean(values) * 1000:6.2f}")
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        for f, doc in docs:
            _clear_caches()
            prof.enable()
            judge_mod.judge(doc, ruleset, roster, file=f.name, sha256="")
            prof.disable()
        prof.dump_stats(args.profile)


if __name__ == "__main__":
    main()
