"""Shared by the item-check tests: a synthetic Document from lines, judged by check_items.

A line is a string (a paragraph) or (text, {block fields}) for headings, bold lines and the like.
"""

import functools

from tdkt.pipeline.check import check_items
from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.segment import segment
from tdkt.rules.loader import load_ruleset


def item_doc(*lines) -> Document:
    blocks = []
    for i, line in enumerate(lines, start=1):
        text, extra = (line, {}) if isinstance(line, str) else (line[0], dict(line[1]))
        blocks.append(Block(kind=extra.pop("kind", "paragraph"), text=text, where=Where(paragraph=i), **extra))
    return Document(blocks=blocks, format="docx")


def judge(rules, *lines, figures=None) -> dict:
    return check_items(segment(item_doc(*lines), rules), rules, figures)


@functools.lru_cache(maxsize=1)
def default_rules():
    return load_ruleset()


def judge_default(*lines, figures=None) -> dict:
    """Judged against the packaged directive's rules."""
    return judge(default_rules(), *lines, figures=figures)
