"""Render the sample report sources (samples/sources/*.txt) into the inbox formats.

    python samples/make_samples.py [--only NN ...] [--out samples/inbox] [--touch]

Reads the source format described in samples/README.md, writes a DOCX with python-docx that
looks like a real district office's report (header table, auto-numbering, quirks), and derives
the other renderings from it: PDF / .doc / .odt through one batched LibreOffice call per target
format, a scanned PDF and a phone photo from the rendered pages (pypdfium2 + Pillow), and DOCX
files re-encoded into the legacy TCVN3 and VNI 8-bit fonts. Every output's mtime is the
source's `received:` time. The legacy encoders here are written from the code tables on
purpose, independently of tdkt's decoders, so the round trip in the tests means something.
Judging the samples is left to tdkt; the ground truth lives in samples/labels/.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
DEFAULT_OUT = HERE / "inbox"

FORMATS = ("docx", "pdf", "scan", "photo", "doc", "odt", "tcvn3", "vni", "stamped", "photos")
QUIRKS = ("tracked-changes", "hyperlink", "content-control", "textbox", "split-runs")
SUFFIX = {"stamped": ".stamped.pdf", "photos": ".photos.pdf",  # samples/make_scans.py
          "docx": ".docx", "pdf": ".pdf", "scan": ".scan.pdf", "photo": ".photo.jpg",
          "doc": ".doc", "odt": ".odt", "tcvn3": ".tcvn3.docx", "vni": ".vni.docx"}
SECTIONS = ("header-left", "header-right", "title", "body", "closing-left", "closing-right")
FIXED_ZIP_TIME = (2023, 6, 1, 0, 0, 0)


# ----------------------------------------------------------------------------- source format
@dataclass
class Source:
    path: Path
    slug: str                       # "01-xa-tay-vinh": the labels key and output stem
    meta: dict
    sections: dict[str, list[str]] = field(default_factory=dict)

    @property
    def formats(self) -> list[str]:
        return list(self.meta.get("formats") or ["docx"])

    @property
    def quirks(self) -> list[str]:
        return list(self.meta.get("quirks") or [])

    @property
    def received(self) -> datetime:
        value = self.meta["received"]
        return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def parse_source(path: Path) -> Source:
    """Split a source into YAML front matter and its `::section` line lists."""
    import yaml

    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    m = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", text, re.S)
    if not m:
        raise ValueError(f"{path.name}: missing front matter")
    meta = yaml.safe_load(m.group(1)) or {}
    sections: dict[str, list[str]] = {name: [] for name in SECTIONS}
    current = None
    for raw in m.group(2).splitlines():
        line = raw.rstrip()
        if line.startswith("::") and line[2:].strip() in SECTIONS:
            current = line[2:].strip()
            continue
        if current is None or not line.strip():
            continue
        sections[current].append(line.strip())
    src = Source(path=path, slug=path.stem, meta=meta, sections=sections)
    bad = [f for f in src.formats if f not in FORMATS] + [q for q in src.quirks if q not in QUIRKS]
    if bad:
        raise ValueError(f"{path.name}: unknown formats/quirks {bad}")
    return src


def load_sources(only: list[str] | None = None, folder: Path = SOURCES) -> list[Source]:
    paths = sorted((p for p in Path(folder).glob("[0-9]*-*.txt") if p.name.split("-", 1)[0].isdigit()),
                   key=lambda p: (int(p.name.split("-", 1)[0]), p.name))
    if only:
        paths = [p for p in paths if p.name.split("-", 1)[0] in only]  # 01-99, then 100, 101...
    return [parse_source(p) for p in paths]


INLINE = re.compile(r"\{\+(.+?)\+\}|\{-(.+?)-\}|\[([^\]]+)\]\((https?://[^)\s]+)\)")
HEADING = re.compile(r"^(#{1,3}) (.*)$")
TYPED_NUMBER = re.compile(r"^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\))\s+")


def split_markers(line: str) -> tuple[str, str]:
    """Return (kind, rest): kind is 'sdt', 'textbox' or '' for the paragraph wrapper prefix."""
    for prefix, kind in (("[sdt] ", "sdt"), ("[textbox] ", "textbox")):
        if line.startswith(prefix):
            return kind, line[len(prefix):]
    return "", line


def tokens(line: str) -> list[tuple[str, str, str]]:
    """Inline tokens of a line: (kind, text, url) with kind text|ins|del|link."""
    out, pos = [], 0
    for m in INLINE.finditer(line):
        if m.start() > pos:
            out.append(("text", line[pos:m.start()], ""))
        if m.group(1) is not None:
            out.append(("ins", m.group(1), ""))
        elif m.group(2) is not None:
            out.append(("del", m.group(2), ""))
        else:
            out.append(("link", m.group(3), m.group(4)))
        pos = m.end()
    if pos < len(line):
        out.append(("text", line[pos:], ""))
    return out


def reading_text(line: str, numbering: str = "typed") -> str:
    """The text a reader must get from a body line (markers resolved, deletions dropped)."""
    _, line = split_markers(line)
    h = HEADING.match(line)
    if h:
        line = h.group(2)
        if numbering == "auto":
            line = TYPED_NUMBER.sub("", line, count=1)
    if line.startswith("**") and line.endswith("**") and len(line) > 4:
        line = line[2:-2]
    return "".join(t for kind, t, _ in tokens(line) if kind != "del")


def used_quirks(src: Source) -> set[str]:
    """Quirks a source's markers require (the tests check they are declared)."""
    found: set[str] = set()
    for line in src.sections["body"]:
        kind, rest = split_markers(line)
        if kind == "sdt":
            found.add("content-control")
        if kind == "textbox":
            found.add("textbox")
        for k, _, _ in tokens(rest):
            if k in ("ins", "del"):
                found.add("tracked-changes")
            if k == "link":
                found.add("hyperlink")
    return found


