"""The closing of a scanned letter read as two columns, a wrapped signer's name, a closing
before an appendix, and a bold "i" read with a hook ("Chỉnh").

The real case (a colour scan of a city letter, bench/real_scans.py) is not in the repository;
these are other pages: word boxes laid out as OCR gives them, and a letter drawn here with PIL
(DejaVu Serif, the setup's font) whose signer's name wraps under a long recipients list and
whose closing is followed by two appendix pages, read by real Tesseract.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from tdkt.extractors import ocr_columns, pdf_layout
from tdkt.extractors.viet_names import respell_given
from tdkt.pipeline.metadata.closing import _respell_surname

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def _word(text: str, x0: float, top: float, height: float = 25) -> pdf_layout.Word:
    return pdf_layout.Word(text=text, x0=x0, x1=x0 + 14 * len(text), top=top, bottom=top + height)


def test_right_column_word_on_a_left_row_goes_back_to_its_own_row():
    # A signer's name whose last word's box sits higher and shorter than the first two (a
    # tilt, a taller capital): by height alone it joins the recipients' row beside it.
    words = [_word("Nơi", 100, 1000), _word("nhận:", 160, 1000), _word("KT.", 1000, 1004),
             _word("GIÁM", 1060, 1004), _word("ĐỐC", 1140, 1004),
             _word("-", 100, 1040), _word("Như", 120, 1040), _word("trên;", 180, 1040),
             _word("-", 100, 1080), _word("Lưu:", 120, 1080), _word("VT.", 190, 1080),
             _word("Bùi", 1000, 1094, 34), _word("Quang", 1060, 1093, 34), _word("Huy", 1160, 1089, 26)]
    rows = pdf_layout.group_rows(words, 1)
    # the defect, as grouping by height alone makes it: "Huy" on the "Lưu" row
    assert any("Huy" in {p.text for p in row} and any("Lưu" in p.text for p in row) for row in rows)
    fixed = ocr_columns.split_closing_columns(rows, 1, 1654)
    texts = [[piece.text for piece in row] for row in fixed]
    assert ["Bùi Quang Huy"] in texts or any("Bùi Quang Huy" in row for row in texts)
    assert all("Huy" not in text or text == "Bùi Quang Huy" for row in texts for text in row)
    assert any("Nơi nhận:" in row and "KT. GIÁM ĐỐC" in row for row in texts)


def test_a_page_without_a_recipients_row_is_left_as_grouped():
    words = [_word("Báo", 100, 100), _word("cáo", 160, 100), _word("Bùi", 1000, 112), _word("Huy", 1060, 108)]
    rows = pdf_layout.group_rows(words, 1)
    assert ocr_columns.split_closing_columns(rows, 1, 1654) == rows


def test_a_hooked_i_is_read_as_the_printed_name_only_when_that_is_a_name():
    assert respell_given("Chỉnh") == "Chinh"
    assert respell_given("Chính") == "Chính"  # a name as read stays
    assert respell_given("Thỉ") == "Thỉ"  # no known name without the hook: left as read
    assert _respell_surname("Le Trung Chỉnh") == "Lê Trung Chinh"


def _page(lines: list[tuple[str, int, int, bool]]) -> Image.Image:
    regular = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), 30)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSerif-Bold.ttf"), 30)
    italic = ImageFont.truetype(str(FONTS / "DejaVuSerif-Italic.ttf"), 26)
    image = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(image)
    for text, x, y, strong in lines:
        font = bold if strong else italic if text.startswith("- ") else regular
        if x < 0:  # centred on -x
            x = -x - draw.textlength(text, font=font) / 2
        draw.text((x, y), text, font=font, fill=0)
    return image


@pytest.mark.skipif(not FONTS.joinpath("DejaVuSerif.ttf").exists(), reason="setup font missing")
def test_letter_with_wrapped_signer_and_appendix_reads_the_signer(tmp_path: Path):
    from tdkt.extractors import extract
    from tdkt.pipeline.metadata.read import read_metadata

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    body = ["Căn cứ kế hoạch công tác năm 2024 của Sở Nông nghiệp và Phát triển nông thôn,",
            "Chi cục Thủy lợi đề nghị các đơn vị gửi báo cáo kết quả thực hiện trước ngày",
            "15 tháng 7 năm 2024 để tổng hợp, báo cáo Sở theo quy định./."]
    recipients = ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để b/c);", "- Các Phó Giám đốc Sở;",
                  "- Phòng Kế hoạch - Tài chính;", "- Trung tâm Khuyến nông;", "- Văn phòng Sở;", "- Lưu: VT, TL."]
    signature = ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "", "", "Trần Đình Quốc", "Khánh"]
    first = [(t, 180, 200 + 52 * k, False) for k, t in enumerate(body)]
    first += [(t, 180, 420 + 40 * k, k == 0) for k, t in enumerate(recipients)]
    first += [(t, -1190, 434 + 40 * k, True) for k, t in enumerate(signature) if t]
    appendix = [("PHỤ LỤC", -827, 200, True), ("DANH MỤC CÔNG TRÌNH THỦY LỢI CẦN KIỂM TRA", -827, 250, True),
                ("1. Hồ chứa nước Núi Một: kiểm tra tràn xả lũ.", 180, 340, False),
                ("2. Đập dâng Văn Phong: nạo vét kênh chính.", 180, 390, False)]
    more = [("3. Trạm bơm Tân An: thay máy bơm số 2.", 180, 200, False),
            ("4. Kênh N1 Đồng Tranh: kiên cố hóa 1,2 km.", 180, 250, False)]
    path = tmp_path / "cong-van.tiff"
    pages = [_page(first), _page(appendix), _page(more)]
    pages[0].save(path, save_all=True, append_images=pages[1:], compression="tiff_deflate", dpi=(200, 200))

    document = extract(path)
    info = read_metadata(document).info
    closing = [b.full_text for b in document.blocks if (b.region or "").startswith("closing")]
    assert "KT. CHI CỤC TRƯỞNG" in closing and any("Lưu" in text for text in closing)
    assert not any("Hồ chứa" in text or "Trạm bơm" in text for text in closing)  # the appendix is no closing
    assert info.signer == "Trần Đình Quốc Khánh"


def test_capitals_between_two_authority_lines_are_no_signer():
    from tdkt.pipeline.metadata.closing import _closing
    from tdkt.pipeline.metadata.lines import _Line

    # "TM. BAN CHẤP HÀNH CÔNG" / "ĐO ÀN" (OCR cut the wrapped word) / "KT. CHỦ TỊCH" / the name:
    # "Đo Àn" reads like a family name and a syllable, but an authority line still follows.
    texts = [("Nơi nhận:", "left"), ("TM. BAN CHẤP HÀNH CÔNG", "right"), ("ĐO ÀN", "right"),
             ("KT. CHỦ TỊCH", "right"), ("PHÓ CHỦ TỊCH", "right"), ("- Như trên;", "left"),
             ("Vương Thị Ngọc Yến", "right")]
    lines = [_Line(t, f"p2 l{k}", side, "closing", k) for k, (t, side) in enumerate(texts)]
    f5, authority, name, _, _ = _closing(lines, 0)
    assert name == "Vương Thị Ngọc Yến"
    assert authority.startswith("TM. BAN CHẤP HÀNH CÔNG") and "PHÓ CHỦ TỊCH" in authority
