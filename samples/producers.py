"""Render one sample source into PDFs by several real producers (the producer matrix).

    python samples/producers.py --only 31 [--only 09 ...] [--out /tmp/matrix] [--producer NAME ...]

tdkt's own test PDFs all come from one LibreOffice with whatever fonts a machine has; a clerk's
inbox holds PDFs from any office suite, browser or printer driver. This module makes the same
report (a samples/sources/NN-*.txt, rendered to DOCX by make_samples.py's builder) with:

- LibreOffice, once per font family in FAMILIES (the DOCX's fonts set to the family first).
  Liberation Serif lacks part of Vietnamese, so LibreOffice draws those letters from a fallback
  font: words change font mid-word, the case that once split words in the PDF reader;
- Chromium headless print-to-PDF of an HTML rendering of the same source (Skia writes Type0
  CID fonts, Identity-H);
- Ghostscript pdfwrite re-writing a LibreOffice PDF (re-encodes every font as Type0 Identity-H);
- qpdf re-writing a LibreOffice PDF with compressed object streams.

Every output's mtime is the source's `received:` time, as make_samples.py does. Judging the PDFs
and comparing them with the DOCX is the test suite's (tests/test_producer_matrix.py); the font
packages and tools come from scripts/setup.sh. `pdf_fonts` reads `pdffonts` (poppler-utils) so a
test can assert what kind of fonts a producer really embedded.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load_make_samples():
    """samples/ is not a package: load the builder by path (as the tests do)."""
    if "make_samples" in sys.modules:
        return sys.modules["make_samples"]
    spec = importlib.util.spec_from_file_location("make_samples", HERE / "make_samples.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = mod
    spec.loader.exec_module(mod)
    return mod


ms = _load_make_samples()

# Font family of each LibreOffice producer; all four are Debian packages setup.sh installs.
FAMILIES = {
    "lo-liberation": "Liberation Serif",   # fonts-liberation 1.x: no full Vietnamese -> fallback
    "lo-dejavu": "DejaVu Serif",           # fonts-dejavu-core
    "lo-noto": "Noto Serif",               # fonts-noto-core
    "lo-texgyre": "TeX Gyre Termes",       # fonts-texgyre
}
# The LibreOffice PDF each re-writer starts from.
REWRITE_FROM = {"gs-pdfwrite": "lo-liberation", "qpdf-objstreams": "lo-dejavu"}
PRODUCERS = (*FAMILIES, "chromium", *REWRITE_FROM)

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-pdf-header-footer")


def output_name(slug: str, producer: str) -> str:
    return f"{slug}.{producer}.pdf"


# ----------------------------------------------------------------------------- DOCX font family
def retype_docx(docx: Path, out: Path, family: str) -> Path:
    """Copy a DOCX with every font reference (styles, defaults, runs) set to `family`.

    Theme font attributes are dropped too: Word and LibreOffice let them win over named fonts.
    """
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    named = ("ascii", "hAnsi", "eastAsia", "cs")
    themed = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
    with zipfile.ZipFile(docx) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in ("word/styles.xml", "word/document.xml", "word/numbering.xml"):
                root = etree.fromstring(data)
                for rfonts in root.iter(w + "rFonts"):
                    for attr in themed:
                        rfonts.attrib.pop(w + attr, None)
                    for attr in named:
                        rfonts.set(w + attr, family)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(info, data)
    return out


# ----------------------------------------------------------------------------- HTML rendering
_CSS = """
@page { size: A4; margin: 2cm 2cm 2cm 3cm; }
body { font-family: "Times New Roman", serif; font-size: 13pt; line-height: 1.2; }
table.plain { width: 100%; border-collapse: collapse; }
table.plain td { vertical-align: top; text-align: center; padding: 0; }
table.plain p { margin: 0; }
.caps-left { font-size: 12pt; }
.title { text-align: center; font-weight: bold; margin: 0; font-size: 14pt; }
.title.first { font-size: 15pt; margin-top: 12pt; }
.title.last { margin-bottom: 12pt; }
.body { text-align: justify; text-indent: 1cm; margin: 0 0 4pt 0; }
h1, h2, h3 { font-size: 13pt; font-weight: bold; text-align: justify; text-indent: 1cm; margin: 6pt 0 4pt 0; }
h3 { font-style: italic; }
table.grid { border-collapse: collapse; width: 100%; margin: 2pt 0 6pt 0; }
table.grid td { border: 0.5pt solid black; padding: 1pt 4pt; vertical-align: top; }
table.grid tr:first-child td { font-weight: bold; text-align: center; }
td.num { text-align: center; }
.closing-left { text-align: left; font-size: 11pt; }
.closing-left .to { font-size: 12pt; font-weight: bold; font-style: italic; }
.closing-right { font-size: 14pt; }
.gap { height: 3.6em; }
"""


def _inline(line: str) -> str:
    """A body line's inline markers as a printout shows them (insertions kept, deletions gone)."""
    out = []
    for kind, text, url in ms.tokens(line):
        if kind == "del":
            continue
        if kind == "link":
            out.append(f'<a href="{html.escape(url)}">{html.escape(text)}</a>')
        else:
            out.append(html.escape(text))
    return "".join(out)


