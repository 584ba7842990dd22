"""The sample reports: labels valid against the checklist, sources and labels paired, the
builder's DOCX carries every body line, and the legacy-font encoders are bijective.

No LibreOffice here (kept fast): only the python-docx part of samples/make_samples.py runs.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CHECKLIST = Path("/work/shared/spec/checklist.md")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

ITEM_IDS = (["L1", "P1", "P2", "P3"] + [f"M{i}" for i in range(1, 10)] + ["P4", "P5"]
            + [f"K{i}" for i in range(1, 6)] + ["D1", "D2", "D3"] + [f"F{i}" for i in range(1, 7)] + ["T1"])
FIGURES = {"sang_kien", "lao_dong_tien_tien", "tap_the_lao_dong_tien_tien", "chien_si_thi_dua_co_so",
           "giay_khen", "khen_chuyen_de_dot_xuat", "ty_le_lao_dong_truc_tiep", "ty_le_lanh_dao_quan_ly"}
TYPES = {"commune", "town", "department", "mass_org", "armed_forces", "provincial_unit", "cluster",
         "education", "unknown"}


def _load_builder():
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = mod
    spec.loader.exec_module(mod)
    return mod


ms = _load_builder()
SOURCES = sorted((SAMPLES / "sources").glob("*.txt"))
LABELS = sorted((SAMPLES / "labels").glob("*.yaml"))


def test_item_ids_and_figures_match_checklist():
    # the checklist is the contract; our constants must not drift from it
    if CHECKLIST.exists():
        text = CHECKLIST.read_text(encoding="utf-8")
        for fig in FIGURES:
            assert f"`{fig}`" in text
        for item in ITEM_IDS:
            assert re.search(rf"\| {item} \|", text), item
    assert len(ITEM_IDS) == 30 == len(set(ITEM_IDS))


def test_sources_and_labels_pair_up():
    assert len(SOURCES) >= 8
    assert {p.stem for p in SOURCES} == {p.stem for p in LABELS}
    for p in SOURCES:
        assert re.fullmatch(r"\d{2,3}-[a-z0-9-]+", p.stem), p.name


@pytest.mark.parametrize("path", LABELS, ids=lambda p: p.stem)
def test_labels_file_is_valid(path):
    roster = {row["id"]: row for row in csv.DictReader((ROOT / "rules/roster-tay-son.csv").open(encoding="utf-8"))}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(data) <= {"unit", "document", "items", "figures", "why"}
    unit = data["unit"]
    assert unit["type"] in TYPES
    if unit["roster_id"] is not None:
        assert unit["roster_id"] in roster, unit["roster_id"]
        assert roster[unit["roster_id"]]["type"] == unit["type"]
    doc = data["document"]
    assert set(doc) == {"number", "date", "signer"}
    assert doc["number"] is None or isinstance(doc["number"], str)
    assert doc["date"] is None or str(doc["date"]).startswith("2023-")
    items = data["items"]
    assert list(items) == ITEM_IDS, "all 30 IDs, in checklist order"
    assert set(items.values()) <= {"present", "partial", "missing"}
    # blank number / blank date are partial, and the labels must agree with themselves
    assert (items["F2"] == "partial") == (doc["number"] is None)
    assert (items["F3"] == "partial") == (doc["date"] is None)
    figures = data.get("figures") or {}
    assert set(figures) <= FIGURES
    for name, value in figures.items():
        assert isinstance(value, (int, float)) and value >= 0, name
        if name.startswith("ty_le_"):
            assert value <= 100
        else:
            assert isinstance(value, int), name
    # a figure stated means its item was reported
    owner = {"sang_kien": "K1", "khen_chuyen_de_dot_xuat": "K3", "ty_le_lao_dong_truc_tiep": "K4",
             "ty_le_lanh_dao_quan_ly": "K5"}
    for name in figures:
        assert items[owner.get(name, "K2")] != "missing", name
    # A ratio reported as present has its figure, except in a cluster's report that gives it per
    # member with no total over the cluster (checklist: a cluster's figure is its stated total).
    per_member = unit["type"] == "cluster"
    for k in ("K4", "K5"):
        fig = "ty_le_lao_dong_truc_tiep" if k == "K4" else "ty_le_lanh_dao_quan_ly"
        if items[k] == "present" and not per_member:
            assert fig in figures, f"{k} present needs its figure"
    assert isinstance(data.get("why", ""), str)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_source_parses_and_declares_its_quirks(path):
    src = ms.parse_source(path)
    assert src.formats and set(src.formats) <= set(ms.FORMATS)
    assert src.meta.get("numbering", "typed") in ("typed", "auto")
    assert src.meta.get("header", "table") in ("table", "lines")
    assert src.received.year == 2023
    for name in ("header-left", "title", "body", "closing-left", "closing-right"):
        assert src.sections[name], f"{path.name}: empty ::{name}"
    assert ms.used_quirks(src) <= set(src.quirks)


def _paragraph_texts(docx_path: Path, legacy: str | None = None) -> list[str]:
    """Text of every w:p in the body (tables, content controls, text boxes included).

    w:delText is not w:t, so tracked deletions stay out; legacy runs are decoded with the
    test's own inverse tables.
    """
    from lxml import etree

    with zipfile.ZipFile(docx_path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for r in p.iter(W + "r"):
            if next(r.iterancestors(W + "p")) is not p:
                continue  # runs of a paragraph nested in a text box belong to that paragraph
            font = None
            rfonts = r.find(f"{W}rPr/{W}rFonts")
            if rfonts is not None:
                font = rfonts.get(W + "ascii")
            raw = "".join("\xad" if c.tag == W + "softHyphen" else (c.text or "")
                          for c in r if c.tag in (W + "t", W + "softHyphen"))
            parts.append(_decode(raw, font, legacy) if legacy else raw)
        out.append("".join(parts))
    return out


def _expected_lines(src) -> list[str]:
    numbering = src.meta.get("numbering", "typed")
    lines = []
    for line in src.sections["body"]:
        if line.startswith("|"):
            lines += [c.strip() for c in line.strip("|").split("|") if c.strip()]
        else:
            lines.append(ms.reading_text(line, numbering))
    return lines


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_builder_docx_contains_every_body_line(path, tmp_path):
    src = ms.parse_source(path)
    out = ms.build_docx(src, tmp_path / f"{src.slug}.docx")
    paras = _paragraph_texts(out)
    text = "\n".join(paras)
    for line in _expected_lines(src):
        assert line in text, f"{path.name}: missing {line[:60]!r}"
    for line in src.sections["header-left"] + src.sections["closing-right"]:
        assert line in paras
    # python-docx can open what we wrote
    import docx

    assert docx.Document(str(out)).sections[0].page_width.cm == pytest.approx(21.0, abs=0.01)


def test_builder_is_deterministic(tmp_path):
    src = ms.parse_source(SOURCES[0])
    a = ms.build_docx(src, tmp_path / "a.docx").read_bytes()
    b = ms.build_docx(src, tmp_path / "b.docx").read_bytes()
    assert a == b


def _sample(stem_prefix: str):
    return ms.parse_source(next(p for p in SOURCES if p.name.startswith(stem_prefix)))


def test_auto_numbering_is_real_word_numbering(tmp_path):
    src = next((ms.parse_source(p) for p in SOURCES if ms.parse_source(p).meta.get("numbering") == "auto"), None)
    assert src is not None, "at least one sample uses auto numbering"
    out = ms.build_docx(src, tmp_path / "auto.docx")
    with zipfile.ZipFile(out) as z:
        numbering = z.read("word/numbering.xml").decode()
        body = z.read("word/document.xml").decode()
    for fmt, text in (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")):
        assert f'w:val="{fmt}"' in numbering and f'w:lvlText w:val="{text}"' in numbering
    headings = [l for l in src.sections["body"] if l.startswith("#")]
    assert body.count("<w:numPr>") == len(headings)
    paras = _paragraph_texts(out)
    assert not any(re.match(r"(?:[IVX]+\.|\d+\.|[a-zđ]\)) ", p) for p in paras if p)


def test_tracked_changes_and_hyperlink(tmp_path):
    src = ms.parse_source(SAMPLES / "sources/05-ban-chqs-huyen.txt")
    out = ms.build_docx(src, tmp_path / "05.docx")
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert "<w:del " in body and "<w:delText" in body and "<w:ins " in body
    assert "<w:hyperlink " in body and "https://tayson.binhdinh.gov.vn" in rels
    text = "\n".join(_paragraph_texts(out))
    assert '"Chiến sĩ tiên tiến" cho 45 quân nhân' in text
    assert "Bằng khen" not in text and " 42 " not in text
    clean = ms.build_docx(src, tmp_path / "05c.docx", clean=True)
    assert "<w:del " not in zipfile.ZipFile(clean).read("word/document.xml").decode()


def test_content_control_textbox_and_split_runs(tmp_path):
    src = ms.parse_source(SAMPLES / "sources/07-phong-giao-duc.txt")
    out = ms.build_docx(src, tmp_path / "07.docx")
    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "<w:sdt>" in body and "<w:txbxContent>" in body
    assert len(re.findall(r'w:rsidR="', body)) > 50
    import docx

    plain = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    # the sdt and text-box paragraphs are not top-level paragraphs: a naive reader misses them
    assert "87 sáng kiến" not in plain and "11/12 công chức" not in plain
    text = "\n".join(_paragraph_texts(out))
    assert "87 sáng kiến" in text and "11/12 công chức" in text


# --- legacy encodings: the test's own inverse tables -------------------------------------------
VIET_LOWER = ("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
              "fjwz")
VIET_LETTERS = VIET_LOWER + VIET_LOWER.upper()


def _tcvn3_inverse():
    inv = {}
    for ch in VIET_LETTERS:
        runs = ms.tcvn3_encode(ch)
        assert len(runs) == 1 and len(runs[0][1]) == 1, ch
        font, code = runs[0]
        key = (font, code)
        assert key not in inv, f"TCVN3 collision {ch!r} and {inv[key]!r}"
        inv[key] = ch
    return inv


def _decode(raw: str, font: str | None, legacy: str) -> str:
    if legacy == "vni":
        return _vni_decode(raw)
    inv = _TCVN3_INV
    caps = font == ms.TCVN3_CAPS_FONT
    out = []
    for c in raw:
        if caps:
            letter = inv.get((ms.TCVN3_CAPS_FONT, c)) or inv.get((ms.TCVN3_FONT, c), c)
            out.append(letter.upper())
        else:
            out.append(inv.get((ms.TCVN3_FONT, c), c))
    return "".join(out)


_TCVN3_INV = _tcvn3_inverse()
_VNI_INV = {ms.vni_encode(ch)[0][1]: ch for ch in VIET_LETTERS}


def _vni_decode(raw: str) -> str:
    out, i = [], 0
    while i < len(raw):
        for n in (2, 1):
            if raw[i:i + n] in _VNI_INV:
                out.append(_VNI_INV[raw[i:i + n]])
                i += n
                break
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


def test_tcvn3_encoder_is_bijective_and_follows_the_standard():
    assert len(_TCVN3_INV) == len(VIET_LETTERS)
    # spot values of TCVN 5712:1993 (VN3)
    one = lambda ch: ms.tcvn3_encode(ch)[0][1]
    assert [ord(one(c)) for c in "ăâêôơưđ"] == [0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE]
    assert [ord(one(c)) for c in "ĂÂÊÔƠƯĐ"] == [0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7]
    assert [ord(one(c)) for c in "àảãáạ"] == [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]
    assert [ord(one(c)) for c in "ộựỹ"] == [0xE9, 0xF9, 0xFC]
    assert ms.tcvn3_encode("Ủy ban") == [(".VnTimeH", "\xf1"), (".VnTime", "y ban")]
    assert ms.tcvn3_encode("CỘNG HÒA") == [(".VnTimeH", "c\xe9ng h\xdfa")]
    text = unicodedata.normalize("NFC", "Độc lập - Tự do - Hạnh phúc; Ủy ban nhân dân xã Bình Nghi, ỦY BAN")
    decoded = "".join(_decode(code, font, "tcvn3") for font, code in ms.tcvn3_encode(text))
    assert decoded == text


def test_vni_encoder_is_bijective_and_follows_the_standard():
    codes = [ms.vni_encode(ch)[0][1] for ch in VIET_LETTERS]
    assert len(set(codes)) == len(VIET_LETTERS)
    assert ms.vni_encode("Cộng hòa xã hội chủ nghĩa Việt Nam")[0] == ("VNI-Times", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    assert ms.vni_encode("Độc lập - Tự do - Hạnh phúc")[0][1] == "Ñoäc laäp - Töï do - Haïnh phuùc"
    assert ms.vni_encode("ỦY BAN NHÂN DÂN")[0][1] == "UÛY BAN NHAÂN DAÂN"
    everything = " ".join(VIET_LETTERS[i:i + 7] for i in range(0, len(VIET_LETTERS), 7))
    assert _vni_decode(ms.vni_encode(everything)[0][1]) == everything


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_docx_round_trips_to_the_source_text(encoding, tmp_path):
    src = ms.parse_source(SAMPLES / "sources/08-xa-binh-nghi.txt")
    out = ms.build_docx(src, tmp_path / f"08.{encoding}.docx", encoding=encoding)
    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert not re.search("[ạ-ỹđĐơưƠƯ]", body.split("<w:body>")[1]), "no Unicode Vietnamese left"
    if encoding == "tcvn3":
        assert "<w:softHyphen/>" in body and 'w:ascii=".VnTimeH"' in body and 'w:ascii=".VnTime"' in body
    else:
        assert 'w:ascii="VNI-Times"' in body
    text = "\n".join(_paragraph_texts(out, legacy=encoding))
    for line in _expected_lines(src):
        assert line in text, line[:60]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_committed_inbox_has_every_rendering(path):
    # the inbox is generated but committed: a source whose renderings are missing means a rebuild is due
    src = ms.parse_source(path)
    missing = [p.name for p in ms.outputs(src, SAMPLES / "inbox") if not p.exists()]
    assert not missing, f"run: .venv/bin/python samples/make_samples.py --only {path.name.split('-', 1)[0]}"
