"""The compiled-regex cache (pipeline/regex_cache.py) across real processes: a second process
compiles nothing it compiled before, matches exactly as re.compile does, judges a sample report
to the same record, and shrugs off a damaged cache file by rebuilding it."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "inbox" / "01-xa-tay-vinh.docx"

PATTERNS = [
    r"(?<!\S)(?:thi đua(?: \S+){0,4} khen thưởng)(?!\S)",
    r"(?P<place>[a-z][a-z .]{0,40}?)\s*,\s*(?:ngay\s*)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})",
    r"^\s*(?:[-+*•]\s*)?(?:khen thuong 6 thang)(?:\s+\d{4})?\s*:",
]
TEXTS = ["công tác thi đua và khen thưởng năm 2023", "tay vinh, 15/6/2023", "- khen thuong 6 thang 2023: 4",
         "không có gì"]

_CHILD = r"""
import json, re, sys
from tdkt.pipeline import regex_cache
regex_cache.use("f" * 64)
patterns, texts = json.loads(sys.argv[1]), json.loads(sys.argv[2])
loaded = regex_cache.read_count()
out = []
for p in patterns:
    rx, ref = regex_cache.compile(p), re.compile(p)
    for t in texts:
        a, b = rx.search(t), ref.search(t)
        out.append([a.span() if a else None, b.span() if b else None,
                    a.groupdict() if a else None, b.groupdict() if b else None])
    out.append([rx.groupindex == ref.groupindex, rx.flags == ref.flags, rx.pattern == ref.pattern])
regex_cache.flush()
print(json.dumps({"loaded": loaded, "results": out}))
"""


def _child(cache: Path) -> dict:
    env = {**os.environ, "TDKT_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(PATTERNS), json.dumps(TEXTS)],
                            capture_output=True, text=True, env=env, check=True)
    return json.loads(result.stdout)


def _same_as_re(results: list) -> None:
    for row in results:
        if len(row) == 4:
            assert row[0] == row[1] and row[2] == row[3]
        else:
            assert row == [True, True, True]


def test_second_process_uses_the_cached_code_and_matches_like_re(tmp_path):
    first = _child(tmp_path)
    assert first["loaded"] == 0
    _same_as_re(first["results"])
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and files[0].stat().st_size > 0
    second = _child(tmp_path)
    assert second["loaded"] == len(PATTERNS)  # nothing parsed again
    _same_as_re(second["results"])
    assert second["results"] == first["results"]


def test_a_damaged_cache_file_is_rebuilt_silently(tmp_path):
    _child(tmp_path)
    (path,) = tmp_path.iterdir()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: the checksum no longer holds
    path.write_bytes(bytes(data))
    again = _child(tmp_path)
    assert again["loaded"] == 0  # refused, compiled afresh
    _same_as_re(again["results"])
    assert _child(tmp_path)["loaded"] == len(PATTERNS)  # and written back whole
    path.write_bytes(b"not a cache at all")
    assert _child(tmp_path)["loaded"] == 0


_JUDGE = r"""
import json, sys
from tdkt.pipeline import regex_cache
from tdkt.pipeline.process import process_file
from tdkt.rules.loader import load_roster, load_ruleset
ruleset, roster = load_ruleset(), load_roster()
loaded = regex_cache.read_count()
record = process_file(sys.argv[1], ruleset, roster).to_dict()
print(json.dumps({"loaded": loaded, "record": record}, ensure_ascii=False))
"""


def test_a_report_judged_from_the_cache_gets_the_same_record(tmp_path):
    env = {**os.environ, "TDKT_CACHE_DIR": str(tmp_path)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", _JUDGE, str(SAMPLE)], capture_output=True, text=True,
                                      env=env, check=True).stdout) for _ in range(2)]
    assert runs[0]["loaded"] == 0 and runs[1]["loaded"] > 100  # the rules' patterns came from the file
    assert runs[0]["record"] == runs[1]["record"]
    assert runs[1]["record"]["items"]["L1"]["status"] == "present"