# ----------------------------------------------------------------------------- legacy encodings
_TONED = {  # base -> its five toned forms in TCVN3 table order: grave, hook, tilde, acute, dot
    "a": "àảãáạ", "ă": "ằẳẵắặ", "â": "ầẩẫấậ", "e": "èẻẽéẹ", "ê": "ềểễếệ", "i": "ìỉĩíị",
    "o": "òỏõóọ", "ô": "ồổỗốộ", "ơ": "ờởỡớợ", "u": "ùủũúụ", "ư": "ừửữứự", "y": "ỳỷỹýỵ",
}
# TCVN 5712:1993 VN3 (the "ABC" fonts .VnTime/.VnTimeH): byte of each lowercase letter.
_TCVN3_CODES = {
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}
# The seven capitals .VnTime has a code for; other capitals with marks need .VnTimeH.
_TCVN3_CAPITALS = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}
TCVN3_FONT, TCVN3_CAPS_FONT, VNI_FONT = ".VnTime", ".VnTimeH", "VNI-Times"


def _is_viet_letter(ch: str) -> bool:
    return ch.lower() in _TCVN3_CODES


def tcvn3_encode(text: str) -> list[tuple[str, str]]:
    """Encode Unicode text as TCVN3 runs: [(font, text-of-bytes)], bytes as U+00xx chars.

    A run written all in capitals goes to .VnTimeH with the lowercase codes (that font draws
    every letter as a capital); in mixed text a capital with a tone mark gets its own .VnTimeH
    run, as the ABC/Vietkey typing tools did.
    """
    text = unicodedata.normalize("NFC", text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and text == text.upper() and text != text.lower():
        return [(TCVN3_CAPS_FONT, "".join(_tcvn3_lower_char(c.lower()) for c in text))]
    out: list[tuple[str, str]] = []
    for ch in text:
        if ch in _TCVN3_CAPITALS:
            font, code = TCVN3_FONT, chr(_TCVN3_CAPITALS[ch])
        elif ch.isupper() and _is_viet_letter(ch):
            font, code = TCVN3_CAPS_FONT, chr(_TCVN3_CODES[ch.lower()])
        else:
            font, code = TCVN3_FONT, _tcvn3_lower_char(ch)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + code)
        else:
            out.append((font, code))
    return out


