"""Hostile inboxes and broken surroundings: what `tdkt check` and `tdkt run` do with each.

    .venv/bin/python bench/chaos.py [--quick] [--keep] [--only CASE,CASE]

Each case is built in its own temporary folder (inbox/, out/, a secret file beside them), then
`check` and `run` are run over it as subprocesses (.venv/bin/tdkt, with a timeout), and a table
is printed: case, command, exit code, rows in reports.json, outputs intact, nothing leaked,
seconds, and the first line the command wrote to stderr.

- outputs intact: when the case had outputs before the command — a failed command left them
  byte for byte, a successful one left a readable reports.json with no fewer rows; "-" when
  there were none before.
- nothing leaked: the secret's content appears in no file under out/, and out/ holds no
  symlink and no copy larger than the size limit.
- a Python traceback on stderr is reported in the last column ("TRACEBACK").

`--quick` (run from tests/test_chaos_quick.py) skips the cases that start Prefect's server or
need minutes; the full table is in docs/operations.md. The bench only reports: it fixes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from flow import make_report  # noqa: E402

SECRET = "TDKT-CHAOS-SECRET-7f3a9c"
TIMEOUT = 300


def tdkt_command() -> list[str]:
    exe = Path(sys.executable).parent / "tdkt"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tdkt"]


def clean_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_") and k != "TDKT_DEBUG"}
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    return env


@dataclass
class Row:
    case: str
    command: str
    code: int | str
    rows: int | str
    intact: str
    leaked: str
    seconds: float
    said: str


class Case:
    """A folder with inbox/, out/ and a secret; `argv(command)` says how to run over it."""

    def __init__(self, root: Path, name: str):
        self.name = name
        self.dir = root / name
        self.inbox = self.dir / "inbox"
        self.out = self.dir / "out"
        self.inbox.mkdir(parents=True)
        self.secret = self.dir / "bi-mat.txt"
        self.secret.write_text(f"mật khẩu: {SECRET}\n", encoding="utf-8")
        self.config = ""  # [run] lines for `tdkt run`
        self.wrap: list[str] = []  # a prefix (unshare ...) for commands
        self.inbox_arg: Path = self.inbox
        self.out_arg: Path = self.out

    def report(self, name: str | bytes, i: int = 0) -> Path:
        path = Path(os.fsdecode(os.path.join(os.fsencode(self.inbox), os.fsencode(name))))
        make_report(path, i)
        old = time.time() - 600
        os.utime(path, (old, old))
        return path

    def argv(self, command: str) -> list[str]:
        argv = tdkt_command() + [command, str(self.inbox_arg), "--out", str(self.out_arg)]
        if command == "run" and self.config:
            conf = self.dir / "tdkt.toml"
            conf.write_text(self.config, encoding="utf-8")
            argv += ["--config", str(conf)]
        return self.wrap + argv


def outputs_digest(out: Path) -> dict[str, str]:
    found = {}
    for name in ("reports.json", "compliance.xlsx", "tong-hop.csv"):
        p = out / name
        if p.is_file():
            found[name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return found


def rows_in(out: Path) -> int | str:
    try:
        return len(json.loads((out / "reports.json").read_text("utf-8")))
    except FileNotFoundError:
        return "-"
    except (OSError, ValueError):
        return "unreadable"


def leak_check(out: Path, max_bytes: int = 50 * 1024 * 1024) -> str:
    if not out.is_dir():
        return "yes"
    needle = SECRET.encode()
    for dirpath, dirnames, filenames in os.walk(out):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            if p.is_symlink():
                return f"NO (symlink {name!r})"
        for name in filenames:
            p = Path(dirpath) / name
            try:
                if p.stat().st_size > max_bytes:
                    return f"NO ({name!r} {p.stat().st_size // 2**20} MB)"
                if p.stat().st_size < 50 * 2**20 and needle in p.read_bytes():
                    return f"NO (secret in {name!r})"
            except OSError:
                continue
    return "yes"


def first_line(stderr: str) -> str:
    if "Traceback (most recent call last)" in stderr:
        last = [line for line in stderr.strip().splitlines() if line.strip()][-1]
        return f"TRACEBACK: {last[:90]}"
    lines = [line for line in stderr.splitlines() if line.strip() and "Đang chờ" not in line]
    return (lines[0][:110] + ("…" if len(lines[0]) > 110 else "")) if lines else ""


def run_one(case: Case, command: str, env: dict) -> Row:
    before = outputs_digest(case.out)
    before_rows = rows_in(case.out)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(case.argv(command), env=env, capture_output=True, text=True, timeout=TIMEOUT,
                              cwd=case.dir)
        code, stderr, stdout = proc.returncode, proc.stderr, proc.stdout
    except subprocess.TimeoutExpired as exc:
        code, stdout = "timeout", ""
        stderr = (exc.stderr or b"").decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
    elapsed = time.perf_counter() - t0
    after = outputs_digest(case.out)
    rows = rows_in(case.out)
    if not before:
        intact = "-"
    elif code != 0:
        intact = "yes" if after == before else "NO (changed)"
    else:
        intact = "yes" if isinstance(rows, int) and isinstance(before_rows, int) and rows >= before_rows \
            else f"NO ({before_rows}→{rows} rows)"
    said = first_line(stderr) or (stdout.strip().splitlines() or [""])[0][:110]
    return Row(case.name, command, code, rows, intact, leak_check(case.out), round(elapsed, 1), said)


# -- the cases ---------------------------------------------------------------------------------
def prime(case: Case, env: dict) -> None:
    """A first successful run, so the case has outputs and a store to lose."""
    subprocess.run(case.argv("run"), env=env, capture_output=True, timeout=TIMEOUT, cwd=case.dir)


def build_cases(root: Path, quick: bool, env: dict, only: set[str]):
    """(name, builder) pairs; a builder makes the case and returns the commands to run (or rows)."""

    def symlink_to_secret(c: Case):
        c.report("bc-1.docx")
        os.symlink(c.secret, c.inbox / "bao-cao.pdf")
        os.symlink("/proc/self/environ", c.inbox / "moi-truong.docx")
        return ["check", "run"]

    def fifo(c: Case):
        c.report("bc-1.docx")
        os.mkfifo(c.inbox / "treo.docx")
        return ["check", "run"]

    def non_utf8_name(c: Case):
        c.report("bc-1.docx")
        c.report(b"bc-\xff\xfe-don-vi.docx", 1)
        return ["check", "run"]

    def long_nfd_name_corrupt(c: Case):
        c.report("bc-1.docx")
        stem = unicodedata.normalize("NFD", "báo cáo sơ kết thi đua khen thưởng xã Tây Vinh ")
        name = stem
        while len((name + stem).encode()) < 245:
            name += stem
        name = name.encode()[:245].decode("utf-8", "ignore") + ".pdf"
        (c.inbox / name).write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
        os.utime(c.inbox / name, (time.time() - 600,) * 2)
        return ["check", "run"]

    def empty_inbox_known_store(c: Case):
        c.report("bc-1.docx")
        c.report("bc-2.docx", 2)
        prime(c, env)
        for p in c.inbox.iterdir():
            p.unlink()
        return ["check", "run"]

    def missing_inbox_known_store(c: Case):
        c.report("bc-1.docx")
        prime(c, env)
        shutil.rmtree(c.inbox)
        return ["check", "run"]

    def out_equals_inbox(c: Case):
        c.report("bc-1.docx")
        c.out_arg = c.inbox
        c.out = c.inbox
        return ["check", "run"]

    def future_mtime(c: Case):
        c.report("bc-1.docx")
        p = c.report("bc-tuong-lai.docx", 3)
        future = time.time() + 86400 * 30
        os.utime(p, (future, future))
        c.config = "[run]\nsettle_max_wait_seconds = 10\n"
        return ["check", "run"]

    def corrupted_store(c: Case):
        c.report("bc-1.docx")
        c.report("bc-2.docx", 2)
        prime(c, env)
        store = c.out / ".tdkt" / "tdkt-state.sqlite"
        for side in ("-wal", "-shm"):
            Path(str(store) + side).unlink(missing_ok=True)
        data = store.read_bytes()
        store.write_bytes(data[: len(data) // 2])
        return ["run"]

    def corrupted_prefect_db(c: Case):
        c.report("bc-1.docx")
        home = c.out / ".tdkt" / "prefect"
        home.mkdir(parents=True)
        (home / "prefect.db").write_bytes(b"SQLite format 3\x00" + os.urandom(64 * 1024))
        c.config = "[run]\nprefect_min_files = 0\n"  # through Prefect's embedded server
        return ["run"]

    def read_only_out(c: Case):
        c.report("bc-1.docx")
        prime(c, env)
        c.report("bc-moi.docx", 5)
        out = str(c.out)
        c.wrap = ["unshare", "-m", "sh", "-c",
                  f"mount --bind '{out}' '{out}' && mount -o remount,ro,bind '{out}' && exec \"$0\" \"$@\""]
        return ["check", "run"]

    def full_disk(c: Case):
        c.report("bc-1.docx")
        c.out.mkdir()
        out = str(c.out)
        c.wrap = ["unshare", "-m", "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs '{out}' && exec \"$0\" \"$@\""]
        return ["check", "run"]

    def oversize_sparse(c: Case):
        c.report("bc-1.docx")
        big = c.inbox / "bao-cao-lon.pdf"
        with open(big, "wb") as fh:
            fh.write(b"%PDF-1.7\n")
            fh.truncate((200 if quick else 4096) * 2**20)
        os.utime(big, (time.time() - 600,) * 2)
        return ["check", "run"]

    def two_runs_one_out(c: Case):
        for i in range(6):
            c.report(f"bc-{i}.docx", i)
        return "concurrent"

    cases = [symlink_to_secret, fifo, non_utf8_name, long_nfd_name_corrupt, empty_inbox_known_store,
             missing_inbox_known_store, out_equals_inbox, future_mtime, corrupted_store, corrupted_prefect_db,
             read_only_out, full_disk, oversize_sparse, two_runs_one_out]
    slow = {"corrupted_prefect_db"}
    can_mount = shutil.which("unshare") and subprocess.run(
        ["unshare", "-m", "true"], capture_output=True).returncode == 0
    for fn in cases:
        if only and fn.__name__ not in only:
            continue
        if quick and fn.__name__ in slow:
            continue
        if fn.__name__ in ("read_only_out", "full_disk") and not can_mount:
            continue
        yield fn.__name__, fn


def concurrent_rows(c: Case, env: dict) -> list[Row]:
    """Two `tdkt run` on one --out at once: how many files did they judge between them?"""
    t0 = time.perf_counter()
    procs = [subprocess.Popen(c.argv("run"), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=c.dir) for _ in range(2)]
    rows = []
    for i, p in enumerate(procs):
        try:
            stdout, stderr = p.communicate(timeout=TIMEOUT)
            code = p.returncode
        except subprocess.TimeoutExpired:
            p.kill()
            stdout, stderr = p.communicate()
            code = "timeout"
        said = first_line(stderr) or (stdout.strip().splitlines() or [""])[0][:110]
        rows.append(Row(c.name, f"run #{i + 1}", code, rows_in(c.out), "-", leak_check(c.out),
                        round(time.perf_counter() - t0, 1), said))
    return rows


def print_table(rows: list[Row]) -> None:
    head = "| case | command | exit | rows | outputs intact | nothing leaked | s | said (stderr, else stdout) |"
    print(head)
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        said = r.said.replace("|", "\\|")
        print(f"| {r.case} | {r.command} | {r.code} | {r.rows} | {r.intact} | {r.leaked} | {r.seconds} | {said} |")


def main(argv: list[str] | None = None) -> list[Row]:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the cases that start Prefect or take minutes")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--only", default="", help="comma list of case names")
    ap.add_argument("--json", action="store_true", help="also print the rows as JSON")
    args = ap.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="tdkt-chaos-"))
    env = clean_env()
    rows: list[Row] = []
    try:
        for name, build in build_cases(root, args.quick, env, set(filter(None, args.only.split(",")))):
            case = Case(root, name)
            commands = build(case)
            if commands == "concurrent":
                rows += concurrent_rows(case, env)
                continue
            for command in commands:
                rows.append(run_one(case, command, env))
            print(f"  … {name}", file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
        else:
            print(f"kept: {root}", file=sys.stderr)
    print_table(rows)
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False))
    return rows


if __name__ == "__main__":
    main()
