"""OfficialDocument (pipeline/documents/model.py) → a DOCX file, by filling a template with python-docx.

The template (rules/templates/cong-van.docx or bao-cao.docx, built by scripts/make_templates.py,
or the office's own copy in a folder given by config/--template) holds the page setup, the styles
and the Nghị định 30 header and signature tables with {{placeholders}}. This module only puts
text in: placeholders replaced, the body inserted at {{noi_dung}}, the annex after {{phu_luc}}
in a new section (landscape when the model asks). What the documents say is decided by
pipeline/documents/letters.py and pipeline/documents/summary_report.py; the file is written atomically.
"""

from __future__ import annotations

import copy
import io
import re
from importlib import resources
from pathlib import Path

from tdkt.pipeline.documents.model import OfficialDocument, Para, Table

STYLES = {  # the model's logical styles → the template's paragraph styles
    "body": "TDKT Noi dung", "bullet": "TDKT Gach dau dong", "h1": "TDKT Muc 1", "h2": "TDKT Muc 2",
    "h3": "TDKT Muc 3", "quote": "TDKT Trich dan", "note": "TDKT Ghi chu", "annex": "TDKT Phu luc",
    "annex_title": "TDKT Phu luc ten", "annex_sub": "TDKT Phu luc kem theo",
    "table": "TDKT Bang", "table_num": "TDKT Bang so", "table_head": "TDKT Bang tieu de", "table_total": "TDKT Bang tong",
    "table_center": "TDKT Bang giua",
    "recipient": "TDKT Kinh gui danh sach",
}
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


class TemplateError(ValueError):
    """A template that cannot be used; the message is Vietnamese."""


def template_path(kind: str, template_dir: str | Path | None = None) -> Path:
    """The office's template when its folder has one of that name, else the packaged one."""
    if template_dir:
        own = Path(template_dir) / f"{kind}.docx"
        if own.is_file():
            return own
        if Path(template_dir).is_file() and Path(template_dir).suffix.lower() == ".docx":
            return Path(template_dir)
    return Path(str(resources.files("tdkt.rules").joinpath("templates", f"{kind}.docx")))


def render_docx(model: OfficialDocument, template_dir: str | Path | None = None) -> bytes:
    """The DOCX bytes of one document."""
    from docx import Document

    path = template_path(model.template, template_dir)
    try:
        doc = Document(str(path))
    except Exception as exc:  # python-docx raises several types for a broken package
        raise TemplateError(f"Không mở được mẫu văn bản {path}: {exc}") from exc
    paragraphs = _all_paragraphs(doc)
    body_anchor = annex_anchor = None
    for p in paragraphs:
        names = PLACEHOLDER.findall(p.text)
        if "noi_dung" in names:
            body_anchor = p
        elif "phu_luc" in names:
            annex_anchor = p
        elif names:
            _fill(p, model.fields)
    if body_anchor is None:
        raise TemplateError(f"Mẫu văn bản {path} không có chỗ {{{{noi_dung}}}} để ghi nội dung.")
    for block in model.body:
        _insert_before(doc, body_anchor, block)
    _remove(body_anchor)
    if annex_anchor is not None:
        if model.annex:
            _annex(doc, annex_anchor, model)
        else:
            _remove(annex_anchor)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def write_document(model: OfficialDocument, out_dir: Path, template_dir: str | Path | None = None) -> Path:
    from tdkt.pipeline.output.outputs import write_user_file

    path = Path(out_dir) / model.file_name
    write_user_file(path, render_docx(model, template_dir))
    return path


# --- placeholders ------------------------------------------------------------------------

def _all_paragraphs(doc) -> list:
    found = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                found.extend(cell.paragraphs)
    return found


def _fill(p, fields: dict) -> None:
    """Replace the paragraph's placeholders. A paragraph that is one placeholder with a list value
    becomes one paragraph per entry; an empty value removes a paragraph that held only it."""
    text = p.text
    names = PLACEHOLDER.findall(text)
    only = PLACEHOLDER.fullmatch(text.strip())
    values = {n: fields.get(n, "") for n in names}
    if only:
        value = values[only.group(1)]
        lines = value if isinstance(value, list) else ([value] if value else [])
        lines = [s for part in lines for s in str(part).split("\n")]
        if not lines:
            _remove(p)
            return
        _set_text(p, lines[0])
        anchor = p
        for line in lines[1:]:
            clone = copy.deepcopy(p._p)
            anchor._p.addnext(clone)
            from docx.text.paragraph import Paragraph

            anchor = Paragraph(clone, p._parent)
            _set_text(anchor, line)
        return
    # Inline ("Số: {{so_ky_hieu}}", "Kính gửi: {{kinh_gui}}"): a list of several entries goes on
    # lines of its own below ("Kính gửi:" then "- A;" "- B."), as Nghị định 30 shows it.
    extra: list[str] = []
    for name, value in values.items():
        if isinstance(value, list):
            if len(value) == 1:
                value = value[0]
            else:
                extra.extend(value)
                value = ""
        text = text.replace("{{" + name + "}}", str(value))
    _set_text(p, text.rstrip() if extra else text)
    anchor = p
    for line in extra:
        new = _paragraph_after(anchor, line, STYLES["recipient"])
        anchor = new


