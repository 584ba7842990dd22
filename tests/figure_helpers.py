"""Shared by the figures tests: the figures rules alone as a Ruleset, and small Documents.

Loading only tay-son-2023-h1.figures.yaml keeps these tests independent of the items rules.
"""

from pathlib import Path

import yaml

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.figures import extract_figures
from tdkt.rules.loader import Ruleset

FIGURES_YAML = Path(__file__).resolve().parents[1] / "rules" / "tay-son-2023-h1.figures.yaml"


def figures_ruleset(tag: str) -> Ruleset:
    raw = yaml.safe_load(FIGURES_YAML.read_text(encoding="utf-8"))
    return Ruleset(id="t", title="t", path=FIGURES_YAML, raw={"id": "t", "items": [], **raw},
                   fingerprint=f"figures-{tag}-test")


def doc(*items) -> Document:
    """Paragraphs from strings, table blocks from lists of rows."""
    blocks = []
    for i, item in enumerate(items, start=1):
        if isinstance(item, list):
            blocks.append(Block(kind="table", text="", rows=item, where=Where(page=i, table=1)))
        else:
            blocks.append(Block(kind="paragraph", text=item, where=Where(paragraph=i)))
    return Document(blocks=blocks)


def values(rules, *items) -> dict:
    return extract_figures(doc(*items), rules).values
