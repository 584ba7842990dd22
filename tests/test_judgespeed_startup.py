"""One-file `tdkt check` start-up: the writers' imports overlap the reading, and the command line
does not pay for modules only other commands use.

- WorkerPool.map runs `meanwhile` once, in the parent, after the worker has been forked and
  given its file (real fork, real worker process).
- check_files hands `meanwhile` to the pool and still returns the file's record (a real DOCX).
- prepare_writers imports XlsxWriter only for the formats that need it, pandas for none (the
  tables are plain rows; fresh interpreters, so nothing imported by this test process counts).
- Building the command line does not import pipeline/documents/letters.py (its OUT_FOLDER is
  repeated in tdkt/cli_documents.py, and must stay the same).
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

from tdkt.extractors import Limits
from tdkt.workers import WorkerPool

ROOT = Path(__file__).resolve().parents[1]


def _pid_of_worker() -> int:
    return os.getpid()


def test_meanwhile_runs_once_in_the_parent_after_the_fork():
    seen: list[tuple[int, int]] = []

    def meanwhile():
        seen.append((os.getpid(), len(multiprocessing.active_children())))

    pool = WorkerPool(1, context="fork", preload=())
    try:
        results = list(pool.map(_pid_of_worker, [(), (), ()], Limits(), meanwhile=meanwhile))
    finally:
        pool.kill()
    assert len(seen) == 1
    parent_pid, children = seen[0]
    assert parent_pid == os.getpid()
    assert children >= 1  # the reading worker already exists while the parent imports
    worker_pids = {outcome.value for _, outcome in results}
    assert [outcome.kind for _, outcome in results] == ["ok"] * 3
    assert os.getpid() not in worker_pids


def test_check_files_reads_while_meanwhile_runs(tmp_path):
    from tdkt.cli_check import check_files
    from tdkt.rules.loader import load_roster, load_ruleset

    sample = ROOT / "samples" / "inbox" / "01-xa-tay-vinh.docx"
    calls = []
    records = check_files([sample], load_ruleset(), load_roster(), workers=1,
                          meanwhile=lambda: calls.append(os.getpid()))
    assert calls == [os.getpid()]
    assert len(records) == 1 and records[0].error is None
    assert records[0].unit.roster_id == "xa-tay-vinh"
    assert any(r.status == "present" for r in records[0].items.values())


def _imported_after(formats: tuple[str, ...]) -> dict[str, bool]:
    code = ("import sys; from tdkt.cli_check import prepare_writers; "
            f"prepare_writers({formats!r}); "
            "print(*[m in sys.modules for m in ('pandas', 'xlsxwriter', 'tdkt.pipeline.output.workbook')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return dict(zip(("pandas", "xlsxwriter", "workbook"), [w == "True" for w in out.stdout.split()]))


def test_prepare_writers_imports_what_the_formats_need():
    assert _imported_after(("json",)) == {"pandas": False, "xlsxwriter": False, "workbook": False}
    assert _imported_after(("csv",)) == {"pandas": False, "xlsxwriter": False, "workbook": False}
    assert _imported_after(("xlsx", "json")) == {"pandas": False, "xlsxwriter": True, "workbook": True}


def test_command_line_does_not_import_the_letters():
    from tdkt import cli_documents
    from tdkt.pipeline.documents import letters

    assert cli_documents.OUT_FOLDER == letters.OUT_FOLDER
    code = ("import sys, tdkt.cli; tdkt.cli.build_parser(); "
            "print('tdkt.pipeline.documents.letters' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "False"]
