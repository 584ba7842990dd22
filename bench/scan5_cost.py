"""What the B&W stamped-scan steps of this round cost per page, against Tesseract alone.

    .venv/bin/python bench/scan5_cost.py /tmp/tdkt-bench-stamped/bw-*-e/*.stamped.pdf

For the first page (date line) and the last page (closing) of each scan: the seconds of one
Tesseract pass over the prepared page (`vie`, psm 3: what any OCR of the page costs), then
`ocr_reader.ocr_page_image` (the whole page path) with this round's steps and without them
(the ring looked for around a name row with its extra readings, the re-read of a whole date
whose date word is misspelt). Prints per page and medians. One Tesseract thread
(OMP_THREAD_LIMIT=1); wall-clock on a shared machine: read the medians, not single pages.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def main(argv: list[str]) -> int:
    import pypdfium2 as pdfium
    from tdkt.extractors import ocr_reader
    from tdkt.extractors.limits import Limits, render_scale

    limits = Limits()
    with_steps = (ocr_reader._pages_without_ring_near, ocr_reader._misspelt_date_words)
    without_steps = (lambda grey, data, row: ([grey], []), lambda words: False)
    rows = []
    print(f"{'page':48} {'tesseract':>9} {'path now':>9} {'without':>9} {'added':>7}")
    for name in argv:
        pdf = pdfium.PdfDocument(name)
        try:
            for index in sorted({0, len(pdf) - 1}):
                page = pdf[index]
                image = page.render(scale=render_scale(*page.get_size(), ocr_reader.render_dpi(page, limits),
                                                       limits, index + 1)).to_pil()
                prepared = ocr_reader.prepare_page(image, index + 1, {})
                start = time.perf_counter()
                ocr_reader._tesseract(prepared, time.monotonic() + 300)
                alone = time.perf_counter() - start
                seconds = []
                for steps in (with_steps, without_steps):
                    ocr_reader._pages_without_ring_near, ocr_reader._misspelt_date_words = steps
                    start = time.perf_counter()
                    ocr_reader.ocr_page_image(image, index + 1, time.monotonic() + 300, {})
                    seconds.append(time.perf_counter() - start)
                ocr_reader._pages_without_ring_near, ocr_reader._misspelt_date_words = with_steps
                rows.append((alone, *seconds))
                label = f"{Path(name).parent.name}/{Path(name).name[:2]} p{index + 1}"
                print(f"{label:48} {alone:>9.2f} {seconds[0]:>9.2f} {seconds[1]:>9.2f} {seconds[0] - seconds[1]:>7.2f}")
        finally:
            pdf.close()
    if rows:
        median = [statistics.median(column) for column in zip(*rows)]
        added = statistics.median(a - b for _, a, b in rows)
        print(f"{'median over ' + str(len(rows)) + ' pages':48} {median[0]:>9.2f} {median[1]:>9.2f} "
              f"{median[2]:>9.2f} {added:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
