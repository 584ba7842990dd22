"""How often a text helper is asked the same string again within one report, and what that costs.

    .venv/bin/python bench/speed11c_repeats.py MODULE:FUNCTION [...] [--tree DIR] [--inbox DIR]

e.g. `tdkt.pipeline.numbers:fold tdkt.pipeline.normalize:normalize_text`. Every DOCX of --inbox
(held-out samples left out) is judged once to warm up, then once more with the per-text caches
cleared (bench/judge_cpu.py's `_clear_caches`, as a new file would find them) while the function,
replaced wherever a tdkt module refers to it, records its first argument and its caller. Prints per
report: calls, calls repeating a string already asked in the same report, the callers (new / again),
and the CPU of replaying all calls, of the repeats alone, and of all calls behind a per-report dict
memo (min of 7, `process_time`) — what sharing the result within a report could save at most.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import judge_cpu as jc  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("functions", nargs="+")
    ap.add_argument("--tree")
    ap.add_argument("--inbox", type=Path, default=ROOT / "samples" / "inbox")
    args = ap.parse_args()
    if args.tree:
        jc._use_tree(args.tree)
    from _samples import held_out

    from tdkt.pipeline import judge as J, matching
    from tdkt.rules.loader import load_roster, load_ruleset

    recorded: dict[str, list] = {}
    originals = {}
    for spec in args.functions:
        modname, name = spec.split(":")
        orig = getattr(importlib.import_module(modname), name)
        originals[spec] = orig
        calls = recorded[spec] = []

        def spy(text, *a, _orig=orig, _calls=calls, **k):
            code = sys._getframe(1).f_code
            _calls.append((text, f"{Path(code.co_filename).name}:{code.co_name}"))
            return _orig(text, *a, **k)

        for module in list(sys.modules.values()):
            if getattr(module, "__name__", "").startswith("tdkt"):
                for attr, value in list(vars(module).items()):
                    if value is orig:
                        setattr(module, attr, spy)
    ruleset, roster = load_ruleset(), load_roster()
    jc._CANONS.append(matching.canon_for(ruleset))
    files = sorted(p for p in args.inbox.glob("*.docx") if not held_out(p.name))
    docs = jc.read_docs(files)
    for f, d in docs:
        J.judge(d, ruleset, roster, file=f.name, sha256="")
    per_report = {spec: [] for spec in recorded}
    for f, d in docs:
        for calls in recorded.values():
            calls.clear()
        jc._clear_caches()
        J.judge(d, ruleset, roster, file=f.name, sha256="")
        for spec, calls in recorded.items():
            per_report[spec].append(list(calls))
    n = len(docs)
    for spec, reports in per_report.items():
        orig = originals[spec]
        callers = collections.Counter()
        repeats = []
        for calls in reports:
            seen = set()
            for text, caller in calls:
                callers[(caller, text in seen)] += 1
                if text in seen:
                    repeats.append(text)
                seen.add(text)
        flat = [text for calls in reports for text, _ in calls]

        def replay(texts):
            best = float("inf")
            for _ in range(7):
                t0 = time.process_time()
                for text in texts:
                    orig(text)
                best = min(best, time.process_time() - t0)
            return best / n * 1000

        def memoised():
            best = float("inf")
            for _ in range(7):
                t0 = time.process_time()
                for calls in reports:
                    memo = {}
                    for text, _ in calls:
                        if text not in memo:
                            memo[text] = orig(text)
                best = min(best, time.process_time() - t0)
            return best / n * 1000

        print(f"{spec}: {len(flat) / n:.1f} calls a report, {len(repeats) / n:.1f} repeat a string; CPU ms a report: "
              f"all {replay(flat):.3f}, the repeats {replay(repeats):.3f}, all behind a per-report memo {memoised():.3f}")
        for (caller, again), count in callers.most_common(12):
            print(f"    {count / n:7.1f}  {'again' if again else 'new  '}  {caller}")
    print(f"({n} DOCX of {args.inbox})")


if __name__ == "__main__":
    main()
