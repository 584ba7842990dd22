"""tdkt.cli registers only the module of the command named on the line (COMMAND_OF); the table
must name every command each module registers, and the lazily built parser must read a command
line exactly as the whole one does."""

import argparse
import importlib

import pytest

from tdkt import cli


def _registered_by(module_name: str) -> set[str]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    importlib.import_module(module_name).register(sub)
    return set(sub.choices)


def test_the_table_names_every_command_of_every_module():
    table: dict[str, str] = {}
    for name in cli.COMMAND_MODULES:
        for command in _registered_by(name):
            table[command] = name
    assert table == cli.COMMAND_OF


@pytest.mark.parametrize("argv", [
    ["check", "a.docx", "--out", "kq"],
    ["check", "a.docx", "b.pdf", "--out", "kq", "--format", "json", "--workers", "1"],
    ["run"],
    ["overrides", "--out", "kq"],
    ["rules", "check", "r.yaml"],
])
def test_the_lazy_parser_reads_a_line_as_the_whole_one(argv):
    whole = cli.build_parser().parse_args(argv)
    lazy = cli.build_parser(argv).parse_args(argv)
    assert vars(lazy) == vars(whole)


def test_help_and_unknown_commands_still_list_every_command(capsys):
    for argv in (["--help"], ["chek", "a.docx"]):
        with pytest.raises(SystemExit):
            cli.build_parser(argv).parse_args(argv)
        shown = capsys.readouterr()
        text = shown.out + shown.err
        for command in ("check", "run", "rules", "review", "letters"):
            assert command in text, (argv, command)
