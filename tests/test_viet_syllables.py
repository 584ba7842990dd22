"""The syllable checker used to choose a legacy decoding and to join PDF cells split in a word."""

import pytest

from tdkt.extractors.viet_syllables import is_syllable


@pytest.mark.parametrize("word", [
    # "qu" + a / ă / e rhymes as "hoa", "hoă", "hoe" and may take a final consonant
    "quan", "Quán", "quanh", "quảng", "quạt", "quắp", "quen", "quét", "quai", "quày", "quèo",
    # "qu" + the other vowels rhymes as "hu...": "huân", "huyết", "huê"
    "quân", "quyết", "quỳnh", "quê", "quốc", "quý", "quít", "qua", "quả", "quơ",
])
def test_qu_words_are_syllables(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", [
    "qu", "quu", "quum", "quănh", "quiêng",  # no vowel, a doubled glide, a coda the rhyme refuses
    "quảá",  # two tones
])
def test_qu_non_words_are_refused(word):
    assert not is_syllable(word)


@pytest.mark.parametrize("word", ["hoàn", "thuyết", "nghiêng", "giếng", "gì", "khuya", "ươu"])
def test_other_glides_unchanged(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["Boọ", "tỉng", "ủieỔu", "ing", "khing"])
def test_wrong_decodings_stay_refused(word):
    assert not is_syllable(word)
