"""tdkt beside two bare extractors (kreuzberg, viparse) on the same files, in one run.

    .venv/bin/python bench/compare.py [--inbox DIR] [--input DIR ...] [--repeat 5] [--cold-files 84] [--no-peers]

Inputs: the primary DOCX and text PDFs of samples/inbox, or of --inbox DIR (one dot in the name:
variants such as .scan.pdf or .tcvn3.docx are other benches), plus every DOCX/PDF under each
--input DIR. (--inbox keeps a run to a fixed copy while samples are being added or held out.)
The peers run in their own virtual environment, created here on first use with pip
(bench/out/peers-venv: kreuzberg and viparse from PyPI), so their libraries never touch tdkt's.

Each tool runs in one child process per tool: every file is read once to warm up, then
`--repeat` times; a file's figure is its median, a row's figure the median over files.
Rows, per format:
  DOCX read / text PDF read              tdkt extract() | kreuzberg extract_file_sync | viparse.load(text)
  DOCX read + judge / PDF read + judge   tdkt extract() + judge()
  whole process, cold                    `tdkt check N DOCX --out tmp` (fresh interpreter, all outputs)
                                         against a fresh interpreter reading the same N with kreuzberg
  one file, cold                         `tdkt check 1 DOCX --out tmp` (all outputs, and JSON only:
                                         XlsxWriter and the sheet builders are imported only for xlsx/csv)
Ratios are tdkt / peer. Wall times on a shared machine: compare within one run; the cold rows also
give the CPU time (user + system) of the whole process tree, which the load changes less. "Cold" is a
fresh process with the byte-code cache written (one unmeasured run first), as an installed command.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TDKT_PY = ROOT / ".venv" / "bin" / "python"
TDKT_BIN = ROOT / ".venv" / "bin" / "tdkt"
PEERS = ROOT / "bench" / "out" / "peers-venv"
PEER_PY = PEERS / "bin" / "python"
PEER_PACKAGES = ("kreuzberg", "viparse[office,pdf]")

# One child per tool: reads argv files (JSON list) and prints {path: {"read": [...], "judge": [...]}}.
_TDKT_CHILD = r"""
import json, sys, time
from pathlib import Path
from tdkt.extractors import extract
from tdkt.pipeline.judge import judge
from tdkt.rules.loader import load_roster, load_ruleset
files, repeat = json.loads(sys.argv[1]), int(sys.argv[2])
ruleset, roster = load_ruleset(), load_roster()
out = {}
for f in files:
    try:
        doc = extract(Path(f)); judge(doc, ruleset, roster, file=f, sha256="")  # warm
    except Exception as exc:  # a bad file is left out of the figures
        out[f] = {"error": type(exc).__name__}
        continue
    reads, both = [], []
    for _ in range(repeat):
        t0 = time.perf_counter(); doc = extract(Path(f)); t1 = time.perf_counter()
        judge(doc, ruleset, roster, file=f, sha256=""); t2 = time.perf_counter()
        reads.append(t1 - t0); both.append(t2 - t0)
    out[f] = {"read": reads, "judge": both}
print(json.dumps(out))
"""

_KREUZBERG_CHILD = r"""
import json, sys, time
from kreuzberg import extract_file_sync
files, repeat = json.loads(sys.argv[1]), int(sys.argv[2])
out = {}
for f in files:
    try:
        extract_file_sync(f)
    except Exception as exc:
        out[f] = {"error": type(exc).__name__}
        continue
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter(); extract_file_sync(f); ts.append(time.perf_counter() - t0)
    out[f] = {"read": ts}
print(json.dumps(out))
"""

_VIPARSE_CHILD = r"""
import json, sys, time
import viparse
files, repeat = json.loads(sys.argv[1]), int(sys.argv[2])
out = {}
for f in files:
    try:
        viparse.load(f, output="text")
    except Exception as exc:
        out[f] = {"error": type(exc).__name__}
        continue
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter(); viparse.load(f, output="text"); ts.append(time.perf_counter() - t0)
    out[f] = {"read": ts}
print(json.dumps(out))
"""

_KREUZBERG_COLD = r"""
import sys
from kreuzberg import extract_file_sync
for f in sys.argv[1:]:
    extract_file_sync(f)
