"""`tdkt check` on one file forks its reading worker before the rules are loaded (cli_check's
_early_pool) and sends the rules with the file. The record must be the one the ordinary path
(the rules loaded first, inherited by forked workers: several files) gives, under the rules
named on the command line, and a refusal before the reading must still end the command at once."""

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INBOX = ROOT / "samples" / "inbox"
DOCX = INBOX / "01-xa-tay-vinh.docx"
OTHER = INBOX / "02-tt-phu-phong.docx"

# The command as `.venv/bin/tdkt` runs it, but from this tree's packages (a git worktree or the
# main checkout: the editable install's finder pointed at ROOT).
_BOOT = """import sys
from pathlib import Path
try:
    import __editable___tdkt_0_1_0_finder as finder
    for name, path in list(finder.MAPPING.items()):
        finder.MAPPING[name] = str(Path(sys.argv[1]) / Path(path).name)
except ImportError:
    pass
del sys.argv[1]
from tdkt.cli import main
sys.exit(main())
"""


def _tdkt(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _BOOT, str(ROOT), *map(str, args)], capture_output=True,
                          text=True, timeout=300, cwd=cwd)


def _records(out: Path) -> dict:
    return {r["file"]: r for r in json.loads((out / "reports.json").read_text(encoding="utf-8"))}


def _a_pdf() -> Path:
    for f in sorted(INBOX.glob("*.pdf")):
        if not f.name.endswith((".scan.pdf", ".stamped.pdf", ".photos.pdf")) and "zz-" not in f.name:
            return f
    raise AssertionError("no text PDF among the samples")


def test_the_early_worker_judges_a_lone_file_as_the_ordinary_path_does(tmp_path):
    assert OTHER.exists()
    pdf = _a_pdf()
    for rules in (None, ROOT / "rules" / "year-end-2023.yaml"):
        extra = ["--rules", rules] if rules else []
        for one in (DOCX, pdf):
            alone = _tdkt("check", one, "--out", tmp_path / "alone", "--format", "json", *extra)
            assert alone.returncode == 0, alone.stderr
            batch = _tdkt("check", one, OTHER, "--out", tmp_path / "batch", "--format", "json", *extra)
            assert batch.returncode == 0, batch.stderr
            (got,) = _records(tmp_path / "alone").values()
            want = _records(tmp_path / "batch")[got["file"]]
            assert got == want
            assert got["rules"] == ("year-end-2023" if rules else "tay-son-2023-h1")
            assert not got.get("error")


def test_the_rules_given_reach_the_early_worker(tmp_path):
    default = _tdkt("check", DOCX, "--out", tmp_path / "a", "--format", "json")
    year_end = _tdkt("check", DOCX, "--out", tmp_path / "b", "--format", "json",
                     "--rules", ROOT / "rules" / "year-end-2023.yaml")
    assert default.returncode == 0 and year_end.returncode == 0, default.stderr + year_end.stderr
    (a,) = _records(tmp_path / "a").values()
    (b,) = _records(tmp_path / "b").values()
    assert a["rules"] != b["rules"]  # judged under the file named with --rules, not the default
    assert set(a["items"]) != set(b["items"])


def test_a_refusal_before_the_reading_ends_the_command_and_its_early_worker(tmp_path):
    bad_rules = tmp_path / "bad.yaml"
    bad_rules.write_text("id: [unclosed\n", encoding="utf-8")
    started = time.monotonic()
    result = _tdkt("check", DOCX, "--out", tmp_path / "out", "--rules", bad_rules)
    assert result.returncode == 2
    assert "YAML" in result.stderr
    assert time.monotonic() - started < 60  # the early worker did not keep the command waiting
    assert not (tmp_path / "out" / "reports.json").exists()


_WRITE = r"""
import datetime as dt, json, sys
from pathlib import Path
from tdkt.pipeline.output.outputs import parse_formats, write_outputs
from tdkt.pipeline.record import ReportRecord
from tdkt.rules.loader import load_roster, load_ruleset
records_file, out, warm = sys.argv[2], Path(sys.argv[3]), sys.argv[4] == "warm"
if warm:  # what `tdkt check` runs while the worker reads
    from tdkt.cli_check import prepare_writers
    prepare_writers(parse_formats(None))
records = [ReportRecord.from_dict(d) for d in json.loads(Path(records_file).read_text(encoding="utf-8"))]
write_outputs(records, load_ruleset(), load_roster(), out,
              run_info={"run_time": dt.datetime(2026, 12, 7, 19, 0), "rules_file": "tay-son-2023-h1.yaml"})
"""


def _cells(path: Path) -> dict:
    from openpyxl import load_workbook

    book = load_workbook(path)
    seen = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                seen[(sheet.title, c.coordinate)] = (
                    c.value, c.comment.text if c.comment else None, c.number_format, repr(c.font), repr(c.fill),
                    repr(c.alignment), repr(c.border))
        seen[(sheet.title, "heights")] = {k: v.height for k, v in sheet.row_dimensions.items()}
        seen[(sheet.title, "widths")] = {k: v.width for k, v in sheet.column_dimensions.items()}
    return seen


def test_writers_prepared_while_the_worker_reads_write_the_same_workbook(tmp_path):
    """prepare_writers loads the row-height font and the overview's modules ahead: the workbook
    (every cell's value, comment and style, row heights, column widths) and CSV must not change."""
    checked = _tdkt("check", DOCX, OTHER, "--out", tmp_path / "run", "--format", "json")
    assert checked.returncode == 0, checked.stderr
    outs = {}
    for mode in ("cold", "warm"):
        outs[mode] = tmp_path / mode
        done = subprocess.run([sys.executable, "-c", _BOOT.replace("from tdkt.cli import main\nsys.exit(main())\n", "")
                               + "sys.argv.insert(1, '')\n" + _WRITE, str(ROOT), str(tmp_path / "run" / "reports.json"),
                               str(outs[mode]), mode], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    assert (outs["cold"] / "tong-hop.csv").read_bytes() == (outs["warm"] / "tong-hop.csv").read_bytes()
    cold, warm = _cells(outs["cold"] / "compliance.xlsx"), _cells(outs["warm"] / "compliance.xlsx")
    assert len(cold) > 100
    assert any(isinstance(h, float) and h > 15 for k, v in cold.items() if k[1] == "heights" for h in v.values())
    assert cold == warm
