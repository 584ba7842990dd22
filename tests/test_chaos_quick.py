"""bench/chaos.py --quick in CI: every hostile case ends without a traceback, within its
timeout, with nothing leaked into the outputs; the cases this project promises exit codes for
(read-only and full output folder, damaged store, two runs on one folder) behave so."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


def test_chaos_quick_table():
    import chaos

    rows = chaos.main(["--quick"])
    by = {(r.case, r.command): r for r in rows}
    assert len(rows) >= 15
    for r in rows:
        assert r.code != "timeout", r
        assert not r.said.startswith("TRACEBACK"), r
        assert r.leaked == "yes", r
    for key in [("read_only_out", "check"), ("read_only_out", "run"), ("full_disk", "check"), ("full_disk", "run")]:
        if key in by:  # needs a private mount namespace
            assert by[key].code == 1 and by[key].intact in ("yes", "-") and "Không ghi được" in by[key].said, by[key]
    store = by[("corrupted_store", "run")]
    assert store.code == 0 and store.rows == 2 and "bị hỏng" in store.said
    runs = [r for r in rows if r.case == "two_runs_one_out"]
    assert [r.code for r in runs] == [0, 0]
    judged = [int(re.search(r"(\d+) tệp mới kiểm tra", r.said).group(1)) for r in runs]
    assert sum(judged) == 6, runs  # each file judged once between the two runs
