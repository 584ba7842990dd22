"""The Document every extractor returns: blocks in reading order, with provenance and layout cues.

Extractors (one per file format) fill it; normalisation, segmentation and checking read it.
Nothing here knows about file formats or about the directive.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "list_item", "table", "header", "footer", "textbox", "note"]
# "note": a footnote or endnote, after the body; read for the clerk, not judged as body text (judge.py).
# Where a block sits in the page layout, when the extractor can tell. The two-column header of
# a Vietnamese administrative document puts the issuer and number on the left ("header-left")
# and the national motto, place and date on the right ("header-right"); the closing block puts
# recipients left ("closing-left") and the signer right ("closing-right").
Region = Literal["header-left", "header-right", "closing-left", "closing-right", "body"]


@dataclass(frozen=True)
class Where:
    """Provenance of a block: page and line for PDF/OCR, paragraph index for DOCX."""

    page: int | None = None  # 1-based
    line: int | None = None  # 1-based, within the page
    paragraph: int | None = None  # 1-based, body order (DOCX)
    table: int | None = None  # 1-based table number, when the block is in a table
    row: int | None = None
    col: int | None = None
    footnote: int | None = None  # 1-based, in the order of the notes' marks (DOCX)
    endnote: int | None = None

    def label(self) -> str:
        """Vietnamese location shown to the clerk, e.g. "trang 2, dòng 14" or "đoạn 12"."""
        parts: list[str] = []
        if self.page is not None:
            parts.append(f"trang {self.page}")
        if self.table is not None:
            parts.append(f"bảng {self.table}")
            if self.row is not None:
                parts.append(f"hàng {self.row}")
        if self.line is not None:
            parts.append(f"dòng {self.line}")
        if self.paragraph is not None and self.table is None:
            parts.append(f"đoạn {self.paragraph}")
        if self.footnote is not None:
            parts.append(f"chú thích {self.footnote}")
        if self.endnote is not None:
            parts.append(f"chú thích cuối văn bản {self.endnote}")
        return ", ".join(parts) or "không rõ vị trí"


@dataclass
class Block:
    """One unit of text in reading order.

    `text` never contains the auto-number Word renders; that is in `list_label` so that
    segmentation can use it as a heading cue ("II.", "2.", "a)").
    """

    kind: BlockKind
    text: str
    where: Where = field(default_factory=Where)
    style: str | None = None  # style name as the document names it ("Heading 1", "Normal"...)
    heading_level: int | None = None  # from the style or outline level, when styled as heading
    bold: bool | None = None  # True when (nearly) all visible characters are bold
    italic: bool | None = None
    all_caps: bool | None = None  # caps by formatting (w:caps) or by the letters themselves
    font_size: float | None = None  # points, dominant size
    alignment: str | None = None  # "left" | "center" | "right" | "justify"
    indent: float | None = None  # left/first-line indent in points
    list_label: str | None = None  # rendered automatic numbering, e.g. "II." or "a)"
    rows: list[list[str]] | None = None  # table blocks only: rows x cells, cell text
    confidence: float | None = None  # OCR mean word confidence 0-100
    region: Region | None = None
    font_name: str | None = None  # dominant font (after legacy conversion it stays the original)

    @property
    def full_text(self) -> str:
        """Text with the rendered list number in front, as a reader sees it."""
        if self.kind == "table" and self.rows:
            return "\n".join(" | ".join(cell for cell in row) for row in self.rows)
        if self.list_label:
            return f"{self.list_label} {self.text}".strip()
        return self.text


@dataclass
class Document:
    """A report as read from one file, independent of its format."""

    blocks: list[Block] = field(default_factory=list)
    format: str = "unknown"  # docx | pdf | pdf-scanned | doc | odt | rtf | image | unknown
    pages: int | None = None
    # Facts about the reading itself: legacy encodings met, converter used, OCR mean confidence,
    # render resolution... Free-form, for diagnostics and the benchmark.
    meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(b.full_text for b in self.blocks if b.full_text)

    def resolved_tables(self) -> dict:
        """The table stage's reading of this document's table blocks, made once and kept:
        id(table block) -> ResolvedTable, or None for a block read into the table before it
        (a table cut by a page break). See pipeline/table_stage.py."""
        cached = self.__dict__.get("_resolved_tables")  # not a field: never serialised
        if cached is None:
            from tdkt.pipeline.table_stage import resolve_tables

            cached = self.__dict__["_resolved_tables"] = resolve_tables(self)
        return cached

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Document":
        blocks = [Block(**{**b, "where": Where(**b["where"])}) for b in data.get("blocks", [])]
        return cls(
            blocks=blocks,
            format=data.get("format", "unknown"),
            pages=data.get("pages"),
            meta=dict(data.get("meta", {})),
            warnings=list(data.get("warnings", [])),
        )
