"""Text-PDF read time: tdkt's read_pdf per file, warm, median over repeats.

    .venv/bin/python bench/pdf_read.py                         # every text PDF in samples/inbox
    .venv/bin/python bench/pdf_read.py --repeat 7 a.pdf b.pdf
    .venv/bin/python bench/pdf_read.py --reader /tmp/old_pdf_reader.py   # time another copy of
                                                               # pdf_reader.py (before/after)
    .venv/bin/python bench/pdf_read.py --reference             # also pypdfium2's bare text, and
                                                               # kreuzberg's if it is installed

Prints per file: pages, median wall ms/file, ms/page, median CPU ms/file (process time: steadier
than wall time on a shared, loaded machine); then the medians over files. Scanned PDFs
(no text page) are skipped: their time is OCR's. Each file is read once untimed first (warm:
imports, PDFium/pdfminer set-up), then `--repeat` times.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_NOT_TEXT = (".scan.pdf", ".stamped.pdf", ".photos.pdf")  # OCR's time, not the text reader's
_BLIND = re.compile(r"^(8[5-9]|9\d)-")  # a blind set being written: never opened


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reader", help="path of another pdf_reader.py to time instead")
    parser.add_argument("--reference", action="store_true")
    args = parser.parse_args()
    from tdkt.extractors import Limits

    read_pdf = load_reader(args.reader)
    files = args.files or sorted(p for p in (ROOT / "samples" / "inbox").glob("*.pdf")
                                 if not p.name.endswith(_NOT_TEXT) and not _BLIND.match(p.name))
    kreuzberg = None
    if args.reference:
        try:
            import kreuzberg  # noqa: F811
        except ImportError:
            print("(kreuzberg not installed: its column is left out)")
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
        row = [path.name, doc.pages, ms, ms / doc.pages, cpu]
        if args.reference:
            row.append(timed(lambda: pdfium_text(path), args.repeat))
            if kreuzberg:
                row.append(timed(lambda: kreuzberg.extract_file_sync(str(path)), args.repeat))
        rows.append(row)
        print(f"{row[0]:45s} {row[1]:2d} p  {row[2]:7.1f} ms  {row[3]:6.1f} ms/page  cpu {row[4]:7.1f} ms"
              + "".join(f"  ref {v:6.1f} ms" for v in row[5:]))
    if rows:
        print(f"median over {len(rows)} files: {statistics.median(r[2] for r in rows):.1f} ms/file, "
              f"{statistics.median(r[3] for r in rows):.1f} ms/page, "
              f"cpu {statistics.median(r[4] for r in rows):.1f} ms/file "
              f"({sum(r[1] for r in rows)} pages, {sum(r[2] for r in rows):.0f} ms in all)")


if __name__ == "__main__":
    sys.exit(main())
