"""bench/stamped_metadata.py with Tesseract's answers cached on disk, and what the date and name
votes saw printed per page (tenth round of B&W stamped scans).

    .venv/bin/python bench/scan10_cached.py --log --modes bw --dpi 150 --seed c --only 02
    .venv/bin/python bench/scan10_cached.py --modes bw --dpi 150 --dpi 200 --dpi 300 --seed g

Same arguments as bench/stamped_metadata.py, plus --log (print each psm 7 date-line reading and
the name vote's readings) and --cache DIR (default /tmp/tdkt-scan10-cache). A Tesseract call is
keyed by the image's bytes, size, mode and psm, so a change that alters no image reuses every
answer and only new images (a new reading) cost a Tesseract run; figures equal the uncached
script's, seconds do not.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def install_cache(folder: Path, log: bool) -> None:
    from tdkt.extractors import ocr_reader

    folder.mkdir(parents=True, exist_ok=True)
    real = ocr_reader._tesseract

    def cached(image, deadline, psm=3):
        key = hashlib.sha1(image.tobytes() + repr((image.size, image.mode, psm)).encode()).hexdigest()
        path = folder / f"{key}.pkl"
        if path.exists():
            data = pickle.loads(path.read_bytes())
        else:
            data = real(image, deadline, psm)
            path.write_bytes(pickle.dumps(data))
        if log and psm == 7:
            words = " ".join(t for t in data["text"] if (t or "").strip())
            print(f"    psm7 {image.size[0]}x{image.size[1]}: {words}")
        return data

    ocr_reader._tesseract = cached


def main(argv: list[str]) -> int:
    import stamped_metadata

    log = "--log" in argv
    argv = [a for a in argv if a != "--log"]
    cache = Path("/tmp/tdkt-scan10-cache")
    if "--cache" in argv:
        at = argv.index("--cache")
        cache = Path(argv[at + 1])
        del argv[at:at + 2]
    install_cache(cache, log)
    return stamped_metadata.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