"""


def ensure_peers() -> bool:
    """The peers' own venv with kreuzberg and viparse; False when it cannot be made (offline)."""
    probe = "import kreuzberg, viparse, docx, pdfplumber"
    if PEER_PY.exists() and subprocess.run([str(PEER_PY), "-c", probe], capture_output=True).returncode == 0:
        return True
    print(f"creating {PEERS} (pip install {' '.join(PEER_PACKAGES)}) ...", flush=True)
    if not PEER_PY.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
    pip = subprocess.run([str(PEER_PY), "-m", "pip", "install", "-q", *PEER_PACKAGES], capture_output=True, text=True)
    if pip.returncode != 0:
        print("  pip failed:", (pip.stderr.strip().splitlines() or ["?"])[-1])
        return False
    return subprocess.run([str(PEER_PY), "-c", probe], capture_output=True).returncode == 0


def peer_versions() -> str:
    code = "import importlib.metadata as m; print(' '.join(p + ' ' + m.version(p) for p in ('kreuzberg', 'viparse')))"
    result = subprocess.run([str(PEER_PY), "-c", code], capture_output=True, text=True)
    return result.stdout.strip()


def collect(inputs: list[Path], inbox: Path | None = None) -> dict[str, list[str]]:
    """{'docx': [...], 'pdf': [...]} — text-layer PDFs only (a scan is OCR's bench)."""
    sys.path.insert(0, str(ROOT))
    groups: dict[str, list[str]] = {"docx": [], "pdf": []}
    inbox = inbox or ROOT / "samples" / "inbox"
    candidates = [p for p in sorted(inbox.iterdir()) if p.name.count(".") == 1] if inbox.is_dir() else []
    for folder in inputs:
        candidates += sorted(p for p in folder.rglob("*") if p.is_file())
    for path in candidates:
        ext = path.suffix.lower().lstrip(".")
        if ext == "docx" and path.stat().st_size > 0:
            groups["docx"].append(str(path))
        elif ext == "pdf" and ".scan." not in path.name and _has_text_layer(path):
            groups["pdf"].append(str(path))
    return groups


def _has_text_layer(path: Path) -> bool:
    code = ("import sys, pypdfium2 as p\n"
            "try:\n d=p.PdfDocument(sys.argv[1]); n=sum(len(d[i].get_textpage().get_text_range()) for i in range(len(d)))\n"
            "except Exception: n=0\n"
            "print(n)")
    result = subprocess.run([str(TDKT_PY), "-c", code, str(path)], capture_output=True, text=True)
    return result.returncode == 0 and int(result.stdout.strip() or 0) > 200


def run_child(python: Path, code: str, files: list[str], repeat: int) -> dict:
    if not files:
        return {}
    result = subprocess.run([str(python), "-c", code, json.dumps(files), str(repeat)],
                            capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        print(f"  child failed ({python.parent.parent.name}):", (result.stderr.strip().splitlines() or ["?"])[-1])
        return {}
    return json.loads(result.stdout.strip().splitlines()[-1])


def median_ms(results: dict, key: str) -> float | None:
    per_file = [statistics.median(r[key]) * 1000 for r in results.values() if key in r]
    return statistics.median(per_file) if per_file else None


def cold_wall(argv: list[str], rounds: int) -> tuple[float, float]:
    """(median wall, median CPU) of a fresh process tree, in seconds."""
    import resource

    # As an installed command runs: with its byte-code cached (pip compiles on install; an editable
    # install writes __pycache__ on first use), even when this shell sets PYTHONDONTWRITEBYTECODE.
    # One unmeasured run first writes the cache and warms the page cache.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(argv, check=True, capture_output=True, text=True, cwd=ROOT, env=env)
    times, cpu = [], []
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        result = subprocess.run(argv, check=True, capture_output=True, text=True, cwd=ROOT, env=env)
        times.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)  # children and their waited-for workers
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if result.stdout.strip():
        print("  " + result.stdout.strip().splitlines()[0])  # tdkt's own count of files and errors
    return statistics.median(times), statistics.median(cpu)


