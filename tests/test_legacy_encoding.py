"""TCVN3 and VNI decoding: every Vietnamese letter, both cases; font names; the guesser's guards."""

from __future__ import annotations

import unicodedata

import pytest

from tdkt.extractors.legacy_encoding import (
    decode,
    decode_legacy,
    encoding_for_font,
    guess_encoding,
    is_capitals_font,
)

# TCVN 5712:1993 (VN3) chart, written out per letter row: base letter, then its bytes for
# the plain letter and the grave, hook, tilde, acute, dot-below forms.
TCVN3_ROWS = {
    "a": (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
TCVN3_CAPITALS = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7, "đ": 0xAE}
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # plain, grave, hook, tilde, acute, dot

# VNI-Windows: base + mark sequence of every lower-case letter (plain, grave, hook, tilde, acute, dot).
VNI_ROWS = {
    "a": ("a", "aø", "aû", "aõ", "aù", "aï"),
    "ă": ("aê", "aè", "aú", "aü", "aé", "aë"),
    "â": ("aâ", "aà", "aå", "aã", "aá", "aä"),
    "e": ("e", "eø", "eû", "eõ", "eù", "eï"),
    "ê": ("eâ", "eà", "eå", "eã", "eá", "eä"),
    "i": ("i", "ì", "æ", "ó", "í", "ò"),
    "o": ("o", "oø", "oû", "oõ", "où", "oï"),
    "ô": ("oâ", "oà", "oå", "oã", "oá", "oä"),
    "ơ": ("ô", "ôø", "ôû", "ôõ", "ôù", "ôï"),
    "u": ("u", "uø", "uû", "uõ", "uù", "uï"),
    "ư": ("ö", "öø", "öû", "öõ", "öù", "öï"),
    "y": ("y", "yø", "yû", "yõ", "yù", "î"),
}


def _letter(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _all_letters():
    for base in TCVN3_ROWS:
        for i, tone in enumerate(TONES):
            yield base, i, _letter(base, tone)


def test_the_charts_cover_all_134_toned_vowels_and_the_modified_letters():
    toned = {letter for base, i, letter in _all_letters() if i > 0}
    assert len(toned) == 60 and len({c.upper() for c in toned}) == 60
    assert len(toned) * 2 + 14 == 134  # 60 toned + ă â ê ô ơ ư đ, in both cases
    assert {b for b in TCVN3_ROWS} >= set("ăâêôơư")


@pytest.mark.parametrize("base,i,letter", list(_all_letters()))
def test_tcvn3_every_letter_lower_and_capital(base, i, letter):
    byte = chr(TCVN3_ROWS[base][i])
    assert decode_legacy(byte, ".VnTime") == letter
    # the capitals font draws the same byte as the capital
    assert decode_legacy(byte, ".VnTimeH") == letter.upper()
    assert decode_legacy(byte * 3, "ABCDEF+.VnArialH,Bold") == letter.upper() * 3


@pytest.mark.parametrize("letter,byte", list(TCVN3_CAPITALS.items()))
def test_tcvn3_plain_capitals_and_d(letter, byte):
    assert decode_legacy(chr(byte), ".VnTime") == letter
    assert decode_legacy(chr(byte), ".VnTimeH") == letter.upper()


def test_tcvn3_soft_hyphen_byte_is_u_horn_and_spacing_tones_combine():
    assert decode_legacy("th\u00adëng", ".VnTime") == "thưởng"
    assert decode_legacy("Tr\u00adêng", ".VnTime") == "Trường"
    assert decode_legacy("a\u00b3", ".VnTime") == "á"  # 0xB3: spacing acute
    assert decode_legacy("\uf0b8", ".VnTime") == "á"  # symbol-charset storage


def test_tcvn3_sentence_and_headline():
    assert decode_legacy("B¸o c¸o s¬ kÕt c«ng t¸c thi ®ua, khen th\xadëng 6 th¸ng ®Çu n¨m 2023", ".VnTime") == (
        "Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
    assert decode_legacy("céng hoµ x· héi chñ nghÜa viÖt nam", ".VnTimeH") == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert decode_legacy("§éc lËp - Tù do - H¹nh phóc", ".VnTime") == "Độc lập - Tự do - Hạnh phúc"


@pytest.mark.parametrize("base,i,letter", list(_all_letters()))
def test_vni_every_letter_lower_and_capital(base, i, letter):
    seq = VNI_ROWS[base][i]
    assert decode(seq, "vni") == letter
    assert decode_legacy(seq.upper(), "VNI-Times") == letter.upper()
    # in a word, between consonants
    assert decode_legacy("t" + seq + "n", "VNI-Helve") == "t" + letter + "n"
    assert decode_legacy("T" + seq.upper() + "N", "VNI-Times") == "T" + letter.upper() + "N"


def test_vni_d_and_sentence():
    assert decode_legacy("ñ", "VNI-Times") == "đ" and decode_legacy("Ñ", "VNI-Times") == "Đ"
    assert decode_legacy("Baùo caùo sô keát coâng taùc thi ñua, khen thöôûng ñöôïc", "VNI-Times") == (
        "Báo cáo sơ kết công tác thi đua, khen thưởng được")
    assert decode_legacy("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "VNI-Times") == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert decode_legacy("Ñoäc laäp - Töï do - Haïnh phuùc", "VNI-Times") == "Độc lập - Tự do - Hạnh phúc"
    assert decode_legacy("khuyeân, khuyûu, quyù, chuyeän", "VNI-Times") == "khuyên, khuỷu, quý, chuyện"


def test_font_names():
    assert encoding_for_font(".VnTime") == "tcvn3"
    assert encoding_for_font(".VnTimeH") == "tcvn3" and is_capitals_font(".VnTimeH")
    assert encoding_for_font("VnArial") == "tcvn3" and not is_capitals_font("VnArial")
    assert encoding_for_font(".VnCentury Schoolbook") == "tcvn3"
    assert is_capitals_font(".VnCentury SchoolbookH") and is_capitals_font("ABCDEF+.VnArialH,Bold")
    assert is_capitals_font("GHIJKL+VnTimeH-BoldItalic")
    assert not is_capitals_font(".VnTime-Bold")
    assert encoding_for_font("VNI-Times") == "vni" and encoding_for_font("ABCDEF+VNI-Helve-Bold") == "vni"
    assert not is_capitals_font("VNI-Helve")
    assert encoding_for_font("VnTimeH") == "tcvn3" and encoding_for_font("_VnArial") == "tcvn3"
    for name in (None, "", "Times New Roman", "Arial", "ABCDEF+TimesNewRomanPSMT", "Calibri", "Verdana",
                 "VNF-Futura", "VN-Helvetica", "UVN Van", "Vni"):
        assert encoding_for_font(name) is None and not is_capitals_font(name)


def test_non_legacy_fonts_leave_text_alone():
    text = "Báo cáo thi đua ¸µ"
    assert decode_legacy(text, "Times New Roman") == text
    assert decode_legacy(text, None) == text
    assert decode("", "tcvn3") == ""


UNICODE_TEXTS = [
    "Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của Ủy ban nhân dân xã.",
    "Bà Tám có cà phê và bánh mì ở Tây Ninh, Hà Nội, Huế, Cà Mau.",  # Latin-1-only Vietnamese letters
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc",
    "The quick brown fox jumps over the lazy dog. Report 2023, 45/BC-UBND.",
    "Café à la crème, déjà vu, naïve façade; schön, Müller, Mädchen, Bäume, Übermut.",
    "Giá trị © 2023 ® « trích dẫn » § 5 µm ± 0,5 °C",
    "",
    "12345 - 67/89",
]


@pytest.mark.parametrize("text", UNICODE_TEXTS)
def test_guess_never_converts_unicode_or_plain_text(text):
    assert guess_encoding(text) is None


def test_guess_finds_strong_legacy_text():
    tcvn3 = "B¸o c¸o s¬ kÕt c«ng t¸c thi ®ua, khen th\xadëng 6 th¸ng ®Çu n¨m 2023 cña ñy ban nh©n d©n x·"
    vni = "Baùo caùo sô keát coâng taùc thi ñua, khen thöôûng 6 thaùng ñaàu naêm 2023 cuûa ñôn vò ñöôïc"
    assert guess_encoding(tcvn3) == "tcvn3"
    assert guess_encoding(vni) == "vni"
    # too short to be sure
    assert guess_encoding("c¸o") is None


def test_already_converted_text_in_a_legacy_font_is_left_alone():
    # Unikey-style conversion changes the text but often keeps the .VnTime font name
    assert decode_legacy("Báo cáo thi đua, khen thưởng", ".VnTime") == "Báo cáo thi đua, khen thưởng"
    assert decode_legacy("Trường học", "VNI-Times") == "Trường học"
    assert decode_legacy("Việt Nam", ".VnTimeH") == "Việt Nam"
