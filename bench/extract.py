"""Extraction benchmark: speed, peak memory and text recovered, per input format.

    .venv/bin/python bench/extract.py                      # samples/inbox, or generated inputs
    .venv/bin/python bench/extract.py --generate           # always use generated inputs (bench/out/)
    .venv/bin/python bench/extract.py --dpi 150,200,300    # OCR resolution sweep on one scanned page

What it measures:
1. tdkt.extractors.extract() on every input, each in a fresh child process (so peak RSS is
   that file's alone): seconds, pages/s, peak RSS of the child and of its own children
   (tesseract, soffice), characters out, and *recall*: the share of the source's words
   (multiset, weighted by length) found in the output — the source is samples/sources/<base>.txt
   or, for generated inputs, the builder's text.
2. The same files through viparse (viparse.load(..., output="text")), side by side.
3. Text PDFs: pypdfium2's text page against pdfplumber's words (what the PDF reader used before
   pdf_chars; bench/pdf_read.py times today's reader),
   ms/page and characters recovered.
4. OCR resolution: page 1 of a text PDF "scanned" cheaply (tilt, specks, blur, JPEG) at a
   native 300 and 200 dpi, OCR'd at each --dpi and at the automatic choice; recall against
   the page's own text layer.
Heavy libraries are imported before the clock starts; the first call's lazy set-up
(pdfminer tables, Tesseract start) is part of the time, as it is in a real run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the fixture builders live with the tests
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

FORMATS = [  # (label, filename suffix) — longest suffix first
    ("scan.pdf", ".scan.pdf"), ("photo.jpg", ".photo.jpg"), ("tcvn3.docx", ".tcvn3.docx"),
    ("vni.docx", ".vni.docx"), ("docx", ".docx"), ("pdf", ".pdf"), ("doc", ".doc"), ("odt", ".odt"),
]


# ---------------------------------------------------------------------------------------------
# Scoring

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> Counter:
    return Counter(_WORD.findall(unicodedata.normalize("NFC", text)))


def recall(source: str, output: str) -> float:
    """Share of the source's word characters that the output recovers (multiset match)."""
    want, got = words(source), words(output)
    total = sum(len(w) * n for w, n in want.items())
    found = sum(len(w) * min(n, got[w]) for w, n in want.items())
    return found / total if total else 0.0


def visible_chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def source_for(path: Path, generated: dict[str, str]) -> str | None:
    if str(path) in generated:
        return generated[str(path)]
    base = path.name.split(".")[0]
    src = ROOT / "samples" / "sources" / f"{base}.txt"
    if not src.exists():
        return None
    text = src.read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # front matter
    lines = []
    for line in text.splitlines():
        if line.startswith("::"):
            continue
        line = re.sub(r"^#+\s*", "", line).replace("|", " ")
        lines.append(line)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Child process: one file, one reader


def peak_rss_kb() -> int:
    """VmHWM: this process image's peak RSS. (ru_maxrss would carry the forking parent's peak
    across exec, which inflates every child to the parent's size.)"""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(reader: str, path: str) -> None:
    result: dict = {"reader": reader, "file": path}
    if reader == "tdkt":
        import docx  # noqa: F401  - imports outside the clock
        import pdfplumber  # noqa: F401
        import pypdfium2  # noqa: F401
        import pytesseract  # noqa: F401

        from tdkt.extractors import ExtractionError, extract
        from tdkt.extractors import docx_reader, ocr_reader, office_convert, pdf_reader  # noqa: F401

        result["rss_before_kb"] = peak_rss_kb()
        start = time.perf_counter()
        try:
            document = extract(path)
            result.update(text=document.text, pages=document.pages, format=document.format,
                          ocr_confidence=document.meta.get("ocr_confidence"))
        except ExtractionError as exc:
            result["error"] = exc.code
    else:
        import viparse

        result["rss_before_kb"] = peak_rss_kb()
        start = time.perf_counter()
        try:
            # viparse runs OCR only when asked; ask for the image-only formats.
            docs = viparse.load(path, output="text", ocr=True if ".scan." in path or ".photo." in path else None)
            result["text"] = "\n".join(d.text for d in docs)
        except Exception as exc:  # viparse's own errors, reported not raised
            result["error"] = type(exc).__name__ + ": " + str(exc)[:80]
    result["seconds"] = time.perf_counter() - start
    result["rss_kb"] = peak_rss_kb()
    # Upper bound: a child forked from this process may report this process's size.
    result["children_rss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps(result, ensure_ascii=False))


def run_child(reader: str, path: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", reader, str(path)],
                          capture_output=True, text=True, timeout=900, cwd=ROOT)
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"reader": reader, "file": str(path), "error": "crash: " + proc.stderr.strip()[-200:]}


# ---------------------------------------------------------------------------------------------
# Inputs


def collect(inbox: Path) -> list[tuple[str, Path]]:
    found = []
    for path in sorted(inbox.iterdir()) if inbox.is_dir() else []:
        for label, suffix in FORMATS:
            if path.name.endswith(suffix):
                found.append((label, path))
                break
    return found


