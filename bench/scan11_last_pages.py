"""The last page of each stamped scan read by OCR, Tesseract's answers cached on disk (as in
bench/scan10_cached.py), with a line each time ocr_name_vote.pooled_vote runs and what it gave
(ninth round of B&W stamped scans, 2026-12-07): only where it gives a name can the signer differ
from the code before it, so a run over every scan's last page says which scans to compare whole.

    .venv/bin/python bench/scan11_last_pages.py /tmp/tdkt-bench-stamped/bw-300-f/*.pdf
    .venv/bin/python bench/scan11_last_pages.py --cache /tmp/scan-cache /tmp/tdkt-bench-stamped/bw-*/*.pdf

The scans are bench/stamped_metadata.py's (its --work folder). Per scan: tdkt's own CPU seconds
(process_time; Tesseract runs in a child process and is cached), Tesseract calls, and the name
rows the page left unread (meta "unsettled_name_rows").
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str]) -> int:
    import pypdfium2 as pdfium
    import scan10_cached
    from tdkt.extractors import ocr_name_vote, ocr_reader
    from tdkt.extractors.limits import Limits

    cache = Path("/tmp/tdkt-scan10-cache")
    if "--cache" in argv:
        at = argv.index("--cache")
        cache = Path(argv[at + 1])
        del argv[at:at + 2]
    scan10_cached.install_cache(cache, log=False)
    calls = [0]
    cached = ocr_reader._tesseract

    def counted(*args, **kwargs):
        calls[0] += 1
        return cached(*args, **kwargs)

    ocr_reader._tesseract = counted
    real = ocr_name_vote.pooled_vote

    def logged(readings, own, *args, **kwargs):
        won = real(readings, own, *args, **kwargs)
        print(f"    pooled_vote over {len(readings)} readings ({own} the page's own) -> {won}", flush=True)
        return won

    ocr_name_vote.pooled_vote = logged  # ocr_reader imports it at call time
    for name in argv:
        path = Path(name)
        pdf = pdfium.PdfDocument(str(path))
        last = len(pdf)
        pdf.close()
        calls[0] = 0
        start = time.process_time()
        meta: dict = {}
        ocr_reader.ocr_pdf_pages(path, [last], Limits(), meta)
        print(f"{path.parent.name}/{path.name[:2]} page {last}: cpu {time.process_time() - start:.2f} s, "
              f"tesseract calls {calls[0]}, unsettled {meta.get('unsettled_name_rows')}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
