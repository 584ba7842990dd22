"""Metadata of blind set 32 (213-218), kept right at first contact, guarded in other words.

- A cluster that sends the minutes (BIÊN BẢN) of its review meeting instead of a report: F4
  `partial` (the subject is right, the document type is not BÁO CÁO), its "Số: ../BB-..." is the
  number (F2), the chair on the right signs (F5; the secretary signs on the left), and with no
  "Nơi nhận:" block the last paragraph naming who gets the copies is the recipients (F6).
- A report whose trích yếu is broken over two title lines ("Sơ kết ... và công tác thi đua," /
  "khen thưởng 6 tháng đầu năm 2023"): F4 `present`.
"""

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.metadata.read import read_metadata


def _doc(lines_by_region) -> Document:
    blocks = []
    for region, lines in lines_by_region:
        for text in lines:
            blocks.append(Block(kind="paragraph", text=text, where=Where(paragraph=len(blocks) + 1),
                                region=region))
    return Document(blocks=blocks, format="docx")


def _rules():
    from item_helpers import default_rules
    return default_rules()


HEADER = [("header-left", ["UBND HUYỆN TÂY SƠN", "CỤM THI ĐUA CÁC PHÒNG, BAN SỐ 4"]),
          ("header-right", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                            "Tây Sơn, ngày 27 tháng 6 năm 2023"])]


def _minutes():
    return _doc([
        ("header-left", ["UBND HUYỆN TÂY SƠN", "CỤM THI ĐUA CÁC PHÒNG, BAN SỐ 4", "Số: 02/BB-CTĐ4"]),
        HEADER[1],
        (None, ["BIÊN BẢN", "Họp sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của Cụm thi đua số 4",
                ("Hôm nay, lúc 14 giờ ngày 27 tháng 6 năm 2023, tại Phòng họp Văn phòng HĐND và UBND huyện, Cụm "
                 "thi đua số 4 họp sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023."),
                "I. NỘI DUNG CUỘC HỌP",
                "Các đơn vị thành viên báo cáo kết quả thi đua; Cụm trưởng kết luận các nội dung.",
                "Cuộc họp kết thúc lúc 16 giờ 30 phút cùng ngày.",
                ("Biên bản được lập thành 06 bản: gửi UBND huyện (qua Phòng Nội vụ) 01 bản, 04 đơn vị thành "
                 "viên mỗi đơn vị 01 bản, lưu Cụm trưởng 01 bản./.")]),
        ("closing-left", ["NGƯỜI GHI BIÊN BẢN", "Đoàn Thị Mỹ Hạnh"]),
        ("closing-right", ["CHỦ TRÌ CUỘC HỌP", "CỤM TRƯỞNG", "CHÁNH VĂN PHÒNG HĐND VÀ UBND HUYỆN",
                           "Hồ Văn Khải"]),
    ])


def test_minutes_instead_of_a_report_is_a_partial_title():
    meta = read_metadata(_minutes(), _rules())
    assert meta.items["F4"].status == "partial", meta.items["F4"].note


def test_minutes_number_date_and_chair_are_read():
    meta = read_metadata(_minutes(), _rules())
    assert meta.items["F2"].status == "present", meta.items["F2"].note
    assert meta.info.number == "02/BB-CTĐ4"
    assert meta.items["F5"].status == "present", meta.items["F5"].note
    assert meta.info.signer == "Hồ Văn Khải"


def test_minutes_closing_paragraph_naming_the_copies_is_the_recipients():
    meta = read_metadata(_minutes(), _rules())
    assert meta.items["F6"].status == "present", meta.items["F6"].note
    assert meta.info.recipients[0] == "UBND huyện (qua Phòng Nội vụ)", meta.info.recipients
    assert "Đoàn Thị Mỹ Hạnh" not in meta.info.recipients  # the secretary signs on the left