def _is_caps(line: str) -> bool:
    return any(c.isalpha() for c in line) and line == line.upper()


def _header_cell(lines: list[str], left: bool) -> str:
    caps = [l for l in lines if _is_caps(l)]
    parts = []
    for line in lines:
        text = html.escape(line)
        if left and _is_caps(line):
            weight = "normal" if len(caps) >= 2 and line == caps[0] else "bold"
            parts.append(f'<p class="caps-left" style="font-weight:{weight}">{text}</p>')
        elif left:
            parts.append(f"<p>{text}</p>")
        elif "ngày" in line or "tháng" in line:
            parts.append(f'<p style="font-style:italic;font-size:14pt">{text}</p>')
        else:
            size = "12pt" if _is_caps(line) else "13pt"
            parts.append(f'<p style="font-weight:bold;font-size:{size}">{text}</p>')
    return "".join(parts)


def _grid(rows: list[list[str]]) -> str:
    ncols = max(len(r) for r in rows)
    out = ['<table class="grid">']
    for row in rows:
        cells = []
        for j in range(ncols):
            text = row[j] if j < len(row) else ""
            numeric = all(c in "0123456789.,% " for c in text) and text.strip()
            bold = ' style="font-weight:bold"' if text.lower().startswith("tổng") else ""
            cls = ' class="num"' if numeric else ""
            cells.append(f"<td{cls}{bold}>{html.escape(text)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _body(lines: list[str]) -> str:
    out, rows = [], []
    for line in lines + [""]:
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if rows:
            out.append(_grid(rows))
            rows = []
        if not line:
            continue
        _, rest = ms.split_markers(line)
        h = ms.HEADING.match(rest)
        if h:
            level = len(h.group(1))
            out.append(f"<h{level}>{_inline(h.group(2))}</h{level}>")
        elif rest.startswith("**") and rest.endswith("**") and len(rest) > 4:
            out.append(f'<p class="body"><b>{_inline(rest[2:-2])}</b></p>')
        else:
            out.append(f'<p class="body">{_inline(rest)}</p>')
    return "\n".join(out)


def _closing(left: list[str], right: list[str]) -> str:
    lparts = []
    for line in left:
        cls = ' class="to"' if line.rstrip(":").strip().lower() == "nơi nhận" else ""
        lparts.append(f"<p{cls}>{html.escape(line)}</p>")
    rparts = []
    for i, line in enumerate(right):
        is_name = i == len(right) - 1
        if is_name:
            rparts.append('<div class="gap"></div>')
        style = "font-style:italic" if line.startswith("(") else (
            "font-weight:bold" if _is_caps(line) or is_name else "")
        rparts.append(f'<p style="{style}">{html.escape(line)}</p>')
    return ('<table class="plain" style="margin-top:12pt"><tr>'
            f'<td class="closing-left" style="width:50%">{"".join(lparts)}</td>'
            f'<td class="closing-right" style="width:50%">{"".join(rparts)}</td></tr></table>')


def source_html(src) -> str:
    """The report as a web page: header two-column table, title, body, closing two columns."""
    s = src.sections
    if src.meta.get("header", "table") == "lines":
        header = (f'<div style="text-align:center">{_header_cell(s["header-left"], True)}'
                  f'{_header_cell(s["header-right"], False)}</div>')
    else:
        header = ('<table class="plain"><tr>'
                  f'<td style="width:39%">{_header_cell(s["header-left"], True)}</td>'
                  f'<td style="width:61%">{_header_cell(s["header-right"], False)}</td></tr></table>')
    titles = []
    for i, line in enumerate(s["title"]):
        cls = "title" + (" first" if i == 0 else "") + (" last" if i == len(s["title"]) - 1 else "")
        titles.append(f'<p class="{cls}">{html.escape(line)}</p>')
    title = html.escape(s["title"][-1]) if s["title"] else ""
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{_CSS}</style></head><body>\n{header}\n{''.join(titles)}\n{_body(s['body'])}\n"
            f"{_closing(s['closing-left'], s['closing-right'])}\n</body></html>\n")


# ----------------------------------------------------------------------------- the producers
def _run(cmd: list[str], timeout: int = 240) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr[-2000:]}")


def chromium_exe() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        raise RuntimeError("Chromium is needed for the chromium producer (scripts/setup.sh installs it)")
    return exe