def fmt(value: float | None, unit: str = "ms") -> str:
    if value is None:
        return "–"
    return f"{value:.1f} {unit}" if unit == "ms" else f"{value:.2f} {unit}"


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.1f}×" if a and b else "–"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inbox", type=Path, default=None, help="folder of samples instead of samples/inbox")
    parser.add_argument("--input", action="append", default=[], type=Path, help="more DOCX/PDF files (recursive)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cold-files", type=int, default=84, help="DOCX files for the whole-process row (cycled)")
    parser.add_argument("--cold-rounds", type=int, default=3)
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args()

    groups = collect(args.input, args.inbox)
    peers = not args.no_peers and ensure_peers()
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load {load:.1f}; Python {sys.version.split()[0]}; "
          f"files: {len(groups['docx'])} DOCX, {len(groups['pdf'])} text PDF; repeat {args.repeat}")
    if peers:
        print(f"peers: {peer_versions()} ({PEERS})")

    rows: list[tuple[str, str, str, str, str, str]] = []
    read_ok: dict = {}
    kz_ok: dict = {}
    for kind, label in (("docx", "DOCX"), ("pdf", "text PDF")):
        files = groups[kind]
        if not files:
            continue
        ours = run_child(TDKT_PY, _TDKT_CHILD, files, args.repeat)
        kz = run_child(PEER_PY, _KREUZBERG_CHILD, files, args.repeat) if peers else {}
        vp = run_child(PEER_PY, _VIPARSE_CHILD, files, args.repeat) if peers else {}
        read_ok.update(ours)
        kz_ok.update(kz)
        bad = sorted(Path(f).name for f, r in ours.items() if "error" in r)
        if bad:
            print(f"  tdkt could not read (left out): {', '.join(bad)}")
        read, both = median_ms(ours, "read"), median_ms(ours, "judge")
        k, v = median_ms(kz, "read"), median_ms(vp, "read")
        rows.append((f"{label} read", fmt(read), fmt(k), ratio(read, k), fmt(v), ratio(read, v)))
        rows.append((f"{label} read + judge", fmt(both), "–", ratio(both, k), "–", "–"))
        if ours and os.environ.get("COMPARE_PER_FILE"):
            for f, r in ours.items():
                kr = kz.get(f, {}).get("read")
                print(f"  {Path(f).name:40s} read {statistics.median(r['read'])*1000:7.1f}  judge+read "
                      f"{statistics.median(r['judge'])*1000:7.1f}  kreuzberg "
                      f"{statistics.median(kr)*1000 if kr else float('nan'):7.1f}")

    # The whole-process rows use the DOCX every tool read (bad inputs would measure error paths).
    docx = [f for f in groups["docx"] if "read" in read_ok.get(f, {}) and (not peers or "read" in kz_ok.get(f, {}))]
    if docx:
        n = args.cold_files
        batch = [docx[i % len(docx)] for i in range(n)]
        with tempfile.TemporaryDirectory() as tmp:
            # Copies under distinct names (tdkt refuses symlinks; the cycled files must be N files).
            names = []
            for i, f in enumerate(batch):
                copy = Path(tmp, "in", f"{i:04d}-{Path(f).name}")
                copy.parent.mkdir(exist_ok=True)
                shutil.copy2(f, copy)
                names.append(str(copy))
            ours = cold_wall([str(TDKT_BIN), "check", *names, "--out", str(Path(tmp, "out"))], args.cold_rounds)
            one = cold_wall([str(TDKT_BIN), "check", names[0], "--out", str(Path(tmp, "one"))], args.cold_rounds)
            one_json = cold_wall([str(TDKT_BIN), "check", names[0], "--out", str(Path(tmp, "one-json")),
                                  "--format", "json"], args.cold_rounds)
            kz = cold_wall([str(PEER_PY), "-c", _KREUZBERG_COLD, *names], args.cold_rounds) if peers else None
        (ours, ours_cpu), (one, one_cpu), (one_json, one_json_cpu) = ours, one, one_json
        kz_wall, kz_cpu = kz if kz else (None, None)
        rows.append((f"whole process, `tdkt check` {n} DOCX, cold", f"{ours:.2f} s = {n / ours:.1f}/s (CPU {ours_cpu:.2f} s)",
                     f"{kz_wall:.2f} s (CPU {kz_cpu:.2f} s)" if kz else "–", ratio(ours, kz_wall), "–", "–"))
        rows.append(("one file, `tdkt check`, cold", f"{one:.2f} s (CPU {one_cpu:.2f} s)", "–", "–", "–", "–"))
        rows.append(("one file, `tdkt check --format json`, cold", f"{one_json:.2f} s (CPU {one_json_cpu:.2f} s)",
                     "–", "–", "–", "–"))

    print()
    print("| path | tdkt | kreuzberg | tdkt/kreuzberg | viparse | tdkt/viparse |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
