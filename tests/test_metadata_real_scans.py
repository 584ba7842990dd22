"""Header and closing shapes met on real office scans (public archive copies), in other words.

Each case is a class seen on a real file read through OCR, written here with other units,
numbers and names: a number symbol in mixed case ("TTr", "CTrTT") on a line merged with the
place and date; the place broken onto the line above the date; capitals from a stamp's
lettering read before the signer's name.
"""

import datetime as dt

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.metadata.read import read_metadata


def _scan(lines, fmt="pdf-scanned", header=0):
    """A scanned document; its first `header` lines are in the header zone the OCR reader found."""
    blocks = [Block(kind="paragraph", text=t, where=Where(paragraph=i + 1), region="header" if i < header else None)
              for i, t in enumerate(lines)]
    return Document(format=fmt, blocks=blocks)


BODY = ["Kính gửi: Ủy ban nhân dân huyện Tây Sơn.",
        "Thực hiện Kế hoạch số 08/KH-UBND ngày 12 tháng 01 năm 2023 của UBND huyện, Phòng báo cáo như sau.",
        "Trên đây là tờ trình của Phòng./."]


def test_mixed_case_symbol_on_a_merged_line_stays_in_the_number():
    doc = _scan(["UBND HUYỆN TÂY SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "PHÒNG NỘI VỤ Độc lập - Tự do - Hạnh phúc",
                 "Số: 217 /PNV-TCTr Tây Sơn, ngày 14 tháng 6 năm 2023", *BODY,
                 "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TRƯỞNG PHÒNG", "Đặng Quốc Huy"])
    info = read_metadata(doc).info
    assert info.number == "217/PNV-TCTr"
    assert info.place == "Tây Sơn" and info.date == "2023-06-14"


def test_a_short_date_line_whose_place_broke_above_it_is_the_date():
    doc = _scan(["BAN CHỈ HUY QUÂN SỰ", "HUYỆN TÂY SƠN", "Số: 52 /BC-BCH",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sơn,",
                 "Tây ngày 9 tháng 6 năm 2023", "V/v báo cáo kết quả", *BODY,
                 "Nơi nhận:", "- Lưu: VT.", "CHỈ HUY TRƯỞNG", "Thượng tá Võ Đình Lực"], header=6)
    assert read_metadata(doc).date == dt.date(2023, 6, 9)


def test_a_body_citation_is_still_not_the_date():
    doc = _scan(["BAN CHỈ HUY QUÂN SỰ", "HUYỆN TÂY SƠN", "Số: 52 /BC-BCH", "V/v báo cáo", "Kính gửi: UBND huyện.",
                 "Căn cứ Công văn số 41 ngày 9 tháng 6 năm 2023 của Bộ Chỉ huy quân sự tỉnh về việc sơ kết",
                 *BODY, "Nơi nhận:", "- Lưu: VT.", "CHỈ HUY TRƯỞNG", "Võ Đình Lực"], header=3)
    assert read_metadata(doc).date is None


def test_stamp_capitals_before_a_scanned_signer_are_dropped():
    closing = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
               "HUYỆN Phan Thị Mỹ Dung"]
    head = ["UBND HUYỆN TÂY SƠN", "PHÒNG TƯ PHÁP", "Số: 30/BC-PTP", "Tây Sơn, ngày 15 tháng 6 năm 2023"]
    assert read_metadata(_scan([*head, *BODY, *closing])).info.signer == "Phan Thị Mỹ Dung"
    # A typed file is not touched: there, capitals are what the office wrote.
    assert read_metadata(_scan([*head, *BODY, *closing], fmt="docx")).info.signer != "Phan Thị Mỹ Dung"


def test_a_number_filled_in_by_hand_and_misread_is_not_given_as_a_number():
    doc = _scan(["UBND HUYỆN TÂY SƠN", "PHÒNG Y TẾ", "Số: 7/21 /BC-PYT", "Tây Sơn, ngày 16 tháng 6 năm 2023",
                 *BODY, "Nơi nhận:", "- Lưu: VT.", "TRƯỞNG PHÒNG", "Hồ Văn Tín"])
    meta = read_metadata(doc)
    assert meta.info.number is None
    assert meta.items["F2"].status == "partial" and "viết tay" in meta.items["F2"].note


def test_an_ocr_section_sign_in_a_symbol_is_an_eight():
    doc = _scan(["CÔNG AN HUYỆN TÂY SƠN", "Số: 64 /BC-CAH-§1", "Tây Sơn, ngày 16 tháng 6 năm 2023",
                 *BODY, "Nơi nhận:", "- Lưu: VT.", "TRƯỞNG CÔNG AN HUYỆN", "Thượng tá Bùi Văn Hòa"])
    assert read_metadata(doc).info.number == "64/BC-CAH-81"
