"""Vietnamese personal names as data: family names and the common middle / given-name syllables.

Used to read a signer's name that OCR half-broke (a stamp's ring across its letters): a word one
letter away from exactly one known name syllable is that syllable ("kê" → "Lê", "Vần" → "Văn"),
and a reading that starts with a family name and goes on with name syllables is a name. The lists
are general (the family names that cover nearly every Vietnamese person, the given names of
official registers), never the names of any sample.
What it leaves to others: choosing among readings (ocr_name_vote), where the name is on the page.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

FAMILY_NAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý", "Đào", "Đinh", "Đoàn", "Trịnh", "Trương", "Lâm", "Lương", "Lưu", "Mai", "Cao",
    "Tạ", "Tống", "Châu", "Quách", "Thái", "Hà", "Kiều", "La", "Tôn", "Âu", "Giang", "Khuất",
    "Lữ", "Mạc", "Nông", "Thạch", "Tiêu", "Triệu", "Ứng", "Vương", "Phùng", "Tăng", "Lại", "Từ", "Chu",
    "Diệp", "Đàm", "Hứa", "Khổng", "Lạc", "Mã", "Ninh", "Quan", "Tô", "Trà", "Viên", "Lò", "Cù", "Kim",
)

# Middle names and given names (one syllable each), the common ones of official registers.
NAME_SYLLABLES = (
    "Thị", "Văn", "Hữu", "Đức", "Công", "Quang", "Minh", "Ngọc", "Thanh", "Xuân", "Thu", "Hồng", "Kim",
    "Bá", "Đình", "Trọng", "Quốc", "Duy", "Tiến", "Mạnh", "Hoài", "Thành", "Tấn", "Viết", "Như", "Bích",
    "Phương", "Thùy", "Thúy", "Diệu", "Mỹ", "Hải", "Trung", "Khánh", "Gia", "Anh", "Bảo", "Hoàng",
    "An", "Ân", "Bình", "Cường", "Chi", "Chiến", "Chính", "Cúc", "Dũng", "Dung", "Duyên", "Dương", "Đạt",
    "Điệp", "Định", "Đông", "Giang", "Hà", "Hạnh", "Hằng", "Hân", "Hậu", "Hiền", "Hiển", "Hiếu", "Hiệp",
    "Hòa", "Hoà", "Hoa", "Hóa", "Hoan", "Hồ", "Hùng", "Hưng", "Hương", "Hường", "Huy", "Huyền", "Huệ",
    "Khải", "Khang", "Khoa", "Khôi", "Kiên", "Lan", "Lâm", "Liên", "Liễu", "Linh", "Loan", "Lộc", "Lợi",
    "Long", "Luân", "Lực", "Lương", "Ly", "Lý", "Mai", "My", "Nam", "Nga", "Ngân", "Nghĩa", "Nguyên",
    "Nhân", "Nhàn", "Nhung", "Nhi", "Ninh", "Oanh", "Phát", "Phong", "Phúc", "Phú", "Phụng", "Quân",
    "Quế", "Quý", "Quyên", "Quyết", "Quỳnh", "Sang", "Sơn", "Tài", "Tâm", "Tân", "Thắng", "Thái", "Thảo",
    "Thân", "Thiện", "Thịnh", "Thọ", "Thoa", "Thông", "Thủy", "Thuỷ", "Thư", "Thương", "Thường", "Tiên",
    "Tín", "Toàn", "Trà", "Trang", "Trâm", "Trí", "Triều", "Trinh", "Trúc", "Tú", "Tuấn", "Tùng", "Tuyết",
    "Tuyền", "Uyên", "Vân", "Việt", "Vinh", "Vĩnh", "Vũ", "Vy", "Vượng", "Yến", "Sinh", "Sỹ", "Sĩ", "Toản",
    "Tịnh", "Nhật", "Hạ", "Huân", "Khiêm", "Lành", "Lệ", "Mẫn", "Nhạn", "Phước", "Tường", "Thiên",
    "Thuận", "Trường", "Tưởng", "Út", "Xuyến", "Đào", "Hảo", "Đăng", "Đại", "Chánh", "Cảnh", "Chung",
    "Diễm", "Dịu", "Hội", "Lài", "Nhị", "Nữ", "Tư", "Sa", "Thạnh", "Hoàn", "Trâm", "Vĩ", "Ý",
    "Chinh",
)


def _nfc_lower(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


@lru_cache(maxsize=2)
def _known(family: bool) -> dict[str, str]:
    names = FAMILY_NAMES if family else NAME_SYLLABLES
    return {_nfc_lower(n): n for n in names}


def edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


# Most Vietnamese women's middle name is "Thị", most men's "Văn": a middle word a letter from
# one of them and from some rarer name too is taken for it.
COMMON_MIDDLE = ("Thị", "Văn")


def snap(word: str, family: bool, middle: bool = False) -> str | None:
    """The known family name (family=True) or name syllable `word` is, or is one letter from
    when exactly one is (tone marks are letters here: "Vần" is one from "Văn"); else None,
    also for a word that is a known name of the other kind. A `middle` word one letter from
    several names is the common middle name among them, if one is.""" 
    key = _nfc_lower(word)
    known = _known(family)
    if key in known:
        return known[key]
    if key in _known(not family):
        # a name of the other kind read whole ("Công" is no misread "Nông"), unless only a tone
        # mark sets it apart from one family name: no given name opens a name, and a ring's
        # speck under a vowel reads as a dot below ("Lệ" for "Lê")
        if family:
            toned = {spelled for k, spelled in known.items() if _toneless(k) == _toneless(key)}
            return toned.pop() if len(toned) == 1 else None
        return None
    near = {spelled for k, spelled in known.items() if edit_distance_at_most_one(key, k)}
    if len(near) > 1 and middle:
        near &= set(COMMON_MIDDLE)
    return near.pop() if len(near) == 1 else None


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave, acute, tilde, hook, dot below


def _toneless(word: str) -> str:
    """`word` without its tone mark; the vowels' own marks (â, ă, ê, ô, ơ, ư) stay."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))


_HOOKED_I = str.maketrans({"ỉ": "i", "Ỉ": "I"})


def respell_given(word: str) -> str:
    """A middle or given name as printed when OCR read the dot of a bold serif "i" as a hook
    above it ("Chỉnh" for "Chinh", seen on a real colour scan at 200 dpi): the known name the
    word is once its "ỉ" is read "i", when the word as read is no known name. Else `word`."""
    if "ỉ" not in word.lower() or _nfc_lower(word) in _known(False) or _nfc_lower(word) in _known(True):
        return word
    plain = unicodedata.normalize("NFC", word).translate(_HOOKED_I)
    return _known(False).get(_nfc_lower(plain), word)


def is_given_name(word: str) -> bool:
    """`word` is a known middle or given name syllable as it stands (capitalised)."""
    return word[:1].isupper() and _nfc_lower(word) in _known(False)

