"""A report written as one table answering the directive row by row: each row read as a sentence.

"TT | Nội dung | Kết quả thực hiện | Ghi chú", one row per point of the directive, the result cell
written in terse words ("TTLĐTT: 01; LĐTT: 18; Giấy khen: 01 TT, 03 CN", "Không", "18/23 lượt",
"05/23 lượt (21,7%)"): the cells are statements, not counts under a heading. Each data row is
read as the sentence "<name cell>: <result cell>", in its own clauses as walk.py splits a
paragraph, under the table's heading and its numbered section row ("IV | KHEN THƯỞNG"), so the
sentence readers (prose.py and the passage, zero and ratio readers) give what it states: a
labelled count, a "Không" stated zero, a fraction turned into a ratio. The note column is an
explanation, not a result: it is not read. A table qualifies when a column is headed by results
("Kết quả", "Kết quả thực hiện", "Tình hình thực hiện"), a column before it names the rows, and
most of its filled cells are words, not bare counts (a table of counts under a "Kết quả" column
stays tables.py's).
Leaves to others: what a sentence states (prose.py and the other sentence readers, called by
extract.py), header rows and section rows (pipeline/table_stage.py).
"""

from __future__ import annotations

import re

from tdkt.pipeline.figures.tick_grid import grid_sentences
from tdkt.pipeline.figures.walk import _SPLIT, Sentence
from tdkt.pipeline.numbering import NUMBERING
from tdkt.pipeline.numbers import fold
from tdkt.pipeline.table_stage import NUMBER_HEAD

# A column of results written out: "Kết quả", "Kết quả thực hiện", "Kết quả đạt được",
# "Tình hình thực hiện", "Kết quả triển khai".
_RESULT_HEAD = re.compile(r"^\s*(?:ket\s*qua|tinh\s*hinh\s*thuc\s*hien|tinh\s*hinh\s*ket\s*qua)\b")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _is_prose(cell: str) -> bool:
    """A cell that says something in words ("Đã thực hiện", "Không", "TTLĐTT: 01; LĐTT: 18"),
    not a bare count or a count and its unit ("02", "12 cá nhân")."""
    words = _WORDS.findall(cell)
    digits = sum(ch.isdigit() for ch in cell)
    return len(words) >= 3 or (bool(words) and not digits)


def answer_columns(table) -> tuple[int, int] | None:
    """(name column, result column) of an answer table, or None."""
    labels = [fold(label.lower()) for label in table.labels]
    result = next((c for c, label in enumerate(labels) if _RESULT_HEAD.match(label)
                   and table.columns[c].unit is None), None)
    if result is None:
        return None
    names = [c for c in range(result) if labels[c].strip() and not NUMBER_HEAD.match(labels[c])]
    if not names:
        return None
    cells = [r.cells[result] for r in table.rows if r.kind == "data" and result < len(r.cells)
             and r.cells[result].strip(" -–")]
    if len(cells) < 3 or 2 * sum(_is_prose(c) for c in cells) < len(cells):
        return None
    return names[-1], result


def answer_sentences(table, lead: str, section_re) -> list[Sentence] | None:
    """The sentences an answer table's rows state, in order; None when `table` is no answer table.
    `lead` is the table's own (its heading | its "...:" line); a row reads under the heading and
    its section row, not under the line that introduces the whole table."""
    columns = answer_columns(table)
    if columns is None:
        return grid_sentences(table, lead, section_re)  # "Có | Không | Ghi chú" ticked (tick_grid.py)
    name_col, result_col = columns
    heading = lead.split("|")[0].strip()
    out: list[Sentence] = []
    for row in table.rows:
        if row.kind != "data" or result_col >= len(row.cells):
            continue
        name, result = row.cells[name_col].strip(), row.cells[result_col].strip()
        if not result or not result.strip(" -–."):
            continue
        text = f"{name.rstrip(' :.')}: {result}" if name else result
        row_lead = f"{heading} | {row.section}".lower()
        section = bool(section_re and (section_re.search(row.section.lower()) or section_re.search(heading.lower())))
        where = row.where.label()
        paragraph = text
        before = ""
        for part in _SPLIT.split(text):
            part = NUMBERING.sub("", part).strip()
            if part:
                out.append(Sentence(part, where, row_lead, section, before, paragraph))
                before = part
    return out