def generate(out: Path) -> tuple[list[tuple[str, Path]], dict[str, str]]:
    """A 4-page report in every format the builders can make (LibreOffice, pypdfium2, Pillow)."""
    import extract_fixtures as fx

    out.mkdir(parents=True, exist_ok=True)
    repeat = 4
    text = fx.source_text(repeat)
    docx = fx.make_report_docx(out / "report.docx", repeat=repeat)
    pdf = fx.soffice_convert(docx, out)
    scan = fx.make_scanned_pdf(pdf, out / "report.scan.pdf", dpi=300, angle=1.5, pages=None)
    doc = fx.soffice_convert(docx, out, "doc")
    odt = fx.soffice_convert(docx, out, "odt")
    tcvn3_lines = [line for line in text.splitlines()]
    tcvn3 = fx.make_tcvn3_docx(out / "report.tcvn3.docx", [line.lower() for line in tcvn3_lines])
    files = [("docx", docx), ("pdf", pdf), ("scan.pdf", scan), ("doc", doc), ("odt", odt), ("tcvn3.docx", tcvn3)]
    sources = {str(p): text for _, p in files}
    sources[str(tcvn3)] = text.lower()
    return files, sources


def page_count(result: dict) -> int | None:
    """Pages of the file a result is for: the reader's count, else its PDF twin's, else
    1 for a photo; None when unknown (a DOCX without a PDF rendering)."""
    if result.get("pages"):
        return result["pages"]
    path = Path(result["file"])
    if path.name.endswith(".jpg"):
        return 1
    if path.suffix == ".pdf":
        return pdf_pages(path)
    twin = path.with_name(path.name.split(".")[0] + ".pdf")
    return pdf_pages(twin) if twin.exists() else None


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


# ---------------------------------------------------------------------------------------------
# Comparisons


def compare_pdf_text_paths(pdfs: list[Path], sources: dict[str, str]) -> list[dict]:
    import pdfplumber
    import pypdfium2 as pdfium

    rows = []
    for path in pdfs * 2:  # first pass warms pdfminer/pdfium; the second pass is recorded
        src = source_for(path, sources)
        start = time.perf_counter()
        pdf = pdfium.PdfDocument(str(path))
        fast_text = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            fast_text.append(tp.get_text_range())
        n = len(pdf)
        pdf.close()
        fast = time.perf_counter() - start
        start = time.perf_counter()
        with pdfplumber.open(str(path)) as doc:
            plumber_text = [" ".join(w["text"] for w in page.extract_words(extra_attrs=["fontname", "size"]))
                            for page in doc.pages]
        slow = time.perf_counter() - start
        start = time.perf_counter()
        with pdfplumber.open(str(path)) as doc:
            for page in doc.pages:
                page.find_tables()
        tables = time.perf_counter() - start
        ft, pt = "\n".join(fast_text), "\n".join(plumber_text)
        rows.append({"file": path.name, "pages": n,
                     "pdfium_ms_page": 1000 * fast / n, "plumber_ms_page": 1000 * slow / n,
                     "tables_ms_page": 1000 * tables / n,
                     "pdfium_chars": visible_chars(ft), "plumber_chars": visible_chars(pt),
                     "pdfium_recall": recall(src, ft) if src else None,
                     "plumber_recall": recall(src, pt) if src else None})
    return rows[len(pdfs):]


def dpi_sweep(text_pdf: Path, out: Path, dpis: list[int]) -> list[dict]:
    """Page 1 of a text PDF scanned the cheap way (tilt 1.5°, specks, blur, JPEG q50) at a
    native 300 and 200 dpi, OCR'd at each forced resolution and at the automatic one."""
    import pypdfium2 as pdfium

    import extract_fixtures as fx
    from tdkt.extractors import ocr_reader
    from tdkt.extractors.limits import Limits

    pdf = pdfium.PdfDocument(str(text_pdf))
    reference = pdf[0].get_textpage().get_text_range()
    pdf.close()
    out.mkdir(parents=True, exist_ok=True)
    automatic = ocr_reader.render_dpi
    rows = []
    for native, blur, noise in ((300, 1.5, 30000), (200, 1.0, 15000)):
        scan = fx.make_scanned_pdf(text_pdf, out / f"sweep-{native}.pdf", dpi=native, angle=1.5, noise=noise,
                                   blur=blur, jpeg_quality=50, pages=1)
        ocr_reader.ocr_pdf_pages(scan, [1], Limits(ocr_dpi=150))  # warm Tesseract's data files
        for dpi in [*dpis, "auto"]:
            ocr_reader.render_dpi = automatic if dpi == "auto" else (lambda page, limits: limits.ocr_dpi)
            meta: dict = {}
            start = time.perf_counter()
            try:
                blocks = ocr_reader.ocr_pdf_pages(scan, [1], Limits(ocr_dpi=300 if dpi == "auto" else dpi), meta)
            finally:
                ocr_reader.render_dpi = automatic
            seconds = time.perf_counter() - start
            text = "\n".join(b.full_text for b in blocks)
            rows.append({"scan": f"{native} dpi", "dpi": f"{dpi}" + (f"={meta['ocr_render_dpi'][0]}" if dpi == "auto" else ""),
                         "seconds": seconds, "chars": visible_chars(text), "recall": recall(reference, text),
                         "confidence": ocr_reader.ocr_meta(blocks, None)["ocr_confidence"]})
    return rows