def chromium_print(html_path: Path, pdf: Path, profile_root: Path) -> Path:
    """Headless Chromium print-to-PDF, with a fresh profile and nothing that calls out."""
    profile = Path(tempfile.mkdtemp(prefix="chromium-", dir=profile_root))
    _run([chromium_exe(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
          f"--print-to-pdf={pdf}", html_path.as_uri()], timeout=120)
    shutil.rmtree(profile, ignore_errors=True)
    if not pdf.exists() or pdf.stat().st_size == 0:
        raise RuntimeError(f"Chromium wrote no PDF for {html_path.name}")
    return pdf


def ghostscript_rewrite(pdf: Path, out: Path) -> Path:
    _run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={out}", str(pdf)])
    return out


def qpdf_rewrite(pdf: Path, out: Path) -> Path:
    _run(["qpdf", "--object-streams=generate", "--compress-streams=y", str(pdf), str(out)])
    return out


@dataclass
class Rendered:
    slug: str
    docx: Path                   # make_samples.py's DOCX: the reference every PDF is judged against
    pdfs: dict[str, Path]        # producer -> PDF
    received: str                # the source's receipt time (ISO), for the judge


def render_matrix(sources, out: Path, producers=PRODUCERS) -> list[Rendered]:
    """Render every source with every producer into `out` (one LibreOffice call for all)."""
    out.mkdir(parents=True, exist_ok=True)
    unknown = set(producers) - set(PRODUCERS)
    if unknown:
        raise ValueError(f"unknown producers {sorted(unknown)}")
    work = Path(tempfile.mkdtemp(prefix="tdkt-producers-"))
    try:
        results, lo_inputs = [], []
        needed_lo = {p for p in producers if p in FAMILIES} | {REWRITE_FROM[p] for p in producers if p in REWRITE_FROM}
        for src in sources:
            docx = ms.build_docx(src, out / f"{src.slug}.docx")
            printable = ms.build_docx(src, work / f"{src.slug}.clean.docx", clean=True)
            for producer in sorted(needed_lo):
                lo_inputs.append(retype_docx(printable, work / f"{src.slug}.{producer}.docx", FAMILIES[producer]))
            results.append(Rendered(src.slug, docx, {}, src.received.isoformat()))
        ms.soffice_convert(lo_inputs, "pdf", work, work / "lo-profile")
        for src, rendered in zip(sources, results):
            lo_pdf = {p: work / f"{src.slug}.{p}.pdf" for p in needed_lo}
            for producer in producers:
                target = out / output_name(src.slug, producer)
                if producer in FAMILIES:
                    shutil.copyfile(lo_pdf[producer], target)
                elif producer == "chromium":
                    page = work / f"{src.slug}.html"
                    page.write_text(source_html(src), encoding="utf-8")
                    chromium_print(page, target, work)
                elif producer == "gs-pdfwrite":
                    ghostscript_rewrite(lo_pdf[REWRITE_FROM[producer]], target)
                elif producer == "qpdf-objstreams":
                    qpdf_rewrite(lo_pdf[REWRITE_FROM[producer]], target)
                rendered.pdfs[producer] = target
            for path in [rendered.docx, *rendered.pdfs.values()]:
                ms.set_mtime(path, src.received)
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ----------------------------------------------------------------------------- font report
@dataclass(frozen=True)
class PdfFont:
    name: str        # "ABCDEF+LiberationSerif" (subset tag kept)
    type: str        # "TrueType", "CID TrueType", "Type 1C", "CID Type 0C", ...
    encoding: str    # "WinAnsi", "Custom", "Identity-H", ...
    embedded: bool


def pdf_fonts(pdf: Path) -> list[PdfFont]:
    """The fonts of a PDF as poppler's pdffonts lists them."""
    proc = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True, timeout=60)
    lines = proc.stdout.splitlines()
    # column widths come from the dashes line under the header
    dashes = lines[1].split(" ")
    bounds, pos = [], 0
    for d in dashes:
        bounds.append((pos, pos + len(d)))
        pos += len(d) + 1
    fonts = []
    for line in lines[2:]:
        cols = [line[a:b].strip() for a, b in bounds]
        fonts.append(PdfFont(name=cols[0], type=cols[1], encoding=cols[2], embedded=cols[3] == "yes"))
    return fonts


def family_of(font: PdfFont) -> str:
    """'ABCDEF+LiberationSerif-Bold' -> 'LiberationSerif'."""
    name = font.name.split("+", 1)[-1]
    return name.split("-", 1)[0].split(",", 1)[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Render sample sources with several PDF producers.")
    ap.add_argument("--only", action="append", required=True, help="two-digit sample number (repeatable)")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "tdkt-producers")
    ap.add_argument("--producer", action="append", choices=PRODUCERS, help="default: all")
    args = ap.parse_args(argv)
    sources = ms.load_sources([o.zfill(2) for o in args.only])
    started = time.monotonic()
    results = render_matrix(sources, args.out, tuple(args.producer or PRODUCERS))
    for r in results:
        for producer, pdf in r.pdfs.items():
            kinds = sorted({f"{family_of(f)} {f.type} {f.encoding}" for f in pdf_fonts(pdf)})
            print(f"{pdf.name}: {'; '.join(kinds)}")
    print(f"{sum(len(r.pdfs) for r in results)} PDFs in {time.monotonic() - started:.1f}s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
