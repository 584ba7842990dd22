"""A roster whose bytes passed the schema once is read again without pydantic, to the same units."""

import os
import subprocess
import sys
from pathlib import Path

from tdkt.rules import loader

ROOT = Path(__file__).resolve().parents[1]


def test_fast_path_reads_the_same_units_as_the_schema():
    for path in (ROOT / "rules/roster-tay-son.csv", ROOT / "samples/directive-3/roster.csv"):
        text = path.read_bytes().decode("utf-8-sig")
        assert loader._roster_units(text) == loader._checked_roster(text, path, "x").units


def test_second_process_does_not_import_the_schema(tmp_path):
    env = {**os.environ, "TDKT_CACHE_DIR": str(tmp_path / "cache")}
    probe = ("import sys; from tdkt.rules.loader import load_roster; r = load_roster(); "
             "print(len(r.units), 'pydantic' in sys.modules)")
    first = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["50", "True"]  # validated, then marked
    assert second.stdout.split() == ["50", "False"]


def test_a_changed_roster_is_checked_again(tmp_path):
    env = {**os.environ, "TDKT_CACHE_DIR": str(tmp_path / "cache")}
    bad = tmp_path / "ds.csv"
    bad.write_text("id,name,type,cluster,aliases\nx,UBND xã X,commune,,\ny,UBND xã Y,khong-ro,,\n", "utf-8")
    run = subprocess.run([sys.executable, "-c", f"from tdkt.rules.loader import load_roster; load_roster({str(bad)!r})"],
                         env=env, capture_output=True, text=True)
    assert run.returncode != 0 and "dòng 3" in run.stderr
