"""bench/speed7_records.py with the baseline's output kept: records of a changed tree against a
baseline tree's, the baseline read once per --inbox and kept in --cache.

    .venv/bin/python bench/speed8a_records.py BASE_TREE NEW_TREE --inbox DIR [--cache FILE]

The same child as speed7_records.py (every Document and both rulesets' records of every DOCX and
text PDF, one JSON line per file); the baseline tree does not change during a pass, so its lines
are computed once. Run /work/main/bench's copy of speed7_records.py (its finder trick maps
/work/main's paths): this script imports it from --bench.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path


def _lines(tree: str, inbox: Path, bench: Path) -> dict[str, str]:
    sys.path.insert(0, str(bench))
    import speed7_records

    run = subprocess.run([sys.executable, "-c", speed7_records._CHILD, str(Path(tree).resolve()), str(inbox),
                          str(bench)], capture_output=True, text=True)
    if run.returncode:
        print(run.stderr[-3000:])
        sys.exit(2)
    return run.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs=2)
    ap.add_argument("--inbox", type=Path, required=True)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/speed8a-base-records.txt"))
    ap.add_argument("--bench", type=Path, default=Path("/work/main/bench"))
    args = ap.parse_args()
    if not args.cache.exists():
        args.cache.write_text(_lines(args.trees[0], args.inbox, args.bench))
    a = dict(line.split("\t", 1) for line in args.cache.read_text().splitlines())
    b = dict(line.split("\t", 1) for line in _lines(args.trees[1], args.inbox, args.bench).splitlines())
    bad = sorted(name for name in set(a) | set(b) if a.get(name) != b.get(name))
    docx = sum(name.endswith(".docx") for name in a)
    for name in bad:
        print(f"differs: {name}")
    print(f"{len(a)} files ({docx} DOCX, {len(a) - docx} text PDF) x 2 rulesets: {len(bad)} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