def test_minutes_without_the_copies_paragraph_name_no_recipients():
    # contrast: the secretary's signature on the left is no list of recipients
    doc = _minutes()
    doc.blocks = [b for b in doc.blocks if not b.text.startswith("Biên bản được lập")]
    meta = read_metadata(doc, _rules())
    assert meta.items["F6"].status == "missing", meta.items["F6"].note


def test_a_recipients_list_on_the_left_is_still_read_without_its_heading():
    # contrast: bullets of bodies on the left (no "Nơi nhận:" line) stay recipients
    doc = _doc([*HEADER[:1], HEADER[1],
                (None, ["BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
                        "I. KẾT QUẢ", "Các đơn vị thành viên đã ký giao ước thi đua năm 2023."]),
                ("closing-left", ["- UBND huyện (qua Phòng Nội vụ);", "- Lưu: VT."]),
                ("closing-right", ["TM. CỤM THI ĐUA SỐ 4", "CỤM TRƯỞNG", "Hồ Văn Khải"])])
    meta = read_metadata(doc, _rules())
    assert meta.items["F6"].status == "present", meta.items["F6"].note


def test_a_trich_yeu_broken_over_two_title_lines_names_the_subject():
    doc = _doc([
        ("header-left", ["UBND HUYỆN TÂY SƠN", "CỤM THI ĐUA CÁC PHÒNG, BAN SỐ 4", "Số: 07/BC-CTĐ4"]),
        HEADER[1],
        (None, ["BÁO CÁO", "Kết quả hoạt động của Cụm thi đua số 4 và công tác thi đua,",
                "khen thưởng 6 tháng đầu năm 2023",
                "Thực hiện hướng dẫn của UBND huyện, Cụm thi đua số 4 báo cáo như sau:",
                "I. KẾT QUẢ", "Các đơn vị thành viên đã ký giao ước thi đua năm 2023."]),
        ("closing-left", ["Nơi nhận:", "- UBND huyện (qua Phòng Nội vụ);", "- Lưu: VT."]),
        ("closing-right", ["TM. CỤM THI ĐUA SỐ 4", "CỤM TRƯỞNG", "Hồ Văn Khải"]),
    ])
    meta = read_metadata(doc, _rules())
    assert meta.items["F4"].status == "present", meta.items["F4"].note


# --- F5: an authority line a narrow column wrapped (a text PDF), its capitals before the name ---

def _signed(*closing_right):
    return _doc([
        ("header-left", ["UBND HUYỆN TÂY SƠN", "KHỐI THI ĐUA VĂN HÓA - XÃ HỘI", "Số: 11/BC-KVHXH"]),
        HEADER[1],
        (None, ["BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
                "I. KẾT QUẢ", "Các đơn vị thành viên đã ký giao ước thi đua năm 2023."]),
        ("closing-left", ["Nơi nhận:", "- UBND huyện (qua Phòng Nội vụ);", "- Lưu: VT."]),
        ("closing-right", list(closing_right)),
    ])


def test_a_wrapped_authority_line_is_no_signer_name():
    meta = read_metadata(_signed("TRƯỞNG PHÒNG GIÁO", "DỤC - ĐÀO TẠO", "TRƯỞNG KHỐI THI ĐUA VĂN HÓA - XÃ HỘI",
                                 "Phan Thị Ngọc Diễm"), _rules())
    assert meta.info.signer == "Phan Thị Ngọc Diễm", meta.items["F5"].note
    assert meta.info.signer_authority.startswith("TRƯỞNG PHÒNG GIÁO DỤC - ĐÀO TẠO")


def test_a_name_in_capitals_is_still_the_signer():
    # contrast: capitals with no name below them are the name
    meta = read_metadata(_signed("TRƯỞNG KHỐI THI ĐUA", "GIÁM ĐỐC TRUNG TÂM Y TẾ", "PHAN THỊ NGỌC DIỄM"), _rules())
    assert meta.info.signer == "Phan Thị Ngọc Diễm", meta.items["F5"].note
