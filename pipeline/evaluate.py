"""Measure the checker against the labelled samples (samples/labels/*.yaml).

For each labelled source, its primary rendering in samples/inbox (the first format its source
asks for) is judged and compared with the labels: the "missing" flag per item (positive class =
missing: what the clerk must chase), the exact status, the figures (ratios within 0.1), and the
metadata (unit roster id, number, date, signer). Every other rendering of the same source is
compared with the primary's statuses (cross-format consistency).

Reading and judging are pipeline.process's; printing is tdkt/cli_eval.py's.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# Inbox file suffix of each rendering named in a source's front matter.
FORMAT_SUFFIX = {"docx": ".docx", "pdf": ".pdf", "scan": ".scan.pdf", "photo": ".photo.jpg", "doc": ".doc",
                 "odt": ".odt", "tcvn3": ".tcvn3.docx", "vni": ".vni.docx"}
RATIO_TOLERANCE = 0.1


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, truth: bool, pred: bool) -> None:
        if truth and pred:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif truth:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Mismatch:
    sample: str
    what: str  # item id, figure name or metadata field
    expected: object
    got: object
    note: str = ""


@dataclass
class EvalResult:
    samples: list[str] = field(default_factory=list)
    per_item: dict[str, Counts] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)
    status_total: int = 0
    status_correct: int = 0
    figures_total: int = 0
    figures_correct: int = 0
    metadata_total: int = 0
    metadata_correct: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)
    consistency: list[tuple[str, int, int]] = field(default_factory=list)  # (file, agreeing, total)
    seconds: float = 0.0
    missing_files: list[str] = field(default_factory=list)
    judged: int = 0  # files judged, variants included

    @property
    def status_accuracy(self) -> float:
        return self.status_correct / self.status_total if self.status_total else 0.0

    @property
    def figure_accuracy(self) -> float:
        return self.figures_correct / self.figures_total if self.figures_total else 1.0

    @property
    def metadata_accuracy(self) -> float:
        return self.metadata_correct / self.metadata_total if self.metadata_total else 0.0


def _front_matter(source: Path) -> dict:
    import yaml

    try:
        text = source.read_text(encoding="utf-8")
    except OSError:
        return {}
    m = re.match(r"^---\s*\n(.*?)\n---\s*\n", text, re.S)
    return (yaml.safe_load(m.group(1)) or {}) if m else {}


def renderings(samples_dir: Path, key: str) -> tuple[Path | None, list[Path]]:
    """(primary, other renderings) of one source in the inbox."""
    inbox = samples_dir / "inbox"
    formats = list(_front_matter(samples_dir / "sources" / f"{key}.txt").get("formats") or [])
    existing = sorted(p for p in inbox.glob(f"{key}.*") if p.name.split(".", 1)[0] == key)
    primary = None
    for fmt in formats[:1]:
        candidate = inbox / f"{key}{FORMAT_SUFFIX.get(fmt, '.' + fmt)}"
        if candidate.exists():
            primary = candidate
    if primary is None and existing:
        primary = next((p for p in existing if p.name == f"{key}.docx"), existing[0])
    return primary, [p for p in existing if p != primary]


def _norm(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    from tdkt.pipeline.normalize import fold_tone  # "Thuỷ" in a label is the "Thủy" of a file

    text = fold_tone(unicodedata.normalize("NFC", str(value)))
    return re.sub(r"\s+", "", text).casefold() or None


def _figure_ok(name: str, expected, got) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    try:
        if name.startswith("ty_le"):
            return abs(float(expected) - float(got)) <= RATIO_TOLERANCE + 1e-9
        return float(expected) == float(got)
    except (TypeError, ValueError):
        return False


def compare(key: str, labels: dict, record, result: EvalResult) -> None:
    """Add one judged sample to the tallies."""
    for item_id, expected in (labels.get("items") or {}).items():
        got = record.items.get(item_id)
        got_status = got.status if got else "missing"
        result.per_item.setdefault(item_id, Counts()).add(expected == "missing", got_status == "missing")
        result.overall.add(expected == "missing", got_status == "missing")
        result.status_total += 1
        if got_status == expected:
            result.status_correct += 1
        else:
            result.mismatches.append(Mismatch(key, item_id, expected, got_status, got.note if got else ""))
    expected_figs = {k: v for k, v in (labels.get("figures") or {}).items() if v is not None}
    for name in sorted(set(expected_figs) | set(record.figures)):
        result.figures_total += 1
        if _figure_ok(name, expected_figs.get(name), record.figures.get(name)):
            result.figures_correct += 1
        else:
            result.mismatches.append(Mismatch(key, f"số liệu {name}", expected_figs.get(name), record.figures.get(name)))
    unit = labels.get("unit") or {}
    doc = labels.get("document") or {}
    checks = [("đơn vị", unit.get("roster_id"), record.unit.roster_id),
              ("số", doc.get("number"), record.document.number),
              ("ngày", doc.get("date"), record.document.date),
              ("người ký", doc.get("signer"), record.document.signer)]
    for name, expected, got in checks:
        result.metadata_total += 1
        if _norm(expected) == _norm(got):
            result.metadata_correct += 1
        else:
            result.mismatches.append(Mismatch(key, name, expected, got))


def _received(samples_dir: Path, key: str) -> str | None:
    """The receipt time the source declares: git does not keep file times, the labels assume it."""
    value = _front_matter(samples_dir / "sources" / f"{key}.txt").get("received")
    if value is None:
        return None
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)


def _judge(path: Path, ruleset, roster, received: str | None):
    """process_file, with the declared receipt time instead of the checkout's file time."""
    from tdkt.pipeline.process import process_file

    record = process_file(path, ruleset, roster)
    if received and not record.error and record.received_at != received:
        from tdkt.extractors import extract
        from tdkt.pipeline.judge import judge

        record = judge(extract(path), ruleset, roster, file=str(path), sha256=record.sha256, received_at=received)
    return record


def evaluate(samples_dir: str | Path = "samples", ruleset=None, roster=None, all_variants: bool = False,
             only: list[str] | None = None) -> EvalResult:
    import time

    import yaml

    from tdkt.rules.loader import load_roster, load_ruleset

    samples_dir = Path(samples_dir)
    ruleset = ruleset or load_ruleset()
    roster = roster or load_roster()
    result = EvalResult()
    start = time.perf_counter()
    judged = 0
    for label_path in sorted((samples_dir / "labels").glob("*.yaml")):
        key = label_path.stem
        if only and not any(key.startswith(o) for o in only):
            continue
        labels = yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}
        primary, others = renderings(samples_dir, key)
        if primary is None:
            result.missing_files.append(key)
            continue
        received = _received(samples_dir, key)
        record = _judge(primary, ruleset, roster, received)
        judged += 1
        result.samples.append(primary.name)
        compare(key, labels, record, result)
        if all_variants:
            for other in others:
                variant = _judge(other, ruleset, roster, received)
                judged += 1
                total = len(record.items)
                agree = sum(1 for k, v in record.items.items()
                            if variant.items.get(k) is not None and variant.items[k].status == v.status)
                result.consistency.append((other.name, agree, total))
    result.seconds = time.perf_counter() - start
    result.judged = judged
    return result
