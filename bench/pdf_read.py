"""Text-PDF read time: tdkt's read_pdf per file, warm, median over repeats.

    .venv/bin/python bench/pdf_read.py                         # every text PDF in samples/inbox
    .venv/bin/python bench/pdf_read.py --repeat 7 a.pdf b.pdf
    .venv/bin/python bench/pdf_read.py --reader /tmp/old_pdf_reader.py   # time another copy of
                                                               # pdf_reader.py (before/after)
    .venv/bin/python bench/pdf_read.py --reference             # also pypdfium2's bare text, and
                                                               # kreuzberg's (bench/out/peers-venv,
                                                               # made by bench/compare.py)
    .venv/bin/python bench/pdf_read.py --stages                # CPU per file in each reader stage

Prints per file: pages, median wall ms/file, ms/page, median CPU ms/file (process time: steadier
than wall time on a shared, loaded machine); then the medians over files, and with --reference
the same for pypdfium2's bare text and kreuzberg's `extract_file_sync` (in its own virtual
environment, one child process, same files, same minute) and tdkt/kreuzberg ratios. Scanned
PDFs, stamped scans and photo PDFs are skipped (their time is OCR's), and so are the blind sets
(85-99, samples/held-out.txt). Each file is read once untimed first (warm: imports, PDFium set-up), then `--repeat` times.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _samples import held_out  # noqa: E402  (bench/ is the script's folder)

ROOT = Path(__file__).resolve().parents[1]
_NOT_TEXT = (".scan.pdf", ".stamped.pdf", ".photos.pdf")  # OCR's time, not the text reader's
PEER_PY = ROOT / "bench" / "out" / "peers-venv" / "bin" / "python"
# Run by the peers' interpreter: argv = repeat, files as JSON; prints {file: [wall ms, cpu ms]}.
_KREUZBERG_CHILD = """
import json, statistics, sys, time
import kreuzberg
repeat, files = int(sys.argv[1]), json.loads(sys.argv[2])
out = {}
for f in files:
    kreuzberg.extract_file_sync(f)
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        kreuzberg.extract_file_sync(f)
        walls.append(time.perf_counter() - w); cpus.append(time.process_time() - c)
    out[f] = [statistics.median(walls) * 1000, statistics.median(cpus) * 1000]