def _tcvn3_lower_char(ch: str) -> str:
    if ch in _TCVN3_CODES:
        return chr(_TCVN3_CODES[ch])
    if ord(ch) > 0x7F and ch not in "–—“”‘’…":
        raise ValueError(f"TCVN3 has no code for {ch!r}")
    return {"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "..."}.get(ch, ch)


# VNI Windows: a base letter followed by a mark character (lowercase / uppercase mark sets).
_VNI_TONES = ("øûõùï", "ØÛÕÙÏ")                    # grave, hook, tilde, acute, dot
_VNI_HAT = ("âàåãáä", "ÂÀÅÃÁÄ")                     # circumflex: plain, grave, hook, tilde, acute, dot
_VNI_BREVE = ("êèúüéë", "ÊÈÚÜÉË")                   # breve: same order
_VNI_SINGLE = {"ơ": "ô", "Ơ": "Ô", "ư": "ö", "Ư": "Ö", "đ": "ñ", "Đ": "Ñ",
               "ì": "ì", "ỉ": "æ", "ĩ": "ó", "í": "í", "ị": "ò",
               "Ì": "Ì", "Ỉ": "Æ", "Ĩ": "Ó", "Í": "Í", "Ị": "Ò", "ỵ": "î", "Ỵ": "Î"}


def _vni_table() -> dict[str, str]:
    table = dict(_VNI_SINGLE)
    for upper in (0, 1):
        tones, hat, breve = _VNI_TONES[upper], _VNI_HAT[upper], _VNI_BREVE[upper]
        case = str.upper if upper else str.lower
        for base, toned in _TONED.items():
            for i, letter in enumerate(toned):
                letter = case(letter)
                if letter in table:
                    continue
                if base in "âêô":
                    table[letter] = case(base_plain(base)) + hat[i + 1]
                elif base == "ă":
                    table[letter] = case("a") + breve[i + 1]
                elif base in "ơư":
                    table[letter] = table[case(base)] + tones[i]
                else:
                    table[letter] = case(base) + tones[i]
        for base in "âêô":
            table[case(base)] = case(base_plain(base)) + hat[0]
        table[case("ă")] = case("a") + breve[0]
    return table


def base_plain(ch: str) -> str:
    return {"â": "a", "ê": "e", "ô": "o"}[ch]


VNI_TABLE = _vni_table()


def vni_encode(text: str) -> list[tuple[str, str]]:
    """Encode Unicode text for the VNI-Times font: one run, composed base+mark characters."""
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        if ch in VNI_TABLE:
            out.append(VNI_TABLE[ch])
        else:
            out.append(_tcvn3_lower_char(ch) if ord(ch) > 0x7F else ch)
    return [(VNI_FONT, "".join(out))]


# ----------------------------------------------------------------------------- DOCX rendering
def _rng(seed_text: str):
    import random

    return random.Random(int(hashlib.sha256(seed_text.encode()).hexdigest()[:12], 16))


class DocxBuilder:
    """Builds one report DOCX from a Source with python-docx (plus raw XML where needed)."""

    def __init__(self, src: Source):
        import docx
        from docx.shared import Cm, Pt

        self.src, self.Pt, self.Cm = src, Pt, Cm
        self.doc = docx.Document()
        self.auto = src.meta.get("numbering", "typed") == "auto"
        self.split = "split-runs" in src.quirks
        self.rng = _rng(src.slug)
        self.change_id = 100
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
        normal = self.doc.styles["Normal"]
        normal.font.name, normal.font.size = "Times New Roman", Pt(13)
        rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:eastAsia", "w:cs"):
            rfonts.set(_qn(attr), "Times New Roman")
        normal.paragraph_format.space_after = Pt(0)
        if self.auto:
            self.num_id = self._add_numbering()

    # --- assembly
    def build(self):
        s = self.src.sections
        if self.src.meta.get("header", "table") == "lines":
            for line in s["header-left"]:
                self._header_line(self.doc.add_paragraph(), line, left=True)
            for line in s["header-right"]:
                self._header_line(self.doc.add_paragraph(), line, left=False)
        else:
            table = self._borderless_table([6.3, 9.7])
            left, right = table.rows[0].cells
            self._fill(left, s["header-left"], lambda p, l: self._header_line(p, l, left=True))
            self._fill(right, s["header-right"], lambda p, l: self._header_line(p, l, left=False))
        self.doc.add_paragraph()
        for i, line in enumerate(s["title"]):
            p = self._para(line, bold=True, size=15 if i == 0 else 14, align="center")
            if i == len(s["title"]) - 1:
                p.paragraph_format.space_after = self.Pt(12)
        self._body(s["body"])
        self._closing()
        props = self.doc.core_properties
        stamp = self.src.received.replace(microsecond=0)
        props.author = props.last_modified_by = "Văn thư"
        props.title, props.comments, props.revision = s["title"][-1] if s["title"] else "", "", 1
        props.created = props.modified = stamp
        return self.doc

    def _body(self, lines: list[str]) -> None:
        table_rows: list[list[str]] = []
        for line in lines + [""]:
            if line.startswith("|"):
                table_rows.append([c.strip() for c in line.strip().strip("|").split("|")])
                continue
            if table_rows:
                self._grid_table(table_rows)
                table_rows = []
            if not line:
                continue
            wrapper, rest = split_markers(line)
            h = HEADING.match(rest)
            if h:
                p = self._heading(len(h.group(1)), h.group(2))
            elif rest.startswith("**") and rest.endswith("**"):
                p = self._para(rest[2:-2], bold=True, align="justify", indent=True, body=True)
            else:
                p = self._para(rest, align="justify", indent=True, body=True)
            if wrapper == "sdt":
                self._wrap_sdt(p)
            elif wrapper == "textbox":
                self._move_to_textbox(p)

    def _heading(self, level: int, text: str):
        if self.auto:
            text = TYPED_NUMBER.sub("", text, count=1)
        p = self._para(text, bold=True, italic=level == 3, align="justify", indent=True, body=True)
        p.paragraph_format.space_before = self.Pt(6)
        p.paragraph_format.keep_with_next = True
        if self.auto:
            pPr = p._p.get_or_add_pPr()
            numPr = _xml(f'<w:numPr {_W}><w:ilvl w:val="{level - 1}"/><w:numId w:val="{self.num_id}"/></w:numPr>')
            # numPr sits after pStyle/keepNext/keepLines/pageBreakBefore/framePr/widowControl
            anchor = None
            for tag in ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore"):
                el = pPr.find(_qn(tag))
                if el is not None:
                    anchor = el
            if anchor is None:
                pPr.insert(0, numPr)
            else:
                anchor.addnext(numPr)
            p.paragraph_format.first_line_indent = self.Cm(1.0)
        return p

    def _closing(self) -> None:
        s = self.src.sections
        self.doc.add_paragraph()
        table = self._borderless_table([8.0, 8.0])
        left, right = table.rows[0].cells

        def left_line(p, line):
            first = line.rstrip(":").strip().lower() == "nơi nhận"
            self._runs(p, line, bold=first, italic=first, size=12 if first else 11)
            p.alignment = _align("left")

        self._fill(left, s["closing-left"], left_line)
        lines = s["closing-right"]

        def right_line(p, line):
            if line == "\x00":
                return
            is_name = line is lines[-1]
            caps = line == line.upper()
            paren = line.startswith("(")
            self._runs(p, line, bold=(caps or is_name) and not paren, italic=paren, size=14)
            p.alignment = _align("center")

        body = lines[:-1] + ["\x00"] * 3 + lines[-1:] if lines else []
        self._fill(right, body, right_line)

    # --- paragraphs and runs
    def _para(self, text: str, *, bold=False, italic=False, size=None, align="left",
              indent=False, body=False, container=None):
        p = (container or self.doc).add_paragraph()
        p.alignment = _align(align)
        if indent:
            p.paragraph_format.first_line_indent = self.Cm(1.0)
        if body:
            p.paragraph_format.space_after = self.Pt(4)
            p.paragraph_format.line_spacing = 1.0
        self._runs(p, text, bold=bold, italic=italic, size=size)
        return p

    def _runs(self, p, text: str, *, bold=False, italic=False, size=None) -> None:
        for kind, t, url in tokens(text):
            if kind == "text":
                for piece, extra in self._pieces(t):
                    self._run(p._p, piece, bold, italic, size, extra)
            elif kind == "link":
                self._hyperlink(p, t, url, bold, italic, size)
            else:
                self._tracked(p, kind, t, bold, italic, size)

    def _pieces(self, text: str) -> list[tuple[str, int]]:
        """Cut text into runs mid-word when split-runs is on (extra = formatting variant)."""
        if not self.split or len(text) < 8:
            return [(text, 0)]
        pieces, pos = [], 0
        while pos < len(text):
            step = self.rng.randint(5, 17)
            end = min(len(text), pos + step)
            # push the cut into the middle of a word when it falls on a space
            while 0 < end < len(text) and (text[end] == " " or text[end - 1] == " "):
                end += 1
            pieces.append((text[pos:end], self.rng.randint(0, 3)))
            pos = end
        return pieces

    def _run(self, parent, text: str, bold, italic, size, extra=0, tag="w:t"):
        r = _xml(f"<w:r {_W}><w:rPr/></w:r>")
        rPr = r[0]
        if bold:
            rPr.append(_xml(f"<w:b {_W}/>"))
        if italic:
            rPr.append(_xml(f"<w:i {_W}/>"))
        if size:
            rPr.append(_xml(f'<w:sz {_W} w:val="{int(size * 2)}"/>'))
            rPr.append(_xml(f'<w:szCs {_W} w:val="{int(size * 2)}"/>'))
        if extra:
            # same look, different revision-save id and proofing language: what Word leaves behind
            r.set(_qn("w:rsidR"), f"00{0x3A1F00 + extra * 0x1111:06X}")
            rPr.append(_xml(f'<w:lang {_W} w:val="{["vi-VN", "en-US", "vi-VN"][extra - 1]}"/>'))
        t = _xml(f'<{tag} {_W} xml:space="preserve"/>')
        t.text = text
        r.append(t)
        parent.append(r)
        return r

    def _hyperlink(self, p, text, url, bold, italic, size) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
        h = _xml(f'<w:hyperlink {_W} xmlns:r="{_R}" r:id="{rid}" w:history="1"/>')
        r = self._run(h, text, bold, italic, size)
        rPr = r[0]
        rPr.insert(0, _xml(f'<w:color {_W} w:val="0563C1"/>'))
        rPr.append(_xml(f'<w:u {_W} w:val="single"/>'))
        _order_rpr(rPr)
        p._p.append(h)

    def _tracked(self, p, kind, text, bold, italic, size) -> None:
        self.change_id += 1
        tag = "w:ins" if kind == "ins" else "w:del"
        w = _xml(f'<{tag} {_W} w:id="{self.change_id}" w:author="Nguyễn Thị Hoa" '
                 f'w:date="2023-06-19T09:15:00Z"/>')
        self._run(w, text, bold, italic, size, tag="w:t" if kind == "ins" else "w:delText")
        p._p.append(w)

    def _wrap_sdt(self, p) -> None:
        self.change_id += 1
        sdt = _xml(f'<w:sdt {_W}><w:sdtPr><w:alias w:val="Nội dung"/><w:tag w:val="noidung"/>'
                   f'<w:id w:val="{self.change_id}"/></w:sdtPr><w:sdtContent/></w:sdt>')
        p._p.addprevious(sdt)
        sdt[1].append(p._p)

    def _move_to_textbox(self, p) -> None:
        lines = max(2, len(p.text) // 70 + 2)
        anchor = self.doc.add_paragraph()
        pict = _xml(
            f'<w:r {_W}><w:pict><v:shapetype xmlns:v="urn:schemas-microsoft-com:vml" '
            f'id="_x0000_t202" coordsize="21600,21600" path="m,l,21600r21600,l21600,xe"/>'
            f'<v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="TextBox1" type="#_x0000_t202" '
            f'style="width:453pt;height:{lines * 18}pt" strokeweight=".5pt">'
            f'<v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict></w:r>')
        pict.find(".//" + _qn("w:txbxContent")).append(p._p)
        anchor._p.append(pict)

    # --- tables
    def _borderless_table(self, widths_cm: list[float]):
        table = self.doc.add_table(rows=1, cols=len(widths_cm))
        table.autofit = False
        for col, cell, w in zip(table.columns, table.rows[0].cells, widths_cm):
            col.width = cell.width = self.Cm(w)
        return table

    def _fill(self, cell, lines: list[str], style) -> None:
        first = True
        for line in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            style(p, line)

    def _header_line(self, p, line: str, *, left: bool) -> None:
        p.alignment = _align("center")
        if left:
            caps = [l for l in self.src.sections["header-left"] if _is_caps(l)]
            if _is_caps(line):
                bold = not (len(caps) >= 2 and line == caps[0])
                self._runs(p, line, bold=bold, size=12)
            else:
                self._runs(p, line, size=13)
        else:
            dated = "ngày" in line or "tháng" in line
            self._runs(p, line, bold=not dated, italic=dated, size=14 if dated else 12 if _is_caps(line) else 13)

    def _grid_table(self, rows: list[list[str]]) -> None:
        ncols = max(len(r) for r in rows)
        table = self.doc.add_table(rows=len(rows), cols=ncols)
        table.style = self.doc.styles["Table Grid"]
        for i, row in enumerate(rows):
            for j in range(ncols):
                text = row[j] if j < len(row) else ""
                p = table.rows[i].cells[j].paragraphs[0]
                numeric = bool(re.fullmatch(r"[\d.,%\s]+", text))
                p.alignment = _align("center" if i == 0 or numeric else "left")
                self._runs(p, text, bold=i == 0 or text.lower().startswith("tổng"), size=13)
        self.doc.add_paragraph().paragraph_format.space_after = self.Pt(0)

    # --- numbering
    def _add_numbering(self) -> int:
        numbering = self.doc.part.numbering_part.element
        fmt = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/>'
            f'<w:suff w:val="space"/><w:lvlText w:val="{t}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>'
            f'<w:rPr><w:b/>{"<w:i/>" if i == 2 else ""}</w:rPr></w:lvl>'
            for i, (f, t) in enumerate(fmt))
        abstract = _xml(f'<w:abstractNum {_W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
                        f'{lvls}</w:abstractNum>')
        num = _xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
        first_num = numbering.find(_qn("w:num"))
        if first_num is None:
            numbering.append(abstract)
        else:
            first_num.addprevious(abstract)
        numbering.append(num)
        return 90


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "noProof", "color", "sz",
              "szCs", "u", "lang"]


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _xml(text: str):
    from docx.oxml import parse_xml

    return parse_xml(text)


