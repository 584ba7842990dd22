"""The `tdkt` command. Each sub-command lives in its own module and registers itself; heavy
libraries (Prefect, pandas, underthesea) are imported only when a sub-command runs, so
`tdkt check` on one file starts fast."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

# Modules that add sub-commands: each has `register(subparsers)`.
COMMAND_MODULES = ("tdkt.cli_check", "tdkt.cli_flows", "tdkt.cli_eval", "tdkt.cli_documents",
                   "tdkt.cli_review", "tdkt.cli_rules")
# Which module registers each command: a command line naming one imports only that module (the
# others cost a one-file `tdkt check` ≈ 6-10 ms); anything else (--help, a typo) registers them all.
# tests/test_speed10c_cli_commands.py keeps this table equal to what the modules register.
COMMAND_OF = {"check": "tdkt.cli_check", "run": "tdkt.cli_flows", "watch": "tdkt.cli_flows",
              "serve": "tdkt.cli_flows", "eval": "tdkt.cli_eval", "letters": "tdkt.cli_documents",
              "draft-report": "tdkt.cli_documents", "override": "tdkt.cli_review", "overrides": "tdkt.cli_review",
              "review": "tdkt.cli_review", "rules": "tdkt.cli_rules"}


def files_under(paths: list[str], skipped: list | None = None) -> list[Path]:
    """Every inbox entry under the given paths (folders searched recursively, symlinks listed but
    never followed), sorted. Nothing is left out for its extension: every file gets a row. Lock
    and system files (~$x.docx, .~lock.x#, Thumbs.db, hidden files) are appended to `skipped`."""
    from tdkt.extractors.inbox_entries import walk

    found: list[Path] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():  # a folder named on the command line is the user's choice, symlinked or not
            found.extend(e.path for e in walk(p, skipped))
        elif os.path.lexists(p):
            found.append(p)
        else:
            raise FileNotFoundError(given)
    return found


def check_entry(path: Path, ruleset, roster, limits=None):
    """`tdkt check`'s record for one entry: refused unopened when it is a symlink or special file,
    refused unhashed when over the size limit, else fingerprinted safely and judged. The file is
    shown by a readable name (bytes that are not UTF-8 as \\xNN)."""
    from tdkt.extractors import ExtractionError, Limits
    from tdkt.extractors.inbox_entries import entry, refusal, sha256_regular, shown_name
    from tdkt.pipeline.process import process_file
    from tdkt.pipeline.record import ReportRecord, os_reason

    limits = limits or Limits()
    shown = shown_name(path)
    try:
        found = entry(path)
        problem = refusal(found)
        if problem is None:
            digest = sha256_regular(path, limits.max_bytes)
    except ExtractionError as exc:
        problem = exc
    except OSError as exc:
        problem = getattr(exc, "error", None)  # RefusedEntry: swapped after the lstat
        if problem is None:
            return ReportRecord(file=shown, sha256="", error=f"Không đọc được tệp: {os_reason(exc)}",
                                error_code="unreadable", rules=ruleset.id)
    if problem is not None:
        return ReportRecord(file=shown, sha256="", error=problem.message, error_code=problem.code, rules=ruleset.id)
    return process_file(path, ruleset, roster, limits, display_path=shown, sha256=digest)


def load_rules(args):
    """(ruleset, roster) from --rules / --roster, or None after a Vietnamese message on stderr."""
    from tdkt.rules.loader import RulesError, load_roster, load_ruleset

    try:
        return load_ruleset(args.rules), load_roster(args.roster)
    except RulesError as exc:
        print(f"Lỗi cấu hình: {exc}", file=sys.stderr)
        return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; given the arguments, only the module of the command they name."""
    from tdkt import __version__
    from tdkt.cli_messages import VietnameseParser, install

    install()  # argparse's own words (usage, errors, help headings) in Vietnamese
    parser = VietnameseParser(prog="tdkt", description="Kiểm tra báo cáo sơ kết thi đua, khen thưởng.")
    parser.add_argument("--version", action="version", version=f"tdkt {__version__}",
                        help="in phiên bản của chương trình rồi thoát")
    parser.add_argument("--debug", action="store_true", help="khi gặp lỗi, in chi tiết kỹ thuật (traceback)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH", parser_class=VietnameseParser)
    named = next((a for a in argv or () if not a.startswith("-")), None)
    for name in (COMMAND_OF[named],) if named in COMMAND_OF else COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a command module not written yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--debug" in argv:  # accepted anywhere on the line; tdkt/cli_errors.py reads it
        argv.remove("--debug")
        os.environ["TDKT_DEBUG"] = "1"
    args = build_parser(argv).parse_args(argv)
    from tdkt.cli_errors import run_guarded

    return run_guarded(args.func, args)


if __name__ == "__main__":
    sys.exit(main())