def _set_text(p, text: str) -> None:
    """Keep the first run's formatting (the template's), drop the other runs."""
    runs = p.runs
    if not runs:
        p.add_run(text)
        return
    runs[0].text = text
    for run in runs[1:]:
        run._r.getparent().remove(run._r)


def _paragraph_after(p, text: str, style: str):
    from docx.text.paragraph import Paragraph

    new_p = copy.deepcopy(p._p)
    for child in list(new_p):
        if child.tag.endswith("}r"):
            new_p.remove(child)
    p._p.addnext(new_p)
    para = Paragraph(new_p, p._parent)
    try:
        para.style = style
    except KeyError:
        pass  # an office template without that style keeps the copied one
    para.add_run(text)
    return para


def _remove(p) -> None:
    el = p._p
    el.getparent().remove(el)


# --- body blocks ---------------------------------------------------------------------------

def _style(doc, logical: str):
    name = STYLES.get(logical, logical)
    try:
        return doc.styles[name]
    except KeyError:
        return doc.styles["Normal"]


def _insert_before(doc, anchor, block) -> None:
    if isinstance(block, Para):
        p = anchor.insert_paragraph_before("", style=_style(doc, block.style))
        for r in block.runs:
            run = p.add_run(r.text)
            if r.bold:
                run.bold = True
            if r.italic:
                run.italic = True
        return
    table = _table(doc, block)
    anchor._p.addprevious(table._tbl)


def _append(doc, block) -> None:
    if isinstance(block, Para):
        p = doc.add_paragraph("", style=_style(doc, block.style))
        for r in block.runs:
            run = p.add_run(r.text)
            run.bold = r.bold or None
            run.italic = r.italic or None
        return
    _table(doc, block)  # add_table appends at the end of the body


def _table(doc, spec: Table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    table = doc.add_table(rows=1 + len(spec.rows), cols=len(spec.header))
    _borders(table)
    if spec.widths_cm:
        table.autofit = False
        for row in table.rows:
            for cell, width in zip(row.cells, spec.widths_cm):
                cell.width = Cm(width)
        for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), spec.widths_cm):
            col.set(qn("w:w"), str(int(Cm(width).twips)))
    head = table.rows[0]
    tr_pr = head._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")  # the header row again on every page
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    for cell, text in zip(head.cells, spec.header):
        _cell_text(doc, cell, text, "table_head")
    for k, values in enumerate(spec.rows):
        row = table.rows[k + 1]
        if k in spec.group_rows:
            merged = row.cells[0].merge(row.cells[-1])
            _cell_text(doc, merged, values[0], "table_total")
            continue
        for col, (cell, text) in enumerate(zip(row.cells, values)):
            style = "table_num" if col in spec.numeric_cols else "table"
            if col == 0 and spec.header[0] == "STT":
                style = "table_head" if k in spec.total_rows else "table_center"
            _cell_text(doc, cell, text, style, bold=k in spec.total_rows)
    return table


def _cell_text(doc, cell, text: str, logical: str, bold: bool = False) -> None:
    lines = str(text or "").split("\n")
    p = cell.paragraphs[0]
    p.style = _style(doc, logical)
    run = p.add_run(lines[0])
    if bold:
        run.bold = True
    for line in lines[1:]:
        extra = cell.add_paragraph("", style=_style(doc, logical))
        run = extra.add_run(line)
        if bold:
            run.bold = True


def _borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
            el.set(qn(key), value)
        borders.append(el)
    table._tbl.tblPr.append(borders)


# --- annex: a new section after the signature ------------------------------------------------

def _annex(doc, anchor, model: OfficialDocument) -> None:
    from docx.enum.section import WD_ORIENT

    final = doc.sections[-1]._sectPr
    ending = copy.deepcopy(final)  # closes the main part with the template's page setup
    p_pr = anchor._p.get_or_add_pPr()
    p_pr.append(ending)
    _set_text(anchor, "")
    for run in anchor.runs:
        run._r.getparent().remove(run._r)
    section = doc.sections[-1]
    if model.annex_landscape:
        width, height = section.page_width, section.page_height
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = max(width, height), min(width, height)
    for block in model.annex:
        _append(doc, block)
