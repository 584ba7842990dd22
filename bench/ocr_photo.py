"""Phone photos and stamped scans: Tesseract alone against tdkt's whole page path, per page.

    .venv/bin/python bench/ocr_photo.py                        # renders 01 (3 pages) as photos and scans
    .venv/bin/python bench/ocr_photo.py --only 05 --repeat 2
    .venv/bin/python bench/ocr_photo.py FILE.pdf ...           # your own image-only PDFs

For every page image (rendered from the PDF at the resolution tdkt would use):
- "tesseract": pytesseract.image_to_data(vie, psm 3) on the page as it comes, nothing else;
- "prepare": ocr_reader.prepare_page alone (page found and straightened, light evened, stamp
  ink out) — the photo path's own cost;
- "tdkt page": ocr_reader.ocr_page_image, i.e. prepare + deskew + rule removal + Tesseract +
  the re-read of areas the layout dropped.
Seconds are wall-clock, best of --repeat, one Tesseract thread (OMP_THREAD_LIMIT=1, as tdkt
runs it). Recall is the share of the source page's words (from the PDF's own text layer,
multiset, by length) found in what each path read.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))


def words(text: str) -> Counter:
    import unicodedata

    return Counter(w.strip(".,;:()\"'“”").lower() for w in unicodedata.normalize("NFC", text).split() if len(w) > 1)


def recall(source: Counter, got: Counter) -> float:
    total = sum(len(w) * n for w, n in source.items())
    hit = sum(len(w) * min(n, got[w]) for w, n in source.items())
    return hit / total if total else 0.0


def make_inputs(only: list[str], out: Path) -> list[tuple[Path, Path]]:
    """(image-only PDF, its text PDF) for the photos and a colour and a grey stamped scan."""
    import make_samples as ms
    import make_scans

    sources = ms.load_sources(only)
    conv = out / "conv"
    conv.mkdir(parents=True, exist_ok=True)
    docx = [ms.build_docx(s, conv / f"{s.slug}.docx", clean=True) for s in sources]
    ms.soffice_convert(docx, "pdf", out, out / "lo-profile")
    pairs = []
    for s in sources:
        text_pdf = out / f"{s.slug}.pdf"
        pairs.append((make_scans.build([s], out / "photos", ("photos",), pdfs={s.slug: text_pdf})[0], text_pdf))
        for mode in ("color", "grey"):
            style = make_scans.STYLES[mode]
            made = make_scans.build([s], out / mode, ("stamped",), style, pdfs={s.slug: text_pdf})[0]
            pairs.append((made, text_pdf))
    return pairs


def best(fn, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--only", action="append", help="two-digit sample number (default 01)")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)

    import pypdfium2 as pdfium
    import pytesseract

    from tdkt.extractors import Limits, ocr_reader

    tmp = Path(tempfile.mkdtemp(prefix="tdkt-bench-photo-"))
    pairs = [(f, None) for f in args.files] or make_inputs([o.zfill(2) for o in (args.only or ["01"])], tmp)
    limits = Limits()
    print(f"{'file':34} {'page':>4} {'px':>10} {'tesseract s':>11} {'prepare s':>9} {'tdkt page s':>11}"
          f" {'recall tess':>11} {'recall tdkt':>11}")
    totals = Counter()
    for path, text_pdf in pairs:
        pdf = pdfium.PdfDocument(str(path))
        source = source_pages = None
        if text_pdf:
            import pdfplumber

            # pdfplumber orders each line's characters by position: LibreOffice's fallback font
            # for Vietnamese capitals puts them out of order in the raw text stream
            with pdfplumber.open(str(text_pdf)) as plumber:
                source_pages = [p.extract_text() or "" for p in plumber.pages]
            source = True
        for index in range(len(pdf)):
            page = pdf[index]
            dpi = ocr_reader.render_dpi(page, limits)
            image = page.render(scale=dpi / 72).to_pil()
            t_tess, data = best(lambda: pytesseract.image_to_data(
                image.convert("L"), lang="vie", config="--psm 3", output_type=pytesseract.Output.DICT), args.repeat)
            t_prep, _ = best(lambda: ocr_reader.prepare_page(image, index + 1, {}), args.repeat)
            deadline = time.monotonic() + 600
            t_tdkt, lines = best(lambda: ocr_reader.ocr_page_image(image, index + 1, deadline, {}), args.repeat)
            plain = " ".join(t for t in data["text"] if t.strip())
            ours = " ".join(w.text for row in lines.rows for line in row for w in line.words)
            r_tess = r_tdkt = float("nan")
            if source is not None:
                want = words(source_pages[index])
                r_tess, r_tdkt = recall(want, words(plain)), recall(want, words(ours))
                totals["r_tess"] += r_tess
                totals["r_tdkt"] += r_tdkt
            totals["pages"] += 1
            totals["tess"] += t_tess
            totals["prep"] += t_prep
            totals["tdkt"] += t_tdkt
            print(f"{path.parent.name + '/' + path.name:34.34} {index + 1:>4} {image.width:>5}x{image.height:<5}{t_tess:>11.2f} {t_prep:>9.2f}"
                  f" {t_tdkt:>11.2f} {r_tess:>11.1%} {r_tdkt:>11.1%}")
    n = max(1, totals["pages"])
    print(f"{'mean per page':34} {totals['pages']:>4} {'':>10} {totals['tess'] / n:>11.2f} {totals['prep'] / n:>9.2f}"
          f" {totals['tdkt'] / n:>11.2f} {totals['r_tess'] / n:>11.1%} {totals['r_tdkt'] / n:>11.1%}")
    print(f"machine: {os.cpu_count()} cores (shared with other jobs during the run), OMP_THREAD_LIMIT="
          f"{os.environ['OMP_THREAD_LIMIT']}, tesseract {pytesseract.get_tesseract_version()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
