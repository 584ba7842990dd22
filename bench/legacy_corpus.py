"""Benchmark: tdkt vs viparse on real legacy-font (TCVN3/VNI) documents of the viparse corpus.

    # bring the corpus here once (public, not part of tdkt; never commit its files):
    #   git --git-dir=<mirror of TrizenX/viparse-corpus> archive HEAD | tar -x -C /tmp/viparse-corpus
    .venv/bin/python bench/legacy_corpus.py [/tmp/viparse-corpus] [--formats doc,rtf,pdf]
        [--only SUBSTRING] [--tools tdkt,viparse[,tdkt-single]] [--keep DIR] [--worst 10]

For every hand-checked transcript in <corpus>/ground-truth/*.txt (pending ones live in a
sub-folder and are not scored) whose source in <corpus>/corpus/public-domain/*/ has one of the
chosen formats, it reads the source with tdkt (`tdkt.extractors.extract`: .doc/.rtf go through
LibreOffice and the DOCX reader, .pdf through the PDF reader) and with viparse
(`viparse.load(output="text", encoding="auto")`, as the corpus's own scripts/run_viparse.py does),
one file after the other in the same process, and scores both with the corpus's own scorer
(scripts/score.py, imported from the corpus path at run time): diacritic accuracy as published
(case-sensitive) and on both sides lower-cased (case-insensitive: a TCVN3 capitals font such as
.VnTimeH draws its lower-case bytes as capitals, and tdkt keeps them capitals), and
case-insensitive with both sides' tone marks placed by one convention ("ci 1tone", pipeline.
normalize.compare_form: what tdkt compares; tdkt's text keeps each file's own "hoà"/"hòa", as the
transcripts do). A reader that raises is scored as an empty prediction (0), not dropped. Time is
wall time per file, median and mean per format.

"tdkt" reads the corpus as `tdkt check` reads a folder: the queue's .doc/.rtf files are first
converted by one LibreOffice start (office_convert.convert_queued, one run: this bench is one
process, like viparse's), then each file is read; a queued file's time is its reading time plus
its share of the batch (batch seconds / files in the batch). "tdkt-single" converts each file
on its own (a file dropped alone into a watched folder).

The figures are a measurement, not a test; see docs/performance.md ("Legacy corpus").
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path("/tmp/viparse-corpus")


def load_scorer(corpus: Path):
    spec = importlib.util.spec_from_file_location("viparse_corpus_score", corpus / "scripts" / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def corpus_items(corpus: Path, formats: set[str], only: str | None) -> list[tuple[Path, Path]]:
    sources = {p.stem: p for p in (corpus / "corpus" / "public-domain").glob("*/*") if p.is_file()}
    items = []
    for truth in sorted((corpus / "ground-truth").glob("*.txt")):
        source = sources.get(truth.stem)
        if source is None or source.suffix.lower().lstrip(".") not in formats:
            continue
        if only and only not in truth.stem:
            continue
        items.append((source, truth))
    return items


def read_tdkt(path: Path) -> str:
    from tdkt.extractors import extract

    return extract(path).text


class ViparseReader:
    def __init__(self) -> None:
        import viparse

        self.viparse = viparse
        self.settings = viparse.load_settings()

    def __call__(self, path: Path) -> str:
        docs = self.viparse.load(str(path), output="text", encoding="auto", settings=self.settings)
        return "\n".join(d.text for d in docs)


def timed(reader, path: Path) -> tuple[str, float, str | None]:
    started = time.perf_counter()
    try:
        text, error = reader(path), None
    except Exception as exc:  # noqa: BLE001 - a reader failure is scored, not fatal
        text, error = "", f"{type(exc).__name__}: {exc}"[:160]
    return text, time.perf_counter() - started, error


def one_tone_style(text: str) -> str:
    """Lower case, tone marks placed by one convention (what tdkt compares: "hòa", "thủy")."""
    from tdkt.pipeline.normalize import compare_form

    return compare_form(text.lower())


class QueuedReader:
    """tdkt as `tdkt check` reads a folder: the .doc/.rtf of the queue converted in one batch first."""

    def __init__(self, paths: list[Path]) -> None:
        from tdkt.extractors import office_convert

        started = time.perf_counter()
        self.batched = office_convert.convert_queued(paths, runs=1)
        self.batch_seconds = time.perf_counter() - started
        self.share = self.batch_seconds / self.batched if self.batched else 0.0
        self._queued = office_convert._queued_docx
        print(f"  tdkt     batch: {self.batched} of {len(paths)} files converted by one LibreOffice start "
              f"in {self.batch_seconds:.1f} s ({self.share:.2f} s/file)", file=sys.stderr, flush=True)

    def extra_seconds(self, path: Path) -> float:
        return self.share if self._queued(path) is not None else 0.0

    def __call__(self, path: Path) -> str:
        return read_tdkt(path)


def weighted(scores) -> float | None:
    rows = [s for s in scores if s.diacritic_accuracy is not None]
    total = sum(s.diacritic_positions for s in rows)
    return sum(s.diacritic_accuracy * s.diacritic_positions for s in rows) / total if total else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--formats", default="doc,rtf,pdf", help="source extensions to score (default doc,rtf,pdf)")
    ap.add_argument("--only", help="only documents whose name contains this")
    ap.add_argument("--tools", default="tdkt,viparse")
    ap.add_argument("--keep", type=Path, help="write each tool's predictions into DIR/<tool>/<name>.txt")
    ap.add_argument("--worst", type=int, default=8, help="list the N worst documents per tool")
    ap.add_argument("--guards", nargs="*", metavar="TEXT_FILE",
                    help="instead: count guess_encoding false positives per paragraph on the corpus's "
                         "Unicode transcripts and on the given non-Vietnamese text files")
    args = ap.parse_args()
    if args.guards is not None:
        return guards(args.corpus, [Path(p) for p in args.guards])

    scorer = load_scorer(args.corpus)
    items = corpus_items(args.corpus, set(args.formats.split(",")), args.only)
    if not items:
        print(f"no scored documents under {args.corpus}", file=sys.stderr)
        return 2
    tools = args.tools.split(",")
    readers = {}
    if "tdkt" in tools:
        readers["tdkt"] = QueuedReader([source for source, _ in items])
    if "tdkt-single" in tools:
        readers["tdkt-single"] = read_tdkt
    if "viparse" in tools:
        readers["viparse"] = ViparseReader()

    # results[tool] = list of (format, name, cs Score, ci Score, seconds, error)
    results: dict[str, list] = {tool: [] for tool in readers}
    for source, truth_file in items:
        truth = truth_file.read_text(encoding="utf-8")
        fmt = source.suffix.lower().lstrip(".")
        for tool, reader in readers.items():
            extra = reader.extra_seconds(source) if hasattr(reader, "extra_seconds") else 0.0
            text, seconds, error = timed(reader, source)
            seconds += extra
            if args.keep:
                out = args.keep / tool
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{truth_file.stem}.txt").write_text(text, encoding="utf-8")
            cs = scorer.score_pair(truth_file.stem, text, truth)
            ci = scorer.score_pair(truth_file.stem, text.lower(), truth.lower())
            tone = scorer.score_pair(truth_file.stem, one_tone_style(text), one_tone_style(truth))
            results[tool].append((fmt, truth_file.stem, cs, ci, seconds, error, tone))
            print(f"  {tool:11} {fmt:4} {cs.diacritic_accuracy or 0:6.3f} {ci.diacritic_accuracy or 0:6.3f} "
                  f"{seconds:6.2f}s  {truth_file.stem}{'  FAILED ' + error if error else ''}",
                  file=sys.stderr, flush=True)

    if "tdkt" in readers:
        from tdkt.extractors import office_convert

        office_convert.end_queued()
    formats = sorted({row[0] for rows in results.values() for row in rows}) + ["all"]
    print(f"\nviparse corpus at {args.corpus} ({_corpus_commit(args.corpus)}), {len(items)} documents\n")
    print(f"{'format':6} {'tool':11} {'docs':>4} {'fail':>4} {'diacritic':>9} {'dia ci':>7} {'char':>6} "
          f"{'syllable':>8} {'ci 1tone':>8} {'s/file med':>10} {'s/file mean':>11}")
    for fmt in formats:
        for tool, rows in results.items():
            sel = [r for r in rows if fmt in ("all", r[0])]
            if not sel:
                continue
            cs = [r[2] for r in sel]
            agg = scorer.aggregate(cs, [])
            secs = [r[4] for r in sel]
            print(f"{fmt:6} {tool:11} {len(sel):4d} {sum(1 for r in sel if r[5]):4d} "
                  f"{weighted(cs) or 0:9.4f} {weighted([r[3] for r in sel]) or 0:7.4f} "
                  f"{agg['char_accuracy']:6.3f} {agg['syllable_accuracy']:8.3f} {weighted([r[6] for r in sel]) or 0:8.4f} "
                  f"{statistics.median(secs):10.2f} {statistics.mean(secs):11.2f}")
    for tool, rows in results.items():
        worst = sorted(rows, key=lambda r: (r[3].diacritic_accuracy or 0))[: args.worst]
        print(f"\n{tool}: worst {len(worst)} by case-insensitive diacritic accuracy")
        for fmt, name, cs, ci, seconds, error, _ in worst:
            print(f"  {ci.diacritic_accuracy or 0:.3f} (cs {cs.diacritic_accuracy or 0:.3f}) {fmt:4} {name}"
                  f"{'  FAILED ' + error if error else ''}")
    return 0


def guards(corpus: Path, foreign: list[Path]) -> int:
    """guess_encoding on text that is NOT legacy: every paragraph of 3+ words, whole files too."""
    from tdkt.extractors.legacy_encoding import guess_encoding

    sets = {"corpus transcripts (Unicode Vietnamese)": sorted((corpus / "ground-truth").glob("*.txt")),
            "given non-Vietnamese files": foreign}
    for label, files in sets.items():
        paragraphs = hits = whole_hits = 0
        examples = []
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            whole_hits += guess_encoding(text) is not None
            for para in text.split("\n"):
                if len(para.split()) < 3:
                    continue
                paragraphs += 1
                if guess_encoding(para):
                    hits += 1
                    examples.append(para[:80])
        print(f"{label}: {len(files)} files, {whole_hits} guessed legacy; "
              f"{paragraphs} paragraphs, {hits} guessed legacy")
        for example in examples[:5]:
            print("   ", example)
    return 0


def _corpus_commit(corpus: Path) -> str:
    marker = corpus / ".commit"
    return f"commit {marker.read_text().strip()}" if marker.exists() else "commit unknown: no .commit file"


if __name__ == "__main__":
    raise SystemExit(main())