# ---------------------------------------------------------------------------------------------
# Report


def fmt(value, spec: str = ".2f") -> str:
    return "-" if value is None else format(value, spec)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inbox", type=Path, default=ROOT / "samples" / "inbox")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--generate", action="store_true", help="use generated inputs even if the inbox has files")
    parser.add_argument("--dpi", default="150,200,300")
    parser.add_argument("--per-format", type=int, default=3, help="files per format at most")
    parser.add_argument("--no-viparse", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("READER", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return

    files = [] if args.generate else collect(args.inbox)
    sources: dict[str, str] = {}
    if len({label for label, _ in files}) < 3:
        print(f"(inbox {args.inbox} has too few formats; generating inputs into {args.out})")
        files, sources = generate(args.out)
    picked: dict[str, list[Path]] = {}
    for label, path in files:
        if len(picked.setdefault(label, [])) < args.per_format:
            picked[label].append(path)

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load}; python {sys.version.split()[0]}; "
          f"inputs: {sum(map(len, picked.values()))} files")
    header = f"{'format':<11}{'reader':<8}{'files':>5}{'pages':>6}{'s/file':>8}{'pages/s':>8}{'peakMB':>8}{'+MB':>6}{'childMB':>8}{'chars':>7}{'recall':>7}  errors"
    print(header)
    summary = []
    for label, paths in picked.items():
        for reader in ("tdkt", "viparse") if not args.no_viparse else ("tdkt",):
            results = [run_child(reader, p) for p in paths]
            ok = [r for r in results if "error" not in r]
            counts = [page_count(r) for r in ok]
            pages = sum(counts) if ok and all(counts) else None  # None: some file's pages unknown
            seconds = sum(r["seconds"] for r in ok)
            recalls = [recall(src, r["text"]) for r in ok if (src := source_for(Path(r["file"]), sources))]
            row = {
                "format": label, "reader": reader, "files": len(paths), "pages": pages,
                "s_per_file": seconds / len(ok) if ok else None,
                "pages_per_s": pages / seconds if pages and seconds else None,
                "peak_mb": max((r["rss_kb"] for r in results if "rss_kb" in r), default=0) / 1024,
                "delta_mb": max((r["rss_kb"] - r["rss_before_kb"] for r in results if "rss_kb" in r), default=0) / 1024,
                "child_mb": max((r.get("children_rss_kb", 0) for r in results), default=0) / 1024,
                "chars": sum(visible_chars(r["text"]) for r in ok) // max(1, len(ok)),
                "recall": sum(recalls) / len(recalls) if recalls else None,
                "errors": ", ".join(sorted({str(r["error"])[:40] for r in results if "error" in r})),
            }
            summary.append(row)
            print(f"{label:<11}{reader:<8}{row['files']:>5}{fmt(row['pages'], 'd'):>6}{fmt(row['s_per_file']):>8}"
                  f"{fmt(row['pages_per_s'], '.1f'):>8}{row['peak_mb']:>8.0f}{row['delta_mb']:>6.0f}{row['child_mb']:>8.0f}"
                  f"{row['chars']:>7}{fmt(row['recall']):>7}  {row['errors']}")

    text_pdfs = picked.get("pdf", [])
    if text_pdfs:
        print("\npdfplumber vs pypdfium2 on text PDFs (per page; recall against the source)")
        print(f"{'file':<34}{'pages':>6}{'pdfium ms':>10}{'plumber ms':>11}{'tables ms':>10}{'pdfium ch':>10}{'plumber ch':>11}{'rec pdfium':>11}{'rec plumber':>12}")
        for r in compare_pdf_text_paths(text_pdfs, sources):
            print(f"{r['file'][:33]:<34}{r['pages']:>6}{r['pdfium_ms_page']:>10.1f}{r['plumber_ms_page']:>11.1f}"
                  f"{r['tables_ms_page']:>10.1f}{r['pdfium_chars']:>10}{r['plumber_chars']:>11}"
                  f"{fmt(r['pdfium_recall']):>11}{fmt(r['plumber_recall']):>12}")

    if text_pdfs and args.dpi:
        dpis = [int(d) for d in args.dpi.split(",") if d]
        print(f"\nOCR resolution: page 1 of {text_pdfs[0].name}, scanned cheaply, recall against its text layer")
        print(f"{'scan':>8}{'ocr dpi':>10}{'seconds':>9}{'chars':>7}{'recall':>8}{'conf':>7}")
        for r in dpi_sweep(text_pdfs[0], args.out, dpis):
            print(f"{r['scan']:>8}{r['dpi']:>10}{r['seconds']:>9.2f}{r['chars']:>7}{fmt(r['recall'], '.3f'):>8}"
                  f"{fmt(r['confidence'], '.1f'):>7}")


if __name__ == "__main__":
    main()
