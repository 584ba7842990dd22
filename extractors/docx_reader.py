"""DOCX reader (python-docx). Spine version: body paragraphs and tables in document order."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.limits import Limits
from tdkt.pipeline.document import Block, Document, Where


def read_docx(path: Path, limits: Limits) -> Document:
    import docx  # lazy: 80 ms of import

    try:
        d = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractionError("corrupt", type(exc).__name__) from exc
    blocks: list[Block] = []
    para_no = 0
    table_no = 0
    for item in d.iter_inner_content():
        if hasattr(item, "rows"):
            table_no += 1
            rows = [[cell.text for cell in row.cells] for row in item.rows]
            blocks.append(Block(kind="table", text="", rows=rows, where=Where(table=table_no)))
        else:
            para_no += 1
            blocks.append(Block(kind="paragraph", text=item.text, where=Where(paragraph=para_no),
                                style=item.style.name if item.style is not None else None))
    return Document(blocks=blocks, format="docx")
