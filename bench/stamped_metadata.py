"""Number, date and signer read from stamped copier scans, against the samples' labels.

    .venv/bin/python bench/stamped_metadata.py                       # 01 02 05 08 12 × color grey bw, 200 dpi
    .venv/bin/python bench/stamped_metadata.py --modes bw --dpi 150 --dpi 300 --seed b
    .venv/bin/python bench/stamped_metadata.py --work /tmp/stamped   # keep the scans; a rerun reuses them
    .venv/bin/python bench/stamped_metadata.py --modes bw --dpi 150 --dpi 200 --dpi 300 --seed e
        # seeds d and e place and turn the stamp over a wider range, f lower onto the name
        # (make_scans.SEED_PLACES); f was held out, measured once (docs/performance.md); g, right
        # of the signature's centre as well, was held out next (measured once, then looked at);
        # h (stamp anywhere, lighter ink, another B&W threshold) was held out next; i (lower onto
        # the name, ink 0.6-1.0, threshold 130-170) was measured once in the eighth round

Renders the sources' PDFs once (LibreOffice, through make_samples), makes one stamped scan per
(source, mode, dpi, seed) with samples/make_scans.py, reads each with tdkt's extract and
read_metadata, and prints per file whether number, date and signer equal the label ("ok"),
are missing ("--") or wrong ("XX"), then the counts per mode and overall. Seconds per file are wall-clock (one Tesseract thread).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))

SOURCES = ["01", "02", "05", "08", "12"]


def make_files(only: list[str], modes: list[str], dpis: list[int], seeds: list[str], work: Path) -> list[Path]:
    import make_samples as ms
    import make_scans

    sources = ms.load_sources(only)
    pdfs = {s.slug: work / f"{s.slug}.pdf" for s in sources}
    todo = [s for s in sources if not pdfs[s.slug].exists()]
    if todo:
        conv = work / "conv"
        conv.mkdir(parents=True, exist_ok=True)
        docx = [ms.build_docx(s, conv / f"{s.slug}.docx", clean=True) for s in todo]
        ms.soffice_convert(docx, "pdf", work, work / "lo-profile")
    files = []
    for mode in modes:
        for dpi in dpis:
            for seed in seeds:
                folder = work / f"{mode}-{dpi}-{seed or 'base'}"
                for s in sources:
                    path = folder / (s.slug + make_scans.SUFFIX["stamped"])
                    if not path.exists():
                        style = dataclasses.replace(make_scans.STYLES[mode], dpi=dpi, seed=seed)
                        make_scans.build([s], folder, ("stamped",), style, {s.slug: pdfs[s.slug]})
                    files.append(path)
    return files


def main(argv: list[str] | None = None) -> int:
    import yaml
    from tdkt.extractors import extract
    from tdkt.pipeline.metadata.read import read_metadata

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", help="two-digit sample number (default 01 02 05 08 12)")
    ap.add_argument("--modes", default="color,grey,bw")
    ap.add_argument("--dpi", action="append", type=int, help="scan resolution (repeatable; default 200)")
    ap.add_argument("--seed", action="append", help="generator seed ('' is the samples' own; repeatable)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/tdkt-bench-stamped"))
    args = ap.parse_args(argv)
    only = [o.zfill(2) for o in (args.only or SOURCES)]
    files = make_files(only, args.modes.split(","), args.dpi or [200], args.seed or [""], args.work)
    counts: dict[str, Counter] = {}
    print(f"{'file':52} {'number':>6} {'date':>5} {'signer':>6} {'s':>5}  signer read")
    for path in files:
        want = yaml.safe_load((ROOT / "samples" / "labels" / f"{path.name.split('.')[0]}.yaml")
                              .read_text(encoding="utf-8"))["document"]
        start = time.perf_counter()
        info = read_metadata(extract(path)).info
        seconds = time.perf_counter() - start
        got = {"number": info.number, "date": info.date, "signer": info.signer}
        label = {"number": want["number"], "date": want["date"].isoformat() if want["date"] else None,
                 "signer": want["signer"]}
        # right, missing (None where the label has a value) or wrong (another value): a wrong
        # value misleads the clerk, a missing one only asks for a look
        mark = {key: "ok" if got[key] == label[key] else "--" if got[key] is None else "XX" for key in got}
        group = path.parent.name
        for key in got:
            counts.setdefault(group, Counter())[key] += mark[key] == "ok"
            counts[group][key + " wrong"] += mark[key] == "XX"
        counts[group]["files"] += 1
        print(f"{group + '/' + path.name:52.52} {mark['number']:>6} {mark['date']:>5} {mark['signer']:>6}"
              f" {seconds:>5.1f}  {info.signer!r}" + ("" if mark["date"] == "ok" else f" date={info.date!r}"))
    total = Counter()

    def line(name: str, c: Counter) -> str:
        return (f"{name:20} " + "  ".join(f"{key} {c[key]}/{c['files']} (wrong {c[key + ' wrong']})"
                                          for key in ("number", "date", "signer")))

    for group, c in counts.items():
        total.update(c)
        print(line(group, c))
    print(line("all", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
