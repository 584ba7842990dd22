"""Cost of underthesea's POS tagger on the candidate sentences of the assessment items (D1/D2).

Prints the import and model-load time and the time per sentence over the content sentences of
every labelled sample's assessment sections (the only sentences a POS cue would be asked about),
and how many such sentences each report has. The judge's budget is ~10 ms per 3-page report.

    .venv/bin/python bench/assessment_pos.py [samples/]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tdkt.extractors import extract
from tdkt.pipeline.evaluate import renderings
from tdkt.pipeline.segment import segment
from tdkt.rules.loader import load_ruleset


def main(samples: Path) -> None:
    ruleset = load_ruleset()
    assessment = set(ruleset.raw["language"].get("assessment_sections") or [])
    candidates: list[list[str]] = []
    for label in sorted((samples / "labels").glob("*.yaml")):
        primary, _ = renderings(samples, label.stem)
        if primary is None or primary.suffix != ".docx":
            continue  # reading cost is not the point: DOCX primaries only
        seg = segment(extract(primary), ruleset)
        candidates.append([s.text for s in seg.sentences
                           if not s.is_heading and any(t & assessment for t in s.section.tag_chain())])
    t0 = time.perf_counter()
    from underthesea import pos_tag
    t1 = time.perf_counter()
    pos_tag("Nhìn chung, các phong trào thi đua được triển khai thiết thực.")
    t2 = time.perf_counter()
    sentences = [s for report in candidates for s in report]
    for s in sentences:
        pos_tag(s)
    t3 = time.perf_counter()
    print(f"{len(candidates)} DOCX reports, {len(sentences)} assessment sentences "
          f"({len(sentences) / max(len(candidates), 1):.1f} per report)")
    print(f"import underthesea {t1 - t0:.2f} s, first pos_tag (model load) {t2 - t1:.2f} s, "
          f"{1000 * (t3 - t2) / max(len(sentences), 1):.1f} ms per sentence, "
          f"{1000 * (t3 - t2) / max(len(candidates), 1):.0f} ms per report")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "samples"))
