"""What an office document says, independent of DOCX: the header fields and the body blocks.

pipeline/documents/letters.py and pipeline/documents/summary_report.py build these from records (pure);
pipeline/documents/docx_writer.py writes them into a template. Blocks carry a logical style
("body", "h1", ...) that the writer maps to the template's "TDKT ..." styles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BLANK = "……"  # a field the office fills by hand: visible, never invented
BLANK_NAME = "……………"
BLANK_DATE_LINE = "ngày {b} tháng {b} năm 20{b}".format(b=BLANK)


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Para:
    runs: list[Run]
    style: str = "body"  # body | bullet | h1 | h2 | h3 | quote | note | annex | annex_title | annex_sub

    @classmethod
    def of(cls, text: str, style: str = "body", bold: bool = False, italic: bool = False) -> "Para":
        return cls([Run(text, bold, italic)], style)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    widths_cm: list[float] | None = None
    group_rows: set[int] = field(default_factory=set)  # rows shown as one merged bold line (a cluster)
    total_rows: set[int] = field(default_factory=set)  # bold rows (subtotals, totals)
    numeric_cols: set[int] = field(default_factory=set)  # right-aligned columns


@dataclass
class OfficialDocument:
    template: str  # "cong-van" | "bao-cao"
    file_name: str
    fields: dict[str, str | list[str]]  # placeholders of the template; a list fills one paragraph each
    body: list[Para | Table] = field(default_factory=list)
    annex: list[Para | Table] = field(default_factory=list)
    annex_landscape: bool = False

    def all_text(self) -> str:
        """Every word of the document (fields, body, annex), for tests and previews."""
        parts: list[str] = []
        for value in self.fields.values():
            parts.extend(value if isinstance(value, list) else [value])
        for block in [*self.body, *self.annex]:
            if isinstance(block, Para):
                parts.append(block.text)
            else:
                parts.extend(block.header)
                for row in block.rows:
                    parts.extend(row)
        return "\n".join(parts)