def _order_rpr(rPr) -> None:
    kids = sorted(rPr, key=lambda e: _RPR_ORDER.index(e.tag.split("}")[1])
                  if e.tag.split("}")[1] in _RPR_ORDER else 99)
    for k in kids:
        rPr.append(k)


def _align(name: str):
    from docx.enum.text import WD_ALIGN_PARAGRAPH as A

    return {"left": A.LEFT, "center": A.CENTER, "justify": A.JUSTIFY}[name]


def _is_caps(line: str) -> bool:
    return any(c.isalpha() for c in line) and line == line.upper()


def legacy_encode(doc, encoding: str) -> None:
    """Re-encode every text run of a built document into TCVN3 or VNI, setting the fonts."""
    encode = tcvn3_encode if encoding == "tcvn3" else vni_encode
    base_font = TCVN3_FONT if encoding == "tcvn3" else VNI_FONT
    doc.styles["Normal"].font.name = base_font
    rfonts = doc.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:eastAsia", "w:cs"):
        rfonts.set(_qn(attr), base_font)
    body = doc.element.body
    for r in list(body.iter(_qn("w:r"))):
        texts = [c for c in r if c.tag in (_qn("w:t"), _qn("w:delText"))]
        if not texts:
            continue
        tag = texts[0].tag
        text = "".join(c.text or "" for c in texts)
        for font, coded in encode(text):
            new = copy.deepcopy(r)
            for c in list(new):
                if c.tag != _qn("w:rPr"):
                    new.remove(c)
            rPr = new.find(_qn("w:rPr"))
            if rPr is None:
                rPr = _xml(f"<w:rPr {_W}/>")
                new.insert(0, rPr)
            for old in rPr.findall(_qn("w:rFonts")):
                rPr.remove(old)
            rPr.insert(0, _xml(f'<w:rFonts {_W} w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'))
            _order_rpr(rPr)
            # TCVN3's "ư" is byte 0xAD: Word keeps it as a soft hyphen element, not a character
            for k, part in enumerate(coded.split("\xad")):
                if k:
                    new.append(_xml(f"<w:softHyphen {_W}/>"))
                if part:
                    name = "w:t" if tag == _qn("w:t") else "w:delText"
                    t = _xml(f'<{name} {_W} xml:space="preserve"/>')
                    t.text = part
                    new.append(t)
            r.addprevious(new)
        r.getparent().remove(r)


