"""Legacy Vietnamese fonts as met in the wild: mangled font names, capitals fonts, mixed
TCVN3/VNI files, PDFs whose ToUnicode maps TCVN3 bytes to U+2212/U+2219, and the guards that
keep modern Unicode, English and other Latin-1 text untouched.

Files are built here (python-docx, LibreOffice, reportlab) from text written for these tests;
the legacy bytes come from encoders below, written from the TCVN 5712 (VN3) and VNI code charts
independently of tdkt.extractors.legacy_encoding. The real-document measurement is
bench/legacy_corpus.py, not a test.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tdkt.extractors import extract
from tdkt.extractors.legacy_encoding import decode_legacy, encoding_for_font, guess_encoding, is_capitals_font

# ------------------------------------------------------------------ encoders from the charts

_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # plain, grave, hook, tilde, acute, dot
_TCVN3 = {  # letter -> bytes for plain, grave, hook, tilde, acute, dot below (VN3 chart)
    "a": (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9), "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB), "e": (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6), "i": (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4), "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE), "u": (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9), "y": (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_PLAIN_CAPITALS = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7, "đ": 0xAE}
_VNI = {  # letter -> VNI sequence for plain, grave, hook, tilde, acute, dot below
    "a": ("a", "aø", "aû", "aõ", "aù", "aï"), "ă": ("aê", "aè", "aú", "aü", "aé", "aë"),
    "â": ("aâ", "aà", "aå", "aã", "aá", "aä"), "e": ("e", "eø", "eû", "eõ", "eù", "eï"),
    "ê": ("eâ", "eà", "eå", "eã", "eá", "eä"), "i": ("i", "ì", "æ", "ó", "í", "ò"),
    "o": ("o", "oø", "oû", "oõ", "où", "oï"), "ô": ("oâ", "oà", "oå", "oã", "oá", "oä"),
    "ơ": ("ô", "ôø", "ôû", "ôõ", "ôù", "ôï"), "u": ("u", "uø", "uû", "uõ", "uù", "uï"),
    "ư": ("ö", "öø", "öû", "öõ", "öù", "öï"), "y": ("y", "yø", "yû", "yõ", "yù", "î"),
}


def _split(ch: str) -> tuple[str, int]:
    """(letter with its shape but no tone, tone index) of one precomposed character."""
    parts = unicodedata.normalize("NFD", ch)
    tone = next((i for i, t in enumerate(_TONES) if t and t in parts), 0)
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES[1:]))
    return base, tone


def to_tcvn3(text: str) -> str:
    """Unicode -> TCVN3 bytes as Latin-1 characters. Toned capitals have no byte in VN3:
    they get the small letter's byte, as the capitals fonts (.VnTimeH) expect."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        base, tone = _split(ch)
        if tone == 0 and ch in _TCVN3_PLAIN_CAPITALS:
            out.append(chr(_TCVN3_PLAIN_CAPITALS[ch]))
        elif base.lower() in _TCVN3 and (tone or base.lower() not in "aeiouy"):
            out.append(chr(_TCVN3[base.lower()][tone]))
        else:
            out.append(ch)
    return "".join(out)


