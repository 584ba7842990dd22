"""normalize_text: NFC, invisible characters, whitespace, the file's tone placement kept;
fold_tone / compare_form: one tone-placement convention for comparing."""

from __future__ import annotations

import time
import unicodedata

import pytest

from tdkt.pipeline.normalize import TONE_CONVENTION, compare_form, fold_tone, normalize_text

PAIRS = [  # (new-style or variant, expected old-style canonical form)
    ("hoà", "hòa"), ("hoá", "hóa"), ("hoả", "hỏa"), ("hoã", "hõa"), ("hoạ", "họa"),
    ("khoẻ", "khỏe"), ("hoè", "hòe"), ("thuỷ", "thủy"), ("thuý", "thúy"), ("luỹ", "lũy"),
    ("uỷ ban", "ủy ban"), ("Uỷ ban", "Ủy ban"), ("HOÀ", "HÒA"), ("THUỶ", "THỦY"), ("KHOẺ", "KHỎE"),
    ("CỘNG HOÀ XÃ HỘI", "CỘNG HÒA XÃ HỘI"), ("Hoà Bình", "Hòa Bình"), ("hoá.", "hóa."),
]


def test_convention_is_documented():
    assert TONE_CONVENTION == "old"


@pytest.mark.parametrize("variant,canonical", PAIRS)
def test_tone_placement_variants_compare_equal(variant, canonical):
    assert compare_form(variant) == canonical
    assert compare_form(canonical) == canonical
    assert fold_tone(variant) == canonical and len(fold_tone(variant)) == len(variant)
    # decomposed input lands on the same form
    assert compare_form(unicodedata.normalize("NFD", variant)) == canonical
    # the block text keeps the file's own placement
    assert normalize_text(variant) == variant
    assert normalize_text(unicodedata.normalize("NFD", variant)) == variant


@pytest.mark.parametrize("word", ["hoàn", "hoàng", "khuyến", "quý", "quỳ", "Quý", "QUỲ", "thuyền", "khoảng",
                                  "ngoài", "huỳnh", "hoạch", "toán", "loạt"])
def test_closed_syllables_and_qu_are_untouched(word):
    assert normalize_text(word) == word
    assert fold_tone(word) == word


def test_invisible_characters_and_spaces():
    text = "\u00a0 Thi\u200b đua\u00ad khen\u200d thưởng\ufeff\t\tnăm\u202f2023  \u2060"
    assert normalize_text(text) == "Thi đua khen thưởng năm 2023"


def test_line_breaks_are_kept_but_tidied():
    assert normalize_text("ỦY BAN NHÂN DÂN  \n\n  XÃ TÂY VINH \r\n Số: 45") == "ỦY BAN NHÂN DÂN\nXÃ TÂY VINH\nSố: 45"
    assert normalize_text("  plain   ascii\ttext ") == "plain ascii text"
    assert normalize_text("") == "" and normalize_text("   ") == ""


def test_output_is_nfc():
    out = normalize_text(unicodedata.normalize("NFD", "Nguyễn Văn Ấn, Đồng Tháp"))
    assert unicodedata.is_normalized("NFC", out) and out == "Nguyễn Văn Ấn, Đồng Tháp"


def test_fast_enough_for_every_block():
    text = ("Trong 6 tháng đầu năm 2023, công tác thi đua, khen thưởng được triển khai đồng bộ; "
            "phong trào thi đua yêu nước được phát động sâu rộng, Uỷ ban nhân dân xã Hoà Bình. ") * 2
    start = time.perf_counter()
    for _ in range(5000):
        normalize_text(text)
    per_call_us = (time.perf_counter() - start) / 5000 * 1e6
    assert per_call_us < 100, per_call_us


def test_eth_lookalike_becomes_d_with_stroke():
    assert normalize_text("\u00d0ẢNG ỦY xã \u00f0oàn kết") == "ĐẢNG ỦY xã đoàn kết"
