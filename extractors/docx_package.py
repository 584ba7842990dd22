"""DOCX package parts: open the zip, follow the relationships, parse the parts the reader needs.

`Parts.load(path)` finds the main document part through _rels/.rels (falling back to
word/document.xml), then its styles, numbering, theme (major/minor Latin font names only),
header, footer, footnote and endnote parts, and parses each with a plain, entity-safe lxml parser
(the styles and numbering trees shared, the theme's font names kept, per part name, CRC-32 and
size). "Strict Open XML" namespace URIs are mapped back to the transitional ones first. Each part is inflated as a
stream and refused past `Limits.max_xml_part_bytes` before lxml builds a tree (the zip guard
bounds the whole container; a single 294 MB document.xml inside it still cost 4.45 GB parsed).
What it leaves to others: interpreting the XML (docx_styles, docx_numbering, docx_reader) and
turning zipfile/lxml failures into ExtractionError (docx_reader.read_docx); missing main part
or body raises ExtractionError("corrupt") here.
"""

from __future__ import annotations

import posixpath
import zipfile
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from tdkt.extractors.docx_xml import A_NS, w
from tdkt.extractors.errors import ExtractionError
from tdkt.extractors.limits import Limits

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# "Strict Open XML" files use other namespace URIs for the same vocabulary; mapped back.
_STRICT_NS = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main",
     b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/math",
     b"http://schemas.openxmlformats.org/officeDocument/2006/math"),
)


# Theme part (zip name, CRC-32, size) -> its major/minor Latin font names: the parts of one
# template are byte-identical, as for styles.xml (docx_styles.shared_part).
_THEME_FONTS: dict[tuple, dict[str, str]] = {}
_THEME_FONTS_MAX = 64
# Relationship part (zip name, CRC-32, size) -> its (type, target, external) entries.
_RELS: dict[tuple, tuple] = {}
_RELS_MAX = 64


@dataclass
class Parts:
    """The package parts the reader needs, parsed with a plain lxml parser.

    The package is opened with zipfile + lxml rather than python-docx's `Document()`: that one
    parses every part into python-docx's custom element classes, which costs more than the
    whole rest of the reading for a 3-page report, and we use none of its API.
    """

    body: object
    styles: object | None
    numbering: object | None
    theme_fonts: dict[str, str]
    headers: list[object]
    footers: list[object]
    footnotes: object | None = None  # word/footnotes.xml, all notes (separators included)
    endnotes: object | None = None

    @classmethod
    def load(cls, path: Path, limits: Limits | None = None, opened: zipfile.ZipFile | None = None) -> "Parts":
        """The parts of the package at `path`, or of `opened` (the same package already open:
        its central directory is not read again; left open for its owner to close)."""
        from lxml import etree

        cap = (limits or Limits()).max_xml_part_bytes

        parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                                 remove_pis=True, huge_tree=False)
        with (nullcontext(opened) if opened is not None else zipfile.ZipFile(path)) as z:
            names = set(z.namelist())

            def xml(name: str):
                data = read_capped(z, name, cap)
                if b"purl.oclc.org/ooxml/" in data:
                    for strict, transitional in _STRICT_NS:
                        data = data.replace(strict, transitional)
                return etree.fromstring(data, parser)

            def rels(part: str) -> tuple[tuple[str, str, bool], ...]:
                folder, base = posixpath.split(part)
                rels_name = posixpath.join(folder, "_rels", base + ".rels")
                if rels_name not in names:
                    return ()
                # One producer's relationship parts are byte-identical: read once per (name, CRC-32,
                # size), as styles.xml is; the size cap is still checked for every file.
                info = z.getinfo(rels_name)
                if info.file_size > cap:
                    raise _too_big(rels_name, info.file_size, cap)
                key = (rels_name, info.CRC, info.file_size)
                held = _RELS.get(key)
                if held is None:
                    held = _RELS[key] = read_rels(folder, rels_name)
                    if len(_RELS) > _RELS_MAX:
                        _RELS.pop(next(iter(_RELS)))
                return held

            def read_rels(folder: str, rels_name: str) -> tuple[tuple[str, str, bool], ...]:
                out = []
                for rel in xml(rels_name).iter(_REL_NS + "Relationship"):
                    target = rel.get("Target") or ""
                    external = rel.get("TargetMode") == "External"
                    if not external:
                        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                            posixpath.join(folder, target))
                    rtype = rel.get("Type") or ""
                    out.append((rtype.rsplit("/", 1)[-1], target, external))
                return tuple(out)

            main = next((t for kind, t, ext in rels("") if kind == "officeDocument" and not ext), None)
            if main is None or main not in names:
                main = "word/document.xml" if "word/document.xml" in names else None
            if main is None:
                raise ExtractionError("corrupt", "không có phần nội dung chính (document.xml)")
            document = xml(main)
            body = document.find(w("body"))
            if body is None:
                raise ExtractionError("corrupt", "không có phần thân văn bản")
            related: dict[str, list[str]] = {}
            for kind, target, external in rels(main):
                if not external and target in names:
                    related.setdefault(kind, []).append(target)

            def first(kind: str):
                targets = related.get(kind)
                if targets and kind in ("styles", "numbering"):  # one template's parts: parsed once
                    from tdkt.extractors.docx_styles import shared_part
                    return shared_part(z.getinfo(targets[0]), lambda: xml(targets[0]))
                return xml(targets[0]) if targets else None

            def read_theme_fonts() -> dict[str, str]:
                fonts: dict[str, str] = {}
                try:
                    theme = first("theme")
                    if theme is not None:
                        for kind in ("major", "minor"):
                            latin = theme.find(f".//{A_NS}{kind}Font/{A_NS}latin")
                            if latin is not None and latin.get("typeface"):
                                fonts[kind] = latin.get("typeface")
                except etree.LxmlError:  # a broken theme only costs us font names
                    fonts = {}
                return fonts

            themes = related.get("theme")
            if themes:  # one template's theme: its two font names read once (its parse was ~0.16 ms)
                info = z.getinfo(themes[0])
                key = (info.filename, info.CRC, info.file_size)
                theme_fonts = _THEME_FONTS.get(key)
                if theme_fonts is None:
                    theme_fonts = _THEME_FONTS[key] = read_theme_fonts()
                    if len(_THEME_FONTS) > _THEME_FONTS_MAX:
                        _THEME_FONTS.pop(next(iter(_THEME_FONTS)))
                theme_fonts = dict(theme_fonts)
            else:
                theme_fonts = {}
            return cls(body=body, styles=first("styles"), numbering=first("numbering"),
                       theme_fonts=theme_fonts,
                       headers=[xml(t) for t in sorted(related.get("header", []))],
                       footers=[xml(t) for t in sorted(related.get("footer", []))],
                       footnotes=first("footnotes"), endnotes=first("endnotes"))



def read_capped(z: zipfile.ZipFile, name: str, cap: int) -> bytes:
    """A part's bytes, inflated as a stream and refused once past `cap` bytes: the declared size
    is checked first (zipfile never inflates past it), then at most cap + 1 bytes are read."""
    info = z.getinfo(name)
    if info.file_size > cap:
        raise _too_big(name, info.file_size, cap)
    with z.open(info) as stream:
        data = stream.read(cap + 1)
    if len(data) > cap:
        raise _too_big(name, len(data), cap)
    return data


def _too_big(name: str, size: int, cap: int) -> ExtractionError:
    return ExtractionError("too_large", f"phần {name} giải nén {_size(size)} > {_size(cap)}")


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{max(1, round(n / 1024))} KB"