print(json.dumps(out))
"""


def load_reader(path: str | None):
    if not path:
        from tdkt.extractors import pdf_reader

        return pdf_reader.read_pdf
    spec = importlib.util.spec_from_file_location("bench_pdf_reader_alt", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.read_pdf


def timed(fn, repeat: int, clock=time.perf_counter) -> float:
    fn()  # warm
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times) * 1000


def pdfium_text(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    for i in range(len(pdf)):
        pdf[i].get_textpage().get_text_range()
    pdf.close()


# (module, function, label) of the reader's stages, for --stages (CPU time, nested stages inside
# their callers' figures).
_STAGES = [("pdf_reader", "read_pdf", "read_pdf (whole)"), ("pdf_reader", "_probe_pages", "probe: page, text page, text, image check"),
           ("pdf_reader", "_page_lines", "page lines (words, tables, rows)"),
           ("pdf_chars", "page_words", "  words (chars + lines + words + fonts)"), ("pdf_chars", "page_chars", "    chars (PDFium calls)"),
           ("pdf_chars", "chars_to_lines", "    chars to lines"), ("pdf_chars", "line_words", "    line to words"),
           ("pdf_tables", "page_rulings", "  ruling lines"), ("pdf_tables", "find_grids", "  grids"),
           ("pdf_layout", "group_rows", "  rows (and table cells)"), ("pdf_layout", "assign_regions", "regions"),
           ("pdf_layout", "assign_closing", "regions"), ("pdf_layout", "page_blocks", "paragraphs (page_blocks)"),
           ("pdf_layout", "join_page_breaks", "page-break joins")]


def stage_times(files: list[Path], repeat: int) -> None:
    """CPU ms per file in each stage of the current reader (functions wrapped with process_time)."""
    import importlib

    from tdkt.extractors import Limits

    spent: dict[str, float] = {}
    for module_name, name, label in _STAGES:
        module = importlib.import_module(f"tdkt.extractors.{module_name}")
        inner = getattr(module, name)

        def wrapped(*args, _inner=inner, _label=label, **kwargs):
            start = time.process_time()
            try:
                return _inner(*args, **kwargs)
            finally:
                spent[_label] = spent.get(_label, 0.0) + time.process_time() - start
        setattr(module, name, wrapped)
    from tdkt.extractors import pdf_reader

    for path in files:
        pdf_reader.read_pdf(path, Limits())  # warm
    spent.clear()
    for _ in range(repeat):
        for path in files:
            pdf_reader.read_pdf(path, Limits())
    print(f"CPU per file by stage, mean over {len(files)} files x {repeat}:")
    for label in dict.fromkeys(label for _, _, label in _STAGES):
        print(f"  {label:45s} {spent.get(label, 0.0) / (len(files) * repeat) * 1000:6.2f} ms")


def kreuzberg_times(files: list[Path], repeat: int) -> dict[str, list[float]]:
    """kreuzberg's per-file medians [wall ms, cpu ms], or {} when the peers' venv is absent."""
    if not PEER_PY.exists():
        print("(bench/out/peers-venv absent — run bench/compare.py once: kreuzberg left out)")
        return {}
    proc = subprocess.run([str(PEER_PY), "-c", _KREUZBERG_CHILD, str(repeat), json.dumps([str(f) for f in files])],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reader", help="path of another pdf_reader.py to time instead")
    parser.add_argument("--reference", action="store_true")
    parser.add_argument("--stages", action="store_true", help="CPU time per stage instead (current reader)")
    args = parser.parse_args()
    from tdkt.extractors import Limits

    files = args.files or sorted(p for p in (ROOT / "samples" / "inbox").glob("*.pdf")
                                 if not p.name.endswith(_NOT_TEXT) and not held_out(p.name))
    if args.stages:
        return stage_times(files, args.repeat)
    read_pdf = load_reader(args.reader)
    rows = []
    for path in files:
        limits = Limits()
        try:
            doc = read_pdf(path, limits)
        except Exception as exc:  # a bad sample is reported, not fatal
            print(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        if doc.format != "pdf":
            continue
        ms = timed(lambda: read_pdf(path, limits), args.repeat)
        cpu = timed(lambda: read_pdf(path, limits), args.repeat, time.process_time)
        row = [path, doc.pages, ms, ms / doc.pages, cpu]
        if args.reference:
            row += [timed(lambda: pdfium_text(path), args.repeat), timed(lambda: pdfium_text(path), args.repeat, time.process_time)]
        rows.append(row)
        print(f"{path.name:45s} {row[1]:2d} p  {row[2]:7.1f} ms  {row[3]:6.1f} ms/page  cpu {row[4]:7.1f} ms"
              + (f"  pdfium text {row[5]:6.1f} ms, cpu {row[6]:6.1f} ms" if args.reference else ""))
    if not rows:
        return
    med = statistics.median
    tdkt_wall, tdkt_cpu = med(r[2] for r in rows), med(r[4] for r in rows)
    print(f"median over {len(rows)} files: {tdkt_wall:.1f} ms/file, {med(r[3] for r in rows):.1f} ms/page, "
          f"cpu {tdkt_cpu:.1f} ms/file ({sum(r[1] for r in rows)} pages, {sum(r[2] for r in rows):.0f} ms in all)")
    if args.reference:
        print(f"pypdfium2 bare text: {med(r[5] for r in rows):.1f} ms/file, cpu {med(r[6] for r in rows):.1f} ms/file")
        peer = kreuzberg_times([r[0] for r in rows], args.repeat)
        if peer:
            k_wall, k_cpu = med(v[0] for v in peer.values()), med(v[1] for v in peer.values())
            print(f"kreuzberg extract_file_sync: {k_wall:.1f} ms/file, cpu {k_cpu:.1f} ms/file; "
                  f"tdkt/kreuzberg {tdkt_wall / k_wall:.2f}x wall, {tdkt_cpu / k_cpu:.2f}x cpu")


if __name__ == "__main__":
    sys.exit(main())