def save_docx(doc, path: Path) -> None:
    """Save, then rewrite the zip with fixed entry times so rebuilds are byte-identical."""
    tmp = path.with_suffix(".tmp")
    doc.save(str(tmp))
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    tmp.unlink()


def accept_changes(doc) -> None:
    """Accept tracked changes (drop w:del, unwrap w:ins): LibreOffice would print both."""
    body = doc.element.body
    for d in list(body.iter(_qn("w:del"))):
        d.getparent().remove(d)
    for ins in list(body.iter(_qn("w:ins"))):
        for child in list(ins):
            ins.addprevious(child)
        ins.getparent().remove(ins)


def build_docx(src: Source, path: Path, encoding: str | None = None, clean: bool = False) -> Path:
    """Write the source's DOCX; `encoding` tcvn3/vni re-encodes it, `clean` accepts changes."""
    doc = DocxBuilder(src).build()
    if clean:
        accept_changes(doc)
    if encoding:
        legacy_encode(doc, encoding)
    save_docx(doc, path)
    return path


# ----------------------------------------------------------------------------- other formats
def soffice_convert(files: list[Path], target: str, outdir: Path, profile: Path) -> None:
    """One LibreOffice call converting several files (start-up dominates the cost)."""
    if not files:
        return
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("LibreOffice (soffice) is needed for pdf/scan/photo/doc/odt")
    cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", str(outdir), *map(str, files)]
    subprocess.run(cmd, check=True, timeout=240, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def render_pages(pdf: Path, dpi: int, first_only: bool = False):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        n = 1 if first_only else len(doc)
        return [doc[i].render(scale=dpi / 72).to_pil() for i in range(n)]
    finally:
        doc.close()


def make_scan(pdf: Path, out: Path, seed: str) -> None:
    """Image-only PDF that looks like a flat-bed scan: grey, slightly rotated, noisy, soft."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16))
    pages = []
    for k, page in enumerate(render_pages(pdf, 200)):
        im = page.convert("L")
        angle = (1.2 if k % 2 == 0 else -0.8)
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
        arr = np.asarray(im, dtype=np.float32) * 0.93 + 12
        arr += rng.normal(0, 5, arr.shape)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        pages.append(im)
    stamp = datetime(2023, 6, 1).timetuple()  # Pillow writes struct_time as a PDF date
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=200.0,
                  quality=40, creationDate=stamp, modDate=stamp, producer="Scanner", title="")


def make_photo(pdf: Path, out: Path) -> None:
    """JPEG of page 1 as a phone photo: background, perspective, small rotation, dimmer."""
    import numpy as np
    from PIL import Image, ImageEnhance, ImageFilter

    page = render_pages(pdf, 170, first_only=True)[0].convert("RGB")
    w, h = page.size
    pad = int(w * 0.06)
    canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (118, 104, 88))
    canvas.paste(page, (pad, pad))
    W, H = canvas.size
    # corners of the output image map to these source points (keystone from holding the phone)
    src_pts = [(-W * 0.02, H * 0.01), (W * 1.03, -H * 0.01), (W * 1.0, H * 1.0), (W * 0.0, H * 1.02)]
    dst_pts = [(0, 0), (W, 0), (W, H), (0, H)]
    a = []
    for (x, y), (u, v) in zip(dst_pts, src_pts):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for pt in src_pts for c in pt]
    coeffs = np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float))
    im = canvas.transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=(118, 104, 88))
    im = im.rotate(-1.5, resample=Image.BICUBIC, fillcolor=(118, 104, 88))
    im = ImageEnhance.Brightness(im).enhance(0.88)
    im = ImageEnhance.Color(im).enhance(0.9).filter(ImageFilter.GaussianBlur(0.6))
    im.save(out, "JPEG", quality=80)


def set_mtime(path: Path, when: datetime) -> None:
    ts = time.mktime(when.timetuple())
    os.utime(path, (ts, ts))


def outputs(src: Source, out: Path) -> list[Path]:
    return [out / (src.slug + SUFFIX[f]) for f in src.formats]


def build_all(sources: list[Source], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tdkt-samples-") as tmpdir:
        tmp = Path(tmpdir)
        work = {s.slug: build_docx(s, tmp / f"{s.slug}.docx") for s in sources}
        # what LibreOffice converts: the same DOCX with tracked changes accepted (a printout)
        conv = tmp / "conv"
        conv.mkdir()
        printable = {s.slug: build_docx(s, conv / f"{s.slug}.docx", clean=True) for s in sources}
        for s in sources:
            for enc in ("tcvn3", "vni"):
                if enc in s.formats:
                    written.append(build_docx(s, out / (s.slug + SUFFIX[enc]), encoding=enc))
            if "docx" in s.formats:
                shutil.copyfile(work[s.slug], out / (s.slug + ".docx"))
                written.append(out / (s.slug + ".docx"))
        need = lambda *fs: [printable[s.slug] for s in sources if set(fs) & set(s.formats)]
        profile = tmp / "lo-profile"
        soffice_convert(need("pdf", "scan", "photo", "stamped", "photos"), "pdf", tmp, profile)
        soffice_convert(need("doc"), "doc:MS Word 97", tmp, profile)
        soffice_convert(need("odt"), "odt", tmp, profile)
        for s in sources:
            pdf = tmp / f"{s.slug}.pdf"
            for f in s.formats:
                target = out / (s.slug + SUFFIX[f])
                if f in ("pdf", "doc", "odt"):
                    shutil.copyfile(tmp / f"{s.slug}.{f}", target)
                elif f == "scan":
                    make_scan(pdf, target, s.slug)
                elif f == "photo":
                    make_photo(pdf, target)
                elif f in ("stamped", "photos"):  # copier scans with stamps, photos of every page
                    import make_scans

                    make_scans.build([s], out, (f,), pdfs={s.slug: pdf})
                else:
                    continue
                written.append(target)
    for s in sources:
        for path in outputs(s, out):
            if path.exists():
                set_mtime(path, s.received)
    return written


# Files a real inbox also receives, so the demo shows the «Lỗi tệp» sheet and the quarantine:
# (name, how it is made). Each is judged with an error row; none has labels.
BAD_INPUTS = ("zz-loi-tep-rong.docx", "zz-loi-tai-chua-xong.docx", "zz-loi-bang-tinh-dat-ten-docx.docx")
BAD_RECEIVED = datetime(2023, 6, 22, 16, 0)


def build_bad_inputs(out: Path, good_docx: Path) -> list[Path]:
    """An empty file, a DOCX cut off mid-download, and a spreadsheet named .docx."""
    from openpyxl import Workbook

    out.mkdir(parents=True, exist_ok=True)
    empty, cut, sheet = (out / name for name in BAD_INPUTS)
    empty.write_bytes(b"")
    cut.write_bytes(good_docx.read_bytes()[:3000])
    wb = Workbook()
    wb.active.append(["Đơn vị", "Lao động tiên tiến"])
    wb.active.append(["UBND xã Tây Vinh", 25])
    wb.save(sheet)
    for path in (empty, cut, sheet):
        set_mtime(path, BAD_RECEIVED)
    return [empty, cut, sheet]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Render samples/sources into the sample inbox.")
    ap.add_argument("--only", action="append", help="two-digit sample number (repeatable)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--touch", action="store_true", help="only set output mtimes from `received:`")
    ap.add_argument("--sources", type=Path, default=SOURCES,
                    help="folder of NN-slug.txt sources (e.g. samples/directive-3/sources)")
    args = ap.parse_args(argv)
    sources = load_sources([o.zfill(2) for o in args.only] if args.only else None, args.sources)
    if not sources:
        print("no sources", file=sys.stderr)
        return 1
    if args.touch:
        for s in sources:
            for path in outputs(s, args.out):
                if path.exists():
                    set_mtime(path, s.received)
        for path in (args.out / name for name in BAD_INPUTS):
            if path.exists():
                set_mtime(path, BAD_RECEIVED)
        return 0
    started = time.monotonic()
    written = build_all(sources, args.out)
    if not args.only and args.sources == SOURCES:
        primary_docx = next((p for p in written if p.suffix == ".docx" and p.name.count(".") == 1), None)
        if primary_docx is not None:
            written += build_bad_inputs(args.out, primary_docx)
    print(f"{len(written)} files from {len(sources)} sources in {time.monotonic() - started:.1f}s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
