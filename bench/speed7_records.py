"""Records unchanged by a speed change: every Document and record of two work trees, compared.

    .venv/bin/python bench/speed7_records.py TREE_A TREE_B [--inbox DIR] [--cache FILE]

For each tree (a copy of the repository whose tdkt packages differ only by the change measured,
e.g. `git worktree add --detach /tmp/before HEAD`), a child process run through the editable
install's finder (bench/judge_cpu.py --tree) reads every DOCX and text PDF of --inbox (the blind
sets of samples/held-out.txt left out; scans, stamped scans and photo PDFs too: they are OCR's)
with `extract()` and judges it with `pipeline.process.judge_file` under both shipped rulesets
(rules/tay-son-2023-h1.yaml and rules/year-end-2023.yaml, of the tree), and writes one sorted-key
JSON line per file: the Document (format, pages, meta, warnings, every block as
`dataclasses.asdict`) and both records (`to_dict()`). A failing file's exception is part of
what is compared. Prints every file whose line differs and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import dataclasses, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
import judge_cpu as jc
tree, inbox = sys.argv[1], Path(sys.argv[2])
jc._use_tree(tree)
from _samples import held_out
from tdkt.extractors import extract
from tdkt.pipeline.process import judge_file
from tdkt.rules.loader import load_roster, load_ruleset
import tdkt.extractors, tdkt.pipeline
assert tdkt.pipeline.__file__.startswith(tree) and tdkt.extractors.__file__.startswith(tree)
rulesets = [load_ruleset(Path(tree) / "rules" / name) for name in ("tay-son-2023-h1.yaml", "year-end-2023.yaml")]
roster = load_roster()
skipped = (".scan.pdf", ".stamped.pdf", ".photos.pdf")
files = [f for f in sorted(inbox.iterdir()) if f.suffix in (".docx", ".pdf") and not f.name.endswith(skipped)
         and not held_out(f.name)]
for f in files:
    out = {}
    try:
        d = extract(f)
        out["document"] = {"format": d.format, "pages": d.pages, "meta": d.meta, "warnings": d.warnings,
                           "blocks": [dataclasses.asdict(b) for b in d.blocks]}
    except Exception as exc:
        out["document"] = f"{type(exc).__name__}: {exc}"
    for k, rs in enumerate(rulesets):
        try:
            out[f"record{k}"] = judge_file(f, rs, roster, display=f.name, sha256="",
                                           received_at="2023-06-20T08:00:00").to_dict()
        except Exception as exc:
            out[f"record{k}"] = f"{type(exc).__name__}: {exc}"
    print(f.name + "\t" + json.dumps(out, ensure_ascii=False, sort_keys=True, default=str), flush=True)
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs=2)
    ap.add_argument("--inbox", type=Path, default=ROOT / "samples" / "inbox")
    ap.add_argument("--cache", type=Path, help="keep the FIRST tree's lines in this file and reuse them "
                    "(a baseline that does not change during a pass is read once)")
    args = ap.parse_args()
    outputs = []
    for k, tree in enumerate(args.trees):
        if k == 0 and args.cache and args.cache.exists():
            stdout = args.cache.read_text(encoding="utf-8")
        else:
            run = subprocess.run([sys.executable, "-c", _CHILD, str(Path(tree).resolve()), str(args.inbox),
                                  str(ROOT / "bench")], capture_output=True, text=True)
            if run.returncode:
                print(run.stderr[-3000:])
                return 2
            stdout = run.stdout
            if k == 0 and args.cache:
                args.cache.write_text(stdout, encoding="utf-8")
        outputs.append(dict(line.split("\t", 1) for line in stdout.splitlines()))
    a, b = outputs
    bad = sorted(name for name in set(a) | set(b) if a.get(name) != b.get(name))
    docx = sum(name.endswith(".docx") for name in a)
    for name in bad:
        print(f"differs: {name}")
    print(f"{len(a)} files ({docx} DOCX, {len(a) - docx} text PDF) x 2 rulesets: {len(bad)} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
