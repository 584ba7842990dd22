"""argparse's own messages in Vietnamese: usage, errors, the help's headings.

argparse looks every message up through `gettext` (the module-level `_` in argparse); tdkt has no
message catalogue, so `vietnamese` is installed in its place for the `tdkt` process and
`VietnameseParser` prints errors as "tdkt: lỗi: ..." with exit code 2, like argparse. Messages
not listed stay English. What the commands say is their own modules' business.
"""

from __future__ import annotations

import argparse
import gettext
import sys

MESSAGES = {
    "usage: ": "Cách dùng: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
    "invalid choice: %(value)r (choose from %s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong: %s)",
    "unrecognized arguments: %s": "tham số không hiểu được: %s",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in phiên bản của chương trình rồi thoát",
    "positional arguments": "tham số theo vị trí",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn chưa rõ: %(option)s có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng với tham số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "one of the arguments %s is required": "cần một trong các tham số %s",
}


def vietnamese(message: str) -> str:
    return MESSAGES.get(message, gettext.gettext(message))


def install() -> None:
    """Make argparse speak Vietnamese in this process (tdkt's own command line)."""
    argparse._ = vietnamese  # argparse calls its module-level `_` when a message is shown


class VietnameseParser(argparse.ArgumentParser):
    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, vietnamese("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})
