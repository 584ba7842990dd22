"""DOCX reader: a Word document into a `Document` of blocks with provenance and layout cues.

The package is opened with zipfile and its parts parsed with a plain, entity-safe lxml
parser (docx_package); the XML is then walked once. python-docx is not used for reading:
its Document() parses every part into its own element classes (more than the whole reading
costs for a 3-page report) and its paragraph/run API misses most of what matters here
(tracked changes, content controls, text boxes, fields, numbering, legacy fonts). Only its
table of built-in style names (BabelFish: "heading 1" -> "Heading 1") is borrowed.
Measured: ~10 ms for a 3-page report on the 2-core build machine (bench/legacy_vs_viparse.py).

This module is the entry (`read_docx`) and the walk over the body; the jobs are split:
  docx_xml       WordprocessingML names and attribute helpers
  docx_package   zip + relationships -> parsed parts (body, styles, numbering, theme, headers, footers)
  docx_styles    rPr/pPr parsing, style inheritance, fonts, heading levels
  docx_numbering numbering.xml -> rendered list labels (Block.list_label, never in the text)
  docx_runs      run text of a paragraph: tracked changes, content controls, fields, symbols,
                 soft hyphens, legacy (TCVN3/VNI) decoding, run statistics, text-box anchors
  docx_notes     which footnotes/endnotes the body marks, in order, numbered
  docx_layout    after the walk: frame tables unwrapped, layout tables (header / closing)
                 dissolved into region-tagged blocks, data tables into table blocks

What is read, in document order:
- body paragraphs and tables, including what sits inside content controls (w:sdt, w:customXml,
  w:smartTag), hyperlinks, simple fields, complex-field results and tracked insertions
  (w:ins, w:moveTo); tracked deletions (w:del, w:delText, w:moveFrom, deleted rows), field
  instructions (w:instrText) and hidden text (w:vanish) are not read;
- text boxes (w:txbxContent, in w:drawing or VML w:pict): read once - inside
  mc:AlternateContent only the mc:Choice branch is read, never the mc:Fallback copy; each
  paragraph of a text box becomes a block of kind "textbox" right after its anchor paragraph;
- header and footer parts, as blocks of kind "header" / "footer" (headers first, footers
  last, identical paragraphs of several header parts kept once; no Where);
- footnotes and endnotes (docx_notes: the notes the body marks, footnotes then endnotes, in
  the order of their marks; separators never), as blocks of kind "note" after the body and
  before the footers, each with Where.footnote / Where.endnote = its number ("chú thích 2");
  their runs are read like the body's (styles, legacy fonts); tables in a note are flattened
  to their paragraphs. The mark in the body and the number in front of the note are not text.

Legacy fonts: the encodings met go to Document.meta["legacy_encodings"] (sorted list, []
when none) and the fonts to meta["legacy_fonts"]. When no legacy font is declared but the
characters alone make a strong case (`guess_encoding`), paragraphs are decoded too,
meta["legacy_encoding_guessed"] names the encoding (same key as the PDF reader) and a
Vietnamese warning is added. The block text then goes through `normalize_text`.

Layout cues per block: style (UI name), heading_level (style "Heading N"/"heading N"/
"Tiêu đề N", or w:outlineLvl in the paragraph or its style chain), bold/italic (True when at
least 90 % of visible characters are), all_caps (90 % of visible characters under w:caps, or
at least 4 letters all upper case), font_size (dominant, points), alignment, indent (points:
left indent plus first-line indent, minus hanging; from style, numbering level and
paragraph), font_name (dominant, the original font name even after legacy decoding).
Kind: "heading" when styled as heading or given an outline level; else "list_item" when it
has a rendered number or bullet; else "paragraph".

Provenance: Where.paragraph counts every w:p of the main document part in document order,
1-based - top-level paragraphs, paragraphs inside table cells (nested tables included) and
inside text boxes - empty ones included, so the number matches what a person counts with
formatting marks shown. Where.table counts every w:tbl of the main part (nested ones too),
1-based; a paragraph in a table cell has the innermost table's table/row/col (1-based grid
column). Header/footer blocks have no Where.

Tables are read here into grids: one entry per grid column, so a horizontally merged cell
(gridSpan) has its text in its first column and nothing in the columns it covers, a
vertically merged continuation cell is empty (the text is in the first cell of the merge),
gridBefore/gridAfter leave empty columns. A data table's block has Where = (paragraph of
its first cell paragraph, table). What a table becomes (data, frame, layout) is docx_layout's.

Failures of zipfile or lxml (and missing parts) become ExtractionError("corrupt"). Encryption and
zip-bomb checks happen in extractors/__init__.py before this reader runs.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from tdkt.extractors.docx_layout import PendingTable, expand, flatten
from tdkt.extractors.docx_notes import shown_notes
from tdkt.extractors.docx_numbering import Numbering
from tdkt.extractors.docx_package import Parts
from tdkt.extractors.docx_runs import RunReader
from tdkt.extractors.docx_styles import borders_visible, parse_ppr, styles_for
from tdkt.extractors.docx_xml import (ALT_CONTENT, MC_CHOICE, P, PPR, SDT, SDT_CONTENT, TBL, TC, TR, VAL, as_int,
                                      first_child, val, w)
from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.legacy_encoding import decode, guess_encoding
from tdkt.extractors.limits import Limits
from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.normalize import normalize_text

__all__ = ["read_docx"]

# Block containers whose children are read as if they stood in the parent.
_BLOCK_CONTAINERS = frozenset(map(w, ("customXml", "sdtContent", "ins", "moveTo")))
_TBL_PR, _TBL_BORDERS, _TBL_STYLE = w("tblPr"), w("tblBorders"), w("tblStyle")
_TR_PR, _DEL, _TC_PR, _VMERGE = w("trPr"), w("del"), w("tcPr"), w("vMerge")
_ALIGN = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
          "both": "justify", "distribute": "justify", "thaiDistribute": "justify",
          "lowKashida": "justify", "mediumKashida": "justify", "highKashida": "justify"}


# ---------------------------------------------------------------------------------------------
# Entry point


def read_docx(path: Path, limits: Limits | None = None, opened: zipfile.ZipFile | None = None) -> Document:
    """Read a DOCX file into a Document (see module docstring). Raises ExtractionError. `opened`:
    the package already open on `path` (extract() hands on the one sniffing opened)."""
    from lxml import etree

    try:
        parts = Parts.load(Path(path), limits, opened)
    except ExtractionError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OSError, EOFError,
            NotImplementedError, etree.LxmlError) as exc:
        raise ExtractionError("corrupt", _describe(exc)) from exc
    try:
        return _Reader(parts).read()
    except (etree.LxmlError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise ExtractionError("corrupt", _describe(exc)) from exc


def _describe(exc: Exception) -> str:
    return type(exc).__name__


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass
class _Ctx:
    kind: str | None = None  # header | footer | textbox | note: overrides the block kind
    table: int | None = None
    row: int | None = None
    col: int | None = None
    footnote: int | None = None  # inside footnote / endnote N
    endnote: int | None = None


class _Reader:
    def __init__(self, parts: Parts):
        self.parts = parts
        self.styles = styles_for(parts.styles, parts.theme_fonts)  # shared by files with the same styles.xml
        self.numbering = Numbering(parts.numbering, self.styles)
        self.para_no = 0
        self.table_no = 0
        self.runs = RunReader(self.styles)  # also collects the legacy encodings and fonts met
        self.raw: dict[int, str] = {}  # id(block) -> pre-normalisation text, for the guess fallback

    # --- document

    def read(self) -> Document:
        body_items = self._content(self.parts.body, _Ctx(), count=True)
        note_items = self._notes()
        header_items = self._parts_items(self.parts.headers, "header")
        footer_items = self._parts_items(self.parts.footers, "footer")
        doc = Document(format="docx")
        guessed = self._guess_fallback(header_items + body_items + note_items + footer_items, doc)
        blocks: list[Block] = []
        blocks.extend(expand(header_items, top_level=False))
        blocks.extend(expand(body_items, top_level=True))
        blocks.extend(note_items)
        blocks.extend(expand(footer_items, top_level=False))
        doc.blocks = blocks
        encodings = set(self.runs.encodings)
        if guessed:
            encodings.add(guessed)
            doc.meta["legacy_encoding_guessed"] = guessed
        doc.meta["legacy_encodings"] = sorted(encodings)
        if self.runs.legacy_fonts:
            doc.meta["legacy_fonts"] = sorted(self.runs.legacy_fonts)
        return doc

    def _parts_items(self, roots: list, kind: str) -> list:
        items: list = []
        seen: set[str] = set()
        for root in roots:
            for item in flatten(self._content(root, _Ctx(kind=kind), count=False)):
                if item.text and item.text not in seen:
                    seen.add(item.text)
                    items.append(item)
        return items

    def _notes(self) -> list[Block]:
        blocks: list[Block] = []
        for kind, number, note in shown_notes(self.parts.body, self.parts.footnotes, self.parts.endnotes):
            ctx = _Ctx(kind="note", **{kind: number})
            blocks.extend(b for b in flatten(self._content(note, ctx, count=False)) if b.text)
        return blocks

    # --- block-level content

    def _content(self, parent, ctx: _Ctx, count: bool) -> list:
        items: list = []
        for child in parent:
            tag = child.tag
            if tag == P:
                self._paragraph(child, ctx, count, items)
            elif tag == TBL:
                items.append(self._table(child, ctx, count))
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    items.extend(self._content(content, ctx, count))
            elif tag in _BLOCK_CONTAINERS:
                items.extend(self._content(child, ctx, count))
            elif tag == ALT_CONTENT:
                choice = child.find(MC_CHOICE)
                if choice is not None:
                    items.extend(self._content(choice, ctx, count))
        return items

    def _table(self, tbl, ctx: _Ctx, count: bool) -> PendingTable:
        if count:
            self.table_no += 1
        number = self.table_no if count else None
        first_para = self.para_no + 1 if count else None
        tbl_pr = first_child(tbl, _TBL_PR)
        borders = None
        if tbl_pr is not None:
            borders = borders_visible(first_child(tbl_pr, _TBL_BORDERS))
            if borders is None:
                style_el = first_child(tbl_pr, _TBL_STYLE)
                for style in self.styles.chain(style_el.get(VAL) if style_el is not None else None):
                    if style.borders is not None:
                        borders = style.borders
                        break
        grid: list[list[tuple[int, int, list]]] = []
        ncols = 0
        for r, tr in enumerate(_rows(tbl), start=1):
            tr_pr = first_child(tr, _TR_PR)
            if tr_pr is not None and first_child(tr_pr, _DEL) is not None:
                continue  # a tracked row deletion
            col = as_int(val(tr_pr, "gridBefore"), 0) if tr_pr is not None else 0
            cells: list[tuple[int, int, list]] = []
            for tc in _cells(tr):
                tc_pr = first_child(tc, _TC_PR)
                span = max(1, as_int(val(tc_pr, "gridSpan"), 1)) if tc_pr is not None else 1
                vmerge = first_child(tc_pr, _VMERGE) if tc_pr is not None else None
                # innermost table's coordinates (header/footer tables are not numbered)
                cell_ctx = _Ctx(kind=ctx.kind, table=number, row=r if count else None,
                                col=col + 1 if count else None, footnote=ctx.footnote, endnote=ctx.endnote)
                cell_items = self._content(tc, cell_ctx, count)
                if vmerge is not None and vmerge.get(VAL, "continue") != "restart":
                    cell_items = [b for b in cell_items if isinstance(b, PendingTable)]  # text is above
                cells.append((col, span, cell_items))
                col += span
            col += as_int(val(tr_pr, "gridAfter"), 0) if tr_pr is not None else 0
            ncols = max(ncols, col)
            grid.append(cells)
        return PendingTable(number, first_para, grid, ncols, borders)

    # --- paragraphs

    def _paragraph(self, p, ctx: _Ctx, count: bool, items: list) -> None:
        if count:
            self.para_no += 1
        number = self.para_no if count else None
        first = next(iter(p), None)  # w:pPr comes first (95 % of paragraphs); else look for it
        ppr = parse_ppr(first if first is not None and first.tag == PPR else p.find(PPR))
        facts = self.styles.para(ppr.get("pstyle"))
        psid = facts["id"]
        run = self.runs.read(p, psid)
        raw = run.raw
        text = normalize_text(raw)

        # numbering: the paragraph's own numPr, else its style's
        label = None
        num_ind: dict = {}
        num = ppr.get("num")
        from_style = False
        if num is None:
            num, from_style = facts["num"], True
        elif num[0] is None and facts["num"]:
            num = (facts["num"][0], num[1])  # only the level given: the list comes from the style
        if num is not None and num[0] not in (None, "0"):
            ilvl = num[1]
            if ilvl is None:
                ilvl = self.numbering.ilvl_for_style(num[0], psid) if from_style else 0
            label, lvl = self.numbering.next_label(num[0], ilvl)
            if lvl is not None:
                num_ind = lvl.ind

        if text or label:
            level = facts["level"]
            outline = ppr.get("outline")
            if outline is not None:
                level = outline + 1 if 0 <= outline <= 8 else None
            kind = ctx.kind or ("heading" if level else "list_item" if label else "paragraph")
            total = run.total
            # str.isupper: every cased character is upper case (and there is one)
            all_caps = (total > 0 and run.caps >= 0.9 * total) or (
                text.isupper() and sum(c.isalpha() for c in text) >= 4)
            own_ind = ppr.get("ind")
            ind = {**facts["ind"], **num_ind, **(own_ind or {})} if num_ind or own_ind else facts["ind"]  # only read
            indent = None
            if ind:
                indent = (ind.get("left", 0) + ind.get("first", 0) - ind.get("hanging", 0)) / 20.0
            block = Block(
                kind=kind,
                text=text,
                where=_where(number, ctx),
                style=facts["name"],
                heading_level=level,
                bold=(run.bold >= 0.9 * total) if total else None,
                italic=(run.italic >= 0.9 * total) if total else None,
                all_caps=all_caps if total else None,
                font_size=run.size,
                alignment=_ALIGN.get(ppr.get("jc") or facts["jc"] or "left", "left"),
                indent=indent,
                list_label=label,
                font_name=run.font,
            )
            if not run.has_legacy and not raw.isascii():
                self.raw[id(block)] = raw
            items.append(block)
        for box in run.textboxes:
            items.extend(self._content(box, _Ctx(kind=ctx.kind or "textbox", table=ctx.table, row=ctx.row,
                                                  col=ctx.col, footnote=ctx.footnote, endnote=ctx.endnote),
                                       count))

    # --- legacy guess fallback

    def _guess_fallback(self, items: list, doc: Document) -> str | None:
        if self.runs.encodings or not self.raw:
            return None
        blocks = [b for b in flatten(items) if id(b) in self.raw]
        sample = "\n".join(self.raw[id(b)] for b in blocks)
        encoding = guess_encoding(sample)
        if encoding is None:
            return None
        for block in blocks:
            block.text = normalize_text(decode(self.raw[id(block)], encoding))
        label = "TCVN3 (ABC)" if encoding == "tcvn3" else "VNI"
        doc.warnings.append(f"Văn bản gõ theo bảng mã {label} nhưng không khai báo phông chữ tương ứng; "
                            "đã tự chuyển sang Unicode, đề nghị kiểm tra lại nội dung.")
        return encoding


_WHERE_FIELDS = Where().__dict__  # every field at its default (a new field is picked up too)
_new = object.__new__


def _where(paragraph: int | None, ctx: _Ctx) -> Where:
    """Where(paragraph=..., table=ctx.table, ...) without the frozen dataclass's __init__, which
    sets each field through object.__setattr__ (2.3 µs a paragraph against 0.5): the same
    object, fields filled in its __dict__ once."""
    where = _new(Where)
    fields = where.__dict__
    fields.update(_WHERE_FIELDS)
    fields["paragraph"] = paragraph
    fields["table"] = ctx.table
    fields["row"] = ctx.row
    fields["col"] = ctx.col
    fields["footnote"] = ctx.footnote
    fields["endnote"] = ctx.endnote
    return where


def _wrapped(parent, tag) -> Iterator:
    """Children of `parent` with `tag`, looking through content controls and custom XML that
    Word may wrap around table rows and cells."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (SDT, w("customXml")):
            content = child.find(SDT_CONTENT) if child.tag == SDT else child
            if content is not None:
                yield from _wrapped(content, tag)


def _rows(tbl) -> Iterator:
    return _wrapped(tbl, TR)


def _cells(tr) -> Iterator:
    return _wrapped(tr, TC)