def to_vni(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        base, tone = _split(ch)
        if base.lower() in _VNI and (tone or base.lower() not in "aeiouy"):
            seq = _VNI[base.lower()][tone]
            out.append(seq.upper() if ch.isupper() else seq)
        else:
            out.append(ch)
    return "".join(out)


# Text for these tests (an invented commune report, not the corpus).
SENTENCE = "Hội nông dân xã Phước Lộc tổ chức lớp tập huấn kỹ thuật nuôi cá nước ngọt cho hội viên."
SECOND = "Trạm y tế tiêm chủng đầy đủ cho trẻ em dưới một tuổi, không để xảy ra dịch bệnh."
HEADING = "KẾ HOẠCH PHÒNG CHỐNG LỤT BÃO NĂM NAY"


def test_encoders_round_trip_through_the_decoder():
    assert decode_legacy(to_tcvn3(SENTENCE), ".VnTime") == SENTENCE
    assert decode_legacy(to_vni(SENTENCE), "VNI-Times") == SENTENCE
    assert to_tcvn3("nước") == "n\xadíc" and to_vni("nước") == "nöôùc"


# ------------------------------------------------------------------ font names


@pytest.mark.parametrize("font", [
    ".VnTime", ".VnTimeH", "AARIQC+.VnTime,BoldItalic", "FBHPFN+VnTimeHBold", "VnTimeBoldItalic",
    "BADEPR+.Vn3DH,Bold", "VnSouthern(Ds)", "VnTimeH(Ds)", "VnArialH(Ds)", "VNSTCVN3", "VNTime",
    "VNTIMEH", "_VnArial", ". VnTime", "'.VnArial Narrow'", "TCVN3-Times", ".VnCentury Schoolbook",
])
def test_tcvn3_family_patterns(font):
    assert encoding_for_font(font) == "tcvn3"


@pytest.mark.parametrize("font", [
    "VNI-Times", "VNI-Helve-Condense", "VNI Times", "VNI_Times-BoldItalic", "VNItimes", "VNSVNI2",
    "ABCDEF+VNI-Times,Bold",
])
def test_vni_family_patterns(font):
    assert encoding_for_font(font) == "vni"


@pytest.mark.parametrize("font", [
    None, "", "Times New Roman", "TimesNewRomanPSMT", "Arial", "ArialMT", "Vnexpress Sans", "VNF-Futura",
    "VN-Arial", "UVN Saigon", "SVN-Gilroy", "Liberation Serif", "DT-Times;Courier New", "Symbol",
    "Wingdings", "Vni", "VN",
])
def test_unicode_and_other_fonts_are_not_legacy(font):
    assert encoding_for_font(font) is None


@pytest.mark.parametrize("font,caps", [
    (".VnTimeH", True), (".VnTimeH,Bold", True), ("VnTimeHBold", True), ("VnArialH(Ds)", True),
    ("BADEPR+.Vn3DH,Bold", True), ("CCBOCO+.VnTimeH", True), (".VnTime", False), ("VnTimeBold", False),
    ("VNSTCVN3", False), ("VNI-Helve", False), ("VnSouthern(Ds)", False), (".VnArial", False),
])
def test_capitals_fonts(font, caps):
    assert is_capitals_font(font) is caps


def test_caps_font_keeps_capitals_and_plain_font_keeps_case():
    # A .VnTimeH heading is typed in small-letter bytes and drawn as capitals.
    assert decode_legacy(to_tcvn3(HEADING.lower()), "VnTimeH(Ds)") == HEADING
    assert decode_legacy(to_tcvn3(HEADING.lower()), "ABCDEF+.VnTimeH,Bold") == HEADING
    assert decode_legacy(to_tcvn3("Phước Lộc"), "VnTimeBold") == "Phước Lộc"


# ------------------------------------------------------------------ mixed TCVN3 / VNI


def test_vni_paragraph_under_a_tcvn3_font_name_is_read_as_vni():
    # Mixed files: a VNI paragraph whose font was switched to a TCVN3 name.
    assert decode_legacy(to_vni(SENTENCE), "VNSTCVN3") == SENTENCE
    assert decode_legacy(to_vni("Máy phát điện"), ".VnTime") == "Máy phát điện"
    assert decode_legacy(to_vni("Chiếc"), ".VnTime") == "Chiếc"  # a table cell of one word
    # and the reverse: TCVN3 bytes in a VNI-named run
    assert decode_legacy(to_tcvn3(SECOND), "VNI-Times") == SECOND


@pytest.mark.parametrize("text", [SENTENCE, SECOND, "Ông Nguyễn Văn Tư, trưởng thôn Đông, được khen thưởng.",
                                  "Giao chỉ tiêu thu ngân sách; tiếp tục củng cố quốc phòng."])
def test_genuine_runs_are_not_switched(text):
    assert decode_legacy(to_tcvn3(text), ".VnTime") == text
    assert decode_legacy(to_vni(text), "VNI-Times") == text


def test_one_letter_runs_and_word_pieces_follow_the_font():
    # Runs split mid-word or a single toned letter prove nothing: the font decides.
    assert decode_legacy(chr(0xC6), ".VnTime") == "ặ"
    assert decode_legacy("íc", ".VnTime") == "ớc"
    assert decode_legacy("\u2212", "VnTime") == "ư"


# ------------------------------------------------------------------ PDF glyph substitutions


def test_pdf_minus_and_bullet_operator_are_tcvn3_letters_in_a_legacy_font():
    assert decode_legacy("Th\u00f1 t\u2212\u00edng", ".VnTime") == "Thủ tướng"
    assert decode_legacy("nh\u2219 l\u00e1", "VnTimeHBold") == "NHÃ LỎ"
    assert decode_legacy("T\u2212\u00edNG", ".VnTimeH") == "TƯỚNG"
    # a minus sign between digits stays one, and outside legacy fonts nothing changes
    assert decode_legacy("5 \u2212 3", ".VnTime") == "5 \u2212 3"
    assert decode_legacy("n\u2212\u00edc", "Times New Roman") == "n\u2212\u00edc"


def _reportlab_font(alias: str, ttf: str, pdf_name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(alias, ttf)
    font.face.name = pdf_name.encode()  # the BaseFont name the PDF will carry
    pdfmetrics.registerFont(font)
    return alias


_SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture(scope="module")
def tounicode_pdf(tmp_path_factory) -> Path:
    """A PDF laid out the way Word + Acrobat wrote TCVN3 documents: the text in a font named
    ".VnTime" whose ToUnicode gives the legacy bytes as Latin-1, the byte 0xAD drawn from a
    separate font named "VnTime" whose ToUnicode says U+2212, 0xB7 as U+2219; a caps font."""
    assert _SERIF.exists() and _SANS.exists(), "DejaVu fonts: scripts/setup.sh installs fonts-dejavu-core"
    from reportlab.pdfgen import canvas

    body = _reportlab_font("tw-body", str(_SERIF), ".VnTime")
    caps = _reportlab_font("tw-caps", str(_SERIF), ".VnTimeH,Bold")
    glyphs = _reportlab_font("tw-glyphs", str(_SANS), "VnTime")
    plain = _reportlab_font("tw-plain", str(_SANS), "DejaVuSans")
    out = tmp_path_factory.mktemp("legacy-pdf") / "tounicode.pdf"
    page = canvas.Canvas(str(out))

    def line(y: float, pieces: list[tuple[str, str]]) -> None:
        text = page.beginText(72, y)
        for font, chunk in pieces:
            text.setFont(font, 12)
            text.textOut(chunk)
        page.drawText(text)

    def legacy(unicode_text: str) -> list[tuple[str, str]]:
        # the TCVN3 bytes, with 0xAD / 0xB7 drawn from the glyph font as U+2212 / U+2219
        pieces: list[tuple[str, str]] = []
        for ch in to_tcvn3(unicode_text):
            font, ch = {"\xad": (glyphs, "\u2212"), "\xb7": (glyphs, "\u2219")}.get(ch, (body, ch))
            if pieces and pieces[-1][0] == font:
                pieces[-1] = (font, pieces[-1][1] + ch)
            else:
                pieces.append((font, ch))
        return pieces

    line(760, [(caps, to_tcvn3("kế hoạch phòng chống lụt bão"))])
    line(730, legacy("Trưởng thôn Đông báo cáo số hộ nghèo giảm rõ rệt."))
    line(700, legacy("Các hộ đã ngã giá bán lúa, chưa ai bị thiệt."))
    line(670, [(plain, "Nhiệt độ thấp nhất −3 °C, chênh lệch 5 − 2 độ.")])
    page.save()
    return out


def test_pdf_tounicode_substitutions_are_read_back_as_letters(tounicode_pdf):
    document = extract(tounicode_pdf)
    text = document.text
    assert "KẾ HOẠCH PHÒNG CHỐNG LỤT BÃO" in text
    assert "Trưởng thôn Đông báo cáo số hộ nghèo giảm rõ rệt." in text
    assert "Các hộ đã ngã giá bán lúa, chưa ai bị thiệt." in text
    assert "\u2212" not in text.split("Nhiệt")[0]
    # a Unicode font's minus signs are minus signs
    assert "−3 °C" in text and "5 − 2" in text


# ------------------------------------------------------------------ DOCX and .doc through the readers


def _docx(path: Path, paragraphs: list[list[tuple[str, str]]]) -> Path:
    from docx import Document

    doc = Document()
    for runs in paragraphs:
        p = doc.add_paragraph()
        for font, text in runs:
            run = p.add_run(text)
            run.font.name = font
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def wild_docx(tmp_path_factory) -> Path:
    return _docx(tmp_path_factory.mktemp("legacy-docx") / "wild.docx", [
        [("VnTimeH(Ds)", to_tcvn3(HEADING.lower()))],
        [("VnSouthern(Ds)", to_tcvn3(SENTENCE))],
        [("VNSTCVN3", to_tcvn3("Ban chỉ đạo xã ")), ("VNSTCVN3", to_vni("giao nhiệm vụ cho các thôn."))],
        [("VNSVNI2", to_vni(SECOND))],
        [("FBHPEM+VnTimeBold", to_tcvn3("Tổng số tiền thưởng: 12 triệu đồng."))],
        [(".VnTime", "Văn bản này đã chuyển sang Unicode nhưng giữ tên phông cũ.")],
        [("Vnexpress Sans", "Café crème, naïve façade: déjà vu à Paris.")],
        [("Times New Roman", "The commune reported 12 households lifted out of poverty.")],
    ])


def test_docx_runs_in_wild_font_names(wild_docx):
    document = extract(wild_docx)
    lines = [b.text for b in document.blocks]
    assert HEADING in lines
    assert SENTENCE in lines
    assert "Ban chỉ đạo xã giao nhiệm vụ cho các thôn." in lines
    assert SECOND in lines
    assert "Tổng số tiền thưởng: 12 triệu đồng." in lines
    assert "Văn bản này đã chuyển sang Unicode nhưng giữ tên phông cũ." in lines
    assert "Café crème, naïve façade: déjà vu à Paris." in lines
    assert "The commune reported 12 households lifted out of poverty." in lines
    assert set(document.meta["legacy_encodings"]) == {"tcvn3", "vni"}


def test_doc_via_libreoffice_keeps_u_horn_and_caps(tmp_path, wild_docx):
    """Word 97 .doc made by LibreOffice from the DOCX, read back through tdkt's .doc path: the
    TCVN3 byte 0xAD (ư) travels as a soft hyphen and must come back as the letter."""
    import extract_fixtures as fx

    doc = fx.soffice_convert(wild_docx, tmp_path, "doc")
    document = extract(doc)
    lines = [b.text for b in document.blocks]
    assert document.format == "doc"
    assert HEADING in lines
    assert SENTENCE in lines  # "Phước", "nước" carry the 0xAD byte
    assert SECOND in lines
    assert "Tổng số tiền thưởng: 12 triệu đồng." in lines
    assert "Café crème, naïve façade: déjà vu à Paris." in lines


# ------------------------------------------------------------------ guards: text that is not legacy

MODERN = ("Ủy ban nhân dân huyện đề nghị các đơn vị gửi báo cáo sơ kết trước ngày 15 tháng 6. "
          "Phong trào thi đua yêu nước được triển khai sâu rộng.")
ENGLISH = "The district office received twelve reports, three of them late; none was rejected."
FRENCH = "Le comité a décidé de prolonger l'étude: « déjà très coûteuse », précise-t-il. Où être?"
GERMAN = "Die Größe der Behörde spielt für die Prüfung keine Rolle, schließlich zählt das Ergebnis."
SPANISH = "El niño llegó mañana a la reunión; después habló con el señor García sobre la región."


@pytest.mark.parametrize("text", [MODERN, ENGLISH, FRENCH, GERMAN, SPANISH, MODERN.lower(), MODERN.upper()])
def test_guess_leaves_modern_and_foreign_text_alone(text):
    assert guess_encoding(text) is None


@pytest.mark.parametrize("text", [SENTENCE + " " + SECOND, HEADING.lower() + " " + SECOND])
def test_guess_finds_legacy_text_without_a_font(text):
    assert guess_encoding(to_tcvn3(text)) == "tcvn3"
    assert guess_encoding(to_vni(text)) == "vni"


def test_legacy_font_name_on_unicode_text_changes_nothing():
    assert decode_legacy(MODERN, ".VnTime") == MODERN
    assert decode_legacy(MODERN, "VNI-Times") == MODERN
    assert decode_legacy(ENGLISH, "VnTimeH(Ds)") == ENGLISH.upper()  # a caps font draws capitals
