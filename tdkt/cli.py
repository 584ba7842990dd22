"""The `tdkt` command. Each sub-command lives in its own module and registers itself; heavy
libraries (Prefect, pandas, underthesea) are imported only when a sub-command runs, so
`tdkt check` on one file starts fast."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

# Modules that add sub-commands: each has `register(subparsers)`.
COMMAND_MODULES = ("tdkt.cli_check", "tdkt.cli_flows", "tdkt.cli_eval")


def files_under(paths: list[str]) -> list[Path]:
    """Report files under the given paths (folders searched recursively), sorted."""
    from tdkt.extractors import EXTENSIONS

    found: list[Path] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in EXTENSIONS
                                and not f.name.startswith((".", "~$"))))
        elif p.is_file():
            found.append(p)
        else:
            raise FileNotFoundError(given)
    return found


def load_rules(args):
    """(ruleset, roster) from --rules / --roster, or None after a Vietnamese message on stderr."""
    from tdkt.rules.loader import RulesError, load_roster, load_ruleset

    try:
        return load_ruleset(args.rules), load_roster(args.roster)
    except RulesError as exc:
        print(f"Lỗi cấu hình: {exc}", file=sys.stderr)
        return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tdkt", description="Kiểm tra báo cáo sơ kết thi đua, khen thưởng.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a command module not written yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
