"""The header date of stamped scans read from page 1 alone, with and without the digits-only
reading of a faint date line (extractors/ocr_date_digits.py; twelfth round of B&W stamped
scans, 2026-12-08). Tesseract's answers are cached on disk as in bench/scan10_cached.py (the
digits-only reads too), so both runs share every page pass.

    .venv/bin/python bench/scan12_dates.py --cache /tmp/scan-cache /tmp/tdkt-bench-stamped/bw-150-*/*.pdf
    .venv/bin/python bench/scan12_dates.py --no-digits ...   # the code before: the digits never read

The scans are bench/stamped_metadata.py's (its --work folder; the folder's name says mode, dpi
and seed). Only page 1 is read (the date and number stand in its header), then
read_metadata; per scan the date against the label (ok / -- missing / XX wrong), the day the
digits-only reading settled (day or month) when it ran, tdkt's own CPU seconds (process_time, Tesseract
cached), Tesseract's CPU seconds in its child processes (uncached calls only) and the
digits-only Tesseract calls made (uncached); then the counts.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def main(argv: list[str]) -> int:
    import scan10_cached
    import yaml
    from tdkt.extractors import extract, ocr_date_digits, ocr_reader
    from tdkt.pipeline.metadata.read import read_metadata

    cache = Path("/tmp/tdkt-scan10-cache")
    if "--cache" in argv:
        at = argv.index("--cache")
        cache = Path(argv[at + 1])
        del argv[at:at + 2]
    digits = "--no-digits" not in argv
    argv = [a for a in argv if a != "--no-digits"]
    scan10_cached.install_cache(cache, log=False)
    real_read, real_pages = ocr_date_digits.read_digits, ocr_reader.ocr_pdf_pages
    real_day, real_month = ocr_date_digits.settled_day, ocr_date_digits.settled_month
    calls, settled = [0], []

    def read_digits(image, deadline):
        key = hashlib.sha1(image.tobytes() + repr((image.size, image.mode, "digits")).encode()).hexdigest()
        path = cache / f"{key}.pkl"
        if path.exists():
            return pickle.loads(path.read_bytes())
        calls[0] += 1
        text = real_read(image, deadline)
        path.write_bytes(pickle.dumps(text))
        return text

    def settle(real, what):
        def settled_part(readings, *args):
            found = real(readings, *args) if digits else None
            settled.append((f"{what} {found}", readings))
            return found
        return settled_part

    ocr_date_digits.read_digits = read_digits
    ocr_date_digits.settled_day = settle(real_day, "day")
    ocr_date_digits.settled_month = settle(real_month, "month")
    ocr_reader.ocr_pdf_pages = lambda path, pages, limits, meta=None: real_pages(path, [1], limits, meta)
    if not digits:  # the code before never read the digits
        ocr_date_digits.digit_readings = lambda crop, deadline: []
    counts = {"ok": 0, "--": 0, "XX": 0}
    for name in argv:
        path = Path(name)
        want = yaml.safe_load((ROOT / "samples" / "labels" / f"{path.name.split('.')[0]}.yaml")
                              .read_text(encoding="utf-8"))["document"]["date"]
        calls[0], settled[:] = 0, []
        start, child = time.process_time(), os.times()
        got = read_metadata(extract(path)).info.date
        cpu = time.process_time() - start
        tess = sum(os.times()[2:4]) - sum(child[2:4])  # Tesseract's CPU, uncached calls only
        label = want.isoformat() if want else None
        mark = "ok" if got == label else "--" if got is None else "XX"
        counts[mark] += 1
        ran = " ".join(f"digits->{found} {readings}" for found, readings in settled)
        print(f"{path.parent.name}/{path.name[:2]} {mark} {got}  cpu {cpu:.2f} s, tesseract {tess:.2f} s, digit calls {calls[0]}  {ran}",
              flush=True)
    print(f"date ok {counts['ok']}, missing {counts['--']}, wrong {counts['XX']} of {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
