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


def table_docx(tmp_path, items, name="bc.docx") -> Document:
    """A DOCX of paragraphs (str) and tables ((rows, header_rows)) written with python-docx and read
    back by tdkt's reader; equal neighbouring cells of a header row are merged into one group
    heading over its sub-columns, as Word writes them."""
    import docx

    from tdkt.extractors import extract

    d = docx.Document()
    for item in items:
        if isinstance(item, str):
            d.add_paragraph(item)
            continue
        rows, header_rows = item
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        for r in range(header_rows):
            c = 0
            while c < len(rows[r]):
                end = c
                while end + 1 < len(rows[r]) and rows[r][end + 1] == rows[r][c] and rows[r][c]:
                    end += 1
                if end > c:
                    table.cell(r, c).merge(table.cell(r, end)).text = rows[r][c]
                c = end + 1
    path = tmp_path / name
    d.save(path)
    return extract(path)
